/**
 * What the launcher (scripts/start.mjs) does in production, run as the real process: no demo
 * data and no demo accounts on an empty database, a refusal to start while any account keeps the
 * published demo password, and no password in any log line. And the one development
 * personal-data key shared by `pnpm seed` and the server.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AuditService, DEMO_PASSWORD, IdentityService, loadConfig, Role, startPlatform } from '@techvp/server';
import { TEST_PII_KEY } from '../support/constants';
import { createMigratedDatabase, createTestDatabase, ENGINE } from '../support/db';

const ROOT = path.resolve(__dirname, '..', '..');

interface Run {
  code: number | null;
  output: string;
}

/**
 * Runs `node <script>` with `env` until it exits or prints `until` (then stops it by its pid),
 * collecting stdout and stderr together.
 */
function run(script: string, args: string[], env: Record<string, string>, until?: RegExp, timeoutMs = 240_000): Promise<Run> {
  return new Promise((resolve, reject) => {
    const base = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !k.startsWith('TECHVP_') && !['DATABASE_URL', 'NODE_ENV', 'LOG_LEVEL'].includes(k)),
    );
    const child = spawn(process.execPath, [path.join(ROOT, script), ...args], { cwd: ROOT, env: { ...base, ...env } });
    let output = '';
    let stopping = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not finish in ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (until && !stopping && until.test(output)) {
        stopping = true;
        child.kill('SIGTERM');
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

const production = (url: string) => ({
  NODE_ENV: 'production',
  DATABASE_URL: url,
  TECHVP_PII_KEY: TEST_PII_KEY,
  TECHVP_PUBLIC_URL: 'https://techvp.test.invalid',
  PORT: '0',
  DATABASE_POOL_MAX: '2',
});

describe(`production start-up on ${ENGINE} PostgreSQL`, () => {
  const cleanup: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const c of cleanup.reverse()) await c();
  });

  it('creates no account and no demo data on an empty database, and logs no password', async () => {
    const db = await createTestDatabase();
    cleanup.push(() => db.close());
    // TECHVP_SKIP_SEED deliberately not set: production alone must be enough.
    const result = await run('scripts/start.mjs', [], production(db.url), /is running/);
    expect(result.output).toMatch(/production: no demo data and no demo accounts/);
    const count = async (table: string) => Number((await db.sql.query(`select count(*)::int as n from ${table}`)).rows[0].n);
    expect(await count('app_user')).toBe(0);
    for (const table of ['enterprise', 'expert', 'application', 'appointment', 'ledger_entry', 'project']) {
      expect(await count(table), table).toBe(0);
    }
    expect(await count('division')).toBeGreaterThan(0); // reference data is there
    expect(result.output).not.toContain(DEMO_PASSWORD);
  });

  it('refuses to start while any account holds the published demo password, names each, and logs no password', async () => {
    const db = await createMigratedDatabase();
    cleanup.push(() => db.close());
    const identity = new IdentityService(db.orm.em.fork(), new AuditService());
    const demo = { password: DEMO_PASSWORD, displayName: '测试' };
    await identity.createUser({ ...demo, username: 'bureau', role: Role.ST_BUREAU }, undefined, { allowDemoPassword: true });
    await identity.createUser({ ...demo, username: 'copied-demo', role: Role.ANALYST }, undefined, { allowDemoPassword: true });
    await identity.createUser({ ...demo, username: 'careful-carl', role: Role.ANALYST, password: 'Own-Strong-Secret-77' });
    const result = await run('scripts/start.mjs', [], production(db.url));
    expect(result.code).toBe(1);
    expect(result.output).toMatch(
      /Refusing to start in production: these accounts still have the published demo password[^\n]*bureau, copied-demo/,
    );
    expect(result.output).not.toContain('careful-carl');
    expect(result.output).not.toContain(DEMO_PASSWORD);
    expect(result.output).not.toMatch(/is running/);
  });

  it('refuses the published demo password for any new account', async () => {
    const db = await createMigratedDatabase();
    cleanup.push(() => db.close());
    const identity = new IdentityService(db.orm.em.fork(), new AuditService());
    await expect(
      identity.createUser({ username: 'new-nina', displayName: '测试', role: Role.ANALYST, password: DEMO_PASSWORD }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('published demo password') });
  });

  it('pnpm seed refuses to write demo data with NODE_ENV=production', async () => {
    const db = await createTestDatabase();
    cleanup.push(() => db.close());
    const result = await run('seeds/dist/cli.js', ['--scale', '0.02'], production(db.url));
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/never written into a production database/);
    expect(
      Number((await db.sql.query('select count(*)::int as n from information_schema.tables where table_name = $1', ['expert'])).rows[0].n),
    ).toBe(0);
  });
});

describe(`one development personal-data key on ${ENGINE} PostgreSQL`, () => {
  it('pnpm seed and a server started without TECHVP_PII_KEY read each other’s personal data', async () => {
    const db = await createTestDatabase();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'techvp-pii-'));
    const env = { DATABASE_URL: db.url, TECHVP_DATA_DIR: path.join(dataDir, 'pglite') };
    try {
      const seeded = await run('seeds/dist/cli.js', ['--scale', '0.02'], env);
      expect(seeded.code, seeded.output).toBe(0);
      expect(seeded.output).toContain(path.join(dataDir, 'pii.key'));
      const { rows } = await db.sql.query<{ id: number }>(
        'select id from expert where id_number_cipher is not null and phone_cipher is not null order by id limit 3',
      );
      expect(rows.length).toBeGreaterThan(0);

      const config = loadConfig({ ...env, NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', DATABASE_POOL_MAX: '2' });
      const platform = await startPlatform({ config });
      try {
        const identity = new IdentityService(platform.orm.em.fork(), new AuditService());
        await identity.createUser({
          username: 'pii-reader',
          displayName: '科技局',
          role: Role.ST_BUREAU,
          password: 'Reader-Strong-Pass-1',
        });
        const post = async (query: string, token?: string) =>
          (await (
            await fetch(`${platform.url}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
              body: JSON.stringify({ query }),
            })
          ).json()) as { data?: Record<string, { token?: string; idNumber?: string; phone?: string }>; errors?: unknown[] };
        const login = await post(
          'mutation { login(username: "pii-reader", password: "Reader-Strong-Pass-1", issueToken: true) { token } }',
        );
        const token = login.data!.login.token!;
        for (const { id } of rows) {
          const res = await post(`{ expert(id: ${id}) { idNumber phone } }`, token);
          expect(res.errors).toBeUndefined();
          expect(res.data!.expert.idNumber).toMatch(/^\d{17}[\dX]$/);
          expect(res.data!.expert.phone).toMatch(/^1\d{10}$/);
        }
      } finally {
        await platform.close();
      }
    } finally {
      await db.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
