/** Yearly indicators of an appointed expert against Art. 7, from the service ledger (服务台账). */

export interface LedgerGroup {
  kind: string | null;
  confirmation?: string | null;
  count: number;
  daysOnSite: number;
  peopleTrained: number;
}

export type IndicatorKey = 'techServices' | 'daysOnSite' | 'briefings' | 'trained';

/** Art. 7: ≥10 technical services, ≥30 days on site (7.1), ≥3 briefings or trainings, ≥10 people trained (7.3). */
export const ART7_TARGETS: Array<{ key: IndicatorKey; target: number; article: string }> = [
  { key: 'techServices', target: 10, article: '7.1' },
  { key: 'daysOnSite', target: 30, article: '7.1' },
  { key: 'briefings', target: 3, article: '7.3' },
  { key: 'trained', target: 10, article: '7.3' },
];

export interface Indicator {
  key: IndicatorKey;
  target: number;
  article: string;
  /** Reached by confirmed entries. */
  value: number;
  /** Entries still awaiting the enterprise's confirmation. */
  pending: number;
  percent: number;
  met: boolean;
}

function measure(key: IndicatorKey, g: LedgerGroup): number {
  switch (key) {
    case 'techServices':
      return g.kind === 'TECH_SERVICE' ? g.count : 0;
    case 'daysOnSite':
      return g.daysOnSite;
    case 'briefings':
      return g.kind === 'TRAINING' || g.kind === 'POLICY_BRIEFING' ? g.count : 0;
    case 'trained':
      return g.peopleTrained;
  }
}

/**
 * Progress of one year's ledger against Art. 7. Only confirmed entries count; pending ones
 * are shown beside; disputed ones count for nothing. Groups without a confirmation count as
 * confirmed.
 */
export function indicatorProgress(groups: LedgerGroup[]): Indicator[] {
  return ART7_TARGETS.map(({ key, target, article }) => {
    let value = 0;
    let pending = 0;
    for (const g of groups) {
      const c = g.confirmation ?? 'CONFIRMED';
      if (c === 'CONFIRMED') value += measure(key, g);
      else if (c === 'PENDING') pending += measure(key, g);
    }
    return { key, target, article, value, pending, percent: Math.min(100, Math.round((value / target) * 100)), met: value >= target };
  });
}
