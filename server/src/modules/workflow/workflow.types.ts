/**
 * GraphQL inputs and outputs of the workflow. Inputs are validated (type-graphql runs
 * class-validator) with a message per field in Chinese and English; the services check the
 * same things again, so they are safe without GraphQL too.
 */
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { registerEnum } from '../../graphql/enums';
import { Fen, LocalDate } from '../../graphql/scalars';
import { ApplicationStage, Decision, Opinion, Position, ReviewStep, RuleCode } from '../application/application.enums';
import { AchievementKind, IpKind, IpStatus, ServiceKind } from '../ledger/ledger.enums';
import { IndicatorCode, IndicatorStatus } from '../ledger/indicators';
import { Grade } from '../evaluation/evaluation.entity';
import { Degree, ProfessionalTitle } from '../expert/expert.entity';
import { Funder } from '../project/disbursement.entity';
import { Role } from '../identity/role';
import { WorkflowAction } from './pipeline';

registerEnum(WorkflowAction, 'WorkflowAction', '流程操作 / An action on an application in the pipeline (Art. 12)', {
  SUBMIT: '企业提交申报 / The enterprise submits',
  PASS: '审核通过（县级初审、市级复审、党组审议） / Pass a review (county, city, party group)',
  RETURN: '退回修改 / Return for correction',
  REJECT: '不予通过 / Reject with a rule or a reason',
  SELECT: '双向选择确定人选 / Select the expert in two-way selection',
  FILE: '报组织部备案 / File with the Organisation Department',
  PUBLISH_NOTICE: '公示 / Publish the public notice',
  RAISE_OBJECTION: '登记公示异议 / Record an objection to the notice',
  UPHOLD_OBJECTION: '异议成立 / Uphold an objection (rejects the case)',
  DISMISS_OBJECTION: '异议不成立 / Dismiss an objection',
  RECOGNISE: '发文认定并颁发证书 / Recognise: document and certificate',
  WITHDRAW: '企业撤回 / The enterprise withdraws',
});

registerEnum(IndicatorCode, 'IndicatorCode', '第七条年度工作量化指标 / A yearly indicator of Art. 7', {
  TECH_SERVICES: '技术服务不少于10次（第七条第1项） / At least 10 technical services (Art. 7.1)',
  DAYS_ON_SITE: '驻企服务不少于30天（第七条第1项） / At least 30 days on site (Art. 7.1)',
  NEW_TECHNOLOGIES: '新技术、新工艺或新产品至少1项（第七条第2项） / At least 1 new technology, process or product (Art. 7.2)',
  IP_APPLICATIONS: '知识产权申请至少1项（第七条第2项） / At least 1 IP application (Art. 7.2)',
  BRIEFINGS_AND_TRAININGS: '政策宣讲或技术培训不少于3次（第七条第3项） / At least 3 briefings or trainings (Art. 7.3)',
  PEOPLE_TRAINED: '培养技术骨干不少于10人（第七条第3项） / At least 10 technical staff trained (Art. 7.3)',
});

registerEnum(IndicatorStatus, 'IndicatorStatus', '指标完成情况 / Where an indicator stands', {
  MET: '已完成 / Met',
  ON_TRACK: '按进度可完成 / On track at the pace so far',
  AT_RISK: '按进度难以完成 / At risk at the pace so far',
  MISSED: '年度已过未完成 / Missed: the year is over',
});

const TEXT = (zh: string, en: string, min: number, max: number) =>
  Length(min, max, { message: `${zh}须为${min}至${max}个字符 / ${en} must be ${min} to ${max} characters` });
const ID = (zh: string, en: string) => Min(1, { message: `${zh}须为正整数 / ${en} must be a positive id` });
const VERSION = Min(1, { message: '版本号须为正整数（读取记录时的 version） / version must be the positive version you read' });

// ---- calls and applications --------------------------------------------------------------------

@InputType('PublishCallInput', { description: '发布年度征集通知 / A yearly call to publish (Art. 12.1)' })
export class PublishCallInputGql {
  @Field(() => Int, { description: '年度（每年一次，2025至2030） / Call year, one per year, 2025-2030' })
  @IsInt()
  @Min(2025, { message: '年度不早于2025 / year is 2025 or later' })
  @Max(2030, { message: '年度不晚于2030 / year is 2030 or earlier' })
  year!: number;

  @Field({ description: '标题 / Title' })
  @TEXT('标题', 'title', 1, 200)
  title!: string;

  @Field(() => LocalDate, { description: '申报开始日期（不早于2025-07-01） / First day applications are accepted, from 2025-07-01' })
  opensOn!: string;

