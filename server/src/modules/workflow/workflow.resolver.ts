/**
 * The workflow's GraphQL entry points. Thin: each reads its arguments, calls one service
 * method, returns. Who may call what is declared here (`@Authorized`); which role owns which
 * step, row scopes and versions are checked again by the services.
 */
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { LocalDate } from '../../graphql/scalars';
import { MaterialKind } from '../application/application.enums';
import { Application } from '../application/application.entity';
import { CandidateMatch } from '../application/candidate-match.entity';
import { Appointment } from '../appointment/appointment.entity';
import { Call } from '../call/call.entity';
import { EvaluationCycle } from '../evaluation/evaluation-cycle.entity';
import { Evaluation } from '../evaluation/evaluation.entity';
import { EvaluationService } from '../evaluation/evaluation.service';
import { Reward } from '../evaluation/reward.entity';
import { FilingRecord } from '../filing/filing-record.entity';
import { READERS } from '../identity/access';
import { Role } from '../identity/role';
import { Achievement } from '../ledger/achievement.entity';
import { AnnualReport } from '../ledger/annual-report.entity';
import { IpApplication } from '../ledger/ip-application.entity';
import { LedgerEntry } from '../ledger/ledger-entry.entity';
import { LedgerService } from '../ledger/ledger.service';
import { Objection } from '../notice/objection.entity';
import { PublicNotice } from '../notice/public-notice.entity';
import { Disbursement } from '../project/disbursement.entity';
import { Project } from '../project/project.entity';
import { ProjectService } from '../project/project.service';
import { MaterialsService, missingMaterialsOf } from './materials.service';
import { actionsFor, TRANSITIONS, WorkflowAction } from './pipeline';
import { PipelineService } from './pipeline.service';
import { TodoService } from './todo.service';
import { DeskService, workingCalendar, workingDaysSince } from './desk.service';
import { chinaDate } from '../../domain/china-time';
import type { WorkCalendar } from '../../domain/working-days';
import { User } from '../identity/user.entity';
import {
  ApplicationVersionInputGql,
  ConfirmServiceInputGql,
  CreateApplicationInputGql,
  DisburseProjectInputGql,
  GradeEvaluationInputGql,
  IndicatorReportGql,
  AnnualReportDraftGql,
  OpenEvaluationCycleInputGql,
  ProjectDecisionInputGql,
  ProposeProjectInputGql,
  PublishCallInputGql,
  CallDraftInputGql,
  UpdateCallDraftInputGql,
  PublishNoticeInputGql,
  RaiseObjectionInputGql,
  RecogniseApplicationInputGql,
  RecordAchievementInputGql,
  RecordCandidateInputGql,
  RecordIpApplicationInputGql,
  RecordServiceInputGql,
  ResolveObjectionInputGql,
  ReviewApplicationInputGql,
  RuleResultGql,
  SelectCandidateInputGql,
  TodoCountGql,
  PassApplicationsInputGql,
  AcknowledgeFilingsInputGql,
  BatchOutcomeGql,
  ExpertCardGql,
  SubmitAnnualReportInputGql,
  UpdateApplicationInputGql,
  VersionedIdInputGql,
  WithdrawApplicationInputGql,
  WorkflowTransitionGql,
} from './workflow.types';

const BUREAU = [Role.ST_BUREAU];
const ENTERPRISE = [Role.ENTERPRISE];
const EXPERT = [Role.EXPERT];

const pipeline = (ctx: Context) => new PipelineService(ctx.em, ctx.viewer!);
const ledger = (ctx: Context) => new LedgerService(ctx.em, ctx.viewer!);
const evaluations = (ctx: Context) => new EvaluationService(ctx.em, ctx.viewer!);
const projects = (ctx: Context) => new ProjectService(ctx.em, ctx.viewer!);

