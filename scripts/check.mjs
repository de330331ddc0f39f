// `pnpm check`: types, lint, formatting and the schema contract. Exits non-zero on any problem.
import { spawnSync } from 'node:child_process';

const steps = [
  ['types: server', 'npx', ['tsc', '-p', 'server/tsconfig.json', '--noEmit']],
  ['types: seeds', 'npx', ['tsc', '-p', 'seeds/tsconfig.json', '--noEmit']],
  ['types: tests', 'npx', ['tsc', '-p', 'test/tsconfig.json']],
  ['types: dashboard', 'npx', ['tsc', '-p', 'dashboard/tsconfig.json', '--noEmit']],
  ['lint', 'npx', ['eslint', '.']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['schema contract', 'node', ['scripts/schema.mjs', '--check']],
  ['permissions doc', 'node', ['scripts/permissions-doc.mjs', '--check']],
];

let failed = 0;
for (const [name, cmd, args] of steps) {
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  const ok = result.status === 0;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
if (failed) {
  console.error(`check: ${failed} step(s) failed`);
  process.exit(1);
}
console.log('check: all steps passed');
