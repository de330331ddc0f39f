/**
 * The administrator's account desk beyond identity.resolver.ts: reset a password (the user sets
 * a new one at the next sign-in), bind an account, and the user's own password change. Added
 * as a file of its own while identity.resolver.ts changes for two-factor sign-in.
 */
import { Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, FieldResolver, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { registerEnum } from '../../graphql/enums';
import type { Context } from '../../graphql/context';
import { AuditLog } from '../audit/audit-log.entity';
import { AuditService } from '../audit/audit.service';
import { READERS } from './access';
import { AccountAction, accountActions } from './account-actions';
import { AccountAdminService, type BindingKind } from './account-admin.service';
import { Me } from './identity.types';
import { User } from './user.entity';

const audit = new AuditService();

registerEnum(AccountAction, 'AccountAction', '账号可办理的操作（系统管理员） / An action on an account (administrator)', {
  DISABLE: '停用（不能停用本人账号） / Disable (not one’s own account)',
  ENABLE: '启用 / Enable',
  UNLOCK: '解除登录锁定（有失败次数或已锁定时） / Lift the log-in lock (after failed log-ins or while locked)',
  RESET_PASSWORD: '重置为临时密码（不能重置本人密码） / Reset to a temporary password (not one’s own)',
  BIND: '绑定企业、专家或区划（仅企业、专家、县级账号） / Bind to an enterprise, expert or county (those accounts only)',
});

enum BindingKindGql {
  DIVISION = 'division',
  ENTERPRISE = 'enterprise',
  EXPERT = 'expert',
}
registerEnum(BindingKindGql, 'BindingKind', '账号绑定的对象类别 / What an account is bound to', {
  DIVISION: '县（市、区）（县级账号） / County (county accounts)',
  ENTERPRISE: '企业（企业账号） / Enterprise (enterprise accounts)',
  EXPERT: '专家（专家账号） / Expert (expert accounts)',
});

@ObjectType('BindingCandidate', {
  description: '可绑定的对象：行号、名称与一项识别信息 / A record an account may be bound to: id, name and one identifying detail',
})
class BindingCandidateGql {
  @Field(() => Int, { description: '行号 / Row id' })
  id!: number;

  @Field({ description: '名称 / Name' })
  name!: string;

  @Field({
    description:
      '识别信息：企业为统一社会信用代码，专家为所在单位，区划为区划代码 / Identifying detail: credit code (enterprise), institution (expert), division code',
  })
  detail!: string;
}
const service = (ctx: Context) => new AccountAdminService(ctx.em, audit);

@InputType('BindUserInput', {
  description: '绑定账号：企业账号绑定企业，专家账号绑定专家，县级账号绑定区划 / Bind an account to its enterprise, expert or county',
})
export class BindUserInputGql {
  @Field(() => Int, { description: '账号行号 / Account id' })
  @Min(1, { message: '账号行号须为正整数 / userId must be a positive id' })
  userId!: number;

  @Field(() => Int, { nullable: true, description: '区划行号（县级账号） / Division id, for county accounts' })
  divisionId?: number | null;

  @Field(() => Int, { nullable: true, description: '企业行号（企业账号） / Enterprise id, for enterprise accounts' })
  enterpriseId?: number | null;

  @Field(() => Int, { nullable: true, description: '专家行号（专家账号） / Expert id, for expert accounts' })
  expertId?: number | null;
}

@Resolver()
export class AccountAdminResolver {
  @Authorized(READERS.User)
  @Mutation(() => String, {
    description:
      '重置密码为一次性临时密码并结束其会话，用户下次登录须设新密码（系统管理员；临时密码只返回这一次） / Reset to a one-time temporary password and end the sessions; the user sets a new one at the next sign-in (administrator; the temporary password is returned only now)',
  })
  resetUserPassword(@Arg('userId', () => Int, { description: '账号行号 / Account id' }) userId: number, @Ctx() ctx: Context) {
    return service(ctx).resetPassword(userId, ctx.viewer!);
  }

  @Authorized(READERS.User)
  @Mutation(() => User, {
    description: '绑定账号所属的企业、专家或区划（系统管理员） / Bind an account to its enterprise, expert or county (administrator)',
  })
  bindUser(
    @Arg('input', () => BindUserInputGql, { description: '账号与绑定对象 / The account and its record' }) input: BindUserInputGql,
    @Ctx() ctx: Context,
  ) {
    return service(ctx).bind(input, ctx.viewer!);
  }

  @Authorized(READERS.User)
  @Query(() => [BindingCandidateGql], {
    description:
      '按名称、统一社会信用代码、所在单位或区划代码查找可绑定的对象（系统管理员；最多20条，只返回行号、名称和识别信息） / Find records to bind an account to by name, credit code, institution or division code (administrator; at most 20; id, name and detail only)',
  })
  bindingCandidates(
    @Arg('kind', () => BindingKindGql, { description: '对象类别 / What to bind to' }) kind: BindingKindGql,
    @Arg('search', { description: '名称或识别信息中的文字 / Text in the name or the detail' }) search: string,
    @Arg('first', () => Int, { defaultValue: 10, description: '条数（1至20） / How many (1 to 20)' }) first: number,
    @Ctx() ctx: Context,
  ) {
    return service(ctx).bindingCandidates(kind as BindingKind, search, first);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      '修改本人密码：须提交当前密码，新密码须符合密码策略；本人其他会话随即结束（管理员重置后须先修改才能使用其他功能） / Change your own password: the current one is required and the new one must meet the password policy; your other sessions end (after an administrator reset nothing else works until it is changed)',
  })
  async changeMyPassword(
    @Arg('currentPassword', { description: '当前密码 / Current password' }) currentPassword: string,
    @Arg('newPassword', { description: '新密码（至少12位，含三类字符） / New password: at least 12 characters of three classes' })
    newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await service(ctx).changeOwnPassword(ctx.viewer!, currentPassword, newPassword, ctx.token);
    return true;
  }
}

