/**
 * Co-innovation projects (Art. 2, 19, 20, 21): proposal, approval (立项), disbursements in
 * tranches, acceptance (验收) or failure. The split rules of Art. 20 (the enterprise puts in at
 * least half of the total; university and finance support at most 1,000,000 yuan) are checked
 * on every change of the amounts; no funder is ever paid more than was approved for it, checked
 * while the project row is locked (`select … for update`), so concurrent tranches cannot
 * overshoot together.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { isIsoDate } from '../../domain/china-time';
import { formatYuan } from '../../domain/money';
import { badInput, notFound } from '../../graphql/errors';
import { Appointment, AppointmentStatus } from '../appointment/appointment.entity';
import { Evaluation, Grade } from '../evaluation/evaluation.entity';
import { Role } from '../identity/role';
import { User } from '../identity/user.entity';
import { loadPolicy, PolicySettings } from '../workflow/settings';
import { assertAppointmentInScope } from '../workflow/scope';
import { assertVersion, lockRow, nextNumber, WorkflowService } from '../workflow/step';
import { conflict, forbidden, ruleViolation } from '../workflow/workflow.errors';
import { Disbursement, Funder } from './disbursement.entity';
import { Project, ProjectStatus } from './project.entity';

export interface Funding {
  enterpriseFen: number;
  universityFen: number;
  financeFen: number;
}

export interface ProposeInput extends Funding {
  appointmentId: number;
  title: string;
}

export interface DisbursementPreview {
  projectId: number;
  funder: Funder;
  amountFen: number;
  tranche: number;
  guards: DisbursementGuard[];
  voucherUsed: boolean;
  /** True when `disburse` with this input would be accepted as things stand. */
  allowed: boolean;
}

export interface DisburseInput {
  projectId: number;
  funder: Funder;
  amountFen: number;
  voucherNo: string;
  disbursedOn?: string | null;
}

/** What may be done to a project now, by whom (the desks show only these buttons). */
export enum ProjectAction {
  APPROVE = 'APPROVE',
  CHANGE_FUNDING = 'CHANGE_FUNDING',
  DISBURSE = 'DISBURSE',
  ACCEPT = 'ACCEPT',
  FAIL = 'FAIL',
}

export function projectActions(status: ProjectStatus, role: Role): ProjectAction[] {
  const open = status === ProjectStatus.APPROVED || status === ProjectStatus.IN_PROGRESS;
  if (role === Role.FINANCE) return open ? [ProjectAction.DISBURSE] : [];
  if (role !== Role.ST_BUREAU) return [];
  if (status === ProjectStatus.PROPOSED) return [ProjectAction.APPROVE, ProjectAction.CHANGE_FUNDING];
  return open ? [ProjectAction.CHANGE_FUNDING, ProjectAction.ACCEPT, ProjectAction.FAIL] : [];
}

/** Approved, paid and remaining money of one funder. */
export interface FunderAmounts {
  funder: Funder;
  approvedFen: number;
  paidFen: number;
  remainingFen: number;
}

export enum GuardLevel {
  /** The step is refused. */
  BLOCK = 'BLOCK',
  /** Allowed, but the desk says so before saving. */
  WARN = 'WARN',
}

/** One Art. 20-21 guard on a tranche, evaluated before anything is written. */
export interface DisbursementGuard {
  code: 'OVER_APPROVED' | 'ENTERPRISE_SHARE' | 'SUPPORT_CAP';
  article: string;
  level: GuardLevel;
  passed: boolean;
  message: string;
}

/**
 * The guards of Art. 20-21 on one tranche, from the approved and paid amounts: no funder is paid
 * above what was approved for it (refused); support paid by university and finance above the cap
 * (refused); the enterprise's share of the money paid in so far below the minimum (a warning: the
 * approved split complies, the enterprise may still pay its part later).
 */
