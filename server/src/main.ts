/**
 * Production entry without demo data: `node server/dist/main.js`. The launcher
 * `scripts/start.mjs` (what `pnpm start` runs) adds reference and demo data.
 */
import { ConfigError, loadConfig } from './config';
import { startPlatform } from './platform';

async function main(): Promise<void> {
  const config = loadConfig();
  const platform = await startPlatform({ config });
  const stop = async () => {
    await platform.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
