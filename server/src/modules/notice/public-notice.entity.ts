import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { registerEnum } from '../../graphql/enums';
import { DateTime, LocalDate } from '../../graphql/scalars';
import { Call } from '../call/call.entity';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../shared/base.entity';

export enum NoticeStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnum(NoticeStatus, 'NoticeStatus', '公示状态 / Status of a public notice', {
  OPEN: '公示中 / Running',
  CLOSED: '公示期满 / Period over',
});

/**
 * 公示 / A public notice of proposed recognitions, at least 5 Chinese working days long
 * (Art. 12.5). The applications it covers point to it.
 */
@ObjectType('PublicNotice', {
  implements: Node,
  description: '拟认定名单公示，不少于5个工作日 / Public notice of proposed recognitions, at least 5 working days (Art. 12.5)',
})
@Entity()
@Check({ name: 'notice_period_ordered', expression: 'ends_on >= starts_on' })
export class PublicNotice extends BaseEntity {
  @ManyToOne(() => Call)
  @Index()
  call!: Call;

  @Field({ description: '标题 / Title' })
  @Property({ length: 200 })
  title!: string;

  @Field(() => LocalDate, { description: '公示开始日期 / First day of the notice' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field(() => LocalDate, { description: '公示结束日期 / Last day of the notice' })
  @Property({ type: 'date' })
  endsOn!: string;

  @Field({ description: '发布渠道 / Where it was published' })
  @Property({ length: 128 })
  channel!: string;

  @Field(() => NoticeStatus, { description: '状态 / Status' })
  @Enum(() => NoticeStatus)
  status!: NoticeStatus;

  @Field(() => DateTime, { description: '发布时间 / When it was published' })
  @Property({ columnType: 'timestamptz' })
  publishedAt!: Date;
}
