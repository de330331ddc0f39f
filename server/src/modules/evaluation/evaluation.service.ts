/**
 * Biennial evaluations (Art. 17, 18, 19) and their consequences. "A third-party agency may assist,
 * the bureau decides" (Art. 17): the agency's grade is a proposal (PROPOSED) that the S&T bureau
 * approves, one by one or in a batch, or sends back with a reason (RETURNED, to be graded again);
 * a grade the bureau enters itself is decided at once. The consequences apply in the deciding
 * step's own transaction, exactly once: EXCELLENT grants the 50,000-yuan cash reward (for finance to disburse), the
 * certificate and the Talent Service Gold Card B with serial numbers, and makes the expert's
 * projects priority; UNQUALIFIED revokes the appointment, cancels its open projects and bars the
 * expert from applying for two years (rule E5). Results are filed with the Organisation
 * Department.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { addYears, isIsoDate } from '../../domain/china-time';
import { badInput, notFound } from '../../graphql/errors';
import { assertAppointmentEnd } from '../appointment/appointment.rules';
import { Appointment, AppointmentStatus } from '../appointment/appointment.entity';
import { Expert } from '../expert/expert.entity';
import { FilingKind, FilingRecord, FilingStatus } from '../filing/filing-record.entity';
import { Role } from '../identity/role';
import { User } from '../identity/user.entity';
import { Project, ProjectStatus } from '../project/project.entity';
import { loadPolicy } from '../workflow/settings';
import { lockRow, nextNumber, WorkflowService } from '../workflow/step';
import { conflict, forbidden, ruleViolation } from '../workflow/workflow.errors';
import { CycleStatus, EvaluationCycle } from './evaluation-cycle.entity';
import { Evaluation, EvaluationStatus, Grade } from './evaluation.entity';
import { Reward, RewardKind, RewardStatus } from './reward.entity';

export interface OpenCycleInput {
  code: string;
  periodStart: string;
  periodEnd: string;
  agency?: string | null;
}

export interface RewardPayment {
  /** The payment voucher (cash rewards, required). */
  voucherNo?: string | null;
  /** The day paid or handed over, in China; required for cash, today by default for the others. */
  paidOn?: string | null;
}

export interface GradeInput {
  cycleId: number;
  appointmentId: number;
  grade: Grade;
  score?: number | null;
  remarks?: string | null;
}

/** Projects still open, which an unqualified grade cancels (Art. 17). */
export const OPEN_PROJECT_STATUSES = [ProjectStatus.PROPOSED, ProjectStatus.APPROVED, ProjectStatus.IN_PROGRESS];

/** The two-year ban after an unqualified grade (Art. 17): no new application before this day. */
export function banUntil(gradedOn: string): string {
  return addYears(gradedOn, 2);
}

export class EvaluationService extends WorkflowService {
  /** The bureau opens a biennial cycle, possibly run by a third-party agency. */
  async openCycle(input: OpenCycleInput): Promise<EvaluationCycle> {
    return this.step({ operation: 'openEvaluationCycle', objectType: 'EvaluationCycle' }, async (tx) => {
      if (this.viewer.role !== Role.ST_BUREAU)
        throw forbidden('只有市科技局可以组织绩效考核', 'Only the S&T bureau opens an evaluation cycle');
      const code = (input.code ?? '').trim();
      const m = /^(\d{4})-(\d{4})$/.exec(code);
      if (!m || Number(m[2]) !== Number(m[1]) + 1) {
        throw badInput('code', '周期代码须为相邻两年，如 2026-2027 / code must name two consecutive years, e.g. 2026-2027');
      }
      for (const [field, v] of [
        ['periodStart', input.periodStart],
        ['periodEnd', input.periodEnd],
      ] as const) {
        if (!isIsoDate(v)) throw badInput(field, `${field} 须为有效日期 / ${field} must be a valid date`);
      }
      if (input.periodEnd <= input.periodStart) throw badInput('periodEnd', '考核期结束须晚于开始 / periodEnd must be after periodStart');
      if (await tx.count(EvaluationCycle, { code }))
        throw conflict(`考核周期 ${code} 已存在`, `Cycle ${code} already exists`, { field: 'code' });
      const agency = input.agency?.trim() || undefined;
      if (agency && [...agency].length > 128) throw badInput('agency', '机构名称不超过128字 / agency is at most 128 characters');
      const cycle = tx.create(EvaluationCycle, {
        code,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        agency,
        status: CycleStatus.OPEN,
      });
      await tx.flush();
      return { value: cycle, objectIds: [cycle.id], detail: { code } };
    });
  }

