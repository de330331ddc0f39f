/**
 * Dates follow China time (Asia/Shanghai, UTC+8 with no daylight saving). Calendar dates are
 * ISO strings `YYYY-MM-DD`; instants are `Date` / `timestamptz`.
 */
export const CHINA_TZ = 'Asia/Shanghai';
const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/** The calendar date in China at the given instant. */
export function chinaDate(at: Date = new Date()): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The calendar year in China at the given instant. */
export function chinaYear(at: Date = new Date()): number {
  return Number(chinaDate(at).slice(0, 4));
}

/** The instant of 00:00 China time on a calendar date. */
export function chinaMidnight(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00+08:00`));
}

/** Adds days to an ISO calendar date. */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Adds whole years to an ISO calendar date (29 Feb falls back to 28 Feb). */
export function addYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  const md = date.slice(4);
  const candidate = `${y}${md}`;
  return md === '-02-29' && !isLeap(y) ? `${y}-02-28` : candidate;
}

export function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whole days from `from` to `to` (ISO dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000);
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
