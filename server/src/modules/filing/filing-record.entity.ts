import { Check, Entity, Enum, Index, ManyToOne, Opt, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { registerEnum } from '../../graphql/enums';
import { DateTime, LocalDate } from '../../graphql/scalars';
import { Application } from '../application/application.entity';
import { EvaluationCycle } from '../evaluation/evaluation-cycle.entity';
import { Division } from '../geo/division.entity';
import { User } from '../identity/user.entity';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../shared/base.entity';

export enum FilingKind {
  RECOGNITION = 'RECOGNITION',
  EVALUATION_RESULT = 'EVALUATION_RESULT',
}
registerEnum(FilingKind, 'FilingKind', '备案类别 / What is filed with the Organisation Department', {
  RECOGNITION: '拟认定人选（第十二条第4项） / A proposed recognition after party-group review (Art. 12.4)',
  EVALUATION_RESULT: '绩效考核结果（第十七条） / Results of a biennial evaluation (Art. 17)',
});

export enum FilingStatus {
  PENDING = 'PENDING',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
}
registerEnum(FilingStatus, 'FilingStatus', '备案状态 / Status of a filing record', {
  PENDING: '待组织部签收 / Awaiting acknowledgement by the Organisation Dept.',
  ACKNOWLEDGED: '组织部已签收 / Acknowledged by the Organisation Dept.',
});

/** 备案记录 / A record filed with the Organisation Department (Art. 12.4, 17). */
@ObjectType('FilingRecord', {
  implements: Node,
  description:
    '报市委组织部备案记录 / A record filed with the Organisation Department: a recognition (Art. 12.4) or evaluation results (Art. 17)',
})
@Entity()
@Check({
  name: 'filing_subject_matches_kind',
  expression: "(kind = 'RECOGNITION' and application_id is not null) or (kind = 'EVALUATION_RESULT' and evaluation_cycle_id is not null)",
})
@Check({
  name: 'filing_acknowledged_consistent',
  expression: "(status = 'ACKNOWLEDGED') = (acknowledged_at is not null)",
})
@Index({ properties: ['status', 'filedOn'] })
export class FilingRecord extends BaseEntity {
  @Field({ description: '备案编号（唯一） / Filing number, unique' })
  @Property({ length: 64 })
  @Unique()
  filingNo!: string;

  @Field(() => FilingKind, { description: '类别 / Kind' })
  @Enum(() => FilingKind)
  kind!: FilingKind;

  @ManyToOne(() => Application, { nullable: true })
  @Index()
  application?: Application;

  @ManyToOne(() => EvaluationCycle, { nullable: true })
  @Index()
  evaluationCycle?: EvaluationCycle;

  /** The county of the recognition filed; null for city-wide evaluation results. */
  @ManyToOne(() => Division, { nullable: true })
  @Index()
  division?: Division;

  @Field({ description: '标题 / Title' })
  @Property({ length: 200 })
  title!: string;

  @Field({ description: '摘要 / Summary of what is filed' })
  @Property({ columnType: 'text' })
  summary!: string;

  @Field(() => LocalDate, { description: '报送日期 / Date filed' })
  @Property({ type: 'date' })
  filedOn!: string;

  @ManyToOne(() => User, { nullable: true })
  filedBy?: User;

  @Field(() => FilingStatus, { description: '状态 / Status' })
  @Enum(() => FilingStatus)
  status!: FilingStatus;

  @Field(() => DateTime, { nullable: true, description: '签收时间 / When it was acknowledged' })
  @Property({ columnType: 'timestamptz', nullable: true })
  acknowledgedAt?: Date;

  @ManyToOne(() => User, { nullable: true })
  acknowledgedBy?: User;

  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
