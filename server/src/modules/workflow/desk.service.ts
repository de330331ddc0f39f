/**
 * What the work desks need beyond single steps: batches (each case its own step, so one case
 * that fails its rules or was changed meanwhile does not hold back the others, and the answer
 * says per case what happened), the expert directory an enterprise searches, and the working
 * days a case has waited (Chinese working days from the work calendar, Art. 12.5's calendar).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { chinaDate } from '../../domain/china-time';
import { WorkCalendar } from '../../domain/working-days';
import type { Viewer } from '../../graphql/context';
import { badInput, toPublicError } from '../../graphql/errors';
import { Decision } from '../application/application.enums';
import { WorkCalendarDay } from '../calendar/work-calendar-day.entity';
import { Role } from '../identity/role';
import { PipelineService } from './pipeline.service';
import { forbidden } from './workflow.errors';

export const MAX_BATCH = 100;

export interface BatchOutcome {
  id: number;
  ok: boolean;
  /** The record's version after the step (to act on it again). */
  version: number | null;
  code: string | null;
  message: string | null;
  rule: string | null;
  article: string | null;
}

export interface DirectoryEntry {
  id: number;
  name: string;
  institutionId: number;
  institutionName: string;
  degree: string;
  title: string;
  discipline: string;
}

function checkBatch(items: Array<{ id: number }>, field: string): void {
  if (!items.length) throw badInput(field, '至少选择一项 / Choose at least one');
  if (items.length > MAX_BATCH) throw badInput(field, `一次至多${MAX_BATCH}项 / At most ${MAX_BATCH} at a time`, { max: MAX_BATCH });
  const seen = new Set<number>();
  for (const i of items) {
    if (seen.has(i.id)) throw badInput(field, `第 ${i.id} 项重复 / Item ${i.id} is listed twice`);
    seen.add(i.id);
  }
}

/** Runs `fn` for each item; a refusal (rule, scope, version, stage) is reported, anything else fails the request. */
async function each<T extends { id: number; version: number }>(
  items: T[],
  fn: (item: T) => Promise<{ version: number }>,
): Promise<BatchOutcome[]> {
  const out: BatchOutcome[] = [];
  for (const item of items) {
    try {
      const done = await fn(item);
      out.push({ id: item.id, ok: true, version: done.version, code: null, message: null, rule: null, article: null });
    } catch (err) {
      const known = toPublicError(err);
      if (!known) throw err;
      const d = known.details as { rule?: unknown; article?: unknown };
      out.push({
        id: item.id,
        ok: false,
        version: null,
        code: known.code,
        message: known.message,
        rule: typeof d.rule === 'string' ? d.rule : null,
        article: typeof d.article === 'string' ? d.article : null,
      });
    }
  }
  return out;
}

export class DeskService {
  private readonly pipeline: PipelineService;

  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
  ) {
    this.pipeline = new PipelineService(em, viewer);
  }

  /**
   * Passes several cases at the viewer's review step (county 初审 or the bureau's 复审). Only
   * PASS: returning or rejecting a case needs its own reason. Each case checks its own rules,
   * scope and version and records its own decision.
   */
  async passMany(items: Array<{ applicationId: number; version: number }>, reason: string | null): Promise<BatchOutcome[]> {
    const list = items.map((i) => ({ id: i.applicationId, version: i.version }));
    checkBatch(list, 'applications');
    return each(list, (i) => this.pipeline.review({ applicationId: i.id, version: i.version, decision: Decision.PASS, reason }));
  }

  /** The Organisation Department signs for several filings; each is its own acknowledgement. */
  async acknowledgeMany(items: Array<{ id: number; version: number }>): Promise<BatchOutcome[]> {
    checkBatch(items, 'filings');
    return each(items, (i) => this.pipeline.acknowledgeFiling(i.id, i.version));
  }

  async expertDirectory(search: string, limit: number): Promise<DirectoryEntry[]> {
    if (![Role.ENTERPRISE, Role.ST_BUREAU, Role.COUNTY_BUREAU].includes(this.viewer.role)) {
      throw forbidden('无权检索专家库', 'You may not search the expert directory');
    }
    const q = search.trim();
    if ([...q].length < 1 || [...q].length > 32) throw badInput('search', '检索词为1至32个字符 / search is 1 to 32 characters');
    const rows = await this.em.execute<
      Array<{
        id: number;
        name: string;
        institution_id: number;
        institution_name: string;
        degree: string;
        title: string;
        discipline: string;
      }>
    >('select * from techvp_expert_directory(?, ?)', [q, Math.min(Math.max(limit, 1), 50)]);
    return rows.map((r) => ({
      id: Number(r.id),
      name: r.name,
      institutionId: Number(r.institution_id),
      institutionName: r.institution_name,
      degree: r.degree,
      title: r.title,
      discipline: r.discipline,
    }));
  }
}

/** Working days waited since a case entered its stage: both ends counted as they fall, today included. */
export async function workingCalendar(em: EntityManager, from: string): Promise<WorkCalendar> {
  const days = await em.find(WorkCalendarDay, { day: { $gte: from } });
  return new WorkCalendar(days.map((d) => ({ day: d.day, isWorkday: d.isWorkday })));
}

/** Working days after the day a case entered its stage, up to and including today (China time). */
export function workingDaysSince(calendar: WorkCalendar, entered: Date, today: string): number {
  const start = chinaDate(entered);
  if (start >= today) return 0;
  const next = new Date(`${start}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return calendar.countWorkdays(next.toISOString().slice(0, 10), today);
}
