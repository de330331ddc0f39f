/**
 * The pipeline of Art. 12 and 13: yearly calls, applications, county and city review, two-way
 * selection, party-group review, filing, the public notice with objections, and recognition.
 * Every step goes through the transition table (pipeline.ts), is taken by the role that owns
 * it on a case within that role's scope, checks the version the caller saw, evaluates the
 * eligibility rules where the table says so, records a ReviewDecision, and runs as one
 * transaction closed by its audit row (step.ts).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays, chinaDate, daysBetween, isIsoDate } from '../../domain/china-time';
import { WorkCalendar } from '../../domain/working-days';
import { AppError, badInput, ErrorCode, notFound } from '../../graphql/errors';
import { ApplicationStage, Decision, Opinion, Position, ReviewStep, RuleCode } from '../application/application.enums';
import { Application } from '../application/application.entity';
import { CandidateMatch } from '../application/candidate-match.entity';
import { ReviewDecision } from '../application/review-decision.entity';
import { RuleCheck } from '../application/rule-check.entity';
import { Agreement, AgreementKind } from '../appointment/agreement.entity';
import { Appointment, AppointmentOrigin, AppointmentStatus } from '../appointment/appointment.entity';
import { assertAppointmentEnd } from '../appointment/appointment.rules';
import { WorkCalendarDay } from '../calendar/work-calendar-day.entity';
import { Call, CallStatus } from '../call/call.entity';
import { callClosable, callDraft } from '../call/call.rules';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Expert } from '../expert/expert.entity';
import { FilingKind, FilingRecord, FilingStatus } from '../filing/filing-record.entity';
import { Role } from '../identity/role';
import { User } from '../identity/user.entity';
import { Institution } from '../institution/institution.entity';
import { Objection, ObjectionStatus } from '../notice/objection.entity';
import { assertObjectionResolution, mootResolution, objectionOpen } from '../notice/objection.rules';
import { NoticeStatus, PublicNotice } from '../notice/public-notice.entity';
import { expertStanding, ruleContextFor } from './facts';
import { missingMaterials } from './materials.service';
import { permit, Transition, TRANSITIONS, WorkflowAction } from './pipeline';
import { evaluateRules, priorityGrounds, priorityRecommended, RuleResult } from './rules';
import { assertApplicationInScope } from './scope';
import { loadPolicy, PolicySettings } from './settings';
import { assertVersion, lockRow, nextNumber, WorkflowService } from './step';
import { conflict, eligibilityViolation, forbidden, ruleViolation, RuleViolation } from './workflow.errors';

/** The measures are in force from 2025-07-01 to 2030-06-30 (Art. 23): calls fall inside. */
export const POLICY_WINDOW = { from: '2025-07-01', to: '2030-06-30' } as const;

const MAX_TEXT = 4000;

/** Calls fall within the measures' term (Art. 23), checked when saved and again when published. */
function assertPolicyWindow(opensOn: string, closesOn: string): void {
  if (opensOn < POLICY_WINDOW.from || closesOn > POLICY_WINDOW.to) {
    throw ruleViolation(
      'POLICY_WINDOW',
      '第二十三条',
      `征集须在本办法有效期内（${POLICY_WINDOW.from}至${POLICY_WINDOW.to}）`,
      `Calls must fall within the measures' term, ${POLICY_WINDOW.from} to ${POLICY_WINDOW.to}`,
      { field: opensOn < POLICY_WINDOW.from ? 'opensOn' : 'closesOn' },
    );
  }
}

/** One published call a year (Art. 12.1: 每年定期发布征集通知). */
function oneCallAYear(year: number): RuleViolation {
  return ruleViolation(
    'ONE_CALL_A_YEAR',
    '第十二条第1项',
    `征集年度（year）${year}年已有发布的征集通知，每年只发布一次`,
    `The call year (year) ${year} already has a published call; one is published a year`,
    { field: 'year' },
  );
}

export interface PublishCallInput {
  year: number;
  title: string;
  opensOn: string;
  closesOn: string;
  conditions: string;
  materialsRequired?: string | null;
}

export interface ApplicationDraft {
  techNeeds: string;
  proposedExpertId?: number | null;
  proposedPosition: Position;
  proposedServiceStart: string;
  proposedServiceEnd: string;
  monthlyAllowanceFen: number;
  /** What the enterprise declares about itself with the application (rule N4, priority of Art. 12.2). */
  enterpriseFacts?: EnterpriseFactsInput | null;
}

export interface EnterpriseFactsInput {
  revenueFen: number;
  rdSpendingFen: number;
  highTech: boolean;
  gazelle: boolean;
  municipalProject: boolean;
}

export interface CreateApplicationInput extends ApplicationDraft {
  callId: number;
}

export interface ReviewInput {
  applicationId: number;
  version: number;
  decision: Decision;
  reason?: string | null;
  rule?: RuleCode | null;
}

export interface CandidateInput {
  applicationId: number;
  expertId: number;
  score: number;
  rationale: string;
  enterpriseOpinion?: Opinion | null;
  institutionOpinion?: Opinion | null;
  expertOpinion?: Opinion | null;
}

export interface NoticeInput {
  applications: Array<{ applicationId: number; version: number }>;
  title: string;
  channel: string;
  startsOn?: string | null;
}

export interface ObjectionInput {
  applicationId: number;
  version: number;
  receivedOn: string;
  content: string;
}

/**
 * The Art. 8 confidentiality agreement between the expert and the enterprise, recorded with the
 * appointment at recognition.
 */
export interface ConfidentialityInput {
  signedOn: string;
  /** Who signed for the enterprise, with their capacity; the expert signs as the other party. */
  enterpriseSignatory: string;
  /** Number or archive reference of the signed text. */
  documentRef: string;
  /** What it covers; the wording of Art. 8 when not given. */
  content?: string | null;
}

export interface ResolveObjectionInput {
  objectionId: number;
  /** The application's version as the caller saw it. */
  version: number;
  upheld: boolean;
  resolution: string;
}

/** Default wording of a passed step, as the bureau writes it. */
const PASS_REASON: Partial<Record<ReviewStep, string>> = {
  [ReviewStep.SUBMISSION]: '企业提交申报',
  [ReviewStep.COUNTY_REVIEW]: '企业资质符合要求，技术需求合理，同意推荐',
  [ReviewStep.CITY_REVIEW]: '复审通过，列入派驻企业初步名单并与高校院所对接',
  [ReviewStep.MATCHING]: '双向选择洽谈一致，确定拟派驻人选',
  [ReviewStep.PARTY_REVIEW]: '经局党组会议研究审议通过',
  [ReviewStep.FILING]: '报市委组织部备案',
  [ReviewStep.NOTICE]: '拟认定名单公示',
  [ReviewStep.RECOGNITION]: '公示无异议，正式发文认定并颁发证书',
};

