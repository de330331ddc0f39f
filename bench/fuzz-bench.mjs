// `pnpm bench`'s fuzz section: the schema-aware fuzzer (bench/fuzz.mjs) against the benchmark's
// server (production mode), one request at a time, as every demo role and anonymously;
// BENCH_FUZZ_REQUESTS (default 50,000) requests from BENCH_FUZZ_SEED. Prints the outcomes per
// role, and PASS/FAIL for the invariants (no INTERNAL_SERVER_ERROR, no 5xx, no dropped
// connection, no stack or SQL text) and for the audit chain afterwards.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { createFuzzer, runFuzz } from './fuzz.mjs';

export async function fuzzBench({ url, root, dbUrl, record, log, login }) {
  const require = createRequire(import.meta.url);
  const { DEMO_ACCOUNTS, verifyAuditChain } = require('@techvp/server');
  const graphql = createRequire(path.join(root, 'server', 'package.json'))('graphql');
  const count = Number(process.env.BENCH_FUZZ_REQUESTS ?? 50_000);
  const seed = Number(process.env.BENCH_FUZZ_SEED ?? 20261204);
  const tokens = { anonymous: null };
  for (const a of DEMO_ACCOUNTS) tokens[a.username] = await login(url, a.username);
  const fuzzer = createFuzzer({ graphql, sdl: fs.readFileSync(path.join(root, 'schema', 'schema.graphql'), 'utf8'), seed });
  const result = await runFuzz({
    url,
    tokens,
    fuzzer,
    count,
    onProgress: (sent, ms) => sent % 5000 === 0 && log(`fuzz: ${sent} of ${count} (${((sent / ms) * 1000).toFixed(0)} req/s)`),
  });
  const section = `fuzz (seed ${seed}, one request at a time, ${Object.keys(tokens).length} roles incl. anonymous)`;
  const totals = {};
  for (const [role, outcomes] of Object.entries(result.outcomes)) {
    record(
      section,
      `outcomes as ${role}`,
      Object.entries(outcomes)
        .map(([k, n]) => `${k} ${n}`)
        .join(', '),
    );
    for (const [k, n] of Object.entries(outcomes)) totals[k] = (totals[k] ?? 0) + n;
  }
  record(
    section,
    'requests',
    `${result.sent} in ${(result.ms / 1000).toFixed(1)} s (${((result.sent / result.ms) * 1000).toFixed(0)} req/s)`,
    `≥ 50000`,
    result.sent >= 50_000,
  );
  record(
    section,
    'outcomes, all roles',
    Object.entries(totals)
      .map(([k, n]) => `${k} ${n}`)
      .join(', '),
  );
  record(section, 'slowest request', result.slowest[0] ? `${result.slowest[0].ms} ms: ${result.slowest[0].request.slice(0, 160)}` : '—');
  record(
    section,
    'violations (INTERNAL_SERVER_ERROR, 5xx, dropped connection, stack or SQL text)',
    result.violations.length ? `${result.violations.length}; first: ${JSON.stringify(result.violations[0]).slice(0, 1200)}` : '0',
    '0',
    result.violations.length === 0,
    { violations: result.violations.slice(0, 50) },
  );
  const pool = new pg.Pool({ connectionString: dbUrl, max: 1 });
  try {
    const chain = await verifyAuditChain(pool);
    record(section, 'audit chain after the run', JSON.stringify(chain), 'verifies', chain.ok === true);
  } finally {
    await pool.end();
  }
}
