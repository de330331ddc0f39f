import 'reflect-metadata';
import { MikroORM, Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { ENTITIES } from './entities';
import { serializeQueries } from './serial-queries';
import { MIGRATIONS } from './migrations';

export interface OrmOptions {
  url: string;
  poolMax?: number;
  debug?: boolean;
  /** Called with every SQL statement the ORM runs (tests and the benchmark count them). */
  onQuery?: (sql: string) => void;
}

/** The one MikroORM configuration, for the real and the embedded PostgreSQL alike. */
export function ormConfig(opts: OrmOptions): Options<PostgreSqlDriver> {
  return {
    driver: PostgreSqlDriver,
    clientUrl: opts.url,
    entities: ENTITIES,
    extensions: [Migrator],
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    pool: {
      min: 0,
      max: opts.poolMax ?? 10,
      // Parallel resolvers share their request's transaction, so its one connection: queue
      // their statements in front of pg rather than letting them pile up inside it.
      afterCreate: (connection: Parameters<typeof serializeQueries>[0], done: (err: Error | null, c: unknown) => void) =>
        done(null, serializeQueries(connection)),
    },
    debug: opts.onQuery ? ['query'] : (opts.debug ?? false),
    ...(opts.onQuery ? { logger: (message: string) => opts.onQuery!(message) } : {}),
    allowGlobalContext: false,
    // Calendar dates stay `YYYY-MM-DD` strings; instants are timestamptz.
    forceUtcTimezone: true,
    migrations: {
      migrationsList: MIGRATIONS,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
      emit: 'ts',
      path: 'server/src/db/migrations',
      pathTs: 'server/src/db/migrations',
    },
  };
}

export async function createOrm(opts: OrmOptions): Promise<MikroORM<PostgreSqlDriver>> {
  return MikroORM.init(ormConfig(opts));
}

/** Applies every committed migration not yet applied; returns the names applied. */
export async function migrate(orm: MikroORM<PostgreSqlDriver>): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
