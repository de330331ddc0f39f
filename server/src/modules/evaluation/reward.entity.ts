import { BigIntType, Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { registerEnum } from '../../graphql/enums';
import { Fen, LocalDate } from '../../graphql/scalars';
import { Expert } from '../expert/expert.entity';
import { Division } from '../geo/division.entity';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../shared/base.entity';
import { Evaluation } from './evaluation.entity';

export enum RewardKind {
  CASH = 'CASH',
  CERTIFICATE = 'CERTIFICATE',
  GOLD_CARD_B = 'GOLD_CARD_B',
}
registerEnum(RewardKind, 'RewardKind', '奖励类别（第十七、十八条） / Kind of reward for an excellent grade (Art. 17, 18)', {
  CASH: '5万元奖励金 / 50,000-yuan cash reward (Art. 17)',
  CERTIFICATE: '优秀科技副总证书 / Certificate of excellence (Art. 17)',
  GOLD_CARD_B: '聊城市人才服务金卡（B） / Liaocheng Talent Service Gold Card B (Art. 18)',
});

export enum RewardStatus {
  GRANTED = 'GRANTED',
  DISBURSED = 'DISBURSED',
}
registerEnum(RewardStatus, 'RewardStatus', '奖励状态 / Status of a reward', {
  GRANTED: '已授予（奖金待财政拨付） / Granted; cash awaits disbursement by finance',
  DISBURSED: '已拨付或已发放 / Paid out or handed over',
});

/** 奖励 / A reward following an excellent evaluation (Art. 17, 18). */
@ObjectType('Reward', {
  implements: Node,
  description:
    '考核优秀的奖励：奖金、证书或人才服务金卡（B） / A reward after an excellent grade: cash, certificate or Gold Card B (Art. 17, 18)',
})
@Entity()
@Unique({ properties: ['evaluation', 'kind'] })
@Check({ name: 'reward_amount_nonnegative', expression: 'amount_fen >= 0' })
@Check({ name: 'reward_voucher_cash_paid', expression: "voucher_no is null or (kind = 'CASH' and status = 'DISBURSED')" })
@Check({ name: 'reward_disbursed_dated', expression: "(status = 'DISBURSED') = (disbursed_on is not null)" })
export class Reward extends BaseEntity {
  @ManyToOne(() => Evaluation)
  evaluation!: Evaluation;

  @ManyToOne(() => Expert)
  @Index()
  expert!: Expert;

  @ManyToOne(() => Division)
  @Index()
  division!: Division;

  @Field(() => RewardKind, { description: '类别 / Kind' })
  @Enum(() => RewardKind)
  kind!: RewardKind;

  @Field(() => Fen, { description: '金额（分；证书与金卡为0） / Amount in fen (0 for certificate and card)' })
  @Property({ type: new BigIntType('number') })
  amountFen!: number;

  @Field({ nullable: true, description: '证书或金卡编号 / Certificate or card number' })
  @Property({ length: 64, nullable: true })
  @Unique()
  serialNo?: string;

  @Field(() => RewardStatus, { description: '状态 / Status' })
  @Enum(() => RewardStatus)
  status!: RewardStatus;

  @Field(() => LocalDate, { description: '授予日期 / Date granted' })
  @Property({ type: 'date' })
  grantedOn!: string;

  @Field(() => LocalDate, { nullable: true, description: '拨付或发放日期 / Date paid or handed over' })
  @Property({ type: 'date', nullable: true })
  disbursedOn?: string;

  @Field({ nullable: true, description: '奖金拨付凭证号（市财政局） / Voucher number of the cash payment (finance)' })
  @Property({ length: 32, nullable: true })
  @Unique({ name: 'reward_voucher_no_unique' })
  voucherNo?: string;
}
