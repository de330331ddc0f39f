/**
 * GraphQL types of the dashboard's analytics (docs/analytics.md). Plain objects: the service
 * builds them from the repository's JSON documents; nothing here touches the database.
 */
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { registerEnum } from '../../graphql/enums';
import { Fen, LocalDate } from '../../graphql/scalars';
import { ApplicationStage } from '../application/application.enums';
import { CycleStatus } from '../evaluation/evaluation-cycle.entity';
import { ProjectStatus } from '../project/project.entity';

// ---- inputs ------------------------------------------------------------------------------

@InputType('AnalyticsPeriod', { description: '日期区间（含两端，中国时间） / A date window, both ends included, China time' })
export class AnalyticsPeriodInput {
  @Field(() => LocalDate, { description: '起始日期 / First day' })
  from!: string;

  @Field(() => LocalDate, {
    description: '截止日期（早于起始日期时为空区间，结果为零） / Last day; before `from` the window is empty and figures are zero',
  })
  to!: string;
}

@InputType('AnalyticsFilter', {
  description:
    '驾驶舱筛选条件；未给出的条件不限制，空列表不匹配任何数据（结果为零） / Dashboard filter; an absent condition does not restrict, an empty list matches nothing (figures are zero)',
})
export class AnalyticsFilterInput {
  @Field(() => Int, {
    nullable: true,
    description:
      '征集年度：申报按所属征集，任职及其台账、考核、项目按批次年度（cohortYear） / Call year: applications by their call; appointments and their ledger, evaluations and projects by cohort year',
  })
  callYear?: number | null;

  @Field(() => AnalyticsPeriodInput, {
    nullable: true,
    description: '时间区间，各面板所依据的日期见其说明 / Date window; each panel says which date it applies to',
  })
  period?: AnalyticsPeriodInput | null;

  @Field(() => [String], { nullable: true, description: '县（市、区）代码，如 371502 / Division codes, e.g. 371502' })
  counties?: string[] | null;

  @Field(() => [String], { nullable: true, description: '产业领域代码，如 NEW_ENERGY / Sector codes, e.g. NEW_ENERGY' })
  sectors?: string[] | null;
}

// ---- shared ------------------------------------------------------------------------------

@ObjectType('AnalyticsRef', {
  simpleResolvers: true,
  description: '统计口径中的参照对象（县、领域、院所） / A division, sector or institution as a key of figures',
})
export class AnalyticsRef {
  @Field(() => Int, { description: '行号 / Row id' })
  id!: number;

  @Field({ description: '代码 / Code' })
  code!: string;

  @Field({ description: '中文名称 / Name in Chinese' })
  nameZh!: string;

  @Field({ description: '英文名称 / Name in English' })
  nameEn!: string;
}

// ---- headline ----------------------------------------------------------------------------

@ObjectType('AnalyticsHeadline', {
  simpleResolvers: true,
  description:
    '核心指标：统计区间为 period，未给出时为当年1月1日至 asOf / Headline figures over the period, or from 1 January to asOf when none is given',
})
export class AnalyticsHeadline {
  @Field(() => LocalDate, { description: '统计区间起 / First day counted' })
  from!: string;

  @Field(() => LocalDate, { description: '统计区间止 / Last day counted' })
  to!: string;

  @Field(() => Int, {
    description:
      '在任科技副总人数（给出 period 时为区间内在任者） / Experts with an active appointment (in service during the period, when given)',
  })
  activeExperts!: number;

  @Field(() => Int, { description: '区间内有科技副总服务的企业数 / Enterprises with an appointment in service during the window' })
  enterprisesServed!: number;

  @Field(() => Int, { description: '服务台账记录数（不含有异议的记录） / Ledger services recorded, disputed entries excluded' })
  ledgerServices!: number;

  @Field(() => Int, { description: '驻企天数合计（不含有异议的记录） / Days on site, disputed entries excluded' })
  daysOnSite!: number;

