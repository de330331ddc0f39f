import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTime, LocalDate } from '../../graphql/scalars';
import { User } from '../identity/user.entity';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../shared/base.entity';
import { ApplicationStage, Decision, ReviewStep, RuleCode } from './application.enums';
import { Application } from './application.entity';

/**
 * 流程记录 / One transition of an application: who, when, which decision, why. Every stage
 * change writes one; the pipeline analytics (days in stage) are computed from them.
 */
@ObjectType('ReviewDecision', {
  implements: Node,
  description:
    '申报流程记录：谁、何时、作何决定、理由 / One recorded transition of an application: who, when, what decision and why (Art. 12)',
})
@Entity()
@Index({ properties: ['application', 'decidedAt'] })
// A rule is cited only by a rejection (Art. 12: a rejected case says which rule stopped it).
@Check({ name: 'review_decision_rule_only_on_reject', expression: "rule_code is null or decision = 'REJECT'" })
@Check({ name: 'review_decision_meeting_pair', expression: '(meeting_on is null) = (minute_no is null)' })
export class ReviewDecision extends BaseEntity {
  @ManyToOne(() => Application)
  application!: Application;

  @Field(() => ReviewStep, { description: '环节 / Step' })
  @Enum(() => ReviewStep)
  step!: ReviewStep;

  @Field(() => Decision, { description: '决定 / Decision' })
  @Enum(() => Decision)
  decision!: Decision;

  @Field(() => ApplicationStage, { description: '变更前环节 / Stage before' })
  @Enum(() => ApplicationStage)
  fromStage!: ApplicationStage;

  @Field(() => ApplicationStage, { description: '变更后环节 / Stage after' })
  @Enum(() => ApplicationStage)
  toStage!: ApplicationStage;

  @Field({ nullable: true, description: '理由或意见 / Reason or opinion' })
  @Property({ columnType: 'text', nullable: true })
  reason?: string;

  @Field(() => RuleCode, {
    nullable: true,
    description: '依据的规则（仅不予通过时，E1-E6、N1-N5） / Rule invoked by a rejection, if any (one of E1-E6, N1-N5)',
  })
  @Enum({ items: () => RuleCode, nullable: true })
  ruleCode?: RuleCode;

  @ManyToOne(() => User, { nullable: true })
  actor?: User;

  @Field({ description: '操作人角色 / Role of the person who decided' })
  @Property({ length: 32 })
  actorRole!: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: '党组会议日期（党组研究审议，第十二条第4项） / Date of the party-group meeting that decided it (Art. 12.4)',
  })
  @Property({ type: 'date', nullable: true })
  meetingOn?: string;

  @Field({ nullable: true, description: '党组会议纪要编号 / Number of the meeting minutes' })
  @Property({ length: 64, nullable: true })
  minuteNo?: string;

  @Field(() => DateTime, { description: '决定时间 / When it was decided' })
  @Property({ columnType: 'timestamptz' })
  decidedAt!: Date;
}
