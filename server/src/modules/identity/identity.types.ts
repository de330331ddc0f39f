import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { Role } from './role';

@ObjectType('Me', { description: '当前登录用户 / The signed-in user' })
export class Me {
  @Field(() => Int, { description: '用户行号 / User id' })
  id!: number;

  @Field({ description: '登录名 / Log-in name' })
  username!: string;

  @Field({ description: '显示名称 / Display name' })
  displayName!: string;

  @Field(() => Role, { description: '角色 / Role' })
  role!: Role;

  @Field(() => Int, {
    nullable: true,
    description: '绑定的县（市、区）行号（县级账号） / Division the account is bound to (county accounts)',
  })
  divisionId!: number | null;

  @Field(() => Int, { nullable: true, description: '绑定的企业行号（企业账号） / Enterprise the account is bound to' })
  enterpriseId!: number | null;

  @Field(() => Int, { nullable: true, description: '绑定的专家行号（专家账号） / Expert the account is bound to' })
  expertId!: number | null;

  @Field(() => [String], { description: '可查看的数据类型，如 Appointment / Kinds of records this account may read, e.g. Appointment' })
  readable!: string[];

  @Field({ description: '是否可见身份证号、手机号明文 / Whether this account sees resident ID and phone numbers in clear' })
  seesPersonalData!: boolean;
}

@ObjectType('LoginPayload', { description: '登录结果 / Result of a log-in' })
export class LoginPayload {
  @Field(() => Me, { description: '登录的用户 / The user now signed in' })
  me!: Me;

  @Field(() => String, {
    nullable: true,
    description:
      '会话令牌，仅在 issueToken 为 true 时返回，供脚本以 Authorization: Bearer 使用 / Session token, returned only with issueToken: true, for scripts (Authorization: Bearer)',
  })
  token!: string | null;
}

@InputType('CreateUserInput', { description: '新建账号 / A new account' })
export class CreateUserInputGql {
  @Field({ description: '登录名 / Log-in name' })
  username!: string;

  @Field({ description: '显示名称 / Display name' })
  displayName!: string;

  @Field(() => Role, { description: '角色 / Role' })
  role!: Role;

  @Field(() => Int, { nullable: true, description: '县级账号绑定的区划行号 / Division, for county accounts' })
  divisionId?: number;

  @Field(() => Int, { nullable: true, description: '企业账号绑定的企业行号 / Enterprise, for enterprise accounts' })
  enterpriseId?: number;

  @Field(() => Int, { nullable: true, description: '专家账号绑定的专家行号 / Expert, for expert accounts' })
  expertId?: number;

  @Field({ description: '初始密码（至少12位，含三类字符） / Initial password: at least 12 characters of three classes' })
  password!: string;
}

@ObjectType('AuditChainReport', { description: '审计日志哈希链校验结果 / Result of verifying the audit hash chain' })
export class AuditChainReportGql {
  @Field({ description: '是否完整 / Whether the chain is intact' })
  ok!: boolean;

  @Field(() => Int, { description: '校验的记录数 / Records checked' })
  checked!: number;

  @Field(() => String, { nullable: true, description: '第一条不一致记录的序号 / First record that does not match' })
  firstBrokenId?: string | null;

  @Field(() => String, { nullable: true, description: '原因 / Why' })
  reason?: string | null;
}
