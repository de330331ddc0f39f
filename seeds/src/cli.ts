/**
 * Seeds a database with reference data and synthetic Liaocheng data:
 *
 *   DATABASE_URL=postgres://… node seeds/dist/cli.js [--scale N] [--seed S] [--as-of YYYY-MM-DD] [--reset]
 *
 * Applies the migrations first. --reset empties every domain table first; without it,
 * synthetic data is only written into a database that has no enterprise yet.
 * The personal-data key comes from TECHVP_PII_KEY (base64 of 32 bytes), else from the development
 * key file `.data/pii.key` that the server uses too. Refused with NODE_ENV=production.
 */
import { createOrm, loadConfig, migrate, resolvePiiKey } from '@techvp/server';
import pg from 'pg';
import { DEFAULT_AS_OF } from './generate';
import { resetDatabase, seedIfEmpty, tableCounts } from './load';

interface Args {
  scale: number;
  seed?: number | string;
  asOf: string;
  reset: boolean;
}

const USAGE = 'usage: DATABASE_URL=postgres://… node seeds/dist/cli.js [--scale N] [--seed S] [--as-of YYYY-MM-DD] [--reset]';

function parseArgs(argv: string[]): Args {
  const args: Args = { scale: 1, asOf: DEFAULT_AS_OF, reset: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    if (flag === '--scale') {
      args.scale = Number(value());
      if (!(args.scale > 0)) throw new Error(`--scale must be a positive number\n${USAGE}`);
    } else if (flag === '--seed') {
      const v = value();
      args.seed = /^-?\d+$/.test(v) ? Number(v) : v;
    } else if (flag === '--as-of') args.asOf = value();
    else if (flag === '--reset') args.reset = true;
    else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument ${argv[i]}\n${USAGE}`);
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  const url = config.DATABASE_URL;
  if (!url) throw new Error(`DATABASE_URL is required: the database to seed, e.g. postgres://postgres@127.0.0.1:5432/techvp\n${USAGE}`);
  if (config.NODE_ENV === 'production') {
    throw new Error('NODE_ENV=production: synthetic demo data is never written into a production database');
  }
  // The same fallback as the server's (server/src/domain/pii-key.ts): `.data/pii.key`.
  const piiKey = resolvePiiKey(config, (message, file) => console.warn(`warning: ${message}: ${file}. Never do this with real data.`));
  const seed = args.seed ?? config.TECHVP_SEED;

  const started = performance.now();
  const orm = await createOrm({ url, poolMax: 1 });
  try {
    const applied = await migrate(orm);
    if (applied.length) console.log(`migrations applied: ${applied.join(', ')}`);
  } finally {
    await orm.close(true);
  }

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    if (args.reset) {
      await resetDatabase(client);
      console.log('reset: every domain table emptied');
    }
    const result = await seedIfEmpty(client, { seed, scale: args.scale, asOf: args.asOf, piiKey });
    const counts = await tableCounts(client);
    const width = Math.max(...Object.keys(counts).map((t) => t.length));
    const hint = result.synthetic === 'skipped: data present' ? ' (the database already has enterprises; --reset replaces them)' : '';
    console.log(`seed ${seed}, scale ${args.scale}, as of ${args.asOf}: synthetic data ${result.synthetic}${hint}`);
    for (const [table, n] of Object.entries(counts)) console.log(`  ${table.padEnd(width)}  ${String(n).padStart(9)}`);
    const elapsed = (performance.now() - started) / 1000;
    if (result.load) {
      const l = result.load;
      console.log(
        `rows written: ${l.rows} (generated in ${(l.generateMs / 1000).toFixed(1)} s, written in ${(l.writeMs / 1000).toFixed(1)} s: ${l.rowsPerSecond} rows/s)`,
      );
      console.log(`elapsed: ${elapsed.toFixed(1)} s in all, ${Math.round(l.rows / elapsed)} rows/s overall`);
    } else {
      console.log(`elapsed: ${elapsed.toFixed(1)} s`);
    }
  } finally {
    await client.end();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
