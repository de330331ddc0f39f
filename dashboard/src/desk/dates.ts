// Relative imports carry .js: these pure modules are also compiled by the tests as Node ESM.
/**
 * Dates as the programme counts them: calendar days in China time (Asia/Shanghai), whatever
 * the browser's own time zone. Forms send `YYYY-MM-DD`; the server's LocalDate.
 */

const DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in China (YYYY-MM-DD). */
export function chinaToday(now: Date = new Date()): string {
  return DAY.format(now);
}

/** The China-time calendar day of an instant (a DateTime from the server). */
export function chinaDay(instant: string | Date): string {
  return DAY.format(typeof instant === 'string' ? new Date(instant) : instant);
}

/** Whole calendar days from one YYYY-MM-DD to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A date `years` later (the two-year service period of rule E6), clamping 29 February. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y + years, m - 1, d));
  if (t.getUTCMonth() !== m - 1) t.setUTCDate(0);
  return t.toISOString().slice(0, 10);
}

/** A date `days` later (or earlier), counted in calendar days. */
export function addDays(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/**
 * The service period a new application proposes: from the first day of next month, China time
 * (whatever the browser's own zone), for the two years of rule E6 (Art. 5.2), ending the day before.
 */
export function defaultServicePeriod(now: Date = new Date()): { start: string; end: string } {
  const [y, m] = chinaToday(now).split('-').map(Number);
  const start = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { start, end: addDays(addYears(start, 2), -1) };
}

/** The last day a period starting on `start` must reach for rule E6 (two years, Art. 5.2). */
export function minServiceEnd(start: string): string {
  return addDays(addYears(start, 2), -1);
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
