/**
 * The audit chain under the load of real use: many requests at once, on two server processes
 * sharing one database, each reading several records' personal data (every field batch is one
 * audited read) with mutations in between. Afterwards the chain verifies and holds exactly one
 * row per operation made. Parallel resolvers of one request share its transaction's connection:
 * their statements must reach pg one at a time (pg warns "Calling client.query() when the
 * client is already executing a query" otherwise, and pg 9 will refuse them), and their audit
 * appends must not all read the same last hash.
 */
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeQueries } from '../../server/dist/db/serial-queries';
import { verifyAuditChain } from '../../server/dist/modules/audit/audit.service';
import { TEST_PII_KEY } from '../support/constants';
import { ENGINE } from '../support/db';
import { GraphQLResponse, startTestServer, TestServer } from '../support/server';

const SERVER = path.resolve(__dirname, '../../server/dist/index.js');
const PG_QUEUE_WARNING = /already executing a query/;

// Warnings of this process (the first server runs in it); registered before anything starts,
// since Node reports each deprecation only once per process.
const warnings: string[] = [];
process.on('warning', (w) => warnings.push(`${w.name}: ${w.message}`));

const PERSONAL = '{ experts(first: 3) { nodes { id idNumber phone } } enterprises(first: 2) { nodes { id contactPhone } } }';
const ACHIEVE = 'mutation Achieve($input: RecordAchievementInput!) { recordAchievement(input: $input) { id } }';