  @Field(() => LocalDate, { description: '申报截止日期（不晚于2030-06-30） / Last day applications are accepted, until 2030-06-30' })
  closesOn!: string;

  @Field({ description: '申报条件 / Conditions for applicants' })
  @TEXT('申报条件', 'conditions', 1, 4000)
  conditions!: string;

  @Field(() => String, {
    nullable: true,
    description: '申报材料要求；空则为第十三条清单 / Materials required; the Art. 13 list when empty',
  })
  @IsOptional()
  @MaxLength(4000, { message: '申报材料要求不超过4000字 / materialsRequired is at most 4000 characters' })
  materialsRequired?: string | null;
}

@InputType('CallDraftInput', {
  description:
    '征集通知草稿（字段与发布时相同，发布前不公开） / A yearly call saved as a draft: the fields of a published one, not public yet',
})
export class CallDraftInputGql extends PublishCallInputGql {}

@InputType('UpdateCallDraftInput', { description: '修改征集通知草稿 / Edits to a draft call' })
export class UpdateCallDraftInputGql extends PublishCallInputGql {
  @Field(() => Int, { description: '草稿的行号 / The draft call' })
  @ID('征集', 'callId')
  callId!: number;

  @Field(() => Int, { description: '读取时的版本号 / The version you read' })
  @VERSION
  version!: number;
}

@InputType('EnterpriseFactsInput', {
  description:
    '企业随申报填报的上年度数据与优先资质（县级初审核实） / Facts the enterprise declares with its application; the county checks them',
})
export class EnterpriseFactsInputGql {
  @Field(() => Fen, { description: "上年度主营业务收入（分，规则N4） / Last year's revenue in fen (rule N4)" })
  @Min(0, { message: '上年度收入不得为负 / revenueFen cannot be negative' })
  revenueFen!: number;

  @Field(() => Fen, { description: "上年度研发投入（分，规则N4） / Last year's R&D spending in fen (rule N4)" })
  @Min(0, { message: '研发投入不得为负 / rdSpendingFen cannot be negative' })
  rdSpendingFen!: number;

  @Field({ description: '高新技术企业（第十二条第2项优先） / High-tech enterprise (priority, Art. 12.2)' })
  highTech!: boolean;

  @Field({ description: '瞪羚企业（优先） / Gazelle enterprise (priority)' })
  gazelle!: boolean;

  @Field({ description: '承担市级以上科技项目（优先） / Holds a municipal-or-higher S&T project (priority)' })
  municipalProject!: boolean;
}

@InputType('ApplicationDraftInput', { description: '申报内容（第十三条申报表） / What an application says (the Art. 13 form)' })
export class ApplicationDraftInputGql {
  @Field({ description: '技术需求 / The technical needs' })
  @TEXT('技术需求', 'techNeeds', 10, 4000)
  techNeeds!: string;

  @Field(() => Int, {
    nullable: true,
    description: '拟选派专家行号（可在双向选择时确定） / Proposed expert id (may be chosen in two-way selection)',
  })
  @IsOptional()
  @ID('拟选派专家', 'proposedExpertId')
  proposedExpertId?: number | null;

  @Field(() => Position, { description: '拟任职务 / Proposed position' })
  @IsIn(Object.values(Position), { message: '拟任职务无效 / proposedPosition is not a valid position' })
  proposedPosition!: Position;

  @Field(() => LocalDate, { description: '拟服务开始日期 / Proposed start of service' })
  proposedServiceStart!: string;

  @Field(() => LocalDate, {
    description: '拟服务结束日期（不少于两年，规则E6） / Proposed end of service, at least two years on (rule E6)',
  })
  proposedServiceEnd!: string;

  @Field(() => Fen, { description: '每月生活补助及交通费（分，规则N5） / Monthly allowance in fen (rule N5)' })
  @Min(0, { message: '每月生活补助不得为负 / monthlyAllowanceFen cannot be negative' })
  monthlyAllowanceFen!: number;

  @Field(() => EnterpriseFactsInputGql, {
    nullable: true,
    description: "企业上年度数据与优先资质（省略则不变） / The enterprise's declared facts; unchanged when omitted",
  })
  @IsOptional()
  @ValidateNested()
  enterpriseFacts?: EnterpriseFactsInputGql | null;
}

@InputType('CreateApplicationInput', {
  description: '新建申报（企业账号，本企业） / A new application by the enterprise account, for itself',
})
export class CreateApplicationInputGql extends ApplicationDraftInputGql {
  @Field(() => Int, { description: '征集行号 / Call id' })
  @ID('征集', 'callId')
  callId!: number;
}

