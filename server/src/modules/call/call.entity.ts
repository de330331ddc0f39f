import { Check, Entity, Enum, Opt, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { registerEnum } from '../../graphql/enums';
import { DateTime, LocalDate } from '../../graphql/scalars';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../shared/base.entity';

export enum CallStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CLOSED = 'CLOSED',
}
registerEnum(CallStatus, 'CallStatus', '征集通知状态 / Status of a yearly call', {
  DRAFT: '草稿 / Draft, not yet published',
  PUBLISHED: '已发布，接受申报 / Published, accepting applications',
  CLOSED: '已截止 / Closed',
});

/** 年度征集通知 / The bureau's yearly call for technology vice-president needs (Art. 12.1). */
@ObjectType('Call', {
  implements: Node,
  description:
    '年度“科技副总”选派需求征集通知 / The yearly call for technology vice-president needs, published by the S&T bureau (Art. 12.1)',
})
@Entity({ tableName: 'call' })
// One published (or closed) call a year (Art. 12.1); drafts do not count until they are published.
@Unique({
  name: 'call_one_published_per_year',
  expression: "create unique index call_one_published_per_year on call (year) where status <> 'DRAFT'",
})
@Check({ name: 'call_window_ordered', expression: 'closes_on >= opens_on' })
@Check({
  name: 'call_within_policy',
  expression: "opens_on >= '2025-07-01'::date and closes_on <= '2030-06-30'::date",
})
export class Call extends BaseEntity {
  @Field(() => Int, {
    description: '年度（每年发布一次；草稿不占用） / Call year; one published call a year, drafts do not count',
  })
  @Property()
  year!: number;

  @Field({ description: '标题 / Title' })
  @Property({ length: 200 })
  title!: string;

  @Field(() => LocalDate, { description: '申报开始日期 / First day applications are accepted' })
  @Property({ type: 'date' })
  opensOn!: string;

  @Field(() => LocalDate, { description: '申报截止日期 / Last day applications are accepted' })
  @Property({ type: 'date' })
  closesOn!: string;

  @Field(() => CallStatus, { description: '状态 / Status' })
  @Enum(() => CallStatus)
  status!: CallStatus;

  @Field({ description: '申报条件 / Conditions for applicants' })
  @Property({ columnType: 'text' })
  conditions!: string;

  @Field({ description: '申报材料要求（第十三条） / Materials required (Art. 13)' })
  @Property({ columnType: 'text' })
  materialsRequired!: string;

  @Field(() => DateTime, { nullable: true, description: '发布时间 / When it was published' })
  @Property({ columnType: 'timestamptz', nullable: true })
  publishedAt?: Date;

  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
