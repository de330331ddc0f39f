/**
 * Seeds the city-scale data once per test run, then every test file that needs it clones it:
 * on the real PostgreSQL as a template database (`create database … template …`), on the
 * embedded one as a PGlite snapshot file.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createOrm, migrate, seedDemoAccounts, startEmbeddedPostgres } from '@techvp/server';
import { seedIfEmpty } from '@techvp/seeds';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { TEST_AS_OF, TEST_PII_KEY, TEST_SCALE, TEST_SEED } from './constants';

declare module 'vitest' {
  export interface ProvidedContext {
    seededTemplate: string;
    seededSnapshot: string;
  }
}

const ADMIN_URL = process.env.TECHVP_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function seed(url: string): Promise<void> {
  const orm = await createOrm({ url, poolMax: 1 });
  await migrate(orm);
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  await seedIfEmpty(pool, { seed: TEST_SEED, scale: TEST_SCALE, asOf: TEST_AS_OF, piiKey: Buffer.from(TEST_PII_KEY, 'base64') });
  await pool.end();
  await seedDemoAccounts(orm.em.fork());
  await orm.close(true);
}

export default async function setup(project: TestProject) {
  if (process.env.TECHVP_TEST_ENGINE === 'embedded') {
    const embedded = await startEmbeddedPostgres({});
    await seed(embedded.url);
    const file = path.join(os.tmpdir(), `techvp-seeded-${process.pid}-${randomBytes(4).toString('hex')}.tar.gz`);
    fs.writeFileSync(file, Buffer.from(await (await embedded.snapshot()).arrayBuffer()));
    await embedded.stop();
    project.provide('seededSnapshot', file);
    project.provide('seededTemplate', '');
    return async () => fs.rmSync(file, { force: true });
  }
  const name = `techvp_tpl_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  try {
    await seed(url.toString());
  } catch (err) {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
    throw err;
  }
  project.provide('seededTemplate', name);
  project.provide('seededSnapshot', '');
  return async () => {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
}
