/**
 * Passwords: argon2id hashes and the password policy (等保 2.0 level 3, 8.1.4.1 身份鉴别:
 * passwords must be complex and changed; OWASP Password Storage Cheat Sheet for the parameters).
 */
import { randomBytes } from 'node:crypto';
import { Algorithm, hash, verify } from '@node-rs/argon2';

/** OWASP minimum for argon2id: 19 MiB, 2 passes, 1 lane (about 50 ms here). */
export const ARGON2_OPTIONS = {
  algorithm: Algorithm.Argon2id,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const PASSWORD_MIN_LENGTH = 12;
/** Longer inputs are refused so a request cannot make the server hash megabytes. */
export const PASSWORD_MAX_LENGTH = 128;
export const PASSWORD_MIN_CLASSES = 3;

export async function hashPassword(plain: string): Promise<string> {
  return hash(plain, ARGON2_OPTIONS);
}

/** True when `plain` matches `stored`; false (never an exception) for a malformed hash. */
export async function verifyPassword(stored: string, plain: string): Promise<boolean> {
  if (typeof stored !== 'string' || typeof plain !== 'string' || plain.length > PASSWORD_MAX_LENGTH * 4) return false;
  try {
    return await verify(stored, plain);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | null = null;

/**
 * A hash of a random secret nobody knows, made with the same parameters, so that a log-in for an
 * unknown user costs as much time as one for a real user (no user enumeration by timing).
 */
export function dummyPasswordHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(32).toString('base64url'));
  return dummy;
}

/**
 * The problems with a proposed password, empty when it is acceptable: at least 12 characters, at
 * least 3 of the 4 classes (lower case, upper case, digits, symbols) and not containing the
 * user name. Messages are bilingual, for showing as they are.
 */
/**
 * The password printed in the README for the demo accounts: refused for any other account, and
 * a production start refuses accounts that have it (demo-accounts.ts). Kept here, not there, so
 * the policy does not depend on the demo module.
 */
export const PUBLISHED_DEMO_PASSWORD = 'Techvp-Demo-2026';

export function passwordPolicyProblems(password: string, username: string, opts: { allowDemoPassword?: boolean } = {}): string[] {
  if (typeof password !== 'string') return ['密码不能为空 / A password is required'];
  const problems: string[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    problems.push(`密码至少 ${PASSWORD_MIN_LENGTH} 个字符 / The password must have at least ${PASSWORD_MIN_LENGTH} characters`);
  }
  if (length > PASSWORD_MAX_LENGTH) {
    problems.push(`密码不得超过 ${PASSWORD_MAX_LENGTH} 个字符 / The password may have at most ${PASSWORD_MAX_LENGTH} characters`);
  }
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < PASSWORD_MIN_CLASSES) {
    problems.push(
      `密码须包含小写字母、大写字母、数字、符号中的至少 ${PASSWORD_MIN_CLASSES} 类 / The password must mix at least ${PASSWORD_MIN_CLASSES} of: lower case, upper case, digits, symbols`,
    );
  }
  if (password === PUBLISHED_DEMO_PASSWORD && !opts.allowDemoPassword) {
    problems.push('不得使用公开的演示密码 / The published demo password may not be used');
  }
  const name = typeof username === 'string' ? username.trim().toLowerCase() : '';
  if (name && password.toLowerCase().includes(name)) {
    problems.push('密码不得包含用户名 / The password must not contain the user name');
  }
  return problems;
}
