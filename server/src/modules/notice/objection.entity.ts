import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
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
}
registerEnum(ObjectionStatus, 'ObjectionStatus', '异议状态 / Status of an objection', {
  OPEN: '待处理，案件暂停 / Open: the case is stopped until it is resolved',
  UPHELD: '异议成立，不予认定 / Upheld: the case is rejected',
  DISMISSED: '异议不成立，继续认定 / Dismissed: the case continues',
});

/** 公示异议 / An objection raised during a public notice; it stops the case until resolved. */
@ObjectType('Objection', {
  implements: Node,
  description:
    '公示期间收到的异议，处理完毕前案件暂停 / An objection raised during a public notice; the case stops until it is resolved (Art. 12.5)',
})
@Entity()
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

  @Field(() => LocalDate, { nullable: true, description: '处理日期 / Date resolved' })
  @Property({ type: 'date', nullable: true })
  resolvedOn?: string;

  @Field({ nullable: true, description: '处理结论 / Resolution' })
  @Property({ columnType: 'text', nullable: true })
  resolution?: string;
}
