// A load generator in its own process (so it does not share the server's CPU time slice):
// reads a JSON job from argv[2], runs autocannon, prints one JSON result line on stdout.
// Job: { url, connections, duration, rate?, requests: [{ token, body }] } — rate is the overall
// constant rate in requests per second (omit it to measure the maximum throughput).
import autocannon from 'autocannon';

const job = JSON.parse(process.argv[2]);
let graphqlErrors = 0;
const times = [];
const instance = autocannon({
  url: `${job.url}/graphql`,
  method: 'POST',
  connections: job.connections,
  duration: job.duration,
  ...(job.rate ? { overallRate: job.rate } : {}),
  requests: job.requests.map((r) => ({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', ...(r.token ? { authorization: `Bearer ${r.token}` } : {}) },
    body: r.body,
    onResponse: (status, body) => {
      if (status === 200 && body.includes('"errors"')) graphqlErrors++;
    },
  })),
});
instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
const result = await new Promise((resolve, reject) => instance.on('done', resolve).on('error', reject));
times.sort((a, b) => a - b);
const pct = (p) => (times.length ? times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] : null);
process.stdout.write(
  `${JSON.stringify({
    requests: times.length,
    seconds: job.duration,
    throughput: times.length / job.duration,
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    max: times.at(-1) ?? null,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    graphqlErrors,
  })}\n`,
);
