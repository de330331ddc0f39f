import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Public } from '../../graphql/auth';
import type { Context, Viewer } from '../../graphql/context';
import { AuditService, verifyAuditChain } from '../audit/audit.service';
import { CLEAR_PERSONAL_DATA, READERS } from './access';
import { EnrolmentSubject, IdentityService, LoginResult } from './identity.service';
import { passwordChangeRequired, secondFactorPending } from './identity.errors';
import {
  AuditChainReportGql,
  CreateUserInputGql,
  LoginPayload,
  LoginStatus,
  Me,
  TotpEnrolmentGql,
  TotpEnrolmentResultGql,
} from './identity.types';
import { AppError, ErrorCode } from '../../graphql/errors';
import { Role } from './role';
import { User } from './user.entity';

export const SESSION_COOKIE = 'techvp_session';

const audit = new AuditService();

function sessionCookie(ctx: Context, token: string | null): string {
  const parts = [`${SESSION_COOKIE}=${token ?? ''}`, 'Path=/', 'HttpOnly', 'SameSite=Strict'];
  if (ctx.secure) parts.push('Secure');
  if (!token) parts.push('Max-Age=0');
  return parts.join('; ');
}

async function meOf(ctx: Context, viewer: Viewer): Promise<Me> {
  const user = await ctx.em.findOneOrFail(User, viewer.userId);
  const required = new IdentityService(ctx.em, audit).secondFactorRequiredFor(viewer.role);
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    divisionId: viewer.divisionId,
    enterpriseId: viewer.enterpriseId,
    expertId: viewer.expertId,
    readable: Object.entries(READERS)
      .filter(([, roles]) => roles.includes(viewer.role))
      .map(([name]) => name),
    seesPersonalData: CLEAR_PERSONAL_DATA.includes(viewer.role),
    secondFactorEnabled: !!user.totpEnabledAt,
    secondFactorRequired: required,
  };
}

/** A completed log-in: the session cookie, and the token for scripts that ask for it. */
async function signedIn(ctx: Context, result: LoginResult, issueToken: boolean): Promise<LoginPayload> {
  ctx.setCookie(sessionCookie(ctx, result.token));
  return {
    status: LoginStatus.SIGNED_IN,
    me: await meOf(ctx, result.viewer),
    token: issueToken ? result.token : null,
    challengeToken: null,
    challengeExpiresAt: null,
    message: null,
  };
}

/** The enrolment during log-in goes by the challenge; otherwise by the session. */
function enrolmentSubject(ctx: Context, challengeToken: string | null | undefined): EnrolmentSubject {
  if (challengeToken) return { challengeToken };
  if (ctx.viewer?.mustChangePassword) throw passwordChangeRequired('challengeToken');
  if (ctx.viewer) return { viewer: ctx.viewer };
  throw new AppError(ErrorCode.UNAUTHENTICATED, '请先登录 / Please log in first', { field: 'challengeToken' });
}

const issueTokenArg = { defaultValue: false, description: '同时返回令牌供脚本使用 / Also return the token, for scripts' };

/** Log-in, log-out, the current user, and account administration (ADMIN only). */
@Resolver()
export class IdentityResolver {
  @Public()
  @Query(() => Me, { nullable: true, description: '当前登录用户；未登录时为空 / The signed-in user; null when not signed in' })
  async me(@Ctx() ctx: Context): Promise<Me | null> {
    return ctx.viewer ? meOf(ctx, ctx.viewer) : null;
  }

  @Public()
  // Nullable, so that each aliased attempt in one request runs (and is counted) on its own.
  @Mutation(() => LoginPayload, {
    nullable: true,
    description:
      '登录：设置 HttpOnly 会话 Cookie；已启用两步验证的账号返回 SECOND_FACTOR_REQUIRED，再调用 verifySecondFactor；连续失败5次（含验证码错误）锁定30分钟 / Log in: sets an HttpOnly session cookie; accounts with a second factor get SECOND_FACTOR_REQUIRED and continue with verifySecondFactor; 5 consecutive failures (codes included) lock the account for 30 minutes',
  })
  async login(
    @Arg('username', { description: '登录名 / Log-in name' }) username: string,
    @Arg('password', { description: '密码 / Password' }) password: string,
    @Arg('issueToken', () => Boolean, issueTokenArg) issueToken: boolean,
    @Ctx() ctx: Context,
  ): Promise<LoginPayload> {
    const service = new IdentityService(ctx.em, audit);
    const result = await service.signIn(username, password, { ip: ctx.ip ?? undefined });
    if (result.status === 'SIGNED_IN') return signedIn(ctx, result, issueToken);
    return {
      status: result.status === 'ENROLMENT_REQUIRED' ? LoginStatus.ENROLMENT_REQUIRED : LoginStatus.SECOND_FACTOR_REQUIRED,
      me: null,
      token: null,
      challengeToken: result.challengeToken,
      challengeExpiresAt: result.challengeExpiresAt,
      message: secondFactorPending(result.status).message,
    };
  }

  @Public()
  @Mutation(() => LoginPayload, {
    nullable: true,
    description:
      '登录第二步：提交验证器应用的6位验证码或一个恢复码；错误计入登录失败次数 / Second step of a log-in: the authenticator app’s 6-digit code or a recovery code; wrong codes count toward the lockout',
  })
  async verifySecondFactor(
    @Arg('challengeToken', { description: 'login 返回的临时凭证 / The challenge token login returned' }) challengeToken: string,
    @Arg('code', { description: '6位验证码或恢复码 / The 6-digit code or a recovery code' }) code: string,
    @Arg('issueToken', () => Boolean, issueTokenArg) issueToken: boolean,
    @Ctx() ctx: Context,
  ): Promise<LoginPayload> {
    const result = await new IdentityService(ctx.em, audit).verifySecondFactor(challengeToken, code, { ip: ctx.ip ?? undefined });
    return signedIn(ctx, result, issueToken);
  }

