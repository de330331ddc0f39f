import { DEMO_PASSWORD } from '@techvp/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TestServer } from '../support/server';

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { me { username role } } }';

describe('log-in over HTTP', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ as: null });
  });
  afterAll(async () => api?.close());

  type Json = { data: Record<string, unknown> & { me?: unknown }; errors: Array<{ message: string; extensions: Record<string, unknown> }> };
  const json = async (res: Response): Promise<Json> => (await res.json()) as Json;

  async function post(body: unknown, headers: Record<string, string> = {}) {
    return fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  }

  it('sets an HttpOnly, SameSite=Strict session cookie that signs later requests in, until log-out', async () => {
    const res = await post({ query: LOGIN, variables: { u: 'bureau', p: DEMO_PASSWORD } });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^techvp_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const session = cookie.split(';')[0];
    const me = await json(await post({ query: '{ me { username role } }' }, { cookie: session }));
    expect(me.data.me).toEqual({ username: 'bureau', role: 'ST_BUREAU' });
    const out = await post({ query: 'mutation { logout }' }, { cookie: session });
    expect(out.headers.get('set-cookie')).toContain('Max-Age=0');
    const after = await json(await post({ query: '{ me { username } }' }, { cookie: session }));
    expect(after.data.me).toBeNull();
  });

  it('accepts a bearer token for scripts', async () => {
    const token = await api.login('analyst');
    const res = await api.gqlAs<{ me: { role: string } }>(token, '{ me { role } }');
    expect(res.data!.me.role).toBe('ANALYST');
  });

  it('refuses data to anonymous callers with UNAUTHENTICATED', async () => {
    const res = await api.gqlAs(null, '{ appointments(first: 1) { totalCount } }');
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers the same for a wrong password and an unknown user', async () => {
    const a = await json(await post({ query: LOGIN, variables: { u: 'finance', p: 'Wrong-Password-1' } }));
    const b = await json(await post({ query: LOGIN, variables: { u: 'nobody-here', p: 'Wrong-Password-1' } }));
    expect(a.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(b.errors[0].message).toBe(a.errors[0].message);
  });

  it('ends a session idle for more than 30 minutes', async () => {
    const token = await api.login('orgdept');
    expect((await api.gqlAs<{ me: unknown }>(token, '{ me { username } }')).data!.me).not.toBeNull();
    await api.db.sql.query(
      "update user_session set last_seen_at = now() - interval '31 minutes' where user_id = (select id from app_user where username = 'orgdept')",
    );
    expect((await api.gqlAs<{ me: unknown }>(token, '{ me { username } }')).data!.me).toBeNull();
  });

  it('counts 100 aliased log-in attempts in one request and locks the account', async () => {
    const aliases = Array.from(
      { length: 100 },
      (_, i) => `a${i}: login(username: "hrbureau", password: "Wrong-Password-${i}") { me { username } }`,
    ).join(' ');
    const res = await json(await post({ query: `mutation { ${aliases} }` }));
    expect(res.errors.length).toBe(100);
    const { rows } = await api.db.sql.query(
      "select failed_attempts, locked_until > now() as locked from app_user where username = 'hrbureau'",
    );
    expect(rows[0].failed_attempts).toBeGreaterThanOrEqual(100);
    expect(rows[0].locked).toBe(true);
    const audited = await api.db.sql.query(
      "select count(*)::int as n from audit_log where operation = 'login' and username = 'hrbureau' and result <> 'OK'",
    );
    expect(audited.rows[0].n).toBeGreaterThanOrEqual(100);
    // Even the right password is refused while locked.
    const right = await json(await post({ query: LOGIN, variables: { u: 'hrbureau', p: DEMO_PASSWORD } }));
    expect(right.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses batched requests and log-in mixed with other operations', async () => {
    const batch = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([
        { query: LOGIN, variables: { u: 'leader', p: 'x' } },
        { query: LOGIN, variables: { u: 'leader', p: 'y' } },
      ]),
    });
    expect(batch.status).toBe(400);
    const mixed = await post({ query: 'mutation { login(username: "leader", password: "x") { me { username } } unlockUser(userId: 1) }' });
    expect(mixed.status).toBe(400);
  });
});
