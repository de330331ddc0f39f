import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars';
import { Appointment } from '../appointment/appointment.entity';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../shared/base.entity';

/** 年度述职 / The expert's annual report for one year (Art. 17). */
@ObjectType('AnnualReport', {
  implements: Node,
  description: "年度述职报告 / The expert's annual report for one year (Art. 17)",
})
@Entity()
@Unique({ properties: ['appointment', 'year'] })
export class AnnualReport extends BaseEntity {
  @ManyToOne(() => Appointment)
  appointment!: Appointment;

  @Field(() => Int, { description: '述职年度 / Year reported on' })
  @Property()
  year!: number;

  @Field(() => LocalDate, { description: '提交日期 / Date submitted' })
  @Property({ type: 'date' })
  submittedOn!: string;

  @Field({ description: '述职摘要 / Summary' })
  @Property({ columnType: 'text' })
  summary!: string;
}
