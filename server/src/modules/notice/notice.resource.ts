import { defineResource } from '../../graphql/resource';
import { ApplicationResource } from '../application/application.resource';
import { CallResource } from '../call/call.resource';
import { Objection, ObjectionStatus } from './objection.entity';
import { NoticeStatus, PublicNotice } from './public-notice.entity';

export const PublicNoticeResource = defineResource({
  entity: PublicNotice,
  name: 'PublicNotice',
  plural: 'publicNotices',
  single: 'publicNotice',
  description: '公示列表 / Public notices',
  filters: {
    title: 'string',
    startsOn: 'date',
    endsOn: 'date',
    channel: 'string',
    status: { enum: NoticeStatus, name: 'NoticeStatus' },
    publishedAt: 'datetime',
  },
  relations: { call: { resource: () => CallResource, description: '所属征集 / Call' } },
  children: {
    applications: { resource: () => ApplicationResource, foreignKey: 'notice', description: '公示的申报 / Applications in this notice' },
    objections: { resource: () => ObjectionResource, foreignKey: 'notice', description: '收到的异议 / Objections received' },
  },
  sortable: ['startsOn', 'endsOn'],
});

export const ObjectionResource = defineResource({
  entity: Objection,
  name: 'Objection',
  plural: 'objections',
  single: 'objection',
  description: '公示异议 / Objections to public notices',
  filters: { receivedOn: 'date', content: 'string', status: { enum: ObjectionStatus, name: 'ObjectionStatus' }, resolvedOn: 'date' },
  relations: {
    notice: { resource: () => PublicNoticeResource, description: '公示 / Notice' },
    application: { resource: () => ApplicationResource, description: '申报 / Application' },
  },
  sortable: ['receivedOn', 'status'],
});