@InputType('UpdateApplicationInput', { description: '修改草稿或退回的申报 / Corrections to a draft or returned application' })
export class UpdateApplicationInputGql extends ApplicationDraftInputGql {
  @Field(() => Int, { description: '申报行号 / Application id' })
  @ID('申报', 'applicationId')
  applicationId!: number;

  @Field(() => Int, { description: '读取时的版本号 / The version you read' })
  @VERSION
  version!: number;
}

@InputType('ApplicationVersionInput', { description: '申报及读取时的版本号 / An application and the version you read' })
export class ApplicationVersionInputGql {
  @Field(() => Int, { description: '申报行号 / Application id' })
  @ID('申报', 'applicationId')
  applicationId!: number;

  @Field(() => Int, { description: '读取时的版本号（乐观锁） / The version you read (optimistic locking)' })
  @VERSION
  version!: number;
}

@InputType('ConfidentialityAgreementInput', {
  description:
    '专家与企业签订的保密协议，认定时随任职登记（第八条） / The confidentiality agreement of expert and enterprise, recorded with the appointment at recognition (Art. 8)',
})
export class ConfidentialityAgreementInputGql {
  @Field(() => LocalDate, { description: '签订日期（不晚于认定日期） / Date signed, not after the recognition' })
  signedOn!: string;

  @Field({
    description:
      '企业方签字人及职务，如“张某（总经理）”；专家本人为另一方 / Who signed for the enterprise and in what capacity; the expert signs as the other party',
  })
  @TEXT('企业方签字人', 'enterpriseSignatory', 1, 100)
  enterpriseSignatory!: string;

  @Field({ description: '协议文本编号或存档引用 / Number or archive reference of the signed text' })
  @TEXT('协议文本编号', 'documentRef', 1, 100)
  documentRef!: string;

  @Field(() => String, {
    nullable: true,
    description: '保密范围；不填则按第八条的表述 / What it covers; the wording of Art. 8 when empty',
  })
  @IsOptional()
  @TEXT('保密范围', 'content', 1, 4000)
  content?: string | null;
}

@InputType('RecogniseApplicationInput', {
  description: '发文认定：申报、版本号及保密协议 / Recognition: the application, its version and the confidentiality agreement',
})
export class RecogniseApplicationInputGql extends ApplicationVersionInputGql {
  @Field(() => ConfidentialityAgreementInputGql, {
    description: '保密协议（第八条，必填） / The confidentiality agreement (Art. 8, required)',
  })
  @ValidateNested()
  confidentiality!: ConfidentialityAgreementInputGql;
}

@InputType('WithdrawApplicationInput', { description: '企业撤回申报 / The enterprise withdraws its application' })
export class WithdrawApplicationInputGql extends ApplicationVersionInputGql {
  @Field({ description: '撤回理由 / Why' })
  @TEXT('撤回理由', 'reason', 1, 4000)
  reason!: string;
}

@InputType('ReviewApplicationInput', {
  description: '审核决定：县级初审、市级复审、双向选择环节或党组审议 / A review decision at the county, city, matching or party-group step',
})
export class ReviewApplicationInputGql extends ApplicationVersionInputGql {
  @Field(() => Decision, { description: 'PASS 通过、RETURN 退回修改、REJECT 不予通过 / PASS, RETURN for correction, or REJECT' })
  @IsIn([Decision.PASS, Decision.RETURN, Decision.REJECT], {
    message: '审核决定须为 PASS、RETURN 或 REJECT / decision must be PASS, RETURN or REJECT',
  })
  decision!: Decision;

  @Field(() => String, {
    nullable: true,
    description: '理由（退回、不予通过必填，引用规则时可省略） / Reason: required to return or reject unless a rule is cited',
  })
  @IsOptional()
  @MaxLength(4000, { message: '理由不超过4000字 / reason is at most 4000 characters' })
  reason?: string | null;

  @Field(() => RuleCode, {
    nullable: true,
    description: '不予通过所依据的规则（须当前不满足） / The rule a rejection rests on; it must fail now',
  })
  @IsOptional()
  rule?: RuleCode | null;
}

@InputType('RecordCandidateInput', {
  description: '双向选择候选专家及三方意见（第十二条第4项） / A candidate expert and the three opinions (Art. 12.4)',
})
export class RecordCandidateInputGql {
  @Field(() => Int, { description: '申报行号 / Application id' })
  @ID('申报', 'applicationId')
  applicationId!: number;

