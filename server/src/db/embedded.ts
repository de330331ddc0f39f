/**
 * Embedded PostgreSQL for a machine without one: PGlite (PostgreSQL compiled to WebAssembly)
 * behind pglite-socket, which speaks the PostgreSQL wire protocol. The server then connects
 * with the very same `pg` driver and MikroORM configuration as it would to a real server.
 */
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  /** postgres:// URL of the socket server. */
  url: string;
  /** A compressed snapshot of the whole database, loadable with `loadDataDir`. */
  snapshot(): Promise<Blob>;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Directory to keep the database in; in memory when absent. */
  dataDir?: string;
  port?: number;
  /** A snapshot made by `snapshot()` to start from (tests use it to skip seeding). */
  loadDataDir?: Blob;
}

export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedPostgres> {
  if (opts.dataDir) fs.mkdirSync(opts.dataDir, { recursive: true });
  const db = await PGlite.create({
    ...(opts.dataDir ? { dataDir: opts.dataDir } : {}),
    ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
  });
  // PGlite is a single backend. The socket server queues statements and, while one connection
  // is inside a transaction, runs only that connection's statements, so several clients (the
  // server's pool, a migration tool, psql) can share it safely.
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: opts.port ?? 0, maxConnections: 32 });
  await server.start();
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres`,
    async snapshot() {
      return (await db.dumpDataDir('gzip')) as Blob;
    },
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