  @Field(() => Int, { description: '培养技术人员人数（不含有异议的记录） / Technical staff trained, disputed entries excluded' })
  trainees!: number;

  @Field(() => Int, { description: '申请知识产权数 / IP applications filed' })
  ipApplications!: number;

  @Field(() => Fen, {
    description: '区间内立项项目的资金总额（三方合计，分） / Funds of projects approved in the window, all three sources, in fen',
  })
  approvedFen!: number;

  @Field(() => Fen, { description: '区间内拨付金额（分） / Money disbursed in the window, in fen' })
  disbursedFen!: number;
}

// ---- indicator compliance ------------------------------------------------------------------

export enum YearlyIndicator {
  TECH_SERVICES = 'TECH_SERVICES',
  DAYS_ON_SITE = 'DAYS_ON_SITE',
  NEW_ACHIEVEMENTS = 'NEW_ACHIEVEMENTS',
  IP_APPLICATIONS = 'IP_APPLICATIONS',
  BRIEFINGS_AND_TRAININGS = 'BRIEFINGS_AND_TRAININGS',
  STAFF_TRAINED = 'STAFF_TRAINED',
}
registerEnum(YearlyIndicator, 'YearlyIndicator', '年度工作指标（第七条） / Yearly indicator of Art. 7', {
  TECH_SERVICES: '技术服务不少于10次（台账类别 TECH_SERVICE） / At least 10 technical services (ledger kind TECH_SERVICE)',
  DAYS_ON_SITE: '驻企工作不少于30天 / At least 30 days on site',
  NEW_ACHIEVEMENTS: '新技术、新工艺、新产品不少于1项 / At least 1 new technology, process or product',
  IP_APPLICATIONS: '申请知识产权不少于1项 / At least 1 IP application',
  BRIEFINGS_AND_TRAININGS: '政策宣讲或技术培训不少于3次 / At least 3 policy briefings or trainings',
  STAFF_TRAINED: '培养技术骨干不少于10人 / At least 10 technical staff trained',
});

@ObjectType('IndicatorResult', {
  simpleResolvers: true,
  description: '一项年度指标的达标情况 / How appointed experts stand on one yearly indicator',
})
export class IndicatorResult {
  @Field(() => YearlyIndicator, { description: '指标 / Indicator' })
  indicator!: YearlyIndicator;

  @Field(() => Int, { description: '年度目标值 / Yearly target' })
  target!: number;

  @Field(() => Int, { description: '截至 asOf 已达标人数 / Experts meeting it so far this year' })
  met!: number;

  @Field(() => Float, { description: '已达标占比（四位小数） / Share meeting it, to four decimals' })
  share!: number;

  @Field(() => Int, {
    description:
      '有风险人数：按本年已服务天数推算至年末仍低于目标 / At risk: the pro-rata projection to year end falls short of the target',
  })
  atRisk!: number;

  @Field(() => Float, { description: '有风险占比（四位小数） / Share at risk, to four decimals' })
  atRiskShare!: number;
}

@ObjectType('ComplianceGroup', {
  simpleResolvers: true,
  description: '一组在任专家的年度指标达标情况 / Indicator compliance of a group of appointed experts',
})
export class ComplianceGroup {
  @Field(() => AnalyticsRef, { nullable: true, description: '县（市、区）；为空表示可见范围合计 / Division; null for the total in view' })
  division!: AnalyticsRef | null;

  @Field(() => Int, { description: '在任专家人数 / Appointed experts (ACTIVE appointments begun by asOf)' })
  appointedExperts!: number;

  @Field(() => Int, { description: '六项指标全部达标人数 / Experts meeting all six indicators' })
  meetingAll!: number;

  @Field(() => Int, { description: '至少一项有风险的人数 / Experts at risk on at least one indicator' })
  atRiskAny!: number;

  @Field(() => [IndicatorResult], { description: '逐项指标 / Each indicator' })
  indicators!: IndicatorResult[];
}

