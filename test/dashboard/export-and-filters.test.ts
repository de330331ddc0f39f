/** CSV export, the URL filters and their GraphQL translation, and the chart option builders. */
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../dashboard/src/charts/csv';
import { toXlsx } from '../../dashboard/src/components/xlsx';
import { barOption, heatmapOption } from '../../dashboard/src/charts/options';
import { LIGHT } from '../../dashboard/src/components/theme';
import {
  applicationWhere,
  appointmentWhere,
  disbursementWhere,
  evaluationWhere,
  parseFilters,
  projectWhere,
  withFilters,
} from '../../dashboard/src/data/filters';

describe('CSV export', () => {
  it('writes RFC 4180 with a BOM, quotes what needs quoting, defuses formulas, and parses back', () => {
    const rows = [
      { name: '聊城市“科技副总”', note: 'a, b', n: 3 },
      { name: 'He said "hi"', note: 'line1\nline2', n: -2 },
      { name: '=HYPERLINK("x")', note: null, n: 0 },
    ];
    const csv = toCsv(rows, [
      { title: '名称', value: (r) => r.name },
      { title: 'note', value: (r) => r.note },
      { title: 'n', value: (r) => r.n },
    ]);
    expect(csv.startsWith('\uFEFF名称,note,n\r\n')).toBe(true);
    const parsed = parseCsv(csv);
    expect(parsed).toEqual([
      ['名称', 'note', 'n'],
      ['聊城市“科技副总”', 'a, b', '3'],
      ['He said "hi"', 'line1\nline2', '-2'],
      ['\'=HYPERLINK("x")', '', '0'],
    ]);
  });
});

/** The part of exceljs's Node build that reads a workbook back (the dashboard's types do not include it). */
interface ExcelReader {
  Workbook: new () => {
    xlsx: { load(data: ArrayBuffer): Promise<unknown> };
    worksheets: Array<{ getRow(n: number): { values: unknown; getCell(c: number): { value: unknown; type: number } } }>;
  };
  ValueType: { String: number };
}

/** Text an expert could type that a spreadsheet would run as a formula (OWASP "CSV injection"). */
const PAYLOADS = ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tTAB', '\rCR'];

describe('chart-card Excel export', () => {
  it('defuses every formula-like text cell with an apostrophe, leaves numbers alone, and opens in exceljs', async () => {
    const rows = PAYLOADS.map((p, i) => ({ text: p, n: -(i + 1) }));
    const blob = await toXlsx('公式=测试', rows, [
      { title: '内容', value: (r) => r.text },
      { title: '=标题', value: (r) => r.n },
    ]);
    // Read back with exceljs's Node build, as an office would open the file.
    const ExcelJS = createRequire(path.resolve(__dirname, '../../dashboard/package.json'))('exceljs') as ExcelReader;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await blob.arrayBuffer()) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).values).toEqual([undefined, '内容', "'=标题"]);
    PAYLOADS.forEach((p, i) => {
      const row = ws.getRow(i + 2);
      // XML reads a carriage return back as a line feed; the apostrophe is what matters.
      expect(row.getCell(1).value).toBe(`'${p}`.replace(/\r/g, '\n'));
      expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
      expect(row.getCell(2).value).toBe(-(i + 1));
    });
  });
});

describe('global filters in the URL', () => {
  it('reads only well-formed values and writes a sorted query that a link reproduces', () => {
    expect(parseFilters(new URLSearchParams('year=2025&county=371502&sector=NEW_ENERGY&x=1'))).toEqual({
      year: 2025,
      county: '371502',
      sector: 'NEW_ENERGY',
    });
    expect(parseFilters(new URLSearchParams('year=abc&county=<script>&sector=lower'))).toEqual({});
    const next = withFilters(new URLSearchParams('sector=AI&year=2024'), { year: 2025, county: '371581', sector: undefined });
    expect(next.toString()).toBe('county=371581&year=2025');
  });

  it('means cohort year, call year, covering cycle, year proposed and year paid for the different records', () => {
    const f = { year: 2025, county: '371502', sector: 'AI' };
    const place = { division: { code: { eq: '371502' } }, sector: { code: { eq: 'AI' } } };
    expect(appointmentWhere(f)).toEqual({ ...place, cohortYear: { eq: 2025 } });
    expect(applicationWhere(f, { stage: { eq: 'SUBMITTED' } })).toEqual({
      ...place,
      call: { year: { eq: 2025 } },
      stage: { eq: 'SUBMITTED' },
    });
    expect(evaluationWhere(f)).toEqual({ ...place, cycle: { periodStart: { lte: '2025-12-31' }, periodEnd: { gte: '2025-01-01' } } });
    expect(projectWhere(f)).toEqual({ ...place, proposedOn: { gte: '2025-01-01', lte: '2025-12-31' } });
    expect(disbursementWhere(f)).toEqual({
      division: { code: { eq: '371502' } },
      project: { sector: { code: { eq: 'AI' } } },
      disbursedOn: { gte: '2025-01-01', lte: '2025-12-31' },
    });
    expect(appointmentWhere({})).toEqual({});
  });
});

describe('chart options', () => {
  it('builds stacked horizontal bars with the categories on an inverted axis and 100% scale for shares', () => {
    const o = barOption(LIGHT, ['甲', '乙'], [{ name: 's', data: [60, 40] }], { stacked: true, horizontal: true, percent: true }) as {
      xAxis: { type: string; max: number };
      yAxis: { type: string; data: string[]; inverse: boolean };
      series: Array<{ stack: string; data: number[] }>;
    };
    expect(o.yAxis).toMatchObject({ type: 'category', data: ['甲', '乙'], inverse: true });
    expect(o.xAxis).toMatchObject({ type: 'value', max: 100 });
    expect(o.series[0]).toMatchObject({ stack: 'total', data: [60, 40] });
  });

  it('scales the heat map to the largest cell', () => {
    const o = heatmapOption(LIGHT, ['x'], ['y'], [[0, 0, 7]], 7) as { visualMap: { max: number }; series: Array<{ data: unknown }> };
    expect(o.visualMap.max).toBe(7);
    expect(o.series[0].data).toEqual([[0, 0, 7]]);
  });
});