/** Calls, applications and their review (Art. 12, 13). */
@Resolver()
export class PipelineResolver {
  @Authorized(BUREAU)
  @Mutation(() => Call, {
    description:
      '发布年度征集通知（市科技局；每年一次，须在2025-07-01至2030-06-30内） / Publish the yearly call (S&T bureau; one a year, within 2025-07-01..2030-06-30)',
  })
  publishCall(
    @Arg('input', () => PublishCallInputGql, { description: '征集通知 / The call' }) input: PublishCallInputGql,
    @Ctx() ctx: Context,
  ) {
    return pipeline(ctx).publishCall(input);
  }

  @Authorized(BUREAU)
  @Mutation(() => Call, {
    description:
      '保存征集通知草稿（市科技局；字段校验同发布，企业不可申报） / Save a yearly call as a draft (S&T bureau; checked as at publishing, not open to applications)',
  })
  saveCallDraft(
    @Arg('input', () => CallDraftInputGql, { description: '征集通知草稿 / The draft call' }) input: CallDraftInputGql,
    @Ctx() ctx: Context,
  ) {
    return pipeline(ctx).saveCallDraft(input);
  }

  @Authorized(BUREAU)
  @Mutation(() => Call, {
    description: '修改征集通知草稿（市科技局；须为读取时的版本） / Edit a draft call (S&T bureau; at the version you read)',
  })
  updateCallDraft(
    @Arg('input', () => UpdateCallDraftInputGql, { description: '草稿、版本号及修改内容 / The draft, its version and the edits' })
    input: UpdateCallDraftInputGql,
    @Ctx() ctx: Context,
  ) {
    const { callId, version, ...fields } = input;
    return pipeline(ctx).updateCallDraft(callId, version, fields);
  }

  @Authorized(BUREAU)
  @Mutation(() => Call, {
    description:
      '发布征集通知草稿（市科技局；每年一次，第十二条第1项；须在有效期内，第二十三条） / Publish a draft call (S&T bureau; one a year, Art. 12.1; within the term, Art. 23)',
  })
  publishCallDraft(
    @Arg('input', () => VersionedIdInputGql, { description: '草稿及版本号 / The draft and its version' }) input: VersionedIdInputGql,
    @Ctx() ctx: Context,
  ) {
    return pipeline(ctx).publishCallDraft(input.id, input.version);
  }

  @Authorized(BUREAU)
  @Mutation(() => Call, { description: '关闭征集（市科技局） / Close a call (S&T bureau)' })
  closeCall(
    @Arg('input', () => VersionedIdInputGql, { description: '征集及版本号 / The call and its version' }) input: VersionedIdInputGql,
    @Ctx() ctx: Context,
  ) {
    return pipeline(ctx).closeCall(input.id, input.version);
  }

  @Authorized(ENTERPRISE)
  @Mutation(() => Application, {
    description: '新建申报草稿（企业账号，本企业） / Create a draft application (the enterprise, for itself)',
  })
  createApplication(
    @Arg('input', () => CreateApplicationInputGql, { description: '申报内容 / The application' }) input: CreateApplicationInputGql,
    @Ctx() ctx: Context,
  ) {
    return pipeline(ctx).createApplication(input);
  }

  @Authorized(ENTERPRISE)
  @Mutation(() => Application, { description: '修改草稿或退回的申报（企业） / Edit a draft or returned application (the enterprise)' })
  updateApplication(
    @Arg('input', () => UpdateApplicationInputGql, { description: '修改内容 / The corrections' }) input: UpdateApplicationInputGql,
    @Ctx() ctx: Context,
  ) {
    return pipeline(ctx).updateApplication(input.applicationId, input.version, input);
  }

  @Authorized(ENTERPRISE)
  @Mutation(() => Application, {
    description:
      '提交申报（企业）：材料齐全且规则E1-E6、N1-N5均通过 / Submit (the enterprise): materials complete and rules E1-E6, N1-N5 pass',
  })
  submitApplication(
    @Arg('input', () => ApplicationVersionInputGql, { description: '申报及版本号 / The application and its version' })
    input: ApplicationVersionInputGql,
    @Ctx() ctx: Context,
  ) {
    return pipeline(ctx).submit(input.applicationId, input.version);
  }

