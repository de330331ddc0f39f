import { BigIntType, Check, Entity, Enum, Index, ManyToOne, OneToOne, Opt, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { registerEnum } from '../../graphql/enums';
import { Fen, LocalDate } from '../../graphql/scalars';
import { Position } from '../application/application.enums';
import { Application } from '../application/application.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Expert } from '../expert/expert.entity';
import { Division } from '../geo/division.entity';
import { Sector } from '../geo/sector.entity';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../shared/base.entity';

export enum AppointmentStatus {
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  REVOKED = 'REVOKED',
  TERMINATED = 'TERMINATED',
}
registerEnum(AppointmentStatus, 'AppointmentStatus', '任职状态 / Status of an appointment', {
  ACTIVE: '在任 / Serving',
  COMPLETED: '期满 / Service period completed',
  REVOKED: '考核不合格被撤销（第十七条） / Revoked after an unqualified evaluation (Art. 17)',
  TERMINATED: '提前终止 / Ended early for another reason',
});

export enum AppointmentOrigin {
  CALL = 'CALL',
  LEGACY = 'LEGACY',
}
registerEnum(AppointmentOrigin, 'AppointmentOrigin', '任职来源 / How the appointment came about', {
  CALL: '按本办法年度征集认定 / Recognised through a yearly call under the measures',
  LEGACY: '本办法施行前已开展，按第二十三条纳入管理 / Begun before the measures and brought under them by Art. 23',
});

/**
 * 科技副总任职 / A technology vice-president appointment: one expert serving one enterprise
 * for at least two years (Art. 2, 5). The database itself refuses a second active appointment
 * for the same expert (rule E4) and a service period shorter than two years (rule E6).
 */
@ObjectType('Appointment', {
  implements: Node,
  description:
    '科技副总任职 / A technology vice-president appointment: one expert serving one enterprise for at least two years (Art. 2, 5)',
})
@Entity()
@Unique({
  name: 'appointment_one_active_per_expert',
  expression: "create unique index appointment_one_active_per_expert on appointment (expert_id) where status = 'ACTIVE'",
})
@Check({
  name: 'appointment_period_two_years',
  expression: "service_end >= ((service_start + '2 years'::interval) - '1 day'::interval)::date",
})
@Check({ name: 'appointment_allowance_nonnegative', expression: 'monthly_allowance_fen >= 0' })
// The end of an appointment agrees with its status (Art. 5.2, 17; docs/workflow.md "An appointment's end"):
// serving and completed ones have no early end; revoked and terminated ones have the day and the reason.
@Check({
  name: 'appointment_unended_has_no_end',
  expression: "status <> all (array['ACTIVE', 'COMPLETED']) or (ended_on is null and end_reason is null)",
})
@Check({
  name: 'appointment_ended_has_date_and_reason',
  expression:
    "status <> all (array['REVOKED', 'TERMINATED']) or (ended_on is not null and end_reason is not null and btrim(end_reason) <> '')",
})
// Nothing ends before it began: the recognition, or the start of service for records without one.
@Check({ name: 'appointment_ended_after_start', expression: 'ended_on is null or ended_on >= least(recognised_on, service_start)' })
// Ended early means before the period's last day; a revocation may follow it (the last cycle is graded afterwards).
@Check({ name: 'appointment_terminated_within_period', expression: "status <> 'TERMINATED' or ended_on <= service_end" })
@Index({ properties: ['division', 'status'] })
@Index({ properties: ['sector', 'status'] })
export class Appointment extends BaseEntity {
  @ManyToOne(() => Expert)
  @Index()
  expert!: Expert;

  @ManyToOne(() => Enterprise)
  @Index()
  enterprise!: Enterprise;

  @ManyToOne(() => Division)
  division!: Division;

  @ManyToOne(() => Sector)
  sector!: Sector;

  @OneToOne(() => Application, { nullable: true, owner: true, unique: true })
  application?: Application;

  @Field(() => AppointmentOrigin, { description: '来源 / Origin' })
  @Enum(() => AppointmentOrigin)
  origin!: AppointmentOrigin;

  @Field(() => Int, { description: '批次年度 / Cohort year' })
  @Property()
  @Index()
  cohortYear!: number;

  @Field(() => Position, { description: '兼任职务 / Position held' })
  @Enum(() => Position)
  position!: Position;

  @Field(() => LocalDate, { description: '服务开始日期 / Start of service' })
  @Property({ type: 'date' })
  serviceStart!: string;

  @Field(() => LocalDate, {
    description: '服务结束日期（不少于两年，规则E6） / End of service, at least two years after the start (rule E6)',
  })
  @Property({ type: 'date' })
  serviceEnd!: string;

  @Field({ nullable: true, description: '认定文号，如 聊科副总〔2026〕1号 / Recognition document number' })
  @Property({ length: 64, nullable: true })
  @Unique()
  recognitionDocNo?: string;

  @Field({ nullable: true, description: '证书编号（唯一） / Certificate number, unique' })
  @Property({ length: 64, nullable: true })
  @Unique()
  certificateNo?: string;

  @Field(() => LocalDate, { nullable: true, description: '认定日期 / Date of recognition' })
  @Property({ type: 'date', nullable: true })
  recognisedOn?: string;

  @Field(() => AppointmentStatus, { description: '状态 / Status' })
  @Enum(() => AppointmentStatus)
  @Index()
  status!: AppointmentStatus;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      '撤销或终止日期；在任、期满者为空，撤销、终止者必填 / Date revoked or ended early; empty while serving or completed, required once revoked or terminated',
  })
  @Property({ type: 'date', nullable: true })
  endedOn?: string;

  @Field({
    nullable: true,
    description: '撤销或终止原因（撤销、终止者必填） / Reason for revocation or early end, required once revoked or terminated',
  })
  @Property({ columnType: 'text', nullable: true })
  endReason?: string;

  @Field(() => Fen, { description: '企业每月生活补助及交通费（分） / Monthly allowance paid by the enterprise, in fen (Art. 11.2)' })
  @Property({ type: new BigIntType('number') })
  monthlyAllowanceFen!: number;

  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