  @Field(() => Int, { description: '候选专家行号 / Candidate expert id' })
  @ID('候选专家', 'expertId')
  expertId!: number;

  @Field(() => Int, { description: '匹配得分（0-100） / Fit score, 0-100' })
  @IsInt()
  @Min(0, { message: '匹配得分不小于0 / score is at least 0' })
  @Max(100, { message: '匹配得分不大于100 / score is at most 100' })
  score!: number;

  @Field({ description: '得分说明 / Why this score' })
  @TEXT('得分说明', 'rationale', 1, 4000)
  rationale!: string;

  @Field(() => Opinion, { nullable: true, description: '企业意见 / Enterprise opinion' })
  @IsOptional()
  enterpriseOpinion?: Opinion | null;

  @Field(() => Opinion, { nullable: true, description: '派出单位意见 / Institution opinion' })
  @IsOptional()
  institutionOpinion?: Opinion | null;

  @Field(() => Opinion, { nullable: true, description: '专家本人意见 / Expert opinion' })
  @IsOptional()
  expertOpinion?: Opinion | null;
}

@InputType('SelectCandidateInput', { description: '确定拟派驻人选（三方均同意） / Choose the candidate all three agreed to' })
export class SelectCandidateInputGql extends ApplicationVersionInputGql {
  @Field(() => Int, { description: '候选记录行号 / Candidate record id' })
  @ID('候选记录', 'candidateId')
  candidateId!: number;

  @Field(() => String, { nullable: true, description: '说明 / Note' })
  @IsOptional()
  @MaxLength(4000, { message: '说明不超过4000字 / reason is at most 4000 characters' })
  reason?: string | null;
}

@InputType('PublishNoticeInput', {
  description: '拟认定名单公示，5个工作日（第十二条第5项） / Public notice of proposed recognitions, 5 working days (Art. 12.5)',
})
export class PublishNoticeInputGql {
  @Field(() => [ApplicationVersionInputGql], { description: '已备案的申报 / Filed applications to list' })
  @ArrayMinSize(1, { message: '至少一项申报 / at least one application' })
  @ArrayMaxSize(200, { message: '至多200项申报 / at most 200 applications' })
  @ValidateNested({ each: true })
  applications!: ApplicationVersionInputGql[];

  @Field({ description: '标题 / Title' })
  @TEXT('标题', 'title', 1, 200)
  title!: string;

  @Field({ description: '发布渠道，如 市科技局官方网站 / Where it is published, e.g. the bureau website' })
  @TEXT('发布渠道', 'channel', 1, 128)
  channel!: string;

  @Field(() => LocalDate, { nullable: true, description: '公示开始日期，默认今天 / First day; today when omitted' })
  @IsOptional()
  startsOn?: string | null;
}

@InputType('RaiseObjectionInput', { description: '登记公示异议（案件暂停） / Record an objection: the case stops until it is resolved' })
export class RaiseObjectionInputGql extends ApplicationVersionInputGql {
  @Field(() => LocalDate, { description: '收到日期（公示期内） / Date received, within the notice' })
  receivedOn!: string;

  @Field({ description: '异议内容 / What the objection says' })
  @TEXT('异议内容', 'content', 1, 4000)
  content!: string;
}

@InputType('ResolveObjectionInput', { description: '处理公示异议 / Resolve an objection' })
export class ResolveObjectionInputGql {
  @Field(() => Int, { description: '异议行号 / Objection id' })
  @ID('异议', 'objectionId')
  objectionId!: number;

  @Field(() => Int, { description: '申报读取时的版本号 / The application version you read' })
  @VERSION
  version!: number;

  @Field({ description: 'true：异议成立（不予认定）；false：不成立 / true: upheld, the case is rejected; false: dismissed' })
  upheld!: boolean;

  @Field({ description: '处理结论 / Resolution' })
  @TEXT('处理结论', 'resolution', 1, 4000)
  resolution!: string;
}

@InputType('VersionedIdInput', { description: '记录行号及读取时的版本号 / A record id and the version you read' })
export class VersionedIdInputGql {
  @Field(() => Int, { description: '行号 / Id' })
  @ID('行号', 'id')
  id!: number;

  @Field(() => Int, { description: '读取时的版本号 / The version you read' })
  @VERSION
  version!: number;
}

@ObjectType('RuleResult', { description: '一条资格规则的当前结果（未记录） / The current result of one eligibility rule (not recorded)' })
export class RuleResultGql {
  @Field(() => RuleCode, { description: '规则 / Rule' })
  rule!: RuleCode;

