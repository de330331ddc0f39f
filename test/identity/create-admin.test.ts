import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigratedDatabase, ENGINE } from '../support/db';
import { identity, manualClock } from './factories';

type Db = Awaited<ReturnType<typeof createMigratedDatabase>>;

const CLI = path.resolve(__dirname, '../../server/dist/modules/identity/create-admin.js');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function createAdmin(args: string[], env: Record<string, string | undefined>, stdin?: string): Promise<Run> {
  const childEnv = { ...process.env, TECHVP_ADMIN_PASSWORD: undefined, ...env };
  if (stdin === undefined) {
    return promisify(execFile)(process.execPath, [CLI, ...args], { env: childEnv }).then(
      (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
      (e: Run) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: childEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe(`create-admin CLI on ${ENGINE} PostgreSQL`, () => {
  let db: Db;
  const time = manualClock();

  beforeAll(async () => {
    db = await createMigratedDatabase();
  });
  afterAll(async () => db?.close());

  it('refuses a weak password and creates nothing', async () => {
    const run = await createAdmin(['--username', 'chief'], { DATABASE_URL: db.url, TECHVP_ADMIN_PASSWORD: 'chief12345' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('at least 12 characters');
    expect(run.stderr).toContain('must not contain the user name');
    const { rows } = await db.sql.query('select count(*)::int as n from app_user');
    expect(rows[0].n).toBe(0);
  });

  it('requires DATABASE_URL and a username', async () => {
    expect(
      (await createAdmin(['--username', 'chief'], { DATABASE_URL: undefined, TECHVP_ADMIN_PASSWORD: 'Strong-Admin-Pass-1' })).code,
    ).toBe(1);
    expect((await createAdmin([], { DATABASE_URL: db.url, TECHVP_ADMIN_PASSWORD: 'Strong-Admin-Pass-1' })).code).toBe(1);
  });

  it('creates an ADMIN from TECHVP_ADMIN_PASSWORD that can log in, and refuses the same username again', async () => {
    const run = await createAdmin(['--username', 'chief'], { DATABASE_URL: db.url, TECHVP_ADMIN_PASSWORD: 'Strong-Admin-Pass-1' });
    expect(run).toMatchObject({ code: 0, stdout: expect.stringContaining('Created administrator chief') });
    const { viewer } = await identity(db.orm.em.fork(), time.clock).login('chief', 'Strong-Admin-Pass-1');
    expect(viewer).toMatchObject({ username: 'chief', role: 'ADMIN' });
    const audit = await db.sql.query("select role, result, detail from audit_log where operation = 'createUser'");
    expect(audit.rows).toEqual([{ role: 'SYSTEM', result: 'OK', detail: { target: 'chief', username: 'chief', role: 'ADMIN' } }]);

    const again = await createAdmin(['--username', 'chief'], { DATABASE_URL: db.url, TECHVP_ADMIN_PASSWORD: 'Other-Admin-Pass-2' });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already taken');
  });

  it('reads the password from standard input', async () => {
    const run = await createAdmin(['--username=deputy', '--display-name', '副管理员'], { DATABASE_URL: db.url }, 'Stdin-Admin-Pass-3\n');
    expect(run.code).toBe(0);
    const { viewer } = await identity(db.orm.em.fork(), time.clock).login('deputy', 'Stdin-Admin-Pass-3');
    expect(viewer.role).toBe('ADMIN');
    const { rows } = await db.sql.query("select display_name from app_user where username = 'deputy'");
    expect(rows[0].display_name).toBe('副管理员');
  });
});
