import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  GraphQLField,
  GraphQLObjectType,
  GraphQLSchema,
  IntrospectionQuery,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';
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

  it('answers missingMaterials and materialsComplete of a whole page from one statement, row by row correct', async () => {
    const token = await api.login('bureau');
    const q = (first: number) => `{ applications(first: ${first}) { nodes { id missingMaterials materialsComplete } } }`;
    const materialStatements = () => api.statements.filter((s) => s.includes('from application_material')).length;
    type Apps = { applications: { nodes: Array<{ id: number; missingMaterials: string[]; materialsComplete: boolean }> } };
    api.statements.length = 0;
    const res = await api.gqlAs<Apps>(token, q(200));
    expect(res.errors).toBeUndefined();
    expect(materialStatements()).toBe(1);
    const nodes = res.data!.applications.nodes;
    expect(nodes).toHaveLength(200);
    const { rows } = await api.db.sql.query<{ application_id: number; kind: string }>(
      'select distinct application_id, kind from application_material where application_id = any($1)',
      [nodes.map((n) => n.id)],
    );
    const kinds = await api.gqlAs<{ __type: { enumValues: Array<{ name: string }> } }>(
      token,
      '{ __type(name: "MaterialKind") { enumValues { name } } }',
    );
    const all = kinds.data!.__type.enumValues.map((v) => v.name);
    expect(all.length).toBeGreaterThan(3);
    for (const n of nodes) {
      const present = new Set(rows.filter((r) => r.application_id === n.id).map((r) => r.kind));
      expect(n.missingMaterials, `application ${n.id}`).toEqual(all.filter((k) => !present.has(k)));
      expect(n.materialsComplete).toBe(n.missingMaterials.length === 0);
    }
    // Both kinds of application occur on the page, so the check above is not vacuous.
    expect(nodes.some((n) => n.materialsComplete)).toBe(true);
    expect(nodes.some((n) => !n.materialsComplete)).toBe(true);
  });

  describe('every field resolver of every resource', () => {
    let schema: GraphQLSchema;
    beforeAll(async () => {
      const res = await api.gql<IntrospectionQuery>(getIntrospectionQuery());
      expect(res.errors).toBeUndefined();
      schema = buildClientSchema(res.data!);
    });

    const callable = (f: GraphQLField<unknown, unknown>) => f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined);

    /** Every field of the node type; related objects and child lists with their own leaves. */
    function selection(type: GraphQLObjectType, depth: number): string {
      const parts: string[] = [];
      for (const f of Object.values(type.getFields())) {
        if (!callable(f)) continue;
        const named = getNamedType(f.type);
        if (isLeafType(named)) parts.push(f.name);
        else if (isObjectType(named)) {
          // Child lists take a small page of their own (the cost rule counts it: five keeps the
          // widest node, an appointment with every child list, under the limit at a page of
          // 100); related rows show their own leaves, enough to run their resolvers.
          const args = f.args.some((a) => a.name === 'first') ? '(first: 5)' : '';
          const inner =
            depth > 0
              ? selection(named, depth - 1)
              : Object.values(named.getFields())
                  .filter((g) => callable(g) && isLeafType(getNamedType(g.type)))
                  .map((g) => g.name)
                  .join(' ');
          parts.push(`${f.name}${args} { ${inner} }`);
        }
      }
      return parts.join(' ');
    }

    /** Root lists (`appointments`, `experts` …) and the type of their nodes. */
    function lists(): Array<[string, GraphQLObjectType]> {
      return Object.values(schema.getQueryType()!.getFields())
        .filter((f) => getNamedType(f.type).name.endsWith('Connection') && f.args.some((a) => a.name === 'first'))
        .map((f) => {
          const conn = getNamedType(f.type) as GraphQLObjectType;
          return [f.name, getNamedType(conn.getFields().nodes.type) as GraphQLObjectType];
        });
    }

    /** A statement without its values: per-row statements all have the same shape. */
    const shape = (sql: string) =>
      sql
        // eslint-disable-next-line no-control-regex
        .replace(/\u001b\[\d+m/g, '')
        .replace(/\s*\[took [^\]]*\]\s*$/, '')
        .replace(/\$\d+(\s*,\s*\$\d+)*/g, '$')
        .replace(/\b\d+\b/g, 'N')
        .trim();

    async function statementsFor(token: string, list: string, node: GraphQLObjectType, first: number) {
      api.statements.length = 0;
      const res = await api.gqlAs<Record<string, { nodes: unknown[] }>>(
        token,
        `{ ${list}(first: ${first}) { nodes { ${selection(node, 0)} } } }`,
      );
      const shapes = new Map<string, number>();
      for (const s of api.statements.filter((s) => s.includes('[query]'))) shapes.set(shape(s), (shapes.get(shape(s)) ?? 0) + 1);
      return { errors: res.errors, rows: res.data?.[list]?.nodes.length ?? 0, shapes };
    }

    it.each([
      ['bureau', 'the S&T bureau (every record, personal data in clear)'],
      ['admin', 'an administrator (accounts and audit log)'],
      ['county-371502', 'a county bureau (row scopes on every nested field)'],
      ['enterprise', 'an enterprise account (its own rows)'],
    ])('runs the same statements for pages of 20 and 100 as %s', async (username) => {
      const token = await api.login(username);
      const me = await api.gqlAs<{ me: { role: string } }>(token, '{ me { role } }');
      expect(me.errors).toBeUndefined();
      let compared = 0;
      for (const [list, node] of lists()) {
        const small = await statementsFor(token, list, node, 20);
        // Lists this role may not read are refused as a whole; nothing to compare there.
        if (small.errors?.some((e) => e.extensions?.code === 'FORBIDDEN' && e.path?.length === 1)) continue;
        expect(JSON.stringify(small.errors), `${list} as ${username}`).toBeUndefined();
        const large = await statementsFor(token, list, node, 100);
        expect(JSON.stringify(large.errors), `${list} as ${username}`).toBeUndefined();
        if (large.rows <= small.rows) continue;
        compared++;
        // Each statement of the larger page ran as often as for the smaller one. A statement
        // only the larger page needs (its rows have a kind of relation the first 20 lack) may
        // run once; a per-row statement would run once per row.
        for (const [sql, n] of large.shapes) {
          expect(n, `${list} as ${username}, ${small.rows} vs ${large.rows} rows: ${sql}`).toBe(small.shapes.get(sql) ?? 1);
        }
      }
      // The walk is not vacuous: most lists have more than 20 rows for this role.
      expect(compared).toBeGreaterThanOrEqual(username === 'bureau' ? 20 : 3);
    });
  });
});