@ObjectType('IndicatorCompliance', {
  simpleResolvers: true,
  description:
    '年度工作指标达标（第七条）：当年1月1日至 asOf，有异议的台账不计；不使用 period 筛选 / Art. 7 yearly indicators from 1 January to asOf, disputed ledger entries excluded; the period filter does not apply',
})
export class IndicatorCompliance {
  @Field(() => LocalDate, { description: '统计截止日 / Counted up to this day' })
  asOf!: string;

  @Field(() => LocalDate, { description: '统计起始日（当年1月1日） / Counted from this day (1 January)' })
  yearStart!: string;

  @Field(() => ComplianceGroup, { description: '可见范围合计 / Total in view' })
  total!: ComplianceGroup;

  @Field(() => [ComplianceGroup], { description: '按县（市、区） / Per division' })
  byCounty!: ComplianceGroup[];
}

// ---- sector spread -----------------------------------------------------------------------

@ObjectType('SectorSpreadTotals', { simpleResolvers: true, description: '领域分布合计 / Totals of the sector spread' })
export class SectorSpreadTotals {
  @Field(() => Int, { description: '任职数 / Appointments' })
  appointments!: number;

  @Field(() => Int, { description: '在任专家人数 / Experts with an active appointment' })
  activeExperts!: number;

  @Field(() => Int, { description: '重点领域任职数 / Appointments in priority sectors' })
  priorityAppointments!: number;

  @Field(() => Float, { description: '重点领域任职占比（四位小数） / Share of appointments in priority sectors, to four decimals' })
  priorityShare!: number;

  @Field(() => Int, { description: '重点领域在任专家人数 / Active experts in priority sectors' })
  priorityActiveExperts!: number;

  @Field(() => Float, { description: '重点领域在任专家占比（四位小数） / Share of active experts in priority sectors, to four decimals' })
  priorityActiveShare!: number;
}

@ObjectType('SectorCount', {
  simpleResolvers: true,
  description: '一个领域的任职与在任专家 / Appointments and active experts of one sector',
})
export class SectorCount {
  @Field(() => AnalyticsRef, { description: '产业领域 / Sector' })
  sector!: AnalyticsRef;

  @Field({ description: '是否重点领域（第十条） / Whether it is a priority sector (Art. 10)' })
  priority!: boolean;

  @Field(() => Int, { description: '任职数 / Appointments' })
  appointments!: number;

  @Field(() => Int, { description: '在任专家人数 / Active experts' })
  activeExperts!: number;

  @Field(() => Float, { description: '占全部任职的比例（四位小数） / Share of all appointments, to four decimals' })
  share!: number;
}

@ObjectType('SectorKeyCount', {
  simpleResolvers: true,
  description: '领域内按县或院所的分布 / Appointments of a sector by division or institution',
})
export class SectorKeyCount {
  @Field(() => AnalyticsRef, { description: '产业领域 / Sector' })
  sector!: AnalyticsRef;

  @Field(() => AnalyticsRef, { description: '县（市、区）或派出院所 / Division or sending institution' })
  key!: AnalyticsRef;

  @Field(() => Int, { description: '任职数 / Appointments' })
  appointments!: number;

  @Field(() => Int, { description: '在任专家人数 / Active experts' })
  activeExperts!: number;
}

@ObjectType('SectorYearCount', { simpleResolvers: true, description: '一个领域一年的任职 / Appointments of a sector in one year' })
export class SectorYearCount {
  @Field(() => Int, { description: '年份 / Year' })
  year!: number;

  @Field(() => AnalyticsRef, { description: '产业领域 / Sector' })
  sector!: AnalyticsRef;

  @Field(() => Int, { description: '当年开始服务的任职数 / Appointments starting that year' })
  started!: number;

  @Field(() => Int, { description: '当年在任（服务期与该年有交集）的任职数 / Appointments in service at some time that year' })
  inService!: number;
}

