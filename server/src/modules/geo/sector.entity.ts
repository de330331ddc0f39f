import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../shared/base.entity';

/** 重点支持领域 / A priority sector of Art. 10 (or traditional-industry upgrading). */
@ObjectType('Sector', {
  implements: Node,
  description:
    '产业领域（第十条重点支持领域及传统产业转型升级） / Industry sector: the priority sectors of Art. 10 and traditional-industry upgrading',
})
@Entity()
export class Sector extends BaseEntity {
  @Field({ description: '领域代码，如 AI、NEW_MATERIALS / Sector code, e.g. AI, NEW_MATERIALS' })
  @Property({ length: 32 })
  @Unique()
  code!: string;

  @Field({ description: '中文名称 / Name in Chinese' })
  @Property({ length: 64 })
  nameZh!: string;

  @Field({ description: '英文名称 / Name in English' })
  @Property({ length: 128 })
  nameEn!: string;

  @Field({ description: '是否第十条重点领域 / Whether it is a priority sector of Art. 10' })
  @Property()
  priority!: boolean;

  @Field(() => Int, { description: '显示顺序 / Display order' })
  @Property()
  sortOrder!: number;
}
