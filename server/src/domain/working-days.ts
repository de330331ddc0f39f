/**
 * Chinese working days for the public notice of Art. 12.5 (5 working days). Weekends are
 * rest days and Monday-Friday are working days, except where the State Council's yearly
 * arrangement says otherwise: statutory holidays (rest on a weekday) and make-up workdays
 * (调休, work on a weekend). Those overrides live in the `work_calendar` table, seeded from the
 * chinese-days package for the years it knows, and updated by the bureau for later years.
 */
import { addDays } from './china-time';

export interface CalendarOverride {
  /** ISO date. */
  day: string;
  /** true: a make-up workday on a weekend; false: a holiday on a weekday. */
  isWorkday: boolean;
  note?: string;
}

export class WorkCalendar {
  private readonly overrides: Map<string, boolean>;

  constructor(overrides: Iterable<CalendarOverride>) {
    this.overrides = new Map([...overrides].map((o) => [o.day, o.isWorkday]));
  }

  isWorkday(day: string): boolean {
    const override = this.overrides.get(day);
    if (override !== undefined) return override;
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  /** Number of working days from `start` to `end`, both included. */
  countWorkdays(start: string, end: string): number {
    let n = 0;
    for (let d = start; d <= end; d = addDays(d, 1)) if (this.isWorkday(d)) n++;
    return n;
  }

  /** The first working day on or after `day`. */
  nextWorkday(day: string): string {
    let d = day;
    while (!this.isWorkday(d)) d = addDays(d, 1);
    return d;
  }

  /**
   * The last day of a period of `n` working days that starts on the first working day on or
   * after `start`: a notice published on `start` runs to this date inclusive.
   */
  endOfWorkdays(start: string, n: number): string {
    if (n < 1) throw new RangeError('n must be at least 1');
    let d = this.nextWorkday(start);
    let counted = 1;
    while (counted < n) {
      d = addDays(d, 1);
      if (this.isWorkday(d)) counted++;
    }
    return d;
  }
}

/** Overrides published in the chinese-days package (holidays on weekdays, make-up workdays). */
export function publishedOverrides(): CalendarOverride[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const data = require('chinese-days/dist/chinese-days.json') as {
    holidays: Record<string, string>;
    workdays: Record<string, string>;
  };
  const out: CalendarOverride[] = [];
  for (const [day, note] of Object.entries(data.holidays)) {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) out.push({ day, isWorkday: false, note: note.split(',')[1] ?? note });
  }
  for (const [day, note] of Object.entries(data.workdays)) {
    out.push({ day, isWorkday: true, note: `${note.split(',')[1] ?? note}调休上班` });
  }
  return out.sort((a, b) => a.day.localeCompare(b.day));
}
