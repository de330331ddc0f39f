import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { AuditService, GENESIS_HASH, sanitizeAuditDetail, verifyAuditChain } from '../../server/dist/modules/audit/audit.service';
import { Migration20261125100000_audit_append_only } from '../../server/dist/db/migrations/Migration20261125100000_audit_append_only';
import { createMigratedDatabase, ENGINE } from '../support/db';
import type { Em } from '../identity/factories';

type Db = Awaited<ReturnType<typeof createMigratedDatabase>>;

const VERIFY_CLI = path.resolve(__dirname, '../../server/dist/modules/audit/verify-audit.js');

/** Runs `fn` on one connection inside a transaction that is always rolled back. */
async function inRolledBackTransaction<T>(sql: pg.Pool, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const c = await sql.connect();
  try {
    await c.query('begin');
    return await fn(c);
  } finally {
    await c.query('rollback').catch(() => undefined);
    c.release();
  }
}

async function sqlError(p: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await p;
  } catch (err) {
    return err as { code?: string; message: string };
  }
  throw new Error('expected the statement to fail');
}

describe(`audit log on ${ENGINE} PostgreSQL`, () => {
  let db: Db;
  const audit = new AuditService();

  beforeAll(async () => {
    db = await createMigratedDatabase();
  });
  afterAll(async () => db?.close());

  it('starts the chain at 64 zeros and links each row to the one before', async () => {
    const first = await audit.record(db.orm.em.fork(), { username: 'alice', role: 'ADMIN', operation: 'createUser', result: 'OK' });
    const second = await audit.record(db.orm.em.fork(), {
      operation: 'login',
      objectType: 'User',
      objectIds: [1, 2],
      result: 'DENIED',
      detail: { note: 'why? ?? \\? $1', nested: { b: 2, a: [1, 'x'] } },
    });
    const { rows } = await db.sql.query('select id, prev_hash, hash, object_ids, detail from audit_log order by id');
    expect(rows[0]).toMatchObject({ prev_hash: GENESIS_HASH, hash: first.hash });
    expect(rows[1]).toMatchObject({ prev_hash: first.hash, hash: second.hash, object_ids: '1,2' });
    expect(rows[1].detail).toEqual({ note: 'why? ?? \\? $1', nested: { b: 2, a: [1, 'x'] } });
    expect(await verifyAuditChain(db.sql)).toEqual({ ok: true, checked: 2 });
  });

  it('keeps one unbroken chain under concurrent appends from several forks and connections', async () => {
    const writers = Array.from({ length: 6 }, (_, w) =>
      (async () => {
        for (let i = 0; i < 15; i++) {
          const target = w % 2 === 0 ? db.orm.em.fork() : db.sql;
          await audit.record(target, { username: `writer${w}`, operation: 'test.concurrent', result: 'OK', detail: { i } });
        }
      })(),
    );
    await Promise.all([
      ...writers,
      ...Array.from({ length: 30 }, (_, i) => audit.record(db.orm.em.fork(), { operation: 'test.burst', result: 'OK', detail: { i } })),
    ]);
    const { rows } = await db.sql.query('select count(*)::int as n from audit_log');
    expect(rows[0].n).toBe(2 + 90 + 30);
    expect(await verifyAuditChain(db.sql)).toEqual({ ok: true, checked: 122 });
    expect(await verifyAuditChain(db.orm.em.fork(), { pageSize: 7 })).toEqual({ ok: true, checked: 122 });
  });

  it('commits and rolls back with the caller transaction', async () => {
    const before = (await db.sql.query('select count(*)::int as n from audit_log')).rows[0].n;
    await expect(
      db.orm.em.fork().transactional(async (tx: Em) => {
        await audit.record(tx, { operation: 'test.rolledBack', result: 'OK' });
        throw new Error('mutation failed');
      }),
    ).rejects.toThrow('mutation failed');
    await inRolledBackTransaction(db.sql, (c) => audit.record(c, { operation: 'test.rolledBack', result: 'OK' }));
    expect((await db.sql.query('select count(*)::int as n from audit_log')).rows[0].n).toBe(before);

    await db.orm.em.fork().transactional(async (tx: Em) => {
      await audit.record(tx, { operation: 'test.committed', result: 'OK' });
    });
    expect((await db.sql.query("select count(*)::int as n from audit_log where operation = 'test.committed'")).rows[0].n).toBe(1);
    expect((await verifyAuditChain(db.sql)).ok).toBe(true);
  });

  it('never stores passwords, tokens, resident ID or phone numbers in detail', async () => {
    const raw = {
      password: 'Secret-Pass-1',
      newPassword: 'x',
      token: 'abc',
      idNumber: '370102198001011234',
      id_number: '370102198001011234',
      phone: '13812345678',
      contact: { mobilePhone: '13812345678', name: '张三' },
      note: '身份证 11010519491231002X，电话 13912345678，订单 2026112500001',
      count: 3,
    };
    expect(sanitizeAuditDetail(raw)).toEqual({
      contact: { name: '张三' },
      note: '身份证 [redacted]，电话 [redacted]，订单 2026112500001',
      count: 3,
    });
    const { id } = await audit.record(db.orm.em.fork(), { operation: 'test.sanitize', result: 'OK', detail: raw });
    const { rows } = await db.sql.query('select detail::text as d from audit_log where id = $1', [id]);
    for (const secret of ['Secret-Pass', '370102198001011234', '13812345678', '11010519491231002X', 'abc']) {
      expect(rows[0].d).not.toContain(secret);
    }
  });

  it('refuses UPDATE, DELETE and TRUNCATE even for the table owner (append-only trigger)', async () => {
    for (const statement of [
      "update audit_log set detail = '{}' where id = 1",
      'delete from audit_log where id = 1',
      'delete from audit_log',
      'truncate audit_log',
    ]) {
      const err = await sqlError(inRolledBackTransaction(db.sql, (c) => c.query(statement)));
      expect(err.message).toContain('audit_log is append-only');
    }
    expect((await verifyAuditChain(db.sql)).ok).toBe(true);
  });

  it('as role techvp_app: may read and append audit rows and write domain tables, but gets 42501 on update or delete', async () => {
    await inRolledBackTransaction(db.sql, async (c) => {
      await c.query('set local role techvp_app');
      expect((await c.query('select current_user as u')).rows[0].u).toBe('techvp_app');
      await audit.record(c, { operation: 'test.asAppRole', result: 'OK' });
      await c.query("insert into app_user (username, display_name, role) values ('app-role-check', 'x', 'ANALYST')");
      await c.query("update app_user set display_name = 'y' where username = 'app-role-check'");
      await c.query("delete from app_user where username = 'app-role-check'");
    });
    for (const statement of [
      "update audit_log set result = 'OK' where id = 1",
      'delete from audit_log where id = 1',
      'truncate audit_log',
    ]) {
      const err = await sqlError(
        inRolledBackTransaction(db.sql, async (c) => {
          await c.query('set local role techvp_app');
          await c.query(statement);
        }),
      );
      expect(err.code).toBe('42501');
      expect(err.message).toMatch(/permission denied/);
    }
  });

  it('grants techvp_app on tables created later (default privileges)', async () => {
    await inRolledBackTransaction(db.sql, async (c) => {
      await c.query('create table audit_probe (id serial primary key, v text)');
      await c.query('set local role techvp_app');
      await c.query("insert into audit_probe (v) values ('a')");
      await c.query("update audit_probe set v = 'b'");
      expect((await c.query('select v from audit_probe')).rows).toEqual([{ v: 'b' }]);
    });
  });

  it('reports the id of a row whose detail was edited behind the trigger, and the CLI exits 1', async () => {
    const { rows } = await db.sql.query<{ id: string; detail: unknown }>(
      "select id, detail from audit_log where operation = 'test.burst' order by id limit 1 offset 3",
    );
    const target = Number(rows[0].id);
    const tamper = async (detail: unknown) => {
      const c = await db.sql.connect();
      try {
        await c.query('begin');
        await c.query('alter table audit_log disable trigger user');
        await c.query('update audit_log set detail = $1::jsonb where id = $2', [JSON.stringify(detail), target]);
        await c.query('alter table audit_log enable trigger user');
        await c.query('commit');
      } finally {
        c.release();
      }
    };
    await tamper({ i: 999 });
    const report = await verifyAuditChain(db.sql);
    expect(report).toMatchObject({ ok: false, firstBrokenId: target, reason: expect.stringContaining('altered') });
    const run = await promisify(execFile)(process.execPath, [VERIFY_CLI], { env: { ...process.env, DATABASE_URL: db.url } }).catch(
      (e: { code: number; stdout: string }) => e,
    );
    expect(run).toMatchObject({ code: 1, stdout: expect.stringContaining(`row ${target}`) });

    await tamper(rows[0].detail);
    expect((await verifyAuditChain(db.sql)).ok).toBe(true);
    const ok = await promisify(execFile)(process.execPath, [VERIFY_CLI, '--json'], { env: { ...process.env, DATABASE_URL: db.url } });
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true });
  });

  it('reports a deleted row through its successor (session_replication_role = replica)', async () => {
    const { rows } = await db.sql.query<{ id: string }>("select id from audit_log where operation = 'test.concurrent' order by id limit 2");
    const c = await db.sql.connect();
    try {
      await c.query('begin');
      await c.query('set local session_replication_role = replica');
      await c.query('delete from audit_log where id = $1', [rows[0].id]);
      const report = await verifyAuditChain(c);
      expect(report).toMatchObject({ ok: false, firstBrokenId: Number(rows[1].id), reason: expect.stringContaining('removed') });
    } finally {
      await c.query('rollback');
      c.release();
    }
    expect((await verifyAuditChain(db.sql)).ok).toBe(true);
  });

  it('down() removes the triggers and the grants, up() restores them', async () => {
    const migration = new Migration20261125100000_audit_append_only(db.orm.em.getDriver(), db.orm.config);
    await migration.down();
    const down = migration.getQueries().map(String);
    migration.reset();
    await migration.up();
    const up = migration.getQueries().map(String);
    await inRolledBackTransaction(db.sql, async (c) => {
      for (const q of down) await c.query(q);
      await c.query('savepoint s');
      await c.query('update audit_log set detail = detail where id = 1');
      await c.query('rollback to savepoint s');
      const grants = await c.query("select count(*)::int as n from information_schema.role_table_grants where grantee = 'techvp_app'");
      expect(grants.rows[0].n).toBe(0);
      for (const q of up) await c.query(q);
      const err = await sqlError(c.query('savepoint t').then(() => c.query('update audit_log set detail = detail where id = 1')));
      expect(err.message).toContain('append-only');
    });
  });
});