/** From two-way selection on, the expert is fixed and must pass the expert rules. */
const EXPERT_REQUIRED = new Set<ReviewStep>([ReviewStep.MATCHING, ReviewStep.PARTY_REVIEW, ReviewStep.RECOGNITION]);

function text(field: string, value: string | null | undefined, opts: { min?: number; max?: number; zh: string; en: string }): string {
  const v = (value ?? '').trim();
  const min = opts.min ?? 1;
  const max = opts.max ?? MAX_TEXT;
  const length = [...v].length;
  if (length < min || length > max) {
    throw badInput(field, `${opts.zh}须为${min}至${max}个字符 / ${opts.en} must be ${min} to ${max} characters`);
  }
  return v;
}

function date(field: string, value: string | null | undefined, zh: string, en: string): string {
  if (!value || !isIsoDate(value)) throw badInput(field, `${zh}须为有效日期 YYYY-MM-DD / ${en} must be a valid date YYYY-MM-DD`);
  return value;
}

function fen(field: string, value: number, zh: string, en: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw badInput(field, `${zh}须为不小于0的整数（分） / ${en} must be a whole, non-negative number of fen`);
  }
  return value;
}

export class PipelineService extends WorkflowService {
  // ---- calls (Art. 12.1) ---------------------------------------------------------------------

  /**
   * The call's fields as every call step checks them: title, year 2025-2030, a window that is
   * ordered, inside the measures' term (Art. 23) and in the call year.
   */
  private validateCall(input: PublishCallInput) {
    if (!Number.isInteger(input.year) || input.year < 2025 || input.year > 2030) {
      throw badInput('year', '年度须为2025至2030之间的整数 / year must be a whole number from 2025 to 2030');
    }
    const title = text('title', input.title, { max: 200, zh: '标题', en: 'title' });
    const opensOn = date('opensOn', input.opensOn, '申报开始日期', 'opensOn');
    const closesOn = date('closesOn', input.closesOn, '申报截止日期', 'closesOn');
    if (closesOn < opensOn) throw badInput('closesOn', '截止日期不得早于开始日期 / closesOn must not be before opensOn');
    assertPolicyWindow(opensOn, closesOn);
    if (Number(opensOn.slice(0, 4)) !== input.year && Number(closesOn.slice(0, 4)) !== input.year) {
      throw badInput('year', '申报开始或截止日期须在征集年度内 / opensOn or closesOn must fall in the call year');
    }
    return {
      year: input.year,
      title,
      opensOn,
      closesOn,
      conditions: text('conditions', input.conditions, { zh: '申报条件', en: 'conditions' }),
      materialsRequired: input.materialsRequired?.trim()
        ? text('materialsRequired', input.materialsRequired, { zh: '申报材料要求', en: 'materialsRequired' })
        : DEFAULT_MATERIALS_TEXT,
    };
  }

  /** Another published or closed call of the same year (drafts do not count). */
  private async publishedCallOfYear(tx: EntityManager, year: number, except?: number): Promise<boolean> {
    return (await tx.count(Call, { year, status: { $ne: CallStatus.DRAFT }, ...(except ? { id: { $ne: except } } : {}) })) > 0;
  }

  /** The bureau publishes the yearly call: one per year, inside the policy window. */
  async publishCall(input: PublishCallInput): Promise<Call> {
    return this.step({ operation: 'publishCall', objectType: 'Call' }, async (tx) => {
      this.requireRole(Role.ST_BUREAU, '发布征集通知', 'publish a call');
      const fields = this.validateCall(input);
      if (await this.publishedCallOfYear(tx, input.year)) {
        throw conflict(`${input.year}年度的征集通知已存在（每年一次）`, `A call for ${input.year} already exists (one per year)`, {
          field: 'year',
        });
      }
      const call = tx.create(Call, { ...fields, status: CallStatus.PUBLISHED, publishedAt: this.now() });
      await tx.flush();
      return { value: call, objectIds: [call.id], detail: { year: call.year, opensOn: call.opensOn, closesOn: call.closesOn } };
    });
  }

  /**
   * The bureau saves a call as a draft: the same fields checked as at publishing, nothing public
   * yet (no enterprise can apply to it). A year that already has a published call is refused now
   * rather than at publishing.
   */
  async saveCallDraft(input: PublishCallInput): Promise<Call> {
    return this.step({ operation: 'saveCallDraft', objectType: 'Call' }, async (tx) => {
      this.requireRole(Role.ST_BUREAU, '保存征集草稿', 'save a call draft');
      const fields = this.validateCall(input);
      if (await this.publishedCallOfYear(tx, input.year)) throw oneCallAYear(input.year);
      const call = tx.create(Call, { ...fields, status: CallStatus.DRAFT });
      await tx.flush();
      return { value: call, objectIds: [call.id], detail: { year: call.year, opensOn: call.opensOn, closesOn: call.closesOn } };
    });
  }

  /** The bureau edits a draft it saw at `version`; a published call no longer changes. */
  async updateCallDraft(callId: number, version: number, input: PublishCallInput): Promise<Call> {
    return this.step({ operation: 'updateCallDraft', objectType: 'Call', subjectIds: [callId] }, async (tx) => {
      this.requireRole(Role.ST_BUREAU, '修改征集草稿', 'edit a call draft');
      const call = await this.lockedCall(tx, callId, version);
      if (!callDraft(call.status)) {
        throw conflict(`征集状态为 ${call.status}，只有草稿可以修改`, `The call is ${call.status}; only a draft can be edited`);
      }
      const fields = this.validateCall(input);
      if (await this.publishedCallOfYear(tx, input.year, call.id)) throw oneCallAYear(input.year);
      tx.assign(call, fields);
      return { value: call, objectIds: [call.id], detail: { year: call.year, opensOn: call.opensOn, closesOn: call.closesOn } };
    });
  }

