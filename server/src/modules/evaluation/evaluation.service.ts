/**
 * Biennial evaluations (Art. 17, 18, 19) and their consequences, all in the grading step's own
 * transaction: EXCELLENT grants the 50,000-yuan cash reward (for finance to disburse), the
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
import { conflict, forbidden } from '../workflow/workflow.errors';
import { CycleStatus, EvaluationCycle } from './evaluation-cycle.entity';
import { Evaluation, Grade } from './evaluation.entity';
import { Reward, RewardKind, RewardStatus } from './reward.entity';

export interface OpenCycleInput {
  code: string;
  periodStart: string;
  periodEnd: string;
  agency?: string | null;
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

  /** Grades one appointment in an open cycle, with the consequences of Art. 17-19. */
  async grade(input: GradeInput): Promise<Evaluation> {
    return this.step({ operation: 'gradeEvaluation', objectType: 'Evaluation', subjectIds: [input.appointmentId] }, async (tx) => {
      if (this.viewer.role !== Role.ST_BUREAU && this.viewer.role !== Role.EVALUATION_AGENCY) {
        throw forbidden('只有市科技局或受托考核机构可以评定等级', 'Only the S&T bureau or the evaluation agency grades');
      }
      if (!(Object.values(Grade) as string[]).includes(input.grade)) throw badInput('grade', '考核等级无效 / grade is not valid');
      if (input.score != null && (!Number.isInteger(input.score) || input.score < 0 || input.score > 100)) {
        throw badInput('score', '得分须为0至100的整数 / score must be a whole number from 0 to 100');
      }
      const remarks = input.remarks?.trim() || undefined;
      if (remarks && [...remarks].length > 2000) throw badInput('remarks', '评语不超过2000字 / remarks is at most 2000 characters');
      if (!(await lockRow(tx, 'evaluation_cycle', input.cycleId))) throw notFound('EvaluationCycle', String(input.cycleId));
      const cycle = await tx.findOneOrFail(EvaluationCycle, input.cycleId, { refresh: true });
      if (cycle.status !== CycleStatus.OPEN)
        throw conflict(`考核周期 ${cycle.code} 已结束`, `Cycle ${cycle.code} is closed`, { field: 'cycleId' });
      if (!(await lockRow(tx, 'appointment', input.appointmentId))) throw notFound('Appointment', String(input.appointmentId));
      const appt = await tx.findOneOrFail(Appointment, input.appointmentId, { refresh: true });
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
      if (await tx.count(Evaluation, { cycle, appointment: appt })) {
        throw conflict(`该任职在 ${cycle.code} 周期已评定`, `This appointment is already graded in ${cycle.code}`, {
          field: 'appointmentId',
        });
      }
      const gradedOn = this.today();
      const evaluation = tx.create(Evaluation, {
        cycle,
        appointment: appt,
        division: appt.division,
        sector: appt.sector,
        grade: input.grade,
        score: input.score ?? undefined,
        gradedOn,
        gradedBy: tx.getReference(User, this.viewer.userId),
        remarks,
      });
      const detail: Record<string, unknown> = { grade: input.grade, cycle: cycle.code };
      Object.assign(detail, await applyGradeConsequences(tx, evaluation, appt, cycle.code, gradedOn));
      await tx.flush();
      return { value: evaluation, objectIds: [evaluation.id, appt.id], detail };
    });
  }

  /** Finance pays the cash reward; the bureau hands over the certificate and the gold card. */
  async disburseReward(rewardId: number): Promise<Reward> {
    return this.step({ operation: 'disburseReward', objectType: 'Reward', subjectIds: [rewardId] }, async (tx) => {
      if (!(await lockRow(tx, 'reward', rewardId))) throw notFound('Reward', String(rewardId));
      const reward = await tx.findOneOrFail(Reward, rewardId, { refresh: true });
      const owner = reward.kind === RewardKind.CASH ? Role.FINANCE : Role.ST_BUREAU;
      if (this.viewer.role !== owner) {
        throw forbidden(`${reward.kind} 奖励由 ${owner} 发放`, `A ${reward.kind} reward is handed out by ${owner}`, { field: 'rewardId' });
      }
      if (reward.status !== RewardStatus.GRANTED) throw conflict('该奖励已拨付或发放', 'This reward has already been paid or handed over');
      reward.status = RewardStatus.DISBURSED;
      reward.disbursedOn = this.today();
      return { value: reward, objectIds: [reward.id], detail: { kind: reward.kind, amountFen: reward.amountFen } };
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
      const rows = await tx.execute<Array<{ grade: Grade; n: string }>>(
        'select grade, count(*) as n from evaluation where cycle_id = ? group by grade',
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
  if (evaluation.grade === Grade.EXCELLENT) {
    const settings = await loadPolicy(tx);
    const year = Number(gradedOn.slice(0, 4));
    const base = { evaluation, expert: appt.expert, division: appt.division, status: RewardStatus.GRANTED, grantedOn: gradedOn };
    const rewards = [
      tx.create(Reward, { ...base, kind: RewardKind.CASH, amountFen: settings.excellentRewardFen }),
      tx.create(Reward, {
        ...base,
        kind: RewardKind.CERTIFICATE,
        amountFen: 0,
        serialNo: await nextNumber(tx, 'EXCELLENCE_CERTIFICATE', year),
      }),
      tx.create(Reward, { ...base, kind: RewardKind.GOLD_CARD_B, amountFen: 0, serialNo: await nextNumber(tx, 'GOLD_CARD', year) }),
    ];
    // Art. 19: the expert's co-innovation projects are supported first.
    const projects = await tx.find(Project, { appointment: { expert: appt.expert }, status: { $in: OPEN_PROJECT_STATUSES } });
    for (const p of projects) p.priority = true;
    return {
      rewards: rewards.map((r) => `${r.kind}${r.serialNo ? ` ${r.serialNo}` : ''}`),
      prioritisedProjects: projects.map((p) => p.id),
    };
  }
  if (evaluation.grade === Grade.UNQUALIFIED) {
    appt.status = AppointmentStatus.REVOKED;
    appt.endedOn = gradedOn;
    appt.endReason = `${cycleCode}年度绩效考核不合格，撤销科技副总选派资格，取消协同创新项目承担资格，两年内不得再次申报（第十七条）`;
    // The revocation's day must agree with the appointment (not before it began): named by field, not by constraint.
    assertAppointmentEnd(appt);
    const projects = await tx.find(Project, { appointment: appt, status: { $in: OPEN_PROJECT_STATUSES } });
    for (const p of projects) {
      p.status = ProjectStatus.CANCELLED;
      p.closedOn = gradedOn;
    }
    const expert = await tx.findOneOrFail(Expert, appt.expert.id);
    const until = banUntil(gradedOn);
    if (!expert.bannedUntil || expert.bannedUntil < until) expert.bannedUntil = until;
    return { revoked: { appointmentId: appt.id, cancelledProjects: projects.map((p) => p.id), bannedUntil: expert.bannedUntil } };
  }
  return {};
}
