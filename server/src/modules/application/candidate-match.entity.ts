import { Check, Entity, Enum, Index, ManyToOne, Opt, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Expert } from '../expert/expert.entity';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../shared/base.entity';
import { Opinion } from './application.enums';
import { Application } from './application.entity';

/** 双向选择候选人 / A candidate expert for an application, with the three opinions (Art. 12.4). */
@ObjectType('CandidateMatch', {
  implements: Node,
  description:
    '双向选择候选专家及企业、单位、本人意见 / A candidate expert for an application with the opinions of enterprise, institution and expert (Art. 12.4)',
})
@Entity()
@Unique({ properties: ['application', 'expert'] })
@Check({ name: 'candidate_score_range', expression: 'score >= 0 and score <= 100' })
export class CandidateMatch extends BaseEntity {
  @ManyToOne(() => Application)
  @Index()
  application!: Application;

  @ManyToOne(() => Expert)
  @Index()
  expert!: Expert;

  @Field(() => Int, { description: '匹配得分（0-100） / Fit score, 0-100' })
  @Property()
  score!: number;

  @Field({ description: '得分说明 / Why this score' })
  @Property({ columnType: 'text' })
  rationale!: string;

  @Field(() => Opinion, { description: "企业意见 / Enterprise's opinion" })
  @Enum(() => Opinion)
  enterpriseOpinion!: Opinion;

  @Field(() => Opinion, { description: "派出单位意见 / Institution's opinion" })
  @Enum(() => Opinion)
  institutionOpinion!: Opinion;

  @Field(() => Opinion, { description: "专家本人意见 / Expert's own opinion" })
  @Enum(() => Opinion)
  expertOpinion!: Opinion;

  @Field(() => Boolean, { description: '是否最终选定 / Whether this candidate was chosen' })
  @Property({ type: 'boolean', default: false })
  selected: boolean & Opt = false;
}
