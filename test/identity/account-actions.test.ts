/**
 * The accounts desk's buttons come from the server: `User.nextActions` lists what the services
 * allow (account-actions.ts), the services refuse the rest, and binding picks its record through
 * `bindingCandidates` (names and one identifying detail, for the administrator only).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TestServer } from '../support/server';
import { fails, ok } from '../workflow/support';

const ACTIONS = 'query($q: String!) { users(filter: { username: { eq: $q } }) { nodes { id nextActions } } }';
const CANDIDATES =
  'query($k: BindingKind!, $s: String!, $n: Int) { bindingCandidates(kind: $k, search: $s, first: $n) { id name detail } }';

describe('account actions and binding candidates', () => {
  let api: TestServer;
  let admin: string;
  beforeAll(async () => {
    api = await startTestServer({ as: null });
    admin = await api.login('admin');
  });
  afterAll(async () => api?.close());

  const actions = async (username: string) =>
    (await ok<{ users: { nodes: Array<{ id: number; nextActions: string[] }> } }>(api, admin, ACTIONS, { q: username })).users.nodes[0];

  it('offers only what changes something and is allowed: no DISABLE or RESET_PASSWORD of oneself, BIND only for bound roles, UNLOCK after failures', async () => {
    expect((await actions('admin')).nextActions).toEqual([]);
    expect((await actions('analyst')).nextActions).toEqual(['DISABLE', 'RESET_PASSWORD']);
    expect((await actions('enterprise')).nextActions).toEqual(['DISABLE', 'RESET_PASSWORD', 'BIND']);
    await api.gqlAs(null, 'mutation { login(username: "leader", password: "wrong-password-1") { token } }');
    const leader = await actions('leader');
    expect(leader.nextActions).toEqual(['DISABLE', 'UNLOCK', 'RESET_PASSWORD']);
    await ok(api, admin, 'mutation($u: Int!) { setUserActive(userId: $u, active: false) }', { u: leader.id });
    expect((await actions('leader')).nextActions).toEqual(['ENABLE', 'UNLOCK', 'RESET_PASSWORD']);
    await ok(api, admin, 'mutation($u: Int!) { setUserActive(userId: $u, active: true) }', { u: leader.id });
  });

  it('refuses what nextActions leaves out, with the field and nothing written', async () => {
    const self = await actions('admin');
    const analyst = await actions('analyst');
    const disable = await fails(api, admin, 'FORBIDDEN', 'mutation($u: Int!) { setUserActive(userId: $u, active: false) }', { u: self.id });
    expect(disable).toMatchObject({ field: 'active', reason: 'SELF' });
    expect(disable.message).toContain('不能停用本人账号');
    const reset = await fails(api, admin, 'FORBIDDEN', 'mutation($u: Int!) { resetUserPassword(userId: $u) }', { u: self.id });
    expect(reset.message).toContain('修改密码');
    const bind = await fails(api, admin, 'BAD_USER_INPUT', 'mutation($i: BindUserInput!) { bindUser(input: $i) { id } }', {
      i: { userId: analyst.id, enterpriseId: 1 },
    });
    expect(bind.field).toBe('userId');
    const { rows } = await api.db.sql.query(
      "select active, must_change_password, enterprise_id from app_user where username in ('admin', 'analyst') order by username",
    );
    expect(rows).toEqual([
      { active: true, must_change_password: false, enterprise_id: null },
      { active: true, must_change_password: false, enterprise_id: null },
    ]);
  });

  it('finds an enterprise by credit code or name and an expert by institution, for the administrator only', async () => {
    const [e] = (await api.db.sql.query('select id, name, credit_code from enterprise order by id limit 1 offset 3')).rows;
    const byCode = await ok<{ bindingCandidates: Array<{ id: number; name: string; detail: string }> }>(api, admin, CANDIDATES, {
      k: 'ENTERPRISE',
      s: e.credit_code.slice(2, 14),
    });
    expect(byCode.bindingCandidates).toContainEqual({ id: e.id, name: e.name, detail: e.credit_code });
    const byName = await ok<{ bindingCandidates: Array<{ id: number }> }>(api, admin, CANDIDATES, { k: 'ENTERPRISE', s: e.name, n: 50 });
    expect(byName.bindingCandidates.map((c) => c.id)).toContain(e.id);
    expect(byName.bindingCandidates.length).toBeLessThanOrEqual(20);
    const [x] = (
      await api.db.sql.query(
        'select x.id, x.name, i.name_zh as institution from expert x join institution i on i.id = x.institution_id order by x.id limit 1',
      )
    ).rows;
    const experts = await ok<{ bindingCandidates: Array<{ id: number; name: string; detail: string }> }>(api, admin, CANDIDATES, {
      k: 'EXPERT',
      s: x.name,
    });
    expect(experts.bindingCandidates).toContainEqual({ id: x.id, name: x.name, detail: x.institution });
    // A wildcard is searched for literally.
    expect((await ok<{ bindingCandidates: unknown[] }>(api, admin, CANDIDATES, { k: 'ENTERPRISE', s: '%' })).bindingCandidates).toEqual([]);
    await fails(api, await api.login('analyst'), 'FORBIDDEN', CANDIDATES, { k: 'ENTERPRISE', s: e.name });
  });
});
