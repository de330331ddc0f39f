import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../shared/base.entity';
import { ReviewStep, RuleCode } from './application.enums';
import { Application } from './application.entity';

/** 资格规则检查结果 / The stored result of one eligibility rule at one step. */
@ObjectType('RuleCheck', {
  implements: Node,
  description: '资格规则检查结果：哪条规则、是否通过、原因 / Result of one eligibility rule at one step: which rule, pass or fail, and why',
})
@Entity()
@Index({ properties: ['application', 'evaluatedAt'] })
export class RuleCheck extends BaseEntity {
  @ManyToOne(() => Application)
  application!: Application;

  @Field(() => RuleCode, { description: '规则 / Rule' })
  @Enum(() => RuleCode)
  rule!: RuleCode;

  @Field({ description: '条款 / Article cited, e.g. 第五条第1项' })
  @Property({ length: 64 })
  article!: string;

  @Field(() => ReviewStep, { description: '检查所在环节 / Step at which it was evaluated' })
  @Enum(() => ReviewStep)
  step!: ReviewStep;

  @Field({ description: '是否通过 / Whether the rule passed' })
  @Property()
  passed!: boolean;

  @Field({ description: '说明 / Explanation' })
  @Property({ columnType: 'text' })
  detail!: string;

  @Field(() => DateTime, { description: '检查时间 / When it was evaluated' })
  @Property({ columnType: 'timestamptz' })
  evaluatedAt!: Date;
}
