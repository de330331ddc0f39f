import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars';
import { Appointment } from '../appointment/appointment.entity';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../shared/base.entity';
import { AchievementKind } from './ledger.enums';

/** 新技术、新工艺、新产品 / A new technology, process or product developed (Art. 7.2). */
@ObjectType('Achievement', {
  implements: Node,
  description: '协助企业开发的新技术、新工艺或新产品 / A new technology, process or product developed with the enterprise (Art. 7.2)',
})
@Entity()
@Index({ properties: ['appointment', 'achievedOn'] })
export class Achievement extends BaseEntity {
  @ManyToOne(() => Appointment)
  appointment!: Appointment;

  @Field(() => AchievementKind, { description: '类别 / Kind' })
  @Enum(() => AchievementKind)
  kind!: AchievementKind;

  @Field({ description: '名称 / Title' })
  @Property({ length: 200 })
  title!: string;

  @Field(() => LocalDate, { description: '完成日期 / Date achieved' })
  @Index()
  @Property({ type: 'date' })
  achievedOn!: string;
}