export function disbursementGuards(
  project: Funding,
  paid: Record<Funder, number>,
  funder: Funder,
  amountFen: number,
  settings: Pick<PolicySettings, 'projectMinEnterpriseShare' | 'projectSupportCapFen'>,
): DisbursementGuard[] {
  const after = { ...paid, [funder]: paid[funder] + amountFen };
  const approved = project[FUNDER_FIELD[funder]];
  const total = after.ENTERPRISE + after.UNIVERSITY + after.FINANCE;
  const support = after.UNIVERSITY + after.FINANCE;
  const shareBp = Math.round(settings.projectMinEnterpriseShare * 10_000);
  const shareOk = BigInt(after.ENTERPRISE) * 10_000n >= BigInt(total) * BigInt(shareBp);
  const pct = total ? ((after.ENTERPRISE * 100) / total).toFixed(1) : '0';
  const zh = FUNDER_ZH[funder];
  return [
    {
      code: 'OVER_APPROVED',
      article: '第二十一条',
      level: GuardLevel.BLOCK,
      passed: after[funder] <= approved,
      message: `${zh}批准${formatYuan(approved)}元，已拨付${formatYuan(paid[funder])}元，本次${formatYuan(amountFen)}元后为${formatYuan(
        after[funder],
      )}元 / ${funder} approved ${formatYuan(approved)} yuan, paid ${formatYuan(paid[funder])}, ${formatYuan(after[funder])} after this tranche`,
    },
    {
      code: 'SUPPORT_CAP',
      article: '第二十条',
      level: GuardLevel.BLOCK,
      passed: support <= settings.projectSupportCapFen,
      message: `高校和财政累计拨付${formatYuan(support)}元，上限${formatYuan(settings.projectSupportCapFen)}元 / University and finance paid ${formatYuan(
        support,
      )} yuan in total, cap ${formatYuan(settings.projectSupportCapFen)} yuan`,
    },
    {
      code: 'ENTERPRISE_SHARE',
      article: '第二十条',
      level: GuardLevel.WARN,
      passed: shareOk,
      message: `本次后企业到位资金占已到位总额${pct}%，规定不低于${shareBp / 100}% / After this tranche the enterprise has put in ${pct}% of the money paid in; the minimum is ${
        shareBp / 100
      }%`,
    },
  ];
}

const FUNDER_ZH: Record<Funder, string> = { [Funder.ENTERPRISE]: '企业', [Funder.UNIVERSITY]: '高校院所', [Funder.FINANCE]: '市财政' };

const FUNDER_FIELD: Record<Funder, keyof Funding> = {
  [Funder.ENTERPRISE]: 'enterpriseFen',
  [Funder.UNIVERSITY]: 'universityFen',
  [Funder.FINANCE]: 'financeFen',
};

/** What is wrong with the amounts under Art. 20 (bilingual), and the fields that broke the rule. */
export interface SplitProblem {
  message: string;
  fields: Array<keyof Funding>;
}

/** One Art. 20 guard on a project's amounts, with the figures it computed (the desks show it before saving). */
export interface FundingGuard {
  code: 'ENTERPRISE_SHARE' | 'SUPPORT_CAP' | 'BELOW_PAID';
  article: string;
  passed: boolean;
  message: string;
  fields: Array<keyof Funding>;
}

/** The figures behind the Art. 20 guards: total, support, the enterprise's share in basis points, the limits. */
export interface FundingFigures {
  totalFen: number;
  supportFen: number;
  /** Enterprise / total in basis points (1/100 of a percent), rounded down; 0 when the total is 0. */
  enterpriseShareBp: number;
  minEnterpriseShareBp: number;
  supportCapFen: number;
}

export function fundingFigures(
  f: Funding,
  settings: Pick<PolicySettings, 'projectMinEnterpriseShare' | 'projectSupportCapFen'>,
): FundingFigures {
  const totalFen = f.enterpriseFen + f.universityFen + f.financeFen;
  return {
    totalFen,
    supportFen: f.universityFen + f.financeFen,
    enterpriseShareBp: totalFen > 0 ? Number((BigInt(f.enterpriseFen) * 10_000n) / BigInt(totalFen)) : 0,
    minEnterpriseShareBp: Math.round(settings.projectMinEnterpriseShare * 10_000),
    supportCapFen: settings.projectSupportCapFen,
  };
}