@ObjectType('SectorSpread', {
  simpleResolvers: true,
  description:
    '专家在产业领域的分布；period 选取区间内在任的任职 / How experts spread over sectors; the period selects appointments in service during it',
})
export class SectorSpread {
  @Field(() => SectorSpreadTotals, { description: '合计 / Totals' })
  totals!: SectorSpreadTotals;

  @Field(() => [SectorCount], { description: '按领域（含为零的领域） / Per sector, zeros included' })
  sectors!: SectorCount[];

  @Field(() => [SectorKeyCount], { description: '按领域和县（市、区） / Per sector and division' })
  byCounty!: SectorKeyCount[];

  @Field(() => [SectorKeyCount], { description: '按领域和派出院所 / Per sector and sending institution' })
  byInstitution!: SectorKeyCount[];

  @Field(() => [SectorYearCount], { description: "逐年趋势（至 asOf 所在年） / Trend by year, up to asOf's year" })
  trend!: SectorYearCount[];
}

// ---- county pipelines ---------------------------------------------------------------------

@ObjectType('PipelineStage', { simpleResolvers: true, description: '流程中一个环节的统计 / Figures of one stage of the pipeline' })
export class PipelineStage {
  @Field(() => ApplicationStage, { description: '环节 / Stage' })
  stage!: ApplicationStage;

  @Field(() => Int, {
    description: '到达该环节的申报数（依审核记录及当前环节） / Applications that reached it (review history or current stage)',
  })
  reached!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      '自上一环节的转化率（四位小数；首个环节及未通过、撤回为空） / Conversion from the previous stage, to four decimals; null for the first stage, REJECTED and WITHDRAWN',
  })
  conversionRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      '在该环节停留天数的中位数（已离开的），无数据为空 / Median days a stay in this stage lasted (stays that ended); null without any',
  })
  medianDaysInStage!: number | null;

  @Field(() => Int, { description: '已结束的停留次数 / Stays in this stage that ended' })
  completedStays!: number;

  @Field(() => Int, { description: '当前停在该环节的申报数 / Applications waiting in this stage now' })
  waiting!: number;

  @Field(() => Int, { description: '其中因异议暂停的 / Of those, on hold because of an objection' })
  onHold!: number;

  @Field(() => Float, { nullable: true, description: '当前等待天数中位数（至 asOf） / Median days waiting so far (to asOf)' })
  medianWaitingDays!: number | null;

  @Field(() => Int, { nullable: true, description: '当前最长等待天数 / Longest wait so far, in days' })
  maxWaitingDays!: number | null;
}

@ObjectType('CountyPipeline', {
  simpleResolvers: true,
  description: '一个县（或全部）在一次征集中的申报流程 / The pipeline of one division (or all) in one call',
})
export class CountyPipeline {
  @Field(() => AnalyticsRef, { nullable: true, description: '县（市、区）；为空表示可见范围合计 / Division; null for the total in view' })
  division!: AnalyticsRef | null;

  @Field(() => Int, { description: '征集年度 / Call year' })
  callYear!: number;

  @Field(() => Int, { description: '申报数（含未提交的草稿） / Applications, drafts included' })
  applications!: number;

  @Field(() => [PipelineStage], { description: '各环节，按流程顺序 / Each stage, in pipeline order' })
  stages!: PipelineStage[];
}

@ObjectType('CountyPipelines', {
  simpleResolvers: true,
  description:
    '各县申报流程；period 按提交日期（中国时间）选取申报 / County pipelines; the period selects applications by submission date (China time)',
})
export class CountyPipelines {
  @Field(() => LocalDate, { description: '等待天数计算至 / Waiting time counted up to' })
  asOf!: string;

  @Field(() => [CountyPipeline], { description: '每次征集：先合计，再各县 / Per call: the total first, then each division' })
  pipelines!: CountyPipeline[];
}

