/**
 * "Reset password: the user sets a new one at the next sign-in", enforced by the server: a session
 * of an account whose password the administrator reset reads only who it is, changes the password
 * and signs out; the change needs the current password, meets the password policy, is audited and
 * ends the user's other sessions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../server/dist/modules/identity/password';
import { startTestServer, TestServer } from '../support/server';
import { ACCOUNT_PASSWORD, accountFor, demoBindings, fails, ok } from '../workflow/support';

const ME = 'query { me { id username mustChangePassword } }';
const CHANGE = 'mutation($c: String!, $n: String!) { changeMyPassword(currentPassword: $c, newPassword: $n) }';
const RESET = 'mutation($u: Int!) { resetUserPassword(userId: $u) }';
const NEW_PASSWORD = 'Fresh-Start-2026-Liaocheng';

describe('changing one’s own password', () => {
  let api: TestServer;
  let admin: string;

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    admin = await api.login('admin');
  });
  afterAll(async () => api?.close());

  const userRow = async (id: number) =>
    (await api.db.sql.query('select must_change_password, password_hash from app_user where id = $1', [id])).rows[0] as {
      must_change_password: boolean;
      password_hash: string;
    };

  /** An enterprise account whose password the administrator has just reset; signed in with the temporary one. */
  async function resetAccount() {
    const ids = await demoBindings(api.db.sql);
    const first = await accountFor(api, 'ENTERPRISE', { enterpriseId: ids.enterpriseId });
    const me = (await ok<{ me: { id: number; username: string } }>(api, first, ME)).me;
    const temporary = (await ok<{ resetUserPassword: string }>(api, admin, RESET, { u: me.id })).resetUserPassword;
    const token = await api.login(me.username, temporary);
    return { id: me.id, username: me.username, temporary, token };
  }

  it('after a reset the session reads only who it is, changes its password and signs out; the rest is refused with PASSWORD_CHANGE_REQUIRED', async () => {
    const { id, token } = await resetAccount();
    expect((await ok<{ me: { mustChangePassword: boolean } }>(api, token, ME)).me.mustChangePassword).toBe(true);
    for (const query of ['query { myTodo { __typename } }', 'query { divisions { id } }']) {
      const refused = await fails(api, token, 'FORBIDDEN', query);
      expect(refused.reason).toBe('PASSWORD_CHANGE_REQUIRED');
      expect(refused.message).toContain('请先修改密码');
    }
    // Enrolling a second factor with the session is refused too; so are the HTTP routes.
    const enrol = await fails(api, token, 'FORBIDDEN', 'mutation { beginTotpEnrolment(challengeToken: null) { secret } }');
    expect(enrol.reason).toBe('PASSWORD_CHANGE_REQUIRED');
    const meta = await fetch(`${api.url}/api/spreadsheets/meta`, { headers: { authorization: `Bearer ${token}` } });
    expect(meta.status).toBe(403);
    expect(JSON.stringify(await meta.json())).toContain('PASSWORD_CHANGE_REQUIRED');
    expect((await userRow(id)).must_change_password).toBe(true);
    // Signing out still works.
    expect((await ok<{ logout: boolean }>(api, token, 'mutation { logout }')).logout).toBe(true);
  });

  it('needs the current password and the password policy; then the session works and the database holds the new hash', async () => {
    const { id, username, temporary, token } = await resetAccount();
    const before = await userRow(id);
    const wrong = await fails(api, token, 'BAD_USER_INPUT', CHANGE, { c: 'Not-The-Password-1', n: NEW_PASSWORD });
    expect(wrong.field).toBe('currentPassword');
    expect(wrong.message).toContain('当前密码不正确');
    const weak = await fails(api, token, 'BAD_USER_INPUT', CHANGE, { c: temporary, n: 'short' });
    expect(weak.field).toBe('newPassword');
    const same = await fails(api, token, 'BAD_USER_INPUT', CHANGE, { c: temporary, n: temporary });
    expect(same.message).toContain('不能与当前密码相同');
    expect(await userRow(id)).toEqual(before);

    await ok(api, token, CHANGE, { c: temporary, n: NEW_PASSWORD });
    const after = await userRow(id);
    expect(after.must_change_password).toBe(false);
    expect(after.password_hash).not.toBe(before.password_hash);
    expect(await verifyPassword(after.password_hash, NEW_PASSWORD)).toBe(true);
    // The same session now works.
    await ok(api, token, 'query { myTodo { __typename } }');
    await expect(api.login(username, temporary)).rejects.toThrow();
    await api.login(username, NEW_PASSWORD);

    const { rows } = await api.db.sql.query(
      "select result, username, detail from audit_log where operation = 'changePassword' and object_ids = $1 order by id",
      [String(id)],
    );
    expect(rows.map((r) => [r.result, r.username])).toEqual([
      ['DENIED', username],
      ['OK', username],
    ]);
    expect(rows[1].detail).toMatchObject({ afterReset: true });
    expect(JSON.stringify(rows)).not.toContain(NEW_PASSWORD);
  });

  it('ends the user’s other sessions but keeps the one that changed the password', async () => {
    const ids = await demoBindings(api.db.sql);
    const here = await accountFor(api, 'EXPERT', { expertId: ids.expertId });
    const me = (await ok<{ me: { id: number; username: string } }>(api, here, ME)).me;
    const elsewhere = await api.login(me.username, ACCOUNT_PASSWORD);
    expect((await ok<{ me: { id: number } | null }>(api, elsewhere, ME)).me?.id).toBe(me.id);
    await ok(api, here, CHANGE, { c: ACCOUNT_PASSWORD, n: NEW_PASSWORD });
    expect((await api.gqlAs<{ me: unknown }>(elsewhere, ME)).data?.me).toBeNull();
    expect((await ok<{ me: { id: number } }>(api, here, ME)).me.id).toBe(me.id);
    const { rows } = await api.db.sql.query(
      "select detail from audit_log where operation = 'changePassword' and object_ids = $1 and result = 'OK'",
      [String(me.id)],
    );
    expect(rows[0].detail).toMatchObject({ afterReset: false, otherSessionsEnded: 1 });
  });
});
