/**
 * Account administration beyond identity.service.ts (kept apart while that file changes for
 * two-factor sign-in): reset a password to a one-time temporary one that the user replaces at the
 * next sign-in, bind an account to its enterprise, expert or county, and the user's own password
 * change. Every action is audited with the account it names and nothing else (the administrator
 * sees no business data: bindings are checked for existence only).
 */
import { randomInt } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../graphql/context';
import { badInput, notFound } from '../../graphql/errors';
import { AuditService } from '../audit/audit.service';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Expert } from '../expert/expert.entity';
import { Division } from '../geo/division.entity';
import { AccountAction, accountActionRefusal } from './account-actions';
import { tokenHash } from './identity.service';
import { hashPassword, passwordPolicyProblems, verifyPassword } from './password';
import { Role } from './role';
import { User } from './user.entity';

/** A record an account may be bound to, as the picker shows it. */
export interface BindingCandidate {
  id: number;
  name: string;
  /** Credit code (enterprise), institution (expert) or division code. */
  detail: string;
}

export type BindingKind = 'division' | 'enterprise' | 'expert';

export interface BindInput {
  userId: number;
  divisionId?: number | null;
  enterpriseId?: number | null;
  expertId?: number | null;
}

/** The binding each role needs (the user_*_bound checks enforce the same). */
const BINDING = {
  [Role.COUNTY_BUREAU]: { field: 'divisionId', table: 'division', zh: '行政区划', en: 'division' },
  [Role.ENTERPRISE]: { field: 'enterpriseId', table: 'enterprise', zh: '企业', en: 'enterprise' },
  [Role.EXPERT]: { field: 'expertId', table: 'expert', zh: '专家', en: 'expert' },
} as const;

const ALPHABET = {
  upper: 'ABCDEFGHJKLMNPQRSTUVWXYZ',
  lower: 'abcdefghijkmnopqrstuvwxyz',
  digit: '23456789',
  symbol: '-_#@',
};

/** A 16-character temporary password with all four classes (no look-alike letters). */
export function temporaryPassword(): string {
  const all = Object.values(ALPHABET).join('');
  const chars = Object.values(ALPHABET).map((set) => set[randomInt(set.length)]);
  while (chars.length < 16) chars.push(all[randomInt(all.length)]);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}

