import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { registerEnum } from '../../graphql/enums';
import { DateTime } from '../../graphql/scalars';
import { Role } from './role';

export enum LoginStatus {
  SIGNED_IN = 'SIGNED_IN',
  SECOND_FACTOR_REQUIRED = 'SECOND_FACTOR_REQUIRED',
  ENROLMENT_REQUIRED = 'ENROLMENT_REQUIRED',
}
registerEnum(LoginStatus, 'LoginStatus', '登录进度 / How far a log-in got', {
  SIGNED_IN: '已登录，会话已建立 / Signed in: the session is open',
  SECOND_FACTOR_REQUIRED:
    '密码正确，请用 verifySecondFactor 提交6位验证码或恢复码 / Password accepted: send the 6-digit code or a recovery code to verifySecondFactor',
  ENROLMENT_REQUIRED:
    '密码正确，该角色须先绑定两步验证（beginTotpEnrolment、confirmTotpEnrolment） / Password accepted: this role must enrol a second factor first (beginTotpEnrolment, confirmTotpEnrolment)',
});

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

  @Field({ description: '是否已启用两步验证（TOTP） / Whether a second factor (TOTP) is enrolled' })
  secondFactorEnabled!: boolean;

  @Field({
    description:
      '本部署是否要求该角色使用两步验证（生产环境的市科技局、市委组织部、市财政局、系统管理员） / Whether this deployment requires a second factor of this role (production: ST_BUREAU, ORG_DEPT, FINANCE, ADMIN)',
  })
  secondFactorRequired!: boolean;
}

@ObjectType('LoginPayload', { description: '登录结果 / Result of a log-in' })
export class LoginPayload {
  @Field(() => LoginStatus, { description: '登录进度 / How far the log-in got' })
  status!: LoginStatus;

  @Field(() => Me, {
    nullable: true,
    description: '登录的用户；仅 status 为 SIGNED_IN 时返回 / The user now signed in; only when status is SIGNED_IN',
  })
  me!: Me | null;

  @Field(() => String, {
    nullable: true,
    description: '下一步所用的临时凭证（5分钟内有效，不是会话） / Short-lived token for the next step (5 minutes; not a session)',
  })
  challengeToken!: string | null;

  @Field(() => DateTime, { nullable: true, description: '临时凭证失效时间 / When the challenge token expires' })
  challengeExpiresAt!: Date | null;

  @Field(() => String, { nullable: true, description: '给用户的提示 / What to tell the user' })
  message!: string | null;

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

@ObjectType('TotpEnrolment', { description: '两步验证绑定信息 / A second factor (TOTP) offered for enrolment' })
export class TotpEnrolmentGql {
  @Field({ description: '密钥（Base32），无法扫码时手动输入 / The secret (base32), to type in when the QR code cannot be scanned' })
  secret!: string;

  @Field({ description: 'otpauth:// 地址 / The otpauth:// URI' })
  otpauthUri!: string;

  @Field({ description: '二维码图片（SVG 数据地址），用验证器应用扫描 / QR code image (SVG data URL) to scan with an authenticator app' })
  qrCodeDataUrl!: string;
}

@ObjectType('TotpEnrolmentResult', { description: '两步验证绑定结果 / Result of enrolling a second factor' })
export class TotpEnrolmentResultGql {
  @Field(() => [String], {
    description: '10个一次性恢复码，仅此一次显示，请妥善保存 / Ten one-time recovery codes, shown this once only: keep them safe',
  })
  recoveryCodes!: string[];

  @Field(() => LoginPayload, {
    nullable: true,
    description: '登录中绑定时：登录完成的结果 / When enrolled during log-in: the completed log-in',
  })
  login!: LoginPayload | null;
}
