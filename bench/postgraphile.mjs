// The benchmark's peer: PostGraphile 5 on the same database, as the same database role and row
// scope as our server's city-wide viewers (techvp_app, techvp.scope = all). Started by
// scripts/bench.mjs as `node --import ./bench/polyfill.mjs bench/postgraphile.mjs`; reports
// { type: 'ready', url, aggregates } over IPC.
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const connectionString = process.env.DATABASE_URL;
const port = Number(process.env.PORT ?? 0);
let aggregates = null;
let aggregatesError = null;
try {
  aggregates = (await import('@graphile/pg-aggregates')).PgAggregatesPreset ?? null;
  if (!aggregates) aggregatesError = 'the package exports no PgAggregatesPreset';
} catch (err) {
  aggregatesError = err.message;
}

const preset = {
  extends: [PostGraphileAmberPreset, ...(aggregates ? [aggregates] : [])],
  pgServices: [makePgService({ connectionString, schemas: ['public'], poolConfig: { max: 10 } })],
  grafast: {
    explain: false,
    context: () => ({ pgSettings: { role: 'techvp_app', 'techvp.scope': 'all' } }),
  },
  grafserv: { graphiql: false, watch: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
serv.addTo(server).catch((err) => {
  console.error(err);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ type: 'ready', url: `http://127.0.0.1:${address.port}`, aggregates: !!aggregates, aggregatesError });
});
const stop = async () => {
  server.close();
  await pgl.release();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
