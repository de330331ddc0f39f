// `pnpm start`: the platform with reference data, and the demo data on an empty database
// (skip it with TECHVP_SKIP_SEED=1). Without DATABASE_URL it runs on embedded PostgreSQL.
// With NODE_ENV=production only reference data is ever loaded: no demo data, no demo accounts,
// whatever TECHVP_SKIP_SEED says (the first administrator comes from create-admin).
import { createRequire } from 'node:module';
import pg from 'pg';

const require = createRequire(import.meta.url);
const { loadConfig, startPlatform, ConfigError, seedDemoAccounts, DemoPasswordInUseError } = require('@techvp/server');
const seeds = require('@techvp/seeds');

async function seeder({ orm, databaseUrl, config, piiKey, log }) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    if (config.NODE_ENV === 'production' || config.TECHVP_SKIP_SEED) {
      await seeds.loadReferenceData(pool);
      log.info(
        config.NODE_ENV === 'production'
          ? 'reference data loaded; production: no demo data and no demo accounts'
          : 'reference data loaded; demo data skipped (TECHVP_SKIP_SEED)',
      );
      return;
    }
    const started = Date.now();
    const result = await seeds.seedIfEmpty(pool, { seed: config.TECHVP_SEED, scale: 1, piiKey });
    log.info({ synthetic: result.synthetic, ms: Date.now() - started }, 'seed data checked');
    if (result.synthetic === 'loaded') {
      const created = await seedDemoAccounts(orm.em.fork());
      // The password is in the README; it is never written to the log.
      log.info({ accounts: created }, 'demo accounts created (demo data only; their password is in the README)');
    }
  } finally {
    await pool.end();
  }
}

try {
  const config = loadConfig();
  const platform = await startPlatform({ config, seeder });
  console.log(
    `\n  techvp 已启动 / is running: ${platform.url}\n  GraphQL: ${platform.url}/graphql   查询器 / explorer: ${platform.url}/explorer\n`,
  );
  const stop = async () => {
    await platform.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (err) {
  console.error(err instanceof ConfigError || err instanceof DemoPasswordInUseError ? err.message : err);
  process.exit(1);
}
