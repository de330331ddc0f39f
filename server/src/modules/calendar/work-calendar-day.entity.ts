import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../shared/base.entity';

/**
 * 工作日历调整 / A day that differs from the Monday-Friday rule: a statutory holiday on a
 * weekday, or a make-up workday (调休) on a weekend. The bureau updates these each year from
 * the State Council's arrangement; public notices count working days with them (Art. 12.5).
 */
@ObjectType('WorkCalendarDay', {
  implements: Node,
  description:
    '工作日历调整：工作日放假或周末调休上班 / A calendar exception: a holiday on a weekday or a make-up workday on a weekend (for Art. 12.5)',
})
@Entity()
export class WorkCalendarDay extends BaseEntity {
  @Field(() => LocalDate, { description: '日期 / Date' })
  @Property({ type: 'date' })
  @Unique()
  day!: string;

  @Field({ description: '是否上班 / true: a make-up workday; false: a holiday' })
  @Property()
  isWorkday!: boolean;

  @Field({ description: '说明，如 春节 / Note, e.g. Spring Festival' })
  @Property({ length: 64 })
  note!: string;
}
