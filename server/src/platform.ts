/**
 * Starts the whole platform: database (embedded when no DATABASE_URL), migrations, reference
 * and demo data (through the seeder the launcher passes in), GraphQL and the dashboard.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import pg from 'pg';
import pino, { Logger } from 'pino';
import { Config } from './config';
import { EmbeddedPostgres, startEmbeddedPostgres } from './db/embedded';
import { createOrm, migrate } from './db/orm';
import { PiiCipher } from './domain/pii';
import { resolvePiiKey } from './domain/pii-key';
import { buildGraphQLSchema } from './graphql/schema';
import { serializeError } from './logging';
import { startHttp } from './http/server';
import { accountsWithDemoPassword, DemoPasswordInUseError } from './modules/identity/demo-accounts';
import { attachIdentityPolicy, identityPolicyFromConfig } from './modules/identity/identity.policy';

export interface SeederArgs {
  orm: MikroORM<PostgreSqlDriver>;
  databaseUrl: string;
  config: Config;
  piiKey: Buffer;
  log: Logger;
}

export interface PlatformOptions {
  config: Config;
  /** Loads reference data, and demo data unless TECHVP_SKIP_SEED; supplied by the launcher. */
  seeder?: (args: SeederArgs) => Promise<void>;
  log?: Logger;
  /** Observes every SQL statement of the ORM (statement-count tests, the benchmark). */
  onQuery?: (sql: string) => void;
  /** Observes the statements sent to the read replica, when DATABASE_READ_URL is set. */
  onReadQuery?: (sql: string) => void;
}

export interface RunningPlatform {
  url: string;
  databaseUrl: string;
  orm: MikroORM<PostgreSqlDriver>;
  close(): Promise<void>;
}

/** The platform's logger; `destination` (default standard output) is for tests that read the log. */
export function createLogger(config: Config, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: config.LOG_LEVEL,
    // Failed statements' text and parameter values never reach the log (logging.ts).
    serializers: { err: serializeError },
    // Personal data never reaches the log, whatever a caller passes in.
    redact: {
      // Top level and one level down: a password, TOTP secret or code never reaches the log. A
      // one-time code is named where arguments carry it (`*.code` would also hide `err.code`, the
      // SQLSTATE that logging.ts keeps on purpose).
      paths: [
        'password',
        'secret',
        'code',
        'recoveryCodes',
        '*.idNumber',
        '*.phone',
        '*.password',
        '*.secret',
        '*.totpSecret',
        '*.input.code',
        '*.args.code',
        '*.recoveryCode',
        '*.recoveryCodes',
        'req.headers.cookie',
        'req.headers.authorization',
        '*.variables.password',
        '*.variables.code',
      ],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** The personal-data key (see domain/pii-key.ts: one development fallback, shared with `pnpm seed`). */
export function resolvePlatformPiiKey(config: Config, log: Logger): Buffer {
  return resolvePiiKey(config, (message, file) => log.warn({ file }, message));
}

export async function startPlatform(opts: PlatformOptions): Promise<RunningPlatform> {
  const { config } = opts;
  const log = opts.log ?? createLogger(config);
  const started = Date.now();
  let embedded: EmbeddedPostgres | null = null;
  if (config.embedded) {
    embedded = await startEmbeddedPostgres({ dataDir: config.TECHVP_DATA_DIR, port: config.TECHVP_EMBEDDED_PORT });
    log.info({ dataDir: config.TECHVP_DATA_DIR, url: embedded.url }, 'embedded PostgreSQL (PGlite) started');
  }
  const databaseUrl = config.DATABASE_URL ?? embedded!.url;
  const orm = await createOrm({ url: databaseUrl, poolMax: embedded ? 4 : config.DATABASE_POOL_MAX, onQuery: opts.onQuery });
  // A streaming read replica for the dashboard's and analysts' reads (never migrated from here).
  const readOrm = config.DATABASE_READ_URL
    ? await createOrm({ url: config.DATABASE_READ_URL, poolMax: config.DATABASE_POOL_MAX, onQuery: opts.onReadQuery ?? opts.onQuery })
    : undefined;
  const auditPool = readOrm ? new pg.Pool({ connectionString: databaseUrl, max: 2 }) : undefined;
  try {
    const applied = await migrate(orm);
    if (applied.length) log.info({ applied }, 'migrations applied');
    const piiKey = resolvePlatformPiiKey(config, log);
    if (opts.seeder) await opts.seeder({ orm, databaseUrl, config, piiKey, log });
    if (config.NODE_ENV === 'production') {
      // Whatever the launcher or an operator did before: no account may keep the published password.
      const exposed = await accountsWithDemoPassword(orm.em.fork() as EntityManager);
      if (exposed.length) {
        log.error({ accounts: exposed }, 'accounts still have the published demo password: refusing to start');
        throw new DemoPasswordInUseError(exposed);
      }
    }
    const pii = new PiiCipher(piiKey);
    const policy = identityPolicyFromConfig(config, pii);
    attachIdentityPolicy(orm, policy);
    if (readOrm) attachIdentityPolicy(readOrm, policy);
    const schema = await buildGraphQLSchema();
    const dashboardDir = path.join(config.repoRoot, 'dashboard', 'dist');
    const http = await startHttp({
      config,
      orm,
      readOrm,
      auditPool,
      schema,
      log,
      pii,
      dashboardDir: fs.existsSync(dashboardDir) ? dashboardDir : undefined,
    });
    log.info({ url: http.url, ms: Date.now() - started }, 'techvp is listening');
    return {
      url: http.url,
      databaseUrl,
      orm,
      async close() {
        await http.close();
        await readOrm?.close(true);
        await auditPool?.end();
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (err) {
    await readOrm?.close(true);
    await auditPool?.end();
    await orm.close(true);
    await embedded?.stop();
    throw err;
  }
}
