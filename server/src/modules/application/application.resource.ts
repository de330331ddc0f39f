import { Int } from 'type-graphql';
import { defineAggregate } from '../../graphql/aggregate';
import { chinaDateOf, columnDimension, countyDimension, institutionDimension, sectorDimension } from '../../graphql/dimensions';
import { defineResource } from '../../graphql/resource';
import { AgreementResource } from '../appointment/appointment.resource';
import { CallResource } from '../call/call.resource';
import { EnterpriseResource } from '../enterprise/enterprise.resource';
import { ExpertResource } from '../expert/expert.resource';
import { DivisionResource, SectorResource } from '../geo/geo.resource';
import { ObjectionResource, PublicNoticeResource } from '../notice/notice.resource';
import { ApplicationStage, Decision, MaterialKind, Opinion, Position, ReviewStep, RuleCode } from './application.enums';
import { Application } from './application.entity';
import { CandidateMatch } from './candidate-match.entity';
import { ApplicationMaterial } from './material.entity';
import { ReviewDecision } from './review-decision.entity';
import { RuleCheck } from './rule-check.entity';

const stage = { enum: ApplicationStage, name: 'ApplicationStage' };

export const ApplicationResource = defineResource({
  entity: Application,
  name: 'Application',
  plural: 'applications',
  single: 'application',
  description: '企业申报列表 / Enterprise applications',
  filters: {
    techNeeds: 'string',
    proposedPosition: { enum: Position, name: 'Position' },
    proposedServiceStart: 'date',
    proposedServiceEnd: 'date',
    monthlyAllowanceFen: 'money',
    stage,
    onHold: 'boolean',
    priorityRecommended: 'boolean',
    submittedAt: 'datetime',
    stageEnteredAt: 'datetime',
    rejectionRule: { enum: RuleCode, name: 'RuleCode' },
    rejectionReason: 'string',
  },
  relations: {
    call: { resource: () => CallResource, description: '所属征集 / Call' },
    enterprise: { resource: () => EnterpriseResource, description: '申报企业 / Applying enterprise' },
    division: { resource: () => DivisionResource, description: '所在县（市、区） / County-level division' },
    sector: { resource: () => SectorResource, description: '所属领域 / Sector' },
    proposedExpert: { resource: () => ExpertResource, description: '拟选派专家 / Proposed expert', nullable: true },
    notice: { resource: () => PublicNoticeResource, description: '所在公示 / Public notice', nullable: true },
  },
  children: {
    reviewHistory: {
      resource: () => ReviewDecisionResource,
      foreignKey: 'application',
      description: '流程记录（按时间） / Review history in time order',
      orderBy: { decidedAt: 'asc', id: 'asc' },
    },
    ruleChecks: {
      resource: () => RuleCheckResource,
      foreignKey: 'application',
      description: '资格规则检查结果 / Eligibility rule results',
      orderBy: { evaluatedAt: 'asc', id: 'asc' },
    },
    materials: { resource: () => ApplicationMaterialResource, foreignKey: 'application', description: '申报材料 / Uploaded materials' },
    candidates: {
      resource: () => CandidateMatchResource,
      foreignKey: 'application',
      description: '双向选择候选专家 / Candidate experts',
      orderBy: { score: 'desc', id: 'asc' },
    },
    agreements: { resource: () => AgreementResource, foreignKey: 'application', description: '协议 / Agreements' },
    objections: { resource: () => ObjectionResource, foreignKey: 'application', description: '公示异议 / Objections' },
  },
  sortable: ['stage', 'stageEnteredAt', 'createdAt', 'monthlyAllowanceFen'],
});

export const ReviewDecisionResource = defineResource({
  entity: ReviewDecision,
  name: 'ReviewDecision',
  plural: 'reviewDecisions',
  single: 'reviewDecision',
  description: '申报流程记录 / Recorded transitions of applications',
  filters: {
    step: { enum: ReviewStep, name: 'ReviewStep' },
    decision: { enum: Decision, name: 'Decision' },
    fromStage: stage,
    toStage: stage,
    reason: 'string',
    ruleCode: { enum: RuleCode, name: 'RuleCode' },
    actorRole: 'string',
    decidedAt: 'datetime',
  },
  relations: { application: { resource: () => ApplicationResource, description: '申报 / Application' } },
  sortable: ['decidedAt'],
});

