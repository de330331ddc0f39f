import { defineAggregate } from '../../graphql/aggregate';
import { countyDimension, institutionDimension, sectorDimension, columnDimension } from '../../graphql/dimensions';
import { defineResource } from '../../graphql/resource';
import { Appointment } from '../appointment/appointment.entity';
import { AppointmentResource } from '../appointment/appointment.resource';
import { DivisionResource } from '../geo/geo.resource';
import { Achievement } from './achievement.entity';
import { AnnualReport } from './annual-report.entity';
import { IpApplication } from './ip-application.entity';
import { LedgerEntry } from './ledger-entry.entity';
import { LedgerEvidence } from './ledger-evidence.entity';
import { AchievementKind, Confirmation, IpKind, IpStatus, ServiceKind } from './ledger.enums';

const appointment = { resource: () => AppointmentResource, description: '任职 / Appointment' };

export const LedgerEntryResource = defineResource({
  entity: LedgerEntry,
  name: 'LedgerEntry',
  plural: 'ledgerEntries',
  single: 'ledgerEntry',
  description: '服务台账记录 / Service ledger entries',
  filters: {
    serviceDate: 'date',
    kind: { enum: ServiceKind, name: 'ServiceKind' },
    daysOnSite: 'int',
    content: 'string',
    effect: 'string',
    peopleTrained: 'int',
    confirmation: { enum: Confirmation, name: 'Confirmation' },
  },
  relations: { appointment, division: { resource: () => DivisionResource, description: '所在县（市、区） / County-level division' } },
  children: {
    evidence: {
      resource: () => LedgerEvidenceResource,
      foreignKey: 'entry',
      description: '佐证文件 / Evidence files',
      orderBy: { uploadedAt: 'asc', id: 'asc' },
    },
  },
  sortable: ['serviceDate', 'daysOnSite', 'peopleTrained'],
});

export const LedgerEvidenceResource = defineResource({
  entity: LedgerEvidence,
  name: 'LedgerEvidence',
  plural: 'ledgerEvidences',
  single: 'ledgerEvidence',
  description: '服务台账佐证文件 / Evidence files of ledger entries',
  filters: { fileName: 'string', mimeType: 'string', sizeBytes: 'int', sha256: 'string', uploadedAt: 'datetime' },
  relations: { entry: { resource: () => LedgerEntryResource, description: '台账记录 / Ledger entry' } },
  sortable: ['uploadedAt', 'fileName'],
});

export const AchievementResource = defineResource({
  entity: Achievement,
  name: 'Achievement',
  plural: 'achievements',
  single: 'achievement',
  description: '新技术、新工艺、新产品 / New technologies, processes and products',
  filters: { kind: { enum: AchievementKind, name: 'AchievementKind' }, title: 'string', achievedOn: 'date' },
  relations: { appointment },
  sortable: ['achievedOn'],
});

export const IpApplicationResource = defineResource({
  entity: IpApplication,
  name: 'IpApplication',
  plural: 'ipApplications',
  single: 'ipApplication',
  description: '知识产权申请 / IP applications',
  filters: {
    kind: { enum: IpKind, name: 'IpKind' },
    title: 'string',
    applicationNo: 'string',
    filedOn: 'date',
    status: { enum: IpStatus, name: 'IpStatus' },
  },
  relations: { appointment },
  sortable: ['filedOn'],
  keys: { applicationNo: { kind: 'string', description: '申请号 / Application number' } },
});

export const AnnualReportResource = defineResource({
  entity: AnnualReport,
  name: 'AnnualReport',
  plural: 'annualReports',
  single: 'annualReport',
  description: '年度述职 / Annual reports',
  filters: { year: 'int', submittedOn: 'date', summary: 'string' },
  relations: { appointment },
  sortable: ['year', 'submittedOn'],
});

export const LedgerEntryAggregate = defineAggregate(LedgerEntryResource, {
  query: 'ledgerEntryGroups',
  description: '服务台账分组统计：次数、驻企天数、培训人数 / Ledger entries grouped: services, days on site, people trained',
  dimensions: {
    COUNTY: countyDimension(),
    SECTOR: { ...sectorDimension(), sql: (a) => `(select p.sector_id from appointment p where p.id = ${a}.appointment_id)` },
    INSTITUTION: institutionDimension((a) => `(select p.expert_id from appointment p where p.id = ${a}.appointment_id)`),
    APPOINTMENT: {
      sql: (a) => `${a}.appointment_id`,
      key: 'appointment',
      entity: () => Appointment,
      description: '任职 / Appointment',
    },
    KIND: columnDimension('kind', 'kind', () => ServiceKind, '服务类别 / Kind of service'),
    CONFIRMATION: columnDimension('confirmation', 'confirmation', () => Confirmation, '企业确认状态 / Enterprise confirmation'),
  },
  dates: { SERVICE_DATE: { sql: (a) => `${a}.service_date`, description: '服务日期 / Date of service' } },
  measures: {
    daysOnSite: { sql: (a) => `${a}.days_on_site`, kind: 'int', description: '驻企天数 / Days on site' },
    peopleTrained: { sql: (a) => `${a}.people_trained`, kind: 'int', description: '培养人数 / People trained' },
  },
});