  /**
   * Grades one appointment in an open cycle. The bureau's grade is decided at once, with the
   * consequences of Art. 17-19; the agency's is a proposal with no consequence until the bureau
   * approves it. A proposal sent back is graded again (by the agency or the bureau) in its place.
   */
  async grade(input: GradeInput): Promise<Evaluation> {
    return this.step({ operation: 'gradeEvaluation', objectType: 'Evaluation', subjectIds: [input.appointmentId] }, async (tx) => {
      const { cycle, appt, remarks, returned } = await this.gradable(tx, input, true);
      const gradedOn = this.today();
      const decides = this.viewer.role === Role.ST_BUREAU;
      const fields = {
        grade: input.grade,
        score: input.score ?? undefined,
        gradedOn,
        gradedBy: tx.getReference(User, this.viewer.userId),
        remarks,
        status: decides ? EvaluationStatus.DECIDED : EvaluationStatus.PROPOSED,
        decidedOn: decides ? gradedOn : undefined,
        decidedBy: decides ? tx.getReference(User, this.viewer.userId) : undefined,
        returnReason: undefined,
      };
      const evaluation = returned
        ? Object.assign(returned, fields)
        : tx.create(Evaluation, { cycle, appointment: appt, division: appt.division, sector: appt.sector, ...fields });
      const detail: Record<string, unknown> = { grade: input.grade, cycle: cycle.code, status: evaluation.status };
      if (decides) Object.assign(detail, await applyGradeConsequences(tx, evaluation, appt, cycle.code, gradedOn));
      await tx.flush();
      return { value: evaluation, objectIds: [evaluation.id, appt.id], detail };
    });
  }

  /**
   * The bureau approves the agency's proposals (Art. 17), all or none: each becomes DECIDED today
   * and its consequences (Art. 17-19) apply now, once. A grade already decided or sent back is
   * refused, so a second approval changes nothing.
   */
  async approveGrades(evaluationIds: number[]): Promise<Evaluation[]> {
    const ids = [...new Set(evaluationIds)];
    return this.step({ operation: 'approveGrades', objectType: 'Evaluation', subjectIds: ids }, async (tx) => {
      if (this.viewer.role !== Role.ST_BUREAU)
        throw forbidden('只有市科技局决定考核等级（第十七条）', 'Only the S&T bureau decides a grade (Art. 17)');
      if (!ids.length || ids.length > APPROVE_BATCH_MAX) {
        throw badInput(
          'evaluationIds',
          `evaluationIds 须为1至${APPROVE_BATCH_MAX}条 / evaluationIds must list 1 to ${APPROVE_BATCH_MAX} grades`,
        );
      }
      const decidedOn = this.today();
      const out: Evaluation[] = [];
      const detail: Record<string, unknown> = {};
      for (const id of ids.sort((a, b) => a - b)) {
        const { evaluation, cycle, appt } = await this.pendingProposal(tx, id);
        evaluation.status = EvaluationStatus.DECIDED;
        evaluation.decidedOn = decidedOn;
        evaluation.decidedBy = tx.getReference(User, this.viewer.userId);
        detail[String(id)] = { grade: evaluation.grade, ...(await applyGradeConsequences(tx, evaluation, appt, cycle.code, decidedOn)) };
        out.push(evaluation);
      }
      await tx.flush();
      return { value: out, objectIds: ids, detail };
    });
  }

  /** The bureau sends an agency's proposal back with its reason; nothing else changes (Art. 17). */
  async returnGrade(evaluationId: number, reason: string): Promise<Evaluation> {
    return this.step({ operation: 'returnGrade', objectType: 'Evaluation', subjectIds: [evaluationId] }, async (tx) => {
      if (this.viewer.role !== Role.ST_BUREAU)
        throw forbidden('只有市科技局退回考核建议（第十七条）', 'Only the S&T bureau sends a proposal back (Art. 17)');
      const why = (reason ?? '').trim();
      if ([...why].length < 2 || [...why].length > 500) {
        throw badInput('reason', '退回理由须为2至500个字符（第十七条） / reason must be 2 to 500 characters (Art. 17)');
      }
      const { evaluation } = await this.pendingProposal(tx, evaluationId);
      evaluation.status = EvaluationStatus.RETURNED;
      evaluation.returnReason = why;
      return { value: evaluation, objectIds: [evaluation.id], detail: { reason: why } };
    });
  }

