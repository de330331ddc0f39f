/**
 * A county user asks many generated queries — random lists, fields, aliases, fragments,
 * nested relations, filters naming other counties, aggregates — and every row that comes
 * back must belong to the user's county, and every row of the county that the filter asks
 * for must come back (compared with SQL restricted to that county). The same runs again with
 * the application's own scoping switched off, so only PostgreSQL's row-level security is left.
 */
import { setApplicationScopingForTests } from '@techvp/server';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TestServer } from '../support/server';

const RUNS = Number(process.env.TECHVP_PROPERTY_RUNS ?? 100);

interface ListCase {
  list: string;
  filterType: string;
  /** SQL yielding (id, division code) of each row, with $1 = the filter's division code or null. */
  sql: string;
  /** GraphQL filter naming a division code. */
  filter: (code: string) => Record<string, unknown>;
  fields: string[];
}

const DIVISION_OF: Record<string, string> = {
  appointments: 'select a.id, d.code from appointment a join division d on d.id = a.division_id',
  applications: 'select a.id, d.code from application a join division d on d.id = a.division_id',
  enterprises: 'select e.id, d.code from enterprise e join division d on d.id = e.division_id',
  ledgerEntries: 'select l.id, d.code from ledger_entry l join division d on d.id = l.division_id',
  evaluations: 'select v.id, d.code from evaluation v join division d on d.id = v.division_id',
  projects: 'select p.id, d.code from project p join division d on d.id = p.division_id',
  disbursements: 'select b.id, d.code from disbursement b join division d on d.id = b.division_id',
  reviewDecisions:
    'select r.id, d.code from review_decision r join application a on a.id = r.application_id join division d on d.id = a.division_id',
  achievements:
    'select x.id, d.code from achievement x join appointment a on a.id = x.appointment_id join division d on d.id = a.division_id',
};

const CASES: ListCase[] = [
  {
    list: 'appointments',
    filterType: 'AppointmentFilter',
    sql: DIVISION_OF.appointments,
    filter: (c) => ({ division: { code: { eq: c } } }),
    fields: ['cohortYear', 'status', 'serviceStart', 'monthlyAllowanceFen'],
  },
  {
    list: 'applications',
    filterType: 'ApplicationFilter',
    sql: DIVISION_OF.applications,
    filter: (c) => ({ enterprise: { division: { code: { eq: c } } } }),
    fields: ['stage', 'techNeeds', 'onHold'],
  },
  {
    list: 'enterprises',
    filterType: 'EnterpriseFilter',
    sql: DIVISION_OF.enterprises,
    filter: (c) => ({ division: { code: { eq: c } } }),
    fields: ['name', 'creditCode', 'highTech'],
  },
  {
    list: 'ledgerEntries',
    filterType: 'LedgerEntryFilter',
    sql: DIVISION_OF.ledgerEntries,
    filter: (c) => ({ appointment: { division: { code: { eq: c } } } }),
    fields: ['serviceDate', 'kind', 'daysOnSite'],
  },
  {
    list: 'evaluations',
    filterType: 'EvaluationFilter',
    sql: DIVISION_OF.evaluations,
    filter: (c) => ({ division: { code: { eq: c } } }),
    fields: ['grade', 'gradedOn'],
  },
  {
    list: 'projects',
    filterType: 'ProjectFilter',
    sql: DIVISION_OF.projects,
    filter: (c) => ({ division: { code: { eq: c } } }),
    fields: ['code', 'status', 'financeFen'],
  },
  {
    list: 'disbursements',
    filterType: 'DisbursementFilter',
    sql: DIVISION_OF.disbursements,
    filter: (c) => ({ project: { division: { code: { eq: c } } } }),
    fields: ['funder', 'amountFen'],
  },
  {
    list: 'reviewDecisions',
    filterType: 'ReviewDecisionFilter',
    sql: DIVISION_OF.reviewDecisions,
    filter: (c) => ({ application: { division: { code: { eq: c } } } }),
    fields: ['step', 'decision'],
  },
  {
    list: 'achievements',
    filterType: 'AchievementFilter',
    sql: DIVISION_OF.achievements,
    filter: (c) => ({ appointment: { division: { code: { eq: c } } } }),
    fields: ['kind', 'title'],
  },
];

/** Nested selections that reach rows of other tables, each carrying its division code. */
const NESTED: Record<string, string[]> = {
  appointments: [
    'division { code }',
    'enterprise { division { code } }',
    'ledgerEntries { division { code } }',
    'application { division { code } }',
  ],
  applications: ['division { code }', 'enterprise { division { code } }'],
  enterprises: ['division { code }', 'appointments { division { code } }'],
  ledgerEntries: ['division { code }', 'appointment { division { code } }'],
  evaluations: ['division { code }', 'appointment { division { code } }'],
  projects: ['division { code }', 'disbursements { division { code } }'],
  disbursements: ['division { code }', 'project { division { code } }'],
  reviewDecisions: ['application { division { code } }'],
  achievements: ['appointment { division { code } }'],
};

