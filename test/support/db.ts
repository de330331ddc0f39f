/**
 * One database per test file, on the engine chosen by TECHVP_TEST_ENGINE:
 *   postgres (default): a fresh database on the real server (TECHVP_TEST_PG_URL, default
 *            postgres://postgres@127.0.0.1:5432/postgres), dropped afterwards;
 *   embedded: a fresh in-memory PGlite behind the socket server, the platform's embedded path.
 * Either way the schema comes from the committed migrations.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { createOrm, migrate, startEmbeddedPostgres } from '@techvp/server';
import pg from 'pg';
import { inject } from 'vitest';

export type Engine = 'postgres' | 'embedded';

export const ENGINE: Engine = process.env.TECHVP_TEST_ENGINE === 'embedded' ? 'embedded' : 'postgres';
const ADMIN_URL = process.env.TECHVP_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  engine: Engine;
  url: string;
  /** A plain `pg` pool for independent SQL checks (never the code under test). */
  sql: pg.Pool;
  close(): Promise<void>;
}

export async function createTestDatabase(opts: { seeded?: boolean } = {}): Promise<TestDatabase> {
  if (ENGINE === 'embedded') {
    const snapshot = opts.seeded ? inject('seededSnapshot') : '';
    const embedded = await startEmbeddedPostgres(snapshot ? { loadDataDir: new Blob([fs.readFileSync(snapshot)]) } : {});
    const sql = ignoreTeardownErrors(new pg.Pool({ connectionString: embedded.url, max: 1 }));
    return {
      engine: ENGINE,
      url: embedded.url,
      sql,
      async close() {
        await sql.end();
        await embedded.stop();
      },
    };
  }
  const name = `techvp_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  const template = opts.seeded ? inject('seededTemplate') : '';
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(template ? `create database ${name} template ${template}` : `create database ${name}`);
      break;
    } catch (err) {
      // Two files cloning the template at the same instant: PostgreSQL refuses one; try again.
      if (!template || attempt >= 20 || !/being accessed by other users/.test((err as Error).message)) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const sql = ignoreTeardownErrors(new pg.Pool({ connectionString: url.toString(), max: 4 }));
  return {
    engine: ENGINE,
    url: url.toString(),
    sql,
    async close() {
      await sql.end();
      const a = new pg.Client({ connectionString: ADMIN_URL });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

/** A test database with the committed migrations applied and an ORM on it. */
export async function createMigratedDatabase(): Promise<TestDatabase & { orm: MikroORM<PostgreSqlDriver> }> {
  const db = await createTestDatabase();
  const orm = await createOrm({ url: db.url, poolMax: db.engine === 'embedded' ? 1 : 4 });
  await migrate(orm);
  return {
    ...db,
    orm,
    async close() {
      await orm.close(true);
      await db.close();
    },
  };
}

/**
 * Dropping a test database terminates whatever is still connected to it (57P01); an idle
 * pooled client then emits that as an error event. It is expected at teardown, not a failure.
 */
export function ignoreTeardownErrors(pool: pg.Pool): pg.Pool {
  pool.on('error', (err: Error & { code?: string }) => {
    if (err.code !== '57P01') console.error('test database pool error', err);
  });
  return pool;
}

/** A copy of the seeded city-scale database (seeded once per run by global-setup.ts). */
export async function createSeededDatabase(): Promise<TestDatabase> {
  return createTestDatabase({ seeded: true });
}
