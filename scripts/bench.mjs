// `pnpm bench`: the platform at province scale on the real PostgreSQL (docs/analytics.md).
// Creates a fresh database, seeds scale 50, starts the server in a child process, and measures
// the dashboard's queries, the whole overview, statements per list page, a constant-rate load
// from a second process, a PostGraphile 5 peer, seeding speed and the embedded start. Prints a
// table with PASS/FAIL per target, writes bench-results/report.json, drops the database.
// Environment: BENCH_PG_URL (admin URL, default postgres://postgres@127.0.0.1:5432/postgres),
// BENCH_SCALE (default 50), BENCH_LOAD_SECONDS (default 20), BENCH_SECTIONS (comma-separated, of
// statements, dashboard, load, peer, spreadsheets, fuzz, embedded; default all), BENCH_FUZZ_REQUESTS
// (default 50,000), BENCH_FUZZ_SEED. Seeding is always measured.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { fuzzBench } from '../bench/fuzz-bench.mjs';
import { spreadsheetBench } from '../bench/spreadsheets.mjs';
import { FULL_OVERVIEW, GROUPS, LANDING, LIST_PAGE, OVERVIEW, PANELS, panelQuery, PEER_GROUPS, PEER_LIST_PAGE } from '../bench/queries.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const {
  AuditService,
  createOrm,
  DEMO_ACCOUNTS,
  IdentityService,
  migrate,
  PiiCipher,
  SECOND_FACTOR_ROLES,
  seedDemoAccounts,
  totpCode,
} = require('@techvp/server');
const seeds = require('@techvp/seeds');
const repo = require(path.join(ROOT, 'server/dist/modules/analytics/analytics.repository.js'));

const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SCALE = Number(process.env.BENCH_SCALE ?? 50);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
const SECTIONS = ['statements', 'dashboard', 'load', 'peer', 'spreadsheets', 'fuzz', 'embedded'];
const chosen = new Set((process.env.BENCH_SECTIONS ?? SECTIONS.join(',')).split(',').map((x) => x.trim()));
for (const c of chosen)
  if (!SECTIONS.includes(c)) throw new Error(`BENCH_SECTIONS: unknown section "${c}" (known: ${SECTIONS.join(', ')})`);
const runs = (section) => chosen.has(section);
const AS_OF = '2026-11-20';
const PII_KEY = randomBytes(32).toString('base64');
const DB_NAME = `techvp_bench_${process.pid}_${randomBytes(3).toString('hex')}`;
const dbUrl = (() => {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${DB_NAME}`;
  return u.toString();
})();

const started = performance.now();
const log = (msg) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}\n`);
const results = [];
const report = {
  scale: SCALE,
  asOf: AS_OF,
  database: DB_NAME,
  node: process.version,
  cpus: os.cpus().length,
  loadAverageAtStart: os.loadavg(),
  results,
};

/** Records one line of the table; `pass` is true/false for targets, undefined for information. */
function record(section, name, value, target, pass, detail) {
  results.push({ section, name, value, target: target ?? null, pass: pass ?? null, detail: detail ?? null });
  log(`${section} / ${name}: ${value}${target ? ` (target ${target}: ${pass ? 'PASS' : 'FAIL'})` : ''}`);
}

const ms = (x) => Math.round(x * 100) / 100;
function pct(values, p) {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
}
const median = (values) => pct(values, 50);

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Starts `node …args` with an IPC channel and waits for its { type: 'ready' } message. */
function startChild(args, env, what) {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not start in 120 s: ${stderr}`)), 120_000);
    child.on('message', (m) => {
      if (m?.type === 'ready') {
        clearTimeout(timer);
        resolve({ child, ...m });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited with ${code}: ${stderr}`));
    });
  });
}

