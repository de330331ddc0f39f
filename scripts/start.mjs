// `pnpm start`: the platform with reference data, and the demo data on an empty database
// (skip it with TECHVP_SKIP_SEED=1). Without DATABASE_URL it runs on embedded PostgreSQL.
import { createRequire } from 'node:module';
import pg from 'pg';

const require = createRequire(import.meta.url);
const { loadConfig, startPlatform, ConfigError, seedDemoAccounts, DEMO_PASSWORD } = require('@techvp/server');
const seeds = require('@techvp/seeds');

async function seeder({ orm, databaseUrl, config, piiKey, log }) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    if (config.TECHVP_SKIP_SEED) {
      await seeds.loadReferenceData(pool);
      log.info('reference data loaded; demo data skipped (TECHVP_SKIP_SEED)');
      return;
    }
    const started = Date.now();
    const result = await seeds.seedIfEmpty(pool, { seed: config.TECHVP_SEED, scale: 1, piiKey });
    log.info({ synthetic: result.synthetic, ms: Date.now() - started }, 'seed data checked');
    if (result.synthetic === 'loaded') {
      const created = await seedDemoAccounts(orm.em.fork());
      log.info({ accounts: created, password: DEMO_PASSWORD }, 'demo accounts created (demo data only; see README)');
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
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
}