@Resolver(() => User)
export class UserAdminFields {
  @FieldResolver(() => Boolean, { description: '下次登录须修改密码 / Must set a new password at the next sign-in' })
  mustChangePassword(@Root() user: User): boolean {
    return user.mustChangePassword;
  }

  @FieldResolver(() => [AccountAction], {
    description:
      '管理员现在可以办理的操作（与服务的校验同一规则，account-actions.ts） / The actions the administrator may take on it now (the services’ own rules, account-actions.ts)',
  })
  nextActions(@Root() user: User, @Ctx() ctx: Context): AccountAction[] {
    return ctx.viewer && READERS.User.includes(ctx.viewer.role) ? accountActions(user, ctx.viewer.username) : [];
  }

  @FieldResolver(() => Int, { nullable: true, description: '绑定的企业行号 / Enterprise the account is bound to' })
  boundEnterpriseId(@Root() user: User): number | null {
    return user.enterprise?.id ?? null;
  }

  @FieldResolver(() => Int, { nullable: true, description: '绑定的专家行号 / Expert the account is bound to' })
  boundExpertId(@Root() user: User): number | null {
    return user.expert?.id ?? null;
  }
}

@Resolver(() => Me)
export class MeAccountFields {
  @FieldResolver(() => Boolean, {
    description: '须先修改密码（管理员重置后） / Must set a new password first (after an administrator reset)',
  })
  mustChangePassword(@Root() me: Me, @Ctx() ctx: Context): Promise<boolean> {
    return service(ctx).mustChangePassword(me.id);
  }
}

/** What the audit desk shows when an entry is opened: its detail and its place in the hash chain. */
@Resolver(() => AuditLog)
export class AuditLogDeskFields {
  @Authorized(READERS.AuditLog)
  @FieldResolver(() => String, { nullable: true, description: '详情（JSON 文本） / Detail, as JSON text' })
  detailJson(@Root() row: AuditLog): string | null {
    return row.detail === undefined || row.detail === null ? null : JSON.stringify(row.detail);
  }

  @Authorized(READERS.AuditLog)
  @FieldResolver(() => String, { description: '本条哈希 / Hash of this record' })
  hash(@Root() row: AuditLog): string {
    return row.hash;
  }

  @Authorized(READERS.AuditLog)
  @FieldResolver(() => String, { description: '上一条的哈希 / Hash of the record before' })
  prevHash(@Root() row: AuditLog): string {
    return row.prevHash;
  }
}

export const ACCOUNT_ADMIN_RESOLVERS = [AccountAdminResolver, UserAdminFields, MeAccountFields, AuditLogDeskFields];