  /**
   * The bureau publishes a draft it saw at `version`: the policy window (Art. 23) and one
   * published call a year (Art. 12.1) are checked again now, as things may have changed since.
   */
  async publishCallDraft(callId: number, version: number): Promise<Call> {
    return this.step({ operation: 'publishCallDraft', objectType: 'Call', subjectIds: [callId] }, async (tx) => {
      this.requireRole(Role.ST_BUREAU, '发布征集通知', 'publish a call');
      const call = await this.lockedCall(tx, callId, version);
      if (!callDraft(call.status)) {
        throw conflict(`征集状态为 ${call.status}，只有草稿可以发布`, `The call is ${call.status}; only a draft can be published`);
      }
      assertPolicyWindow(call.opensOn, call.closesOn);
      // Two drafts of a year published at once: the partial unique index refuses the second.
      if (await this.publishedCallOfYear(tx, call.year, call.id)) throw oneCallAYear(call.year);
      call.status = CallStatus.PUBLISHED;
      call.publishedAt = this.now();
      return { value: call, objectIds: [call.id], detail: { year: call.year, opensOn: call.opensOn, closesOn: call.closesOn } };
    });
  }

  private async lockedCall(tx: EntityManager, callId: number, version: number): Promise<Call> {
    await lockRow(tx, 'call', callId);
    const call = await tx.findOne(Call, callId, { refresh: true });
    if (!call) throw notFound('Call', String(callId));
    assertVersion('Call', call, version);
    return call;
  }

  /** Closes a call early or after its window. */
  async closeCall(callId: number, version: number): Promise<Call> {
    return this.step({ operation: 'closeCall', objectType: 'Call', subjectIds: [callId] }, async (tx) => {
      this.requireRole(Role.ST_BUREAU, '关闭征集', 'close a call');
      await lockRow(tx, 'call', callId);
      const call = await tx.findOne(Call, callId, { refresh: true });
      if (!call) throw notFound('Call', String(callId));
      assertVersion('Call', call, version);
      if (!callClosable(call.status)) {
        throw conflict(`征集状态为 ${call.status}，不能关闭`, `The call is ${call.status}; only a published call can be closed`);
      }
      call.status = CallStatus.CLOSED;
      return { value: call, objectIds: [call.id] };
    });
  }

  // ---- the enterprise's application (Art. 12.1, 13) ------------------------------------------

  async createApplication(input: CreateApplicationInput): Promise<Application> {
    return this.step({ operation: 'createApplication', objectType: 'Application' }, async (tx) => {
      this.requireRole(Role.ENTERPRISE, '填报申报', 'create an application');
      const enterpriseId = this.viewer.enterpriseId;
      if (!enterpriseId) throw forbidden('账号未绑定企业', 'This account is not bound to an enterprise');
      const call = await tx.findOne(Call, input.callId);
      if (!call) throw notFound('Call', String(input.callId));
      this.assertCallOpen(call);
      if (
        await tx.count(Application, {
          call,
          enterprise: enterpriseId,
          stage: { $nin: [ApplicationStage.REJECTED, ApplicationStage.WITHDRAWN] },
        })
      ) {
        throw conflict(
          `本企业在${call.year}年度征集中已有申报`,
          `Your enterprise already has a live application in the ${call.year} call`,
          {
            field: 'callId',
          },
        );
      }
      const draft = await this.validateDraft(tx, input);
      const enterprise = await tx.findOneOrFail(Enterprise, enterpriseId);
      applyFacts(enterprise, input.enterpriseFacts);
      const app = tx.create(Application, {
        call,
        enterprise,
        division: enterprise.division,
        sector: enterprise.sector,
        proposedExpert: draft.proposedExpertId ? tx.getReference(Expert, draft.proposedExpertId) : undefined,
        techNeeds: draft.techNeeds,
        proposedPosition: draft.proposedPosition,
        proposedServiceStart: draft.proposedServiceStart,
        proposedServiceEnd: draft.proposedServiceEnd,
        monthlyAllowanceFen: draft.monthlyAllowanceFen,
        stage: ApplicationStage.DRAFT,
        stageEnteredAt: this.now(),
        priorityRecommended: priorityRecommended(enterprise),
      });
      await tx.flush();
      return { value: app, objectIds: [app.id], detail: { callYear: call.year } };
    });
  }

  /** Corrects a draft (new or returned for correction). */
  async updateApplication(applicationId: number, version: number, input: ApplicationDraft): Promise<Application> {
    return this.step({ operation: 'updateApplication', objectType: 'Application', subjectIds: [applicationId] }, async (tx) => {
      this.requireRole(Role.ENTERPRISE, '修改申报', 'edit an application');
      const app = await this.loadForStep(tx, applicationId, version);
      if (app.stage !== ApplicationStage.DRAFT) {
        throw conflict(
          `申报处于 ${app.stage} 环节，只有草稿或退回修改的申报可以修改`,
          `The application is at ${app.stage}; only drafts can be edited`,
          {
            stage: app.stage,
          },
        );
      }
      const draft = await this.validateDraft(tx, input);
      app.techNeeds = draft.techNeeds;
      app.proposedExpert = draft.proposedExpertId ? tx.getReference(Expert, draft.proposedExpertId) : undefined;
      app.proposedPosition = draft.proposedPosition;
      app.proposedServiceStart = draft.proposedServiceStart;
      app.proposedServiceEnd = draft.proposedServiceEnd;
      app.monthlyAllowanceFen = draft.monthlyAllowanceFen;
      if (input.enterpriseFacts) {
        const enterprise = await tx.findOneOrFail(Enterprise, app.enterprise.id);
        applyFacts(enterprise, input.enterpriseFacts);
        app.priorityRecommended = priorityRecommended(enterprise);
      }
      return { value: app, objectIds: [app.id] };
    });
  }

  /** DRAFT → SUBMITTED: the checklist must be complete and every rule must pass. */
  async submit(applicationId: number, version: number): Promise<Application> {
    return this.decide(applicationId, version, WorkflowAction.SUBMIT, null, async (tx, app, t) => {
      const missing = await missingMaterials(tx, app.id);
      if (missing.length) {
        throw ruleViolation(
          'MATERIALS',
          '第十三条',
          `申报材料不全，缺少：${missing.join('、')}`,
          `The Art. 13 materials are incomplete; missing: ${missing.join(', ')}`,
          { missing },
        );
      }
      // A case returned for correction may come back after the window; a first submission may not.
      if (!app.submittedAt) this.assertCallOpen(await tx.findOneOrFail(Call, app.call.id));
      const enterprise = await tx.findOneOrFail(Enterprise, app.enterprise.id);
      app.division = enterprise.division;
      app.sector = enterprise.sector;
      await this.checkRules(tx, app, t.step);
      app.submittedAt = this.now();
      app.rejectionReason = undefined;
      app.rejectionRule = undefined;
      return { reason: PASS_REASON[t.step]! };
    });
  }

