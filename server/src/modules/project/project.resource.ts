import { defineAggregate } from '../../graphql/aggregate';
import { columnDimension, countyDimension, institutionDimension, sectorDimension } from '../../graphql/dimensions';
import { defineResource } from '../../graphql/resource';
import { AppointmentResource } from '../appointment/appointment.resource';
import { EnterpriseResource } from '../enterprise/enterprise.resource';
import { DivisionResource, SectorResource } from '../geo/geo.resource';
import { Disbursement, Funder } from './disbursement.entity';
import { Project, ProjectStatus } from './project.entity';

export const ProjectResource = defineResource({
  entity: Project,
  name: 'Project',
  plural: 'projects',
  single: 'project',
  description: '协同创新项目列表 / Co-innovation projects',
  filters: {
    code: 'string',
    title: 'string',
    status: { enum: ProjectStatus, name: 'ProjectStatus' },
    enterpriseFen: 'money',
    universityFen: 'money',
    financeFen: 'money',
    proposedOn: 'date',
    approvedOn: 'date',
    closedOn: 'date',
    priority: 'boolean',
  },
  relations: {
    appointment: { resource: () => AppointmentResource, description: '牵头科技副总的任职 / Appointment of the lead expert' },
    enterprise: { resource: () => EnterpriseResource, description: '实施企业 / Enterprise carrying it out' },
    division: { resource: () => DivisionResource, description: '所在县（市、区） / County-level division' },
    sector: { resource: () => SectorResource, description: '所属领域 / Sector' },
  },
  children: {
    disbursements: {
      resource: () => DisbursementResource,
      foreignKey: 'project',
      description: '拨付记录 / Disbursements',
      orderBy: { disbursedOn: 'asc', id: 'asc' },
    },
  },
  sortable: ['code', 'proposedOn', 'status', 'enterpriseFen', 'universityFen', 'financeFen'],
  keys: { code: { kind: 'string', description: '项目编号 / Project code' } },
});

export const DisbursementResource = defineResource({
  entity: Disbursement,
  name: 'Disbursement',
  plural: 'disbursements',
  single: 'disbursement',
  description: '项目资金拨付记录 / Project disbursements',
  filters: { funder: { enum: Funder, name: 'Funder' }, tranche: 'int', amountFen: 'money', disbursedOn: 'date', voucherNo: 'string' },
  relations: {
    project: { resource: () => ProjectResource, description: '项目 / Project' },
    division: { resource: () => DivisionResource, description: '所在县（市、区） / County-level division' },
  },
  sortable: ['disbursedOn', 'amountFen', 'tranche'],
  keys: { voucherNo: { kind: 'string', description: '凭证号 / Voucher number' } },
});

const projectMoney = {
  enterpriseFen: {
    sql: (a: string) => `${a}.enterprise_fen`,
    kind: 'money' as const,
    description: '企业出资（分） / Enterprise contribution, fen',
  },
  universityFen: {
    sql: (a: string) => `${a}.university_fen`,
    kind: 'money' as const,
    description: '高校院所出资（分） / University contribution, fen',
  },
  financeFen: { sql: (a: string) => `${a}.finance_fen`, kind: 'money' as const, description: '财政资金（分） / Finance contribution, fen' },
  totalFen: {
    sql: (a: string) => `(${a}.enterprise_fen + ${a}.university_fen + ${a}.finance_fen)`,
    kind: 'money' as const,
    description: '项目总额（分） / Project total, fen',
  },
};

export const ProjectAggregate = defineAggregate(ProjectResource, {
  query: 'projectGroups',
  description: '协同创新项目分组统计：三方出资合计 / Projects grouped, with enterprise, university and finance sums',
  dimensions: {
    COUNTY: countyDimension(),
    SECTOR: sectorDimension(),
    INSTITUTION: institutionDimension((a) => `(select p.expert_id from appointment p where p.id = ${a}.appointment_id)`),
    STATUS: columnDimension('status', 'status', () => ProjectStatus, '状态 / Status'),
    PRIORITY: columnDimension('priority', 'priority', () => Boolean, '优先支持 / Priority'),
  },
  dates: {
    PROPOSED_ON: { sql: (a) => `${a}.proposed_on`, description: '申报日期 / Date proposed' },
    APPROVED_ON: { sql: (a) => `${a}.approved_on`, description: '立项日期 / Date approved' },
  },
  measures: projectMoney,
});

export const DisbursementAggregate = defineAggregate(DisbursementResource, {
  query: 'disbursementGroups',
  description: '拨付分组统计 / Disbursements grouped by funder, county, sector or period',
  dimensions: {
    COUNTY: countyDimension(),
    SECTOR: { ...sectorDimension(), sql: (a) => `(select p.sector_id from project p where p.id = ${a}.project_id)` },
    FUNDER: columnDimension('funder', 'funder', () => Funder, '出资方 / Funder'),
    PROJECT: { sql: (a) => `${a}.project_id`, key: 'project', entity: () => Project, description: '项目 / Project' },
  },
  dates: { DISBURSED_ON: { sql: (a) => `${a}.disbursed_on`, description: '拨付日期 / Date paid' } },
  measures: { amountFen: { sql: (a) => `${a}.amount_fen`, kind: 'money', description: '金额（分） / Amount, fen' } },
});