  /**
   * Dry run of approving a proposal: what Art. 17-19 would do if the bureau approved it today
   * (the approval worklist shows it before the bureau confirms).
   */
  async previewApproval(evaluationId: number): Promise<GradePreview> {
    if (this.viewer.role !== Role.ST_BUREAU)
      throw forbidden('只有市科技局决定考核等级（第十七条）', 'Only the S&T bureau decides a grade (Art. 17)');
    const { evaluation, cycle, appt } = await this.pendingProposal(this.em, evaluationId, false);
    const gradedOn = this.today();
    const plan = await planGradeConsequences(this.em, evaluation.grade, appt, gradedOn);
    return { cycleCode: cycle.code, appointmentId: appt.id, grade: evaluation.grade, gradedOn, ...plan };
  }

  /** A proposal the bureau may decide now: PROPOSED, its cycle open, its appointment still graded. */
  private async pendingProposal(tx: EntityManager, id: number, lock = true) {
    if (lock && !(await lockRow(tx, 'evaluation', id))) throw notFound('Evaluation', String(id));
    const evaluation = await tx.findOne(Evaluation, id, { refresh: lock, populate: ['cycle'] });
    if (!evaluation) throw notFound('Evaluation', String(id));
    if (evaluation.status !== EvaluationStatus.PROPOSED) {
      const zh = evaluation.status === EvaluationStatus.DECIDED ? '已由市科技局决定' : '已退回受托机构';
      const en = evaluation.status === EvaluationStatus.DECIDED ? 'already decided' : 'sent back to the agency';
      throw conflict(`考核结果 ${id} ${zh}，不能再次审核（第十七条）`, `Evaluation ${id} is ${en}; it cannot be decided again (Art. 17)`, {
        field: 'evaluationIds',
        status: evaluation.status,
      });
    }
    const cycle = evaluation.cycle;
    if (cycle.status !== CycleStatus.OPEN)
      throw conflict(`考核周期 ${cycle.code} 已结束`, `Cycle ${cycle.code} is closed`, { field: 'evaluationIds' });
    if (lock && !(await lockRow(tx, 'appointment', evaluation.appointment.id)))
      throw notFound('Appointment', String(evaluation.appointment.id));
    const appt = await tx.findOneOrFail(Appointment, evaluation.appointment.id, { refresh: lock });
    if (appt.status !== AppointmentStatus.ACTIVE && appt.status !== AppointmentStatus.COMPLETED) {
      throw conflict(`任职状态为 ${appt.status}，不参加考核`, `The appointment is ${appt.status}; it is not graded`, {
        field: 'evaluationIds',
      });
    }
    return { evaluation, cycle, appt };
  }

  /**
   * Dry run of `grade`: the same checks, and what Art. 17-19 would do, without writing anything
   * (the desk shows it in the confirmation before the grade is submitted).
   */
  async previewGrade(input: GradeInput): Promise<GradePreview> {
    const { cycle, appt } = await this.gradable(this.em, input, false);
    const gradedOn = this.today();
    const plan = await planGradeConsequences(this.em, input.grade, appt, gradedOn);
    return { cycleCode: cycle.code, appointmentId: appt.id, grade: input.grade, gradedOn, ...plan };
  }

