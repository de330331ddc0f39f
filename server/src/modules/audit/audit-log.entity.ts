import { BigIntType, Entity, Index, JsonType, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars';

/**
 * 审计日志 / One append-only audit record: every mutation, log-in attempt and read of clear
 * personal data. Each row carries the hash of the previous row, so an edit breaks the chain.
 */
@ObjectType('AuditLog', {
  description: '审计日志（只增不改，哈希链防篡改） / An append-only audit record; a hash chain makes tampering detectable',
})
@Entity()
@Index({ properties: ['at'] })
export class AuditLog {
  @Field(() => String, { description: '序号 / Sequence number' })
  @PrimaryKey({ type: new BigIntType('number') })
  id!: number;

  @Field(() => DateTime, { description: '时间 / When' })
  @Property({ columnType: 'timestamptz' })
  at!: Date;

  @Field({ nullable: true, description: '用户名 / Who (log-in name); null for anonymous' })
  @Property({ length: 64, nullable: true })
  @Index()
  username?: string;

  @Field({ nullable: true, description: '角色 / Role at the time' })
  @Property({ length: 32, nullable: true })
  role?: string;

  @Field({ description: '操作 / Operation' })
  @Property({ length: 96 })
  @Index()
  operation!: string;

  @Field({ nullable: true, description: '对象类型 / Type of object touched' })
  @Property({ length: 64, nullable: true })
  objectType?: string;

  @Field({ nullable: true, description: '对象编号 / Ids of the objects touched' })
  @Property({ columnType: 'text', nullable: true })
  objectIds?: string;

  @Field({ description: '结果：OK、DENIED、FAILED / Result: OK, DENIED or FAILED' })
  @Property({ length: 16 })
  result!: string;

  @Property({ type: JsonType, nullable: true })
  detail?: unknown;

  @Property({ length: 64 })
  prevHash!: string;

  @Property({ length: 64 })
  @Index()
  hash!: string;
}
