/**
 * Calendar arithmetic on day numbers (days since 1970-01-01), cached, because the ledger alone
 * needs millions of dates at scale 50. Instants are minutes since day 0 in China time and are
 * written as ISO strings with the +08:00 offset.
 */
import { addYears } from '@techvp/server';

const MS_PER_DAY = 86_400_000;
const OFFSET = 25_000;
const isoCache: (string | undefined)[] = [];

export function dayNum(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

export function isoDay(n: number): string {
  let s = isoCache[n + OFFSET];
  if (s === undefined) {
    s = new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
    isoCache[n + OFFSET] = s;
  }
  return s;
}

export function yearOf(n: number): number {
  return Number(isoDay(n).slice(0, 4));
}

/** Day number of `n` moved by whole years (29 Feb falls back to 28 Feb). */
export function plusYears(n: number, years: number): number {
  return dayNum(addYears(isoDay(n), years));
}

/** The last day of a service period of `years` starting on day `start`. */
export function periodEnd(start: number, years: number): number {
  return plusYears(start, years) - 1;
}

/** The first day of the month after the one containing day `n`. */
export function firstOfNextMonth(n: number): number {
  const iso = isoDay(n);
  let y = Number(iso.slice(0, 4));
  let m = Number(iso.slice(5, 7)) + 1;
  if (m > 12) {
    m = 1;
    y += 1;
  }
  return dayNum(`${y}-${String(m).padStart(2, '0')}-01`);
}

export const MINUTES_PER_DAY = 1440;

/** An instant: minutes since 1970-01-01 00:00 China time. */
export function instant(day: number, minuteOfDay: number): number {
  return day * MINUTES_PER_DAY + minuteOfDay;
}

export function dayOfInstant(t: number): number {
  return Math.floor(t / MINUTES_PER_DAY);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** ISO timestamp with the China offset, e.g. `2025-08-03T09:30:00+08:00`. */
export function stamp(t: number): string {
  const day = Math.floor(t / MINUTES_PER_DAY);
  const m = t - day * MINUTES_PER_DAY;
  return `${isoDay(day)}T${pad2(Math.floor(m / 60))}:${pad2(m % 60)}:00+08:00`;
}
