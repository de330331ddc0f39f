/**
 * The bureau loads each year's holiday arrangement (State Council notice: holidays on
 * weekdays and make-up workdays on weekends); public notices count working days with it
 * (Art. 12.5). Loading a year replaces that year's arrangement in one transaction.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { isIsoDate } from '../../domain/china-time';
import { badInput } from '../../graphql/errors';
import { WorkCalendarDay } from './work-calendar-day.entity';

export interface CalendarDayInput {
  day: string;
  isWorkday: boolean;
  note: string;
}

export async function replaceYearArrangement(em: EntityManager, year: number, days: CalendarDayInput[]): Promise<number> {
  if (!Number.isInteger(year) || year < 2020 || year > 2035) throw badInput('year', `年份 ${year} 无效 / Invalid year ${year}`);
  if (days.length === 0) throw badInput('days', '至少给出一天调整 / Give at least one calendar exception');
  const seen = new Set<string>();
  days.forEach((d, i) => {
    const where = `days[${i}]`;
    if (!isIsoDate(d.day) || !d.day.startsWith(`${year}-`))
      throw badInput(`${where}.day`, `${d.day} 不是 ${year} 年的日期 / ${d.day} is not a date of ${year}`);
    if (seen.has(d.day)) throw badInput(`${where}.day`, `${d.day} 重复 / ${d.day} is given twice`);
    seen.add(d.day);
    const weekend = [0, 6].includes(new Date(`${d.day}T00:00:00Z`).getUTCDay());
    if (weekend !== d.isWorkday) {
      throw badInput(
        `${where}.isWorkday`,
        `${d.day} 为${weekend ? '周末' : '工作日'}，调整须为${weekend ? '调休上班' : '放假'} / ${d.day} is a ${weekend ? 'weekend day: only a make-up workday' : 'weekday: only a holiday'} changes it`,
      );
    }
    if (!d.note.trim()) throw badInput(`${where}.note`, '请填写说明，如 春节 / Give a note, e.g. Spring Festival');
  });
  return em.transactional(async (tx) => {
    await tx.nativeDelete(WorkCalendarDay, { day: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } });
    for (const d of days) tx.create(WorkCalendarDay, { day: d.day, isWorkday: d.isWorkday, note: d.note.trim() });
    await tx.flush();
    return days.length;
  });
}
