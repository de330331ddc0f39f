import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TestServer } from '../support/server';

interface Page {
  appointments: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    nodes: Array<{ id: number; cohortYear: number }>;
  };
}

const PAGE = `query Page($first: Int, $after: String, $last: Int, $before: String, $orderBy: [AppointmentOrderBy!], $filter: AppointmentFilter) {
  appointments(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, filter: $filter) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    nodes { id cohortYear }
  }
}`;

describe('cursor pagination', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(async () => api?.close());

  async function page(variables: Record<string, unknown>): Promise<Page['appointments']> {
    const res = await api.gql<Page>(PAGE, variables);
    expect(res.errors).toBeUndefined();
    return res.data!.appointments;
  }

  it('walks forward through every appointment exactly once, in id order', async () => {
    const { rows } = await api.db.sql.query<{ id: number }>('select id from appointment order by id');
    expect(rows.length).toBeGreaterThan(100);
    const seen: number[] = [];
    let after: string | null = null;
    for (;;) {
      const p = await page({ first: 97, after });
      seen.push(...p.nodes.map((n) => n.id));
      expect(p.totalCount).toBe(rows.length);
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(seen).toEqual(rows.map((r) => r.id));
  });

  it('orders by a column with ties stably, forward and backward, breaking ties by id', async () => {
    const { rows } = await api.db.sql.query<{ id: number }>('select id from appointment order by cohort_year desc, id desc');
    const orderBy = [{ field: 'cohortYear', direction: 'DESC' }];
    const forward: number[] = [];
    let after: string | null = null;
    do {
      const p = await page({ first: 50, after, orderBy });
      forward.push(...p.nodes.map((n) => n.id));
      after = p.pageInfo.hasNextPage ? p.pageInfo.endCursor : null;
    } while (after);
    expect(forward).toEqual(rows.map((r) => r.id));

    const backward: number[] = [];
    let before: string | null = null;
    do {
      const p = await page({ last: 50, before, orderBy });
      backward.unshift(...p.nodes.map((n) => n.id));
      before = p.pageInfo.hasPreviousPage ? p.pageInfo.startCursor : null;
    } while (before);
    expect(backward).toEqual(rows.map((r) => r.id));
  });

  it('orders by several fields', async () => {
    const { rows } = await api.db.sql.query<{ id: number }>(
      'select id from appointment order by status asc, service_start desc, id desc limit 200',
    );
    const p = await page({
      first: 200,
      orderBy: [
        { field: 'status', direction: 'ASC' },
        { field: 'serviceStart', direction: 'DESC' },
      ],
    });
    expect(p.nodes.map((n) => n.id)).toEqual(rows.map((r) => r.id));
  });

  it('counts what the filter matches, across pages', async () => {
    const { rows } = await api.db.sql.query<{ n: number }>("select count(*)::int as n from appointment where status = 'ACTIVE'");
    const p = await page({ first: 1, filter: { status: { eq: 'ACTIVE' } } });
    expect(p.totalCount).toBe(rows[0].n);
  });

  it('refuses a page size over the cap with a coded error naming the argument', async () => {
    const res = await api.gql(PAGE, { first: 501 });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', max: 500 });
    expect(res.errors?.[0].message).toContain('500');
  });

  it('refuses first and last together, and negative sizes', async () => {
    expect((await api.gql(PAGE, { first: 2, last: 2 })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await api.gql(PAGE, { first: -1 })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('refuses a cursor from another list', async () => {
    const experts = await api.gql<{ experts: { pageInfo: { endCursor: string } } }>('{ experts(first: 2) { pageInfo { endCursor } } }');
    const res = await api.gql(PAGE, { first: 2, after: experts.data!.experts.pageInfo.endCursor });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(res.errors?.[0].message).toContain('Expert');
  });

  it('refuses a cursor made with another ordering', async () => {
    const p = await page({ first: 2, orderBy: [{ field: 'cohortYear', direction: 'ASC' }] });
    const res = await api.gql(PAGE, { first: 2, after: p.pageInfo.endCursor });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('refuses a malformed cursor', async () => {
    const res = await api.gql(PAGE, { first: 2, after: 'not-a-cursor' });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('refuses an unknown enum value and a wrong id type with coded errors', async () => {
    const badEnum = await api.gql('{ appointments(filter: { status: { eq: SLEEPING } }) { totalCount } }');
    expect(badEnum.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(badEnum.errors?.[0].message).toContain('SLEEPING');
    const badVar = await api.gql(PAGE, { first: 2, filter: { status: { eq: 'SLEEPING' } } });
    expect(badVar.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badId = await api.gql('{ appointment(id: "abc") { id } }');
    expect(badId.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  /** A cursor as the server writes it, with values of the caller's choosing. */
  const forge = (t: string, o: string, v: unknown[]) => Buffer.from(JSON.stringify({ t, o, v })).toString('base64url');

  it('refuses tampered cursor values of the wrong type with BAD_USER_INPUT naming the argument, before any SQL', async () => {
    const byStart = [{ field: 'serviceStart', direction: 'ASC' }];
    const tampered: Array<[string, string, unknown[], Record<string, unknown>]> = [
      // serviceStart is a date, id an integer.
      ['serviceStart:ASC,id:ASC', 'impossible date', ['2026-02-30', 5], { orderBy: byStart }],
      ['serviceStart:ASC,id:ASC', 'date with a time', ['2026-02-03T00:00:00Z', 5], { orderBy: byStart }],
      ['serviceStart:ASC,id:ASC', 'boolean for a date', [true, 5], { orderBy: byStart }],
      ['serviceStart:ASC,id:ASC', 'object for a date', [{ a: 1 }, 5], { orderBy: byStart }],
      ['serviceStart:ASC,id:ASC', 'operator for a date', [{ $gte: '1900-01-01' }, 5], { orderBy: byStart }],
      ['serviceStart:ASC,id:ASC', 'array for a date', [['2026-01-01'], 5], { orderBy: byStart }],
      ['serviceStart:ASC,id:ASC', 'null for a date', [null, 5], { orderBy: byStart }],
      ['serviceStart:ASC,id:ASC', 'operator for the id', ['2026-01-01', { $ne: null }], { orderBy: byStart }],
      ['id:ASC', 'string for the id', ['5'], {}],
      ['id:ASC', 'fraction for the id', [5.5], {}],
      ['id:ASC', 'id beyond int4', [2 ** 31], {}],
      ['id:ASC', 'boolean for the id', [true], {}],
      ['status:ASC,id:ASC', 'unknown enum value', ['SLEEPING', 5], { orderBy: [{ field: 'status', direction: 'ASC' }] }],
      ['status:ASC,id:ASC', 'number for an enum', [1, 5], { orderBy: [{ field: 'status', direction: 'ASC' }] }],
      ['cohortYear:ASC,id:ASC', 'string for an integer', ['2025', 5], { orderBy: [{ field: 'cohortYear', direction: 'ASC' }] }],
      [
        'monthlyAllowanceFen:ASC,id:ASC',
        'unsafe integer for money',
        [2 ** 60, 5],
        { orderBy: [{ field: 'monthlyAllowanceFen', direction: 'ASC' }] },
      ],
    ];
    for (const [o, what, v, extra] of tampered) {
      for (const arg of ['after', 'before'] as const) {
        api.statements.length = 0;
        const res = await api.gql(PAGE, { ...(arg === 'after' ? { first: 2 } : { last: 2 }), ...extra, [arg]: forge('Appointment', o, v) });
        expect(res.errors?.[0].extensions, `${what} in ${arg}`).toMatchObject({ code: 'BAD_USER_INPUT', field: arg });
        expect(res.errors?.[0].message).toContain(arg);
        expect(api.statements.filter((s) => s.includes('from "appointment"'))).toEqual([]);
      }
    }
  });

  it('refuses tampered instants and text in cursors of other lists', async () => {
    const stamped = `query($after: String) { applications(first: 2, after: $after, orderBy: [{ field: stageEnteredAt, direction: ASC }]) { nodes { id } } }`;
    for (const v of ['2026-02-30T00:00:00.000Z', '2026-01-01', '2026-01-01T00:00:00+08:00', { $gt: '1900-01-01T00:00:00.000Z' }, 0]) {
      const res = await api.gql(stamped, { after: forge('Application', 'stageEnteredAt:ASC,id:ASC', [v, 1]) });
      expect(res.errors?.[0].extensions, JSON.stringify(v)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
    const named = `query($after: String) { experts(first: 2, after: $after, orderBy: [{ field: name, direction: ASC }]) { nodes { id } } }`;
    for (const v of [7, false, { $ne: null }, ['a']]) {
      const res = await api.gql(named, { after: forge('Expert', 'name:ASC,id:ASC', [v, 1]) });
      expect(res.errors?.[0].extensions, JSON.stringify(v)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  it('still continues from well-formed cursors of every kind of ordering field', async () => {
    const cases: Array<[string, string]> = [
      ['applications', 'stageEnteredAt'],
      ['applications', 'monthlyAllowanceFen'],
      ['experts', 'name'],
      ['appointments', 'serviceStart'],
      ['appointments', 'status'],
      ['enterprises', 'revenueFen'],
    ];
    for (const [list, field] of cases) {
      const q = `query($after: String) { ${list}(first: 3, after: $after, orderBy: [{ field: ${field}, direction: DESC }]) { pageInfo { endCursor } nodes { id } } }`;
      const all = await api.gql<Record<string, { nodes: Array<{ id: number }> }>>(q.replace('first: 3', 'first: 6'), {});
      const first = await api.gql<Record<string, { pageInfo: { endCursor: string } }>>(q, {});
      const next = await api.gql<Record<string, { nodes: Array<{ id: number }> }>>(q, { after: first.data![list].pageInfo.endCursor });
      expect(next.errors, `${list}.${field}`).toBeUndefined();
      expect(next.data![list].nodes.map((n) => n.id)).toEqual(all.data![list].nodes.slice(3).map((n) => n.id));
    }
  });

  describe('child lists', () => {
    type Nodes = { appointments: { nodes: Array<{ id: number; ledgerEntries: Array<{ id: number }> }> } };

    /** The ledger of each appointment as PostgreSQL orders it (service date, then id). */
    async function ledgerOf(ids: number[]): Promise<Map<number, number[]>> {
      const { rows } = await api.db.sql.query<{ appointment_id: number; id: number }>(
        'select appointment_id, id from ledger_entry where appointment_id = any($1) order by service_date, id',
        [ids],
      );
      const map = new Map<number, number[]>(ids.map((id) => [id, []]));
      for (const r of rows) map.get(r.appointment_id)!.push(r.id);
      return map;
    }

    it('take `first` per parent, default 50, in the declared order', async () => {
      const { rows } = await api.db.sql.query<{ appointment_id: number }>(
        'select appointment_id from ledger_entry group by appointment_id having count(*) > 50 order by appointment_id limit 1',
      );
      expect(rows.length).toBe(1);
      const big = rows[0].appointment_id;
      const one = await api.gql<{ appointment: { ledgerEntries: Array<{ id: number }> } }>(
        `{ appointment(id: ${big}) { ledgerEntries { id } } }`,
      );
      expect(one.errors).toBeUndefined();
      expect(one.data!.appointment.ledgerEntries.map((e) => e.id)).toEqual((await ledgerOf([big])).get(big)!.slice(0, 50));

      const res = await api.gql<Nodes>('{ appointments(first: 200) { nodes { id ledgerEntries(first: 3) { id } } } }');
      expect(res.errors).toBeUndefined();
      const nodes = res.data!.appointments.nodes;
      const expected = await ledgerOf(nodes.map((n) => n.id));
      for (const n of nodes)
        expect(
          n.ledgerEntries.map((e) => e.id),
          `appointment ${n.id}`,
        ).toEqual(expected.get(n.id)!.slice(0, 3));
      expect(nodes.filter((n) => n.ledgerEntries.length === 3).length).toBeGreaterThan(100);
    });

    it('continue after a cursor of the root list under the same ordering', async () => {
      const { rows } = await api.db.sql.query<{ appointment_id: number }>(
        'select appointment_id from ledger_entry group by appointment_id having count(*) >= 8 order by appointment_id limit 1',
      );
      const id = rows[0].appointment_id;
      const root = await api.gql<{ ledgerEntries: { pageInfo: { endCursor: string } } }>(
        `query($f: LedgerEntryFilter) { ledgerEntries(first: 3, filter: $f, orderBy: [{ field: serviceDate, direction: ASC }]) { pageInfo { endCursor } } }`,
        { f: { appointment: { id: { eq: id } } } },
      );
      expect(root.errors).toBeUndefined();
      const next = await api.gql<{ appointment: { ledgerEntries: Array<{ id: number }> } }>(
        `query($after: String) { appointment(id: ${id}) { ledgerEntries(first: 4, after: $after) { id } } }`,
        { after: root.data!.ledgerEntries.pageInfo.endCursor },
      );
      expect(next.errors).toBeUndefined();
      expect(next.data!.appointment.ledgerEntries.map((e) => e.id)).toEqual((await ledgerOf([id])).get(id)!.slice(3, 7));
    });

    it('refuse sizes over the cap, negative sizes and foreign or tampered cursors, naming the argument', async () => {
      const q =
        'query($first: Int, $after: String) { appointments(first: 2) { nodes { ledgerEntries(first: $first, after: $after) { id } } } }';
      const over = await api.gql(q, { first: 501 });
      expect(over.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', max: 500 });
      expect((await api.gql(q, { first: -1 })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      const experts = await api.gql<{ experts: { pageInfo: { endCursor: string } } }>('{ experts(first: 2) { pageInfo { endCursor } } }');
      expect((await api.gql(q, { after: experts.data!.experts.pageInfo.endCursor })).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'after',
      });
      for (const v of [{ $gte: '1900-01-01' }, '2026-02-30', true]) {
        const res = await api.gql(q, { after: forge('LedgerEntry', 'serviceDate:ASC,id:ASC', [v, 1]) });
        expect(res.errors?.[0].extensions, JSON.stringify(v)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      }
    });
  });
});