  @Authorized(ENTERPRISE)
  @Mutation(() => Application, { description: '撤回申报（企业） / Withdraw an application (the enterprise)' })
  withdrawApplication(
    @Arg('input', () => WithdrawApplicationInputGql, { description: '申报、版本号及理由 / Application, version and reason' })
    input: WithdrawApplicationInputGql,
    @Ctx() ctx: Context,
  ) {
    return pipeline(ctx).withdraw(input.applicationId, input.version, input.reason);
  }

  @Authorized([Role.COUNTY_BUREAU, Role.ST_BUREAU])
  @Mutation(() => Application, {
    description:
      '审核：县级初审（本县）、市级复审、双向选择环节或党组审议的通过、退回、不予通过 / Review: pass, return or reject at the county (own county), city, matching or party-group step',
  })
  reviewApplication(
    @Arg('input', () => ReviewApplicationInputGql, { description: '审核决定 / The decision' }) input: ReviewApplicationInputGql,
    @Ctx() ctx: Context,
  ) {
    return pipeline(ctx).review(input);
  }

  @Authorized(BUREAU)
  @Mutation(() => CandidateMatch, {
    description: '登记双向选择候选专家及三方意见（市科技局） / Record a candidate expert and the three opinions (S&T bureau)',
  })
  recordCandidate(
    @Arg('input', () => RecordCandidateInputGql, { description: '候选专家 / The candidate' }) input: RecordCandidateInputGql,
    @Ctx() ctx: Context,
  ) {
    return pipeline(ctx).recordCandidate(input);
  }

  @Authorized(BUREAU)
  @Mutation(() => Application, { description: '确定拟派驻人选 → MATCHED（市科技局） / Select the expert → MATCHED (S&T bureau)' })
  selectCandidate(
    @Arg('input', () => SelectCandidateInputGql, { description: '申报、版本号及候选记录 / Application, version and candidate' })
    input: SelectCandidateInputGql,
    @Ctx() ctx: Context,
  ) {
    return pipeline(ctx).selectCandidate(input.applicationId, input.version, input.candidateId, input.reason);
  }

  @Authorized(BUREAU)
  @Mutation(() => FilingRecord, {
    description: '报市委组织部备案 → FILED（市科技局） / File the recognition with the Organisation Dept. → FILED (S&T bureau)',
  })
  fileRecognition(
    @Arg('input', () => ApplicationVersionInputGql, { description: '申报及版本号 / The application and its version' })
    input: ApplicationVersionInputGql,
    @Ctx() ctx: Context,
  ) {
    return pipeline(ctx).file(input.applicationId, input.version);
  }

  @Authorized([Role.ORG_DEPT])
  @Mutation(() => FilingRecord, { description: '签收备案（市委组织部） / Acknowledge a filing (Organisation Dept.)' })
  acknowledgeFiling(
    @Arg('input', () => VersionedIdInputGql, { description: '备案记录及版本号 / The filing and its version' }) input: VersionedIdInputGql,
    @Ctx() ctx: Context,
  ) {
    return pipeline(ctx).acknowledgeFiling(input.id, input.version);
  }

  @Authorized(BUREAU)
  @Mutation(() => PublicNotice, {
    description: '发布公示，5个工作日 → IN_NOTICE（市科技局） / Publish the 5-working-day notice → IN_NOTICE (S&T bureau)',
  })
  publishNotice(
    @Arg('input', () => PublishNoticeInputGql, { description: '公示 / The notice' }) input: PublishNoticeInputGql,
    @Ctx() ctx: Context,
  ) {
    return pipeline(ctx).publishNotice(input);
  }

