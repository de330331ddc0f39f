/** The Art. 7 indicator judgement on its own: targets pro-rated for a part year, status and projection. */
import { describe, expect, it } from 'vitest';
import { IndicatorCode, judgeIndicators, yearWindow, type IndicatorCounts } from '../../server/dist/modules/ledger/indicators';

function counts(values: Partial<Record<IndicatorCode, number>>): IndicatorCounts {
  return Object.fromEntries(
    Object.values(IndicatorCode).map((c) => [c, { actual: values[c] ?? 0, confirmed: values[c] ?? 0 }]),
  ) as IndicatorCounts;
}

describe('Art. 7 indicators', () => {
  it('keeps the targets of the text for a full year and pro-rates a part year, rounding up', () => {
    const full = judgeIndicators(yearWindow(2026, '2025-03-01', '2027-02-28'), '2026-12-31', counts({}));
    expect(full.map((i) => [i.code, i.target])).toEqual([
      ['TECH_SERVICES', 10],
      ['DAYS_ON_SITE', 30],
      ['NEW_TECHNOLOGIES', 1],
      ['IP_APPLICATIONS', 1],
      ['BRIEFINGS_AND_TRAININGS', 3],
      ['PEOPLE_TRAINED', 10],
    ]);
    // 2026-10-01..12-31 is 92 of 365 days: 10 → ceil(2.52) = 3, 30 → ceil(7.56) = 8, 1 → 1.
    const part = judgeIndicators(yearWindow(2026, '2026-10-01', '2028-09-30'), '2027-01-10', counts({}));
    expect(part.find((i) => i.code === 'TECH_SERVICES')!.target).toBe(3);
    expect(part.find((i) => i.code === 'DAYS_ON_SITE')!.target).toBe(8);
    expect(part.find((i) => i.code === 'IP_APPLICATIONS')!.target).toBe(1);
  });

  it('says MET once reached, MISSED when the year is over without it', () => {
    const window = yearWindow(2025, '2024-06-01', '2026-05-31');
    const over = judgeIndicators(window, '2026-01-05', counts({ TECH_SERVICES: 10, DAYS_ON_SITE: 29 }));
    expect(over.find((i) => i.code === 'TECH_SERVICES')!.status).toBe('MET');
    expect(over.find((i) => i.code === 'DAYS_ON_SITE')!.status).toBe('MISSED');
  });

  it('projects the pace to the year end: on track or at risk', () => {
    const window = yearWindow(2026, '2025-01-01', '2027-12-31');
    // 2026-07-02 is day 183 of 365: 5 services project to floor(5 × 365 / 183) = 9, short of 10.
    const mid = judgeIndicators(window, '2026-07-02', counts({ TECH_SERVICES: 5, DAYS_ON_SITE: 16 }));
    expect(mid.find((i) => i.code === 'TECH_SERVICES')).toMatchObject({ projected: 9, status: 'AT_RISK' });
    expect(mid.find((i) => i.code === 'DAYS_ON_SITE')).toMatchObject({ projected: 31, status: 'ON_TRACK' });
    // Before the year starts nothing is expected yet.
    const before = judgeIndicators(window, '2025-12-31', counts({}));
    expect(before.every((i) => i.status === 'ON_TRACK')).toBe(true);
  });
});