export class AccountAdminService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService = new AuditService(),
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Replaces the password with a temporary one (returned once, for the administrator to hand
   * over), ends the user's sessions and makes the user choose a new password at the next sign-in.
   */
  async resetPassword(userId: number, actor: Viewer): Promise<string> {
    const temporary = temporaryPassword();
    const passwordHash = await hashPassword(temporary);
    await this.em.transactional(
      async (tx) => {
        const user = await this.lockUser(tx, userId);
        const refused = accountActionRefusal(AccountAction.RESET_PASSWORD, user, actor.username);
        if (refused) throw refused;
        user.passwordHash = passwordHash;
        user.mustChangePassword = true;
        await tx.flush();
        const ended = await this.revokeSessions(tx, user.id);
        await this.record(tx, actor, 'resetPassword', user, { sessionsEnded: ended, mustChangePassword: true });
      },
      { clear: true },
    );
    return temporary;
  }

  /** Binds an enterprise, expert or county account to its record; the role decides which. */
  async bind(input: BindInput, actor: Viewer): Promise<User> {
    return this.em.transactional(
      async (tx) => {
        const user = await this.lockUser(tx, input.userId);
        const refused = accountActionRefusal(AccountAction.BIND, user, actor.username);
        if (refused) throw refused;
        const spec = BINDING[user.role as keyof typeof BINDING];
        for (const other of Object.values(BINDING)) {
          if (other !== spec && input[other.field] != null) {
            throw badInput(
              other.field,
              `${other.field} 仅适用于其对应角色的账号 / ${other.field} does not apply to a ${user.role} account`,
            );
          }
        }
        const id = input[spec.field];
        if (!(Number.isInteger(id) && (id as number) > 0)) {
          throw badInput(spec.field, `${user.role} 账号须绑定${spec.zh}（${spec.field}，正整数） / Give the ${spec.en} id (${spec.field})`);
        }
        const [row] = await tx.execute<Array<{ found: boolean }>>('select techvp_binding_exists(?, ?) as found', [spec.table, id]);
        if (!row?.found) throw badInput(spec.field, `${spec.zh} ${id} 不存在 / ${spec.en} ${id} not found`);
        const before = { divisionId: user.division?.id, enterpriseId: user.enterprise?.id, expertId: user.expert?.id };
        if (spec.field === 'divisionId') user.division = tx.getReference(Division, id!);
        if (spec.field === 'enterpriseId') user.enterprise = tx.getReference(Enterprise, id!);
        if (spec.field === 'expertId') user.expert = tx.getReference(Expert, id!);
        await tx.flush();
        // The binding decides which rows the account sees: its open sessions start over.
        const ended = await this.revokeSessions(tx, user.id);
        await this.record(tx, actor, 'bindUser', user, { [spec.field]: id, before: before[spec.field], sessionsEnded: ended });
        return user;
      },
      { clear: true },
    );
  }

  /**
   * The signed-in user replaces their own password (required after a reset): the current password
   * proves it is the user, the new one meets the same policy as the administrator's, and every
   * other session of the user ends (one opened with the temporary password may be someone else's).
   * A wrong current password is audited as refused.
   */
  async changeOwnPassword(viewer: Viewer, current: string, next: string, currentToken: string | null = null): Promise<void> {
    const [row] = await this.em.execute<Array<{ password_hash: string | null }>>('select password_hash from app_user where id = ?', [
      viewer.userId,
    ]);
    if (!row) throw notFound('User', String(viewer.userId));
    if (!row.password_hash || !(await verifyPassword(row.password_hash, typeof current === 'string' ? current : ''))) {
      await this.audit.record(this.em, {
        username: viewer.username,
        role: viewer.role,
        operation: 'changePassword',
        objectType: 'User',
        objectIds: [viewer.userId],
        result: 'DENIED',
        detail: { reason: 'WRONG_PASSWORD' },
      });
      throw badInput('currentPassword', '当前密码不正确 / The current password is wrong');
    }
    const problems = passwordPolicyProblems(typeof next === 'string' ? next : '', viewer.username);
    if (next === current) problems.push('新密码不能与当前密码相同 / The new password must differ from the current one');
    if (problems.length) throw badInput('newPassword', problems.join('；'), { problems });
    const passwordHash = await hashPassword(next);
    await this.em.transactional(
      async (tx) => {
        const user = await this.lockUser(tx, viewer.userId);
        const wasRequired = user.mustChangePassword;
        user.passwordHash = passwordHash;
        user.mustChangePassword = false;
        await tx.flush();
        const ended = await this.revokeSessions(tx, user.id, currentToken ? tokenHash(currentToken) : null);
        await this.record(tx, viewer, 'changePassword', user, { afterReset: wasRequired, otherSessionsEnded: ended });
      },
      { clear: true },
    );
  }

  /**
   * Up to `first` (at most 20) records of `kind` whose name or identifying detail contains
   * `search`: id, name and detail only, through a function (administrators read no business rows).
   */
  async bindingCandidates(kind: BindingKind, search: string, first = 10): Promise<BindingCandidate[]> {
    const text = typeof search === 'string' ? search.trim() : '';
    if (!text) return [];
    if ([...text].length > 64)
      throw badInput('search', '搜索词不超过64个字符（search） / The search text has at most 64 characters (search)');
    const escaped = text.replace(/[\\%_]/g, (c) => `\\${c}`);
    const rows = await this.em.execute<Array<{ id: number; name: string; detail: string | null }>>(
      'select id, name, detail from techvp_binding_candidates(?, ?, ?)',
      [kind, escaped, first],
    );
    return rows.map((r) => ({ id: Number(r.id), name: r.name, detail: r.detail ?? '' }));
  }

  /** Whether the user still has to replace a password an administrator reset. */
  async mustChangePassword(userId: number): Promise<boolean> {
    const [row] = await this.em.execute<Array<{ must: boolean }>>('select must_change_password as must from app_user where id = ?', [
      userId,
    ]);
    return row?.must === true;
  }

  private async lockUser(tx: EntityManager, userId: number): Promise<User> {
    if (!Number.isInteger(userId) || userId <= 0) throw notFound('User', String(userId));
    const user = await tx.findOne(User, userId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!user) throw notFound('User', String(userId));
    return user;
  }

  /** Ends the user's open sessions, except the one whose token hash is `keep`. */
  private async revokeSessions(tx: EntityManager, userId: number, keep: string | null = null): Promise<number> {
    const rows = await tx.execute<unknown[]>(
      'update user_session set revoked_at = ?::timestamptz where user_id = ? and revoked_at is null and token_hash is distinct from ? returning token_hash',
      [this.clock().toISOString(), userId, keep],
    );
    return rows.length;
  }

  private async record(tx: EntityManager, actor: Viewer, operation: string, user: User, detail: Record<string, unknown>) {
    await this.audit.record(tx, {
      username: actor.username,
      role: actor.role,
      operation,
      objectType: 'User',
      objectIds: [user.id],
      result: 'OK',
      detail: { target: user.username, ...detail },
    });
  }
}
