/**
 * With DATABASE_READ_URL, GraphQL queries read from the replica and everything that writes
 * (mutations, audit records of clear personal-data reads) goes to the primary. The "replica"
 * here is the same database opened read-only, so a write sent to it would fail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE } from '../support/db';
import { startTestServer, TestServer } from '../support/server';

// On PostgreSQL the replica is the same database opened read-only; on PGlite, a seeded copy.
const READ_ONLY = ENGINE === 'postgres' ? '$DATABASE?options=-c%20default_transaction_read_only%3Don' : 'copy';

describe('read replica for analytics', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ as: 'bureau', readReplica: READ_ONLY });
  });
  afterAll(async () => api?.close());

  const queries = (list: string[]) => list.filter((s) => s.includes('[query]') && /select/i.test(s));

  it('serves queries from the replica', async () => {
    api.statements.length = 0;
    api.readStatements.length = 0;
    const res = await api.gql<{ appointmentGroups: unknown[] }>(
      '{ appointmentGroups(groupBy: [COUNTY]) { count } appointments(first: 5) { nodes { id } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(queries(api.readStatements).some((s) => s.includes('"appointment"'))).toBe(true);
    expect(queries(api.statements).filter((s) => s.includes('"appointment"'))).toEqual([]);
  });

  it('writes the audit record of a clear read to the primary', async () => {
    const before = await api.db.sql.query("select count(*)::int as n from audit_log where operation = 'read-personal-data'");
    const res = await api.gql<{ experts: { nodes: Array<{ idNumber: string }> } }>('{ experts(first: 3) { nodes { idNumber } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data!.experts.nodes[0].idNumber).not.toContain('*');
    const after = await api.db.sql.query("select count(*)::int as n from audit_log where operation = 'read-personal-data'");
    expect(after.rows[0].n).toBe(before.rows[0].n + 1);
  });

  it('sends mutations to the primary', async () => {
    const admin = await api.login('admin');
    api.readStatements.length = 0;
    const res = await api.gqlAs(admin, 'mutation { setUserActive(userId: 1, active: true) }');
    expect(res.errors).toBeUndefined();
    expect(queries(api.readStatements)).toEqual([]);
  });
});