  /**
   * The cycle's worklist: every appointment the cycle evaluates (serving or completed, its service
   * overlapping the period), with its grade once given or proposed. Graded ones stay listed
   * whatever their status became (an unqualified grade revokes).
   */
  async worklist(cycleId: number): Promise<WorklistRow[]> {
    if (this.viewer.role !== Role.ST_BUREAU && this.viewer.role !== Role.EVALUATION_AGENCY) {
      throw forbidden('只有市科技局或受托考核机构查看考核工作清单', 'Only the S&T bureau or the evaluation agency sees the worklist');
    }
    const cycle = await this.em.findOne(EvaluationCycle, cycleId);
    if (!cycle) throw notFound('EvaluationCycle', String(cycleId));
    const rows = await this.em.execute<Array<{ appointment_id: number; evaluation_id: number | null }>>(
      `select a.id as appointment_id, e.id as evaluation_id
         from appointment a left join evaluation e on e.appointment_id = a.id and e.cycle_id = ?
        where e.id is not null
           or (a.status in ('ACTIVE', 'COMPLETED') and a.service_start <= ? and a.service_end >= ?)
        order by e.id is not null, a.id`,
      [cycle.id, cycle.periodEnd, cycle.periodStart],
    );
    const appts = await this.em.find(Appointment, { id: { $in: rows.map((r) => r.appointment_id) } });
    const evals = await this.em.find(Evaluation, { id: { $in: rows.filter((r) => r.evaluation_id).map((r) => r.evaluation_id!) } });
    const byId = new Map(appts.map((a) => [a.id, a]));
    const evalById = new Map(evals.map((e) => [e.id, e]));
    return rows.map((r) => {
      const evaluation = r.evaluation_id ? (evalById.get(r.evaluation_id) ?? null) : null;
      return {
        appointment: byId.get(r.appointment_id)!,
        evaluation,
        nextActions: evaluationActions(cycle.status, evaluation?.status ?? null, this.viewer.role),
      };
    });
  }

  /** The cash rewards of a cycle (Art. 17): how many, granted, paid and still to pay, in fen. */
  async rewardBudget(cycleId: number): Promise<RewardBudget> {
    const cycle = await this.em.findOne(EvaluationCycle, cycleId);
    if (!cycle) throw notFound('EvaluationCycle', String(cycleId));
    const [row] = await this.em.execute<Array<Record<string, string | null>>>(
      `select count(*) as rewards,
              coalesce(sum(r.amount_fen), 0) as granted,
              coalesce(sum(r.amount_fen) filter (where r.status = 'DISBURSED'), 0) as paid,
              count(*) filter (where r.status = 'DISBURSED') as paid_count
         from reward r join evaluation e on e.id = r.evaluation_id
        where e.cycle_id = ? and r.kind = 'CASH'`,
      [cycle.id],
    );
    const n = (v: unknown) => Number(v ?? 0);
    return {
      cycleId: cycle.id,
      cycleCode: cycle.code,
      rewards: n(row.rewards),
      paidRewards: n(row.paid_count),
      grantedFen: n(row.granted),
      paidFen: n(row.paid),
      unpaidFen: n(row.granted) - n(row.paid),
    };
  }

  /** Who grades what, and the checks `grade` and its dry run share. */
  private async gradable(tx: EntityManager, input: GradeInput, lock: boolean) {
    if (this.viewer.role !== Role.ST_BUREAU && this.viewer.role !== Role.EVALUATION_AGENCY) {
      throw forbidden('只有市科技局或受托考核机构可以评定等级', 'Only the S&T bureau or the evaluation agency grades');
    }
    if (!(Object.values(Grade) as string[]).includes(input.grade)) throw badInput('grade', '考核等级无效 / grade is not valid');
    if (input.score != null && (!Number.isInteger(input.score) || input.score < 0 || input.score > 100)) {
      throw badInput('score', '得分须为0至100的整数 / score must be a whole number from 0 to 100');
    }
    const remarks = input.remarks?.trim() || undefined;
    if (remarks && [...remarks].length > 2000) throw badInput('remarks', '评语不超过2000字 / remarks is at most 2000 characters');
    if (lock && !(await lockRow(tx, 'evaluation_cycle', input.cycleId))) throw notFound('EvaluationCycle', String(input.cycleId));
    const cycle = await tx.findOne(EvaluationCycle, input.cycleId, { refresh: lock });
    if (!cycle) throw notFound('EvaluationCycle', String(input.cycleId));
    if (cycle.status !== CycleStatus.OPEN)
      throw conflict(`考核周期 ${cycle.code} 已结束`, `Cycle ${cycle.code} is closed`, { field: 'cycleId' });
    if (lock && !(await lockRow(tx, 'appointment', input.appointmentId))) throw notFound('Appointment', String(input.appointmentId));
    const appt = await tx.findOne(Appointment, input.appointmentId, { refresh: lock });
    if (!appt) throw notFound('Appointment', String(input.appointmentId));
    if (appt.status !== AppointmentStatus.ACTIVE && appt.status !== AppointmentStatus.COMPLETED) {
      throw conflict(`任职状态为 ${appt.status}，不参加考核`, `The appointment is ${appt.status}; it is not graded`, {
        field: 'appointmentId',
      });
    }
    if (appt.serviceStart > cycle.periodEnd || appt.serviceEnd < cycle.periodStart) {
      throw badInput(
        'appointmentId',
        `任职期间与考核期${cycle.periodStart}至${cycle.periodEnd}不重叠 / The service does not overlap the period evaluated`,
      );
    }
    const existing = await tx.findOne(Evaluation, { cycle, appointment: appt }, { refresh: lock });
    if (existing && existing.status !== EvaluationStatus.RETURNED) {
      const pending = existing.status === EvaluationStatus.PROPOSED;
      throw conflict(
        pending ? `该任职在 ${cycle.code} 周期已有待市科技局决定的考核建议（第十七条）` : `该任职在 ${cycle.code} 周期已评定`,
        pending
          ? `This appointment already has a proposal awaiting the bureau in ${cycle.code} (Art. 17)`
          : `This appointment is already graded in ${cycle.code}`,
        { field: 'appointmentId' },
      );
    }
    return { cycle, appt, remarks, returned: existing };
  }

