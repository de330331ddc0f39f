import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { registerEnum } from '../../graphql/enums';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../shared/base.entity';

export enum DivisionKind {
  DISTRICT = 'DISTRICT',
  COUNTY = 'COUNTY',
  COUNTY_CITY = 'COUNTY_CITY',
  FUNCTIONAL_ZONE = 'FUNCTIONAL_ZONE',
}
registerEnum(DivisionKind, 'DivisionKind', '县级区划类别 / Kind of county-level division', {
  DISTRICT: '市辖区 / District',
  COUNTY: '县 / County',
  COUNTY_CITY: '县级市 / County-level city',
  FUNCTIONAL_ZONE: '功能区（按县级管理） / Functional zone, filing like a county',
});

/**
 * 县（市、区）及功能区 / A county-level division or functional zone of Liaocheng.
 * County bureaus run the preliminary review for their own division (Art. 12.1-2).
 */
@ObjectType('Division', {
  implements: Node,
  description: '县（市、区）或功能区 / A county-level division or functional zone of Liaocheng (Art. 12)',
})
@Entity()
export class Division extends BaseEntity {
  @Field({ description: '区划代码（GB/T 2260；功能区为自定代码） / Division code (GB/T 2260; own stable code for zones)' })
  @Property({ length: 16 })
  @Unique()
  code!: string;

  @Field({ description: '中文名称 / Name in Chinese' })
  @Property({ length: 64 })
  nameZh!: string;

  @Field({ description: '英文名称 / Name in English' })
  @Property({ length: 128 })
  nameEn!: string;

  @Field(() => DivisionKind, { description: '类别 / Kind of division' })
  @Enum(() => DivisionKind)
  kind!: DivisionKind;

  @Field(() => Int, { description: '显示顺序 / Display order' })
  @Property()
  sortOrder!: number;
}
