import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { registerEnum } from '../../graphql/enums';
import { LocalDate } from '../../graphql/scalars';
import { Application } from '../application/application.entity';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../shared/base.entity';
import { PublicNotice } from './public-notice.entity';

export enum ObjectionStatus {
  OPEN = 'OPEN',
  UPHELD = 'UPHELD',
  DISMISSED = 'DISMISSED',
  MOOT = 'MOOT',
}
registerEnum(ObjectionStatus, 'ObjectionStatus', '异议状态 / Status of an objection', {
  OPEN: '待处理，案件暂停 / Open: the case is stopped until it is resolved',
  UPHELD: '异议成立，不予认定 / Upheld: the case is rejected',
  DISMISSED: '异议不成立，继续认定 / Dismissed: the case continues',
  MOOT: '同一申报的另一异议已成立、案件不予认定，本异议无需再作结论 / Closed without a finding: another objection to the same case was upheld and the case was refused',
});

/** 公示异议 / An objection raised during a public notice; it stops the case until resolved. */
@ObjectType('Objection', {
  implements: Node,
  description:
    '公示期间收到的异议，处理完毕前案件暂停 / An objection raised during a public notice; the case stops until it is resolved (Art. 12.5)',
})
@Entity()
// A resolved objection has its day and its result, never before it was received; an open one has neither (Art. 12.5).
@Check({ name: 'objection_open_unresolved', expression: "status <> 'OPEN' or (resolved_on is null and resolution is null)" })
@Check({
  name: 'objection_resolved_has_date_and_result',
  expression: "status = 'OPEN' or (resolved_on is not null and resolution is not null and btrim(resolution) <> '')",
})
@Check({ name: 'objection_resolved_after_received', expression: 'resolved_on is null or resolved_on >= received_on' })
export class Objection extends BaseEntity {
  @ManyToOne(() => PublicNotice)
  @Index()
  notice!: PublicNotice;

  @ManyToOne(() => Application)
  @Index()
  application!: Application;

  @Field(() => LocalDate, { description: '收到日期 / Date received' })
  @Property({ type: 'date' })
  receivedOn!: string;

  @Field({ description: '异议内容 / What the objection says' })
  @Property({ columnType: 'text' })
  content!: string;

  @Field(() => ObjectionStatus, { description: '状态 / Status' })
  @Enum(() => ObjectionStatus)
  @Index()
  status!: ObjectionStatus;

  @Field(() => LocalDate, {
    nullable: true,
    description: '处理日期（不早于收到日期；待处理者为空） / Date resolved: not before it was received; empty while open',
  })
  @Property({ type: 'date', nullable: true })
  resolvedOn?: string;

  @Field({
    nullable: true,
    description: '处理结论或终结理由（已处理者必填） / Resolution, or why it was closed as moot; required once resolved',
  })
  @Property({ columnType: 'text', nullable: true })
  resolution?: string;
}
