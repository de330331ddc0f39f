import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TestServer } from '../support/server';

/** Group-by answers are compared with SQL written here, independently of the implementation. */
describe('group-by aggregates', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(async () => api?.close());

  async function query<T>(q: string, variables?: Record<string, unknown>): Promise<T> {
    const res = await api.gql<T>(q, variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  }

  it('appointments by county and sector: counts and exact allowance sums', async () => {
    const data = await query<{
      appointmentGroups: Array<{ key: { divisionId: number; sectorId: number }; count: number; sum: { monthlyAllowanceFen: number } }>;
    }>('{ appointmentGroups(groupBy: [COUNTY, SECTOR]) { key { divisionId sectorId } count sum { monthlyAllowanceFen } } }');
    const { rows } = await api.db.sql.query(
      'select division_id, sector_id, count(*)::int as n, sum(monthly_allowance_fen)::bigint as s from appointment group by 1, 2 order by 1, 2',
    );
    expect(data.appointmentGroups.map((g) => [g.key.divisionId, g.key.sectorId, g.count, g.sum.monthlyAllowanceFen])).toEqual(
      rows.map((r) => [r.division_id, r.sector_id, r.n, Number(r.s)]),
    );
    expect(rows.length).toBeGreaterThan(10);
  });

  it('active appointments by the expert’s institution, with the filter of the list', async () => {
    const data = await query<{ appointmentGroups: Array<{ key: { institution: { code: string } }; count: number }> }>(
      '{ appointmentGroups(filter: { status: { eq: ACTIVE } }, groupBy: [INSTITUTION], orderBy: [{ field: COUNT, direction: DESC }], limit: 5) { key { institution { code } } count } }',
    );
    const { rows } = await api.db.sql.query(
      "select i.code, count(*)::int as n from appointment a join expert e on e.id = a.expert_id join institution i on i.id = e.institution_id where a.status = 'ACTIVE' group by i.id, i.code order by n desc, i.id asc limit 5",
    );
    expect(data.appointmentGroups.map((g) => g.count)).toEqual(rows.map((r) => r.n));
    expect(data.appointmentGroups.map((g) => g.key.institution.code)).toEqual(rows.map((r) => r.code));
  });

  it('applications by call year and stage', async () => {
    const data = await query<{ applicationGroups: Array<{ key: { callYear: number; stage: string }; count: number }> }>(
      '{ applicationGroups(groupBy: [CALL_YEAR, STAGE]) { key { callYear stage } count } }',
    );
    const { rows } = await api.db.sql.query(
      'select c.year, a.stage, count(*)::int as n from application a join call c on c.id = a.call_id group by 1, 2 order by 1, 2',
    );
    expect(data.applicationGroups.map((g) => [g.key.callYear, g.key.stage, g.count])).toEqual(rows.map((r) => [r.year, r.stage, r.n]));
  });

  it('ledger entries by month of service: days on site and people trained', async () => {
    const data = await query<{
      ledgerEntryGroups: Array<{
        key: { period: string };
        count: number;
        sum: { daysOnSite: number; peopleTrained: number };
        avg: { daysOnSite: number };
      }>;
    }>(
      '{ ledgerEntryGroups(groupBy: [PERIOD], period: { field: SERVICE_DATE, unit: MONTH }) { key { period } count sum { daysOnSite peopleTrained } avg { daysOnSite } } }',
    );
    const { rows } = await api.db.sql.query(
      "select to_char(service_date, 'YYYY-MM') as p, count(*)::int as n, sum(days_on_site)::int as d, sum(people_trained)::int as t, round(avg(days_on_site), 2)::float8 as a from ledger_entry group by 1 order by 1",
    );
    expect(data.ledgerEntryGroups.map((g) => [g.key.period, g.count, g.sum.daysOnSite, g.sum.peopleTrained, g.avg.daysOnSite])).toEqual(
      rows.map((r) => [r.p, r.n, r.d, r.t, r.a]),
    );
  });

  it('quarters and years are labelled as documented', async () => {
    const data = await query<{ q: Array<{ key: { period: string } }>; y: Array<{ key: { period: string } }> }>(
      `{ q: ledgerEntryGroups(groupBy: [PERIOD], period: { field: SERVICE_DATE, unit: QUARTER }, limit: 1) { key { period } }
         y: ledgerEntryGroups(groupBy: [PERIOD], period: { field: SERVICE_DATE, unit: YEAR }, limit: 1) { key { period } } }`,
    );
    expect(data.q[0].key.period).toMatch(/^\d{4}-Q[1-4]$/);
    expect(data.y[0].key.period).toMatch(/^\d{4}$/);
  });

  it('evaluation grades per cycle and county', async () => {
    const data = await query<{
      evaluationGroups: Array<{ key: { cycle: { code: string }; divisionId: number; grade: string }; count: number }>;
    }>('{ evaluationGroups(groupBy: [CYCLE, COUNTY, GRADE]) { key { cycle { code } divisionId grade } count } }');
    const { rows } = await api.db.sql.query(
      'select c.code, e.division_id, e.grade, count(*)::int as n from evaluation e join evaluation_cycle c on c.id = e.cycle_id group by c.id, c.code, 2, 3 order by c.id, 2, 3',
    );
    expect(data.evaluationGroups.map((g) => [g.key.cycle.code, g.key.divisionId, g.key.grade, g.count])).toEqual(
      rows.map((r) => [r.code, r.division_id, r.grade, r.n]),
    );
    expect(new Set(rows.map((r) => r.grade))).toEqual(new Set(['EXCELLENT', 'GOOD', 'QUALIFIED', 'UNQUALIFIED']));
  });

  it('project money per county: exact three-way sums', async () => {
    const data = await query<{ projectGroups: Array<{ key: { divisionId: number }; sum: Record<string, number> }> }>(
      '{ projectGroups(groupBy: [COUNTY], orderBy: [{ field: SUM_totalFen, direction: DESC }]) { key { divisionId } sum { enterpriseFen universityFen financeFen totalFen } } }',
    );
    const { rows } = await api.db.sql.query(
      'select division_id, sum(enterprise_fen)::bigint e, sum(university_fen)::bigint u, sum(finance_fen)::bigint f, sum(enterprise_fen + university_fen + finance_fen)::bigint t from project group by 1 order by t desc, 1',
    );
    expect(
      data.projectGroups.map((g) => [g.key.divisionId, g.sum.enterpriseFen, g.sum.universityFen, g.sum.financeFen, g.sum.totalFen]),
    ).toEqual(rows.map((r) => [r.division_id, Number(r.e), Number(r.u), Number(r.f), Number(r.t)]));
  });

  it('an empty groupBy gives one grand total; an empty filter match gives no groups', async () => {
    const total = await query<{ appointmentGroups: Array<{ count: number }> }>('{ appointmentGroups(groupBy: []) { count } }');
    const { rows } = await api.db.sql.query('select count(*)::int as n from appointment');
    expect(total.appointmentGroups).toEqual([{ count: rows[0].n }]);
    const none = await query<{ appointmentGroups: unknown[] }>(
      '{ appointmentGroups(filter: { cohortYear: { eq: 1999 } }, groupBy: [COUNTY]) { count } }',
    );
    expect(none.appointmentGroups).toEqual([]);
  });

  it('PERIOD without a period, a repeated dimension and a limit over the cap are coded errors', async () => {
    for (const q of [
      '{ appointmentGroups(groupBy: [PERIOD]) { count } }',
      '{ appointmentGroups(groupBy: [COUNTY, COUNTY]) { count } }',
      '{ appointmentGroups(groupBy: [COUNTY], limit: 6000) { count } }',
    ]) {
      const res = await api.gql(q);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
