import { BigIntType, Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { registerEnum } from '../../graphql/enums';
import { Fen, LocalDate } from '../../graphql/scalars';
import { Division } from '../geo/division.entity';
import { User } from '../identity/user.entity';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../shared/base.entity';
import { Project } from './project.entity';

export enum Funder {
  ENTERPRISE = 'ENTERPRISE',
  UNIVERSITY = 'UNIVERSITY',
  FINANCE = 'FINANCE',
}
registerEnum(Funder, 'Funder', '出资方（第二十条） / Who puts the money in (Art. 20)', {
  ENTERPRISE: '企业 / The enterprise',
  UNIVERSITY: '高校院所 / The university or institute',
  FINANCE: '市财政 / City finance',
});

/** 拨付 / One traceable tranche of project money from one funder (Art. 4, 21). */
@ObjectType('Disbursement', {
  implements: Node,
  description: '项目资金拨付（专款专用，逐笔可追溯） / One traceable tranche of project money from one funder (Art. 4, 21)',
})
@Entity()
@Check({ name: 'disbursement_amount_positive', expression: 'amount_fen > 0' })
@Check({ name: 'disbursement_tranche_positive', expression: 'tranche >= 1' })
@Index({ properties: ['project', 'funder'] })
export class Disbursement extends BaseEntity {
  @ManyToOne(() => Project)
  project!: Project;

  @ManyToOne(() => Division)
  @Index()
  division!: Division;

  @Field(() => Funder, { description: '出资方 / Funder' })
  @Enum(() => Funder)
  funder!: Funder;

  @Field(() => Int, { description: '批次 / Tranche number' })
  @Property({ type: 'smallint' })
  tranche!: number;

  @Field(() => Fen, { description: '金额（分） / Amount in fen' })
  @Property({ type: new BigIntType('number') })
  amountFen!: number;

  @Field(() => LocalDate, { description: '拨付日期 / Date paid' })
  @Property({ type: 'date' })
  @Index()
  disbursedOn!: string;

  @Field({ description: '凭证号（唯一） / Voucher number, unique' })
  @Property({ length: 32 })
  @Unique()
  voucherNo!: string;

  @ManyToOne(() => User, { nullable: true })
  recordedBy?: User;
}