  @Authorized(BUREAU)
  @Mutation(() => Objection, { description: '登记公示异议，案件暂停（市科技局） / Record an objection; the case stops (S&T bureau)' })
  raiseObjection(
    @Arg('input', () => RaiseObjectionInputGql, { description: '异议 / The objection' }) input: RaiseObjectionInputGql,
    @Ctx() ctx: Context,
  ) {
    return pipeline(ctx).raiseObjection(input);
  }

  @Authorized(BUREAU)
  @Mutation(() => Objection, { description: '处理公示异议（市科技局） / Resolve an objection (S&T bureau)' })
  resolveObjection(
    @Arg('input', () => ResolveObjectionInputGql, { description: '处理结论 / The resolution' }) input: ResolveObjectionInputGql,
    @Ctx() ctx: Context,
  ) {
    return pipeline(ctx).resolveObjection(input);
  }

  @Authorized(BUREAU)
  @Mutation(() => Appointment, {
    description:
      '公示期满无异议，发文认定并颁发证书 → RECOGNISED（市科技局） / Recognise after the notice: document and certificate → RECOGNISED (S&T bureau)',
  })
  recogniseApplication(
    @Arg('input', () => RecogniseApplicationInputGql, {
      description: '申报、版本号及保密协议 / The application, its version and the confidentiality agreement',
    })
    input: RecogniseApplicationInputGql,
    @Ctx() ctx: Context,
  ) {
    return pipeline(ctx).recognise(input.applicationId, input.version, input.confidentiality);
  }

  @Authorized(ENTERPRISE)
  @Mutation(() => [MaterialKind], {
    description: '删除草稿中的一份材料，返回仍缺的材料（企业） / Remove a material from a draft; returns what is still missing',
  })
  deleteMaterial(@Arg('materialId', () => Int, { description: '材料行号 / Material id' }) materialId: number, @Ctx() ctx: Context) {
    return new MaterialsService(ctx.em, ctx.viewer!).remove(materialId);
  }

  @Authorized(READERS.RuleCheck)
  @Query(() => [RuleResultGql], {
    description: '按今天的数据试算资格规则（不记录） / The eligibility rules on an application as of today, without recording them',
  })
  previewApplicationRules(
    @Arg('applicationId', () => Int, { description: '申报行号 / Application id' }) applicationId: number,
    @Ctx() ctx: Context,
  ) {
    return pipeline(ctx).previewRules(applicationId);
  }

  @Authorized(READERS.WorkCalendarDay)
  @Query(() => LocalDate, {
    description:
      '从某日起若干个工作日的最后一天（按节假日及调休） / The last day of a period of Chinese working days from a date (holidays and make-up days)',
  })
  workingDaysEnd(
    @Arg('start', () => LocalDate, { description: '开始日期 / First day' }) start: string,
    @Arg('days', () => Int, { defaultValue: 5, description: '工作日数 / Number of working days' }) days: number,
    @Ctx() ctx: Context,
  ) {
    return pipeline(ctx).workingDaysEnd(start, days);
  }

  @Authorized([Role.COUNTY_BUREAU, Role.ST_BUREAU])
  @Mutation(() => [BatchOutcomeGql], {
    description:
      '批量审核通过（县级初审或市级复审）：逐件检查并记录，返回每件结果 / Pass several cases at your review step; each is checked and recorded on its own, the answer lists each',
  })
  passApplications(
    @Arg('input', () => PassApplicationsInputGql, { description: '申报及版本号 / The applications and versions' })
    input: PassApplicationsInputGql,
    @Ctx() ctx: Context,
  ) {
    return new DeskService(ctx.em, ctx.viewer!).passMany(input.applications, input.reason?.trim() || null);
  }

