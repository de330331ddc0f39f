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

/** The password step succeeded; the caller used the one-step `login` where a second step follows. */
export const secondFactorPending = (status: 'SECOND_FACTOR_REQUIRED' | 'ENROLMENT_REQUIRED') =>
  new AppError(
    ErrorCode.UNAUTHENTICATED,
    status === 'ENROLMENT_REQUIRED'
      ? '该角色须先绑定两步验证（TOTP）才能登录 / This role must enrol a second factor (TOTP) before it can sign in'
      : '请输入两步验证码 / Enter the second-factor code',
    { reason: status },
  );

export const challengeInvalid = () =>
  new AppError(
    ErrorCode.UNAUTHENTICATED,
    '登录验证已失效或已使用，请重新输入用户名和密码 / This sign-in step has expired or was already used; enter your username and password again',
    { reason: 'CHALLENGE_INVALID' },
  );

export const wrongSecondFactor = () =>
  new AppError(ErrorCode.UNAUTHENTICATED, '验证码或恢复码错误 / Wrong verification code or recovery code', {
    reason: 'WRONG_SECOND_FACTOR',
    field: 'code',
  });

export const secondFactorReplayed = () =>
  new AppError(
    ErrorCode.UNAUTHENTICATED,
    '该验证码已使用过，请等待应用显示下一个验证码 / This code was already used; wait for the app to show the next one',
    { reason: 'REPLAYED', field: 'code' },
  );

export const wrongEnrolmentCode = (noPending: boolean) =>
  noPending
    ? badInput('code', '请先开始绑定以获取二维码 / Begin the enrolment first to get the QR code')
    : badInput(
        'code',
        '验证码不正确：请输入验证器应用当前显示的6位数字，并确认手机时间准确 / Wrong code: enter the 6 digits the authenticator app shows now, and check the phone’s clock',
      );

export const totpAlreadyEnabled = () =>
  new AppError(
    ErrorCode.CONFLICT,
    '两步验证已启用；如需更换，请先停用或请管理员重置 / A second factor is already enrolled; disable it, or ask the administrator to reset it, first',
    { reason: 'TOTP_ENABLED' },
  );

export const totpNotEnabled = () =>
  new AppError(ErrorCode.CONFLICT, '该账号未启用两步验证 / This account has no second factor enrolled', { reason: 'TOTP_NOT_ENABLED' });

export const secondFactorRequiredForRole = (role: string) =>
  new AppError(
    ErrorCode.FORBIDDEN,
    `生产环境中 ${role} 角色必须使用两步验证，不能停用（等保2.0 8.1.4.1 d） / In production the role ${role} must use a second factor; it cannot be disabled (等保 2.0 8.1.4.1 d)`,
    { reason: 'SECOND_FACTOR_REQUIRED' },
  );

export const secondFactorUnavailable = () =>
  new AppError(
    ErrorCode.INTERNAL_SERVER_ERROR,
    '两步验证未配置（缺少个人信息密钥） / Second factors are not configured (no personal-data key)',
  );

/**
 * After an administrator's reset the session opens nothing but `me`, the password change and the
 * sign-out: the temporary password was seen by the administrator.
 */
export const passwordChangeRequired = (field?: string) =>
  new AppError(
    ErrorCode.FORBIDDEN,
    '管理员已重置您的密码：请先修改密码（currentPassword、newPassword），再使用其他功能 / Your password was reset by the administrator: change it (currentPassword, newPassword) before doing anything else',
    { reason: 'PASSWORD_CHANGE_REQUIRED', ...(field ? { field } : {}) },
  );
