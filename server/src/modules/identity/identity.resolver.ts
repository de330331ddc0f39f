import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Public } from '../../graphql/auth';
import type { Context, Viewer } from '../../graphql/context';
import { AuditService, verifyAuditChain } from '../audit/audit.service';
import { CLEAR_PERSONAL_DATA, READERS } from './access';
import { IdentityService } from './identity.service';
import { AuditChainReportGql, CreateUserInputGql, LoginPayload, Me } from './identity.types';
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
  };
}

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
      '登录：设置 HttpOnly 会话 Cookie；连续失败5次锁定30分钟 / Log in: sets an HttpOnly session cookie; 5 consecutive failures lock the account for 30 minutes',
  })
  async login(
    @Arg('username', { description: '登录名 / Log-in name' }) username: string,
    @Arg('password', { description: '密码 / Password' }) password: string,
    @Arg('issueToken', () => Boolean, { defaultValue: false, description: '同时返回令牌供脚本使用 / Also return the token, for scripts' })
    issueToken: boolean,
    @Ctx() ctx: Context,
  ): Promise<LoginPayload> {
    const service = new IdentityService(ctx.em, audit);
    const result = await service.login(username, password, { ip: ctx.ip ?? undefined });
    ctx.setCookie(sessionCookie(ctx, result.token));
    return { me: await meOf(ctx, result.viewer), token: issueToken ? result.token : null };
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
