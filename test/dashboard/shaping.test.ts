/** The chart data shaping behind each panel: pure functions from group-by rows to chart series. */
import { describe, expect, it } from 'vitest';
import { approvedVsDisbursed, fundSplit, funderSlices } from '../../dashboard/src/charts/funds';
import { gradePie, gradeRatios } from '../../dashboard/src/charts/grades';
import { indicatorProgress } from '../../dashboard/src/charts/ledger';
import { countyPipelines, pipelineFunnel, waitingDays } from '../../dashboard/src/charts/pipeline';
import { cohortTrend, sectorCountyHeatmap, sectorSpread } from '../../dashboard/src/charts/sectors';

const sector = (code: string, sortOrder: number, priority = true) => ({
  id: sortOrder,
  code,
  nameZh: `领域${code}`,
  nameEn: `Sector ${code}`,
  sortOrder,
  priority,
});
const county = (code: string, sortOrder: number) => ({ id: sortOrder, code, nameZh: `县${code}`, nameEn: `County ${code}`, sortOrder });
const AI = sector('AI', 1);
const AGRI = sector('AGRI', 2);
const TRAD = sector('TRAD', 8, false);
const C1 = county('371502', 1);
const C2 = county('371503', 2);

describe('sector spread (appointments by priority sector, Art. 10)', () => {
  it('splits serving and ended appointments per sector, priority sectors first, and keeps the total', () => {
    const shaped = sectorSpread(
      [
        { sector: TRAD, status: 'ACTIVE', count: 5 },
        { sector: AI, status: 'ACTIVE', count: 4 },
        { sector: AI, status: 'COMPLETED', count: 20 },
        { sector: AI, status: 'REVOKED', count: 3 },
        { sector: AGRI, status: 'TERMINATED', count: 2 },
      ],
      'zh',
    );
    expect(shaped.categories.map((c) => c.code)).toEqual(['AI', 'AGRI', 'TRAD']);
    expect(shaped.series[0]).toMatchObject({ key: 'ACTIVE', name: '在岗', data: [4, 0, 5] });
    expect(shaped.series[1]).toMatchObject({ key: 'ENDED', data: [23, 2, 0] });
    expect(shaped.total).toBe(34);
    expect(sectorSpread([], 'en')).toMatchObject({ categories: [], total: 0 });
  });

  it('fills the sector × county grid with zeros and the trend with every year in between', () => {
    const heat = sectorCountyHeatmap(
      [
        { sector: AI, division: C2, count: 3 },
        { sector: AGRI, division: C1, count: 7 },
      ],
      'en',
    );
    expect(heat.x.map((c) => c.label)).toEqual(['County 371502', 'County 371503']);
    expect(heat.y.map((c) => c.code)).toEqual(['AI', 'AGRI']);
    expect(heat.cells).toEqual([
      [0, 0, 0],
      [1, 0, 3],
      [0, 1, 7],
      [1, 1, 0],
    ]);
    expect(heat.max).toBe(7);
    const trend = cohortTrend(
      [
        { cohortYear: 2021, sector: AI, count: 2 },
        { cohortYear: 2024, sector: AI, count: 5 },
        { cohortYear: 2023, sector: AGRI, count: 1 },
      ],
      'zh',
    );
    expect(trend.years).toEqual(['2021', '2022', '2023', '2024']);
    expect(trend.series.find((s) => s.key === 'AI')!.data).toEqual([2, 0, 0, 5]);
    expect(trend.series.find((s) => s.key === 'AGRI')!.data).toEqual([0, 0, 1, 0]);
  });
});

describe('county pipelines (Art. 12)', () => {
  const groups = [
    { division: C2, stage: 'RECOGNISED', count: 10 },
    { division: C1, stage: 'SUBMITTED', count: 4 },
    { division: C1, stage: 'REJECTED', count: 3 },
    { division: C1, stage: 'DRAFT', count: 2 },
    { division: C2, stage: 'CITY_APPROVED', count: 1 },
  ];

  it('stacks stages in pipeline order per county, with totals', () => {
    const shaped = countyPipelines(groups, 'zh');
    expect(shaped.counties.map((c) => c.code)).toEqual(['371502', '371503']);
    expect(shaped.stages.map((s) => s.code)).toEqual(['DRAFT', 'SUBMITTED', 'CITY_APPROVED', 'RECOGNISED', 'REJECTED']);
    expect(shaped.series.find((s) => s.key === 'RECOGNISED')!.data).toEqual([0, 10]);
    expect(shaped.totals).toEqual([9, 11]);
  });

  it('builds a funnel where each step counts the cases that reached it or went further', () => {
    const funnel = pipelineFunnel(groups, 'zh');
    const reached = Object.fromEntries(funnel.map((s) => [s.stage, s.reached]));
    expect(reached.DRAFT).toBe(20);
    // Rejected cases left after submission: they count as submitted.
    expect(reached.SUBMITTED).toBe(18);
    expect(reached.COUNTY_APPROVED).toBe(11);
    expect(reached.CITY_APPROVED).toBe(11);
    expect(reached.MATCHED).toBe(10);
    expect(reached.RECOGNISED).toBe(10);
    expect(funnel[0].conversion).toBeNull();
    expect(funnel[1].conversion).toBeCloseTo(18 / 20);
    for (let i = 1; i < funnel.length; i++) expect(funnel[i].reached).toBeLessThanOrEqual(funnel[i - 1].reached);
  });

  it('counts whole days waited since a case entered its stage', () => {
    expect(waitingDays('2026-11-01T00:00:00+08:00', new Date('2026-11-20T23:00:00+08:00'))).toBe(19);
    expect(waitingDays('2026-11-21T00:00:00+08:00', new Date('2026-11-20T00:00:00+08:00'))).toBe(0);
  });
});