/**
 * The Art. 20 guards on a project's amounts, each with its verdict and figures: the enterprise puts
 * in at least the minimum share of the total (exact, in integers); support from university and
 * finance is at most the cap. The steps (propose, approve, change funding) refuse the first that
 * fails (`splitProblem`); the dry run `previewProjectFunding` shows them all.
 */
export function fundingGuards(
  f: Funding,
  settings: Pick<PolicySettings, 'projectMinEnterpriseShare' | 'projectSupportCapFen'>,
): FundingGuard[] {
  const { totalFen: total, supportFen: support, minEnterpriseShareBp: shareBp, enterpriseShareBp } = fundingFigures(f, settings);
  const cap = settings.projectSupportCapFen;
  const shareOk = BigInt(f.enterpriseFen) * 10_000n >= BigInt(total) * BigInt(shareBp);
  const pct = (enterpriseShareBp / 100).toFixed(2);
  return [
    {
      code: 'ENTERPRISE_SHARE',
      article: '第二十条',
      passed: shareOk,
      message: shareOk
        ? `企业投入${formatYuan(f.enterpriseFen)}元，占项目总额${formatYuan(total)}元的${pct}%，不低于${shareBp / 100}% / The enterprise's ${formatYuan(
            f.enterpriseFen,
          )} yuan is ${pct}% of the total ${formatYuan(total)} yuan, at least ${shareBp / 100}%`
        : `企业投入${formatYuan(f.enterpriseFen)}元，低于项目总额${formatYuan(total)}元的${shareBp / 100}% / The enterprise's ${formatYuan(
            f.enterpriseFen,
          )} yuan is below ${shareBp / 100}% of the total ${formatYuan(total)} yuan`,
      fields: ['enterpriseFen'],
    },
    {
      code: 'SUPPORT_CAP',
      article: '第二十条',
      passed: support <= cap,
      message:
        support <= cap
          ? `高校和财政支持${formatYuan(support)}元，不超过单个项目上限${formatYuan(cap)}元 / Support from university and finance, ${formatYuan(
              support,
            )} yuan, is within the cap of ${formatYuan(cap)} yuan per project`
          : `高校和财政支持${formatYuan(support)}元，超过单个项目上限${formatYuan(cap)}元 / Support from university and finance, ${formatYuan(
              support,
            )} yuan, exceeds the cap of ${formatYuan(cap)} yuan per project`,
      // The cap is on the sum of the two support amounts: name those of them that are not zero.
      fields: (['universityFen', 'financeFen'] as const).filter((k) => f[k] > 0),
    },
  ];
}

/** Art. 20 on the amounts: null when they comply, else what is wrong and which fields (the first failing guard). */
export function splitProblem(
  f: Funding,
  settings: Pick<PolicySettings, 'projectMinEnterpriseShare' | 'projectSupportCapFen'>,
): SplitProblem | null {
  const failed = fundingGuards(f, settings).find((g) => !g.passed);
  return failed ? { message: failed.message, fields: failed.fields } : null;
}

/** The Art. 21 guard of a change: no funder's approved amount below what it has already paid in. */
function belowPaidGuards(next: Funding, paid: Record<Funder, number>): FundingGuard[] {
  return Object.values(Funder).map((funder) => {
    const field = FUNDER_FIELD[funder];
    const passed = next[field] >= paid[funder];
    return {
      code: 'BELOW_PAID' as const,
      article: '第二十一条',
      passed,
      message: passed
        ? `${FUNDER_ZH[funder]}批准${formatYuan(next[field])}元，不低于已拨付${formatYuan(paid[funder])}元 / ${funder} approved ${formatYuan(
            next[field],
          )} yuan, not below the ${formatYuan(paid[funder])} yuan paid`
        : `${FUNDER_ZH[funder]}已拨付${formatYuan(paid[funder])}元，批准金额（${field}）${formatYuan(next[field])}元不得低于已拨付 / ${funder} has already paid ${formatYuan(
            paid[funder],
          )} yuan; the approved ${formatYuan(next[field])} yuan cannot be lower`,
      fields: [field],
    };
  });
}

