/**
 * Documents and the public page behind a load balancer: certificates print the configured public
 * address whatever Host a request names; the verification page's rate limit is shared by every
 * server process on the database; client addresses come from X-Forwarded-For only when the
 * operator says a proxy stands in front; production refuses to start without the public address.
 */
import http from 'node:http';
import { ConfigError, loadConfig, startPlatform, type RunningPlatform } from '@techvp/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PII_KEY } from '../support/constants';
import { ENGINE } from '../support/db';
import { startTestServer, TestServer } from '../support/server';
import { readPdf, squash } from './pdf-text';
import { awayFromMinuteBoundary } from './support';

const PUBLIC_URL = 'https://kjfz.liaocheng.example/techvp';

/** A GET with any headers (fetch will not send a Host of our choosing). */
function get(base: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${path}`, { headers: { accept: 'application/json', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Verification look-ups until the first refusal: how many were answered. */
async function answeredBeforeLimit(base: string, headers: Record<string, string> = {}, max = 80): Promise<number> {
  for (let i = 0; i < max; i++) {
    const res = await get(base, '/verify?no=X&code=Y', headers);
    if (res.status === 429) return i;
    expect(res.status).toBe(200);
  }
  return max;
}

describe(`documents and the public page behind a load balancer (${ENGINE})`, () => {
  let api: TestServer;
  let second: RunningPlatform;

  beforeAll(async () => {
    api = await startTestServer({ as: null, env: { TECHVP_PUBLIC_URL: `${PUBLIC_URL}/`, TECHVP_TRUST_PROXY: '1' } });
    // A second server process on the same database, as behind a load balancer.
    second = await startPlatform({
      config: loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: api.db.url,
        PORT: '0',
        LOG_LEVEL: 'silent',
        TECHVP_PII_KEY: TEST_PII_KEY,
        DATABASE_POOL_MAX: '2',
        TECHVP_TRUST_PROXY: '1',
      }),
    });
  });
  afterAll(async () => {
    await second?.close();
    await api?.close();
  });

  it('prints the configured public address on certificates, whatever Host the request names', async () => {
    const token = await api.login('bureau');
    const { rows } = await api.db.sql.query<{ id: number }>(
      `select id from appointment where certificate_no is not null and status = 'ACTIVE' order by id limit 1`,
    );
    const res = await new Promise<Buffer>((resolve, reject) => {
      http
        .get(
          `${api.url}/api/documents/certificate/${rows[0].id}.pdf`,
          { headers: { authorization: `Bearer ${token}`, host: 'evil.example' } },
          (r) => {
            const chunks: Buffer[] = [];
            r.on('data', (c: Buffer) => chunks.push(c));
            r.on('end', () => (r.statusCode === 200 ? resolve(Buffer.concat(chunks)) : reject(new Error(`status ${r.statusCode}`))));
          },
        )
        .on('error', reject);
    });
    const text = squash(readPdf(res).text);
    expect(text).toContain(squash(`核验网址：${PUBLIC_URL}/verify`));
    expect(text).not.toContain('evil.example');
  });

  it('counts look-ups per client across server processes, by the address the trusted proxy saw', async () => {
    const alice = { 'x-forwarded-for': '203.0.113.7' };
    await awayFromMinuteBoundary(api);
    // 20 look-ups through one server, then the other server answers only the rest of the 30.
    for (let i = 0; i < 20; i++) expect((await get(api.url, '/verify?no=X&code=Y', alice)).status).toBe(200);
    expect(await answeredBeforeLimit(second.url, alice)).toBe(10);
    expect((await get(api.url, '/verify?no=X&code=Y', alice)).status).toBe(429);
    // Another client behind the same proxy has its own count.
    expect((await get(second.url, '/verify?no=X&code=Y', { 'x-forwarded-for': '198.51.100.23' })).status).toBe(200);
    // Only the entry the trusted proxy added counts: a forged first entry does not escape the limit.
    expect((await get(api.url, '/verify?no=X&code=Y', { 'x-forwarded-for': `10.9.9.9, ${alice['x-forwarded-for']}` })).status).toBe(429);
    // Addresses are stored only as keyed hashes.
    const { rows } = await api.db.sql.query<{ client_key: string; hits: number }>('select client_key, hits from verify_throttle');
    expect(rows.map((r) => r.client_key).join()).not.toMatch(/203\.0\.113|198\.51\.100/);
    expect(Math.max(...rows.map((r) => r.hits))).toBeGreaterThan(30);
  });

  it('ignores X-Forwarded-For when no proxy is trusted', async () => {
    const direct = await startTestServer({ as: null });
    try {
      await awayFromMinuteBoundary(direct);
      let answered = 0;
      for (let i = 0; i < 40; i++) {
        // A different forged address each time: all one client to a server that trusts no proxy.
        const res = await get(direct.url, '/verify?no=X&code=Y', { 'x-forwarded-for': `192.0.2.${i}` });
        if (res.status === 200) answered++;
      }
      expect(answered).toBe(30);
    } finally {
      await direct.close();
    }
  });

  it('refuses to start in production without the public address', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db.example/techvp', TECHVP_PII_KEY: TEST_PII_KEY };
    expect(() => loadConfig(production)).toThrow(ConfigError);
    expect(() => loadConfig(production)).toThrow(/TECHVP_PUBLIC_URL: required in production/);
    expect(loadConfig({ ...production, TECHVP_PUBLIC_URL: `${PUBLIC_URL}/` }).TECHVP_PUBLIC_URL).toBe(PUBLIC_URL);
    expect(() => loadConfig({ ...production, TECHVP_PUBLIC_URL: 'ftp://x.example' })).toThrow(
      /TECHVP_PUBLIC_URL: must be an http\(s\) address/,
    );
  });
});
