import { defineAggregate } from '../../graphql/aggregate';
import { columnDimension, countyDimension, institutionDimension, sectorDimension } from '../../graphql/dimensions';
import { defineResource } from '../../graphql/resource';
import { AppointmentResource } from '../appointment/appointment.resource';
import { ExpertResource } from '../expert/expert.resource';
import { DivisionResource, SectorResource } from '../geo/geo.resource';
import { CycleStatus, EvaluationCycle } from './evaluation-cycle.entity';
import { Evaluation, Grade } from './evaluation.entity';
import { Reward, RewardKind, RewardStatus } from './reward.entity';

export const EvaluationCycleResource = defineResource({
  entity: EvaluationCycle,
  name: 'EvaluationCycle',
  plural: 'evaluationCycles',
  single: 'evaluationCycle',
  description: '绩效考核周期 / Biennial evaluation cycles',
  filters: { code: 'string', periodStart: 'date', periodEnd: 'date', agency: 'string', status: { enum: CycleStatus, name: 'CycleStatus' } },
  children: {
    evaluations: { resource: () => EvaluationResource, foreignKey: 'cycle', description: '本周期考核结果 / Grades in this cycle' },
  },
  sortable: ['code', 'periodStart'],
  keys: { code: { kind: 'string', description: '周期代码，如 2024-2025 / Cycle code' } },
});

export const EvaluationResource = defineResource({
  entity: Evaluation,
  name: 'Evaluation',
  plural: 'evaluations',
  single: 'evaluation',
  description: '绩效考核结果 / Evaluation results',
  filters: { grade: { enum: Grade, name: 'Grade' }, score: 'int', gradedOn: 'date', remarks: 'string' },
  relations: {
    cycle: { resource: () => EvaluationCycleResource, description: '考核周期 / Cycle' },
    appointment: { resource: () => AppointmentResource, description: '任职 / Appointment' },
    division: { resource: () => DivisionResource, description: '所在县（市、区） / County-level division' },
    sector: { resource: () => SectorResource, description: '所属领域 / Sector' },
  },
  children: {
    rewards: { resource: () => RewardResource, foreignKey: 'evaluation', description: '奖励 / Rewards' },
  },
  sortable: ['gradedOn', 'grade'],
});

export const RewardResource = defineResource({
  entity: Reward,
  name: 'Reward',
  plural: 'rewards',
  single: 'reward',
  description: '考核优秀奖励 / Rewards for excellent grades',
  filters: {
    kind: { enum: RewardKind, name: 'RewardKind' },
    amountFen: 'money',
    serialNo: 'string',
    status: { enum: RewardStatus, name: 'RewardStatus' },
    grantedOn: 'date',
    disbursedOn: 'date',
    voucherNo: 'string',
  },
  relations: {
    evaluation: { resource: () => EvaluationResource, description: '考核结果 / Evaluation' },
    expert: { resource: () => ExpertResource, description: '获奖专家 / Expert' },
    division: { resource: () => DivisionResource, description: '所在县（市、区） / County-level division' },
  },
  sortable: ['grantedOn', 'amountFen'],
  keys: { serialNo: { kind: 'string', description: '证书或金卡编号 / Certificate or card number' } },
});

export const EvaluationAggregate = defineAggregate(EvaluationResource, {
  query: 'evaluationGroups',
  description: '考核结果分组统计：各等级数量与比例所需数据 / Evaluations grouped, e.g. grade counts per cycle and county',
  dimensions: {
    CYCLE: { sql: (a) => `${a}.cycle_id`, key: 'cycle', entity: () => EvaluationCycle, description: '考核周期 / Evaluation cycle' },
    COUNTY: countyDimension(),
    SECTOR: sectorDimension(),
    INSTITUTION: institutionDimension((a) => `(select p.expert_id from appointment p where p.id = ${a}.appointment_id)`),
    GRADE: columnDimension('grade', 'grade', () => Grade, '等级 / Grade'),
  },
  dates: { GRADED_ON: { sql: (a) => `${a}.graded_on`, description: '评定日期 / Date graded' } },
  measures: {
    score: { sql: (a) => `${a}.score`, kind: 'int', description: '得分 / Score' },
  },
});
