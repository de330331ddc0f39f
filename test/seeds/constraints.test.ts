/**
 * The database itself refuses bad rows, the error reaches the caller, and a failed
 * transaction leaves nothing half-written — for hand-written SQL and for the bulk loader.
 */
import { loadReferenceData, loadSyntheticData, tableCounts } from '@techvp/seeds';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigratedDatabase, ENGINE } from '../support/db';

type Db = Awaited<ReturnType<typeof createMigratedDatabase>>;

const piiKey = Buffer.alloc(32, 1);

describe(`database constraints on ${ENGINE} PostgreSQL`, () => {
  let db: Db;
  let divisionId: number;
  let sectorId: number;
  let institutionId: number;

  beforeAll(async () => {
    db = await createMigratedDatabase();
    await loadReferenceData(db.sql);
    const { rows } = await db.sql.query(
      `select (select min(id) from division) as d, (select min(id) from sector) as s, (select min(id) from institution) as i`,
    );
    [divisionId, sectorId, institutionId] = [rows[0].d, rows[0].s, rows[0].i];
  });
  afterAll(async () => db?.close());

  const enterprise = (c: pg.ClientBase, name: string, creditCode: string, revenueFen = 1_000_000_000) =>
    c.query(
      `insert into enterprise (name, credit_code, division_id, sector_id, registered_on, revenue_fen, rd_spending_fen, employees, contact_name, address)
       values ($1, $2, $3, $4, '2015-03-01', $5, 60000000, 120, '联系人', '聊城市东昌府区测试路1号') returning id`,
      [name, creditCode, divisionId, sectorId, revenueFen],
    );
  const expert = (c: pg.ClientBase, hash: string) =>
    c.query(
      `insert into expert (name, gender, id_number_cipher, id_number_hash, id_number_masked, institution_id, degree, title, discipline, keywords, work_started_on)
       values ('测试专家', 'MALE', 'v1.x.y.z', $1, '371502********0012', $2, 'DOCTORATE', 'SENIOR', '材料科学与工程', '{复合材料}', '2010-07-01') returning id`,
      [hash, institutionId],
    );
  const appointment = (c: pg.ClientBase, expertId: number, enterpriseId: number, start: string, end: string, status = 'ACTIVE') =>
    c.query(
      `insert into appointment (expert_id, enterprise_id, division_id, sector_id, origin, cohort_year, position, service_start, service_end, status, monthly_allowance_fen)
       values ($1, $2, $3, $4, 'LEGACY', 2024, 'DEPUTY_CHIEF_ENGINEER', $5, $6, $7, 200000) returning id`,
      [expertId, enterpriseId, divisionId, sectorId, start, end, status],
    );

  /** Runs `good` then `bad` in one transaction; returns the error and whether the good rows survived. */
  async function refused(good: (c: pg.ClientBase) => Promise<unknown>, bad: (c: pg.ClientBase) => Promise<unknown>, survivors: string) {
    const c = await db.sql.connect();
    let error: (Error & { code?: string; constraint?: string }) | undefined;
    try {
      await c.query('begin');
      await good(c);
      await bad(c);
      await c.query('commit');
    } catch (err) {
      error = err as Error & { code?: string };
      await c.query('rollback');
    } finally {
      c.release();
    }
    const { rows } = await db.sql.query(survivors);
    return { error, survivors: rows.length };
  }

  it('refuses a second enterprise with the same credit code (23505) and keeps nothing of the transaction', async () => {
    const r = await refused(
      (c) => enterprise(c, '聊城测试甲新材料有限公司', '91371502MA3C000001'),
      (c) => enterprise(c, '聊城测试乙新材料有限公司', '91371502MA3C000001'),
      `select id from enterprise where name like '聊城测试%'`,
    );
    expect(r.error?.code).toBe('23505');
    expect(r.error?.constraint).toBe('enterprise_credit_code_unique');
    expect(r.survivors).toBe(0);
  });

  it('refuses negative money (23514)', async () => {
    const r = await refused(
      (c) => enterprise(c, '聊城测试丙科技有限公司', '91371502MA3C000002'),
      (c) => enterprise(c, '聊城测试丁科技有限公司', '91371502MA3C000003', -1),
      `select id from enterprise where name like '聊城测试%'`,
    );
    expect(r.error?.code).toBe('23514');
    expect(r.error?.constraint).toBe('enterprise_money_nonnegative');
    expect(r.survivors).toBe(0);
  });

  it('refuses a service period that ends before it starts, or lasts less than two years (23514, rule E6)', async () => {
    for (const [start, end] of [
      ['2025-01-01', '2024-12-31'],
      ['2025-01-01', '2026-12-30'],
    ]) {
      const r = await refused(
        async (c) => {
          const e = await enterprise(c, '聊城测试戊装备有限公司', '91371502MA3C000004');
          const x = await expert(c, 'a'.repeat(64));
          await appointment(c, x.rows[0].id, e.rows[0].id, '2024-01-01', '2025-12-31', 'COMPLETED');
          await appointment(c, x.rows[0].id, e.rows[0].id, start, end, 'COMPLETED');
        },
        async () => undefined,
        `select id from expert where id_number_hash = '${'a'.repeat(64)}'`,
      );
      expect(r.error?.code).toBe('23514');
      expect(r.error?.constraint).toBe('appointment_period_two_years');
      expect(r.survivors).toBe(0);
    }
    const notice = await refused(
      async (c) => {
        const call = await c.query(
          `insert into call (year, title, opens_on, closes_on, status, conditions, materials_required) values (2029, 't', '2029-05-01', '2029-06-30', 'PUBLISHED', '-', '-') returning id`,
        );
        await c.query(
          `insert into public_notice (call_id, title, starts_on, ends_on, channel, status, published_at) values ($1, 't', '2029-09-10', '2029-09-03', 'web', 'OPEN', now())`,
          [call.rows[0].id],
        );
      },
      async () => undefined,
      `select id from call where year = 2029`,
    );
    expect(notice.error?.code).toBe('23514');
    expect(notice.error?.constraint).toBe('notice_period_ordered');
    expect(notice.survivors).toBe(0);
  });

  it('refuses a second active appointment for one expert (23505, rule E4)', async () => {
    const r = await refused(
      async (c) => {
        const e = await enterprise(c, '聊城测试己生物科技有限公司', '91371502MA3C000005');
        const f = await enterprise(c, '聊城测试庚生物科技有限公司', '91371502MA3C000006');
        const x = await expert(c, 'b'.repeat(64));
        await appointment(c, x.rows[0].id, e.rows[0].id, '2025-01-01', '2026-12-31');
        await appointment(c, x.rows[0].id, f.rows[0].id, '2025-06-01', '2027-05-31');
      },
      async () => undefined,
      `select id from enterprise where name like '聊城测试%'`,
    );
    expect(r.error?.code).toBe('23505');
    expect(r.error?.constraint).toBe('appointment_one_active_per_expert');
    expect(r.survivors).toBe(0);
  });

  it('rolls back a whole bulk load that fails half-way, reporting the error to the caller', async () => {
    // A 2026 call already there: the loader collides with it only after experts, enterprises and ties went in.
    await db.sql.query(
      `insert into call (id, year, title, opens_on, closes_on, status, conditions, materials_required)
       values (900, 2026, 'existing', '2026-05-01', '2026-06-30', 'CLOSED', '-', '-')`,
    );
    const before = await tableCounts(db.sql);
    const error = await loadSyntheticData(db.sql, { seed: 3, scale: 0.1, piiKey }).then(
      () => undefined,
      (err: Error & { code?: string; constraint?: string }) => err,
    );
    expect(error?.code).toBe('23505');
    expect(error?.constraint).toBe('call_one_published_per_year');
    const after = await tableCounts(db.sql);
    expect(after).toEqual(before);
    expect(after.expert).toBe(0);
    expect(after.enterprise).toBe(0);

    await db.sql.query('delete from call where id = 900');
    const loaded = await loadSyntheticData(db.sql, { seed: 3, scale: 0.1, piiKey });
    expect((await tableCounts(db.sql)).ledger_entry).toBe(loaded.counts.ledger_entry);
  });
});