  @Authorized([Role.ORG_DEPT])
  @Mutation(() => [BatchOutcomeGql], {
    description: '批量签收备案（市委组织部），返回每件结果 / Acknowledge several filings (Organisation Dept.); the answer lists each',
  })
  acknowledgeFilings(
    @Arg('input', () => AcknowledgeFilingsInputGql, { description: '备案记录及版本号 / The filings and versions' })
    input: AcknowledgeFilingsInputGql,
    @Ctx() ctx: Context,
  ) {
    return new DeskService(ctx.em, ctx.viewer!).acknowledgeMany(input.filings);
  }

  @Authorized([Role.ENTERPRISE, Role.ST_BUREAU, Role.COUNTY_BUREAU])
  @Query(() => [ExpertCardGql], {
    description:
      '按姓名、派出单位或学科检索专家库（仅专业信息） / Search the expert directory by name, institution or discipline (professional facts only)',
  })
  expertDirectory(
    @Arg('search', () => String, { description: '检索词 / Search text' }) search: string,
    @Arg('first', () => Int, { defaultValue: 20, description: '至多返回条数（1-50） / At most this many, 1-50' }) first: number,
    @Ctx() ctx: Context,
  ) {
    return new DeskService(ctx.em, ctx.viewer!).expertDirectory(search, first);
  }

  @Authorized(READERS.Call)
  @Query(() => [TodoCountGql], {
    description:
      '我的待办：等待本角色办理的案件数（县级账号仅本县，企业仅本企业） / My to-do: cases waiting for my role (a county sees its county, an enterprise its own)',
  })
  myTodo(@Ctx() ctx: Context) {
    return new TodoService(ctx.em, ctx.viewer!).counts();
  }

  @Authorized(READERS.Application)
  @Query(() => [WorkflowTransitionGql], { description: '流程表：所有允许的流转 / The pipeline table: every allowed transition' })
  workflowTransitions(): WorkflowTransitionGql[] {
    return TRANSITIONS.map((t) => ({ ...t, roles: [...t.roles] }));
  }
}

/** The duties of Art. 6-8 and 17: ledger, confirmations, annual reports, indicators. */
@Resolver()
export class LedgerWorkflowResolver {
  @Authorized(EXPERT)
  @Mutation(() => LedgerEntry, { description: '登记一次服务（专家本人） / Record a service (the expert)' })
  recordService(
    @Arg('input', () => RecordServiceInputGql, { description: '服务 / The service' }) input: RecordServiceInputGql,
    @Ctx() ctx: Context,
  ) {
    return ledger(ctx).recordService(input);
  }

  @Authorized(ENTERPRISE)
  @Mutation(() => LedgerEntry, {
    description: '确认或对服务记录提出异议（派驻企业） / Confirm or dispute a ledger entry (the host enterprise)',
  })
  confirmService(
    @Arg('input', () => ConfirmServiceInputGql, { description: '确认 / The confirmation' }) input: ConfirmServiceInputGql,
    @Ctx() ctx: Context,
  ) {
    return ledger(ctx).confirmService(input);
  }

  @Authorized(EXPERT)
  @Mutation(() => Achievement, {
    description: '登记新技术、新工艺、新产品（专家本人） / Record a new technology, process or product (the expert)',
  })
  recordAchievement(
    @Arg('input', () => RecordAchievementInputGql, { description: '成果 / The achievement' }) input: RecordAchievementInputGql,
    @Ctx() ctx: Context,
  ) {
    return ledger(ctx).recordAchievement(input);
  }

  @Authorized(EXPERT)
  @Mutation(() => IpApplication, { description: '登记知识产权申请（专家本人） / Record an IP application (the expert)' })
  recordIpApplication(
    @Arg('input', () => RecordIpApplicationInputGql, { description: '知识产权申请 / The IP application' })
    input: RecordIpApplicationInputGql,
    @Ctx() ctx: Context,
  ) {
    return ledger(ctx).recordIpApplication(input);
  }