  /**
   * Finance pays the cash reward, with the payment voucher's number and the day it was paid (China
   * time; not after today, not before the grant); the bureau hands over the certificate and the
   * gold card (today unless another day is given).
   */
  async disburseReward(rewardId: number, payment: RewardPayment = {}): Promise<Reward> {
    return this.step({ operation: 'disburseReward', objectType: 'Reward', subjectIds: [rewardId] }, async (tx) => {
      if (!(await lockRow(tx, 'reward', rewardId))) throw notFound('Reward', String(rewardId));
      const reward = await tx.findOneOrFail(Reward, rewardId, { refresh: true });
      const owner = reward.kind === RewardKind.CASH ? Role.FINANCE : Role.ST_BUREAU;
      if (this.viewer.role !== owner) {
        throw forbidden(`${reward.kind} 奖励由 ${owner} 发放`, `A ${reward.kind} reward is handed out by ${owner}`, { field: 'rewardId' });
      }
      if (reward.status !== RewardStatus.GRANTED) throw conflict('该奖励已拨付或发放', 'This reward has already been paid or handed over');
      const today = this.today();
      const paidOn = payment.paidOn ?? (reward.kind === RewardKind.CASH ? null : today);
      if (!paidOn || !isIsoDate(paidOn)) {
        throw badInput('paidOn', '拨付日期须为有效日期（第十七条奖金拨付） / paidOn must be a valid date of payment (Art. 17 reward)');
      }
      if (paidOn > today) throw badInput('paidOn', `拨付日期 ${paidOn} 晚于今天（${today}） / paidOn ${paidOn} is after today`);
      if (paidOn < reward.grantedOn) {
        throw badInput('paidOn', `拨付日期 ${paidOn} 早于奖励授予日期 ${reward.grantedOn} / paidOn is before the reward was granted`);
      }
      let voucherNo: string | undefined;
      if (reward.kind === RewardKind.CASH) {
        voucherNo = (payment.voucherNo ?? '').trim();
        if (!/^[0-9A-Za-z-]{1,32}$/.test(voucherNo)) {
          throw badInput(
            'voucherNo',
            '凭证号须为1至32位字母、数字或连字符（奖金拨付须有凭证） / voucherNo is 1 to 32 letters, digits or hyphens',
          );
        }
        if (await tx.count(Reward, { voucherNo })) {
          throw conflict(`凭证号 ${voucherNo} 已用于另一笔奖金`, `Voucher ${voucherNo} is already used by another reward`, {
            field: 'voucherNo',
          });
        }
      } else if (payment.voucherNo) {
        throw badInput('voucherNo', '证书和金卡发放无凭证号 / a certificate or card has no payment voucher');
      }
      reward.status = RewardStatus.DISBURSED;
      reward.disbursedOn = paidOn;
      reward.voucherNo = voucherNo;
      return {
        value: reward,
        objectIds: [reward.id],
        detail: { kind: reward.kind, amountFen: reward.amountFen, paidOn, ...(voucherNo ? { voucherNo } : {}) },
      };
    });
  }

