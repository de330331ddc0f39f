import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigratedDatabase, ENGINE } from '../support/db';

type Db = Awaited<ReturnType<typeof createMigratedDatabase>>;

describe(`migrations on ${ENGINE} PostgreSQL`, () => {
  let db: Db;
  beforeAll(async () => {
    db = await createMigratedDatabase();
  });
  afterAll(async () => db?.close());

  it('creates every table of the domain model from zero', async () => {
    const { rows } = await db.sql.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public' order by 1",
    );
    const tables = rows.map((r) => r.table_name);
    for (const t of [
      'division',
      'sector',
      'institution',
      'expert',
      'enterprise',
      'call',
      'application',
      'appointment',
      'ledger_entry',
      'evaluation',
      'project',
      'disbursement',
      'filing_record',
      'audit_log',
      'app_user',
    ]) {
      expect(tables).toContain(t);
    }
  });

  it('leaves no difference between the entities and the migrated schema', async () => {
    const diff = await db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  });

  it('applies nothing the second time', async () => {
    const pending = await db.orm.getMigrator().getPendingMigrations();
    expect(pending).toEqual([]);
  });
});
