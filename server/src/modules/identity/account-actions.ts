/**
 * What the administrator may do with an account, in one place: the accounts desk shows the
 * buttons `accountActions` lists, and the services refuse with `accountActionRefusal` what it
 * leaves out. An action is offered only when it changes something (an enabled account is not
 * enabled again, an account without failed log-ins is not unlocked) and is allowed: the
 * administrator neither disables nor resets their own account (that would lock them out, and
 * their own password they change themselves), and only county, enterprise and expert accounts
 * are bound to a record (等保 2.0 8.1.4.2 访问控制: accounts are managed, not business data).
 */
import { AppError, ErrorCode, badInput } from '../../graphql/errors';
import { Role } from './role';

export enum AccountAction {
  DISABLE = 'DISABLE',
  ENABLE = 'ENABLE',
  UNLOCK = 'UNLOCK',
  RESET_PASSWORD = 'RESET_PASSWORD',
  BIND = 'BIND',
}

/** The roles bound to a record (the user_*_bound checks enforce the same). */
export const BOUND_ROLES: readonly Role[] = [Role.COUNTY_BUREAU, Role.ENTERPRISE, Role.EXPERT];

/** The columns the decision needs; a row of the users list or an entity alike. */
export interface AccountState {
  username: string;
  role: Role | string;
  active: boolean;
  failedAttempts: number;
  lockedUntil?: Date | string | null;
}

/** Why `action` may not be done to `account` by `actorUsername`; null when it may. */
export function accountActionRefusal(
  action: AccountAction,
  account: AccountState,
  actorUsername: string | null | undefined,
): AppError | null {
  const self = !!actorUsername && actorUsername === account.username;
  if (action === AccountAction.DISABLE && self) {
    return new AppError(
      ErrorCode.FORBIDDEN,
      '不能停用本人账号（active）：否则无人可管理账号 / You cannot disable your own account (active): nobody would be left to manage accounts',
      { field: 'active', reason: 'SELF' },
    );
  }
  if (action === AccountAction.RESET_PASSWORD && self) {
    return new AppError(
      ErrorCode.FORBIDDEN,
      '不能重置本人密码（userId）：请在用户菜单中“修改密码” / You cannot reset your own password (userId): use “Change password” in the user menu',
      { field: 'userId', reason: 'SELF' },
    );
  }
  if (action === AccountAction.BIND && !BOUND_ROLES.includes(account.role as Role)) {
    return badInput('userId', `${account.role} 账号无需绑定（userId） / A ${account.role} account is not bound to a record (userId)`);
  }
  return null;
}

/** Whether the action would change anything. */
function changes(action: AccountAction, account: AccountState, now: Date): boolean {
  switch (action) {
    case AccountAction.DISABLE:
      return account.active;
    case AccountAction.ENABLE:
      return !account.active;
    case AccountAction.UNLOCK: {
      const until = account.lockedUntil ? new Date(account.lockedUntil) : null;
      return account.failedAttempts > 0 || (!!until && until > now);
    }
    default:
      return true;
  }
}

/** The actions the accounts desk offers for `account`, in the order of its buttons. */
export function accountActions(account: AccountState, actorUsername: string | null | undefined, now = new Date()): AccountAction[] {
  return Object.values(AccountAction).filter(
    (action) => changes(action, account, now) && !accountActionRefusal(action, account, actorUsername),
  );
}