  @Authorized(EXPERT)
  @Mutation(() => AnnualReport, { description: '提交年度述职（专家本人，每年一份） / Submit the annual report (the expert, one a year)' })
  submitAnnualReport(
    @Arg('input', () => SubmitAnnualReportInputGql, { description: '年度述职 / The report' }) input: SubmitAnnualReportInputGql,
    @Ctx() ctx: Context,
  ) {
    return ledger(ctx).submitAnnualReport(input);
  }

  @Authorized([Role.EXPERT])
  @Query(() => AnnualReportDraftGql, {
    description:
      '年度述职草稿（专家本人，服务期内任一年度）：按台账的已确认服务、指标、成果 / A draft annual report (the expert, any year served) from the confirmed ledger, indicators and achievements',
  })
  annualReportDraft(
    @Arg('appointmentId', () => Int, { description: '任职行号 / Appointment id' }) appointmentId: number,
    @Arg('year', () => Int, { description: '述职年度 / Year' }) year: number,
    @Ctx() ctx: Context,
  ) {
    return ledger(ctx).annualReportDraft(appointmentId, year);
  }

  @Authorized(READERS.LedgerEntry)
  @Query(() => IndicatorReportGql, {
    description:
      '任职的第七条年度指标：完成、进度、风险、未完成及年末推算 / Art. 7 indicators of an appointment for a year: met, on track, at risk, missed, projected',
  })
  appointmentIndicators(
    @Arg('appointmentId', () => Int, { description: '任职行号 / Appointment id' }) appointmentId: number,
    @Arg('year', () => Int, { description: '年度 / Year' }) year: number,
    @Arg('asOf', () => LocalDate, { nullable: true, description: '截至日期，默认今天 / As of, today by default' }) asOf: string | null,
    @Ctx() ctx: Context,
  ) {
    return ledger(ctx).indicators(appointmentId, year, asOf);
  }
}

/** Evaluations, rewards and their filing (Art. 17-19). */
@Resolver()
export class EvaluationWorkflowResolver {
  @Authorized(BUREAU)
  @Mutation(() => EvaluationCycle, { description: '开启绩效考核周期（市科技局） / Open an evaluation cycle (S&T bureau)' })
  openEvaluationCycle(
    @Arg('input', () => OpenEvaluationCycleInputGql, { description: '考核周期 / The cycle' }) input: OpenEvaluationCycleInputGql,
    @Ctx() ctx: Context,
  ) {
    return evaluations(ctx).openCycle(input);
  }

  @Authorized([Role.ST_BUREAU, Role.EVALUATION_AGENCY])
  @Mutation(() => Evaluation, {
    description:
      '评定等级：市科技局评定即决定并执行后果（优秀授奖励与金卡，不合格撤销、取消项目、两年禁报）；受托机构评定为建议，经市科技局批准方执行（第十七条） / Grade: the bureau’s grade is decided at once with its consequences (excellent: rewards and gold card; unqualified: revoked, projects cancelled, two-year ban); the agency’s is a proposal that applies only once the bureau approves it (Art. 17)',
  })
  gradeEvaluation(
    @Arg('input', () => GradeEvaluationInputGql, { description: '等级 / The grade' }) input: GradeEvaluationInputGql,
    @Ctx() ctx: Context,
  ) {
    return evaluations(ctx).grade(input);
  }

  @Authorized([Role.FINANCE, Role.ST_BUREAU])
  @Mutation(() => Reward, {
    description: '拨付奖金（市财政局）或发放证书、金卡（市科技局） / Pay the cash (finance) or hand over certificate and card (bureau)',
  })
  disburseReward(
    @Arg('rewardId', () => Int, { description: '奖励行号 / Reward id' }) rewardId: number,
    @Ctx() ctx: Context,
    @Arg('voucherNo', () => String, {
      nullable: true,
      description: '拨付凭证号（奖金必填，1至32位字母、数字或连字符，不得重复） / Payment voucher number (required for cash; unique)',
    })
    voucherNo?: string | null,
    @Arg('paidOn', () => LocalDate, {
      nullable: true,
      description:
        '拨付或发放日期（中国时间；奖金必填，不晚于今天、不早于授予日） / Day paid or handed over (China time; required for cash)',
    })
    paidOn?: string | null,
  ) {
    return evaluations(ctx).disburseReward(rewardId, { voucherNo, paidOn });
  }