/** The dry run of proposing, approving or changing a project's amounts. */
export interface FundingPreview extends FundingFigures {
  guards: FundingGuard[];
  /** True when the amounts would be accepted as things stand. */
  allowed: boolean;
}

function validFunding(f: Funding): Funding {
  for (const field of ['enterpriseFen', 'universityFen', 'financeFen'] as const) {
    const v = f[field];
    if (!Number.isSafeInteger(v) || v < 0)
      throw badInput(field, `${field} 须为不小于0的整数（分） / ${field} must be a whole, non-negative number of fen`);
  }
  if (f.enterpriseFen + f.universityFen + f.financeFen <= 0) {
    throw badInput('enterpriseFen', '项目总额须大于0 / The project total must be above zero');
  }
  return { enterpriseFen: f.enterpriseFen, universityFen: f.universityFen, financeFen: f.financeFen };
}

export class ProjectService extends WorkflowService {
  /** Proposed by the bureau, or by the host enterprise for its own expert's appointment. */
  async propose(input: ProposeInput): Promise<Project> {
    return this.step({ operation: 'proposeProject', objectType: 'Project', subjectIds: [input.appointmentId] }, async (tx) => {
      if (this.viewer.role !== Role.ST_BUREAU && this.viewer.role !== Role.ENTERPRISE) {
        throw forbidden('只有市科技局或派驻企业可以申报协同创新项目', 'Only the S&T bureau or the host enterprise proposes a project');
      }
      const title = (input.title ?? '').trim();
      if (!title || [...title].length > 200) throw badInput('title', '项目名称须为1至200个字符 / title must be 1 to 200 characters');
      const funding = validFunding(input);
      const appt = await tx.findOne(Appointment, input.appointmentId);
      if (!appt) throw notFound('Appointment', String(input.appointmentId));
      assertAppointmentInScope(appt, this.viewer);
      if (appt.status !== AppointmentStatus.ACTIVE) {
        throw ruleViolation(
          'PROJECT_ELIGIBILITY',
          appt.status === AppointmentStatus.REVOKED ? '第十七条' : '第二条',
          `任职状态为 ${appt.status}，不能承担协同创新项目`,
          `The appointment is ${appt.status}; only a serving technology vice-president leads a project`,
          { field: 'appointmentId' },
        );
      }
      await this.checkSplit(tx, funding);
      const today = this.today();
      const excellent = await tx.count(Evaluation, { appointment: { expert: appt.expert }, grade: Grade.EXCELLENT });
      const project = tx.create(Project, {
        code: await nextNumber(tx, 'PROJECT', Number(today.slice(0, 4))),
        title,
        appointment: appt,
        enterprise: appt.enterprise,
        division: appt.division,
        sector: appt.sector,
        status: ProjectStatus.PROPOSED,
        ...funding,
        proposedOn: today,
        priority: excellent > 0,
      });
      await tx.flush();
      return { value: project, objectIds: [project.id], detail: { code: project.code, ...funding, priority: project.priority } };
    });
  }

  /** PROPOSED → APPROVED (立项), possibly with the approved amounts. */
  async approve(projectId: number, version: number, funding?: Funding | null): Promise<Project> {
    return this.step({ operation: 'approveProject', objectType: 'Project', subjectIds: [projectId] }, async (tx) => {
      this.bureauOnly('立项', 'approve a project');
      const project = await this.lockProject(tx, projectId, version);
      if (project.status !== ProjectStatus.PROPOSED) {
        throw conflict(
          `项目状态为 ${project.status}，只有待立项的项目可以立项`,
          `The project is ${project.status}; only a proposed project is approved`,
        );
      }
      if (funding) Object.assign(project, validFunding(funding));
      await this.checkSplit(tx, project);
      project.status = ProjectStatus.APPROVED;
      project.approvedOn = this.today();
      return { value: project, objectIds: [project.id], detail: this.amounts(project) };
    });
  }

