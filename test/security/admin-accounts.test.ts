import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TestServer } from '../support/server';

describe('account administration through the API', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ as: 'admin' });
  });
  afterAll(async () => api?.close());

  const CREATE = 'mutation($i: CreateUserInput!) { createUser(input: $i) }';

  it('binds enterprise and expert accounts although the administrator sees no business rows', async () => {
    const { rows } = await api.db.sql.query(
      'select (select id from enterprise order by id desc limit 1) as e, (select id from expert order by id desc limit 1) as x',
    );
    for (const [role, key, id] of [
      ['ENTERPRISE', 'enterpriseId', rows[0].e],
      ['EXPERT', 'expertId', rows[0].x],
    ] as const) {
      const res = await api.gql<{ createUser: number }>(CREATE, {
        i: { username: `${role.toLowerCase()}-2`, displayName: role, role, [key]: id, password: 'Bound-Account-Pass-7' },
      });
      expect(res.errors, role).toBeUndefined();
      const token = await api.login(`${role.toLowerCase()}-2`, 'Bound-Account-Pass-7');
      const me = await api.gqlAs<{ me: Record<string, number> }>(token, '{ me { enterpriseId expertId } }');
      expect(me.data!.me[key]).toBe(id);
    }
    // The administrator still reads none of them.
    expect((await api.gql('{ enterprises(first: 1) { totalCount } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('names the field when a binding does not exist or is missing', async () => {
    const missing = await api.gql(CREATE, {
      i: { username: 'ent-x', displayName: 'x', role: 'ENTERPRISE', enterpriseId: 99999999, password: 'Bound-Account-Pass-7' },
    });
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'enterpriseId' });
    const unbound = await api.gql(CREATE, {
      i: { username: 'county-x', displayName: 'x', role: 'COUNTY_BUREAU', password: 'Bound-Account-Pass-7' },
    });
    expect(unbound.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'divisionId' });
  });
});