  async withdraw(applicationId: number, version: number, reason: string): Promise<Application> {
    return this.decide(applicationId, version, WorkflowAction.WITHDRAW, reason, async () => ({}));
  }

  // ---- reviews (Art. 12.2-4) -----------------------------------------------------------------

  /** Pass, return for correction, or reject, at the stage's own review step. */
  async review(input: ReviewInput): Promise<Application> {
    const action =
      input.decision === Decision.PASS
        ? WorkflowAction.PASS
        : input.decision === Decision.RETURN
          ? WorkflowAction.RETURN
          : input.decision === Decision.REJECT
            ? WorkflowAction.REJECT
            : null;
    if (!action) throw badInput('decision', '审核决定须为 PASS、RETURN 或 REJECT / decision must be PASS, RETURN or REJECT');
    if (input.rule && action !== WorkflowAction.REJECT) {
      throw badInput('rule', '只有不予通过时才引用规则 / A rule is cited only when rejecting');
    }
    const reason = input.reason?.trim() || null;
    if (action === WorkflowAction.REJECT && !reason && !input.rule) {
      throw badInput('reason', '不予通过须说明理由或引用规则 / A rejection needs a reason or a rule');
    }
    const given = action === WorkflowAction.REJECT && !reason ? `规则${input.rule}` : reason;
    return this.decide(input.applicationId, input.version, action, given, async (tx, app, t) => {
      if (action === WorkflowAction.PASS) {
        const grounds = await this.checkRules(tx, app, t.step);
        const base = reason ?? PASS_REASON[t.step]!;
        return { reason: t.step === ReviewStep.COUNTY_REVIEW && grounds.length ? `${base}（优先推荐：${grounds.join('、')}）` : base };
      }
      if (action === WorkflowAction.RETURN) {
        app.rejectionReason = reason!;
        app.rejectionRule = undefined;
        return {};
      }
      // REJECT: a reviewer's reason, or a rule that fails now (with its explanation).
      if (input.rule) {
        const results = await this.evaluate(tx, app, t.step);
        const result = results.find((r) => r.rule === input.rule)!;
        if (result.passed) {
          throw badInput(
            'rule',
            `规则${input.rule}（${result.article}）当前通过，请说明不予通过的理由 / Rule ${input.rule} (${result.articleEn}) passes; give a reviewer's reason instead`,
          );
        }
        this.storeRuleChecks(tx, app, t.step, [result]);
        const ruleText = `不符合规则${input.rule}（${result.article}）：${result.detail.split(' / ')[0]}`;
        app.rejectionRule = input.rule;
        app.rejectionReason = reason ? `${ruleText}；${reason}` : ruleText;
        return { reason: app.rejectionReason, rule: input.rule };
      }
      app.rejectionRule = undefined;
      app.rejectionReason = reason!;
      return {};
    });
  }

  /** Two-way selection: records a candidate expert with the three opinions (Art. 12.4). */
  async recordCandidate(input: CandidateInput): Promise<CandidateMatch> {
    return this.step({ operation: 'recordCandidate', objectType: 'CandidateMatch', subjectIds: [input.applicationId] }, async (tx) => {
      this.requireRole(Role.ST_BUREAU, '组织双向选择', 'run two-way selection');
      if (!Number.isInteger(input.score) || input.score < 0 || input.score > 100) {
        throw badInput('score', '匹配得分须为0至100的整数 / score must be a whole number from 0 to 100');
      }
      const rationale = text('rationale', input.rationale, { zh: '得分说明', en: 'rationale' });
      if (!(await lockRow(tx, 'application', input.applicationId))) throw notFound('Application', String(input.applicationId));
      const app = await tx.findOneOrFail(Application, input.applicationId, { refresh: true });
      assertApplicationInScope(app, this.viewer);
      if (app.stage !== ApplicationStage.CITY_APPROVED) {
        throw conflict(
          `申报处于 ${app.stage} 环节，只有市级复审通过后才进行双向选择`,
          `The application is at ${app.stage}; two-way selection follows the city re-review`,
          { stage: app.stage },
        );
      }
      const standing = await expertStanding(tx, input.expertId);
      if (!standing.found) throw badInput('expertId', `专家 ${input.expertId} 不存在 / Expert ${input.expertId} does not exist`);
      let candidate = await tx.findOne(CandidateMatch, { application: app, expert: input.expertId });
      if (!candidate) {
        candidate = tx.create(CandidateMatch, {
          application: app,
          expert: tx.getReference(Expert, input.expertId),
          score: input.score,
          rationale,
          enterpriseOpinion: input.enterpriseOpinion ?? Opinion.PENDING,
          institutionOpinion: input.institutionOpinion ?? Opinion.PENDING,
          expertOpinion: input.expertOpinion ?? Opinion.PENDING,
        });
      } else {
        candidate.score = input.score;
        candidate.rationale = rationale;
        if (input.enterpriseOpinion) candidate.enterpriseOpinion = input.enterpriseOpinion;
        if (input.institutionOpinion) candidate.institutionOpinion = input.institutionOpinion;
        if (input.expertOpinion) candidate.expertOpinion = input.expertOpinion;
      }
      await tx.flush();
      return {
        value: candidate,
        objectIds: [candidate.id],
        detail: {
          applicationId: app.id,
          expertId: input.expertId,
          opinions: [candidate.enterpriseOpinion, candidate.institutionOpinion, candidate.expertOpinion],
        },
      };
    });
  }

  /** CITY_APPROVED → MATCHED: the chosen candidate, agreed by all three, becomes the proposed expert. */
  async selectCandidate(applicationId: number, version: number, candidateId: number, reason?: string | null): Promise<Application> {
    return this.decide(applicationId, version, WorkflowAction.SELECT, reason?.trim() || null, async (tx, app, t) => {
      const candidate = await tx.findOne(CandidateMatch, { id: candidateId, application: app });
      if (!candidate)
        throw badInput('candidateId', `候选人 ${candidateId} 不属于该申报 / Candidate ${candidateId} is not one of this application's`);
      const opinions = [candidate.enterpriseOpinion, candidate.institutionOpinion, candidate.expertOpinion];
      if (opinions.some((o) => o !== Opinion.AGREE)) {
        throw ruleViolation(
          'OPINIONS',
          '第十二条第4项',
          `须征得企业、派出单位及专家本人同意（当前：${opinions.join('、')}）`,
          `The enterprise, the institution and the expert must all agree (now: ${opinions.join(', ')})`,
          { field: 'candidateId' },
        );
      }
      await this.checkRules(tx, app, t.step, candidate.expert.id);
      const all = await tx.find(CandidateMatch, { application: app });
      for (const c of all) c.selected = c.id === candidate.id;
      app.proposedExpert = candidate.expert;
      return { reason: reason?.trim() || PASS_REASON[t.step]! };
    });
  }