  /** Changes the approved amounts; never below what a funder has already paid in. */
  async changeFunding(projectId: number, version: number, funding: Funding | null): Promise<Project> {
    return this.step({ operation: 'changeProjectFunding', objectType: 'Project', subjectIds: [projectId] }, async (tx) => {
      this.bureauOnly('调整项目资金', 'change project funding');
      if (!funding) throw badInput('funding', '请给出调整后的金额 / Give the new amounts');
      const project = await this.lockProject(tx, projectId, version);
      if (![ProjectStatus.PROPOSED, ProjectStatus.APPROVED, ProjectStatus.IN_PROGRESS].includes(project.status)) {
        throw conflict(
          `项目状态为 ${project.status}，资金不能再调整`,
          `The project is ${project.status}; its funding can no longer change`,
        );
      }
      const next = validFunding(funding);
      const below = belowPaidGuards(next, await this.paid(tx, project.id)).find((g) => !g.passed);
      if (below) {
        const [zh, en] = below.message.split(' / ');
        throw ruleViolation('DISBURSED', below.article, zh, en, { field: below.fields[0] });
      }
      await this.checkSplit(tx, next);
      Object.assign(project, next);
      return { value: project, objectIds: [project.id], detail: this.amounts(project) };
    });
  }

  /** One tranche from one funder, recorded by finance; refused, with nothing written, above the approved amount. */
  async disburse(input: DisburseInput): Promise<Disbursement> {
    return this.step({ operation: 'disburseProject', objectType: 'Disbursement', subjectIds: [input.projectId] }, async (tx) => {
      if (this.viewer.role !== Role.FINANCE) throw forbidden('只有市财政局登记拨付', 'Only the finance bureau records disbursements');
      if (!(Object.values(Funder) as string[]).includes(input.funder)) throw badInput('funder', '出资方无效 / funder is not valid');
      if (!Number.isSafeInteger(input.amountFen) || input.amountFen <= 0) {
        throw badInput('amountFen', '拨付金额须为大于0的整数（分） / amountFen must be a whole number of fen above zero');
      }
      const voucherNo = (input.voucherNo ?? '').trim();
      if (!/^[0-9A-Za-z-]{1,32}$/.test(voucherNo)) {
        throw badInput('voucherNo', '凭证号为1至32位字母、数字或连字符 / voucherNo is 1 to 32 letters, digits or hyphens');
      }
      const today = this.today();
      const disbursedOn = input.disbursedOn ?? today;
      if (!isIsoDate(disbursedOn) || disbursedOn > today) {
        throw badInput('disbursedOn', '拨付日期须为有效日期且不晚于今天 / disbursedOn must be a valid date, not after today');
      }
      // The lock makes the check below and the insert one decision for this project.
      if (!(await lockRow(tx, 'project', input.projectId))) throw notFound('Project', String(input.projectId));
      const project = await tx.findOneOrFail(Project, input.projectId, { refresh: true });
      if (project.status !== ProjectStatus.APPROVED && project.status !== ProjectStatus.IN_PROGRESS) {
        throw conflict(`项目状态为 ${project.status}，不能拨付`, `The project is ${project.status}; nothing can be disbursed`, {
          field: 'projectId',
        });
      }
      if (project.approvedOn && disbursedOn < project.approvedOn) {
        throw badInput(
          'disbursedOn',
          `拨付日期不得早于立项日期${project.approvedOn} / disbursedOn cannot precede approval on ${project.approvedOn}`,
        );
      }
      const approved = project[FUNDER_FIELD[input.funder]];
      const paidAll = await this.paid(tx, project.id);
      const paid = paidAll[input.funder];
      const guards = disbursementGuards(project, paidAll, input.funder, input.amountFen, await loadPolicy(tx));
      if (paid + input.amountFen > approved) {
        throw ruleViolation(
          'OVER_APPROVED',
          '第二十一条',
          `${FUNDER_ZH[input.funder]}批准${formatYuan(approved)}元，已拨付${formatYuan(paid)}元，本次拨付金额（amountFen）${formatYuan(input.amountFen)}元将超出批准金额`,
          `${input.funder} approved ${formatYuan(approved)} yuan and paid ${formatYuan(paid)}; ${formatYuan(input.amountFen)} more would exceed it`,
          { field: 'amountFen', approvedFen: approved, paidFen: paid },
        );
      }
      const cap = guards.find((g) => g.code === 'SUPPORT_CAP' && !g.passed);
      if (cap) {
        const [zh, en] = cap.message.split(' / ');
        throw ruleViolation('SUPPORT_CAP', cap.article, zh, en, { field: 'amountFen' });
      }
      if (await tx.count(Disbursement, { voucherNo }))
        throw conflict('凭证号已使用', 'This voucher number is already used', { field: 'voucherNo' });
      const tranche = (await tx.count(Disbursement, { project, funder: input.funder })) + 1;
      const row = tx.create(Disbursement, {
        project,
        division: project.division,
        funder: input.funder,
        tranche,
        amountFen: input.amountFen,
        disbursedOn,
        voucherNo,
        recordedBy: tx.getReference(User, this.viewer.userId),
      });
      if (project.status === ProjectStatus.APPROVED) project.status = ProjectStatus.IN_PROGRESS;
      await tx.flush();
      return {
        value: row,
        objectIds: [row.id, project.id],
        detail: { funder: input.funder, tranche, amountFen: input.amountFen, voucherNo },
      };
    });
  }

