/**
 * Biennial evaluations (Art. 17-19). The agency's grade is a proposal that the bureau approves or
 * sends back ("a third-party agency may assist, the bureau decides"); the consequences apply in
 * the deciding step itself, exactly once:
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

const GRADE =
  'mutation($input: GradeEvaluationInput!) { gradeEvaluation(input: $input) { id grade gradedOn score status decidedOn nextActions } }';
const APPROVE = 'mutation($ids: [Int!]!) { approveGrades(input: { evaluationIds: $ids }) { id status decidedOn decidedByName } }';
const RETURN =
  'mutation($id: Int!, $reason: String!) { returnGrade(input: { evaluationId: $id, reason: $reason }) { id status returnReason } }';
const DISBURSE_REWARD =
  'mutation($id: Int!, $voucher: String, $paidOn: LocalDate) { disburseReward(rewardId: $id, voucherNo: $voucher, paidOn: $paidOn) { id status disbursedOn voucherNo } }';

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

  /** What grading may change: appointment, projects, expert ban, rewards, filings. */
  async function consequencesOf(appointmentId: number, expertId: number) {
    const { rows } = await api.db.sql.query(
      `select (select status from appointment where id = $1) as appointment,
              (select json_agg(json_build_object('id', id, 'status', status, 'priority', priority) order by id) from project
                where appointment_id in (select id from appointment where expert_id = $2)) as projects,
              (select banned_until::text from expert where id = $2) as banned_until,
              (select count(*)::int from reward where expert_id = $2) as rewards`,
      [appointmentId, expertId],
    );
    return rows[0];
  }

  it('UNQUALIFIED proposed by the agency changes nothing; the bureau’s approval revokes, cancels open projects and bans, exactly once', async () => {
    revoked = await activeAppointment(true);
    const { rows: open } = await api.db.sql.query(
      "select id from project where appointment_id = $1 and status in ('PROPOSED', 'APPROVED', 'IN_PROGRESS') order by id",
      [revoked.appointmentId],
    );
    const { rows: closed } = await api.db.sql.query(
      "select id, status from project where appointment_id = $1 and status not in ('PROPOSED', 'APPROVED', 'IN_PROGRESS') order by id",
      [revoked.appointmentId],
    );
    const before = await consequencesOf(revoked.appointmentId, revoked.expertId);
    const res = await ok<{ gradeEvaluation: { id: number; grade: string; gradedOn: string; status: string; nextActions: string[] } }>(
      api,
      agency,
      GRADE,
      {
        input: {
          cycleId,
          appointmentId: revoked.appointmentId,
          grade: 'UNQUALIFIED',
          score: 48,
          remarks: '年度服务次数和驻企天数均未达标',
        },
      },
    );
    expect(res.gradeEvaluation).toMatchObject({ grade: 'UNQUALIFIED', gradedOn: today(), score: 48, status: 'PROPOSED', decidedOn: null });
    // The agency may not decide; the bureau sees approve and send back.
    expect(res.gradeEvaluation.nextActions).toEqual([]);
    const evaluationId = res.gradeEvaluation.id;
    const asBureau = await ok<{ evaluation: { nextActions: string[]; gradedByName: string } }>(
      api,
      bureau,
      'query($id: Int!) { evaluation(id: $id) { nextActions gradedByName } }',
      { id: evaluationId },
    );
    expect(asBureau.evaluation.nextActions).toEqual(['APPROVE_GRADE', 'RETURN_GRADE']);
    expect(asBureau.evaluation.gradedByName).toBeTruthy();
    expect(await consequencesOf(revoked.appointmentId, revoked.expertId)).toEqual(before);
    await fails(api, agency, 'FORBIDDEN', APPROVE, { ids: [evaluationId] });
    // A pending proposal is not graded over.
    await fails(api, bureau, 'CONFLICT', GRADE, { input: { cycleId, appointmentId: revoked.appointmentId, grade: 'GOOD' } });

    const approved = await ok<{ approveGrades: Array<{ id: number; status: string; decidedOn: string; decidedByName: string }> }>(
      api,
      bureau,
      APPROVE,
      { ids: [evaluationId] },
    );
    expect(approved.approveGrades).toMatchObject([{ id: evaluationId, status: 'DECIDED', decidedOn: today() }]);
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
    // A second approval is refused and changes nothing.
    const after = await consequencesOf(revoked.appointmentId, revoked.expertId);
    const again = await fails(api, bureau, 'CONFLICT', APPROVE, { ids: [evaluationId] });
    expect(again.message).toContain('已由市科技局决定');
    expect(await consequencesOf(revoked.appointmentId, revoked.expertId)).toEqual(after);
    const { rows: decided } = await api.db.sql.query(
      'select status, decided_on::text, decided_by_id is not null as by from evaluation where id = $1',
      [evaluationId],
    );
    expect(decided[0]).toEqual({ status: 'DECIDED', decided_on: today(), by: true });
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

  it('EXCELLENT entered by the bureau grants the cash reward, the certificate and the Gold Card B with serials, and makes the expert’s projects priority', async () => {
    const { appointmentId, expertId } = await activeAppointment(true, [revoked.appointmentId]);
    const year = today().slice(0, 4);
    const { rows: prev } = await api.db.sql.query(
      `select coalesce(max((regexp_match(serial_no, '^聊科副总优〔${year}〕(\\d+)号$'))[1]::int), 0) as cert,
              coalesce(max((regexp_match(serial_no, '^LCRC-B-${year}-(\\d+)$'))[1]::int), 0) as card from reward`,
    );
    // The bureau's own grade is decided at once.
    const graded = await ok<{ gradeEvaluation: { id: number; status: string; decidedOn: string } }>(api, bureau, GRADE, {
      input: { cycleId, appointmentId, grade: 'EXCELLENT', score: 96 },
    });
    expect(graded.gradeEvaluation).toMatchObject({ status: 'DECIDED', decidedOn: today() });
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
    // The payment carries its voucher and the day paid (China time), validated.
    await api.db.sql.query('update reward set granted_on = $2 where evaluation_id = $1', [
      graded.gradeEvaluation.id,
      addDays(today(), -10),
    ]);
    const noVoucher = await fails(api, finance, 'BAD_USER_INPUT', DISBURSE_REWARD, { id: cash.id, paidOn: today() });
    expect(noVoucher.message).toContain('凭证号');
    await fails(api, finance, 'BAD_USER_INPUT', DISBURSE_REWARD, { id: cash.id, voucher: 'JL-2026-0815' });
    const late = await fails(api, finance, 'BAD_USER_INPUT', DISBURSE_REWARD, {
      id: cash.id,
      voucher: 'JL-2026-0815',
      paidOn: addDays(today(), 1),
    });
    expect(late.message).toContain('晚于今天');
    const early = await fails(api, finance, 'BAD_USER_INPUT', DISBURSE_REWARD, {
      id: cash.id,
      voucher: 'JL-2026-0815',
      paidOn: addDays(today(), -11),
    });
    expect(early.message).toContain('早于奖励授予日期');
    const { rows: other } = await api.db.sql.query(
      "select id from reward where kind = 'CASH' and status = 'GRANTED' and id <> $1 order by id limit 1",
      [cash.id],
    );
    const paid = await ok<{ disburseReward: { status: string; disbursedOn: string; voucherNo: string } }>(api, finance, DISBURSE_REWARD, {
      id: cash.id,
      voucher: 'JL-2026-0815',
      paidOn: addDays(today(), -3),
    });
    expect(paid.disburseReward).toMatchObject({ status: 'DISBURSED', disbursedOn: addDays(today(), -3), voucherNo: 'JL-2026-0815' });
    const { rows: stored } = await api.db.sql.query('select status, disbursed_on::text, voucher_no from reward where id = $1', [cash.id]);
    expect(stored[0]).toEqual({ status: 'DISBURSED', disbursed_on: addDays(today(), -3), voucher_no: 'JL-2026-0815' });
    await fails(api, finance, 'CONFLICT', DISBURSE_REWARD, { id: cash.id, voucher: 'JL-2026-0816', paidOn: today() });
    if (other[0]) {
      const reused = await fails(api, finance, 'CONFLICT', DISBURSE_REWARD, { id: other[0].id, voucher: 'JL-2026-0815', paidOn: today() });
      expect(reused.message).toContain('凭证号 JL-2026-0815 已用于另一笔奖金');
    }
    await ok(api, bureau, DISBURSE_REWARD, { id: cert.id });
  });

  it('only the bureau and the evaluation agency grade', async () => {
    const { appointmentId } = await activeAppointment(false, [revoked.appointmentId]);
    for (const user of ['analyst', 'finance', 'county-371502', 'orgdept']) {
      await fails(api, await api.login(user), 'FORBIDDEN', GRADE, { input: { cycleId, appointmentId, grade: 'GOOD' } });
    }
  });

  it('the bureau sends a proposal back with a reason; nothing applies, and the agency grades it again', async () => {
    const taken = (await api.db.sql.query('select appointment_id from evaluation where cycle_id = $1', [cycleId])).rows.map(
      (r) => r.appointment_id as number,
    );
    const target = await activeAppointment(true, taken);
    const before = await consequencesOf(target.appointmentId, target.expertId);
    const proposed = await ok<{ gradeEvaluation: { id: number } }>(api, agency, GRADE, {
      input: { cycleId, appointmentId: target.appointmentId, grade: 'UNQUALIFIED', score: 55 },
    });
    const id = proposed.gradeEvaluation.id;
    const short = await fails(api, bureau, 'BAD_USER_INPUT', RETURN, { id, reason: ' ' });
    expect(short.message).toContain('退回理由');
    await fails(api, agency, 'FORBIDDEN', RETURN, { id, reason: '证据不足，请补充驻企天数核查' });
    const returned = await ok<{ returnGrade: { status: string; returnReason: string } }>(api, bureau, RETURN, {
      id,
      reason: '证据不足，请补充驻企天数核查',
    });
    expect(returned.returnGrade).toEqual({ id, status: 'RETURNED', returnReason: '证据不足，请补充驻企天数核查' });
    expect(await consequencesOf(target.appointmentId, target.expertId)).toEqual(before);
    // A returned proposal cannot be approved; the agency sees GRADE again.
    await fails(api, bureau, 'CONFLICT', APPROVE, { ids: [id] });
    const list = await ok<{ evaluationWorklist: Array<{ appointment: { id: number }; nextActions: string[] }> }>(
      api,
      agency,
      'query($c: Int!) { evaluationWorklist(cycleId: $c) { appointment { id } nextActions } }',
      { c: cycleId },
    );
    expect(list.evaluationWorklist.find((r) => r.appointment.id === target.appointmentId)!.nextActions).toEqual(['GRADE']);
    const again = await ok<{ gradeEvaluation: { id: number; grade: string; status: string } }>(api, agency, GRADE, {
      input: { cycleId, appointmentId: target.appointmentId, grade: 'QUALIFIED', score: 72 },
    });
    expect(again.gradeEvaluation).toMatchObject({ id, grade: 'QUALIFIED', status: 'PROPOSED' });
    const { rows } = await api.db.sql.query('select status, return_reason, grade from evaluation where id = $1', [id]);
    expect(rows[0]).toEqual({ status: 'PROPOSED', return_reason: null, grade: 'QUALIFIED' });
  });

  it('the bureau approves several proposals at once, all or none; an EXCELLENT one grants its rewards once', async () => {
    const taken = (await api.db.sql.query('select appointment_id from evaluation where cycle_id = $1', [cycleId])).rows.map(
      (r) => r.appointment_id as number,
    );
    const a = await activeAppointment(false, [revoked.appointmentId, ...taken]);
    const b = await activeAppointment(false, [revoked.appointmentId, ...taken, a.appointmentId]);
    const pa = await ok<{ gradeEvaluation: { id: number } }>(api, agency, GRADE, {
      input: { cycleId, appointmentId: a.appointmentId, grade: 'EXCELLENT', score: 93 },
    });
    const pb = await ok<{ gradeEvaluation: { id: number } }>(api, agency, GRADE, {
      input: { cycleId, appointmentId: b.appointmentId, grade: 'GOOD', score: 85 },
    });
    const rewardsOf = async (id: number) =>
      (await api.db.sql.query('select count(*)::int as n from reward where evaluation_id = $1', [id])).rows[0].n as number;
    expect(await rewardsOf(pa.gradeEvaluation.id)).toBe(0);
    const preview = await ok<{ previewGradeApproval: { grade: string; rewardFen: number; goldCardB: boolean } }>(
      api,
      bureau,
      'query($id: Int!) { previewGradeApproval(evaluationId: $id) { grade rewardFen goldCardB } }',
      { id: pa.gradeEvaluation.id },
    );
    expect(preview.previewGradeApproval).toEqual({ grade: 'EXCELLENT', rewardFen: 5_000_000, goldCardB: true });
    // One decided grade in the batch refuses the whole batch.
    const { rows: decided } = await api.db.sql.query("select id from evaluation where cycle_id = $1 and status = 'DECIDED' limit 1", [
      cycleId,
    ]);
    await fails(api, bureau, 'CONFLICT', APPROVE, { ids: [pa.gradeEvaluation.id, decided[0].id] });
    expect(await rewardsOf(pa.gradeEvaluation.id)).toBe(0);
    const { rows: still } = await api.db.sql.query('select status from evaluation where id = $1', [pa.gradeEvaluation.id]);
    expect(still[0].status).toBe('PROPOSED');

    const res = await ok<{ approveGrades: Array<{ status: string }> }>(api, bureau, APPROVE, {
      ids: [pa.gradeEvaluation.id, pb.gradeEvaluation.id],
    });
    expect(res.approveGrades.map((e) => e.status)).toEqual(['DECIDED', 'DECIDED']);
    expect(await rewardsOf(pa.gradeEvaluation.id)).toBe(3);
    expect(await rewardsOf(pb.gradeEvaluation.id)).toBe(0);
    await fails(api, bureau, 'CONFLICT', APPROVE, { ids: [pa.gradeEvaluation.id] });
    expect(await rewardsOf(pa.gradeEvaluation.id)).toBe(3);
  });

  it('refuses to file while an appointment due has no decided grade, naming how many (Art. 17)', async () => {
    const undecided = async () =>
      (
        await api.db.sql.query(
          `select count(*)::int as n from appointment a left join evaluation e on e.appointment_id = a.id and e.cycle_id = $1
            where (e.id is not null or (a.status in ('ACTIVE', 'COMPLETED') and a.service_start <= '2027-12-31' and a.service_end >= '2026-01-01'))
              and e.status is distinct from 'DECIDED'`,
          [cycleId],
        )
      ).rows[0].n as number;
    const n = await undecided();
    expect(n).toBeGreaterThan(1);
    const FILE = `mutation { fileEvaluationResults(cycleId: ${cycleId}) { id } }`;
    const err = await fails(api, bureau, 'RULE_VIOLATION', FILE);
    expect(err).toMatchObject({ rule: 'EVALUATION_DECIDED', article: '第十七条', undecided: n });
    expect(err.message).toContain(`尚有${n}名科技副总的等级未经市科技局决定`);
    const cycle = async () =>
      (await ok<{ evaluationCycle: { nextActions: string[] } }>(api, bureau, `query { evaluationCycle(id: ${cycleId}) { nextActions } }`))
        .evaluationCycle.nextActions;
    expect(await cycle()).toEqual(['GRADE']);

    // The bureau decides the rest: approves the pending proposals, grades the others itself.
    const { rows: pending } = await api.db.sql.query("select id from evaluation where cycle_id = $1 and status = 'PROPOSED' order by id", [
      cycleId,
    ]);
    await ok(api, bureau, APPROVE, { ids: pending.map((r) => r.id) });
    const { rows: left } = await api.db.sql.query(
      `select a.id from appointment a where a.status in ('ACTIVE', 'COMPLETED') and a.service_start <= '2027-12-31' and a.service_end >= '2026-01-01'
          and not exists (select 1 from evaluation e where e.appointment_id = a.id and e.cycle_id = $1) order by a.id`,
      [cycleId],
    );
    const last = left.pop()!;
    for (const r of left) await ok(api, bureau, GRADE, { input: { cycleId, appointmentId: r.id, grade: 'QUALIFIED' } });
    // One left, proposed by the agency: still refused, with the count.
    await ok(api, agency, GRADE, { input: { cycleId, appointmentId: last.id, grade: 'GOOD' } });
    expect(await undecided()).toBe(1);
    expect((await fails(api, bureau, 'RULE_VIOLATION', FILE)).message).toContain('尚有1名');
    const { rows: lastEval } = await api.db.sql.query('select id from evaluation where cycle_id = $1 and appointment_id = $2', [
      cycleId,
      last.id,
    ]);
    await ok(api, bureau, APPROVE, { ids: [lastEval[0].id] });
    expect(await undecided()).toBe(0);
    expect(await cycle()).toEqual(['GRADE', 'FILE_RESULTS']);
  });

  it('files the results with the Organisation Department and closes the cycle', async () => {
    const filed = await ok<{ fileEvaluationResults: { id: number; version: number; kind: string; summary: string; filingNo: string } }>(
      api,
      bureau,
      `mutation { fileEvaluationResults(cycleId: ${cycleId}) { id version kind summary filingNo } }`,
    );
    expect(filed.fileEvaluationResults.kind).toBe('EVALUATION_RESULT');
    const { rows: grades } = await api.db.sql.query(
      `select count(*)::int as total, count(*) filter (where grade = 'EXCELLENT')::int as excellent, count(*) filter (where grade = 'GOOD')::int as good,
              count(*) filter (where grade = 'QUALIFIED')::int as qualified, count(*) filter (where grade = 'UNQUALIFIED')::int as unqualified
         from evaluation where cycle_id = $1 and status = 'DECIDED'`,
      [cycleId],
    );
    const g = grades[0];
    expect(filed.fileEvaluationResults.summary).toContain(
      `共考核科技副总${g.total}名，其中优秀${g.excellent}名、良好${g.good}名、合格${g.qualified}名、不合格${g.unqualified}名`,
    );
    expect(g.excellent).toBe(2);
    expect(g.unqualified).toBe(1);
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
