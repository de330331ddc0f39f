/** Shaping for evaluation grade ratios (Art. 17, 18, 19): 100% stacked bars and a pie. */
import { percentages, type Lang } from './format.js';
import { enumLabel } from './labels.js';
import type { Category } from './sectors.js';

export const GRADE_ORDER = ['EXCELLENT', 'GOOD', 'QUALIFIED', 'UNQUALIFIED'] as const;

export interface GradeGroup {
  /** The grouping (county, sector, institution or cycle) code; null for one overall group. */
  code: string | null;
  label: string;
  sortKey?: number | string;
  grade: string | null;
  count: number;
}

export interface GradeSeries {
  grade: string;
  name: string;
  /** Percent of the group's evaluations, per group; each group's percents add up to exactly 100. */
  percents: number[];
  counts: number[];
}

export interface GradeBars {
  groups: Array<Category & { total: number }>;
  series: GradeSeries[];
}

/** Grade ratios within each group (100% stacked), groups in their sort order. */
export function gradeRatios(rows: GradeGroup[], lang: Lang): GradeBars {
  const groups = new Map<string, { code: string; label: string; sortKey: number | string; counts: number[] }>();
  for (const r of rows) {
    const code = r.code ?? '';
    if (!groups.has(code)) groups.set(code, { code, label: r.label, sortKey: r.sortKey ?? r.label, counts: GRADE_ORDER.map(() => 0) });
    const gi = GRADE_ORDER.indexOf(r.grade as (typeof GRADE_ORDER)[number]);
    if (gi >= 0) groups.get(code)!.counts[gi] += r.count;
  }
  const list = [...groups.values()].sort((a, b) =>
    typeof a.sortKey === 'number' && typeof b.sortKey === 'number'
      ? a.sortKey - b.sortKey
      : String(a.sortKey).localeCompare(String(b.sortKey)),
  );
  const perGroup = list.map((g) => percentages(g.counts));
  return {
    groups: list.map((g) => ({ code: g.code, label: g.label, total: g.counts.reduce((a, b) => a + b, 0) })),
    series: GRADE_ORDER.map((grade, gi) => ({
      grade,
      name: enumLabel('grade', grade, lang),
      percents: perGroup.map((p) => p[gi]),
      counts: list.map((g) => g.counts[gi]),
    })),
  };
}

export interface PieSlice {
  code: string;
  name: string;
  value: number;
  percent: number;
}

/** Grades overall, in grade order, with exact percentages that add up to 100. */
export function gradePie(rows: Array<{ grade: string | null; count: number }>, lang: Lang): PieSlice[] {
  const counts = GRADE_ORDER.map((g) => rows.filter((r) => r.grade === g).reduce((a, r) => a + r.count, 0));
  const pct = percentages(counts);
  return GRADE_ORDER.map((g, i) => ({ code: g, name: enumLabel('grade', g, lang), value: counts[i], percent: pct[i] }));
}