  /**
   * Dry run of `disburse`: the same input checks, then each Art. 20-21 guard with its verdict,
   * without writing (the finance desk shows them before saving).
   */
  async previewDisbursement(input: DisburseInput): Promise<DisbursementPreview> {
    if (this.viewer.role !== Role.FINANCE) throw forbidden('只有市财政局登记拨付', 'Only the finance bureau records disbursements');
    if (!(Object.values(Funder) as string[]).includes(input.funder)) throw badInput('funder', '出资方无效 / funder is not valid');
    if (!Number.isSafeInteger(input.amountFen) || input.amountFen <= 0) {
      throw badInput('amountFen', '拨付金额须为大于0的整数（分） / amountFen must be a whole number of fen above zero');
    }
    const project = await this.em.findOne(Project, input.projectId);
    if (!project) throw notFound('Project', String(input.projectId));
    const paid = await this.paid(this.em, project.id);
    const guards = disbursementGuards(project, paid, input.funder, input.amountFen, await loadPolicy(this.em));
    const voucherNo = (input.voucherNo ?? '').trim();
    const voucherUsed = voucherNo ? (await this.em.count(Disbursement, { voucherNo })) > 0 : false;
    return {
      projectId: project.id,
      funder: input.funder,
      amountFen: input.amountFen,
      tranche: (await this.em.count(Disbursement, { project, funder: input.funder })) + 1,
      guards,
      voucherUsed,
      allowed:
        guards.every((g) => g.passed || g.level !== GuardLevel.BLOCK) &&
        !voucherUsed &&
        projectActions(project.status, Role.FINANCE).length > 0,
    };
  }

  /**
   * Dry run of `propose`, `approve` and `changeFunding` on the amounts: the Art. 20 guards with
   * their figures and, for an existing project, that no funder goes below what it has paid in
   * (Art. 21). Nothing is written; the steps check the same guards again.
   */
  async previewFunding(funding: Funding, projectId?: number | null): Promise<FundingPreview> {
    if (this.viewer.role !== Role.ST_BUREAU && this.viewer.role !== Role.ENTERPRISE) {
      throw forbidden('只有市科技局或派驻企业可以试算项目资金', 'Only the S&T bureau or the host enterprise checks project funding');
    }
    const f = validFunding(funding);
    const settings = await loadPolicy(this.em);
    const guards = fundingGuards(f, settings);
    if (projectId != null) {
      const project = await this.em.findOne(Project, projectId);
      if (!project) throw notFound('Project', String(projectId));
      if (this.viewer.role !== Role.ST_BUREAU)
        throw forbidden('只有市科技局可以调整项目资金', 'Only the S&T bureau may change project funding');
      guards.push(...belowPaidGuards(f, await this.paid(this.em, project.id)));
    }
    return { ...fundingFigures(f, settings), guards, allowed: guards.every((g) => g.passed) };
  }

