import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLResponse, startTestServer, TestServer } from '../support/server';

/** Every filter result is compared with an independent SQL query on the same database. */
describe('list filters', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(async () => api?.close());

  const FILTER_TYPES: Record<string, string> = {
    appointments: 'AppointmentFilter',
    applications: 'ApplicationFilter',
    enterprises: 'EnterpriseFilter',
    projects: 'ProjectFilter',
    rewards: 'RewardFilter',
    ledgerEntries: 'LedgerEntryFilter',
  };

  async function ids(list: string, filter: unknown): Promise<number[]> {
    const all: number[] = [];
    let after: string | null = null;
    for (;;) {
      type Page = Record<string, { nodes: Array<{ id: number }>; pageInfo: { hasNextPage: boolean; endCursor: string } }>;
      const res: GraphQLResponse<Page> = await api.gql<Page>(
        `query($filter: ${FILTER_TYPES[list]}, $after: String) { ${list}(first: 500, after: $after, filter: $filter) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
        { filter, after },
      );
      expect(res.errors).toBeUndefined();
      const conn: Page[string] = res.data![list];
      all.push(...conn.nodes.map((n) => n.id));
      if (!conn.pageInfo.hasNextPage) return all;
      after = conn.pageInfo.endCursor;
    }
  }

  async function sqlIds(sql: string, params: unknown[] = []): Promise<number[]> {
    const { rows } = await api.db.sql.query<{ id: number }>(sql, params);
    return rows.map((r) => r.id);
  }

  const cases: Array<[string, string, unknown, string, unknown[]?]> = [
    ['enum eq', 'appointments', { status: { eq: 'ACTIVE' } }, "select id from appointment where status = 'ACTIVE' order by id"],
    ['enum ne', 'appointments', { status: { ne: 'ACTIVE' } }, "select id from appointment where status <> 'ACTIVE' order by id"],
    [
      'enum in',
      'appointments',
      { status: { in: ['REVOKED', 'COMPLETED'] } },
      "select id from appointment where status in ('REVOKED','COMPLETED') order by id",
    ],
    [
      'enum notIn',
      'appointments',
      { status: { notIn: ['ACTIVE'] } },
      "select id from appointment where status not in ('ACTIVE') order by id",
    ],
    [
      'int range',
      'appointments',
      { cohortYear: { gte: 2022, lt: 2025 } },
      'select id from appointment where cohort_year >= 2022 and cohort_year < 2025 order by id',
    ],
    [
      'int in',
      'appointments',
      { cohortYear: { in: [2021, 2026] } },
      'select id from appointment where cohort_year in (2021, 2026) order by id',
    ],
    [
      'int gt/lte',
      'appointments',
      { cohortYear: { gt: 2021, lte: 2023 } },
      'select id from appointment where cohort_year > 2021 and cohort_year <= 2023 order by id',
    ],
    [
      'money range',
      'projects',
      { financeFen: { gte: 10_000_000, lte: 40_000_000 } },
      'select id from project where finance_fen between 10000000 and 40000000 order by id',
    ],
    ['money eq', 'rewards', { amountFen: { eq: 5_000_000 } }, 'select id from reward where amount_fen = 5000000 order by id'],
    [
      'date range',
      'appointments',
      { serviceStart: { gte: '2026-01-01', lt: '2026-07-01' } },
      "select id from appointment where service_start >= '2026-01-01' and service_start < '2026-07-01' order by id",
    ],
    [
      'date eq',
      'ledgerEntries',
      { serviceDate: { eq: '2025-09-01' } },
      "select id from ledger_entry where service_date = '2025-09-01' order by id",
    ],
    [
      'null check true',
      'appointments',
      { recognisedOn: { isNull: true } },
      'select id from appointment where recognised_on is null order by id',
    ],
    [
      'null check false',
      'appointments',
      { endedOn: { isNull: false } },
      'select id from appointment where ended_on is not null order by id',
    ],
    ['text contains', 'enterprises', { name: { contains: '科技' } }, "select id from enterprise where name ilike '%科技%' order by id"],
    [
      'text startsWith',
      'enterprises',
      { creditCode: { startsWith: '91371502' } },
      "select id from enterprise where credit_code like '91371502%' order by id",
    ],
    [
      'text contains escapes wildcards',
      'enterprises',
      { name: { contains: '%' } },
      "select id from enterprise where position('%' in name) > 0 order by id",
    ],
    ['boolean', 'enterprises', { highTech: { eq: true } }, 'select id from enterprise where high_tech order by id'],
    [
      'and / or / not',
      'appointments',
      { or: [{ status: { eq: 'REVOKED' } }, { and: [{ cohortYear: { eq: 2023 } }, { not: { status: { eq: 'COMPLETED' } } }] }] },
      "select id from appointment where status = 'REVOKED' or (cohort_year = 2023 and not status = 'COMPLETED') order by id",
    ],
    [
      "relation: the expert's institution",
      'appointments',
      { expert: { institution: { code: { eq: 'liaocheng-university' } } } },
      "select a.id from appointment a join expert e on e.id = a.expert_id join institution i on i.id = e.institution_id where i.code = 'liaocheng-university' order by a.id",
    ],
    [
      "relation: the enterprise's county and sector",
      'appointments',
      { enterprise: { division: { code: { eq: '371581' } }, sector: { code: { eq: 'HIGH_END_EQUIPMENT' } } } },
      "select a.id from appointment a join enterprise n on n.id = a.enterprise_id join division d on d.id = n.division_id join sector s on s.id = n.sector_id where d.code = '371581' and s.code = 'HIGH_END_EQUIPMENT' order by a.id",
    ],
    [
      'relation: applications by call year and stage',
      'applications',
      { call: { year: { eq: 2026 } }, stage: { in: ['SUBMITTED', 'COUNTY_APPROVED'] } },
      "select p.id from application p join call c on c.id = p.call_id where c.year = 2026 and p.stage in ('SUBMITTED','COUNTY_APPROVED') order by p.id",
    ],
  ];

  it.each(cases)('%s', async (_name, list, filter, sql) => {
    const expected = await sqlIds(sql);
    expect(await ids(list, filter)).toEqual(expected);
  });

  it('the cases are not vacuous: most of them match some rows but not all', async () => {
    let nonEmpty = 0;
    for (const [, , , sql] of cases) if ((await sqlIds(sql)).length > 0) nonEmpty++;
    expect(nonEmpty).toBeGreaterThanOrEqual(cases.length - 3);
  });

  it('reads empty conditions as no condition, inside relations too (the 50,000-request fuzz found `call: { not: {} }` failing)', async () => {
    const count = async (sql: string) => (await api.db.sql.query<{ n: string }>(sql)).rows.map((r) => Number(r.n))[0];
    const all = await count('select count(*) as n from appointment');
    const active = await count("select count(*) as n from appointment where status = 'ACTIVE'");
    const cases: Array<[unknown, number]> = [
      [{ not: {} }, all],
      [{ expert: { not: {} } }, all],
      [{ expert: { not: { and: [{}, {}] } } }, all],
      [{ enterprise: { or: [{ not: {} }] } }, all],
      [{ or: [{}, { status: { eq: 'ACTIVE' } }] }, all],
      [{ and: [{}, { status: { eq: 'ACTIVE' } }] }, active],
      [{ expert: { not: {} }, status: { eq: 'ACTIVE' } }, active],
    ];
    for (const [filter, expected] of cases) expect((await ids('appointments', filter)).length, JSON.stringify(filter)).toBe(expected);
    // The fuzzer's own request, as the expert: an answer, not an internal error.
    const expert = await api.login('expert');
    const res = await api.gqlAs(
      expert,
      'query($f: PublicNoticeFilter) { publicNotices(filter: $f, first: 47, offset: 50) { totalCount } }',
      {
        f: {
          call: {
            or: [
              { id: {}, not: {}, publishedAt: {} },
              { and: [{}], closesOn: {}, not: {}, or: [] },
            ],
          },
          not: { not: { call: { not: {} } } },
        },
      },
    );
    expect(res.errors).toBeUndefined();
  });

  describe('operator injection: client values never become ORM operators', () => {
    const OPERATOR_VALUES: unknown[] = [{ $gte: '1900-01-01' }, { $ne: null }, ['ACTIVE', 'REVOKED'], { a: { b: 1 } }, [{ $ne: null }]];
    const touched = () => api.statements.filter((s) => /from "(appointment|application|enterprise|ledger_entry)"/.test(s));

    it('refuses operator-shaped and nested values in every kind of filter field, before any SQL on the data', async () => {
      const filters: Array<[string, (v: unknown) => unknown]> = [
        ['appointments', (v) => ({ status: { eq: v } })],
        ['appointments', (v) => ({ serviceStart: { gte: v } })],
        ['appointments', (v) => ({ cohortYear: { in: [v] } })],
        ['appointments', (v) => ({ monthlyAllowanceFen: { lt: v } })],
        ['appointments', (v) => ({ certificateNo: { contains: v } })],
        ['appointments', (v) => ({ expert: { name: { eq: v } } })],
        ['applications', (v) => ({ submittedAt: { gt: v } })],
        ['applications', (v) => ({ onHold: { eq: v } })],
        ['enterprises', (v) => ({ highTech: { isNull: v } })],
        ['ledgerEntries', (v) => ({ not: { serviceDate: { eq: v } } })],
      ];
      for (const [list, make] of filters) {
        for (const v of OPERATOR_VALUES) {
          // Arrays are legal for the `in` lists themselves; the nested value is the injection.
          if (Array.isArray(v) && v.every((x) => typeof x === 'string') && JSON.stringify(make(v)).includes('"in":')) continue;
          api.statements.length = 0;
          const res = await api.gql(`query($filter: ${FILTER_TYPES[list]}) { ${list}(first: 5, filter: $filter) { totalCount } }`, {
            filter: make(v),
          });
          expect(res.errors?.[0].extensions?.code, `${list} ${JSON.stringify(make(v))}`).toBe('BAD_USER_INPUT');
          expect(res.data ?? null).toBeNull();
          expect(touched()).toEqual([]);
        }
      }
    });

    it('refuses ORM operators used as filter keys, in lists and in aggregates', async () => {
      const keyed: unknown[] = [
        { $or: [{ id: { eq: 1 } }] },
        { status: { $ne: null } },
        { $and: [] },
        { expert: { $ne: null } },
        { cohortYear: { gte: 2020, $lte: 2030 } },
        { and: { status: { eq: 'ACTIVE' } }, or: 'x' },
      ];
      for (const filter of keyed) {
        api.statements.length = 0;
        const list = await api.gql('query($f: AppointmentFilter) { appointments(first: 5, filter: $f) { totalCount } }', { f: filter });
        expect(list.errors?.[0].extensions?.code, JSON.stringify(filter)).toBe('BAD_USER_INPUT');
        const groups = await api.gql('query($f: AppointmentFilter) { appointmentGroups(filter: $f, groupBy: [STATUS]) { count } }', {
          f: filter,
        });
        expect(groups.errors?.[0].extensions?.code, JSON.stringify(filter)).toBe('BAD_USER_INPUT');
        expect(touched()).toEqual([]);
      }
    });

    it('refuses impossible calendar dates in date filters', async () => {
      const res = await api.gql('query($f: AppointmentFilter) { appointments(first: 5, filter: $f) { totalCount } }', {
        f: { serviceStart: { gte: '2026-02-30' } },
      });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('refuses operator-shaped JSON filters of spreadsheet exports with 400, writing no file', async () => {
      const token = await api.login('bureau');
      const attempts = [
        { status: { $ne: null } },
        { $or: [{ status: { eq: 'ACTIVE' } }] },
        { status: { eq: { $ne: null } } },
        { serviceStart: { gte: { $gte: '1900-01-01' } } },
        { expert: { name: { in: [{ $ne: null }] } } },
        [{ status: { eq: 'ACTIVE' } }],
      ];
      for (const filter of attempts) {
        const res = await fetch(
          `${api.url}/api/spreadsheets/export/appointments.csv?filter=${encodeURIComponent(JSON.stringify(filter))}`,
          {
            headers: { authorization: `Bearer ${token}` },
          },
        );
        expect(res.status, JSON.stringify(filter)).toBe(400);
        const body = (await res.json()) as { errors: Array<{ extensions: { code: string; field: string } }> };
        expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter' });
      }
    });
  });
});
