import { defineResource } from '../../graphql/resource';
import { ApplicationResource } from '../application/application.resource';
import { Call, CallStatus } from './call.entity';

export const CallResource = defineResource({
  entity: Call,
  name: 'Call',
  plural: 'calls',
  single: 'call',
  description: '年度征集通知列表 / Yearly calls',
  filters: {
    year: 'int',
    title: 'string',
    opensOn: 'date',
    closesOn: 'date',
    status: { enum: CallStatus, name: 'CallStatus' },
    publishedAt: 'datetime',
  },
  children: {
    applications: { resource: () => ApplicationResource, foreignKey: 'call', description: '本次征集的申报 / Applications under this call' },
  },
  sortable: ['year', 'opensOn', 'closesOn'],
  keys: {
    year: {
      kind: 'int',
      description:
        '征集年度：该年已发布或已截止的征集（草稿按 id 查找） / Call year: the published or closed call of that year (a draft by its id)',
      where: { status: { $ne: CallStatus.DRAFT } },
    },
  },
});