  @Authorized(BUREAU)
  @Mutation(() => FilingRecord, {
    description:
      '考核结果报市委组织部备案并结束周期（市科技局） / File the results with the Organisation Dept. and close the cycle (S&T bureau)',
  })
  fileEvaluationResults(@Arg('cycleId', () => Int, { description: '考核周期行号 / Cycle id' }) cycleId: number, @Ctx() ctx: Context) {
    return evaluations(ctx).fileResults(cycleId);
  }
}

/** Co-innovation projects (Art. 19-21). */
@Resolver()
export class ProjectWorkflowResolver {
  @Authorized([Role.ST_BUREAU, Role.ENTERPRISE])
  @Mutation(() => Project, {
    description: '申报协同创新项目（市科技局或派驻企业） / Propose a co-innovation project (bureau or host enterprise)',
  })
  proposeProject(
    @Arg('input', () => ProposeProjectInputGql, { description: '项目 / The project' }) input: ProposeProjectInputGql,
    @Ctx() ctx: Context,
  ) {
    return projects(ctx).propose(input);
  }

  @Authorized(BUREAU)
  @Mutation(() => Project, { description: '立项（市科技局） / Approve a project (S&T bureau)' })
  approveProject(
    @Arg('input', () => ProjectDecisionInputGql, { description: '项目、版本号及批准金额 / Project, version, approved amounts' })
    input: ProjectDecisionInputGql,
    @Ctx() ctx: Context,
  ) {
    return projects(ctx).approve(input.projectId, input.version, input.funding);
  }

  @Authorized(BUREAU)
  @Mutation(() => Project, {
    description: '调整项目资金（市科技局；不得低于已拨付） / Change project funding (bureau; never below what was paid)',
  })
  changeProjectFunding(
    @Arg('input', () => ProjectDecisionInputGql, { description: '项目、版本号及新金额 / Project, version, new amounts' })
    input: ProjectDecisionInputGql,
    @Ctx() ctx: Context,
  ) {
    return projects(ctx).changeFunding(input.projectId, input.version, input.funding ?? null);
  }

  @Authorized([Role.FINANCE])
  @Mutation(() => Disbursement, {
    description:
      '登记一笔拨付（市财政局；不得超过该出资方批准金额） / Record a tranche (finance; never above what was approved for that funder)',
  })
  disburseProject(
    @Arg('input', () => DisburseProjectInputGql, { description: '拨付 / The tranche' }) input: DisburseProjectInputGql,
    @Ctx() ctx: Context,
  ) {
    return projects(ctx).disburse(input);
  }

  @Authorized(BUREAU)
  @Mutation(() => Project, { description: '项目验收通过或不通过（市科技局） / Accept or fail a project (S&T bureau)' })
  closeProject(
    @Arg('input', () => VersionedIdInputGql, { description: '项目及版本号 / The project and its version' }) input: VersionedIdInputGql,
    @Arg('accepted', () => Boolean, { description: 'true 验收通过，false 不通过 / true: accepted; false: failed' }) accepted: boolean,
    @Ctx() ctx: Context,
  ) {
    return projects(ctx).close(input.id, input.version, accepted);
  }
}

/** What the workflow adds to the application: its version, the Art. 13 checklist, the next actions. */
@Resolver(() => Application)
export class ApplicationWorkflowFields {
  @FieldResolver(() => Int, {
    description: '版本号，办理时原样提交（乐观锁） / Version: pass it back when acting on the case (optimistic locking)',
  })
  version(@Root() app: Application): number {
    return app.version;
  }

