import { BigIntType, Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { registerEnum } from '../../graphql/enums';
import { Fen, LocalDate } from '../../graphql/scalars';
import { Application } from '../application/application.entity';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../shared/base.entity';
import { Appointment } from './appointment.entity';

export enum AgreementKind {
  TRIPARTITE = 'TRIPARTITE',
  CONFIDENTIALITY = 'CONFIDENTIALITY',
}
registerEnum(AgreementKind, 'AgreementKind', '协议类别 / Kind of agreement', {
  TRIPARTITE: '企业、专家、派出单位三方协议（第十三条第2项） / Tripartite agreement of enterprise, expert and institution (Art. 13.2)',
  CONFIDENTIALITY: '保密协议（第八条） / Confidentiality agreement with the enterprise (Art. 8)',
});

/**
 * 三方协议或保密协议 / A tripartite (Art. 13.2) or confidentiality (Art. 8) agreement.
 * The confidentiality agreement is signed by the expert and the enterprise and recorded with the
 * appointment at recognition: one per appointment, with who signed for the enterprise, the day
 * and the reference of the signed text (docs/workflow.md "The confidentiality agreement").
 */
@ObjectType('Agreement', {
  implements: Node,
  description: '三方协议（第十三条）或保密协议（第八条） / A tripartite agreement (Art. 13.2) or confidentiality agreement (Art. 8)',
})
@Entity()
@Check({ name: 'agreement_has_subject', expression: 'application_id is not null or appointment_id is not null' })
@Check({ name: 'agreement_period_ordered', expression: 'service_end is null or service_start is null or service_end > service_start' })
@Check({ name: 'agreement_allowance_nonnegative', expression: 'monthly_allowance_fen is null or monthly_allowance_fen >= 0' })
@Check({
  name: 'agreement_confidentiality_recorded',
  expression:
    "kind <> 'CONFIDENTIALITY' or (appointment_id is not null and enterprise_signatory is not null and btrim(enterprise_signatory) <> '' and document_ref is not null and btrim(document_ref) <> '')",
})
@Unique({
  name: 'agreement_one_confidentiality_per_appointment',
  expression:
    "create unique index agreement_one_confidentiality_per_appointment on agreement (appointment_id) where kind = 'CONFIDENTIALITY'",
})
export class Agreement extends BaseEntity {
  @ManyToOne(() => Application, { nullable: true })
  @Index()
  application?: Application;

  @ManyToOne(() => Appointment, { nullable: true })
  @Index()
  appointment?: Appointment;

  @Field(() => AgreementKind, { description: '协议类别 / Kind' })
  @Enum(() => AgreementKind)
  kind!: AgreementKind;

  @Field(() => LocalDate, { description: '签订日期 / Date signed' })
  @Property({ type: 'date' })
  signedOn!: string;

  @Field(() => LocalDate, { nullable: true, description: '服务期限开始 / Service period start (tripartite)' })
  @Property({ type: 'date', nullable: true })
  serviceStart?: string;

  @Field(() => LocalDate, { nullable: true, description: '服务期限结束 / Service period end (tripartite)' })
  @Property({ type: 'date', nullable: true })
  serviceEnd?: string;

  @Field({ description: '工作内容或保密范围 / Work content, or scope of confidentiality' })
  @Property({ columnType: 'text' })
  content!: string;

  @Field({ nullable: true, description: '知识产权归属 / Ownership of intellectual property (tripartite)' })
  @Property({ columnType: 'text', nullable: true })
  ipOwnership?: string;

  @Field({ nullable: true, description: '经费保障 / Funding terms (tripartite)' })
  @Property({ columnType: 'text', nullable: true })
  fundingTerms?: string;

  @Field(() => Fen, { nullable: true, description: '每月生活补助（分） / Monthly allowance in fen (tripartite)' })
  @Property({ type: new BigIntType('number'), nullable: true })
  monthlyAllowanceFen?: number;

  @Field({
    nullable: true,
    description:
      '企业方签字人及职务（保密协议必填；专家本人为另一方） / Who signed for the enterprise, with their capacity (required for a confidentiality agreement; the expert signs as the other party)',
  })
  @Property({ length: 100, nullable: true })
  enterpriseSignatory?: string;

  @Field({
    nullable: true,
    description:
      '协议文本编号或存档引用（保密协议必填） / Number or archive reference of the signed text (required for a confidentiality agreement)',
  })
  @Property({ length: 100, nullable: true })
  documentRef?: string;
}
