import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TestServer } from '../support/server';

describe('CSRF prevention, query limits and introspection', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ as: 'analyst' });
  });
  afterAll(async () => api?.close());

  it('refuses a cross-site form post and a simple GET that a browser would send without preflight', async () => {
    const token = await api.login('bureau');
    const form = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: `techvp_session=${token}` },
      body: JSON.stringify({ query: '{ me { username } }' }),
    });
    expect(form.status).toBe(400);
    const get = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ me { username } }')}`, {
      headers: { cookie: `techvp_session=${token}` },
    });
    expect(get.status).toBe(400);
  });

  async function rejected(query: string, limit: string) {
    api.statements.length = 0;
    const res = await api.gql(query);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit });
    expect(res.data ?? null).toBeNull();
    // Refused before any SQL on the data: only the request transaction's own statements ran.
    expect(api.statements.filter((s) => /from "(appointment|expert|ledger_entry|enterprise)"/.test(s))).toEqual([]);
  }

  it('refuses a query nested too deep', async () => {
    let inner = 'id';
    for (let i = 0; i < 7; i++) inner = `expert { appointments { ${inner} } }`;
    await rejected(`{ appointments(first: 1) { nodes { ${inner} } } }`, 'depth');
  });

  it('refuses more than 100 aliases', async () => {
    const parts = Array.from({ length: 101 }, (_, i) => `a${i}: sectors { code }`).join(' ');
    await rejected(`{ ${parts} }`, 'aliases');
  });

  it('refuses a query whose estimated cost is too high', async () => {
    await rejected('{ appointments(first: 500) { nodes { ledgerEntries { appointment { ledgerEntries { id } } } } } }', 'cost');
  });

  it('counts child lists at the size they ask for, not at an assumed 20', async () => {
    // 100 appointments x 500 ledger entries x 3 fields: 150,000 > 100,000 (at 20 it was 6,100).
    await rejected('{ appointments(first: 100) { nodes { ledgerEntries(first: 500) { id serviceDate daysOnSite } } } }', 'cost');
    await rejected(
      'query($n: Int) { appointments(first: 100) { nodes { ledgerEntries(first: $n) { id serviceDate daysOnSite } } } }',
      'cost',
    );
    // Without \`first\` a child list is a page of 50: 500 x (3 + 50 x 5) = 126,500 (at 20: 51,500).
    await rejected('{ appointments(first: 500) { nodes { id ledgerEntries { id serviceDate daysOnSite content kind } } } }', 'cost');
    const res = await api.gql('{ appointments(first: 100) { nodes { ledgerEntries(first: 5) { id serviceDate daysOnSite } } } }');
    expect(res.errors).toBeUndefined();
  });

  it('refuses too many operations in one document and too many tokens', async () => {
    const ops = Array.from({ length: 21 }, (_, i) => `query Q${i} { sectors { code } }`).join(' ');
    const res = await api.gql(ops);
    expect(res.errors?.[0].extensions?.code).toBeDefined();
    const tokens = await api.gql(`{ sectors { ${Array.from({ length: 9000 }, () => 'code').join(' ')} } }`);
    expect(tokens.errors?.[0].message).toMatch(/token/i);
  });

  it('lets the analyst guide and dashboard-sized queries through', async () => {
    const res = await api.gql(`{
      appointments(first: 500) { totalCount nodes { id expert { name institution { nameZh } } enterprise { name division { nameZh } } ledgerEntries { serviceDate daysOnSite } } }
      appointmentGroups(groupBy: [COUNTY, SECTOR]) { key { division { nameZh } sector { nameZh } } count }
    }`);
    expect(res.errors).toBeUndefined();
  });

  it('allows introspection to analysts only among these, and never to anonymous callers', async () => {
    const q = '{ __schema { queryType { name } } }';
    expect((await api.gql<{ __schema: { queryType: { name: string } } }>(q)).data!.__schema.queryType.name).toBe('Query');
    const leader = await api.login('leader');
    expect((await api.gqlAs(leader, q)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.gqlAs(null, q)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // The explorer's full schema query (deeply nested type references) is within the limits.
    const full = await api.gql<{ __schema: { types: unknown[] } }>(getIntrospectionQuery({ descriptions: true }));
    expect(full.errors).toBeUndefined();
    expect(full.data!.__schema.types.length).toBeGreaterThan(100);
    // __typename is not introspection.
    expect((await api.gqlAs<{ __typename: string }>(leader, '{ __typename }')).data!.__typename).toBe('Query');
  });
});