  /** Files a cycle's results with the Organisation Department and closes the cycle (Art. 17). */
  async fileResults(cycleId: number): Promise<FilingRecord> {
    return this.step({ operation: 'fileEvaluationResults', objectType: 'FilingRecord', subjectIds: [cycleId] }, async (tx) => {
      if (this.viewer.role !== Role.ST_BUREAU) throw forbidden('只有市科技局报送考核结果', 'Only the S&T bureau files evaluation results');
      if (!(await lockRow(tx, 'evaluation_cycle', cycleId))) throw notFound('EvaluationCycle', String(cycleId));
      const cycle = await tx.findOneOrFail(EvaluationCycle, cycleId, { refresh: true });
      if (cycle.status !== CycleStatus.OPEN)
        throw conflict(`考核周期 ${cycle.code} 已结束并备案`, `Cycle ${cycle.code} is already closed and filed`);
      const [undecided] = await undecidedPerCycle(tx, [cycle.id]);
      if (undecided > 0) {
        throw ruleViolation(
          'EVALUATION_DECIDED',
          '第十七条',
          `考核周期 ${cycle.code} 尚有${undecided}名科技副总的等级未经市科技局决定（未评定、待审核或已退回），不能报送备案`,
          `${undecided} appointment(s) due in cycle ${cycle.code} have no grade decided by the bureau yet; the results cannot be filed`,
          { field: 'cycleId', undecided },
        );
      }
      const rows = await tx.execute<Array<{ grade: Grade; n: string }>>(
        "select grade, count(*) as n from evaluation where cycle_id = ? and status = 'DECIDED' group by grade",
        [cycle.id],
      );
      const count = (g: Grade) => Number(rows.find((r) => r.grade === g)?.n ?? 0);
      const total = rows.reduce((a, r) => a + Number(r.n), 0);
      if (!total) throw conflict('该周期尚无考核结果', 'This cycle has no grades yet');
      const today = this.today();
      const filing = tx.create(FilingRecord, {
        filingNo: await nextNumber(tx, 'EVALUATION_FILING', Number(today.slice(0, 4))),
        kind: FilingKind.EVALUATION_RESULT,
        evaluationCycle: cycle,
        title: `关于${cycle.code}年度“科技副总”绩效考核结果的备案报告`,
        summary: `${cycle.code}年度共考核科技副总${total}名，其中优秀${count(Grade.EXCELLENT)}名、良好${count(Grade.GOOD)}名、合格${count(Grade.QUALIFIED)}名、不合格${count(Grade.UNQUALIFIED)}名${cycle.agency ? `；考核委托${cycle.agency}协助完成` : ''}。`,
        filedOn: today,
        filedBy: tx.getReference(User, this.viewer.userId),
        status: FilingStatus.PENDING,
      });
      cycle.status = CycleStatus.CLOSED;
      await tx.flush();
      return { value: filing, objectIds: [filing.id, cycle.id], detail: { cycle: cycle.code, total } };
    });
  }
}

/** What Art. 17-19 did after one grade: rewards granted, or the revocation and the ban. */
export interface GradeConsequences {
  /** EXCELLENT: the rewards granted, e.g. `CASH`, `CERTIFICATE 聊科副总优〔2026〕1号`. */
  rewards?: string[];
  /** EXCELLENT: the expert's open projects now supported first (Art. 19). */
  prioritisedProjects?: number[];
  /** UNQUALIFIED: the appointment revoked, its open projects cancelled, the expert barred until. */
  revoked?: { appointmentId: number; cancelledProjects: number[]; bannedUntil: string };
}

export interface RewardBudget {
  cycleId: number;
  cycleCode: string;
  rewards: number;
  paidRewards: number;
  grantedFen: number;
  paidFen: number;
  unpaidFen: number;
}

/** Finance pays a granted cash reward; the bureau hands over a granted certificate or card. */
export function rewardActions(kind: RewardKind, status: RewardStatus, role: Role): EvaluationAction[] {
  if (status !== RewardStatus.GRANTED) return [];
  const owner = kind === RewardKind.CASH ? Role.FINANCE : Role.ST_BUREAU;
  return role === owner ? [EvaluationAction.DISBURSE_REWARD] : [];
}