export const RuleCheckResource = defineResource({
  entity: RuleCheck,
  name: 'RuleCheck',
  plural: 'ruleChecks',
  single: 'ruleCheck',
  description: '资格规则检查结果 / Eligibility rule results',
  filters: {
    rule: { enum: RuleCode, name: 'RuleCode' },
    step: { enum: ReviewStep, name: 'ReviewStep' },
    passed: 'boolean',
    evaluatedAt: 'datetime',
  },
  relations: { application: { resource: () => ApplicationResource, description: '申报 / Application' } },
  sortable: ['evaluatedAt', 'rule'],
});

export const ApplicationMaterialResource = defineResource({
  entity: ApplicationMaterial,
  name: 'ApplicationMaterial',
  plural: 'applicationMaterials',
  single: 'applicationMaterial',
  description: '申报材料文件 / Uploaded application materials',
  filters: {
    kind: { enum: MaterialKind, name: 'MaterialKind' },
    fileName: 'string',
    mimeType: 'string',
    sizeBytes: 'int',
    sha256: 'string',
    uploadedAt: 'datetime',
  },
  relations: { application: { resource: () => ApplicationResource, description: '申报 / Application' } },
  sortable: ['uploadedAt', 'kind'],
});

export const CandidateMatchResource = defineResource({
  entity: CandidateMatch,
  name: 'CandidateMatch',
  plural: 'candidateMatches',
  single: 'candidateMatch',
  description: '双向选择候选专家 / Candidate experts in two-way selection',
  filters: {
    score: 'int',
    enterpriseOpinion: { enum: Opinion, name: 'Opinion' },
    institutionOpinion: { enum: Opinion, name: 'Opinion' },
    expertOpinion: { enum: Opinion, name: 'Opinion' },
    selected: 'boolean',
  },
  relations: {
    application: { resource: () => ApplicationResource, description: '申报 / Application' },
    expert: { resource: () => ExpertResource, description: '候选专家 / Candidate expert' },
  },
  sortable: ['score'],
});

export const ApplicationAggregate = defineAggregate(ApplicationResource, {
  query: 'applicationGroups',
  description: '申报分组统计：按县、领域、环节、年度等 / Applications grouped by county, sector, stage, call year and more',
  dimensions: {
    COUNTY: countyDimension(),
    SECTOR: sectorDimension(),
    INSTITUTION: institutionDimension((a) => `${a}.proposed_expert_id`),
    STAGE: columnDimension('stage', 'stage', () => ApplicationStage, '当前环节 / Current stage'),
    CALL_YEAR: {
      sql: (a) => `(select c.year from "call" c where c.id = ${a}.call_id)`,
      key: 'callYear',
      type: () => Int,
      description: '征集年度 / Call year',
    },
    ON_HOLD: columnDimension('on_hold', 'onHold', () => Boolean, '是否因异议暂停 / On hold by an objection'),
    PRIORITY: columnDimension('priority_recommended', 'priorityRecommended', () => Boolean, '是否优先推荐 / Recommended with priority'),
    REJECTION_RULE: columnDimension('rejection_rule', 'rejectionRule', () => RuleCode, '导致不通过的规则 / Rule that stopped it'),
  },
  dates: {
    SUBMITTED_AT: { sql: chinaDateOf('submitted_at'), description: '提交日期（中国时间） / Date submitted, China time' },
    STAGE_ENTERED_AT: { sql: chinaDateOf('stage_entered_at'), description: '进入当前环节日期 / Date it entered its stage' },
  },
  measures: {
    monthlyAllowanceFen: {
      sql: (a) => `${a}.monthly_allowance_fen`,
      kind: 'money',
      description: '承诺每月生活补助（分） / Promised monthly allowance, fen',
    },
  },
});
