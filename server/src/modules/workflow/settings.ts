/**
 * The thresholds the measures leave to "national or city rules", read from the `setting`
 * table (seeds/src/reference.ts writes the defaults; the bureau may change them). A value that
 * is missing or malformed falls back to the default below, which is the published rule.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { Setting } from '../settings/setting.entity';

export interface RdBand {
  /** Upper bound of main business revenue in yuan for this band; null: no bound. */
  revenueUpToYuan: number | null;
  /** Minimum R&D-to-revenue ratio, e.g. 0.05. */
  minRatio: number;
}

export interface PolicySettings {
  /** N4 (Art. 9.2): R&D ratio by revenue band, in ascending order of revenue. */
  rdBands: RdBand[];
  /** N5 (Art. 11.2): minimum monthly allowance, fen. */
  minMonthlyAllowanceFen: number;
  /** E2 (Art. 5.1): minimum years of work experience. */
  minWorkYears: number;
  /** E3 (Art. 5.4): years without a misconduct record. */
  misconductLookbackYears: number;
  /** N1 (Art. 9.1): minimum years since registration. */
  minRegisteredYears: number;
  /** N3 (Art. 9.1): years without a major violation or bad-credit record. */
  violationLookbackYears: number;
  /** Art. 12.5: length of the public notice in working days. */
  noticeWorkingDays: number;
  /** Art. 17: reward for an excellent grade, fen. */
  excellentRewardFen: number;
  /** Art. 20: cap on university + finance support per project, fen. */
  projectSupportCapFen: number;
  /** Art. 20: minimum enterprise share of a project's total. */
  projectMinEnterpriseShare: number;
}

export const DEFAULT_POLICY: PolicySettings = {
  rdBands: [
    { revenueUpToYuan: 50_000_000, minRatio: 0.05 },
    { revenueUpToYuan: 200_000_000, minRatio: 0.04 },
    { revenueUpToYuan: null, minRatio: 0.03 },
  ],
  minMonthlyAllowanceFen: 100_000,
  minWorkYears: 2,
  misconductLookbackYears: 3,
  minRegisteredYears: 1,
  violationLookbackYears: 3,
  noticeWorkingDays: 5,
  excellentRewardFen: 5_000_000,
  projectSupportCapFen: 100_000_000,
  projectMinEnterpriseShare: 0.5,
};

const KEYS: Record<Exclude<keyof PolicySettings, 'rdBands'>, string> = {
  minMonthlyAllowanceFen: 'n5.minMonthlyAllowanceFen',
  minWorkYears: 'e2.minWorkYears',
  misconductLookbackYears: 'e3.misconductLookbackYears',
  minRegisteredYears: 'n1.minRegisteredYears',
  violationLookbackYears: 'n3.lookbackYears',
  noticeWorkingDays: 'notice.workingDays',
  excellentRewardFen: 'evaluation.excellentRewardFen',
  projectSupportCapFen: 'project.supportCapFen',
  projectMinEnterpriseShare: 'project.minEnterpriseShare',
};

function isBands(value: unknown): value is RdBand[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      (b) =>
        b &&
        typeof b === 'object' &&
        typeof (b as RdBand).minRatio === 'number' &&
        (b as RdBand).minRatio >= 0 &&
        ((b as RdBand).revenueUpToYuan === null || typeof (b as RdBand).revenueUpToYuan === 'number'),
    )
  );
}

/** Builds the settings from `key → value` pairs, keeping the default for anything unusable. */
export function policyFrom(values: Record<string, unknown>): PolicySettings {
  const out: PolicySettings = { ...DEFAULT_POLICY, rdBands: [...DEFAULT_POLICY.rdBands] };
  const bands = values['n4.rdRatio'];
  if (isBands(bands)) {
    out.rdBands = [...bands].sort((a, b) => (a.revenueUpToYuan ?? Infinity) - (b.revenueUpToYuan ?? Infinity));
  }
  for (const [field, key] of Object.entries(KEYS) as Array<[keyof typeof KEYS, string]>) {
    const v = values[key];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) out[field] = v;
  }
  return out;
}

export async function loadPolicy(em: EntityManager): Promise<PolicySettings> {
  const rows = await em.find(Setting, {});
  return policyFrom(Object.fromEntries(rows.map((r) => [r.key, r.value])));
}