/** Stops a child by its PID and waits for it to exit. */
async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(child.pid, 'SIGTERM');
  const timer = setTimeout(() => child.exitCode === null && process.kill(child.pid, 'SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

async function gql(url, token, query, variables) {
  const t = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const json = await res.json();
  const elapsed = performance.now() - t;
  if (json.errors) throw new Error(`GraphQL error: ${JSON.stringify(json.errors).slice(0, 500)}`);
  return { ms: elapsed, data: json.data };
}

/**
 * The bench's servers run in production mode, which refuses to start while any account holds the
 * published demo password and asks the privileged roles for a second factor. So the demo accounts
 * get a password of this run, and those roles a TOTP secret enrolled here; `login` then completes
 * the second step like an authenticator app would.
 */
const BENCH_PASSWORD = `Bench-${randomBytes(12).toString('base64url')}!9a`;
const totpSecrets = new Map();

async function prepareAccounts(orm) {
  const policy = { secondFactorRequired: false, sessionMaxHours: 12, pii: new PiiCipher(Buffer.from(PII_KEY, 'base64')) };
  const service = () => new IdentityService(orm.em.fork(), new AuditService(), undefined, policy);
  const rows = await orm.em.getConnection().execute('select id, username from app_user');
  for (const a of DEMO_ACCOUNTS) {
    const user = rows.find((r) => r.username === a.username);
    if (!user) throw new Error(`demo account ${a.username} missing`);
    await service().setPassword(user.id, BENCH_PASSWORD);
    if (!SECOND_FACTOR_ROLES.includes(a.role)) continue;
    const { viewer } = await service().login(a.username, BENCH_PASSWORD);
    const offer = await service().beginTotpEnrolment({ viewer });
    await service().confirmTotpEnrolment({ viewer }, totpCode(offer.secret, new Date()));
    totpSecrets.set(a.username, offer.secret);
  }
}

/** One session per account for the whole run (sessions live in PostgreSQL, shared by every server). */
const sessions = new Map();
async function login(url, username) {
  if (sessions.has(username)) return sessions.get(username);
  const { data } = await gql(
    url,
    null,
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p, issueToken: true) { status token challengeToken } }',
    { u: username, p: BENCH_PASSWORD },
  );
  let token = data.login.token;
  if (data.login.status === 'SECOND_FACTOR_REQUIRED') {
    const secret = totpSecrets.get(username);
    if (!secret) throw new Error(`${username} needs a second factor the bench did not enrol`);
    // The enrolment used this 30-second step; a code works once, so use the next step's (the
    // server accepts one step either side).
    const code = totpCode(secret, new Date(Date.now() + 30_000));
    const verified = await gql(
      url,
      null,
      'mutation($c: String!, $k: String!) { verifySecondFactor(challengeToken: $c, code: $k, issueToken: true) { token } }',
      { c: data.login.challengeToken, k: code },
    );
    token = verified.data.verifySecondFactor.token;
  }
  if (!token) throw new Error(`no session for ${username} (${data.login.status})`);
  sessions.set(username, token);
  return token;
}

/** Runs the load generator (autocannon) in its own process and returns its JSON result. */
function runLoad(job) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bench/load.mjs'), JSON.stringify(job)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1))) : reject(new Error(`load generator failed: ${err}`)),
    );
  });
}

const children = [];
async function cleanup() {
  for (const c of children) await stopChild(c).catch(() => undefined);
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`drop database if exists ${DB_NAME} with (force)`);
  await admin.end();
  log(`dropped database ${DB_NAME}`);
}

