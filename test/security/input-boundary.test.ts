/**
 * The input boundary: oversized GraphQL bodies get a 413 answer (not a dropped connection),
 * NUL characters and lone surrogates in any text argument are refused with BAD_USER_INPUT
 * naming the argument, failed statements' values never reach the log, and money errors say
 * what is wrong and with which field (Art. 20).
 */
import http from 'node:http';
import { Writable } from 'node:stream';
import { createLogger, createOrm, type Config } from '@techvp/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/server';
import { demoBindings } from '../workflow/support';

const PROPOSE = 'mutation($input: ProposeProjectInput!) { proposeProject(input: $input) { id title } }';
const YUAN = 100;

/** A stream that keeps every log line. */
function memoryLog(): { stream: Writable; text: () => string } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => lines.join('') };
}

/** POSTs raw bytes to /graphql with node:http, so a dropped connection shows as an error, not a retry. */
function postRaw(
  url: string,
  body: Buffer,
  token: string,
): Promise<{ status: number; json: GraphQLResponse; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(body.length), authorization: `Bearer ${token}` },
    });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) as GraphQLResponse, headers: res.headers }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the input boundary', () => {
  const log = memoryLog();
  let api: TestServer;
  let bureau: string;
  let enterprise: string;
  let appointmentId: number;

  beforeAll(async () => {
    api = await startTestServer({ as: null, logTo: log.stream });
    bureau = await api.login('bureau');
    enterprise = await api.login('enterprise');
    const ids = await demoBindings(api.db.sql);
    const { rows } = await api.db.sql.query(
      "select id from appointment where enterprise_id = $1 and status = 'ACTIVE' order by id limit 1",
      [ids.enterpriseId],
    );
    appointmentId = rows[0].id;
  });
  afterAll(async () => api?.close());

  const projects = async () => Number((await api.db.sql.query('select count(*)::int as n from project')).rows[0].n);

  it('answers a GraphQL body over 1 MiB with 413 and the usual JSON error, and keeps serving', async () => {
    const query = `{ __typename } # ${'x'.repeat(1024 * 1024)}`;
    const res = await postRaw(api.url, Buffer.from(JSON.stringify({ query })), bureau);
    expect(res.status).toBe(413);
    expect(res.json.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^请求体超过 1 MB \/ The request body exceeds 1 MB/),
      extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes: 1024 * 1024 },
    });
    // Just under the limit is still a request.
    const fits = await postRaw(api.url, Buffer.from(JSON.stringify({ query: `{ __typename } # ${'x'.repeat(1000 * 1000)}` })), bureau);
    expect(fits.status).toBe(200);
    expect(fits.json.data).toEqual({ __typename: 'Query' });
  });

  it('keeps idle connections open past a load balancer’s 60 s idle timeout, so a reused connection is not reset', async () => {
    // A server that closes idle connections sooner than its clients and balancers do races them:
    // the next request sent on a connection being closed fails with ECONNRESET.
    const keepAlive = await new Promise<string>((resolve, reject) => {
      http
        .get(`${api.url}/healthz`, { agent: new http.Agent({ keepAlive: true }) }, (res) => {
          res.resume();
          resolve(String(res.headers['keep-alive'] ?? ''));
        })
        .on('error', reject);
    });
    expect(Number(/timeout=(\d+)/.exec(keepAlive)?.[1])).toBeGreaterThan(60);
  });

  it('refuses NUL and lone surrogates in any text argument with BAD_USER_INPUT naming it, storing nothing', async () => {
    const before = await projects();
    const input = (title: string) => ({
      appointmentId,
      title,
      enterpriseFen: 600_000 * YUAN,
      universityFen: 0,
      financeFen: 100_000 * YUAN,
    });
    for (const [what, title] of [
      ['NUL', '轴承\u0000磨削'],
      ['a lone high surrogate', '轴承\ud800磨削'],
      ['a lone low surrogate', '\udc00轴承'],
    ]) {
      const res = await api.gqlAs(enterprise, PROPOSE, { input: input(title) });
      expect(res.errors?.[0]?.extensions, what).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
      expect(res.errors?.[0]?.message, what).toMatch(
        /^input\.title 含有空字符（NUL）或不成对的代理字符.* \/ input\.title contains a NUL character or a lone surrogate/,
      );
    }
    // A valid pair (an emoji) is text and goes through.
    const emoji = await api.gqlAs<{ proposeProject: { title: string } }>(enterprise, PROPOSE, { input: input('轴承磨削 🚀') });
    expect(emoji.errors).toBeUndefined();
    expect(emoji.data?.proposeProject.title).toBe('轴承磨削 🚀');
    expect(await projects()).toBe(before + 1);

    // Written into the query, nested in a list, and in a read's filter.
    const literal = await api.gqlAs(
      enterprise,
      `mutation { proposeProject(input: { appointmentId: ${appointmentId}, title: "a\\u0000b", enterpriseFen: 60000000, universityFen: 0, financeFen: 0 }) { id } }`,
    );
    expect(literal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
    const nested = await api.gqlAs(bureau, 'query($f: ExpertFilter) { experts(filter: $f, first: 1) { totalCount } }', {
      f: { name: { in: ['张三', 'x\u0000'] } },
    });
    expect(nested.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.name.in.1' });
    const login = await api.gqlAs(null, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
      u: 'bureau\u0000',
      p: 'x',
    });
    expect(login.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
    expect(await projects()).toBe(before + 1);
    expect(log.text()).not.toMatch(/INTERNAL|unexpected error/);
  });

  it('never logs the text or parameter values of a failed statement', async () => {
    // A real failed INSERT on this engine, logged through the platform's logger.
    const orm = await createOrm({ url: api.db.url, poolMax: 1 });
    const secret = '370102199001011234-secret-value';
    let failure: unknown;
    try {
      await orm.em.fork().execute('insert into division (code, name_zh, sort_order) values (?, ?, ?)', [secret, `${secret}\u0000`, 1]);
    } catch (err) {
      failure = err;
    } finally {
      await orm.close(true);
    }
    expect(failure).toBeInstanceOf(Error);
    expect(String((failure as Error).message)).toContain(secret); // the driver's error does carry it
    const out = memoryLog();
    createLogger({ LOG_LEVEL: 'info' } as Config, out.stream).error({ err: failure }, 'request failed');
    const line = JSON.parse(out.text()) as { err: { message: string; code: string; stack: string } };
    expect(line.err.code).toMatch(/^[0-9A-Z]{5}$/);
    expect(line.err.stack).toMatch(/\bat /);
    expect(out.text()).not.toContain(secret);
    expect(out.text()).not.toMatch(/insert into/i);
    expect(log.text()).not.toContain(secret);
  });

  it('says that money is integer fen when it is sent as a string or a decimal', async () => {
    for (const enterpriseFen of ['60000000', 600000.5]) {
      const res = await api.gqlAs(enterprise, PROPOSE, {
        input: { appointmentId, title: '金额格式', enterpriseFen, universityFen: 0, financeFen: 0 },
      });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toContain('input.enterpriseFen');
      expect(res.errors?.[0]?.message).toMatch(/金额须为以分为单位的整数.* \/ .*Money is an integer number of fen/);
      expect(res.errors?.[0]?.message).not.toMatch(/SafeInt/);
    }
    const literal = await api.gqlAs(
      enterprise,
      `mutation { proposeProject(input: { appointmentId: ${appointmentId}, title: "x", enterpriseFen: "100", universityFen: 0, financeFen: 0 }) { id } }`,
    );
    expect(literal.errors?.[0]?.message).toMatch(/Money is an integer number of fen/);
  });

  it('names the support fields, not enterpriseFen, when university + finance exceed 1,000,000 yuan (Art. 20)', async () => {
    const before = await projects();
    const refuse = async (universityFen: number, financeFen: number) => {
      const res = await api.gqlAs(enterprise, PROPOSE, {
        input: { appointmentId, title: '超过上限', enterpriseFen: 5_000_000 * YUAN, universityFen, financeFen },
      });
      expect(res.errors?.[0]?.extensions?.code).toBe('RULE_VIOLATION');
      return res.errors![0].extensions!;
    };
    expect(await refuse(600_000 * YUAN, 500_000 * YUAN)).toMatchObject({
      field: 'universityFen',
      fields: ['universityFen', 'financeFen'],
      article: '第二十条',
    });
    expect(await refuse(0, 1_000_001 * YUAN)).toMatchObject({ field: 'financeFen', fields: ['financeFen'] });
    // The enterprise share rule still names enterpriseFen.
    const share = await api.gqlAs(enterprise, PROPOSE, {
      input: { appointmentId, title: '企业不足', enterpriseFen: 100 * YUAN, universityFen: 0, financeFen: 200 * YUAN },
    });
    expect(share.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', field: 'enterpriseFen', fields: ['enterpriseFen'] });
    expect(await projects()).toBe(before);
  });
});
