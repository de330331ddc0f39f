import { Check, Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { registerEnum } from '../../graphql/enums';
import { LocalDate } from '../../graphql/scalars';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../shared/base.entity';

export enum CycleStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnum(CycleStatus, 'CycleStatus', '考核周期状态 / Status of an evaluation cycle', {
  OPEN: '评定中 / Grading in progress',
  CLOSED: '已结束并备案 / Closed and filed',
});

/** 绩效考核周期（每两年） / A biennial evaluation cycle (Art. 17). */
@ObjectType('EvaluationCycle', {
  implements: Node,
  description: '两年一次的绩效考核周期 / A biennial evaluation cycle, possibly run with a third-party agency (Art. 17)',
})
@Entity()
@Check({ name: 'cycle_period_ordered', expression: 'period_end > period_start' })
export class EvaluationCycle extends BaseEntity {
  @Field({ description: '周期代码，如 2025-2026 / Cycle code, e.g. 2025-2026' })
  @Property({ length: 16 })
  @Unique()
  code!: string;

  @Field(() => LocalDate, { description: '考核期开始 / Start of the period evaluated' })
  @Property({ type: 'date' })
  periodStart!: string;

  @Field(() => LocalDate, { description: '考核期结束 / End of the period evaluated' })
  @Property({ type: 'date' })
  periodEnd!: string;

  @Field({ nullable: true, description: '受托第三方机构 / Third-party agency, if one assisted' })
  @Property({ length: 128, nullable: true })
  agency?: string;

  @Field(() => CycleStatus, { description: '状态 / Status' })
  @Enum(() => CycleStatus)
  status!: CycleStatus;
}
