import { defineResource } from '../../graphql/resource';
import { ExpertResource } from '../expert/expert.resource';
import { Institution, InstitutionKind } from './institution.entity';

export const InstitutionResource = defineResource({
  entity: Institution,
  name: 'Institution',
  plural: 'institutionList',
  single: 'institution',
  description: '高校院所列表 / Sending universities and institutes',
  filters: { code: 'string', nameZh: 'string', nameEn: 'string', kind: { enum: InstitutionKind, name: 'InstitutionKind' }, city: 'string' },
  children: {
    experts: { resource: () => ExpertResource, foreignKey: 'institution', description: '本单位专家 / Experts from this institution' },
  },
  sortable: ['code', 'nameZh', 'city'],
  keys: { code: { kind: 'string', description: '单位代码 / Institution code' } },
});
