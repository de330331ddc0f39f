import { Check, Entity, Enum, Index, ManyToOne, Opt, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { registerEnum } from '../../graphql/enums';
import { LocalDate } from '../../graphql/scalars';
import { Appointment } from '../appointment/appointment.entity';
import { Division } from '../geo/division.entity';
import { Sector } from '../geo/sector.entity';
import { User } from '../identity/user.entity';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../shared/base.entity';
import { EvaluationCycle } from './evaluation-cycle.entity';

export enum Grade {
  EXCELLENT = 'EXCELLENT',
  GOOD = 'GOOD',
  QUALIFIED = 'QUALIFIED',
  UNQUALIFIED = 'UNQUALIFIED',
}
registerEnum(Grade, 'Grade', '考核等级（第十七条） / Evaluation grade (Art. 17)', {
  EXCELLENT: '优秀：奖励5万元、证书、人才服务金卡（B） / Excellent: 50,000-yuan reward, certificate, Gold Card B (Art. 17, 18)',
  GOOD: '良好 / Good',
  QUALIFIED: '合格 / Qualified',
  UNQUALIFIED:
    '不合格：撤销资格、取消项目资格、两年内不得申报 / Unqualified: revoked, project eligibility cancelled, two-year ban (Art. 17)',
});

/**
 * Where a grade stands (Art. 17: "a third-party agency may assist, the bureau decides"): the
 * agency's grade is a proposal until the S&T bureau approves it or sends it back; a grade the
 * bureau enters itself is decided at once. Only a decided grade has consequences (Art. 17-19).
 */
export enum EvaluationStatus {
  PROPOSED = 'PROPOSED',
  RETURNED = 'RETURNED',
  DECIDED = 'DECIDED',
}
registerEnum(EvaluationStatus, 'EvaluationStatus', '考核等级的状态（第十七条） / Where a grade stands (Art. 17)', {
  PROPOSED: '受托机构建议，待市科技局决定 / Proposed by the agency, awaiting the bureau',
  RETURNED: '市科技局退回，待重新评定 / Sent back by the bureau, to be graded again',
  DECIDED: '市科技局已决定，后果已执行 / Decided by the bureau; its consequences applied',
});

/** 绩效考核结果 / One appointment's grade in one evaluation cycle (Art. 17). */
@ObjectType('Evaluation', {
  implements: Node,
  description: "一名科技副总在一个考核周期的等级 / One appointment's grade in one biennial evaluation cycle (Art. 17)",
})
@Entity()
@Unique({ properties: ['cycle', 'appointment'] })
@Check({ name: 'evaluation_score_range', expression: 'score is null or (score >= 0 and score <= 100)' })
@Check({
  name: 'evaluation_decision_state',
  expression:
    "(status = 'RETURNED') = (return_reason is not null) and (status = 'DECIDED' or (decided_on is null and decided_by_id is null))",
})
@Index({ properties: ['cycle', 'grade'] })
@Index({ properties: ['cycle', 'status'] })
@Index({ properties: ['division', 'cycle'] })
export class Evaluation extends BaseEntity {
  @ManyToOne(() => EvaluationCycle)
  cycle!: EvaluationCycle;

  @ManyToOne(() => Appointment)
  @Index()
  appointment!: Appointment;

  @ManyToOne(() => Division)
  division!: Division;

  @ManyToOne(() => Sector)
  sector!: Sector;

  @Field(() => Grade, { description: '等级 / Grade' })
  @Enum(() => Grade)
  grade!: Grade;

  @Field(() => Int, { nullable: true, description: '得分（0-100） / Score, 0-100' })
  @Property({ nullable: true })
  score?: number;

  @Field(() => LocalDate, { description: '评定日期 / Date graded' })
  @Property({ type: 'date' })
  gradedOn!: string;

  @ManyToOne(() => User, { nullable: true })
  gradedBy?: User;

  @Field(() => EvaluationStatus, { description: '状态：建议、退回或已决定 / Proposed, sent back or decided' })
  @Enum({ items: () => EvaluationStatus, default: EvaluationStatus.DECIDED })
  status: EvaluationStatus & Opt = EvaluationStatus.DECIDED;

  @Field(() => LocalDate, {
    nullable: true,
    description: '市科技局决定日期（后果自此日起执行） / Day the bureau decided (consequences take effect that day)',
  })
  @Property({ type: 'date', nullable: true })
  decidedOn?: string;

  @ManyToOne(() => User, { nullable: true })
  decidedBy?: User;

  @Field({ nullable: true, description: '退回理由 / Why the bureau sent the proposal back' })
  @Property({ columnType: 'text', nullable: true })
  returnReason?: string;

  @Field({ nullable: true, description: '评语 / Remarks' })
  @Property({ columnType: 'text', nullable: true })
  remarks?: string;

  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