// ---- evaluation grades -------------------------------------------------------------------

@ObjectType('GradeCounts', {
  simpleResolvers: true,
  description: '考核等级人数与比例（第十七条） / Counts and ratios of evaluation grades (Art. 17)',
})
export class GradeCounts {
  @Field(() => Int, { description: '考核人数 / Evaluations' })
  total!: number;

  @Field(() => Int, { description: '优秀 / Excellent' })
  excellent!: number;

  @Field(() => Int, { description: '良好 / Good' })
  good!: number;

  @Field(() => Int, { description: '合格 / Qualified' })
  qualified!: number;

  @Field(() => Int, { description: '不合格 / Unqualified' })
  unqualified!: number;

  @Field(() => Float, { description: '优秀比例（四位小数） / Share excellent, to four decimals' })
  excellentShare!: number;

  @Field(() => Float, { description: '良好比例 / Share good' })
  goodShare!: number;

  @Field(() => Float, { description: '合格比例 / Share qualified' })
  qualifiedShare!: number;

  @Field(() => Float, { description: '不合格比例 / Share unqualified' })
  unqualifiedShare!: number;
}

@ObjectType('AnalyticsCycle', { simpleResolvers: true, description: '考核周期 / Evaluation cycle' })
export class AnalyticsCycle {
  @Field(() => Int, { description: '行号 / Row id' })
  id!: number;

  @Field({ description: '周期代码，如 2024-2025 / Cycle code, e.g. 2024-2025' })
  code!: string;

  @Field(() => LocalDate, { description: '考核期起 / Period start' })
  periodStart!: string;

  @Field(() => LocalDate, { description: '考核期止 / Period end' })
  periodEnd!: string;

  @Field(() => CycleStatus, { description: '状态 / Status' })
  status!: CycleStatus;
}

@ObjectType('CycleGrades', { simpleResolvers: true, description: '一个考核周期的结果 / Results of one evaluation cycle' })
export class CycleGrades {
  @Field(() => AnalyticsCycle, { description: '考核周期 / Cycle' })
  cycle!: AnalyticsCycle;

  @Field(() => GradeCounts, { description: '等级分布 / Grades' })
  grades!: GradeCounts;

  @Field(() => Int, { description: '发放的奖励项数（奖金、证书、金卡） / Rewards granted: cash, certificates, gold cards' })
  rewardsGranted!: number;

  @Field(() => Fen, { description: '奖金总额（分） / Cash rewards, in fen' })
  cashRewardFen!: number;

  @Field(() => Fen, { description: '已兑现奖金（分） / Cash rewards paid out, in fen' })
  cashPaidFen!: number;

  @Field(() => Int, { description: '人才服务金卡B（第十八条） / Talent Service Gold Cards (B) (Art. 18)' })
  goldCards!: number;

  @Field(() => Int, { description: '荣誉证书 / Certificates' })
  certificates!: number;

  @Field(() => Int, { description: '因不合格被撤销的任职（第十九条） / Appointments revoked after an unqualified grade (Art. 19)' })
  appointmentsRevoked!: number;
}

@ObjectType('GradeBreakdown', {
  simpleResolvers: true,
  description: '一个周期内按县、领域或院所的等级分布 / Grades of one cycle for one division, sector or institution',
})
export class GradeBreakdown {
  @Field({ description: '考核周期代码 / Cycle code' })
  cycleCode!: string;

  @Field(() => AnalyticsRef, { description: '县（市、区）、领域或派出院所 / Division, sector or sending institution' })
  key!: AnalyticsRef;

  @Field(() => GradeCounts, { description: '等级分布 / Grades' })
  grades!: GradeCounts;
}

@ObjectType('EvaluationGrades', {
  simpleResolvers: true,
  description: '考核等级比例；period 按评定日期选取 / Evaluation grade ratios; the period selects evaluations by grading date',
})
export class EvaluationGrades {
  @Field(() => [CycleGrades], { description: '各考核周期（含为零的周期） / Each cycle, zeros included' })
  cycles!: CycleGrades[];

