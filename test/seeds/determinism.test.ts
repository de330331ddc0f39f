import { contentHash, loadReferenceData, loadSyntheticData, resetDatabase, seedIfEmpty, tableCounts } from '@techvp/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigratedDatabase, ENGINE } from '../support/db';

type Db = Awaited<ReturnType<typeof createMigratedDatabase>>;

const piiKey = Buffer.alloc(32, 9);
const asOf = '2026-11-20';

describe(`deterministic seeding on ${ENGINE} PostgreSQL`, () => {
  let first: Db;
  let second: Db;
  beforeAll(async () => {
    [first, second] = await Promise.all([createMigratedDatabase(), createMigratedDatabase()]);
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  it('gives two databases seeded with the same seed the same content hash', async () => {
    const a = await seedIfEmpty(first.sql, { seed: 1234, scale: 0.5, asOf, piiKey });
    const b = await seedIfEmpty(second.sql, { seed: 1234, scale: 0.5, asOf, piiKey });
    expect(a.synthetic).toBe('loaded');
    expect(b.load!.counts).toEqual(a.load!.counts);
    const hash = await contentHash(first.sql);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await contentHash(second.sql)).toBe(hash);
    // Personal data is encrypted with a random IV: equal content, different ciphertexts.
    const c1 = await first.sql.query('select id_number_cipher from expert where id = 1');
    const c2 = await second.sql.query('select id_number_cipher from expert where id = 1');
    expect(c1.rows[0].id_number_cipher).not.toBe(c2.rows[0].id_number_cipher);
  });

  it('gives another seed a different content hash', async () => {
    const before = await contentHash(second.sql);
    await resetDatabase(second.sql);
    await loadReferenceData(second.sql);
    await loadSyntheticData(second.sql, { seed: 4321, scale: 0.5, asOf, piiKey });
    expect(await contentHash(second.sql)).not.toBe(before);
  });

  it('seeds nothing twice: a second seedIfEmpty leaves the database as it was', async () => {
    const counts = await tableCounts(first.sql);
    const hash = await contentHash(first.sql);
    const again = await seedIfEmpty(first.sql, { seed: 999, scale: 0.5, asOf, piiKey });
    expect(again.synthetic).toBe('skipped: data present');
    expect(await tableCounts(first.sql)).toEqual(counts);
    expect(await contentHash(first.sql)).toBe(hash);
    // New rows after seeding get ids past the seeded ones (sequences were moved on).
    const { rows } = await first.sql.query(
      `insert into call (year, title, opens_on, closes_on, status, conditions, materials_required)
       values (2027, '2027', '2027-05-01', '2027-06-30', 'DRAFT', '-', '-') returning id`,
    );
    expect(rows[0].id).toBe(counts.call + 1);
  });

  it('loads reference data only when synthetic data is switched off', async () => {
    await resetDatabase(second.sql);
    const result = await seedIfEmpty(second.sql, { seed: 1, scale: 1, asOf, piiKey, synthetic: false });
    expect(result.synthetic).toBe('skipped: disabled');
    const counts = await tableCounts(second.sql);
    expect(counts.division).toBe(11);
    expect(counts.enterprise).toBe(0);
  });
});
