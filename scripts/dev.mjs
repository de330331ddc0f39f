// `pnpm dev`: the API (as `pnpm start`, on port 4000) and Vite's dev server with a proxy to it.
import { spawn } from 'node:child_process';

const api = spawn(process.execPath, ['scripts/start.mjs'], { stdio: 'inherit', env: { PORT: '4000', ...process.env } });
const vite = spawn(process.execPath, ['node_modules/vite/bin/vite.js'], { cwd: 'dashboard', stdio: 'inherit' });
const stop = () => {
  api.kill('SIGTERM');
  vite.kill('SIGTERM');
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
api.on('exit', (code) => {
  vite.kill('SIGTERM');
  process.exitCode = code ?? 0;
});
