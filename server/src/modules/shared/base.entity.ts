import { Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int } from 'type-graphql';
import { DateTime } from '../../graphql/scalars';

/** Columns every table has: a serial id and creation / update instants. */

export abstract class BaseEntity {
  @Field(() => Int, { description: '行号（本表内唯一） / Row id, unique within its table' })
  @PrimaryKey()
  id!: number;

  @Field(() => DateTime, { description: '创建时间 / When the row was created' })
  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Field(() => DateTime, { description: '最后修改时间 / When the row was last changed' })
  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