  @Field({ description: '条款 / Article, e.g. 第五条第1项' })
  article!: string;

  @Field({ description: '条款（英文） / Article in English, e.g. Art. 5.1' })
  articleEn!: string;

  @Field({ description: '是否通过 / Passed' })
  passed!: boolean;

  @Field({ description: '说明 / Explanation' })
  detail!: string;
}

@InputType('PassApplicationsInput', {
  description: '批量审核通过（逐件检查规则、权限与版本，逐件记录） / Pass several cases; each is checked and recorded on its own',
})
export class PassApplicationsInputGql {
  @Field(() => [ApplicationVersionInputGql], {
    description: '申报及读取时的版本号（至多100件） / Applications and the versions you read, at most 100',
  })
  @ArrayMinSize(1, { message: '至少选择一件 / choose at least one application' })
  @ArrayMaxSize(100, { message: '一次至多100件 / at most 100 at a time' })
  @ValidateNested({ each: true })
  applications!: ApplicationVersionInputGql[];

  @Field(() => String, { nullable: true, description: '审核意见（可省略，使用默认意见） / Opinion; the standard wording when omitted' })
  @IsOptional()
  @MaxLength(4000, { message: '审核意见不超过4000字 / reason is at most 4000 characters' })
  reason?: string | null;
}

@InputType('AcknowledgeFilingsInput', { description: '批量签收备案（市委组织部） / Acknowledge several filings (Organisation Dept.)' })
export class AcknowledgeFilingsInputGql {
  @Field(() => [VersionedIdInputGql], {
    description: '备案记录及读取时的版本号（至多100件） / Filings and the versions you read, at most 100',
  })
  @ArrayMinSize(1, { message: '至少选择一件 / choose at least one filing' })
  @ArrayMaxSize(100, { message: '一次至多100件 / at most 100 at a time' })
  @ValidateNested({ each: true })
  filings!: VersionedIdInputGql[];
}

@ObjectType('BatchOutcome', {
  description:
    '批量办理中一件的结果：每件单独办理，一件不成不影响其他件 / One item of a batch: each is its own step, one refusal does not hold back the others',
})
export class BatchOutcomeGql {
  @Field(() => Int, { description: '记录行号 / Record id' })
  id!: number;

  @Field({ description: '是否办理成功 / Whether it went through' })
  ok!: boolean;

  @Field(() => Int, { nullable: true, description: '办理后的版本号 / The version after the step' })
  version!: number | null;

  @Field(() => String, { nullable: true, description: '未成功时的错误代码 / Error code when refused' })
  code!: string | null;

  @Field(() => String, { nullable: true, description: '未成功的原因 / Why it was refused' })
  message!: string | null;

  @Field(() => String, { nullable: true, description: '阻止办理的规则 / The rule that blocked it' })
  rule!: string | null;

  @Field(() => String, { nullable: true, description: "规则依据条款 / The rule's article" })
  article!: string | null;
}

@ObjectType('ExpertCard', {
  description:
    '专家库检索结果：仅专业信息，不含身份证号和电话 / An expert found in the directory: professional facts only, no identity or phone numbers',
})
export class ExpertCardGql {
  @Field(() => Int, { description: '专家行号 / Expert id' })
  id!: number;

  @Field({ description: '姓名 / Name' })
  name!: string;

  @Field(() => Int, { description: '派出单位行号 / Institution id' })
  institutionId!: number;

  @Field({ description: '派出单位 / Institution' })
  institutionName!: string;

  @Field(() => Degree, { description: '最高学位 / Highest degree' })
  degree!: Degree;

  @Field(() => ProfessionalTitle, { description: '职称 / Professional title' })
  title!: ProfessionalTitle;

  @Field({ description: '学科专业 / Discipline' })
  discipline!: string;
}

@ObjectType('TodoCount', {
  description: '待办计数：等待您的角色办理的案件数（按办理台） / A to-do count: cases waiting for your role, per desk',
})
export class TodoCountGql {
  @Field({ description: '待办键，如 application.SUBMITTED、filing.PENDING / To-do key, e.g. application.SUBMITTED, filing.PENDING' })
  key!: string;

  @Field(() => Int, { description: '您权限范围内的待办件数 / How many wait, within your scope' })
  count!: number;

  @Field(() => ApplicationStage, { nullable: true, description: '申报待办所在环节 / The stage, for application to-dos' })
  stage!: ApplicationStage | null;
}

