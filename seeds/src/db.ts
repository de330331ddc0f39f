import type pg from 'pg';

/** What the seed functions accept: a connected client, or a pool they borrow one client from. */
export type Db = pg.ClientBase | pg.Pool;

function isPool(db: Db): db is pg.Pool {
  // Duck-typed: the test package and the seeds may load different copies of `pg`.
  return 'totalCount' in db && 'idleCount' in db && typeof (db as pg.Pool).connect === 'function';
}

/** Runs `fn` on one connection: the client itself, or one borrowed from the pool and returned. */
export async function withClient<T>(db: Db, fn: (client: pg.ClientBase) => Promise<T>): Promise<T> {
  if (!isPool(db)) return fn(db);
  const client = await db.connect();
  try {
    return await fn(client);
  } finally {
    client.release();
  }
}

/** Runs `fn` inside BEGIN … COMMIT; any error rolls everything back and reaches the caller. */
export async function inTransaction<T>(client: pg.ClientBase, fn: () => Promise<T>): Promise<T> {
  await client.query('begin');
  try {
    const result = await fn();
    await client.query('commit');
    return result;
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  }
}
