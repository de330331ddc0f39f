/**
 * An import never overwrites a record someone else changed after the file was checked: each row
 * to update carries the version (`xmin`) read while checking, and the whole import stops with a
 * CONFLICT, writing nothing, when any of them moved. On the real PostgreSQL this is shown end to
 * end: a clerk's edit holds the row while the import is written; the import then refuses. (The
 * embedded PGlite runs one transaction at a time, so there the guard is shown on its own.)
 */
import { createOrm } from '@techvp/server';
import { Sql } from '@techvp/server/dist/modules/spreadsheet/import.shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE } from '../support/db';
import { startTestServer, TestServer } from '../support/server';
import { CSV, contentHash, importFile } from './support';

const HEADER =
  '企业名称*,统一社会信用代码*,所在县（市、区）*,所属领域*,注册日期*,上年度主营业务收入（元）*,上年度研发投入（元）*,职工人数*,联系人*,注册地址*';

interface Stored {
  id: number;
  name: string;
  credit_code: string;
  division: string;
  sector: string;
  registered_on: string;
  revenue: string;
  rd: string;
  employees: number;
  contact_name: string;
  address: string;
}

describe(`imports do not overwrite concurrent edits (${ENGINE})`, () => {
  let api: TestServer;
  let bureau: string;
  let target: Stored;

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    bureau = await api.login('bureau');
    const { rows } = await api.db.sql.query<Stored>(
      `select e.id, e.name, e.credit_code, d.code as division, s.code as sector, e.registered_on::text,
              (e.revenue_fen / 100)::text as revenue, (e.rd_spending_fen / 100)::text as rd, e.employees, e.contact_name, e.address
         from enterprise e join division d on d.id = e.division_id join sector s on s.id = e.sector_id
        where e.revenue_fen % 100 = 0 and e.rd_spending_fen % 100 = 0 order by e.id limit 1`,
    );
    target = rows[0];
  });
  afterAll(async () => api?.close());

  /** The stored enterprise as one CSV row, with another staff count. */
  const csvWith = (employees: number) =>
    Buffer.from(
      `${HEADER}\n${[target.name, target.credit_code, target.division, target.sector, target.registered_on, target.revenue, target.rd, employees, target.contact_name, `"${target.address}"`].join(',')}\n`,
    );

  it('refuses a batch update whose row changed after it was read, and writes it with the fresh version', async () => {
    const orm = await createOrm({ url: api.db.url, poolMax: 1 });
    try {
      const em = orm.em.fork() as EntityManager;
      const [read] = await new Sql(em).all<{ row_version: string; employees: number }>(
        'select xmin::text as row_version, employees from enterprise where id = ?',
        [target.id],
      );
      // Someone else saves the record in between.
      await api.db.sql.query('update enterprise set employees = employees + 1 where id = $1', [target.id]);
      const write = (version: string) =>
        em.transactional((tx) =>
          new Sql(tx as EntityManager).updateMany('enterprise', ['employees'], ['int'], [[target.id, 7, version]], 500),
        );
      await expect(write(read.row_version)).rejects.toMatchObject({ code: 'CONFLICT', details: { table: 'enterprise', changed: 1 } });
      const { rows: after } = await api.db.sql.query('select xmin::text as v, employees from enterprise where id = $1', [target.id]);
      expect(after[0].employees).toBe(read.employees + 1);
      await write(after[0].v);
      const { rows: written } = await api.db.sql.query('select employees from enterprise where id = $1', [target.id]);
      expect(written[0].employees).toBe(7);
    } finally {
      await orm.close(true);
    }
  });

  if (ENGINE === 'postgres') {
    it('stops a whole import when a clerk saves one of its records while it is written', async () => {
      const clerk = await api.db.sql.connect();
      try {
        // The clerk's edit is under way: it holds the row until it commits.
        await clerk.query('begin');
        await clerk.query('update enterprise set employees = 4321 where id = $1', [target.id]);
        const before = await contentHash(api.db.sql, ['enterprise']);
        const pending = importFile(api, bureau, 'enterprises', csvWith(1234), { type: CSV });
        // Wait until the import has checked the file and waits for the row.
        for (let i = 0; ; i++) {
          const { rows } = await api.db.sql.query(
            `select 1 from pg_stat_activity where wait_event_type = 'Lock' and query like 'update "enterprise"%' and datname = current_database()`,
          );
          if (rows.length) break;
          if (i > 200) throw new Error('the import never reached the row');
          await new Promise((r) => setTimeout(r, 25));
        }
        await clerk.query('commit');
        const { status, report } = await pending;
        expect(status).toBe(422);
        expect(report).toMatchObject({ ok: false, inserted: 0, updated: 0 });
        expect(report.problems).toHaveLength(1);
        expect(report.problems[0]).toMatchObject({ row: null, column: null });
        expect(report.problems[0].message).toMatch(/有1条记录被他人修改，为免覆盖，本次未写入任何数据/);
        // The clerk's value stands; nothing of the file was written.
        const { rows } = await api.db.sql.query('select employees from enterprise where id = $1', [target.id]);
        expect(rows[0].employees).toBe(4321);
        expect(await contentHash(api.db.sql, ['enterprise'])).not.toEqual(before); // the clerk's commit
        // Imported again, the file applies over the clerk's saved value.
        const again = await importFile(api, bureau, 'enterprises', csvWith(1234), { type: CSV });
        expect(again.report).toMatchObject({ ok: true, updated: 1 });
      } finally {
        await clerk.query('rollback').catch(() => undefined);
        clerk.release();
      }
    });
  }
});