  // ---- filing, notice, objections, recognition (Art. 12.4-5) ---------------------------------

  /** PARTY_APPROVED → FILED: the recognition is filed with the Organisation Department. */
  async file(applicationId: number, version: number): Promise<FilingRecord> {
    let filing: FilingRecord | undefined;
    await this.decide(applicationId, version, WorkflowAction.FILE, null, async (tx, app) => {
      const call = await tx.findOneOrFail(Call, app.call.id);
      const enterprise = await tx.findOneOrFail(Enterprise, app.enterprise.id);
      const expert = await tx.findOneOrFail(Expert, app.proposedExpert!.id);
      const institution = await tx.findOneOrFail(Institution, expert.institution.id);
      const party = await tx.findOne(
        ReviewDecision,
        { application: app, step: ReviewStep.PARTY_REVIEW, decision: Decision.PASS },
        { orderBy: { decidedAt: 'desc' } },
      );
      filing = tx.create(FilingRecord, {
        filingNo: await nextNumber(tx, 'RECOGNITION_FILING', call.year),
        kind: FilingKind.RECOGNITION,
        application: app,
        division: app.division,
        title: `关于${enterprise.name}“科技副总”拟认定人选的备案报告`,
        summary: `经市科技局党组${party ? `于${party.meetingOn ?? chinaDate(party.decidedAt)}${party.minuteNo ? `（${party.minuteNo}）` : ''}` : ''}研究审议，拟认定${expert.name}（${institution.nameZh}）为${enterprise.name}“科技副总”，服务期限${app.proposedServiceStart}至${app.proposedServiceEnd}。`,
        filedOn: this.today(),
        filedBy: tx.getReference(User, this.viewer.userId),
        status: FilingStatus.PENDING,
      });
      return { extraIds: [] };
    });
    return filing!;
  }

  /** The Organisation Department signs for a filing. */
  async acknowledgeFiling(filingId: number, version: number): Promise<FilingRecord> {
    return this.step({ operation: 'acknowledgeFiling', objectType: 'FilingRecord', subjectIds: [filingId] }, async (tx) => {
      this.requireRole(Role.ORG_DEPT, '签收备案', 'acknowledge a filing');
      if (!(await lockRow(tx, 'filing_record', filingId))) throw notFound('FilingRecord', String(filingId));
      const filing = await tx.findOneOrFail(FilingRecord, filingId, { refresh: true });
      assertVersion('FilingRecord', filing, version);
      if (filing.status !== FilingStatus.PENDING) throw conflict('该备案已签收', 'This filing has already been acknowledged');
      filing.status = FilingStatus.ACKNOWLEDGED;
      filing.acknowledgedAt = this.now();
      filing.acknowledgedBy = tx.getReference(User, this.viewer.userId);
      return { value: filing, objectIds: [filing.id] };
    });
  }

  /** The end of a period of `days` Chinese working days starting on `start` (holidays and make-up days from the work calendar). */
  async workingDaysEnd(start: string, days: number): Promise<string> {
    const from = date('start', start, '开始日期', 'start');
    if (!Number.isInteger(days) || days < 1 || days > 60) throw badInput('days', '工作日数须为1至60 / days must be 1 to 60');
    return this.noticeEnd(this.em, from, days);
  }

  /** FILED → IN_NOTICE for every application listed, in one notice of `notice.workingDays` working days. */
  async publishNotice(input: NoticeInput): Promise<PublicNotice> {
    const ids = input.applications.map((a) => a.applicationId);
    return this.step({ operation: 'publishNotice', objectType: 'PublicNotice', subjectIds: ids }, async (tx) => {
      this.requireRole(Role.ST_BUREAU, '发布公示', 'publish a notice');
      if (!ids.length || ids.length > 200) throw badInput('applications', '公示须包含1至200项申报 / A notice lists 1 to 200 applications');
      if (new Set(ids).size !== ids.length) throw badInput('applications', '申报重复 / An application is listed twice');
      const title = text('title', input.title, { max: 200, zh: '标题', en: 'title' });
      const channel = text('channel', input.channel, { max: 128, zh: '发布渠道', en: 'channel' });
      const today = this.today();
      const startsOn = input.startsOn ? date('startsOn', input.startsOn, '公示开始日期', 'startsOn') : today;
      if (startsOn < today || daysBetween(today, startsOn) > 60) {
        throw badInput('startsOn', '公示开始日期须为今天起60天内 / startsOn must be today or within the next 60 days');
      }
      const settings = await loadPolicy(tx);
      const endsOn = await this.noticeEnd(tx, startsOn, settings.noticeWorkingDays);
      const apps: Array<{ app: Application; t: Transition }> = [];
      for (const { applicationId, version } of input.applications) {
        const app = await this.loadForStep(tx, applicationId, version);
        apps.push({ app, t: this.guard(app, WorkflowAction.PUBLISH_NOTICE) });
      }
      const callIds = new Set(apps.map(({ app }) => app.call.id));
      if (callIds.size !== 1) throw badInput('applications', '一次公示只含同一年度征集的申报 / One notice covers applications of one call');
      const notice = tx.create(PublicNotice, {
        call: apps[0].app.call,
        title,
        startsOn,
        endsOn,
        channel,
        status: NoticeStatus.OPEN,
        publishedAt: this.now(),
      });
      for (const { app, t } of apps) {
        app.notice = notice;
        this.record(tx, app, t, `${PASS_REASON[t.step]}：${startsOn}至${endsOn}（${settings.noticeWorkingDays}个工作日）`);
      }
      await tx.flush();
      return { value: notice, objectIds: [notice.id, ...ids], detail: { startsOn, endsOn, workingDays: settings.noticeWorkingDays } };
    });
  }