  @Field(() => [GradeBreakdown], { description: '按县（市、区） / Per division' })
  byCounty!: GradeBreakdown[];

  @Field(() => [GradeBreakdown], { description: '按产业领域 / Per sector' })
  bySector!: GradeBreakdown[];

  @Field(() => [GradeBreakdown], { description: '按派出院所 / Per sending institution' })
  byInstitution!: GradeBreakdown[];
}

// ---- co-innovation funds -----------------------------------------------------------------

@ObjectType('FundSplit', {
  simpleResolvers: true,
  description: '协同创新项目资金构成（第二十、二十一条，金额为分） / How co-innovation money splits (Art. 20, 21), in fen',
})
export class FundSplit {
  @Field(() => Int, { description: '项目数 / Projects' })
  projects!: number;

  @Field(() => Fen, { description: '企业出资 / Enterprise funds' })
  enterpriseFen!: number;

  @Field(() => Fen, { description: '高校院所出资 / University or institute funds' })
  universityFen!: number;

  @Field(() => Fen, { description: '财政资金 / City finance funds' })
  financeFen!: number;

  @Field(() => Fen, { description: '合计 / Total' })
  totalFen!: number;

  @Field(() => Float, { description: '企业出资占比（四位小数） / Enterprise share, to four decimals' })
  enterpriseShare!: number;

  @Field(() => Float, { description: '高校院所出资占比 / University share' })
  universityShare!: number;

  @Field(() => Float, { description: '财政资金占比 / Finance share' })
  financeShare!: number;

  @Field(() => Int, { description: '已立项项目数 / Projects approved' })
  approvedProjects!: number;

  @Field(() => Fen, { description: '已立项项目资金合计 / Funds of approved projects' })
  approvedFen!: number;

  @Field(() => Fen, { description: '已拨付合计 / Disbursed, all sources' })
  disbursedFen!: number;

  @Field(() => Fen, { description: '企业已拨付 / Disbursed by the enterprise' })
  disbursedEnterpriseFen!: number;

  @Field(() => Fen, { description: '高校院所已拨付 / Disbursed by the university' })
  disbursedUniversityFen!: number;

  @Field(() => Fen, { description: '财政已拨付 / Disbursed by finance' })
  disbursedFinanceFen!: number;

  @Field(() => Float, { description: '拨付进度：已拨付 ÷ 已立项资金（四位小数） / Disbursed over approved, to four decimals' })
  disbursedShare!: number;
}

@ObjectType('FundGroup', { simpleResolvers: true, description: '按领域或县的资金构成 / Money split of one sector or division' })
export class FundGroup {
  @Field(() => AnalyticsRef, { description: '产业领域或县（市、区） / Sector or division' })
  key!: AnalyticsRef;

  @Field(() => FundSplit, { description: '资金构成 / Split' })
  split!: FundSplit;
}

@ObjectType('FundYear', { simpleResolvers: true, description: '按立项申请年度的资金构成 / Money split of projects proposed in one year' })
export class FundYear {
  @Field(() => Int, { description: '年度 / Year' })
  year!: number;

  @Field(() => FundSplit, { description: '资金构成 / Split' })
  split!: FundSplit;
}

@ObjectType('ProjectFunds', { simpleResolvers: true, description: '一个项目的资金 / Money of one project' })
export class ProjectFunds {
  @Field(() => Int, { description: '项目行号 / Project row id' })
  projectId!: number;

  @Field({ description: '项目编号 / Project code' })
  code!: string;

  @Field({ description: '项目名称 / Title' })
  title!: string;

  @Field(() => ProjectStatus, { description: '状态 / Status' })
  status!: ProjectStatus;

  @Field(() => AnalyticsRef, { description: '县（市、区） / Division' })
  division!: AnalyticsRef;