/** A second server process on the same database, as behind a load balancer. */
async function startServerProcess(
  databaseUrl: string,
): Promise<{ url: string; child: ChildProcess; stderr: () => string; stop(): Promise<void> }> {
  const script = `
    const { loadConfig, startPlatform } = require(${JSON.stringify(SERVER)});
    startPlatform({ config: loadConfig() }).then((p) => {
      process.stdout.write('LISTENING ' + p.url + '\\n');
      process.once('SIGTERM', () => p.close().then(() => process.exit(0)));
    }, (err) => { console.error(err); process.exit(1); });`;
  const child = spawn(process.execPath, ['-e', script], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      PORT: '0',
      LOG_LEVEL: 'silent',
      TECHVP_PII_KEY: TEST_PII_KEY,
      DATABASE_POOL_MAX: ENGINE === 'embedded' ? '2' : '4',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      const m = /LISTENING (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`server process exited (${code}): ${stderr}`)));
  });
  return {
    url,
    child,
    stderr: () => stderr,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function post<T>(base: string, token: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  try {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GraphQLResponse<T>;
  } catch (err) {
    return { errors: [{ message: `${base}: ${String(err)} ${String((err as Error).cause)}` }] };
  }
}

async function auditCount(sql: pg.Pool): Promise<Record<string, number>> {
  const { rows } = await sql.query<{ operation: string; n: number }>(
    'select operation, count(*)::int as n from audit_log group by operation',
  );
  return Object.fromEntries(rows.map((r) => [r.operation, r.n]));
}

describe(`the audit chain under concurrent requests on two server processes (${ENGINE})`, () => {
  let api: TestServer;
  let second: Awaited<ReturnType<typeof startServerProcess>>;

  beforeAll(async () => {
    api = await startTestServer({ as: null, env: { LOG_LEVEL: 'error' } });
    second = await startServerProcess(api.db.url);
  });
  afterAll(async () => {
    await second?.stop();
    await api?.close();
  });

  it('keeps one verifiable chain with one row per operation, and pg never sees two statements at once', async () => {
    const bureau = await api.login('bureau');
    const expert = await api.login('expert');
    const { rows: appts } = await api.db.sql.query<{ id: number; service_start: string }>(
      `select a.id, a.service_start::text from appointment a join app_user u on u.expert_id = a.expert_id
        where u.username = 'expert' and a.status = 'ACTIVE' order by a.id limit 1`,
    );
    const before = await auditCount(api.db.sql);

    const READS = 200;
    const MUTATIONS = 20;
    const servers = [api.url, second.url];
    type Personal = {
      experts: { nodes: Array<{ id: string; idNumber: string | null; phone: string | null }> };
      enterprises: { nodes: Array<{ id: string; contactPhone: string | null }> };
    };
    const requests: Array<() => Promise<GraphQLResponse<unknown>>> = [];
    for (let i = 0; i < READS; i++) {
      requests.push(() => post<Personal>(servers[i % 2], bureau, PERSONAL));
      if (i % (READS / MUTATIONS) === 5) {
        const n = requests.length;
        requests.push(() =>
          post(servers[n % 2], expert, ACHIEVE, {
            input: { appointmentId: appts[0].id, kind: 'NEW_PROCESS', title: `并发审计测试成果 ${n}`, achievedOn: appts[0].service_start },
          }),
        );
      }
    }
    // All at once on PostgreSQL. PGlite is one backend that runs one transaction at a time, so
    // there a request would wait for all the others, and past the pool's 60 s acquire timeout
    // on a busy CI machine; there, 40 are in flight at any moment (20 per server, still ten
    // times each pool).
    const inFlight = ENGINE === 'embedded' ? 40 : requests.length;
    const results: Array<GraphQLResponse<unknown>> = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: inFlight }, async () => {
        while (next < requests.length) {
          const i = next++;
          results[i] = await requests[i]();
        }
      }),
    );
    expect(results.filter((r) => r.errors).map((r) => r.errors)).toEqual([]);
    const reads = results.filter((r) => (r.data as Personal | undefined)?.experts) as Array<GraphQLResponse<Personal>>;
    expect(reads).toHaveLength(READS);
    for (const r of reads) {
      expect(r.data!.experts.nodes).toHaveLength(3);
      expect(r.data!.enterprises.nodes).toHaveLength(2);
      // Clear values: the bureau's reads are the audited kind.
      for (const e of r.data!.experts.nodes) expect(e.idNumber).toMatch(/^\d{17}[\dX]$/);
    }

    const after = await auditCount(api.db.sql);
    const added = (op: string) => (after[op] ?? 0) - (before[op] ?? 0);
    // One audited read per personal field per request (idNumber, phone, contactPhone).
    expect(added('read-personal-data')).toBe(READS * 3);
    // A mutation: the step's own record and the GraphQL mutation record.
    expect(added('recordAchievement')).toBe(MUTATIONS);
    expect(added('graphql:Achieve')).toBe(MUTATIONS);
    const total = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    expect(total(after) - total(before)).toBe(READS * 3 + MUTATIONS * 2);

    expect(await verifyAuditChain(api.db.sql)).toEqual({ ok: true, checked: total(after) });
    const { rows: forks } = await api.db.sql.query('select prev_hash from audit_log group by prev_hash having count(*) > 1');
    expect(forks).toEqual([]);

    expect(warnings.filter((w) => PG_QUEUE_WARNING.test(w))).toEqual([]);
    expect(second.stderr()).not.toMatch(PG_QUEUE_WARNING);
  });

  /** A client whose real `query` counts how many statements pg holds at once. */
  async function observedClient() {
    const client = new pg.Client({ connectionString: api.db.url });
    await client.connect();
    let inFlight = 0;
    let most = 0;
    const real = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: unknown }).query = (...args: unknown[]) => {
      inFlight++;
      most = Math.max(most, inFlight);
      const done = () => inFlight--;
      const cb = args.findIndex((a) => typeof a === 'function');
      if (cb >= 0) {
        const orig = args[cb] as (...a: unknown[]) => void;
        args[cb] = (...a: unknown[]) => {
          done();
          orig(...a);
        };
        return real(...args);
      }
      return (real(...args) as Promise<unknown>).finally(done);
    };
    serializeQueries(client);
    return { client, most: () => most };
  }

  it('runs promise, callback and failing statements in order, one at a time, inside one transaction', async () => {
    const { client, most } = await observedClient();
    try {
      await client.query('begin');
      const viaCallback = new Promise<number>((resolve, reject) =>
        client.query('select 2 as n', [], (err: Error | null, res: pg.QueryResult<{ n: number }>) => {
          if (err) return reject(err);
          // A statement issued from inside another's callback is not stuck behind it.
          client.query('select 3 as n').then((r) => resolve(r.rows[0].n * 10 + res.rows[0].n), reject);
        }),
      );
      const results = await Promise.all([
        client.query('select 1 as n').then((r) => r.rows[0].n),
        viaCallback,
        client
          .query('savepoint s')
          .then(() => client.query('select nope from nowhere'))
          .catch((e: Error) => e.message),
        ...Array.from({ length: 20 }, (_, i) => client.query('select $1::int as n', [i]).then((r) => r.rows[0].n)),
      ]);
      await client.query('rollback to savepoint s');
      expect(results.slice(0, 3)).toEqual([1, 32, expect.stringMatching(/nowhere/)]);
      expect(results.slice(3)).toEqual(Array.from({ length: 20 }, (_, i) => i));
      expect((await client.query('select 4 as n')).rows[0].n).toBe(4);
      await client.query('commit');
      expect(most()).toBe(1);
    } finally {
      await client.end();
    }
  });

  it('still batches personal-data reads: one statement per field and request', async () => {
    const { statements } = api;
    const token = await api.login('bureau');
    statements.length = 0;
    const res = await api.gqlAs<{ experts: { nodes: unknown[] } }>(token, PERSONAL);
    expect(res.errors).toBeUndefined();
    // DataLoader still batches: one statement per personal field, not one per record.
    expect(statements.filter((s) => /select id, id_number_cipher as sealed from expert/.test(s))).toHaveLength(1);
    expect(statements.filter((s) => /select id, phone_cipher as sealed from expert/.test(s))).toHaveLength(1);
    expect(statements.filter((s) => /select id, contact_phone_cipher as sealed from enterprise/.test(s))).toHaveLength(1);
    expect(warnings.filter((w) => PG_QUEUE_WARNING.test(w))).toEqual([]);
  });
});
