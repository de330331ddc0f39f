/** Shaping for co-innovation fund splits (Art. 4, 20, 21): enterprise / university / finance. */
import { fenToWan, percentages, type Lang } from './format.js';
import { enumLabel } from './labels.js';
import type { Category } from './sectors.js';

export const FUNDERS = ['ENTERPRISE', 'UNIVERSITY', 'FINANCE'] as const;
export type FunderCode = (typeof FUNDERS)[number];

export interface FundGroup {
  code: string;
  label: string;
  sortKey?: number;
  count: number;
  enterpriseFen: number;
  universityFen: number;
  financeFen: number;
  totalFen: number;
}

export interface FundSeries {
  funder: FunderCode;
  name: string;
  /** 万元 per category, for bars. */
  wan: number[];
  /** Exact fen per category, for tooltips and tables. */
  fen: number[];
  /** Percent of each category's total. */
  percents: number[];
}

export interface FundBars {
  categories: Array<Category & { totalFen: number; count: number }>;
  series: FundSeries[];
  /** Categories where the enterprise puts in less than half (Art. 20 requires at least 50%). */
  belowHalf: string[];
}

function fenOf(g: FundGroup, f: FunderCode): number {
  return f === 'ENTERPRISE' ? g.enterpriseFen : f === 'UNIVERSITY' ? g.universityFen : g.financeFen;
}

/** The three-way split per category (sector or county), largest total first unless sortKey is given. */
export function fundSplit(groups: FundGroup[], lang: Lang): FundBars {
  const list = [...groups].sort((a, b) => (a.sortKey != null && b.sortKey != null ? a.sortKey - b.sortKey : b.totalFen - a.totalFen));
  const perCat = list.map((g) => percentages(FUNDERS.map((f) => fenOf(g, f))));
  return {
    categories: list.map((g) => ({ code: g.code, label: g.label, totalFen: g.totalFen, count: g.count })),
    series: FUNDERS.map((f, fi) => ({
      funder: f,
      name: enumLabel('funder', f, lang),
      wan: list.map((g) => fenToWan(fenOf(g, f))),
      fen: list.map((g) => fenOf(g, f)),
      percents: perCat.map((p) => p[fi]),
    })),
    belowHalf: list.filter((g) => g.totalFen > 0 && g.enterpriseFen * 2 < g.totalFen).map((g) => g.code),
  };
}

export interface FunderSlice {
  code: FunderCode;
  name: string;
  fen: number;
  percent: number;
}

/** City-wide split of the sums into the three funders. */
export function funderSlices(sums: { enterpriseFen: number; universityFen: number; financeFen: number }, lang: Lang): FunderSlice[] {
  const fen = [sums.enterpriseFen, sums.universityFen, sums.financeFen];
  const pct = percentages(fen);
  return FUNDERS.map((f, i) => ({ code: f, name: enumLabel('funder', f, lang), fen: fen[i], percent: pct[i] }));
}

export interface ApprovedVsDisbursed {
  categories: Category[];
  approvedFen: number[];
  disbursedFen: number[];
  /** Disbursed / approved, 0 when nothing was approved. */
  rate: number[];
}

/** Approved budgets against money actually disbursed (拨付), per category, union of both sides. */
export function approvedVsDisbursed(
  approved: Array<{ code: string; label: string; sortKey?: number; fen: number }>,
  disbursed: Array<{ code: string; label: string; sortKey?: number; fen: number }>,
): ApprovedVsDisbursed {
  const cats = new Map<string, { code: string; label: string; sortKey: number; a: number; d: number }>();
  for (const r of approved) {
    const c = cats.get(r.code) ?? { code: r.code, label: r.label, sortKey: r.sortKey ?? 0, a: 0, d: 0 };
    c.a += r.fen;
    cats.set(r.code, c);
  }
  for (const r of disbursed) {
    const c = cats.get(r.code) ?? { code: r.code, label: r.label, sortKey: r.sortKey ?? 0, a: 0, d: 0 };
    c.d += r.fen;
    cats.set(r.code, c);
  }
  const list = [...cats.values()].sort((x, y) => x.sortKey - y.sortKey || y.a - x.a);
  return {
    categories: list.map((c) => ({ code: c.code, label: c.label })),
    approvedFen: list.map((c) => c.a),
    disbursedFen: list.map((c) => c.d),
    rate: list.map((c) => (c.a > 0 ? c.d / c.a : 0)),
  };
}