async function seedDatabase() {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${DB_NAME}`);
  await admin.end();
  const orm = await createOrm({ url: dbUrl, poolMax: 2 });
  await migrate(orm);
  const pool = new pg.Pool({ connectionString: dbUrl, max: 2 });
  log(`seeding scale ${SCALE} into ${DB_NAME}…`);
  const t0 = performance.now();
  const seeded = await seeds.seedIfEmpty(pool, {
    seed: seeds.DEFAULT_SEED,
    scale: SCALE,
    asOf: AS_OF,
    piiKey: Buffer.from(PII_KEY, 'base64'),
  });
  const seconds = (performance.now() - t0) / 1000;
  await seedDemoAccounts(orm.em.fork());
  await prepareAccounts(orm);
  await pool.query('vacuum analyze');
  const load = seeded.load;
  record('seeding', 'rows written', load.rows);
  record('seeding', 'rows/s (writing)', load.rowsPerSecond);
  record('seeding', 'rows/s (generation + writing)', Math.round(load.rows / seconds));
  const { rows } = await pool.query(
    'select (select count(*) from ledger_entry) as ledger, (select count(*) from appointment) as appointments',
  );
  record('seeding', 'ledger entries / appointments', `${rows[0].ledger} / ${rows[0].appointments}`);
  await pool.end();
  await orm.close(true);
}

async function serverEnv(extra = {}) {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    DATABASE_URL: dbUrl,
    TECHVP_PII_KEY: PII_KEY,
    TECHVP_PUBLIC_URL: 'https://techvp.bench.invalid',
    PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
    DATABASE_POOL_MAX: '10',
    ...extra,
  };
}

async function statementsPerPage() {
  const srv = await startChild(
    [path.join(ROOT, 'bench/server.mjs')],
    await serverEnv({ BENCH_COUNT_STATEMENTS: '1' }),
    'server (counting)',
  );
  children.push(srv.child);
  let nextId = 0;
  const count = () =>
    new Promise((resolve) => {
      const id = ++nextId;
      const onMessage = (m) => {
        if (m?.type === 'count' && m.id === id) {
          srv.child.off('message', onMessage);
          resolve(m.statements);
        }
      };
      srv.child.on('message', onMessage);
      srv.child.send({ type: 'count', id });
    });
  const token = await login(srv.url, 'analyst');
  const counts = {};
  for (const n of [10, 100, 500]) {
    await gql(srv.url, token, LIST_PAGE, { n }); // warm: the session touch and caches settle
    const before = await count();
    const { data } = await gql(srv.url, token, LIST_PAGE, { n });
    counts[n] = (await count()) - before;
    if (data.appointments.nodes.length !== Math.min(n, data.appointments.totalCount))
      throw new Error(`list page of ${n} returned ${data.appointments.nodes.length}`);
  }
  const same = counts[10] === counts[100] && counts[100] === counts[500];
  record(
    'statements',
    'SQL statements per list page of 10 / 100 / 500',
    `${counts[10]} / ${counts[100]} / ${counts[500]}`,
    'the same number',
    same,
    counts,
  );
  await stopChild(srv.child);
}

/** Raw SQL through pg (as the server runs it: role techvp_app, the viewer's row scope, JIT off). */
async function rawClient(divisionId) {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  await client.query('set role techvp_app');
  await client.query(
    `select set_config('techvp.scope', $1, false), set_config('techvp.division_id', $2, false), set_config('jit', 'off', false)`,
    [divisionId ? 'county' : 'all', divisionId ? String(divisionId) : ''],
  );
  return client;
}

const STATEMENTS = {
  headline: (p) => repo.headlineSql(p),
  indicatorCompliance: (p) => repo.complianceSql(p),
  sectorSpread: (p) => repo.sectorSpreadSql(p),
  countyPipelines: (p) => repo.pipelinesSql(p),
  evaluationGrades: (p) => repo.gradesSql(p),
  coInnovationFunds: (p) => repo.fundsSql(p, { limit: 20, offset: 0 }),
};

async function dashboardQueries(url, tokens, countyId) {
  const admin = new pg.Client({ connectionString: dbUrl });
  await admin.connect();
  // Moving any tracked table's write counter invalidates every cached answer: a "cold" request.
  const invalidate = () => admin.query(`select nextval('analytics_version_division')`);
  const N = 7;
  for (const [who, token, divisionId] of [
    ['city', tokens.leader, null],
    ['county 371502', tokens.county, countyId],
  ]) {
    const raw = await rawClient(divisionId);
    const params = { scopeDivisionId: divisionId, counties: null, sectors: null, callYear: null, period: null, asOf: AS_OF };
    for (const [panel, build] of Object.entries(STATEMENTS)) {
      const { text, values } = build(params).toPg();
      const rawTimes = [];
      for (let i = 0; i < N; i++) {
        const t = performance.now();
        await raw.query(text, values);
        rawTimes.push(performance.now() - t);
      }
      // The dashboard's own query (landing view), and the panel with every breakdown.
      const timed = async (query) => {
        const cold = [];
        const warm = [];
        for (let i = 0; i < N; i++) {
          await invalidate();
          cold.push((await gql(url, token, query, { asOf: AS_OF })).ms);
          warm.push((await gql(url, token, query, { asOf: AS_OF })).ms);
        }
        return { cold: median(cold), warm: median(warm) };
      };
      const landing = await timed(panelQuery(LANDING[panel]));
      const full = await timed(panelQuery(PANELS[panel]));
      const r = median(rawTimes);
      const c = landing.cold;
      const ratio = c / r;
      const pass = ratio <= 1.3 || (r < 5 && c - r <= 2);
      record(
        `dashboard query (${who}): one statement through pg vs the dashboard's GraphQL request over HTTP, uncached`,
        panel,
        `raw SQL ${ms(r)} ms, GraphQL ${ms(c)} ms (×${ratio.toFixed(2)}); cached ${ms(landing.warm)} ms; every breakdown: ${ms(full.cold)} ms uncached, ${ms(full.warm)} ms cached`,
        '≤ 1.3× raw, or ≤ +2 ms under 5 ms',
        pass,
        {
          rawMs: ms(r),
          graphqlUncachedMs: ms(c),
          graphqlCachedMs: ms(landing.warm),
          ratio: Number(ratio.toFixed(3)),
          fullPanelUncachedMs: ms(full.cold),
          fullPanelCachedMs: ms(full.warm),
        },
      );
    }
    await raw.end();
  }
  // The whole overview in one request.
  for (const [who, token, limit] of [
    ['city (leader)', tokens.leader, 50],
    ['county 371502', tokens.county, 20],
  ]) {
    const cold = [];
    for (let i = 0; i < 5; i++) {
      await invalidate();
      cold.push((await gql(url, token, OVERVIEW, { asOf: AS_OF })).ms);
    }
    const times = [];
    for (let i = 0; i < 200; i++) times.push((await gql(url, token, OVERVIEW, { asOf: AS_OF })).ms);
    const p95 = pct(times, 95);
    const full = [];
    for (let i = 0; i < 20; i++) full.push((await gql(url, token, FULL_OVERVIEW, { asOf: AS_OF })).ms);
    record(
      'overview, every field and breakdown of every panel (information)',
      who,
      `p50 ${ms(median(full))} ms, p95 ${ms(pct(full, 95))} ms (20 requests)`,
    );
    record(
      'overview (landing view: all panels, one request)',
      who,
      `p50 ${ms(median(times))} ms, p95 ${ms(p95)} ms (200 requests; first after a write: median ${ms(median(cold))} ms)`,
      `p95 ≤ ${limit} ms`,
      p95 <= limit,
      {
        p50: ms(median(times)),
        p95: ms(p95),
        uncachedMedian: ms(median(cold)),
      },
    );
  }
  await admin.end();
}

