import { Check, Entity, Enum, Index, ManyToOne, Opt, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTime, LocalDate } from '../../graphql/scalars';
import { Appointment } from '../appointment/appointment.entity';
import { Division } from '../geo/division.entity';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../shared/base.entity';
import { Confirmation, ServiceKind } from './ledger.enums';

/** 服务台账记录 / One service in an expert's ledger (Art. 7.1), confirmed or disputed by the enterprise. */
@ObjectType('LedgerEntry', {
  implements: Node,
  description:
    '服务台账记录：日期、类别、驻企天数、内容、效果、培训人数 / One entry of the service ledger: date, kind, days on site, content, effect, people trained (Art. 7)',
})
@Entity({ tableName: 'ledger_entry' })
@Check({ name: 'ledger_days_range', expression: 'days_on_site >= 0 and days_on_site <= 31' })
@Check({ name: 'ledger_trained_nonnegative', expression: 'people_trained >= 0' })
@Index({ properties: ['appointment', 'serviceDate'] })
@Index({ properties: ['division', 'serviceDate'] })
export class LedgerEntry extends BaseEntity {
  @ManyToOne(() => Appointment)
  appointment!: Appointment;

  @ManyToOne(() => Division)
  division!: Division;

  @Field(() => LocalDate, { description: '服务日期 / Date of service' })
  @Index()
  @Property({ type: 'date' })
  serviceDate!: string;

  @Field(() => ServiceKind, { description: '服务类别 / Kind of service' })
  @Enum(() => ServiceKind)
  kind!: ServiceKind;

  @Field(() => Int, { description: '驻企天数 / Days on site' })
  @Property({ type: 'smallint' })
  daysOnSite!: number;

  @Field({ description: '服务内容 / What was done' })
  @Property({ columnType: 'text' })
  content!: string;

  @Field({ description: '服务效果 / Effect for the enterprise' })
  @Property({ columnType: 'text' })
  effect!: string;

  @Field(() => Int, { description: '培养技术骨干人数 / Technical staff trained' })
  @Property({ type: 'smallint' })
  peopleTrained!: number;

  @Field(() => Confirmation, { description: '企业确认状态 / Enterprise confirmation' })
  @Enum(() => Confirmation)
  confirmation!: Confirmation;

  @Field(() => DateTime, { nullable: true, description: '确认或提出异议的时间 / When confirmed or disputed' })
  @Property({ columnType: 'timestamptz', nullable: true })
  confirmedAt?: Date;

  @Field({ nullable: true, description: '异议理由 / Why the enterprise disputes it' })
  @Property({ columnType: 'text', nullable: true })
  disputeReason?: string;

  /** Optimistic locking: the expert's edit names the version it read (Art. 7 ledger, work desks). */
  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
