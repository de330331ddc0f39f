/**
 * The second authentication factor (等保 2.0 level 3, 8.1.4.1 d: 应采用口令、密码技术、生物技术等
 * 两种或两种以上组合的鉴别技术对用户进行身份鉴别，且其中一种鉴别技术至少应使用密码技术):
 * TOTP (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps, the authenticator apps' defaults) and
 * one-time recovery codes. The OTP arithmetic is the maintained `otpauth` library's; the QR code
 * is drawn here by `qrcode` as an SVG data URL (no network).
 */
import { randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { Role } from './role';

/**
 * The roles that change or see the most (the programme's decisions, the filing records, the
 * money, the accounts): in production they must sign in with a second factor. The others may.
 */
export const SECOND_FACTOR_ROLES: readonly Role[] = [Role.ST_BUREAU, Role.ORG_DEPT, Role.FINANCE, Role.ADMIN];

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** One step either side is accepted, for clocks that are a little off (RFC 6238 §5.2). */
export const TOTP_WINDOW = 1;
export const TOTP_ISSUER = '聊城科技副总';
export const RECOVERY_CODE_COUNT = 10;
/** A log-in challenge (between password and second factor) lasts 5 minutes. */
export const CHALLENGE_MINUTES = 5;

/** Crockford's base32 without I, L, O, U: nothing to misread when typed from paper. */
const RECOVERY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RECOVERY_LENGTH = 10;

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpFor(base32: string, username = 'user'): TOTP {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label: username,
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(base32),
  });
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(base32: string, username: string): string {
  return totpFor(base32, username).toString();
}

/** The QR code of `uri` as an SVG data URL, for an `<img src>`. */
export async function qrCodeDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}

/** The current code (tests, and nothing else, need it). */
export function totpCode(base32: string, at: Date): string {
  return totpFor(base32).generate({ timestamp: at.getTime() });
}

/**
 * The 30-second step a code belongs to, or null when it matches none within the window. The
 * caller refuses a step at or before the last accepted one: a code works once.
 */
export function totpStep(base32: string, code: string, at: Date): number | null {
  const totp = totpFor(base32);
  const delta = totp.validate({ token: code, timestamp: at.getTime(), window: TOTP_WINDOW });
  return delta === null ? null : totp.counter({ timestamp: at.getTime() }) + delta;
}

export function isTotpCodeShape(input: string): boolean {
  return /^\d{6}$/.test(input);
}

/** `ABCDE-FGHJK`: ten characters of 5 bits each. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: RECOVERY_LENGTH }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** A typed recovery code in its canonical form (upper case, no spaces or dashes), or null. */
export function normaliseRecoveryCode(input: string): string | null {
  const plain = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return plain.length === RECOVERY_LENGTH && [...plain].every((c) => RECOVERY_ALPHABET.includes(c)) ? plain : null;
}
