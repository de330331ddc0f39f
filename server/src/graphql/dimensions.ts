/** Dimension builders shared by the aggregates of several resources. */
import { Division } from '../modules/geo/division.entity';
import { Sector } from '../modules/geo/sector.entity';
import { Institution } from '../modules/institution/institution.entity';
import type { DimensionSpec } from './aggregate';

/** County-level division from a `division_id` column. */
export const countyDimension = (column = 'division_id'): DimensionSpec => ({
  sql: (a) => `${a}.${column}`,
  key: 'division',
  entity: () => Division,
  description: '县（市、区）或功能区 / County-level division or zone',
});

/** Sector from a `sector_id` column. */
export const sectorDimension = (column = 'sector_id'): DimensionSpec => ({
  sql: (a) => `${a}.${column}`,
  key: 'sector',
  entity: () => Sector,
  description: '产业领域 / Sector',
});

/** The sending institution of the expert whose id the SQL yields. */
export const institutionDimension = (expertIdSql: (alias: string) => string): DimensionSpec => ({
  sql: (a) => `(select x.institution_id from expert x where x.id = ${expertIdSql(a)})`,
  key: 'institution',
  entity: () => Institution,
  description: '派出高校院所 / Sending institution of the expert',
});

/** A plain column of the root table. */
export const columnDimension = (column: string, key: string, type: () => unknown, description: string): DimensionSpec => ({
  sql: (a) => `${a}.${column}`,
  key,
  type,
  description,
});

/** A timestamptz column as a calendar date in China time. */
export const chinaDateOf = (column: string) => (a: string) => `(${a}.${column} at time zone 'Asia/Shanghai')::date`;
