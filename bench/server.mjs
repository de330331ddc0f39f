// The platform under benchmark, in its own process: `node bench/server.mjs`, configured by the
// environment like scripts/start.mjs (DATABASE_URL, PORT, …) but never seeding. With
// BENCH_COUNT_STATEMENTS=1 it counts the SQL statements the ORM runs and answers
// { type: 'count' } messages with the running total (statement counting slows every query a
// little, so the timing runs start the server without it).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { loadConfig, startPlatform } = require('@techvp/server');

let statements = 0;
const counting = process.env.BENCH_COUNT_STATEMENTS === '1';
const platform = await startPlatform({
  config: loadConfig(process.env),
  ...(counting ? { onQuery: () => void statements++ } : {}),
});
process.on('message', (m) => {
  if (m?.type === 'count') process.send({ type: 'count', id: m.id, statements });
});
process.send?.({ type: 'ready', url: platform.url });
const stop = async () => {
  await platform.close();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
