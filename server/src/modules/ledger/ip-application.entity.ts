import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars';
import { Appointment } from '../appointment/appointment.entity';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../shared/base.entity';
import { IpKind, IpStatus } from './ledger.enums';

/** 知识产权申请 / An IP application the expert helped the enterprise file (Art. 7.2). */
@ObjectType('IpApplication', {
  implements: Node,
  description:
    "推动企业申请的知识产权（发明专利、实用新型、软件著作权） / An IP application filed by the enterprise with the expert's help (Art. 7.2)",
})
@Entity()
@Index({ properties: ['appointment', 'filedOn'] })
export class IpApplication extends BaseEntity {
  @ManyToOne(() => Appointment)
  appointment!: Appointment;

  @Field(() => IpKind, { description: '类别 / Kind' })
  @Enum(() => IpKind)
  kind!: IpKind;

  @Field({ description: '名称 / Title' })
  @Property({ length: 200 })
  title!: string;

  @Field({ description: '申请号（唯一） / Application number, unique' })
  @Property({ length: 32 })
  @Unique()
  applicationNo!: string;

  @Field(() => LocalDate, { description: '申请日期 / Filing date' })
  @Index()
  @Property({ type: 'date' })
  filedOn!: string;

  @Field(() => IpStatus, { description: '状态 / Status' })
  @Enum(() => IpStatus)
  status!: IpStatus;
}