  @Authorized(READERS.ApplicationMaterial)
  @FieldResolver(() => [MaterialKind], {
    description: '尚缺的第十三条申报材料（齐全前不能提交） / Art. 13 materials still missing; submission waits for them',
  })
  missingMaterials(@Root() app: Application, @Ctx() ctx: Context): Promise<MaterialKind[]> {
    return missingOf(ctx, app.id);
  }

  @Authorized(READERS.ApplicationMaterial)
  @FieldResolver(() => Boolean, { description: '第十三条材料是否齐全 / Whether the Art. 13 materials are complete' })
  async materialsComplete(@Root() app: Application, @Ctx() ctx: Context): Promise<boolean> {
    return (await missingOf(ctx, app.id)).length === 0;
  }

  @FieldResolver(() => Int, {
    description:
      '进入当前环节后已等待的工作日（按节假日及调休，不含进入当天） / Working days waited since it entered its stage (holidays and make-up days counted)',
  })
  async workingDaysWaited(@Root() app: Application, @Ctx() ctx: Context): Promise<number> {
    let calendar = CALENDARS.get(ctx.em);
    if (!calendar) {
      calendar = workingCalendar(ctx.em, '2024-01-01');
      CALENDARS.set(ctx.em, calendar);
    }
    return workingDaysSince(await calendar, app.stageEnteredAt, chinaDate());
  }

  @FieldResolver(() => [WorkflowAction], { description: '您现在可以办理的操作 / The actions you may take on it now' })
  nextActions(@Root() app: Application, @Ctx() ctx: Context): WorkflowAction[] {
    return ctx.viewer ? actionsFor(app.stage, ctx.viewer.role, app.onHold) : [];
  }
}

/** The missing materials of an application, batched over the page (one statement, not one per row). */
function missingOf(ctx: Context, applicationId: number): Promise<MaterialKind[]> {
  return ctx.loaders.batch('missingMaterials', (ids) => missingMaterialsOf(ctx.em, ids)).load(applicationId);
}

/** One work calendar per request, shared by every row of a list. */
const CALENDARS = new WeakMap<object, Promise<WorkCalendar>>();

/** Who signed for a filing, for the Organisation Department's desk. */
@Resolver(() => FilingRecord)
export class FilingDeskFields {
  @FieldResolver(() => String, {
    nullable: true,
    description: '签收人（姓名及角色） / Who acknowledged it: name and role',
  })
  async acknowledgedByName(@Root() filing: FilingRecord, @Ctx() ctx: Context): Promise<string | null> {
    if (!filing.acknowledgedBy) return null;
    // One statement for the whole page of filings, not one per row.
    return ctx.loaders
      .batch('acknowledgedByName', async (ids) => {
        const users = await ctx.em.find(User, { id: { $in: [...ids] } }, { fields: ['id', 'displayName'] });
        const names = new Map(users.map((u) => [u.id, u.displayName]));
        return ids.map((id) => names.get(id) ?? null);
      })
      .load(filing.acknowledgedBy.id);
  }
}

function versionResolver<T extends { version: number }>(entity: new (...args: never[]) => T, name: string) {
  @Resolver(() => entity)
  class VersionField {
    @FieldResolver(() => Int, {
      description: `版本号，修改${name}时原样提交（乐观锁） / Version: pass it back when changing it (optimistic locking)`,
    })
    version(@Root() row: T): number {
      return row.version;
    }
  }
  return VersionField;
}

export const WORKFLOW_RESOLVERS = [
  PipelineResolver,
  LedgerWorkflowResolver,
  EvaluationWorkflowResolver,
  ProjectWorkflowResolver,
  ApplicationWorkflowFields,
  FilingDeskFields,
  versionResolver(Appointment, '任职'),
  versionResolver(Project, '项目'),
  versionResolver(Evaluation, '考核'),
  versionResolver(FilingRecord, '备案'),
  versionResolver(Call, '征集'),
];
