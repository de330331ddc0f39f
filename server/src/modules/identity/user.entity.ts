import { Check, Entity, Enum, Index, ManyToOne, Opt, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Expert } from '../expert/expert.entity';
import { Division } from '../geo/division.entity';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../shared/base.entity';
import { Role } from './role';

/** 用户账号 / A user account with one role; county, enterprise and expert accounts are bound. */
@ObjectType('User', {
  implements: Node,
  description:
    '用户账号：一个角色；县级、企业、专家账号绑定其对象 / A user account with one role; county, enterprise and expert accounts are bound to theirs',
})
@Entity({ tableName: 'app_user' })
@Check({ name: 'user_county_bound', expression: "role <> 'COUNTY_BUREAU' or division_id is not null" })
@Check({ name: 'user_enterprise_bound', expression: "role <> 'ENTERPRISE' or enterprise_id is not null" })
@Check({ name: 'user_expert_bound', expression: "role <> 'EXPERT' or expert_id is not null" })
export class User extends BaseEntity {
  @Field({ description: '登录名（唯一） / Log-in name, unique' })
  @Property({ length: 64 })
  @Unique()
  username!: string;

  @Field({ description: '显示名称 / Display name' })
  @Property({ length: 64 })
  displayName!: string;

  @Field(() => Role, { description: '角色 / Role' })
  @Enum(() => Role)
  role!: Role;

  @ManyToOne(() => Division, { nullable: true })
  @Index()
  division?: Division;

  @ManyToOne(() => Enterprise, { nullable: true })
  enterprise?: Enterprise;

  @ManyToOne(() => Expert, { nullable: true })
  expert?: Expert;

  /** argon2id hash; null until a password is set. */
  @Property({ columnType: 'text', nullable: true, lazy: true, hidden: true })
  passwordHash?: string;

  @Field(() => Boolean, { description: '是否启用 / Whether the account may log in' })
  @Property({ type: 'boolean', default: true })
  active: boolean & Opt = true;

  @Field(() => Int, { description: '连续登录失败次数 / Consecutive failed log-in attempts' })
  @Property({ type: 'integer', default: 0 })
  failedAttempts: number & Opt = 0;

  @Field(() => DateTime, { nullable: true, description: '锁定至 / Locked until' })
  @Property({ columnType: 'timestamptz', nullable: true })
  lockedUntil?: Date;

  @Field(() => DateTime, { nullable: true, description: '最近登录时间 / Last successful log-in' })
  @Property({ columnType: 'timestamptz', nullable: true })
  lastLoginAt?: Date;

  /**
   * The TOTP secret (RFC 6238), sealed with the personal-data cipher (domain/pii.ts); null until
   * a second factor is enrolled. Never selected by GraphQL, never logged.
   */
  @Property({ columnType: 'text', nullable: true, lazy: true, hidden: true })
  totpSecret?: string;

  /** A secret shown for enrolment but not yet confirmed with a code (sealed likewise). */
  @Property({ columnType: 'text', nullable: true, lazy: true, hidden: true })
  totpPendingSecret?: string;

  @Field(() => DateTime, {
    nullable: true,
    description: '两步验证（TOTP）启用时间；为空表示未启用 / When the second factor (TOTP) was enrolled; null when not enrolled',
  })
  @Property({ columnType: 'timestamptz', nullable: true })
  totpEnabledAt?: Date;

  /** The last accepted 30-second step: a code of that step or an earlier one is a replay. */
  @Property({ columnType: 'bigint', nullable: true, hidden: true })
  totpLastStep?: string;

  /** Set when an administrator resets the password: the user chooses a new one at the next sign-in. */
  @Property({ type: 'boolean', default: false })
  mustChangePassword: boolean & Opt = false;
}