@ObjectType('WorkflowTransition', { description: '允许的流转（流程表的一行） / An allowed transition: one row of the pipeline table' })
export class WorkflowTransitionGql {
  @Field(() => ApplicationStage, { description: '起始环节 / From stage' })
  from!: ApplicationStage;

  @Field(() => WorkflowAction, { description: '操作 / Action' })
  action!: WorkflowAction;

  @Field(() => ApplicationStage, { description: '目标环节 / To stage' })
  to!: ApplicationStage;

  @Field(() => ReviewStep, { description: '记录为环节 / Recorded as step' })
  step!: ReviewStep;

  @Field(() => Decision, { description: '记录为决定 / Recorded as decision' })
  decision!: Decision;

  @Field(() => [Role], { description: '办理角色 / Roles that take it' })
  roles!: Role[];

  @Field({ description: '是否检查资格规则 / Whether the eligibility rules are checked' })
  checksRules!: boolean;

  @Field({ description: '是否须说明理由 / Whether a reason is required' })
  needsReason!: boolean;

  @Field({ description: '异议暂停期间是否可办理 / Allowed while an objection holds the case' })
  whileOnHold!: boolean;

  @Field({ description: '依据条款 / Article' })
  article!: string;
}

// ---- ledger -------------------------------------------------------------------------------------

@InputType('RecordServiceInput', { description: '服务台账记录（专家本人，第七条第1项） / A ledger entry by the expert (Art. 7.1)' })
export class RecordServiceInputGql {
  @Field(() => Int, { description: '任职行号 / Appointment id' })
  @ID('任职', 'appointmentId')
  appointmentId!: number;

  @Field(() => LocalDate, { description: '服务日期 / Date of service' })
  serviceDate!: string;

  @Field(() => ServiceKind, { description: '服务类别 / Kind' })
  kind!: ServiceKind;

  @Field(() => Int, { description: '驻企天数（0-31） / Days on site, 0-31' })
  @IsInt()
  @Min(0, { message: '驻企天数不小于0 / daysOnSite is at least 0' })
  @Max(31, { message: '驻企天数不大于31 / daysOnSite is at most 31' })
  daysOnSite!: number;

  @Field({ description: '服务内容 / What was done' })
  @TEXT('服务内容', 'content', 1, 2000)
  content!: string;

  @Field({ description: '服务效果 / Effect' })
  @TEXT('服务效果', 'effect', 1, 2000)
  effect!: string;

  @Field(() => Int, { description: '培养技术骨干人数 / Technical staff trained' })
  @IsInt()
  @Min(0, { message: '培养人数不小于0 / peopleTrained is at least 0' })
  @Max(1000, { message: '培养人数不大于1000 / peopleTrained is at most 1000' })
  peopleTrained!: number;
}

@InputType('ConfirmServiceInput', { description: '企业确认或提出异议 / The enterprise confirms or disputes an entry' })
export class ConfirmServiceInputGql {
  @Field(() => Int, { description: '台账记录行号 / Ledger entry id' })
  @ID('台账记录', 'entryId')
  entryId!: number;

  @Field({ description: 'true 确认，false 提出异议 / true to confirm, false to dispute' })
  confirmed!: boolean;

  @Field(() => String, { nullable: true, description: '异议理由（提出异议时必填） / Why, when disputing' })
  @IsOptional()
  @MaxLength(2000, { message: '异议理由不超过2000字 / disputeReason is at most 2000 characters' })
  disputeReason?: string | null;
}

@InputType('RecordAchievementInput', {
  description: '新技术、新工艺、新产品（第七条第2项） / A new technology, process or product (Art. 7.2)',
})
export class RecordAchievementInputGql {
  @Field(() => Int, { description: '任职行号 / Appointment id' })
  @ID('任职', 'appointmentId')
  appointmentId!: number;

  @Field(() => AchievementKind, { description: '类别 / Kind' })
  kind!: AchievementKind;

  @Field({ description: '名称 / Title' })
  @TEXT('名称', 'title', 1, 200)
  title!: string;

  @Field(() => LocalDate, { description: '完成日期 / Date achieved' })
  achievedOn!: string;
}

@InputType('RecordIpApplicationInput', { description: '知识产权申请（第七条第2项） / An IP application (Art. 7.2)' })
export class RecordIpApplicationInputGql {
  @Field(() => Int, { description: '任职行号 / Appointment id' })
  @ID('任职', 'appointmentId')
  appointmentId!: number;

  @Field(() => IpKind, { description: '类别 / Kind' })
  kind!: IpKind;

