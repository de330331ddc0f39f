/**
 * Every panel of the dashboard equals an independent computation on the seeded city, for the
 * whole city (leader, analyst) and for a county bureau (county-371502), which sees only its own
 * county whatever it asks for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE } from '../support/db';
import { startTestServer, TestServer } from '../support/server';
import {
  AS_OF,
  divisionId,
  expectedCompliance,
  expectedFunds,
  expectedGrades,
  expectedHeadline,
  expectedPipeline,
  expectedSectorSpread,
  median,
} from './expected';
import { COMPLIANCE, FUNDS, GRADES_PANEL, HEADLINE, OVERVIEW, panel, PIPELINES, SECTORS } from './queries';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe(`dashboard analytics on ${ENGINE} PostgreSQL`, () => {
  let server: TestServer;
  let leader: string;
  let county: string;
  let dongchangfu: number;

  const ask = async (token: string, field: string, filter?: unknown): Promise<Any> => {
    const res = await server.gqlAs<Any>(token, panel(field), { asOf: AS_OF, filter });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!.analytics;
  };

  beforeAll(async () => {
    server = await startTestServer({ as: 'analyst' });
    leader = await server.login('leader');
    county = await server.login('county-371502');
    dongchangfu = await divisionId(server.db.sql, '371502');
  });
  afterAll(async () => server?.close());

  for (const who of ['city', 'county'] as const) {
    const scope = () => (who === 'city' ? null : dongchangfu);
    const token = () => (who === 'city' ? leader : county);

    describe(who === 'city' ? 'the whole city, as the leader' : 'county 371502, as its bureau', () => {
      it('gives the headline figures of this year up to asOf', async () => {
        const { headline } = await ask(token(), HEADLINE);
        expect(headline).toEqual(await expectedHeadline(server.db.sql, scope()));
        expect(headline.ledgerServices).toBeGreaterThan(0);
      });

      it('gives Art. 7 compliance per indicator: met, share and at risk (disputed entries excluded)', async () => {
        const { indicatorCompliance: c } = await ask(token(), COMPLIANCE);
        const { groups, targets } = await expectedCompliance(server.db.sql, scope());
        const check = (got: Any, want: Any) => {
          expect(got.appointedExperts).toBe(want.appointed);
          expect(got.meetingAll).toBe(want.meetingAll);
          expect(got.atRiskAny).toBe(want.atRiskAny);
          for (const i of got.indicators) {
            expect(i.target).toBe(targets[i.indicator]);
            expect(i.met, i.indicator).toBe(want.met[i.indicator] ?? 0);
            expect(i.atRisk, i.indicator).toBe(want.atRisk[i.indicator] ?? 0);
            expect(i.share).toBeCloseTo(want.appointed ? (want.met[i.indicator] ?? 0) / want.appointed : 0, 4);
          }
        };
        expect(c.asOf).toBe(AS_OF);
        expect(c.yearStart).toBe('2026-01-01');
        check(c.total, groups.get(null)!);
        for (const g of c.byCounty)
          check(g, groups.get(g.division.id) ?? { appointed: 0, meetingAll: 0, atRiskAny: 0, met: {}, atRisk: {} });
        expect(c.total.appointedExperts).toBeGreaterThan(0);
        expect(c.total.indicators.some((i: Any) => i.atRisk > 0)).toBe(true);
        if (who === 'county') expect(c.byCounty.map((g: Any) => g.division.code)).toEqual(['371502']);
        else expect(c.byCounty).toHaveLength(11);
      });

      it('spreads appointments and active experts over sectors, counties, institutions and years', async () => {
        const { sectorSpread: s } = await ask(token(), SECTORS);
        const want = await expectedSectorSpread(server.db.sql, scope());
        expect(s.sectors.map((x: Any) => [x.sector.code, x.priority, x.appointments, x.activeExperts]).sort()).toEqual(
          want.bySector.map((r) => [r.code, r.priority, Number(r.appointments), Number(r.active)]).sort(),
        );
        const total = want.bySector.reduce((t, r) => t + Number(r.appointments), 0);
        const priority = want.bySector.filter((r) => r.priority).reduce((t, r) => t + Number(r.appointments), 0);
        expect(s.totals.appointments).toBe(total);
        expect(s.totals.priorityAppointments).toBe(priority);
        expect(s.totals.priorityShare).toBeCloseTo(priority / total, 4);
        expect(s.byCounty.map((x: Any) => [x.sector.code, x.key.code, x.appointments, x.activeExperts]).sort()).toEqual(
          want.byCounty.map((r) => [r.sector, r.county, Number(r.appointments), Number(r.active)]).sort(),
        );
        expect(s.byInstitution.map((x: Any) => [x.sector.code, x.key.code, x.appointments]).sort()).toEqual(
          want.byInstitution.map((r) => [r.sector, r.institution, Number(r.appointments)]).sort(),
        );
        expect(s.trend.map((t: Any) => [`${t.year}:${t.sector.code}`, t.started, t.inService]).sort()).toEqual(
          [...want.trend.entries()].map(([k, v]) => [k, v.started, v.inService]).sort(),
        );
        if (who === 'county') expect(new Set(s.byCounty.map((x: Any) => x.key.code))).toEqual(new Set(['371502']));
      });

      it('follows each call through the stages: reached, conversion, median days in stage, waiting now', async () => {
        const { countyPipelines: c } = await ask(token(), PIPELINES);
        expect(c.asOf).toBe(AS_OF);
        for (const year of [2025, 2026]) {
          const all = c.pipelines.find((p: Any) => p.callYear === year && p.division === null);
          const want = await expectedPipeline(server.db.sql, year, scope());
          expect(all.applications).toBe(want.applications);
          for (const st of all.stages) {
            expect(st.reached, `${year} ${st.stage}`).toBe(want.reached.get(st.stage)!.size);
            const stays = want.stays.get(st.stage)!;
            expect(st.completedStays, `${year} ${st.stage}`).toBe(stays.length);
            if (stays.length) expect(st.medianDaysInStage).toBeCloseTo(median(stays)!, 2);
            else expect(st.medianDaysInStage).toBeNull();
            const w = want.waits.get(st.stage);
            expect(st.waiting, `${year} ${st.stage}`).toBe(w?.n ?? 0);
            expect(st.onHold).toBe(w?.onHold ?? 0);
            expect(st.maxWaitingDays).toBe(w ? Math.max(...w.days) : null);
            if (w) expect(st.medianWaitingDays).toBeCloseTo(median(w.days)!, 2);
          }
          const conv = all.stages.find((s: Any) => s.stage === 'COUNTY_APPROVED').conversionRate;
          expect(conv).toBeCloseTo(want.reached.get('COUNTY_APPROVED')!.size / want.reached.get('SUBMITTED')!.size, 4);
          expect(all.stages.find((s: Any) => s.stage === 'SUBMITTED').conversionRate).toBeNull();
          // Per county rows add up to the total.
          const counties = c.pipelines.filter((p: Any) => p.callYear === year && p.division !== null);
          expect(counties.reduce((t: number, p: Any) => t + p.applications, 0)).toBe(all.applications);
          if (who === 'county') expect(counties.map((p: Any) => p.division.code)).toEqual(['371502']);
          else {
            const linqing = counties.find((p: Any) => p.division.code === '371581');
            const wantLinqing = await expectedPipeline(server.db.sql, year, await divisionId(server.db.sql, '371581'));
            expect(linqing.stages.map((s: Any) => s.reached)).toEqual([...wantLinqing.reached.values()].map((s) => s.size));
          }
        }
      });

      it('gives grade counts and ratios per cycle, rewards granted and appointments revoked', async () => {
        const { evaluationGrades: g } = await ask(token(), GRADES_PANEL);
        const want = await expectedGrades(server.db.sql, scope());
        for (const cycle of g.cycles) {
          const code = cycle.cycle.code;
          const count = (grade: string) => Number(want.grades.find((r) => r.code === code && r.grade === grade)?.n ?? 0);
          const total = ['EXCELLENT', 'GOOD', 'QUALIFIED', 'UNQUALIFIED'].reduce((t, x) => t + count(x), 0);
          expect(cycle.grades.total).toBe(total);
          expect(cycle.grades.excellent).toBe(count('EXCELLENT'));
          expect(cycle.grades.unqualified).toBe(count('UNQUALIFIED'));
          expect(cycle.grades.excellentShare).toBeCloseTo(total ? count('EXCELLENT') / total : 0, 4);
          const r = want.rewards.find((x) => x.code === code);
          expect(cycle.rewardsGranted).toBe(Number(r?.granted ?? 0));
          expect(cycle.cashRewardFen).toBe(Number(r?.cash ?? 0));
          expect(cycle.goldCards).toBe(Number(r?.gold ?? 0));
          expect(cycle.appointmentsRevoked).toBe(Number(want.revoked.find((x) => x.code === code)?.n ?? 0));
        }
        expect(g.cycles.map((c: Any) => c.cycle.code)).toEqual(['2022-2023', '2024-2025']);
        expect(g.byInstitution.map((b: Any) => [b.cycleCode, b.key.code, b.grades.total, b.grades.excellent]).sort()).toEqual(
          want.byInstitution.map((r) => [r.code, r.institution, Number(r.n), Number(r.excellent)]).sort(),
        );
        const sum = (rows: Any[]) => rows.reduce((t, b) => t + b.grades.total, 0);
        expect(sum(g.byCounty)).toBe(sum(g.cycles.map((c: Any) => ({ grades: c.grades }))));
        expect(sum(g.bySector)).toBe(sum(g.cycles.map((c: Any) => ({ grades: c.grades }))));
      });

      it('splits co-innovation money between enterprise, university and finance, approved against disbursed', async () => {
        const { coInnovationFunds: f } = await ask(token(), FUNDS);
        const want = await expectedFunds(server.db.sql, scope());
        const paid = (funder: string) => Number(want.paid.find((r) => r.funder === funder)?.fen ?? 0);
        expect(f.total.projects).toBe(Number(want.total.projects));
        expect(f.total.enterpriseFen).toBe(Number(want.total.e));
        expect(f.total.universityFen).toBe(Number(want.total.u));
        expect(f.total.financeFen).toBe(Number(want.total.f));
        expect(f.total.totalFen).toBe(Number(want.total.e) + Number(want.total.u) + Number(want.total.f));
        expect(f.total.enterpriseShare).toBeCloseTo(Number(want.total.e) / f.total.totalFen, 4);
        expect(f.total.approvedFen).toBe(Number(want.total.approved));
        expect(f.total.disbursedFinanceFen).toBe(paid('FINANCE'));
        expect(f.total.disbursedFen).toBe(paid('ENTERPRISE') + paid('UNIVERSITY') + paid('FINANCE'));
        expect(f.bySector.map((s: Any) => [s.key.code, s.split.projects, s.split.financeFen]).sort()).toEqual(
          want.bySector.map((r) => [r.code, Number(r.projects), Number(r.f)]).sort(),
        );
        expect(f.byYear.map((y: Any) => [y.year, y.split.projects, y.split.enterpriseFen])).toEqual(
          want.byYear.map((r) => [r.year, Number(r.projects), Number(r.e)]),
        );
        expect(f.projectCount).toBe(Number(want.total.projects));
        expect(f.projects.map((p: Any) => p.code)).toEqual(want.top.map((r) => r.code));
        expect(f.flagged).toEqual([]);
        if (who === 'county') expect(f.byCounty.map((c: Any) => c.key.code)).toEqual(['371502']);
      });
    });
  }

  it('answers the whole overview in one request, the same as panel by panel (as the analyst)', async () => {
    const res = await server.gql<Any>(OVERVIEW, { asOf: AS_OF });
    expect(res.errors).toBeUndefined();
    const a = res.data!.analytics;
    expect(a.headline).toEqual(await expectedHeadline(server.db.sql, null));
    expect(a.sectorSpread.totals.appointments).toBeGreaterThan(0);
    expect(a.coInnovationFunds.total.projects).toBeGreaterThan(0);
    expect(a.countyPipelines.pipelines.length).toBe(2 * 12);
  });

  it('applies the filters: county, sector, call year and period', async () => {
    const sql = server.db.sql;
    const linqing = await divisionId(sql, '371581');
    const { headline } = await ask(leader, HEADLINE, { counties: ['371581'], period: { from: '2026-03-01', to: '2026-06-30' } });
    expect(headline).toEqual(await expectedHeadline(sql, linqing, '2026-03-01', '2026-06-30', true));

    const { sectorSpread } = await ask(leader, SECTORS, { sectors: ['NEW_ENERGY'], callYear: 2025 });
    const { rows } = await sql.query(
      `select count(*) as n from appointment a join sector s on s.id = a.sector_id where s.code = 'NEW_ENERGY' and a.cohort_year = 2025`,
    );
    expect(sectorSpread.totals.appointments).toBe(Number(rows[0].n));
    expect(sectorSpread.sectors.map((s: Any) => s.sector.code)).toEqual(['NEW_ENERGY']);

    const { countyPipelines } = await ask(leader, PIPELINES, { callYear: 2026 });
    expect(new Set(countyPipelines.pipelines.map((p: Any) => p.callYear))).toEqual(new Set([2026]));
    const { rows: apps } = await sql.query(`select count(*) as n from application p join call c on c.id = p.call_id where c.year = 2026`);
    expect(countyPipelines.pipelines.find((p: Any) => p.division === null).applications).toBe(Number(apps[0].n));

    const { evaluationGrades } = await ask(leader, GRADES_PANEL, { period: { from: '2026-01-01', to: '2026-12-31' } });
    const { rows: graded } = await sql.query(`select count(*) as n from evaluation where graded_on between '2026-01-01' and '2026-12-31'`);
    expect(evaluationGrades.cycles.reduce((t: number, c: Any) => t + c.grades.total, 0)).toBe(Number(graded[0].n));
  });
});
