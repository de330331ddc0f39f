/** Shaping for the county pipelines (Art. 12, 13): stage order, stacked stages per county, funnels. */
import type { Lang } from './format.js';
import { enumLabel, type Ref, refLabel } from './labels.js';
import type { Category, Series } from './sectors.js';

/** The forward path of an application, in order (Art. 12). */
export const STAGE_PATH = [
  'DRAFT',
  'SUBMITTED',
  'COUNTY_APPROVED',
  'CITY_APPROVED',
  'MATCHED',
  'PARTY_APPROVED',
  'FILED',
  'IN_NOTICE',
  'RECOGNISED',
] as const;
/** Where a case ends without recognition. */
export const STAGE_ENDS = ['REJECTED', 'WITHDRAWN'] as const;
/** Stages in which a case waits for somebody's decision now. */
export const WAITING_STAGES = ['SUBMITTED', 'COUNTY_APPROVED', 'CITY_APPROVED', 'MATCHED', 'PARTY_APPROVED', 'FILED', 'IN_NOTICE'] as const;
export const ALL_STAGES: string[] = [...STAGE_PATH, ...STAGE_ENDS];

export interface StageGroup {
  division?: Ref | null;
  stage: string | null;
  count: number;
}

export interface StageBars {
  counties: Category[];
  stages: Category[];
  /** One series per stage (stacked), data per county. */
  series: Series[];
  totals: number[];
}

/** Applications per county and stage, stages in pipeline order, counties in their sort order. */
export function countyPipelines(groups: StageGroup[], lang: Lang): StageBars {
  const counties = new Map<string, Ref>();
  for (const g of groups) if (g.division && !counties.has(g.division.code)) counties.set(g.division.code, g.division);
  const list = [...counties.values()].sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0) || a.code.localeCompare(b.code));
  const ci = new Map(list.map((c, i) => [c.code, i]));
  const present = ALL_STAGES.filter((s) => groups.some((g) => g.stage === s && g.count > 0));
  const series = present.map((s) => ({ key: s, name: enumLabel('stage', s, lang), data: list.map(() => 0) }));
  const si = new Map(present.map((s, i) => [s, i]));
  const totals = list.map(() => 0);
  for (const g of groups) {
    if (!g.division || !g.stage || !si.has(g.stage)) continue;
    const c = ci.get(g.division.code)!;
    series[si.get(g.stage)!].data[c] += g.count;
    totals[c] += g.count;
  }
  return {
    counties: list.map((c) => ({ code: c.code, label: refLabel(c, lang) })),
    stages: present.map((s) => ({ code: s, label: enumLabel('stage', s, lang) })),
    series,
    totals,
  };
}

export interface FunnelStep {
  stage: string;
  label: string;
  /** Applications that reached this stage or went beyond it. */
  reached: number;
  /** Of those that reached the previous step, the share that reached this one. */
  conversion: number | null;
}

/**
 * The funnel of one county (or the city) from current stages: a case in stage S has passed
 * every earlier stage of the path. Rejected and withdrawn cases count as submitted (they
 * left the pipeline after submission; where exactly is in their review history).
 */
export function pipelineFunnel(groups: StageGroup[], lang: Lang): FunnelStep[] {
  const count = new Map<string, number>();
  for (const g of groups) if (g.stage) count.set(g.stage, (count.get(g.stage) ?? 0) + g.count);
  const ended = STAGE_ENDS.reduce((a, s) => a + (count.get(s) ?? 0), 0);
  const steps: FunnelStep[] = [];
  let previous: number | null = null;
  STAGE_PATH.forEach((stage, i) => {
    let reached = STAGE_PATH.slice(i).reduce((a, s) => a + (count.get(s) ?? 0), 0);
    if (i <= 1) reached += ended;
    steps.push({
      stage,
      label: enumLabel('stage', stage, lang),
      reached,
      conversion: previous === null ? null : previous === 0 ? 0 : reached / previous,
    });
    previous = reached;
  });
  return steps;
}

/** Whole days a case has waited since it entered its stage (China time is irrelevant for a difference of instants). */
export function waitingDays(stageEnteredAt: string, now: Date = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(stageEnteredAt).getTime()) / 86_400_000));
}
