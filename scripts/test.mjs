// `pnpm test`: the whole suite against both databases (the real PostgreSQL and the embedded
// one), then the browser tests; prints one plain line `N passed, N failed` and exits non-zero
// on any failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

const root = path.resolve(import.meta.dirname, '..');
const resultsDir = path.join(root, 'test-results');
fs.mkdirSync(resultsDir, { recursive: true });
const pgUrl = process.env.TECHVP_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const only = process.argv.slice(2);

async function postgresReachable() {
  const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

const runs = [];
if (await postgresReachable()) {
  runs.push({ name: 'postgres', env: { TECHVP_TEST_ENGINE: 'postgres', TECHVP_TEST_PG_URL: pgUrl } });
} else if (process.env.CI) {
  console.error(`real PostgreSQL not reachable at ${pgUrl}: CI must test it`);
  process.exit(1);
} else {
  console.warn(`\n!! real PostgreSQL not reachable at ${pgUrl}: testing the embedded database only.\n`);
}
runs.push({ name: 'embedded', env: { TECHVP_TEST_ENGINE: 'embedded' } });
if (fs.existsSync(path.join(root, 'test', 'browser'))) runs.push({ name: 'browser', env: {}, config: 'vitest.browser.config.mts' });

let passed = 0;
let failed = 0;
let skipped = 0;
for (const run of runs) {
  const report = path.join(resultsDir, `vitest-${run.name}.json`);
  fs.rmSync(report, { force: true });
  console.log(`\n=== tests on ${run.name} ===`);
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  if (run.config) args.push('--config', run.config);
  args.push(...only);
  const result = spawnSync('npx', args, { cwd: path.join(root, 'test'), stdio: 'inherit', env: { ...process.env, ...run.env } });
  if (!fs.existsSync(report)) {
    console.error(`no report from the ${run.name} run (exit ${result.status})`);
    failed++;
    continue;
  }
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  // A run that failed outside any test (a file that did not load, a crashed worker) counts once.
  if (result.status !== 0 && json.numFailedTests === 0) failed++;
  skipped += json.numPendingTests + json.numTodoTests;
  console.log(`${run.name}: ${json.numPassedTests} passed, ${json.numFailedTests} failed`);
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
