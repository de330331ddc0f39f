// Relative imports carry .js: these pure modules are also compiled by the tests as Node ESM.
/**
 * The same identifier checks as the server (`server/src/domain/identifiers.ts`), ported so a
 * form can point at a typo before sending: resident ID numbers (GB 11643, ISO 7064 MOD 11-2)
 * and unified social credit codes (GB 32100). The server stays the judge; the test
 * `test/dashboard/desk-forms.test.ts` runs both on the same cases so the rules stay identical.
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export type IdentifierProblem = { ok: true } | { ok: false; reason: string };

export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11];
}

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

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i]) * USCC_WEIGHTS[i];
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

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

/** A mainland mobile number: 11 digits, 1 then 3-9 (`validateMobilePhone` on the server). */
export function validateMobilePhone(value: string): IdentifierProblem {
  if (!/^1[3-9]\d{9}$/.test(value)) {
    return { ok: false, reason: '手机号应为11位数字，以13至19开头 / must be 11 digits starting 13 to 19' };
  }
  return { ok: true };
}
