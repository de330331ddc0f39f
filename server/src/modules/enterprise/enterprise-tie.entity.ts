import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { registerEnum } from '../../graphql/enums';
import { LocalDate } from '../../graphql/scalars';
import { Expert } from '../expert/expert.entity';
import { Institution } from '../institution/institution.entity';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../shared/base.entity';
import { Enterprise } from './enterprise.entity';

export enum TieKind {
  FOUNDER = 'FOUNDER',
  INVESTOR = 'INVESTOR',
}
registerEnum(TieKind, 'TieKind', '与企业的关系（规则N2） / Relationship to the enterprise (rule N2)', {
  FOUNDER: '创办 / Founded it',
  INVESTOR: '入股 / Holds shares in it',
});

/**
 * 企业的创办或入股关系 / A founding or shareholding tie between an enterprise and an expert or
 * an institution. Rule N2 (Art. 9.1) excludes enterprises founded by, or invested in by, the
 * proposed expert or the expert's institution; the matching helper excludes them too.
 */
@ObjectType('EnterpriseTie', {
  implements: Node,
  description:
    '企业的创办或入股关系（规则N2） / A founding or shareholding tie of an expert or institution to an enterprise (rule N2, Art. 9.1)',
})
@Entity()
@Check({ name: 'enterprise_tie_one_party', expression: '(expert_id is null) <> (institution_id is null)' })
export class EnterpriseTie extends BaseEntity {
  @ManyToOne(() => Enterprise)
  @Index()
  enterprise!: Enterprise;

  @ManyToOne(() => Expert, { nullable: true })
  @Index()
  expert?: Expert;

  @ManyToOne(() => Institution, { nullable: true })
  @Index()
  institution?: Institution;

  @Field(() => TieKind, { description: '关系 / Kind of tie' })
  @Enum(() => TieKind)
  kind!: TieKind;

  @Field(() => LocalDate, { description: '起始日期 / Since' })
  @Property({ type: 'date' })
  since!: string;
}
