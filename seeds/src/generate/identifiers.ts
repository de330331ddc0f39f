/**
 * Synthetic identifiers with valid check characters: resident IDs (GB 11643), unified social
 * credit codes (GB 32100, whose organisation-code part carries a GB 11714 check), Chinese
 * patent application numbers and software-copyright registration numbers.
 */
import { creditCodeCheckChar, residentIdCheckChar } from '@techvp/server';
import type { Rng } from '../random';
import { ID_REGIONS, MOBILE_PREFIXES } from '../vocab';

const REGION_WEIGHTS = ID_REGIONS.map((r) => r.weight);

function digits(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(rng.int(0, 9));
  return s;
}

/** 18-character resident ID: region, birth date, sequence (odd for men), check digit. */
export function residentId(rng: Rng, birth: string, male: boolean): string {
  const region = ID_REGIONS[rng.weightedIndex(REGION_WEIGHTS)].code;
  const genderDigit = male ? rng.pick([1, 3, 5, 7, 9]) : rng.pick([0, 2, 4, 6, 8]);
  const first17 = `${region}${birth.replace(/-/g, '')}${digits(rng, 2)}${genderDigit}`;
  return first17 + residentIdCheckChar(first17);
}

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** Nine-character organisation code (GB 11714): eight digits and a check character. */
function organisationCode(rng: Rng): string {
  const body = digits(rng, 8);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(body[i]) * ORG_WEIGHTS[i];
  const c = 11 - (sum % 11);
  return body + (c === 10 ? 'X' : c === 11 ? '0' : String(c));
}

/** `91` (enterprise, company) + registering division + organisation code + GB 32100 check. */
export function creditCode(rng: Rng, divisionCode6: string): string {
  const first17 = `91${divisionCode6}${organisationCode(rng)}`;
  return first17 + creditCodeCheckChar(first17);
}

export function mobile(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + digits(rng, 8);
}

const PATENT_WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

/** Chinese patent application number `YYYYTNNNNNNN.C` (T = 1 invention, 2 utility model). */
export function patentApplicationNo(year: number, type: 1 | 2, serial: number): string {
  const body = `${year}${type}${String(serial).padStart(7, '0')}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * PATENT_WEIGHTS[i];
  const c = sum % 11;
  return `${body}.${c === 10 ? 'X' : String(c)}`;
}

/** Software copyright registration number, e.g. `2025SR0123456`. */
export function softwareRegistrationNo(year: number, serial: number): string {
  return `${year}SR${String(serial).padStart(7, '0')}`;
}
