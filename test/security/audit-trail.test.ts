import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TestServer } from '../support/server';

describe('audit trail of the API', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ as: 'admin' });
  });
  afterAll(async () => api?.close());

  it('records a mutation with who, what and the result, without the password', async () => {
    const res = await api.gql<{ createUser: number }>('mutation($i: CreateUserInput!) { createUser(input: $i) }', {
      i: { username: 'analyst2', displayName: '分析员二', role: 'ANALYST', password: 'Another-Strong-Pass-9' },
    });
    expect(res.errors).toBeUndefined();
    const { rows } = await api.db.sql.query(
      "select username, role, operation, result, detail::text as detail from audit_log where operation like 'graphql:%' order by id desc limit 1",
    );
    expect(rows[0]).toMatchObject({ username: 'admin', role: 'ADMIN', result: 'OK' });
    expect(rows[0].detail).not.toContain('Another-Strong-Pass-9');
  });

  it('records a refused mutation as DENIED', async () => {
    const analyst = await api.login('analyst');
    const res = await api.gqlAs(analyst, 'mutation { unlockUser(userId: 1) }');
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { rows } = await api.db.sql.query(
      "select username, result from audit_log where operation like 'graphql:%' order by id desc limit 1",
    );
    expect(rows[0]).toEqual({ username: 'analyst', result: 'DENIED' });
  });

  it('lets the Organisation Department verify the chain, and detects an edited row', async () => {
    const org = await api.login('orgdept');
    const ok = await api.gqlAs<{ verifyAuditChain: { ok: boolean; checked: number } }>(org, '{ verifyAuditChain { ok checked } }');
    expect(ok.data!.verifyAuditChain.ok).toBe(true);
    expect(ok.data!.verifyAuditChain.checked).toBeGreaterThan(5);
    await api.db.sql.query(
      `alter table audit_log disable trigger user; update audit_log set detail = '{"tampered": true}'::jsonb where id = (select min(id) + 1 from audit_log); alter table audit_log enable trigger user;`,
    );
    const broken = await api.gqlAs<{ verifyAuditChain: { ok: boolean; firstBrokenId: string } }>(
      org,
      '{ verifyAuditChain { ok firstBrokenId } }',
    );
    expect(broken.data!.verifyAuditChain.ok).toBe(false);
    expect(broken.data!.verifyAuditChain.firstBrokenId).not.toBeNull();
  });

  it('gives the application role no way to change the audit table', async () => {
    const client = await api.db.sql.connect();
    try {
      await client.query('begin; set local role techvp_app');
      await expect(client.query("update audit_log set result = 'X'")).rejects.toMatchObject({ code: '42501' });
    } finally {
      await client.query('rollback');
      client.release();
    }
  });
});
