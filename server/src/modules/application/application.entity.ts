import { BigIntType, Check, Entity, Enum, Index, ManyToOne, Opt, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTime, Fen, LocalDate } from '../../graphql/scalars';
import { Call } from '../call/call.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Expert } from '../expert/expert.entity';
import { Division } from '../geo/division.entity';
import { Sector } from '../geo/sector.entity';
import { PublicNotice } from '../notice/public-notice.entity';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../shared/base.entity';
import { ApplicationStage, Position, RuleCode } from './application.enums';

/**
 * 企业申报 / An enterprise's application for a technology vice-president under a yearly call
 * (Art. 12, 13). The division and sector are copied from the enterprise at submission, so that
 * county scoping and sector analytics never depend on later edits of the enterprise.
 */
@ObjectType('Application', {
  implements: Node,
  description: "企业“科技副总”申报 / An enterprise's application for a technology vice-president under a yearly call (Art. 12, 13)",
})
@Entity()
@Unique({
  name: 'application_one_live_per_call',
  expression:
    "create unique index application_one_live_per_call on application (call_id, enterprise_id) where stage not in ('REJECTED', 'WITHDRAWN')",
})
@Check({ name: 'application_allowance_nonnegative', expression: 'monthly_allowance_fen >= 0' })
@Check({
  name: 'application_service_period_ordered',
  expression: 'proposed_service_end is null or proposed_service_start is null or proposed_service_end > proposed_service_start',
})
// Only a rejected case names the rule that stopped it (a return or a resubmission clears it).
@Check({ name: 'application_rejection_rule_only_when_rejected', expression: "rejection_rule is null or stage = 'REJECTED'" })
@Index({ properties: ['division', 'stage'] })
export class Application extends BaseEntity {
  @ManyToOne(() => Call)
  @Index()
  call!: Call;

  @ManyToOne(() => Enterprise)
  @Index()
  enterprise!: Enterprise;

  @ManyToOne(() => Division)
  @Index()
  division!: Division;

  @ManyToOne(() => Sector)
  @Index()
  sector!: Sector;

  @ManyToOne(() => Expert, { nullable: true })
  @Index()
  proposedExpert?: Expert;

  @Field({ description: "技术需求 / The enterprise's technical needs" })
  @Property({ columnType: 'text' })
  techNeeds!: string;

  @Field(() => Position, { description: '拟任职务 / Proposed position' })
  @Enum(() => Position)
  proposedPosition!: Position;

  @Field(() => LocalDate, { nullable: true, description: '拟服务开始日期 / Proposed start of service' })
  @Property({ type: 'date', nullable: true })
  proposedServiceStart?: string;

  @Field(() => LocalDate, { nullable: true, description: '拟服务结束日期 / Proposed end of service' })
  @Property({ type: 'date', nullable: true })
  proposedServiceEnd?: string;

  @Field(() => Fen, {
    description: '企业承诺每月生活补助及交通费（分，规则N5） / Monthly allowance promised to the expert, in fen (rule N5)',
  })
  @Property({ type: new BigIntType('number') })
  monthlyAllowanceFen!: number;

  @Field(() => ApplicationStage, { description: '当前环节 / Current stage' })
  @Enum(() => ApplicationStage)
  @Index()
  stage!: ApplicationStage;

  @Field(() => Boolean, { description: '是否因异议暂停 / On hold because of an open objection (Art. 12.5)' })
  @Property({ type: 'boolean', default: false })
  onHold: boolean & Opt = false;

  @Field(() => Boolean, { description: '是否优先推荐（第十二条第2项） / Recommended with priority (Art. 12.2)' })
  @Property({ type: 'boolean', default: false })
  priorityRecommended: boolean & Opt = false;

  @Field(() => DateTime, { nullable: true, description: '提交时间 / When it was submitted' })
  @Property({ columnType: 'timestamptz', nullable: true })
  submittedAt?: Date;

  @Field(() => DateTime, { description: '进入当前环节的时间 / When it entered its current stage' })
  @Property({ columnType: 'timestamptz' })
  stageEnteredAt!: Date;

  @Field(() => RuleCode, {
    nullable: true,
    description: '导致不通过的规则（仅限 E1-E6、N1-N5） / The rule that stopped it, if a rule did (one of E1-E6, N1-N5)',
  })
  @Enum({ items: () => RuleCode, nullable: true })
  rejectionRule?: RuleCode;

  @Field({ nullable: true, description: '不通过或退回的理由 / Reason given for rejection or return' })
  @Property({ columnType: 'text', nullable: true })
  rejectionReason?: string;

  @ManyToOne(() => PublicNotice, { nullable: true })
  @Index()
  notice?: PublicNotice;

  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