  /** Approved, paid and remaining money per funder. */
  async funding(project: Project, paidSoFar?: Record<Funder, number>): Promise<FunderAmounts[]> {
    const paid = paidSoFar ?? (await this.paid(this.em, project.id));
    return Object.values(Funder).map((funder) => {
      const approvedFen = project[FUNDER_FIELD[funder]];
      return { funder, approvedFen, paidFen: paid[funder], remainingFen: approvedFen - paid[funder] };
    });
  }

  /** Acceptance (验收) or failure. */
  async close(projectId: number, version: number, accepted: boolean): Promise<Project> {
    return this.step({ operation: 'closeProject', objectType: 'Project', subjectIds: [projectId] }, async (tx) => {
      this.bureauOnly('验收项目', 'close a project');
      const project = await this.lockProject(tx, projectId, version);
      if (project.status !== ProjectStatus.APPROVED && project.status !== ProjectStatus.IN_PROGRESS) {
        throw conflict(
          `项目状态为 ${project.status}，不能验收`,
          `The project is ${project.status}; only an approved project is accepted or failed`,
        );
      }
      project.status = accepted ? ProjectStatus.ACCEPTED : ProjectStatus.FAILED;
      project.closedOn = this.today();
      return { value: project, objectIds: [project.id], detail: { status: project.status } };
    });
  }

  private bureauOnly(zh: string, en: string): void {
    if (this.viewer.role !== Role.ST_BUREAU) throw forbidden(`只有市科技局可以${zh}`, `Only the S&T bureau may ${en}`);
  }

  private async lockProject(tx: EntityManager, projectId: number, version: number): Promise<Project> {
    if (!(await lockRow(tx, 'project', projectId))) throw notFound('Project', String(projectId));
    const project = await tx.findOneOrFail(Project, projectId, { refresh: true });
    assertVersion('Project', project, version);
    return project;
  }

  private async checkSplit(tx: EntityManager, f: Funding): Promise<void> {
    const problem = splitProblem(f, await loadPolicy(tx));
    if (problem) {
      const [zh, en] = problem.message.split(' / ');
      throw ruleViolation('SPLIT', '第二十条', zh, en, { field: problem.fields[0], fields: problem.fields });
    }
  }

  /** What each funder has paid in so far. */
  private async paid(tx: EntityManager, projectId: number): Promise<Record<Funder, number>> {
    return (await paidByFunder(tx, [projectId]))[0];
  }

  private amounts(p: Project): Funding & { status: ProjectStatus } {
    return { enterpriseFen: p.enterpriseFen, universityFen: p.universityFen, financeFen: p.financeFen, status: p.status };
  }
}

/** What each funder has paid into each of `projectIds` so far, in their order: one statement for any number of projects. */
export async function paidByFunder(em: EntityManager, projectIds: readonly number[]): Promise<Array<Record<Funder, number>>> {
  const rows = await em.execute<Array<{ project_id: number; funder: Funder; paid: string }>>(
    'select project_id, funder, sum(amount_fen)::text as paid from disbursement where project_id in (?) group by project_id, funder',
    [[...projectIds]],
  );
  const byProject = new Map<number, Record<Funder, number>>(
    projectIds.map((id) => [id, { [Funder.ENTERPRISE]: 0, [Funder.UNIVERSITY]: 0, [Funder.FINANCE]: 0 }]),
  );
  // Sums of integer fen, read as text so that no float8 rounding can touch them.
  for (const r of rows) byProject.get(Number(r.project_id))![r.funder] = Number(r.paid);
  return projectIds.map((id) => byProject.get(id)!);
}
