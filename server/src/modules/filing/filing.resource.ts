import { defineResource } from '../../graphql/resource';
import { ApplicationResource } from '../application/application.resource';
import { EvaluationCycleResource } from '../evaluation/evaluation.resource';
import { DivisionResource } from '../geo/geo.resource';
import { FilingKind, FilingRecord, FilingStatus } from './filing-record.entity';

export const FilingRecordResource = defineResource({
  entity: FilingRecord,
  name: 'FilingRecord',
  plural: 'filingRecords',
  single: 'filingRecord',
  description: '报组织部备案记录 / Records filed with the Organisation Department',
  filters: {
    filingNo: 'string',
    kind: { enum: FilingKind, name: 'FilingKind' },
    title: 'string',
    filedOn: 'date',
    status: { enum: FilingStatus, name: 'FilingStatus' },
    acknowledgedAt: 'datetime',
  },
  relations: {
    application: { resource: () => ApplicationResource, description: '备案的申报 / Application filed', nullable: true },
    evaluationCycle: { resource: () => EvaluationCycleResource, description: '备案的考核周期 / Evaluation cycle filed', nullable: true },
    division: { resource: () => DivisionResource, description: '所在县（市、区） / County-level division', nullable: true },
  },
  sortable: ['filedOn', 'status', 'filingNo'],
  keys: { filingNo: { kind: 'string', description: '备案编号 / Filing number' } },
});
