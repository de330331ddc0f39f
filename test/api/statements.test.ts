import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TestServer } from '../support/server';

/** No N+1: the statements a request runs depend on its shape, not on its page size. */
describe('SQL statements per request', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(async () => api?.close());

  const NESTED = `query($first: Int) {
    appointments(first: $first) {
      totalCount
      nodes {
        id
        expert { name institution { nameZh } sector { code } }
        enterprise { name division { nameZh } sector { nameZh } }
        division { code }
        sector { code }
        ledgerEntries { serviceDate }
      }
    }
  }`;

  async function count(first: number): Promise<{ statements: number; rows: number }> {
    api.statements.length = 0;
    const res = await api.gql<{ appointments: { nodes: unknown[] } }>(NESTED, { first });
    expect(res.errors).toBeUndefined();
    return { statements: api.statements.filter((s) => s.includes('[query]')).length, rows: res.data!.appointments.nodes.length };
  }

  it('is the same for pages of 10, 100 and 500 with nested expert, enterprise, county and institution', async () => {
    const small = await count(10);
    const medium = await count(100);
    const large = await count(500);
    const { rows } = await api.db.sql.query<{ n: number }>('select count(*)::int as n from appointment');
    expect(small.rows).toBe(10);
    expect(medium.rows).toBe(100);
    expect(large.rows).toBe(Math.min(500, rows[0].n));
    expect(large.rows).toBeGreaterThan(400);
    expect(medium.statements).toBe(small.statements);
    expect(large.statements).toBe(small.statements);
    // begin, set role, set scope, list, count, expert, institution, sector, enterprise,
    // division, ledger, commit: one statement per relation type, never per row.
    expect(small.statements).toBeLessThanOrEqual(13);
  });

  it('is the same for ledger pages of 10, 100 and 500 nested up to the expert’s institution', async () => {
    const q = `query($first: Int) { ledgerEntries(first: $first) { nodes { id appointment { expert { institution { code } } enterprise { division { code } } } } } }`;
    const counts: number[] = [];
    for (const first of [10, 100, 500]) {
      api.statements.length = 0;
      const res = await api.gql<{ ledgerEntries: { nodes: unknown[] } }>(q, { first });
      expect(res.errors).toBeUndefined();
      expect(res.data!.ledgerEntries.nodes).toHaveLength(first);
      counts.push(api.statements.filter((s) => s.includes('[query]')).length);
    }
    expect(new Set(counts).size).toBe(1);
  });
});
