/**
 * The answers are cached, and a write is reflected in the very next answer: a new ledger
 * entry, a new grade, a new disbursement, a project breaking Art. 20 (inserted with plain SQL,
 * as any other writer would). A county bureau never sees another county's figures; empty
 * filters and periods give zeros; each panel is open only to the roles that may see it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE } from '../support/db';
import { startTestServer, TestServer } from '../support/server';
import { AS_OF, divisionId, expectedHeadline } from './expected';
import { COMPLIANCE, FUNDS, GRADES_PANEL, HEADLINE, OVERVIEW, panel, PIPELINES, SECTORS } from './queries';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe(`analytics freshness and scope on ${ENGINE} PostgreSQL`, () => {
  let server: TestServer;
  let leader: string;
  let county: string;

  const ask = async (token: string, field: string, filter?: unknown): Promise<Any> => {
    const res = await server.gqlAs<Any>(token, panel(field), { asOf: AS_OF, filter });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!.analytics;
  };

  beforeAll(async () => {
    server = await startTestServer({ as: 'analyst' });
    leader = await server.login('leader');
    county = await server.login('county-371502');
  });
  afterAll(async () => server?.close());

  it('serves a repeated question from the cache without running the panel again', async () => {
    await ask(leader, HEADLINE);
    server.statements.length = 0;
    await ask(leader, HEADLINE);
    const panelStatements = server.statements.filter((s) => s.includes('ledger_entry'));
    expect(panelStatements).toEqual([]);
    expect(server.statements.some((s) => s.includes('analytics_versions'))).toBe(true);
  });

  it('reflects a new ledger entry at once: headline and Art. 7 compliance move', async () => {
    const sql = server.db.sql;
    const before = await ask(leader, `${HEADLINE} ${COMPLIANCE}`);
    const { rows } = await sql.query(
      `select a.id, a.division_id from appointment a where a.status = 'ACTIVE' and a.service_start <= '2026-01-01'
        order by a.id limit 1`,
    );
    const appt = rows[0];
    await sql.query(
      `insert into ledger_entry (appointment_id, division_id, service_date, kind, days_on_site, content, effect, people_trained, confirmation)
       values ($1, $2, '2026-11-19', 'TRAINING', 3, '测试培训', '测试', 25, 'PENDING')`,
      [appt.id, appt.division_id],
    );
    const after = await ask(leader, `${HEADLINE} ${COMPLIANCE}`);
    expect(after.headline.ledgerServices).toBe(before.headline.ledgerServices + 1);
    expect(after.headline.daysOnSite).toBe(before.headline.daysOnSite + 3);
    expect(after.headline.trainees).toBe(before.headline.trainees + 25);
    expect(after.headline).toEqual(await expectedHeadline(sql, null));
    const trained = (c: Any) => c.indicatorCompliance.total.indicators.find((i: Any) => i.indicator === 'STAFF_TRAINED');
    // 25 people trained in one session: the expert now meets "≥10 staff trained" if not before.
    expect(trained(after).met).toBeGreaterThanOrEqual(trained(before).met);

    // A disputed entry does not count, and disputing an entry takes it out.
    const { rows: inserted } = await sql.query(`select max(id) as id from ledger_entry`);
    await sql.query(`update ledger_entry set confirmation = 'DISPUTED', dispute_reason = '未到场' where id = $1`, [inserted[0].id]);
    const disputed = await ask(leader, HEADLINE);
    expect(disputed.headline).toEqual(before.headline);
  });

  it('reflects a new grade at once', async () => {
    const sql = server.db.sql;
    const before = await ask(leader, GRADES_PANEL);
    const { rows } = await sql.query(
      `select a.id, a.division_id, a.sector_id from appointment a
        where not exists (select 1 from evaluation e join evaluation_cycle c on c.id = e.cycle_id where e.appointment_id = a.id and c.code = '2024-2025')
        order by a.id limit 1`,
    );
    await sql.query(
      `insert into evaluation (cycle_id, appointment_id, division_id, sector_id, grade, score, graded_on)
       values ((select id from evaluation_cycle where code = '2024-2025'), $1, $2, $3, 'EXCELLENT', 95, '2026-03-16')`,
      [rows[0].id, rows[0].division_id, rows[0].sector_id],
    );
    const after = await ask(leader, GRADES_PANEL);
    const cycle = (g: Any) => g.evaluationGrades.cycles.find((c: Any) => c.cycle.code === '2024-2025').grades;
    expect(cycle(after).total).toBe(cycle(before).total + 1);
    expect(cycle(after).excellent).toBe(cycle(before).excellent + 1);
  });

  it('reflects a new disbursement and a project breaking Art. 20 at once', async () => {
    const sql = server.db.sql;
    const before = await ask(leader, `${FUNDS} ${HEADLINE}`);
    const { rows } = await sql.query(`select id, division_id from project where status = 'IN_PROGRESS' order by id limit 1`);
    await sql.query(
      `insert into disbursement (project_id, division_id, funder, tranche, amount_fen, disbursed_on, voucher_no)
       values ($1, $2, 'FINANCE', 9, 12345678, '2026-11-18', 'TEST-VOUCHER-1')`,
      [rows[0].id, rows[0].division_id],
    );
    const paid = await ask(leader, `${FUNDS} ${HEADLINE}`);
    expect(paid.coInnovationFunds.total.disbursedFinanceFen).toBe(before.coInnovationFunds.total.disbursedFinanceFen + 12345678);
    expect(paid.headline.disbursedFen).toBe(before.headline.disbursedFen + 12345678);

    const { rows: appt } = await sql.query(
      `select id, enterprise_id, division_id, sector_id from appointment where status = 'ACTIVE' order by id limit 1`,
    );
    const a = appt[0];
    await sql.query(
      `insert into project (code, title, appointment_id, enterprise_id, division_id, sector_id, status, enterprise_fen, university_fen, finance_fen, proposed_on)
       values ('TEST-BREAK-1', '违规测试项目', $1, $2, $3, $4, 'PROPOSED', 10000000, 20000000, 90000000, '2026-11-01')`,
      [a.id, a.enterprise_id, a.division_id, a.sector_id],
    );
    const flagged = (await ask(leader, FUNDS)).coInnovationFunds.flagged;
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toMatchObject({ code: 'TEST-BREAK-1', status: 'PROPOSED', enterpriseFen: 10000000, supportFen: 110000000 });
    expect(flagged[0].rules).toEqual(['ENTERPRISE_BELOW_HALF', 'SUPPORT_ABOVE_CAP']);
    // The database refuses such a project once it is no longer a proposal (Art. 20).
    await expect(
      sql.query(`update project set status = 'APPROVED', approved_on = '2026-11-02' where code = 'TEST-BREAK-1'`),
    ).rejects.toThrow(/project_split_rules/);
  });

  it("never shows another county's data to a county bureau", async () => {
    const sql = server.db.sql;
    const own = await divisionId(sql, '371502');
    const overview = await server.gqlAs<Any>(county, OVERVIEW, { asOf: AS_OF });
    expect(overview.errors).toBeUndefined();
    const a = overview.data!.analytics;
    expect(a.headline).toEqual(await expectedHeadline(sql, own));
    expect(a.indicatorCompliance.byCounty.map((g: Any) => g.division.code)).toEqual(['371502']);
    expect(new Set(a.sectorSpread.byCounty.map((r: Any) => r.key.code))).toEqual(new Set(['371502']));
    expect(new Set(a.countyPipelines.pipelines.filter((p: Any) => p.division).map((p: Any) => p.division.code))).toEqual(
      new Set(['371502']),
    );
    expect(new Set(a.evaluationGrades.byCounty.map((r: Any) => r.key.code))).toEqual(new Set(['371502']));
    expect(a.coInnovationFunds.byCounty.map((r: Any) => r.key.code)).toEqual(['371502']);
    for (const p of a.coInnovationFunds.projects) expect(p.division.code).toBe('371502');
    const { rows } = await sql.query(
      `select count(*) as n from appointment a join division d on d.id = a.division_id where d.code = '371502'`,
    );
    expect(a.sectorSpread.totals.appointments).toBe(Number(rows[0].n));

    // Asking for another county gives zeros, not its figures.
    const other = await ask(county, `${HEADLINE} ${SECTORS} ${FUNDS}`, { counties: ['371581'] });
    expect(other.headline).toMatchObject({
      activeExperts: 0,
      ledgerServices: 0,
      daysOnSite: 0,
      ipApplications: 0,
      approvedFen: 0,
      disbursedFen: 0,
    });
    expect(other.sectorSpread.totals.appointments).toBe(0);
    expect(other.sectorSpread.byCounty).toEqual([]);
    expect(other.coInnovationFunds.total.projects).toBe(0);
    expect(other.coInnovationFunds.byCounty).toEqual([]);
  });

  it('answers empty filters and empty periods with zeros, not errors', async () => {
    const zeroHeadline = {
      activeExperts: 0,
      enterprisesServed: 0,
      ledgerServices: 0,
      daysOnSite: 0,
      trainees: 0,
      ipApplications: 0,
      approvedFen: 0,
      disbursedFen: 0,
    };
    for (const filter of [{ counties: [] }, { sectors: [] }, { period: { from: '2026-06-01', to: '2026-05-31' } }, { callYear: 2030 }]) {
      const a = await ask(leader, `${HEADLINE} ${COMPLIANCE} ${SECTORS} ${PIPELINES} ${GRADES_PANEL} ${FUNDS}`, filter);
      if (!('callYear' in filter)) expect(a.headline, JSON.stringify(filter)).toMatchObject(zeroHeadline);
      expect(a.sectorSpread.totals).toEqual({
        appointments: 0,
        activeExperts: 0,
        priorityAppointments: 0,
        priorityShare: 0,
        priorityActiveExperts: 0,
        priorityActiveShare: 0,
      });
      for (const s of a.sectorSpread.sectors) expect(s.appointments).toBe(0);
      for (const c of a.evaluationGrades.cycles) expect(c.grades).toMatchObject({ total: 0, excellentShare: 0, unqualifiedShare: 0 });
      expect(a.coInnovationFunds.total).toMatchObject({ projects: 0, totalFen: 0, enterpriseShare: 0, disbursedFen: 0, disbursedShare: 0 });
      for (const p of a.countyPipelines.pipelines) {
        expect(p.applications).toBe(0);
        for (const st of p.stages) expect(st).toMatchObject({ reached: 0, waiting: 0, completedStays: 0, medianDaysInStage: null });
      }
    }
    const none = await ask(leader, COMPLIANCE, { counties: [] });
    expect(none.indicatorCompliance.total.appointedExperts).toBe(0);
    for (const i of none.indicatorCompliance.total.indicators) expect(i).toMatchObject({ met: 0, share: 0, atRisk: 0 });
  });

  it('opens each panel only to the roles that may see it', async () => {
    const finance = await server.login('finance');
    const funds = await server.gqlAs<Any>(finance, panel(FUNDS), { asOf: AS_OF });
    expect(funds.errors).toBeUndefined();
    const headline = await server.gqlAs<Any>(finance, panel(HEADLINE), { asOf: AS_OF });
    expect(headline.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const hr = await server.login('hrbureau');
    expect((await server.gqlAs<Any>(hr, panel(SECTORS), { asOf: AS_OF })).errors).toBeUndefined();
    expect((await server.gqlAs<Any>(hr, panel(PIPELINES), { asOf: AS_OF })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const who of ['enterprise', 'expert', 'admin']) {
      const t = await server.login(who);
      expect((await server.gqlAs<Any>(t, panel(HEADLINE), { asOf: AS_OF })).errors?.[0].extensions?.code, who).toBe('FORBIDDEN');
    }
    expect((await server.gqlAs<Any>(null, panel(HEADLINE), { asOf: AS_OF })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
