/**
 * Two-factor sign-in over HTTP on a production server: the privileged roles enrol before they
 * get any session, then sign in with password and code; the others sign in with the password.
 */
import { totpCode } from '@techvp/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRODUCTION_TEST_PASSWORD, startTestServer, TestServer } from '../support/server';

type Json = {
  data: Record<string, Record<string, unknown> | null>;
  errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
};

const LOGIN = `mutation($u: String!, $p: String!) {
  login(username: $u, password: $p) { status challengeToken challengeExpiresAt message me { username } }
}`;

describe('two-factor sign-in over HTTP (production)', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ as: null, production: true });
  });
  afterAll(async () => api?.close());

  async function post(query: string, variables: Record<string, unknown> = {}, token?: string) {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { res, body: (await res.json()) as Json };
  }

  /** Enrols `username` through its first production log-in; returns the secret and its token. */
  async function enrolAtLogin(username: string) {
    const { res, body } = await post(LOGIN, { u: username, p: PRODUCTION_TEST_PASSWORD });
    expect(body.errors).toBeUndefined();
    expect(body.data.login).toMatchObject({
      status: 'ENROLMENT_REQUIRED',
      me: null,
      message: expect.stringMatching(/两步验证.*\/ .*second factor/),
    });
    expect(res.headers.get('set-cookie')).toBeNull();
    const challengeToken = body.data.login!.challengeToken as string;
    // Not a session: it reads nothing, and says why nothing.
    const denied = await post('{ appointments(first: 1) { totalCount } }', {}, challengeToken);
    expect(denied.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');

    const offer = await post('mutation($c: String) { beginTotpEnrolment(challengeToken: $c) { secret otpauthUri qrCodeDataUrl } }', {
      c: challengeToken,
    });
    expect(offer.body.errors).toBeUndefined();
    const secret = offer.body.data.beginTotpEnrolment!.secret as string;
    expect(offer.body.data.beginTotpEnrolment!.qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    const done = await post(
      `mutation($code: String!, $c: String) {
        confirmTotpEnrolment(code: $code, challengeToken: $c, issueToken: true) {
          recoveryCodes login { status token me { username secondFactorEnabled secondFactorRequired } }
        }
      }`,
      { code: totpCode(secret, new Date()), c: challengeToken },
    );
    expect(done.body.errors).toBeUndefined();
    expect(done.res.headers.get('set-cookie')).toMatch(/^techvp_session=/);
    const result = done.body.data.confirmTotpEnrolment as {
      recoveryCodes: string[];
      login: { status: string; token: string; me: unknown };
    };
    expect(result.recoveryCodes).toHaveLength(10);
    expect(result.login).toMatchObject({ status: 'SIGNED_IN', me: { username, secondFactorEnabled: true, secondFactorRequired: true } });
    return { secret, token: result.login.token };
  }

  it('makes a privileged role enrol at its first log-in, then asks for the code every time, counting wrong ones', async () => {
    const { secret, token } = await enrolAtLogin('bureau');
    const data = await post('{ appointments(first: 1) { totalCount } }', {}, token);
    expect(data.body.errors).toBeUndefined();

    const again = await post(LOGIN, { u: 'bureau', p: PRODUCTION_TEST_PASSWORD });
    expect(again.body.data.login).toMatchObject({ status: 'SECOND_FACTOR_REQUIRED', me: null });
    const challengeToken = again.body.data.login!.challengeToken as string;
    const VERIFY =
      'mutation($c: String!, $code: String!) { verifySecondFactor(challengeToken: $c, code: $code) { status me { username } } }';
    const wrong = await post(VERIFY, { c: challengeToken, code: totpCode(secret, new Date(Date.now() + 3_600_000)) });
    expect(wrong.body.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED', reason: 'WRONG_SECOND_FACTOR' } });
    // Counted and committed, although the request answered with an error.
    const { rows } = await api.db.sql.query("select failed_attempts from app_user where username = 'bureau'");
    expect(rows[0].failed_attempts).toBe(1);
    // The next step's code (the enrolment used this step's).
    const ok = await post(VERIFY, { c: challengeToken, code: totpCode(secret, new Date(Date.now() + 30_000)) });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data.verifySecondFactor).toEqual({ status: 'SIGNED_IN', me: { username: 'bureau' } });
    expect(ok.res.headers.get('set-cookie')).toMatch(/^techvp_session=/);
  });

  it('lets the administrator, enrolled, reset another account’s second factor', async () => {
    const { token } = await enrolAtLogin('admin');
    const { rows } = await api.db.sql.query("select id from app_user where username = 'orgdept'");
    await enrolAtLogin('orgdept');
    const reset = await post('mutation($id: Int!) { resetUserSecondFactor(userId: $id) }', { id: rows[0].id }, token);
    expect(reset.body.errors).toBeUndefined();
    expect(reset.body.data.resetUserSecondFactor).toBe(true);
    const after = await post(LOGIN, { u: 'orgdept', p: PRODUCTION_TEST_PASSWORD });
    expect(after.body.data.login!.status).toBe('ENROLMENT_REQUIRED');
  });

  it('signs the other roles in with the password alone', async () => {
    const { body } = await post(LOGIN, { u: 'analyst', p: PRODUCTION_TEST_PASSWORD });
    expect(body.data.login).toMatchObject({ status: 'SIGNED_IN', challengeToken: null, me: { username: 'analyst' } });
  });
});
