import { Entity, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity';

/**
 * 编号计数器 / The last number handed out in one numbered series for one year (recognition
 * documents, certificates, filings, reward serials, project codes). Numbers are taken with
 * `techvp_next_serial(series, year)` (migration 20261125130000), which increments the row while
 * holding its lock until the surrounding transaction ends: a rolled-back step gives its number
 * back, so every series stays unique and gap-free per year. Request connections cannot write
 * the table directly.
 */
@Entity()
@Unique({ properties: ['series', 'year'] })
export class SerialCounter extends BaseEntity {
  @Property({ length: 32 })
  series!: string;

  @Property()
  year!: number;

  @Property()
  lastValue!: number;
}