describe('evaluation grade ratios (Art. 17-19)', () => {
  it('gives 100% stacked percents per group that add up exactly, with the counts beside', () => {
    const rows = [
      { code: 'B', label: '乙', sortKey: 2, grade: 'GOOD', count: 1 },
      { code: 'A', label: '甲', sortKey: 1, grade: 'EXCELLENT', count: 1 },
      { code: 'A', label: '甲', sortKey: 1, grade: 'GOOD', count: 1 },
      { code: 'A', label: '甲', sortKey: 1, grade: 'QUALIFIED', count: 1 },
      { code: 'B', label: '乙', sortKey: 2, grade: 'UNQUALIFIED', count: 3 },
    ];
    const bars = gradeRatios(rows, 'zh');
    expect(bars.groups).toEqual([
      { code: 'A', label: '甲', total: 3 },
      { code: 'B', label: '乙', total: 4 },
    ]);
    expect(bars.series.map((s) => s.grade)).toEqual(['EXCELLENT', 'GOOD', 'QUALIFIED', 'UNQUALIFIED']);
    expect(bars.series.map((s) => s.percents[0])).toEqual([33.4, 33.3, 33.3, 0]);
    expect(bars.series.map((s) => s.percents[1])).toEqual([0, 25, 0, 75]);
    expect(bars.series[3].counts).toEqual([0, 3]);
    const pie = gradePie(rows, 'en');
    expect(pie.map((p) => [p.name, p.value])).toEqual([
      ['Excellent', 1],
      ['Good', 2],
      ['Qualified', 1],
      ['Unqualified', 3],
    ]);
    expect(pie.reduce((a, p) => a + p.percent, 0)).toBeCloseTo(100, 10);
  });
});

describe('co-innovation fund splits (Art. 4, 20, 21)', () => {
  it('splits each category three ways in 万元 and flags an enterprise share below half', () => {
    const shaped = fundSplit(
      [
        {
          code: 'AI',
          label: 'AI',
          sortKey: 1,
          count: 2,
          enterpriseFen: 60_000_000,
          universityFen: 10_000_000,
          financeFen: 30_000_000,
          totalFen: 100_000_000,
        },
        {
          code: 'AG',
          label: 'AG',
          sortKey: 2,
          count: 1,
          enterpriseFen: 40_000_000,
          universityFen: 20_000_000,
          financeFen: 40_000_000,
          totalFen: 100_000_000,
        },
      ],
      'zh',
    );
    expect(shaped.series.map((s) => s.funder)).toEqual(['ENTERPRISE', 'UNIVERSITY', 'FINANCE']);
    expect(shaped.series[0].wan).toEqual([60, 40]);
    expect(shaped.series[0].fen).toEqual([60_000_000, 40_000_000]);
    expect(shaped.series.map((s) => s.percents[0])).toEqual([60, 10, 30]);
    expect(shaped.belowHalf).toEqual(['AG']);
    const slices = funderSlices({ enterpriseFen: 2, universityFen: 1, financeFen: 0 }, 'zh');
    expect(slices.map((s) => [s.name, s.percent])).toEqual([
      ['企业', 66.7],
      ['高校院所', 33.3],
      ['市财政', 0],
    ]);
  });

  it('sets approved budgets against disbursements per county, counties on either side included', () => {
    const avd = approvedVsDisbursed(
      [
        { code: 'B', label: 'B', sortKey: 2, fen: 1000 },
        { code: 'A', label: 'A', sortKey: 1, fen: 400 },
      ],
      [
        { code: 'A', label: 'A', sortKey: 1, fen: 100 },
        { code: 'C', label: 'C', sortKey: 3, fen: 50 },
      ],
    );
    expect(avd.categories.map((c) => c.code)).toEqual(['A', 'B', 'C']);
    expect(avd.approvedFen).toEqual([400, 1000, 0]);
    expect(avd.disbursedFen).toEqual([100, 0, 50]);
    expect(avd.rate).toEqual([0.25, 0, 0]);
  });
});

describe('yearly indicators against Art. 7', () => {
  it('counts confirmed technical services, days on site, briefings or trainings and people trained', () => {
    const ind = indicatorProgress([
      { kind: 'TECH_SERVICE', confirmation: 'CONFIRMED', count: 10, daysOnSite: 20, peopleTrained: 2 },
      { kind: 'TECH_SERVICE', confirmation: 'PENDING', count: 2, daysOnSite: 3, peopleTrained: 0 },
      { kind: 'TECH_SERVICE', confirmation: 'DISPUTED', count: 5, daysOnSite: 9, peopleTrained: 0 },
      { kind: 'TRAINING', confirmation: 'CONFIRMED', count: 2, daysOnSite: 2, peopleTrained: 12 },
      { kind: 'POLICY_BRIEFING', confirmation: 'CONFIRMED', count: 1, daysOnSite: 1, peopleTrained: 0 },
      { kind: 'RD_MEETING', confirmation: 'CONFIRMED', count: 4, daysOnSite: 4, peopleTrained: 0 },
    ]);
    const by = Object.fromEntries(ind.map((i) => [i.key, i]));
    expect(by.techServices).toMatchObject({ value: 10, pending: 2, target: 10, met: true, percent: 100 });
    expect(by.daysOnSite).toMatchObject({ value: 27, pending: 3, target: 30, met: false, percent: 90 });
    expect(by.briefings).toMatchObject({ value: 3, target: 3, met: true });
    expect(by.trained).toMatchObject({ value: 14, target: 10, met: true, percent: 100 });
  });
});
