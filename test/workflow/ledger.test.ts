/**
 * The duties of Art. 6-8 and 17: the expert records services, achievements and IP
 * applications; the host enterprise confirms or disputes each service once; the yearly Art. 7
 * indicators follow from what was recorded (checked against independent SQL); one annual
 * report per year.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TestServer } from '../support/server';
import { accountFor, demoBindings, fails, ok, today } from './support';

const RECORD = 'mutation($input: RecordServiceInput!) { recordService(input: $input) { id confirmation serviceDate daysOnSite } }';
const CONFIRM = 'mutation($input: ConfirmServiceInput!) { confirmService(input: $input) { id confirmation disputeReason confirmedAt } }';
const INDICATORS = `query($a: Int!, $y: Int!, $d: LocalDate) { appointmentIndicators(appointmentId: $a, year: $y, asOf: $d) {
  year asOf windowStart windowEnd annualReportSubmitted
  indicators { code article annualTarget target actual confirmed projected status } } }`;

interface Indicator {
  code: string;
  article: string;
  annualTarget: number;
  target: number;
  actual: number;
  confirmed: number;
  projected: number;
  status: string;
}

describe('the service ledger, confirmations, indicators and annual reports (Art. 6-8, 17)', () => {
  let api: TestServer;
  let expert: string;
  let enterprise: string;
  let appointment: { id: number; service_start: string; service_end: string };

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    expert = await api.login('expert');
    enterprise = await api.login('enterprise');
    const ids = await demoBindings(api.db.sql);
    const { rows } = await api.db.sql.query(
      "select id, service_start::text, service_end::text from appointment where expert_id = $1 and status = 'ACTIVE'",
      [ids.expertId],
    );
    appointment = rows[0];
  });
  afterAll(async () => api?.close());

  const service = (overrides: Record<string, unknown> = {}) => ({
    input: {
      appointmentId: appointment.id,
      serviceDate: today(),
      kind: 'TECH_SERVICE',
      daysOnSite: 2,
      content: '现场指导精密磨削工艺参数优化',
      effect: '产品圆度误差降低30%',
      peopleTrained: 3,
      ...overrides,
    },
  });

  it('the expert records a service of their own appointment, within the service period', async () => {
    const res = await ok<{ recordService: { confirmation: string; serviceDate: string } }>(api, expert, RECORD, service());
    expect(res.recordService).toMatchObject({ confirmation: 'PENDING', serviceDate: today() });
    const early = await fails(api, expert, 'BAD_USER_INPUT', RECORD, service({ serviceDate: '2020-01-01' }));
    expect(early.field).toBe('serviceDate');
    const tooMany = await fails(api, expert, 'BAD_USER_INPUT', RECORD, service({ daysOnSite: 40 }));
    expect(tooMany.message).toMatch(/daysOnSite/);
    const { rows } = await api.db.sql.query("select id from appointment where status = 'ACTIVE' and id <> $1 order by id limit 1", [
      appointment.id,
    ]);
    await fails(api, expert, 'NOT_FOUND', RECORD, service({ appointmentId: rows[0].id }));
    await fails(api, enterprise, 'FORBIDDEN', RECORD, service());
  });

  it('the host enterprise confirms or disputes each entry once; nobody else can', async () => {
    const a = (await ok<{ recordService: { id: number } }>(api, expert, RECORD, service({ kind: 'TRAINING', peopleTrained: 12 })))
      .recordService;
    const b = (await ok<{ recordService: { id: number } }>(api, expert, RECORD, service({ daysOnSite: 5 }))).recordService;
    const stranger = await accountFor(api, 'ENTERPRISE', {
      enterpriseId: (
        await api.db.sql.query(
          'select id from enterprise where id <> (select enterprise_id from appointment where id = $1) order by id limit 1',
          [appointment.id],
        )
      ).rows[0].id,
    });
    await fails(api, stranger, 'NOT_FOUND', CONFIRM, { input: { entryId: a.id, confirmed: true } });
    await fails(api, expert, 'FORBIDDEN', CONFIRM, { input: { entryId: a.id, confirmed: true } });
    const confirmed = await ok<{ confirmService: { confirmation: string; confirmedAt: string } }>(api, enterprise, CONFIRM, {
      input: { entryId: a.id, confirmed: true },
    });
    expect(confirmed.confirmService.confirmation).toBe('CONFIRMED');
    await fails(api, enterprise, 'CONFLICT', CONFIRM, { input: { entryId: a.id, confirmed: false, disputeReason: '改主意' } });
    const noReason = await fails(api, enterprise, 'BAD_USER_INPUT', CONFIRM, { input: { entryId: b.id, confirmed: false } });
    expect(noReason.field).toBe('disputeReason');
    const disputed = await ok<{ confirmService: { confirmation: string; disputeReason: string } }>(api, enterprise, CONFIRM, {
      input: { entryId: b.id, confirmed: false, disputeReason: '当日专家未到企业现场' },
    });
    expect(disputed.confirmService).toEqual(expect.objectContaining({ confirmation: 'DISPUTED', disputeReason: '当日专家未到企业现场' }));
  });

  it('records achievements and IP applications toward Art. 7.2', async () => {
    await ok(api, expert, 'mutation($input: RecordAchievementInput!) { recordAchievement(input: $input) { id } }', {
      input: { appointmentId: appointment.id, kind: 'NEW_PROCESS', title: '轴承套圈超精研磨新工艺', achievedOn: today() },
    });
    const ip = {
      appointmentId: appointment.id,
      kind: 'INVENTION_PATENT',
      title: '一种轴承套圈在线检测装置',
      applicationNo: `2026${process.pid}1.X`,
      filedOn: today(),
    };
    await ok(api, expert, 'mutation($input: RecordIpApplicationInput!) { recordIpApplication(input: $input) { id status } }', {
      input: ip,
    });
    await fails(api, expert, 'CONFLICT', 'mutation($input: RecordIpApplicationInput!) { recordIpApplication(input: $input) { id } }', {
      input: ip,
    });
  });

  it('computes the yearly Art. 7 indicators from the ledger, leaving out disputed entries', async () => {
    const year = Number(today().slice(0, 4));
    const res = await ok<{ appointmentIndicators: { windowStart: string; windowEnd: string; indicators: Indicator[] } }>(
      api,
      enterprise,
      INDICATORS,
      {
        a: appointment.id,
        y: year,
      },
    );
    const report = res.appointmentIndicators;
    expect(report.windowStart).toBe(appointment.service_start > `${year}-01-01` ? appointment.service_start : `${year}-01-01`);
    const { rows } = await api.db.sql.query(
      `select count(*) filter (where kind = 'TECH_SERVICE' and confirmation <> 'DISPUTED')::int as services,
              count(*) filter (where kind = 'TECH_SERVICE' and confirmation = 'CONFIRMED')::int as services_confirmed,
              coalesce(sum(days_on_site) filter (where confirmation <> 'DISPUTED'), 0)::int as days,
              count(*) filter (where kind in ('TRAINING', 'POLICY_BRIEFING') and confirmation <> 'DISPUTED')::int as briefings,
              coalesce(sum(people_trained) filter (where confirmation <> 'DISPUTED'), 0)::int as trained,
              (select count(*)::int from achievement where appointment_id = $1 and extract(year from achieved_on) = $2) as achievements,
              (select count(*)::int from ip_application where appointment_id = $1 and extract(year from filed_on) = $2) as ips
         from ledger_entry where appointment_id = $1 and extract(year from service_date) = $2`,
      [appointment.id, year],
    );
    const byCode = Object.fromEntries(report.indicators.map((i) => [i.code, i]));
    expect(byCode.TECH_SERVICES).toMatchObject({
      actual: rows[0].services,
      confirmed: rows[0].services_confirmed,
      annualTarget: 10,
      article: '第七条第1项',
    });
    expect(byCode.DAYS_ON_SITE).toMatchObject({ actual: rows[0].days, annualTarget: 30 });
    expect(byCode.BRIEFINGS_AND_TRAININGS).toMatchObject({ actual: rows[0].briefings, annualTarget: 3, article: '第七条第3项' });
    expect(byCode.PEOPLE_TRAINED).toMatchObject({ actual: rows[0].trained, annualTarget: 10 });
    expect(byCode.NEW_TECHNOLOGIES).toMatchObject({ actual: rows[0].achievements, annualTarget: 1, article: '第七条第2项' });
    expect(byCode.IP_APPLICATIONS).toMatchObject({ actual: rows[0].ips, annualTarget: 1 });
    for (const i of report.indicators) {
      if (i.actual >= i.target) expect(i.status).toBe('MET');
      else expect(['ON_TRACK', 'AT_RISK']).toContain(i.status);
      expect(i.projected).toBeGreaterThanOrEqual(i.actual);
    }
  });

  it('judges a year that is over as met or missed, with targets pro-rated for a part year', async () => {
    const first = Number(appointment.service_start.slice(0, 4));
    const res = await ok<{ appointmentIndicators: { windowStart: string; windowEnd: string; indicators: Indicator[] } }>(
      api,
      expert,
      INDICATORS,
      {
        a: appointment.id,
        y: first,
      },
    );
    const days = (Date.parse(`${first}-12-31`) - Date.parse(appointment.service_start)) / 86400000 + 1;
    const yearDays = (Date.parse(`${first + 1}-01-01`) - Date.parse(`${first}-01-01`)) / 86400000;
    for (const i of res.appointmentIndicators.indicators) {
      expect(i.target).toBe(Math.ceil((i.annualTarget * days) / yearDays));
      expect(i.status).toBe(i.actual >= i.target ? 'MET' : 'MISSED');
    }
    // As of a day in the middle of a year, a slow pace is "at risk" and a quick one "on track".
    const mid = await ok<{ appointmentIndicators: { indicators: Indicator[] } }>(api, expert, INDICATORS, {
      a: appointment.id,
      y: first + 1,
      d: `${first + 1}-07-01`,
    });
    for (const i of mid.appointmentIndicators.indicators) {
      if (i.actual < i.target) expect(i.status).toBe(i.projected >= i.target ? 'ON_TRACK' : 'AT_RISK');
    }
  });

  it('takes one annual report per year (年度述职)', async () => {
    const year = Number(today().slice(0, 4));
    const submit = 'mutation($input: SubmitAnnualReportInput!) { submitAnnualReport(input: $input) { id year submittedOn } }';
    const res = await ok<{ submitAnnualReport: { year: number; submittedOn: string } }>(api, expert, submit, {
      input: { appointmentId: appointment.id, year, summary: '全年开展技术服务12次，驻企33天，培养技术骨干35人。' },
    });
    expect(res.submitAnnualReport).toMatchObject({ year, submittedOn: today() });
    await fails(api, expert, 'CONFLICT', submit, { input: { appointmentId: appointment.id, year, summary: '重复提交' } });
    const future = await fails(api, expert, 'BAD_USER_INPUT', submit, {
      input: { appointmentId: appointment.id, year: year + 1, summary: '未来年度' },
    });
    expect(future.field).toBe('year');
    const ind = await ok<{ appointmentIndicators: { annualReportSubmitted: boolean } }>(api, expert, INDICATORS, {
      a: appointment.id,
      y: year,
    });
    expect(ind.appointmentIndicators.annualReportSubmitted).toBe(true);
  });
});
