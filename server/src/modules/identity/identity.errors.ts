/** The errors log-in and account administration raise, with their caller-facing messages. */
import { AppError, ErrorCode, badInput } from '../../graphql/errors';

/** Same for an unknown user, a wrong password and an account without a password (no enumeration). */
export const WRONG_CREDENTIALS = '用户名或密码错误 / Wrong username or password';

export const wrongCredentials = () => new AppError(ErrorCode.UNAUTHENTICATED, WRONG_CREDENTIALS);

/** `2026-11-25 18:30`, China time. */
export function formatChinaTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ');
}

export const accountLocked = (until: Date) =>
  new AppError(
    ErrorCode.FORBIDDEN,
    `连续登录失败次数过多，账号已锁定至 ${formatChinaTime(until)}（北京时间） / Too many failed log-ins: the account is locked until ${formatChinaTime(until)} China time`,
    { reason: 'LOCKED', lockedUntil: until.toISOString() },
  );

export const accountInactive = () =>
  new AppError(ErrorCode.FORBIDDEN, '账号已停用，请联系管理员 / The account is disabled; contact the administrator', {
    reason: 'INACTIVE',
  });

export const weakPassword = (problems: string[]) => badInput('password', problems.join('；'), { problems });

export const usernameTaken = (username: string) =>
  new AppError(ErrorCode.CONFLICT, `用户名 ${username} 已存在 / The username ${username} is already taken`, { field: 'username' });