  @Public()
  @Mutation(() => TotpEnrolmentGql, {
    description:
      '开始绑定两步验证：返回二维码与密钥（登录中用 challengeToken，已登录时用会话） / Begin enrolling a second factor: returns the QR code and secret (during log-in with challengeToken, else with the session)',
  })
  async beginTotpEnrolment(
    @Arg('challengeToken', () => String, { nullable: true, description: '登录时返回的临时凭证 / The challenge token from login' })
    challengeToken: string | null,
    @Ctx() ctx: Context,
  ): Promise<TotpEnrolmentGql> {
    return new IdentityService(ctx.em, audit).beginTotpEnrolment(enrolmentSubject(ctx, challengeToken));
  }

  @Public()
  @Mutation(() => TotpEnrolmentResultGql, {
    description:
      '确认绑定两步验证：提交应用显示的验证码，返回10个恢复码（仅显示一次）；登录中绑定时同时完成登录 / Confirm the enrolment with the app’s code: returns ten recovery codes (shown once); during log-in it also completes the log-in',
  })
  async confirmTotpEnrolment(
    @Arg('code', { description: '验证器应用显示的6位验证码 / The 6-digit code the app shows' }) code: string,
    @Arg('challengeToken', () => String, { nullable: true, description: '登录时返回的临时凭证 / The challenge token from login' })
    challengeToken: string | null,
    @Arg('issueToken', () => Boolean, issueTokenArg) issueToken: boolean,
    @Ctx() ctx: Context,
  ): Promise<TotpEnrolmentResultGql> {
    const result = await new IdentityService(ctx.em, audit).confirmTotpEnrolment(enrolmentSubject(ctx, challengeToken), code, {
      ip: ctx.ip ?? undefined,
    });
    return { recoveryCodes: result.recoveryCodes, login: result.session ? await signedIn(ctx, result.session, issueToken) : null };
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      '停用本人的两步验证（须提交当前验证码或恢复码；生产环境中特权角色不可停用） / Disable one’s own second factor with a current code or a recovery code (not for privileged roles in production)',
  })
  async disableTotp(
    @Arg('code', { description: '6位验证码或恢复码 / The 6-digit code or a recovery code' }) code: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await new IdentityService(ctx.em, audit).disableTotp(ctx.viewer!, code);
    return true;
  }

  @Authorized(READERS.User)
  @Mutation(() => Boolean, {
    description:
      '重置账号的两步验证（如手机丢失）并结束其会话；特权角色下次登录时重新绑定（系统管理员） / Reset an account’s second factor (e.g. a lost phone) and end its sessions; a privileged account enrols again at its next log-in (administrator)',
  })
  async resetUserSecondFactor(
    @Arg('userId', () => Int, { description: '账号行号 / Account id' }) userId: number,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await new IdentityService(ctx.em, audit).resetSecondFactor(userId, ctx.viewer!);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, { description: '退出登录，使会话失效 / Log out: ends the session' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    ctx.setCookie(sessionCookie(ctx, null));
    if (!ctx.token) return false;
    return new IdentityService(ctx.em, audit).logout(ctx.token);
  }

  @Authorized(READERS.User)
  @Mutation(() => Int, { description: '新建账号（系统管理员） / Create an account (administrator); returns its id' })
  async createUser(
    @Arg('input', () => CreateUserInputGql, { description: '账号信息 / The account' }) input: CreateUserInputGql,
    @Ctx() ctx: Context,
  ): Promise<number> {
    const user = await new IdentityService(ctx.em, audit).createUser(input, ctx.viewer!);
    return user.id;
  }

  @Authorized(READERS.User)
  @Mutation(() => Boolean, {
    description: '重置账号密码并结束其会话（系统管理员） / Reset an account’s password and end its sessions (administrator)',
  })
  async setUserPassword(
    @Arg('userId', () => Int, { description: '账号行号 / Account id' }) userId: number,
    @Arg('password', { description: '新密码 / New password' }) password: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await new IdentityService(ctx.em, audit).setPassword(userId, password, ctx.viewer!);
    return true;
  }

  @Authorized(READERS.User)
  @Mutation(() => Boolean, { description: '启用或停用账号（系统管理员） / Enable or disable an account (administrator)' })
  async setUserActive(
    @Arg('userId', () => Int, { description: '账号行号 / Account id' }) userId: number,
    @Arg('active', () => Boolean, { description: '是否启用 / Enabled' }) active: boolean,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await new IdentityService(ctx.em, audit).setActive(userId, active, ctx.viewer!);
    return true;
  }

  @Authorized(READERS.User)
  @Mutation(() => Boolean, { description: '解除登录锁定（系统管理员） / Lift a log-in lockout (administrator)' })
  async unlockUser(
    @Arg('userId', () => Int, { description: '账号行号 / Account id' }) userId: number,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await new IdentityService(ctx.em, audit).unlock(userId, ctx.viewer!);
    return true;
  }

  @Authorized(READERS.AuditLog)
  @Query(() => AuditChainReportGql, { description: '校验审计日志哈希链 / Verify the audit trail’s hash chain' })
  async verifyAuditChain(@Ctx() ctx: Context): Promise<AuditChainReportGql> {
    const report = await verifyAuditChain(ctx.em);
    return {
      ok: report.ok,
      checked: report.checked,
      firstBrokenId: report.firstBrokenId != null ? String(report.firstBrokenId) : null,
      reason: report.reason ?? null,
    };
  }
}

export const ADMIN_ONLY = [Role.ADMIN];
