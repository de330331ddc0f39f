/**
 * Chinese identifiers validated on input (DOMAIN.md "Identifiers"):
 * resident ID numbers (GB 11643, ISO 7064 MOD 11-2) and unified social credit codes (GB 32100).
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** The check character of the first 17 digits of a resident ID number (GB 11643). */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11];
}

export type IdentifierProblem = { ok: true } | { ok: false; reason: string };

/** Validates an 18-character resident ID number: shape, birth date and check digit. */
export function validateResidentId(value: string): IdentifierProblem {
  if (!/^\d{17}[\dX]$/.test(value)) {
    return { ok: false, reason: '身份证号应为18位，前17位为数字，末位为数字或X / must be 17 digits plus a digit or X' };
  }
  const birth = value.slice(6, 14);
  const y = Number(birth.slice(0, 4));
  const m = Number(birth.slice(4, 6));
  const d = Number(birth.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { ok: false, reason: `身份证号中的出生日期 ${birth} 无效 / invalid birth date ${birth}` };
  }
  if (residentIdCheckChar(value.slice(0, 17)) !== value[17]) {
    return { ok: false, reason: '身份证号校验位错误 / wrong check digit (GB 11643)' };
  }
  return { ok: true };
}

// GB 32100: 31 characters (digits and capital letters without I, O, Z, S, V).
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character of the first 17 characters of a unified social credit code (GB 32100). */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i]) * USCC_WEIGHTS[i];
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/** Validates an 18-character unified social credit code: alphabet and check character. */
export function validateCreditCode(value: string): IdentifierProblem {
  if (value.length !== 18 || [...value].some((c) => !USCC_ALPHABET.includes(c))) {
    return {
      ok: false,
      reason: '统一社会信用代码应为18位数字或大写字母（不含I、O、Z、S、V） / must be 18 characters of 0-9 and A-Y without I, O, Z, S, V',
    };
  }
  if (creditCodeCheckChar(value.slice(0, 17)) !== value[17]) {
    return { ok: false, reason: '统一社会信用代码校验位错误 / wrong check character (GB 32100)' };
  }
  return { ok: true };
}

/** A mainland mobile number: 11 digits, 1 then 3-9 (as the spreadsheet import accepts). */
export function validateMobilePhone(value: string): IdentifierProblem {
  if (!/^1[3-9]\d{9}$/.test(value)) {
    return { ok: false, reason: '手机号应为11位数字，以13至19开头 / must be 11 digits starting 13 to 19' };
  }
  return { ok: true };
}

/** `370102********1234`: region and last four kept, birth date and sequence hidden. */
export function maskResidentId(value: string): string {
  return value.length < 10 ? '*'.repeat(value.length) : value.slice(0, 6) + '*'.repeat(value.length - 10) + value.slice(-4);
}

/** `138****1234`: mobile prefix and last four kept. */
export function maskPhone(value: string): string {
  return value.length < 7 ? '*'.repeat(value.length) : value.slice(0, 3) + '*'.repeat(value.length - 7) + value.slice(-4);
}

/** Birth date (YYYY-MM-DD) encoded in a resident ID number. */
export function birthDateOfResidentId(value: string): string {
  return `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
}