  /** An objection during the notice stops the case until it is resolved. */
  async raiseObjection(input: ObjectionInput): Promise<Objection> {
    let objection: Objection | undefined;
    const content = text('content', input.content, { zh: '异议内容', en: 'content' });
    await this.decide(input.applicationId, input.version, WorkflowAction.RAISE_OBJECTION, content, async (tx, app) => {
      const notice = await tx.findOneOrFail(PublicNotice, app.notice!.id);
      const receivedOn = date('receivedOn', input.receivedOn, '收到日期', 'receivedOn');
      if (receivedOn < notice.startsOn || receivedOn > notice.endsOn || receivedOn > this.today()) {
        throw badInput(
          'receivedOn',
          `收到日期须在公示期${notice.startsOn}至${notice.endsOn}内且不晚于今天 / receivedOn must fall within the notice, ${notice.startsOn} to ${notice.endsOn}, and not after today`,
        );
      }
      objection = tx.create(Objection, { notice, application: app, receivedOn, content, status: ObjectionStatus.OPEN });
      app.onHold = true;
      return {};
    });
    return objection!;
  }

  /**
   * Upheld: the case is rejected, and its other open objections are closed as MOOT with the
   * reason recorded (nothing is left to decide once the case is refused); objections to the
   * notice's other cases stay open, each case stands on its own (Art. 12.5). Dismissed: the case
   * continues once no other objection is open.
   */
  async resolveObjection(input: ResolveObjectionInput): Promise<Objection> {
    const resolution = text('resolution', input.resolution, { zh: '处理结论', en: 'resolution' });
    const objection0 = await this.em.findOne(Objection, input.objectionId);
    if (!objection0) throw notFound('Objection', String(input.objectionId));
    const action = input.upheld ? WorkflowAction.UPHOLD_OBJECTION : WorkflowAction.DISMISS_OBJECTION;
    let objection: Objection | undefined;
    await this.decide(objection0.application.id, input.version, action, resolution, async (tx, app) => {
      objection = await tx.findOneOrFail(Objection, input.objectionId, { refresh: true });
      if (!objectionOpen(objection.status)) throw conflict('该异议已处理', 'This objection has already been resolved');
      objection.status = input.upheld ? ObjectionStatus.UPHELD : ObjectionStatus.DISMISSED;
      objection.resolvedOn = this.today();
      objection.resolution = resolution;
      assertObjectionResolution(objection);
      if (input.upheld) {
        const others = await tx.find(
          Objection,
          { application: app, status: ObjectionStatus.OPEN, id: { $ne: objection.id } },
          { orderBy: { id: 'asc' } },
        );
        for (const other of others) {
          other.status = ObjectionStatus.MOOT;
          other.resolvedOn = objection.resolvedOn;
          other.resolution = mootResolution(objection.id);
          assertObjectionResolution(other);
        }
        app.onHold = false;
        app.rejectionReason = `公示异议成立：${resolution}`;
        app.rejectionRule = undefined;
        const moot = others.length ? `；其余${others.length}项异议（${others.map((o) => `#${o.id}`).join('、')}）无需再作结论` : '';
        return {
          reason: `${app.rejectionReason}${moot}`,
          detail: { objection: objection.id, upheld: true, mootObjections: others.map((o) => o.id) },
        };
      }
      const stillOpen = await tx.count(Objection, { application: app, status: ObjectionStatus.OPEN, id: { $ne: objection.id } });
      const detail = { objection: objection.id, upheld: false };
      if (stillOpen) return { reason: `异议不成立：${resolution}；仍有${stillOpen}项异议待处理`, decision: Decision.HOLD, detail };
      app.onHold = false;
      return { reason: `异议不成立：${resolution}`, detail };
    });
    return objection!;
  }

  /**
   * IN_NOTICE → RECOGNISED after the notice ended without open objections: the appointment,
   * document and certificate, with the Art. 8 confidentiality agreement recorded on it. The
   * agreement is required: the measures make it a duty of the appointment ("与企业签订保密协议").
   */
  async recognise(applicationId: number, version: number, confidentiality: ConfidentialityInput): Promise<Appointment> {
    let appointment: Appointment | undefined;
    const agreement = this.validateConfidentiality(confidentiality);
    await this.decide(applicationId, version, WorkflowAction.RECOGNISE, null, async (tx, app, t) => {
      const notice = await tx.findOneOrFail(PublicNotice, app.notice!.id);
      const today = this.today();
      if (today <= notice.endsOn) {
        throw ruleViolation(
          'NOTICE_PERIOD',
          '第十二条第5项',
          `公示期至${notice.endsOn}，期满后方可认定`,
          `The public notice runs to ${notice.endsOn}; recognition follows its end`,
          { endsOn: notice.endsOn },
        );
      }
      if (await tx.count(Objection, { application: app, status: ObjectionStatus.OPEN })) {
        throw ruleViolation('NOTICE_OBJECTION', '第十二条第5项', '存在未处理的公示异议', 'An objection to the notice is still open');
      }
      await this.checkRules(tx, app, t.step);
      const call = await tx.findOneOrFail(Call, app.call.id);
      const enterprise = await tx.findOneOrFail(Enterprise, app.enterprise.id);
      appointment = tx.create(Appointment, {
        expert: app.proposedExpert!,
        enterprise,
        division: enterprise.division,
        sector: enterprise.sector,
        application: app,
        origin: AppointmentOrigin.CALL,
        cohortYear: call.year,
        position: app.proposedPosition,
        serviceStart: app.proposedServiceStart!,
        serviceEnd: app.proposedServiceEnd!,
        recognitionDocNo: await nextNumber(tx, 'RECOGNITION_DOC', call.year),
        certificateNo: await nextNumber(tx, 'CERTIFICATE', call.year),
        recognisedOn: today,
        status: AppointmentStatus.ACTIVE,
        monthlyAllowanceFen: app.monthlyAllowanceFen,
      });
      assertAppointmentEnd(appointment);
      const expert = await tx.findOneOrFail(Expert, app.proposedExpert!.id);
      tx.create(Agreement, {
        application: app,
        appointment,
        kind: AgreementKind.CONFIDENTIALITY,
        signedOn: agreement.signedOn,
        content:
          agreement.content ??
          `${expert.name}对${enterprise.name}的经营、技术及商业秘密负有保密义务，服务期内及服务期满后未经企业书面同意不得泄露，不得利用企业秘密信息谋取私利（第八条）`,
        enterpriseSignatory: agreement.enterpriseSignatory,
        documentRef: agreement.documentRef,
      });
      const tripartite = await tx.find(Agreement, { application: app, kind: AgreementKind.TRIPARTITE });
      for (const a of tripartite) a.appointment = appointment;
      if (notice.status === NoticeStatus.OPEN) notice.status = NoticeStatus.CLOSED;
      return {
        reason: `${PASS_REASON[t.step]}（${appointment.recognitionDocNo}，证书${appointment.certificateNo}；保密协议${agreement.documentRef}）`,
        detail: { confidentiality: { signedOn: agreement.signedOn, documentRef: agreement.documentRef } },
      };
    });
    return appointment!;
  }