/** What may be done in a cycle's worklist. */
export enum EvaluationAction {
  GRADE = 'GRADE',
  APPROVE_GRADE = 'APPROVE_GRADE',
  RETURN_GRADE = 'RETURN_GRADE',
  DISBURSE_REWARD = 'DISBURSE_REWARD',
  FILE_RESULTS = 'FILE_RESULTS',
}

/** The most proposals approved in one batch. */
export const APPROVE_BATCH_MAX = 200;

/**
 * The bureau files an open cycle's results once every appointment due has a decided grade and
 * there is at least one (Art. 17).
 */
export function cycleActions(status: CycleStatus, due: number, undecided: number, role: Role): EvaluationAction[] {
  if (status !== CycleStatus.OPEN) return [];
  const out: EvaluationAction[] = [];
  if (role === Role.ST_BUREAU || role === Role.EVALUATION_AGENCY) out.push(EvaluationAction.GRADE);
  if (role === Role.ST_BUREAU && due > 0 && undecided === 0) out.push(EvaluationAction.FILE_RESULTS);
  return out;
}

/**
 * One appointment's actions in an open cycle (Art. 17): either grader grades it while it has no
 * grade or its proposal was sent back; the bureau approves or sends back the agency's proposal.
 */
export function evaluationActions(cycle: CycleStatus, status: EvaluationStatus | null, role: Role): EvaluationAction[] {
  if (cycle !== CycleStatus.OPEN) return [];
  const grader = role === Role.ST_BUREAU || role === Role.EVALUATION_AGENCY;
  if (status === null || status === EvaluationStatus.RETURNED) return grader ? [EvaluationAction.GRADE] : [];
  if (status === EvaluationStatus.PROPOSED && role === Role.ST_BUREAU)
    return [EvaluationAction.APPROVE_GRADE, EvaluationAction.RETURN_GRADE];
  return [];
}

/**
 * Per cycle: the appointments it evaluates (serving or completed with service overlapping the
 * period, or already graded in it) and how many of them have no decided grade yet.
 */
export async function cycleProgress(em: EntityManager, cycleIds: readonly number[]): Promise<Array<{ due: number; undecided: number }>> {
  if (!cycleIds.length) return [];
  const rows = await em.execute<Array<{ id: number; due: string; undecided: string }>>(
    `select c.id,
            count(a.id)::text as due,
            count(a.id) filter (where e.status is distinct from 'DECIDED')::text as undecided
       from evaluation_cycle c
       join appointment a on (a.status in ('ACTIVE', 'COMPLETED') and a.service_start <= c.period_end and a.service_end >= c.period_start)
                          or exists (select 1 from evaluation x where x.cycle_id = c.id and x.appointment_id = a.id)
       left join evaluation e on e.cycle_id = c.id and e.appointment_id = a.id
      where c.id in (?)
      group by c.id`,
    [[...cycleIds]],
  );
  const byId = new Map(rows.map((r) => [Number(r.id), { due: Number(r.due), undecided: Number(r.undecided) }]));
  return cycleIds.map((id) => byId.get(id) ?? { due: 0, undecided: 0 });
}

/** How many appointments due in each cycle have no decided grade yet. */
async function undecidedPerCycle(em: EntityManager, cycleIds: number[]): Promise<number[]> {
  return (await cycleProgress(em, cycleIds)).map((p) => p.undecided);
}

export interface WorklistRow {
  appointment: Appointment;
  evaluation: Evaluation | null;
  nextActions: EvaluationAction[];
}

/** What a grade would set off (Art. 17-19), computed before anything is written. */
export interface ConsequencePlan {
  /** EXCELLENT: the cash reward in fen (a setting, 50,000 yuan by the text), certificate and Gold Card B. */
  rewardFen: number;
  certificate: boolean;
  goldCardB: boolean;
  /** EXCELLENT: the expert's open projects, which become priority (Art. 19). */
  prioritisedProjects: Project[];
  /** UNQUALIFIED: the appointment is revoked, these open projects cancelled, the expert barred until. */
  revokes: boolean;
  cancelledProjects: Project[];
  bannedUntil: string | null;
}

export interface GradePreview extends ConsequencePlan {
  cycleCode: string;
  appointmentId: number;
  grade: Grade;
  gradedOn: string;
}