  @Field(() => AnalyticsRef, { description: '产业领域 / Sector' })
  sector!: AnalyticsRef;

  @Field(() => LocalDate, { description: '申请日期 / Proposed on' })
  proposedOn!: string;

  @Field(() => LocalDate, { nullable: true, description: '立项日期 / Approved on' })
  approvedOn!: string | null;

  @Field(() => FundSplit, { description: '资金构成 / Split' })
  split!: FundSplit;
}

export enum FundRule {
  ENTERPRISE_BELOW_HALF = 'ENTERPRISE_BELOW_HALF',
  SUPPORT_ABOVE_CAP = 'SUPPORT_ABOVE_CAP',
}
registerEnum(FundRule, 'FundRule', '协同创新项目资金规则（第二十条） / Funding rule of co-innovation projects (Art. 20)', {
  ENTERPRISE_BELOW_HALF: '企业出资低于项目总额50% / Enterprise funds below 50% of the total',
  SUPPORT_ABOVE_CAP: '支持资金（高校院所+财政）超过100万元 / Support (university + finance) above 1,000,000 yuan',
});

@ObjectType('FlaggedProject', {
  simpleResolvers: true,
  description:
    '违反第二十条资金规则的项目（数据库仅允许其处于 PROPOSED 状态） / A project breaking the Art. 20 funding rules (the database allows this only while PROPOSED)',
})
export class FlaggedProject {
  @Field(() => Int, { description: '项目行号 / Project row id' })
  projectId!: number;

  @Field({ description: '项目编号 / Project code' })
  code!: string;

  @Field({ description: '项目名称 / Title' })
  title!: string;

  @Field(() => ProjectStatus, { description: '状态 / Status' })
  status!: ProjectStatus;

  @Field(() => Fen, { description: '企业出资 / Enterprise funds' })
  enterpriseFen!: number;

  @Field(() => Fen, { description: '支持资金（高校院所+财政） / Support: university plus finance' })
  supportFen!: number;

  @Field(() => Float, { description: '企业出资占比（四位小数） / Enterprise share, to four decimals' })
  enterpriseShare!: number;

  @Field(() => [FundRule], { description: '违反的规则 / Rules broken' })
  rules!: FundRule[];
}

@ObjectType('CoInnovationFunds', {
  simpleResolvers: true,
  description:
    '协同创新项目资金：企业、高校院所、财政三方构成；period 按申请日期选取项目 / Co-innovation funds split between enterprise, university and finance; the period selects projects by proposal date',
})
export class CoInnovationFunds {
  @Field(() => FundSplit, { description: '合计 / Total' })
  total!: FundSplit;

  @Field(() => [FundGroup], { description: '按产业领域（含为零的领域） / Per sector, zeros included' })
  bySector!: FundGroup[];

  @Field(() => [FundGroup], { description: '按县（市、区）（含为零的县） / Per division, zeros included' })
  byCounty!: FundGroup[];

  @Field(() => [FundYear], { description: '按申请年度 / Per year of proposal' })
  byYear!: FundYear[];

  @Field(() => Int, { description: '项目总数 / Number of projects' })
  projectCount!: number;

  @Field(() => [ProjectFunds], { description: '项目，按资金总额从大到小 / Projects, largest total first' })
  projects!: ProjectFunds[];

  @Field(() => [FlaggedProject], { description: '违反资金规则的项目 / Projects breaking the funding rules' })
  flagged!: FlaggedProject[];
}

// ---- namespace ---------------------------------------------------------------------------

@ObjectType('Analytics', {
  description:
    '驾驶舱统计（docs/analytics.md）：各面板可分别查询，也可在一次请求中全部查询 / Dashboard analytics (docs/analytics.md): ask for one panel or all in one request',
})
export class Analytics {
  @Field(() => LocalDate, { description: '统计基准日（默认中国时间今天） / The day the figures are as of (default: today in China time)' })
  asOf!: string;
}
