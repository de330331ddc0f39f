/**
 * Biennial evaluations (Art. 17-19) with their consequences in the grading step itself:
 * UNQUALIFIED revokes, cancels open projects and bars a new application for two years (rule
 * E5); EXCELLENT grants the cash reward, the certificate and the Gold Card B with serial
 * numbers and makes the expert's projects priority; finance pays the cash; results are filed
 * with the Organisation Department.
 */
import { createOrm } from '@techvp/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addYears } from '../../server/dist/domain/china-time';
import { Role } from '../../server/dist/modules/identity/role';
import { PipelineService } from '../../server/dist/modules/workflow/pipeline.service';
import { startTestServer, TestServer } from '../support/server';
import { accountFor, CREATE_APPLICATION, draft, fails, ok, openCall, SUBMIT, today, uploadAll } from './support';

const GRADE = 'mutation($input: GradeEvaluationInput!) { gradeEvaluation(input: $input) { id grade gradedOn score } }';
const DISBURSE_REWARD = 'mutation($id: Int!) { disburseReward(rewardId: $id) { id status disbursedOn } }';

describe('evaluations and their consequences (Art. 17-19)', () => {
  let api: TestServer;
  let bureau: string;
  let agency: string;
  let finance: string;
  let cycleId: number;
  let revoked: { appointmentId: number; expertId: number };

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    bureau = await api.login('bureau');
    agency = await api.login('agency');
    finance = await api.login('finance');
  });
  afterAll(async () => api?.close());

  /** An active appointment overlapping the cycle, with at least one open project when asked. */
  async function activeAppointment(withOpenProject: boolean, skip: number[] = []) {
    const { rows } = await api.db.sql.query(
      `select a.id, a.expert_id from appointment a where a.status = 'ACTIVE' and a.service_start <= '2027-12-31'
          and ($1::bool = false or exists (select 1 from project p where p.appointment_id = a.id and p.status in ('PROPOSED', 'APPROVED', 'IN_PROGRESS')))
          and not (a.id = any($2::int[]))
        order by a.id limit 1`,
      [withOpenProject, skip],
    );
    return { appointmentId: rows[0].id as number, expertId: rows[0].expert_id as number };
  }

  it('the bureau opens a cycle; only the bureau may', async () => {
    await fails(
      api,
      agency,
      'FORBIDDEN',
      'mutation { openEvaluationCycle(input: { code: "2026-2027", periodStart: "2026-01-01", periodEnd: "2027-12-31" }) { id } }',
    );
    const res = await ok<{ openEvaluationCycle: { id: number; status: string } }>(
      api,
      bureau,
      'mutation { openEvaluationCycle(input: { code: "2026-2027", periodStart: "2026-01-01", periodEnd: "2027-12-31", agency: "齐鲁科评（聊城）咨询服务中心" }) { id status } }',
    );
    expect(res.openEvaluationCycle.status).toBe('OPEN');
    cycleId = res.openEvaluationCycle.id;
    await fails(
      api,
      bureau,
      'CONFLICT',
      'mutation { openEvaluationCycle(input: { code: "2026-2027", periodStart: "2026-01-01", periodEnd: "2027-12-31" }) { id } }',
    );
  });

  it('UNQUALIFIED revokes the appointment, cancels its open projects and bans the expert for two years, in one step', async () => {
    revoked = await activeAppointment(true);
    const { rows: open } = await api.db.sql.query(
      "select id from project where appointment_id = $1 and status in ('PROPOSED', 'APPROVED', 'IN_PROGRESS') order by id",
      [revoked.appointmentId],
    );
    const { rows: closed } = await api.db.sql.query(
      "select id, status from project where appointment_id = $1 and status not in ('PROPOSED', 'APPROVED', 'IN_PROGRESS') order by id",
      [revoked.appointmentId],
    );
    const res = await ok<{ gradeEvaluation: { grade: string; gradedOn: string } }>(api, agency, GRADE, {
      input: { cycleId, appointmentId: revoked.appointmentId, grade: 'UNQUALIFIED', score: 48, remarks: '年度服务次数和驻企天数均未达标' },
    });
    expect(res.gradeEvaluation).toMatchObject({ grade: 'UNQUALIFIED', gradedOn: today(), score: 48 });
    const { rows: appt } = await api.db.sql.query('select status, ended_on::text, end_reason from appointment where id = $1', [
      revoked.appointmentId,
    ]);
    expect(appt[0]).toMatchObject({ status: 'REVOKED', ended_on: today() });
    expect(appt[0].end_reason).toMatch(/第十七条/);
    const { rows: projects } = await api.db.sql.query(
      'select id, status, closed_on::text from project where appointment_id = $1 order by id',
      [revoked.appointmentId],
    );
    for (const p of projects) {
      if (open.some((o) => o.id === p.id)) expect(p).toMatchObject({ status: 'CANCELLED', closed_on: today() });
      else expect(p.status).toBe(closed.find((c) => c.id === p.id)!.status);
    }
    const { rows: expert } = await api.db.sql.query('select banned_until::text from expert where id = $1', [revoked.expertId]);
    expect(expert[0].banned_until).toBe(addYears(today(), 2));
    // Graded once per cycle.
    await fails(api, bureau, 'CONFLICT', GRADE, { input: { cycleId, appointmentId: revoked.appointmentId, grade: 'GOOD' } });
    // No new project for a revoked appointment (Art. 17).
    const propose = await fails(
      api,
      bureau,
      'RULE_VIOLATION',
      'mutation($input: ProposeProjectInput!) { proposeProject(input: $input) { id } }',
      {
        input: {
          appointmentId: revoked.appointmentId,
          title: '新项目',
          enterpriseFen: 100_000_000,
          universityFen: 0,
          financeFen: 50_000_000,
        },
      },
    );
    expect(propose).toMatchObject({ rule: 'PROJECT_ELIGIBILITY', article: '第十七条' });
  });

  it('E5 (Art. 17): the unqualified expert cannot be proposed in a new application for two years', async () => {
    const callId = await openCall(api, bureau, Number(today().slice(0, 4)) + 1);
    const { rows } = await api.db.sql.query(
      `select e.id from enterprise e where e.independent_legal_person and e.finances_sound and e.registered_on < current_date - interval '2 years'
         and (e.violation_on is null or e.violation_on < current_date - interval '4 years') and e.rd_spending_fen * 100 >= e.revenue_fen * 5
         and not exists (select 1 from enterprise_tie t join expert x on x.id = $1 where t.enterprise_id = e.id and (t.expert_id = x.id or t.institution_id = x.institution_id))
       order by e.id limit 1`,
      [revoked.expertId],
    );
    const token = await accountFor(api, 'ENTERPRISE', { enterpriseId: rows[0].id });
    const app = (
      await ok<{ createApplication: { id: number; version: number } }>(api, token, CREATE_APPLICATION, {
        input: draft(callId, revoked.expertId),
      })
    ).createApplication;
    await uploadAll(api, token, app.id);
    const err = await fails(api, token, 'RULE_VIOLATION', SUBMIT, { a: app.id, v: app.version });
    expect(err).toMatchObject({ rule: 'E5', article: '第十七条' });
    expect((err.failing as Array<{ rule: string }>).map((f) => f.rule)).toEqual(['E5']);
    expect(err.message).toContain(addYears(today(), 2));
    const { rows: after } = await api.db.sql.query('select stage, version from application where id = $1', [app.id]);
    expect(after[0]).toEqual({ stage: 'DRAFT', version: app.version });
    const { rows: checks } = await api.db.sql.query(
      "select rule, passed from rule_check where application_id = $1 and step = 'SUBMISSION' and not passed",
      [app.id],
    );
    expect(checks).toEqual([{ rule: 'E5', passed: false }]);

    // The ban ends two years after the grade: the day before it still blocks, the day itself does not.
    const orm = await createOrm({ url: api.db.url, poolMax: 1 });
    try {
      const { rows: b } = await api.db.sql.query("select id from app_user where username = 'bureau'");
      const viewer = { userId: b[0].id, username: 'bureau', role: Role.ST_BUREAU, divisionId: null, enterpriseId: null, expertId: null };
      const until = addYears(today(), 2);
      const at = (day: string) => new PipelineService(orm.em.fork(), viewer, () => new Date(`${day}T10:00:00+08:00`));
      const e5 = async (day: string) => (await at(day).previewRules(app.id)).find((r) => r.rule === 'E5')!.passed;
      expect(await e5(addDays(until, -1))).toBe(false);
      expect(await e5(until)).toBe(true);
    } finally {
      await orm.close(true);
    }
  });

  it('EXCELLENT grants the cash reward, the certificate and the Gold Card B with serials, and makes the expert’s projects priority', async () => {
    const { appointmentId, expertId } = await activeAppointment(true, [revoked.appointmentId]);
    const year = today().slice(0, 4);
    const { rows: prev } = await api.db.sql.query(
      `select coalesce(max((regexp_match(serial_no, '^聊科副总优〔${year}〕(\\d+)号$'))[1]::int), 0) as cert,
              coalesce(max((regexp_match(serial_no, '^LCRC-B-${year}-(\\d+)$'))[1]::int), 0) as card from reward`,
    );
    const graded = await ok<{ gradeEvaluation: { id: number } }>(api, bureau, GRADE, {
      input: { cycleId, appointmentId, grade: 'EXCELLENT', score: 96 },
    });
    const { rows: rewards } = await api.db.sql.query(
      'select id, kind, amount_fen::int as amount, serial_no, status, expert_id from reward where evaluation_id = $1 order by kind',
      [graded.gradeEvaluation.id],
    );
    expect(rewards.map(({ kind, amount, serial_no, status, expert_id }) => ({ kind, amount, serial_no, status, expert_id }))).toEqual([
      { kind: 'CASH', amount: 5_000_000, serial_no: null, status: 'GRANTED', expert_id: expertId },
      { kind: 'CERTIFICATE', amount: 0, serial_no: `聊科副总优〔${year}〕${prev[0].cert + 1}号`, status: 'GRANTED', expert_id: expertId },
      {
        kind: 'GOLD_CARD_B',
        amount: 0,
        serial_no: `LCRC-B-${year}-${String(prev[0].card + 1).padStart(5, '0')}`,
        status: 'GRANTED',
        expert_id: expertId,
      },
    ]);
    const { rows: projects } = await api.db.sql.query(
      "select bool_and(p.priority) as all_priority, count(*)::int as n from project p join appointment a on a.id = p.appointment_id where a.expert_id = $1 and p.status in ('PROPOSED', 'APPROVED', 'IN_PROGRESS')",
      [expertId],
    );
    expect(projects[0]).toMatchObject({ all_priority: true });
    expect(projects[0].n).toBeGreaterThan(0);

    // Finance pays the cash; the bureau hands over certificate and card; each once.
    const cash = rewards.find((r) => r.kind === 'CASH')!;
    const cert = rewards.find((r) => r.kind === 'CERTIFICATE')!;
    await fails(api, bureau, 'FORBIDDEN', DISBURSE_REWARD, { id: cash.id });
    await fails(api, finance, 'FORBIDDEN', DISBURSE_REWARD, { id: cert.id });
    const paid = await ok<{ disburseReward: { status: string; disbursedOn: string } }>(api, finance, DISBURSE_REWARD, { id: cash.id });
    expect(paid.disburseReward).toMatchObject({ status: 'DISBURSED', disbursedOn: today() });
    await fails(api, finance, 'CONFLICT', DISBURSE_REWARD, { id: cash.id });
    await ok(api, bureau, DISBURSE_REWARD, { id: cert.id });
  });

  it('only the bureau and the evaluation agency grade', async () => {
    const { appointmentId } = await activeAppointment(false, [revoked.appointmentId]);
    for (const user of ['analyst', 'finance', 'county-371502', 'orgdept']) {
      await fails(api, await api.login(user), 'FORBIDDEN', GRADE, { input: { cycleId, appointmentId, grade: 'GOOD' } });
    }
  });

  it('files the results with the Organisation Department and closes the cycle', async () => {
    const filed = await ok<{ fileEvaluationResults: { id: number; version: number; kind: string; summary: string; filingNo: string } }>(
      api,
      bureau,
      `mutation { fileEvaluationResults(cycleId: ${cycleId}) { id version kind summary filingNo } }`,
    );
    expect(filed.fileEvaluationResults.kind).toBe('EVALUATION_RESULT');
    expect(filed.fileEvaluationResults.summary).toMatch(/共考核科技副总2名，其中优秀1名、良好0名、合格0名、不合格1名/);
    expect(filed.fileEvaluationResults.filingNo).toMatch(new RegExp(`^聊科副总考备〔${today().slice(0, 4)}〕\\d+号$`));
    const { rows } = await api.db.sql.query('select status from evaluation_cycle where id = $1', [cycleId]);
    expect(rows[0].status).toBe('CLOSED');
    const { appointmentId } = await activeAppointment(false, [revoked.appointmentId]);
    await fails(api, bureau, 'CONFLICT', GRADE, { input: { cycleId, appointmentId, grade: 'GOOD' } });
    const ack = await ok<{ acknowledgeFiling: { status: string } }>(
      api,
      await api.login('orgdept'),
      'mutation($id: Int!, $v: Int!) { acknowledgeFiling(input: { id: $id, version: $v }) { status } }',
      { id: filed.fileEvaluationResults.id, v: filed.fileEvaluationResults.version },
    );
    expect(ack.acknowledgeFiling.status).toBe('ACKNOWLEDGED');
  });
});
