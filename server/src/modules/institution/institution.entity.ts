import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { registerEnum } from '../../graphql/enums';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../shared/base.entity';

export enum InstitutionKind {
  UNIVERSITY = 'UNIVERSITY',
  INSTITUTE = 'INSTITUTE',
}
registerEnum(InstitutionKind, 'InstitutionKind', '派出单位类别 / Kind of sending institution', {
  UNIVERSITY: '高校 / University',
  INSTITUTE: '科研院所 / Research institute',
});

/** 高校院所（派出单位） / A university or research institute that sends experts (Art. 2, 14). */
@ObjectType('Institution', {
  implements: Node,
  description: '高校院所（派出单位） / A university or research institute that sends experts (Art. 2, 14)',
})
@Entity()
export class Institution extends BaseEntity {
  @Field({ description: '单位代码（英文名称的稳定缩写） / Stable institution code derived from its English name' })
  @Property({ length: 96 })
  @Unique()
  code!: string;

  @Field({ description: '中文名称 / Name in Chinese' })
  @Property({ length: 128 })
  @Unique()
  nameZh!: string;

  @Field({ description: '英文名称 / Name in English' })
  @Property({ length: 160 })
  nameEn!: string;

  @Field(() => InstitutionKind, { description: '类别 / Kind' })
  @Enum(() => InstitutionKind)
  kind!: InstitutionKind;

  @Field({ description: '所在城市 / City where it is located' })
  @Property({ length: 32 })
  city!: string;
}