  /** The eleven rules on the application as of today, without recording anything. */
  async previewRules(applicationId: number): Promise<RuleResult[]> {
    const app = await this.em.findOne(Application, applicationId);
    if (!app) throw notFound('Application', String(applicationId));
    if (this.viewer.role !== Role.EXPERT) assertApplicationInScope(app, this.viewer);
    // The step the case is waiting for, or recognition for a case that has gone past them all.
    const step = TRANSITIONS.find((t) => t.from === app.stage && t.checksRules)?.step ?? ReviewStep.RECOGNITION;
    return this.evaluate(this.em, app, step);
  }

  // ---- the machinery -------------------------------------------------------------------------

  /**
   * One transition: load and lock the case, check scope, version, table and role, run the
   * step's own work, then record the decision and move the stage, all in one transaction.
   */
  private async decide(
    applicationId: number,
    version: number,
    action: WorkflowAction,
    reason: string | null,
    work: (
      tx: EntityManager,
      app: Application,
      t: Transition,
    ) => Promise<{ reason?: string; rule?: RuleCode; decision?: Decision; extraIds?: number[]; detail?: Record<string, unknown> }>,
  ): Promise<Application> {
    let stepName: ReviewStep | undefined;
    return this.step(
      { operation: `application.${action.toLowerCase()}`, objectType: 'Application', subjectIds: [applicationId] },
      async (tx) => {
        const app = await this.loadForStep(tx, applicationId, version);
        const t = this.guard(app, action);
        stepName = t.step;
        if (t.needsReason && !reason?.trim()) {
          throw badInput('reason', '此操作须说明理由 / This step needs a reason');
        }
        if (reason && [...reason].length > MAX_TEXT)
          throw badInput('reason', `理由不超过${MAX_TEXT}字 / reason is at most ${MAX_TEXT} characters`);
        const from = app.stage;
        const out = await work(tx, app, t);
        this.record(tx, app, t, out.reason ?? reason ?? PASS_REASON[t.step] ?? null, out.rule, out.decision);
        await tx.flush();
        return {
          value: app,
          objectIds: [app.id, ...(out.extraIds ?? [])],
          detail: { action, from, to: app.stage, step: t.step, rule: out.rule, ...out.detail },
        };
      },
      async (em, err) => {
        // Keep the rule results that blocked the step, so the applicant sees why.
        if (err instanceof RuleViolation && err.results.length && stepName) {
          const app = await em.findOne(Application, applicationId);
          if (app) {
            this.storeRuleChecks(em, app, stepName, err.results);
            await em.flush();
          }
        }
      },
    );
  }

  /** Loads the case under a row lock, within the viewer's scope, at the version the caller saw. */
  private async loadForStep(tx: EntityManager, applicationId: number, version: number): Promise<Application> {
    if (!(await lockRow(tx, 'application', applicationId))) throw notFound('Application', String(applicationId));
    const app = await tx.findOneOrFail(Application, applicationId, { refresh: true });
    assertApplicationInScope(app, this.viewer);
    assertVersion('Application', app, version);
    return app;
  }

  /** The transition table decides: the action must exist for the stage and belong to the role. */
  private guard(app: Application, action: WorkflowAction): Transition {
    const decision = permit(app.stage, action, this.viewer.role, app.onHold);
    if (decision.ok) return decision.transition;
    if (decision.kind === 'WRONG_ROLE') {
      throw forbidden(
        `${decision.transition.step} 环节由 ${decision.transition.roles.join('、')} 办理，${this.viewer.role} 无权办理`,
        `The ${decision.transition.step} step belongs to ${decision.transition.roles.join(', ')}, not ${this.viewer.role}`,
        { stage: app.stage, action },
      );
    }
    if (decision.kind === 'ON_HOLD') {
      throw conflict('公示异议处理完毕前案件暂停', 'An open objection stops the case until it is resolved', { stage: app.stage, action });
    }
    throw conflict(`申报处于 ${app.stage} 环节，不能执行 ${action}`, `The application is at ${app.stage}; ${action} is not allowed there`, {
      stage: app.stage,
      action,
    });
  }

  /** Writes the ReviewDecision and moves the stage. */
  private record(tx: EntityManager, app: Application, t: Transition, reason: string | null, rule?: RuleCode, decision?: Decision): void {
    const now = this.now();
    tx.create(ReviewDecision, {
      application: app,
      step: t.step,
      decision: decision ?? t.decision,
      fromStage: app.stage,
      toStage: t.to,
      reason: reason ?? undefined,
      ruleCode: rule,
      actor: tx.getReference(User, this.viewer.userId),
      actorRole: this.viewer.role,
      decidedAt: now,
    });
    if (app.stage !== t.to) {
      app.stage = t.to;
      app.stageEnteredAt = now;
    }
  }

  /** The eleven rules on a case; reads only (previews use it too). */
  private async evaluate(em: EntityManager, app: Application, step: ReviewStep, expertId?: number | null): Promise<RuleResult[]> {
    const settings: PolicySettings = await loadPolicy(em);
    const ctx = await ruleContextFor(em, app, { today: this.today(), settings, expertRequired: EXPERT_REQUIRED.has(step), expertId });
    return evaluateRules(ctx);
  }

  /**
   * Evaluates all rules, stores the results, and blocks the step on the first failure. Also
   * refreshes the priority recommendation (Art. 12.2); returns its grounds.
   */
  private async checkRules(tx: EntityManager, app: Application, step: ReviewStep, expertId?: number | null): Promise<string[]> {
    const results = await this.evaluate(tx, app, step, expertId);
    const violation = eligibilityViolation(results);
    if (violation) throw violation;
    this.storeRuleChecks(tx, app, step, results);
    const enterprise = await tx.findOneOrFail(Enterprise, app.enterprise.id);
    app.priorityRecommended = priorityRecommended(enterprise);
    return priorityGrounds(enterprise);
  }

  private storeRuleChecks(em: EntityManager, app: Application, step: ReviewStep, results: RuleResult[]): void {
    const at = this.now();
    for (const r of results) {
      em.create(RuleCheck, {
        application: app,
        rule: r.rule,
        article: r.article,
        step,
        passed: r.passed,
        detail: r.detail,
        evaluatedAt: at,
      });
    }
  }

  private requireRole(role: Role, zh: string, en: string): void {
    if (this.viewer.role !== role) throw forbidden(`只有 ${role} 可以${zh}`, `Only ${role} may ${en}`);
  }