  @Field({ description: '名称 / Title' })
  @TEXT('名称', 'title', 1, 200)
  title!: string;

  @Field({ description: '申请号 / Application number' })
  @TEXT('申请号', 'applicationNo', 1, 32)
  applicationNo!: string;

  @Field(() => LocalDate, { description: '申请日期 / Filing date' })
  filedOn!: string;

  @Field(() => IpStatus, { nullable: true, description: '状态，默认 FILED / Status, FILED by default' })
  @IsOptional()
  status?: IpStatus | null;
}

@InputType('SubmitAnnualReportInput', { description: '年度述职（第十七条） / The annual report (Art. 17)' })
export class SubmitAnnualReportInputGql {
  @Field(() => Int, { description: '任职行号 / Appointment id' })
  @ID('任职', 'appointmentId')
  appointmentId!: number;

  @Field(() => Int, { description: '述职年度 / Year reported on' })
  @IsInt()
  year!: number;

  @Field({ description: '述职摘要 / Summary' })
  @TEXT('述职摘要', 'summary', 1, 8000)
  summary!: string;
}

@ObjectType('Indicator', { description: '一项年度指标 / One yearly indicator of Art. 7' })
export class IndicatorGql {
  @Field(() => IndicatorCode, { description: '指标 / Indicator' })
  code!: IndicatorCode;

  @Field({ description: '条款 / Article' })
  article!: string;

  @Field({ description: '名称 / Name' })
  label!: string;

  @Field(() => Int, { description: '全年目标 / Target for a full year' })
  annualTarget!: number;

  @Field(() => Int, { description: '本年度服务期内的目标（按天折算，向上取整） / Target for the days served this year, rounded up' })
  target!: number;

  @Field(() => Int, { description: '已完成（不含企业有异议的记录） / Done, leaving out entries the enterprise disputed' })
  actual!: number;

  @Field(() => Int, { description: '其中企业已确认 / Of which confirmed by the enterprise' })
  confirmed!: number;

  @Field(() => Int, { description: '按当前进度推算至年末 / Projected to the end of the year at the pace so far' })
  projected!: number;

  @Field(() => IndicatorStatus, { description: '完成情况 / Status' })
  status!: IndicatorStatus;
}

@ObjectType('IndicatorReport', { description: '任职的年度指标 / The Art. 7 indicators of one appointment for one year' })
export class IndicatorReportGql {
  @Field(() => Int, { description: '任职行号 / Appointment id' })
  appointmentId!: number;

  @Field(() => Int, { description: '年度 / Year' })
  year!: number;

  @Field(() => LocalDate, { description: '计算截至日期 / As of' })
  asOf!: string;

  @Field(() => LocalDate, { description: '本年度服务期开始 / First day served this year' })
  windowStart!: string;

  @Field(() => LocalDate, { description: '本年度服务期结束 / Last day served this year' })
  windowEnd!: string;

  @Field(() => [IndicatorGql], { description: '各项指标 / The indicators' })
  indicators!: IndicatorGql[];

  @Field({ description: '是否已提交年度述职 / Whether the annual report is in' })
  annualReportSubmitted!: boolean;
}

@ObjectType('AnnualReportDraft', {
  description: '按台账生成的年度述职草稿（不保存） / A draft of the annual report from the ledger (nothing saved)',
})
export class AnnualReportDraftGql {
  @Field(() => Int, { description: '任职行号 / Appointment id' })
  appointmentId!: number;

  @Field(() => Int, { description: '述职年度 / Year' })
  year!: number;

  @Field(() => LocalDate, { description: '据台账截至的日期 / Ledger read up to this day' })
  asOf!: string;

  @Field(() => Int, { description: '纳入的企业已确认服务记录条数 / Confirmed entries included' })
  entries!: number;

  @Field({
    description:
      '草稿正文：指标、按类别的已确认服务（日期、内容、效果）、成果与知识产权 / The text: indicators, confirmed services by kind (date, content, effect), achievements and IP',
  })
  text!: string;
}

// ---- evaluations --------------------------------------------------------------------------------

@InputType('OpenEvaluationCycleInput', { description: '开启绩效考核周期（两年一次） / Open a biennial evaluation cycle' })
export class OpenEvaluationCycleInputGql {
  @Field({ description: '周期代码，如 2026-2027 / Cycle code, e.g. 2026-2027' })
  @Matches(/^\d{4}-\d{4}$/, { message: '周期代码形如 2026-2027 / code looks like 2026-2027' })
  code!: string;

  @Field(() => LocalDate, { description: '考核期开始 / Start of the period evaluated' })
  periodStart!: string;

