import { Entity, JsonType, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity';

/**
 * A policy threshold the measures leave to "national or city rules" (e.g. the R&D ratios of
 * rule N4, the minimum allowance of rule N5), editable by the bureau without a release.
 */
@Entity()
export class Setting extends BaseEntity {
  @Property({ length: 64 })
  @Unique()
  key!: string;

  @Property({ type: JsonType })
  value!: unknown;

  @Property({ columnType: 'text' })
  description!: string;
}
