import { Int } from 'type-graphql';
import { defineAggregate } from '../../graphql/aggregate';
import { columnDimension, countyDimension, institutionDimension, sectorDimension } from '../../graphql/dimensions';
import { defineResource } from '../../graphql/resource';
import { Position } from '../application/application.enums';
import { ApplicationResource } from '../application/application.resource';
import { EnterpriseResource } from '../enterprise/enterprise.resource';
import { EvaluationResource } from '../evaluation/evaluation.resource';
import { ExpertResource } from '../expert/expert.resource';
import { DivisionResource, SectorResource } from '../geo/geo.resource';
import { AchievementResource, AnnualReportResource, IpApplicationResource, LedgerEntryResource } from '../ledger/ledger.resource';
import { ProjectResource } from '../project/project.resource';
import { Agreement, AgreementKind } from './agreement.entity';
import { Appointment, AppointmentOrigin, AppointmentStatus } from './appointment.entity';

export const AppointmentResource = defineResource({
  entity: Appointment,
  name: 'Appointment',
  plural: 'appointments',
  single: 'appointment',
  description: '科技副总任职列表 / Technology vice-president appointments',
  filters: {
    origin: { enum: AppointmentOrigin, name: 'AppointmentOrigin' },
    cohortYear: 'int',
    position: { enum: Position, name: 'Position' },
    serviceStart: 'date',
    serviceEnd: 'date',
    recognitionDocNo: 'string',
    certificateNo: 'string',
    recognisedOn: 'date',
    status: { enum: AppointmentStatus, name: 'AppointmentStatus' },
    endedOn: 'date',
    monthlyAllowanceFen: 'money',
  },
  relations: {
    expert: { resource: () => ExpertResource, description: '专家 / Expert' },
    enterprise: { resource: () => EnterpriseResource, description: '派驻企业 / Host enterprise' },
    division: { resource: () => DivisionResource, description: '所在县（市、区） / County-level division' },
    sector: { resource: () => SectorResource, description: '所属领域 / Sector' },
    application: { resource: () => ApplicationResource, description: '来源申报 / Application it came from', nullable: true },
  },
  children: {
    ledgerEntries: {
      resource: () => LedgerEntryResource,
      foreignKey: 'appointment',
      description: '服务台账 / Service ledger',
      orderBy: { serviceDate: 'asc', id: 'asc' },
    },
    achievements: { resource: () => AchievementResource, foreignKey: 'appointment', description: '新技术新工艺新产品 / Achievements' },
    ipApplications: { resource: () => IpApplicationResource, foreignKey: 'appointment', description: '知识产权申请 / IP applications' },
    annualReports: {
      resource: () => AnnualReportResource,
      foreignKey: 'appointment',
      description: '年度述职 / Annual reports',
      orderBy: { year: 'asc' },
    },
    evaluations: { resource: () => EvaluationResource, foreignKey: 'appointment', description: '绩效考核 / Evaluations' },
    projects: { resource: () => ProjectResource, foreignKey: 'appointment', description: '协同创新项目 / Co-innovation projects' },
    agreements: { resource: () => AgreementResource, foreignKey: 'appointment', description: '协议 / Agreements' },
  },
  sortable: ['cohortYear', 'serviceStart', 'serviceEnd', 'status', 'monthlyAllowanceFen'],
  keys: {
    certificateNo: { kind: 'string', description: '证书编号 / Certificate number' },
    recognitionDocNo: { kind: 'string', description: '认定文号 / Recognition document number' },
  },
});

export const AgreementResource = defineResource({
  entity: Agreement,
  name: 'Agreement',
  plural: 'agreements',
  single: 'agreement',
  description: '三方协议与保密协议 / Tripartite and confidentiality agreements',
  filters: {
    kind: { enum: AgreementKind, name: 'AgreementKind' },
    signedOn: 'date',
    serviceStart: 'date',
    serviceEnd: 'date',
    monthlyAllowanceFen: 'money',
  },
  relations: {
    application: { resource: () => ApplicationResource, description: '申报 / Application', nullable: true },
    appointment: { resource: () => AppointmentResource, description: '任职 / Appointment', nullable: true },
  },
  sortable: ['signedOn'],
});

export const AppointmentAggregate = defineAggregate(AppointmentResource, {
  query: 'appointmentGroups',
  description: '科技副总任职分组统计（数量、补助合计与平均） / Appointments grouped by any dimension: count, allowance sums and averages',
  dimensions: {
    COUNTY: countyDimension(),
    SECTOR: sectorDimension(),
    INSTITUTION: institutionDimension((a) => `${a}.expert_id`),
    STATUS: columnDimension('status', 'status', () => AppointmentStatus, '任职状态 / Status'),
    ORIGIN: columnDimension('origin', 'origin', () => AppointmentOrigin, '来源 / Origin'),
    POSITION: columnDimension('position', 'position', () => Position, '兼任职务 / Position'),
    COHORT_YEAR: columnDimension('cohort_year', 'cohortYear', () => Int, '批次年度 / Cohort year'),
  },
  dates: {
    SERVICE_START: { sql: (a) => `${a}.service_start`, description: '服务开始日期 / Start of service' },
    SERVICE_END: { sql: (a) => `${a}.service_end`, description: '服务结束日期 / End of service' },
    RECOGNISED_ON: { sql: (a) => `${a}.recognised_on`, description: '认定日期 / Date of recognition' },
  },
  measures: {
    monthlyAllowanceFen: {
      sql: (a) => `${a}.monthly_allowance_fen`,
      kind: 'money',
      description: '每月生活补助（分） / Monthly allowance, fen',
    },
  },
});