  private assertCallOpen(call: Call): void {
    const today = this.today();
    if (call.status !== CallStatus.PUBLISHED || today < call.opensOn || today > call.closesOn) {
      throw ruleViolation(
        'CALL_WINDOW',
        '第十二条第1项',
        `${call.year}年度征集的申报时间为${call.opensOn}至${call.closesOn}（状态 ${call.status}），当前不接受申报`,
        `The ${call.year} call accepts applications from ${call.opensOn} to ${call.closesOn} (status ${call.status}); not now`,
        { field: 'callId' },
      );
    }
  }

  /** The Art. 8 agreement's fields: named by field, with the article. */
  private validateConfidentiality(input: ConfidentialityInput | null | undefined): Required<ConfidentialityInput> {
    if (!input) {
      throw badInput(
        'confidentiality',
        '认定须登记专家与企业签订的保密协议（第八条） / Recognition records the confidentiality agreement of expert and enterprise (Art. 8)',
        {
          article: '第八条',
        },
      );
    }
    const field = (name: string) => `confidentiality.${name}`;
    const signedOn = date(field('signedOn'), input.signedOn, '保密协议签订日期（第八条）', 'confidentiality.signedOn (Art. 8)');
    const today = this.today();
    if (signedOn > today) {
      throw badInput(
        field('signedOn'),
        `保密协议签订日期${signedOn}不得晚于认定日期${today}（第八条） / confidentiality.signedOn ${signedOn} must not be after the recognition, ${today} (Art. 8)`,
        { article: '第八条' },
      );
    }
    const enterpriseSignatory = text(field('enterpriseSignatory'), input.enterpriseSignatory, {
      max: 100,
      zh: '保密协议企业方签字人（第八条）',
      en: 'confidentiality.enterpriseSignatory (Art. 8)',
    });
    const documentRef = text(field('documentRef'), input.documentRef, {
      max: 100,
      zh: '保密协议文本编号（第八条）',
      en: 'confidentiality.documentRef (Art. 8)',
    });
    const content = input.content?.trim()
      ? text(field('content'), input.content, { zh: '保密范围（第八条）', en: 'confidentiality.content (Art. 8)' })
      : null;
    return { signedOn, enterpriseSignatory, documentRef, content };
  }

  private async validateDraft(tx: EntityManager, input: ApplicationDraft): Promise<ApplicationDraft> {
    const techNeeds = text('techNeeds', input.techNeeds, { min: 10, zh: '技术需求', en: 'techNeeds' });
    if (!(Object.values(Position) as string[]).includes(input.proposedPosition)) {
      throw badInput('proposedPosition', '拟任职务无效 / proposedPosition is not a valid position');
    }
    const start = date('proposedServiceStart', input.proposedServiceStart, '拟服务开始日期', 'proposedServiceStart');
    const end = date('proposedServiceEnd', input.proposedServiceEnd, '拟服务结束日期', 'proposedServiceEnd');
    if (end <= start)
      throw badInput('proposedServiceEnd', '拟服务结束日期须晚于开始日期 / proposedServiceEnd must be after proposedServiceStart');
    const allowance = fen('monthlyAllowanceFen', input.monthlyAllowanceFen, '每月生活补助', 'monthlyAllowanceFen');
    if (input.proposedExpertId != null) {
      const standing = await expertStanding(tx, input.proposedExpertId);
      if (!standing.found) {
        throw badInput('proposedExpertId', `专家 ${input.proposedExpertId} 不存在 / Expert ${input.proposedExpertId} does not exist`);
      }
    }
    return {
      techNeeds,
      proposedExpertId: input.proposedExpertId ?? null,
      proposedPosition: input.proposedPosition,
      proposedServiceStart: start,
      proposedServiceEnd: end,
      monthlyAllowanceFen: allowance,
    };
  }

  /**
   * The end of `workingDays` Chinese working days from `start`, with the holidays and make-up
   * workdays of `work_calendar_day`. Refused when a year it touches has no arrangement loaded:
   * counting Monday to Friday alone would be wrong around the holidays.
   */
  private async noticeEnd(em: EntityManager, start: string, workingDays: number): Promise<string> {
    // Generous: even the Spring Festival never stretches a notice by more than three weeks.
    const until = addDays(start, workingDays * 3 + 21);
    const days = await em.find(WorkCalendarDay, { day: { $gte: start, $lte: until } });
    const end = new WorkCalendar(days.map((d) => ({ day: d.day, isWorkday: d.isWorkday }))).endOfWorkdays(start, workingDays);
    for (let y = Number(start.slice(0, 4)); y <= Number(end.slice(0, 4)); y++) {
      if (!(await em.count(WorkCalendarDay, { day: { $gte: `${y}-01-01`, $lte: `${y}-12-31` } }))) {
        throw new AppError(
          ErrorCode.RULE_VIOLATION,
          `尚未载入${y}年节假日安排，无法计算工作日（第十二条第5项） / The ${y} holiday arrangement is not loaded yet, so working days cannot be counted (Art. 12.5)`,
          { rule: 'WORK_CALENDAR', article: '第十二条第5项', year: y },
        );
      }
    }
    return end;
  }
}

/**
 * The enterprise's own declaration of last year's figures and credentials, kept on its record
 * (rule N4 reads them; Art. 12.2 priority follows them); the county checks them against the
 * Art. 13.4 documents at its preliminary review.
 */
function applyFacts(enterprise: Enterprise, facts: EnterpriseFactsInput | null | undefined): void {
  if (!facts) return;
  enterprise.revenueFen = fen('revenueFen', facts.revenueFen, '上年度收入', 'revenueFen');
  enterprise.rdSpendingFen = fen('rdSpendingFen', facts.rdSpendingFen, '研发投入', 'rdSpendingFen');
  enterprise.highTech = !!facts.highTech;
  enterprise.gazelle = !!facts.gazelle;
  enterprise.municipalProject = !!facts.municipalProject;
}

export const DEFAULT_MATERIALS_TEXT = [
  '1. 《聊城市“科技副总”申报表》（第十三条第1项）',
  '2. 企业、科技人员及其所在单位签订的三方协议（第十三条第2项）',
  '3. 科技人员身份证、学历学位、职称、专利、奖励、论文、项目等证明材料（第十三条第3项）',
  '4. 企业营业执照、上年度财务报表、信用报告、研发投入证明、涉企财政资金绿色门槛证明（第十三条第4项）',
].join('\n');