  @Field(() => LocalDate, { description: '考核期结束 / End of the period evaluated' })
  periodEnd!: string;

  @Field(() => String, { nullable: true, description: '受托第三方机构 / Third-party agency' })
  @IsOptional()
  @MaxLength(128, { message: '机构名称不超过128字 / agency is at most 128 characters' })
  agency?: string | null;
}

@InputType('GradeEvaluationInput', { description: '评定考核等级（第十七条） / Grade an appointment (Art. 17)' })
export class GradeEvaluationInputGql {
  @Field(() => Int, { description: '考核周期行号 / Cycle id' })
  @ID('考核周期', 'cycleId')
  cycleId!: number;

  @Field(() => Int, { description: '任职行号 / Appointment id' })
  @ID('任职', 'appointmentId')
  appointmentId!: number;

  @Field(() => Grade, { description: '等级 / Grade' })
  grade!: Grade;

  @Field(() => Int, { nullable: true, description: '得分（0-100） / Score, 0-100' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: '得分不小于0 / score is at least 0' })
  @Max(100, { message: '得分不大于100 / score is at most 100' })
  score?: number | null;

  @Field(() => String, { nullable: true, description: '评语 / Remarks' })
  @IsOptional()
  @MaxLength(2000, { message: '评语不超过2000字 / remarks is at most 2000 characters' })
  remarks?: string | null;
}

// ---- projects -----------------------------------------------------------------------------------

@InputType('ProjectFundingInput', { description: '项目三方出资（分，第二十条） / The three contributions in fen (Art. 20)' })
export class ProjectFundingInputGql {
  @Field(() => Fen, { description: '企业出资（不低于总额50%） / Enterprise, at least 50% of the total' })
  @Min(0, { message: '企业出资不得为负 / enterpriseFen cannot be negative' })
  enterpriseFen!: number;

  @Field(() => Fen, { description: '高校院所出资 / University or institute' })
  @Min(0, { message: '高校出资不得为负 / universityFen cannot be negative' })
  universityFen!: number;

  @Field(() => Fen, {
    description: '财政资金（高校与财政合计不超过100万元） / City finance; university plus finance at most 1,000,000 yuan',
  })
  @Min(0, { message: '财政资金不得为负 / financeFen cannot be negative' })
  financeFen!: number;
}

@InputType('ProposeProjectInput', { description: '申报协同创新项目 / Propose a co-innovation project' })
export class ProposeProjectInputGql extends ProjectFundingInputGql {
  @Field(() => Int, { description: '牵头专家的任职行号 / Appointment of the leading expert' })
  @ID('任职', 'appointmentId')
  appointmentId!: number;

  @Field({ description: '项目名称 / Title' })
  @TEXT('项目名称', 'title', 1, 200)
  title!: string;
}

@InputType('ProjectDecisionInput', {
  description: '项目及读取时的版本号，可附调整后的金额 / A project, the version you read, and optionally new amounts',
})
export class ProjectDecisionInputGql {
  @Field(() => Int, { description: '项目行号 / Project id' })
  @ID('项目', 'projectId')
  projectId!: number;

  @Field(() => Int, { description: '读取时的版本号 / The version you read' })
  @VERSION
  version!: number;

  @Field(() => ProjectFundingInputGql, { nullable: true, description: '批准或调整后的金额 / Approved or changed amounts' })
  @IsOptional()
  @ValidateNested()
  funding?: ProjectFundingInputGql | null;
}

@InputType('DisburseProjectInput', { description: '登记一笔拨付（市财政局） / Record one tranche (finance bureau)' })
export class DisburseProjectInputGql {
  @Field(() => Int, { description: '项目行号 / Project id' })
  @ID('项目', 'projectId')
  projectId!: number;

  @Field(() => Funder, { description: '出资方 / Funder' })
  funder!: Funder;

  @Field(() => Fen, { description: '金额（分） / Amount in fen' })
  @Min(1, { message: '拨付金额须大于0 / amountFen must be above zero' })
  amountFen!: number;

  @Field({ description: '凭证号（唯一） / Voucher number, unique' })
  @Matches(/^[0-9A-Za-z-]{1,32}$/, { message: '凭证号为1至32位字母、数字或连字符 / voucherNo is 1 to 32 letters, digits or hyphens' })
  voucherNo!: string;

  @Field(() => LocalDate, { nullable: true, description: '拨付日期，默认今天 / Date paid; today when omitted' })
  @IsOptional()
  disbursedOn?: string | null;
}