/** The one reading of Art. 17-19 that both the dry run and the grading step act on. */
export async function planGradeConsequences(
  em: EntityManager,
  grade: Grade,
  appt: Appointment,
  gradedOn: string,
): Promise<ConsequencePlan> {
  const none: ConsequencePlan = {
    rewardFen: 0,
    certificate: false,
    goldCardB: false,
    prioritisedProjects: [],
    revokes: false,
    cancelledProjects: [],
    bannedUntil: null,
  };
  if (grade === Grade.EXCELLENT) {
    const settings = await loadPolicy(em);
    const prioritisedProjects = await em.find(
      Project,
      { appointment: { expert: appt.expert }, status: { $in: OPEN_PROJECT_STATUSES } },
      { orderBy: { id: 'asc' } },
    );
    return { ...none, rewardFen: settings.excellentRewardFen, certificate: true, goldCardB: true, prioritisedProjects };
  }
  if (grade === Grade.UNQUALIFIED) {
    const cancelledProjects = await em.find(
      Project,
      { appointment: appt, status: { $in: OPEN_PROJECT_STATUSES } },
      { orderBy: { id: 'asc' } },
    );
    const expert = await em.findOneOrFail(Expert, appt.expert.id);
    const until = banUntil(gradedOn);
    const bannedUntil = !expert.bannedUntil || expert.bannedUntil < until ? until : expert.bannedUntil;
    return { ...none, revokes: true, cancelledProjects, bannedUntil };
  }
  return none;
}

/**
 * The consequences of a grade (Art. 17-19), for the grading step and for imported results alike.
 * EXCELLENT grants the cash reward (for finance to pay), the excellence certificate and the
 * Talent Service Gold Card B with serial numbers of the grading year, and makes the expert's
 * open projects priority; UNQUALIFIED revokes the appointment as of the grading day, cancels its
 * open projects and bars the expert from applying for two years. Other grades change nothing.
 * The caller holds the appointment's row lock and flushes.
 */
export async function applyGradeConsequences(
  tx: EntityManager,
  evaluation: Evaluation,
  appt: Appointment,
  cycleCode: string,
  gradedOn: string,
): Promise<GradeConsequences> {
  const plan = await planGradeConsequences(tx, evaluation.grade, appt, gradedOn);
  if (evaluation.grade === Grade.EXCELLENT) {
    const year = Number(gradedOn.slice(0, 4));
    const base = { evaluation, expert: appt.expert, division: appt.division, status: RewardStatus.GRANTED, grantedOn: gradedOn };
    const rewards = [
      tx.create(Reward, { ...base, kind: RewardKind.CASH, amountFen: plan.rewardFen }),
      tx.create(Reward, {
        ...base,
        kind: RewardKind.CERTIFICATE,
        amountFen: 0,
        serialNo: await nextNumber(tx, 'EXCELLENCE_CERTIFICATE', year),
      }),
      tx.create(Reward, { ...base, kind: RewardKind.GOLD_CARD_B, amountFen: 0, serialNo: await nextNumber(tx, 'GOLD_CARD', year) }),
    ];
    // Art. 19: the expert's co-innovation projects are supported first.
    for (const p of plan.prioritisedProjects) p.priority = true;
    return {
      rewards: rewards.map((r) => `${r.kind}${r.serialNo ? ` ${r.serialNo}` : ''}`),
      prioritisedProjects: plan.prioritisedProjects.map((p) => p.id),
    };
  }
  if (evaluation.grade === Grade.UNQUALIFIED) {
    appt.status = AppointmentStatus.REVOKED;
    appt.endedOn = gradedOn;
    appt.endReason = `${cycleCode}年度绩效考核不合格，撤销科技副总选派资格，取消协同创新项目承担资格，两年内不得再次申报（第十七条）`;
    // The revocation's day must agree with the appointment (not before it began): named by field, not by constraint.
    assertAppointmentEnd(appt);
    for (const p of plan.cancelledProjects) {
      p.status = ProjectStatus.CANCELLED;
      p.closedOn = gradedOn;
    }
    const expert = await tx.findOneOrFail(Expert, appt.expert.id);
    expert.bannedUntil = plan.bannedUntil!;
    return {
      revoked: { appointmentId: appt.id, cancelledProjects: plan.cancelledProjects.map((p) => p.id), bannedUntil: expert.bannedUntil },
    };
  }
  return {};
}
