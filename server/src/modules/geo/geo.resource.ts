import { SortDirection } from '../../graphql/pagination';
import { defineResource } from '../../graphql/resource';
import { Division, DivisionKind } from './division.entity';
import { Sector } from './sector.entity';

export const DivisionResource = defineResource({
  entity: Division,
  name: 'Division',
  plural: 'divisionList',
  single: 'division',
  description: '县（市、区）及功能区列表 / County-level divisions and functional zones',
  filters: { code: 'string', nameZh: 'string', nameEn: 'string', kind: { enum: DivisionKind, name: 'DivisionKind' }, sortOrder: 'int' },
  sortable: ['code', 'sortOrder', 'nameZh'],
  keys: { code: { kind: 'string', description: '区划代码 / Division code' } },
  defaultOrder: [{ field: 'sortOrder', direction: SortDirection.ASC }],
});

export const SectorResource = defineResource({
  entity: Sector,
  name: 'Sector',
  plural: 'sectorList',
  single: 'sector',
  description: '产业领域列表 / Sectors',
  filters: { code: 'string', nameZh: 'string', priority: 'boolean', sortOrder: 'int' },
  sortable: ['code', 'sortOrder'],
  keys: { code: { kind: 'string', description: '领域代码 / Sector code' } },
  defaultOrder: [{ field: 'sortOrder', direction: SortDirection.ASC }],
});
