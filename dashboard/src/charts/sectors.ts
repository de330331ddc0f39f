/** Shaping for the sector panels: appointments by sector, sector × county heat map, cohort trend. */
import type { Lang } from './format.js';
import { enumLabel, type Ref, refLabel } from './labels.js';

export interface SectorRef extends Ref {
  priority?: boolean;
}

export interface Category {
  code: string;
  label: string;
}

export interface Series {
  key: string;
  name: string;
  data: number[];
}

export interface CategoryBars {
  categories: Category[];
  series: Series[];
  total: number;
}

function bySort(a: Ref, b: Ref): number {
  return (a.sortOrder ?? 0) - (b.sortOrder ?? 0) || a.code.localeCompare(b.code);
}

function uniqueRefs<T extends Ref>(refs: Array<T | null | undefined>): T[] {
  const seen = new Map<string, T>();
  for (const r of refs) if (r && !seen.has(r.code)) seen.set(r.code, r);
  return [...seen.values()].sort(bySort);
}

export interface SectorStatusGroup {
  sector: SectorRef | null;
  status?: string | null;
  count: number;
}

/**
 * Appointments per sector, split into serving now (ACTIVE) and ended; priority sectors
 * (Art. 10) first in their configured order. Sectors without appointments are omitted.
 */
export function sectorSpread(groups: SectorStatusGroup[], lang: Lang): CategoryBars {
  const sectors = uniqueRefs(groups.map((g) => g.sector)).sort((a, b) => Number(!!b.priority) - Number(!!a.priority) || bySort(a, b));
  const index = new Map(sectors.map((s, i) => [s.code, i]));
  const active = sectors.map(() => 0);
  const ended = sectors.map(() => 0);
  let total = 0;
  for (const g of groups) {
    if (!g.sector) continue;
    const i = index.get(g.sector.code)!;
    if (g.status === 'ACTIVE' || g.status === undefined) active[i] += g.count;
    else ended[i] += g.count;
    total += g.count;
  }
  return {
    categories: sectors.map((s) => ({ code: s.code, label: refLabel(s, lang) })),
    series: [
      { key: 'ACTIVE', name: enumLabel('appointmentStatus', 'ACTIVE', lang), data: active },
      { key: 'ENDED', name: lang === 'zh' ? '已结束' : 'Ended', data: ended },
    ],
    total,
  };
}

export interface CellGroup {
  sector: SectorRef | null;
  division: Ref | null;
  count: number;
}

export interface Heatmap {
  x: Category[];
  y: Category[];
  /** [x index, y index, value] */
  cells: Array<[number, number, number]>;
  max: number;
}

/** Sector (rows) × county (columns) counts; empty combinations are 0 so the grid is complete. */
export function sectorCountyHeatmap(groups: CellGroup[], lang: Lang): Heatmap {
  const counties = uniqueRefs(groups.map((g) => g.division));
  const sectors = uniqueRefs(groups.map((g) => g.sector));
  const xi = new Map(counties.map((c, i) => [c.code, i]));
  const yi = new Map(sectors.map((s, i) => [s.code, i]));
  const grid = sectors.map(() => counties.map(() => 0));
  for (const g of groups) {
    if (!g.sector || !g.division) continue;
    grid[yi.get(g.sector.code)!][xi.get(g.division.code)!] += g.count;
  }
  const cells: Array<[number, number, number]> = [];
  let max = 0;
  grid.forEach((row, y) =>
    row.forEach((v, x) => {
      cells.push([x, y, v]);
      max = Math.max(max, v);
    }),
  );
  return {
    x: counties.map((c) => ({ code: c.code, label: refLabel(c, lang) })),
    y: sectors.map((s) => ({ code: s.code, label: refLabel(s, lang) })),
    cells,
    max,
  };
}

export interface CohortGroup {
  cohortYear: number | null;
  sector: SectorRef | null;
  count: number;
}

export interface Trend {
  years: string[];
  series: Series[];
}

/** Appointments per cohort year, one line per sector, every year present (missing = 0). */
export function cohortTrend(groups: CohortGroup[], lang: Lang): Trend {
  const yearsNum = [...new Set(groups.map((g) => g.cohortYear).filter((y): y is number => y != null))].sort((a, b) => a - b);
  const years: number[] = [];
  if (yearsNum.length) for (let y = yearsNum[0]; y <= yearsNum[yearsNum.length - 1]; y++) years.push(y);
  const sectors = uniqueRefs(groups.map((g) => g.sector));
  const series = sectors.map((s) => ({ key: s.code, name: refLabel(s, lang), data: years.map(() => 0) }));
  const si = new Map(sectors.map((s, i) => [s.code, i]));
  for (const g of groups) {
    if (!g.sector || g.cohortYear == null) continue;
    series[si.get(g.sector.code)!].data[years.indexOf(g.cohortYear)] += g.count;
  }
  return { years: years.map(String), series };
}