async function constantLoad(url, tokens) {
  const requests = [];
  for (const token of [tokens.leader, tokens.county]) {
    for (const field of Object.values(LANDING)) {
      const body = JSON.stringify({ query: panelQuery(field), variables: { asOf: AS_OF } });
      await gql(url, token, panelQuery(field), { asOf: AS_OF }); // the dashboard has been opened before
      requests.push({ token, body });
    }
  }
  const r = await runLoad({ url, connections: 50, duration: LOAD_SECONDS, rate: 300, requests });
  const errors = r.non2xx + r.errors + r.timeouts + r.graphqlErrors;
  const pass = r.throughput >= 300 * 0.97 && r.p95 <= 100 && errors === 0;
  record(
    'constant load (dashboard mix, 12 requests: 6 panels × city and county)',
    `300 req/s for ${LOAD_SECONDS} s from a second process`,
    `${r.throughput.toFixed(1)} req/s, p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, errors ${errors}`,
    '300 req/s, p95 ≤ 100 ms, 0 errors',
    pass,
    r,
  );
}

async function peer(url, tokens) {
  let pgl;
  try {
    pgl = await startChild(
      ['--import', path.join(ROOT, 'bench/polyfill.mjs'), path.join(ROOT, 'bench/postgraphile.mjs')],
      { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: dbUrl, PORT: String(await freePort()), GRAPHILE_ENV: 'production' },
      'PostGraphile',
    );
  } catch (err) {
    record('peer: PostGraphile 5', 'could not run', err.message.slice(0, 300), 'ours ≥ peer', false);
    return;
  }
  children.push(pgl.child);
  const measure = async (target, token, body) => runLoad({ url: target, connections: 16, duration: 10, requests: [{ token, body }] });
  const cases = [
    ['nested list page of 100 (appointments with expert, institution, enterprise, county)', LIST_PAGE, PEER_LIST_PAGE, { n: 100 }],
    ['aggregate: appointments per sector and status', GROUPS, PEER_GROUPS, {}],
  ];
  for (const [name, ours, theirs, variables] of cases) {
    if (name.startsWith('aggregate') && !pgl.aggregates) {
      record('peer: PostGraphile 5', name, `aggregates plugin not available: ${pgl.aggregatesError}`, 'ours ≥ peer', false);
      continue;
    }
    try {
      await gql(url, tokens.analyst, ours, variables);
      await gql(pgl.url, null, theirs, variables);
    } catch (err) {
      record('peer: PostGraphile 5', name, `query failed: ${err.message.slice(0, 300)}`, 'ours ≥ peer', false);
      continue;
    }
    const a = await measure(url, tokens.analyst, JSON.stringify({ query: ours, variables }));
    const b = await measure(pgl.url, null, JSON.stringify({ query: theirs, variables }));
    const ratio = a.throughput / b.throughput;
    record(
      'peer: PostGraphile 5 (same database, role techvp_app, 16 connections, 10 s each)',
      name,
      `ours ${a.throughput.toFixed(0)} req/s (p95 ${a.p95} ms), PostGraphile ${b.throughput.toFixed(0)} req/s (p95 ${b.p95} ms), ratio ${ratio.toFixed(2)}`,
      'ours ≥ peer',
      ratio >= 1,
      { ours: a, postgraphile: b },
    );
  }
  await stopChild(pgl.child);
}