const HOME = '371502';
const CODES = ['371502', '371503', '371521', '371522', '371524', '371525', '371526', '371581', 'LC-ETDZ', 'LC-HTZ', 'LC-JBSC'];

function collectCodes(value: unknown, out: string[]): void {
  if (Array.isArray(value)) value.forEach((v) => collectCodes(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'code' && typeof v === 'string' && /^(37\d{4}|LC-)/.test(v)) out.push(v);
      else collectCodes(v, out);
    }
  }
}

describe.each([
  ['with the application scoping and RLS', true],
  ['with RLS alone (application scoping switched off)', false],
])('county isolation %s', (_name, appScoping) => {
  let api: TestServer;
  let tried = 0;
  let leaks = 0;
  beforeAll(async () => {
    api = await startTestServer({ as: `county-${HOME}` });
    setApplicationScopingForTests(appScoping);
  });
  afterAll(async () => {
    setApplicationScopingForTests(true);
    console.log(`county isolation (${appScoping ? 'app + RLS' : 'RLS alone'}): ${tried} generated queries, ${leaks} leaks`);
    await api?.close();
  });

  it('returns exactly the county’s rows for generated list queries, nested fields included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...CASES),
        fc.constantFrom(...CODES, null),
        fc.subarray([0, 1, 2, 3], { minLength: 1 }),
        fc.subarray([0, 1, 2, 3], { minLength: 0 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 3 }),
        async (c, code, fieldPicks, nestedPicks, useFragment, aliases) => {
          tried++;
          const fields = ['id', ...fieldPicks.map((i) => c.fields[i % c.fields.length])];
          const nested = nestedPicks.map((i) => NESTED[c.list][i % NESTED[c.list].length]);
          const selection = [...new Set([...fields, ...nested])].join(' ');
          const fragment = useFragment ? `fragment F on ${c.filterType.replace(/Filter$/, '')} { ${selection} }` : '';
          const body = useFragment ? '...F' : selection;
          const parts = Array.from(
            { length: aliases },
            (_, i) => `a${i}: ${c.list}(first: 200, filter: $filter) { totalCount nodes { ${body} } }`,
          );
          const query = `query($filter: ${c.filterType}) { ${parts.join(' ')} } ${fragment}`;
          const res = await api.gql<Record<string, { totalCount: number; nodes: Array<{ id: number }> }>>(query, {
            filter: code ? c.filter(code) : null,
          });
          expect(res.errors).toBeUndefined();
          const codes: string[] = [];
          collectCodes(res.data, codes);
          const foreign = codes.filter((x) => x !== HOME);
          leaks += foreign.length;
          expect(foreign).toEqual([]);
          // Exactly the county's matching rows (first page of 200), no more, no fewer.
          const { rows } = await api.db.sql.query<{ id: number; code: string }>(
            `select * from (${c.sql}) t where t.code = $1 and ($2::text is null or t.code = $2) order by t.id`,
            [HOME, code],
          );
          for (const alias of Object.values(res.data!)) {
            expect(alias.totalCount).toBe(rows.length);
            expect(alias.nodes.map((n) => n.id)).toEqual(rows.slice(0, 200).map((r) => r.id));
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('keeps aggregates, look-ups and node() inside the county', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          'appointmentGroups',
          'applicationGroups',
          'ledgerEntryGroups',
          'evaluationGroups',
          'projectGroups',
          'disbursementGroups',
        ),
        async (agg) => {
          tried++;
          const res = await api.gql<Record<string, Array<{ key: { division: { code: string } | null }; count: number }>>>(
            `{ g: ${agg}(groupBy: [COUNTY]) { key { division { code } } count } }`,
          );
          expect(res.errors).toBeUndefined();
          const codes = res.data!.g.map((x) => x.key.division?.code);
          leaks += codes.filter((x) => x !== HOME).length;
          expect(codes.every((x) => x === HOME)).toBe(true);
        },
      ),
      { numRuns: 12 },
    );
    // Look-ups of other counties' records answer null, whatever key is used.
    const { rows } = await api.db.sql.query(
      'select a.id, a.certificate_no, e.credit_code from appointment a join division d on d.id = a.division_id join enterprise e on e.id = a.enterprise_id where d.code <> $1 and a.certificate_no is not null limit 5',
      [HOME],
    );
    for (const r of rows) {
      tried++;
      const res = await api.gql<{ a: unknown; b: unknown; c: unknown }>(
        'query($id: Int, $cert: String, $cc: String) { a: appointment(id: $id) { id } b: appointment(certificateNo: $cert) { id } c: enterprise(creditCode: $cc) { id } }',
        {
          id: r.id,
          cert: r.certificate_no,
          cc: r.credit_code,
        },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ a: null, b: null, c: null });
    }
  });
});
