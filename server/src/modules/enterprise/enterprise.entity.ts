import { BigIntType, Check, Collection, Entity, Index, ManyToOne, OneToMany, Opt, Property, Unique } from '@mikro-orm/core';
import type { Appointment } from '../appointment/appointment.entity';
import { Field, Int, ObjectType } from 'type-graphql';
import { Fen, LocalDate } from '../../graphql/scalars';
import { Division } from '../geo/division.entity';
import { Sector } from '../geo/sector.entity';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../shared/base.entity';

/** 科技企业（派驻企业） / A technology enterprise that hosts, or applies to host, an expert (Art. 9, 11). */
@ObjectType('Enterprise', {
  implements: Node,
  description: '科技企业（派驻企业） / A technology enterprise that hosts or applies to host a technology vice-president (Art. 9, 11)',
})
@Entity()
@Check({ name: 'enterprise_money_nonnegative', expression: 'revenue_fen >= 0 and rd_spending_fen >= 0' })
export class Enterprise extends BaseEntity {
  @Field({ description: '企业名称 / Registered name' })
  @Property({ length: 128 })
  @Index()
  name!: string;

  @Field({ description: '统一社会信用代码（GB 32100，唯一） / Unified social credit code (GB 32100), unique' })
  @Property({ length: 18 })
  @Unique()
  creditCode!: string;

  @ManyToOne(() => Division)
  @Index()
  division!: Division;

  @ManyToOne(() => Sector)
  @Index()
  sector!: Sector;

  @Field(() => LocalDate, { description: '注册日期（规则N1：满一年） / Registration date (rule N1: at least one year)' })
  @Property({ type: 'date' })
  registeredOn!: string;

  @Field(() => Boolean, { description: '是否独立法人 / Independent legal person (rule N1)' })
  @Property({ type: 'boolean', default: true })
  independentLegalPerson: boolean & Opt = true;

  @Field(() => Boolean, { description: '高新技术企业 / Certified high-tech enterprise (priority, Art. 12.2)' })
  @Property({ type: 'boolean', default: false })
  @Index()
  highTech: boolean & Opt = false;

  @Field(() => Boolean, { description: '瞪羚企业 / Gazelle enterprise (priority, Art. 12.2)' })
  @Property({ type: 'boolean', default: false })
  gazelle: boolean & Opt = false;

  @Field(() => Boolean, {
    description: '承担市级以上科技计划项目 / Holds a municipal-or-higher S&T programme project (priority, Art. 12.2)',
  })
  @Property({ type: 'boolean', default: false })
  municipalProject: boolean & Opt = false;

  @Field(() => Fen, { description: "上年度主营业务收入（分） / Last year's main business revenue, in fen (rule N4)" })
  @Property({ type: new BigIntType('number') })
  revenueFen!: number;

  @Field(() => Fen, { description: "上年度研发投入（分） / Last year's R&D spending, in fen (rule N4)" })
  @Property({ type: new BigIntType('number') })
  rdSpendingFen!: number;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      '最近一次重大违法违规或不良信用记录日期（规则N3：近三年内不得有） / Date of the latest major violation or bad-credit record (rule N3)',
  })
  @Property({ type: 'date', nullable: true })
  violationOn?: string;

  @Field(() => Boolean, { description: '财务制度健全 / Sound financial management (rule N3)' })
  @Property({ type: 'boolean', default: true })
  financesSound: boolean & Opt = true;

  @Field(() => Int, { description: '职工人数 / Number of employees' })
  @Property()
  employees!: number;

  @Field({ description: '联系人 / Contact person' })
  @Property({ length: 64 })
  contactName!: string;

  @Property({ columnType: 'text', lazy: true, nullable: true })
  contactPhoneCipher?: string;

  @Property({ length: 16, nullable: true })
  contactPhoneMasked?: string;

  @Field({ description: '注册地址 / Registered address' })
  @Property({ length: 256 })
  address!: string;

  /** Inverse side, used by access scopes (not a column). */
  @OneToMany('Appointment', 'enterprise')
  appointments = new Collection<Appointment>(this);
}