async function embeddedStart() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'techvp-bench-embedded-'));
  const port = await freePort();
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TECHVP_DATA_DIR: path.join(dir, 'pglite'),
    PORT: String(port),
    LOG_LEVEL: 'warn',
  };
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/start.mjs')], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(child);
  let elapsed = null;
  try {
    while (performance.now() - t0 < 180_000 && child.exitCode === null) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
        const json = await res.json();
        if (json.data?.__typename === 'Query') {
          elapsed = performance.now() - t0;
          break;
        }
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    await stopChild(child);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  record(
    'embedded start',
    'scripts/start.mjs, fresh TECHVP_DATA_DIR, no DATABASE_URL: start to first GraphQL answer (migrations + city-scale seed included)',
    elapsed === null ? 'no answer within 180 s' : `${(elapsed / 1000).toFixed(2)} s`,
  );
}

function printTable() {
  const lines = [];
  let section = '';
  for (const r of results) {
    if (r.section !== section) {
      section = r.section;
      lines.push('', `== ${section}`);
    }
    const verdict = r.pass === null ? '' : r.pass ? 'PASS' : 'FAIL';
    lines.push(`  ${verdict.padEnd(5)} ${r.name}: ${r.value}${r.target ? `   [target: ${r.target}]` : ''}`);
  }
  const targets = results.filter((r) => r.pass !== null);
  lines.push(
    '',
    `${targets.filter((r) => r.pass).length} of ${targets.length} targets PASS; ${((performance.now() - started) / 1000).toFixed(0)} s in all`,
  );
  const load = (l) => l.map((x) => x.toFixed(1)).join(' / ');
  process.stdout.write(
    `\ntechvp benchmark — scale ${SCALE}, as of ${AS_OF}, ${os.cpus().length} CPUs, Node ${process.version}, ` +
      `load average (1/5/15 min) ${load(report.loadAverageAtStart)} at start, ${load(report.loadAverageAtEnd)} at end ` +
      `(other processes on the machine count)\n${lines.join('\n')}\n`,
  );
}

try {
  await seedDatabase();
  if (runs('statements')) await statementsPerPage();
  const srv = await startChild([path.join(ROOT, 'bench/server.mjs')], await serverEnv(), 'server');
  children.push(srv.child);
  const tokens = {
    leader: await login(srv.url, 'leader'),
    county: await login(srv.url, 'county-371502'),
    analyst: await login(srv.url, 'analyst'),
  };
  const check = new pg.Client({ connectionString: dbUrl });
  await check.connect();
  const countyId = (await check.query(`select id from division where code = '371502'`)).rows[0].id;
  await check.end();
  if (runs('dashboard')) {
    log('dashboard queries…');
    await dashboardQueries(srv.url, tokens, countyId);
  }
  if (runs('load')) {
    log('constant load…');
    await constantLoad(srv.url, tokens);
  }
  if (runs('peer')) {
    log('PostGraphile peer…');
    await peer(srv.url, tokens);
  }
  // Last on the server: the import adds 50,000 ledger entries the other measurements should not see.
  if (runs('spreadsheets')) {
    log('spreadsheets…');
    await spreadsheetBench({ url: srv.url, token: await login(srv.url, 'bureau'), pid: srv.child.pid, dbUrl, asOf: AS_OF, record });
  }
  // After everything else on this server: the fuzzer's valid mutations change data.
  if (runs('fuzz')) {
    log('fuzz…');
    await fuzzBench({ url: srv.url, root: ROOT, dbUrl, record, log, login });
  }
  await stopChild(srv.child);
  if (runs('embedded')) {
    log('embedded start…');
    await embeddedStart();
  }
} catch (err) {
  record('bench', 'aborted', err.stack ?? String(err), 'completes', false);
  process.exitCode = 1;
} finally {
  await cleanup();
  fs.mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
  report.seconds = Math.round((performance.now() - started) / 1000);
  report.loadAverageAtEnd = os.loadavg();
  fs.writeFileSync(path.join(ROOT, 'bench-results', 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  printTable();
}
