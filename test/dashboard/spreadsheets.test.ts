/** The dashboard's side of the spreadsheet routes: file names, export URLs, bilingual texts, the NDJSON progress stream. */
import { describe, expect, it } from 'vitest';
import { exportUrl, fileNameOf, inLanguage } from '../../dashboard/src/data/spreadsheets';
import { contentTypeOf, CSV_TYPE, progressPercent, readNdjson, XLSX_TYPE } from '../../dashboard/src/features/import/importFile';

describe('files the server writes', () => {
  it('takes the UTF-8 file name of Content-Disposition over the ASCII fallback, and the plain one when it is alone', () => {
    const header = `attachment; filename="__.xlsx"; filename*=UTF-8''${encodeURIComponent('申报_20261125.xlsx')}`;
    expect(fileNameOf(header)).toBe('申报_20261125.xlsx');
    expect(fileNameOf('attachment; filename="ledger.csv"')).toBe('ledger.csv');
    expect(fileNameOf('attachment; filename=plain.csv')).toBe('plain.csv');
    expect(fileNameOf('attachment; filename*=UTF-8\'\'%E0%A4%A; filename="fallback.csv"')).toBe('fallback.csv');
    expect(fileNameOf(null)).toBeNull();
    expect(fileNameOf('attachment')).toBeNull();
  });

  it('puts the GraphQL filter into the export URL as JSON, and leaves an empty filter out', () => {
    const filter = { call: { year: { eq: 2025 } }, stage: { eq: 'SUBMITTED' } };
    const url = exportUrl('applications', 'csv', filter);
    expect(url.startsWith('/api/spreadsheets/export/applications.csv?filter=')).toBe(true);
    expect(JSON.parse(new URL(url, 'http://x').searchParams.get('filter')!)).toEqual(filter);
    expect(exportUrl('filings', 'xlsx', {})).toBe('/api/spreadsheets/export/filings.xlsx');
    expect(exportUrl('ledger', 'xlsx', null)).toBe('/api/spreadsheets/export/ledger.xlsx');
  });

  it('shows the half of a "中文 / English" text in the viewer’s language', () => {
    const msg = '统一社会信用代码：统一社会信用代码校验位错误 / wrong check character (GB 32100)';
    expect(inLanguage(msg, 'zh')).toBe('统一社会信用代码：统一社会信用代码校验位错误');
    expect(inLanguage(msg, 'en')).toBe('wrong check character (GB 32100)');
    const quoted = '缺少必填列“统一社会信用代码” / required column "统一社会信用代码" is missing';
    expect(inLanguage(quoted, 'en')).toBe('required column "统一社会信用代码" is missing');
    expect(inLanguage('文件超过 30 MB / file larger than 31457280 bytes', 'zh')).toBe('文件超过 30 MB');
    // English halves may begin with a Chinese choice.
    const choice = '是 或 否，留空为“否”（第十二条） / 是 or 否; empty means no';
    expect(inLanguage(choice, 'zh')).toBe('是 或 否，留空为“否”（第十二条）');
    expect(inLanguage(choice, 'en')).toBe('是 or 否; empty means no');
    // No English half: the text stays whole (a date's slashes are not a separator).
    expect(inLanguage('日期 2026/3/15 无效', 'en')).toBe('日期 2026/3/15 无效');
  });
});

describe('importing a file', () => {
  it('sends .csv names as text/csv and everything else as .xlsx (the server reads the format from the bytes)', () => {
    expect(contentTypeOf('企业.CSV')).toBe(CSV_TYPE);
    expect(contentTypeOf('企业.xlsx')).toBe(XLSX_TYPE);
    expect(contentTypeOf('旧表.xls')).toBe(XLSX_TYPE);
  });

  it('reads NDJSON lines split anywhere across chunks, Chinese characters included', async () => {
    const text = '{"type":"progress","phase":"reading","rowsRead":0}\n{"type":"report","sheet":"企业","ok":true}\n';
    const bytes = new TextEncoder().encode(text);
    // Cut inside a line and inside the three bytes of 企.
    const cut1 = text.indexOf('phase');
    const cut2 = bytes.indexOf(0xe4) + 1;
    const chunks = [bytes.slice(0, cut1), bytes.slice(cut1, cut2), bytes.slice(cut2)];
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const c of chunks) controller.enqueue(c);
        controller.close();
      },
    });
    const seen: unknown[] = [];
    await readNdjson(stream, (v) => seen.push(v));
    expect(seen).toEqual([
      { type: 'progress', phase: 'reading', rowsRead: 0 },
      { type: 'report', sheet: '企业', ok: true },
    ]);
  });

  it('moves the progress bar forward through the phases and never backwards', () => {
    const steps = [
      { phase: 'reading', rowsRead: 0, rowsWritten: 0, rowsToWrite: null },
      { phase: 'reading', rowsRead: 1000, rowsWritten: 0, rowsToWrite: null },
      { phase: 'reading', rowsRead: 200_000, rowsWritten: 0, rowsToWrite: null },
      { phase: 'checking', rowsRead: 200_000, rowsWritten: 0, rowsToWrite: null },
      { phase: 'writing', rowsRead: 200_000, rowsWritten: 0, rowsToWrite: 200_000 },
      { phase: 'writing', rowsRead: 200_000, rowsWritten: 100_000, rowsToWrite: 200_000 },
      { phase: 'writing', rowsRead: 200_000, rowsWritten: 200_000, rowsToWrite: 200_000 },
      { phase: 'done', rowsRead: 200_000, rowsWritten: 200_000, rowsToWrite: 200_000 },
    ] as const;
    const percents = steps.map((s) => progressPercent({ ...s }));
    expect(percents[0]).toBe(0);
    expect(percents[1]).toBe(20);
    expect(percents.at(-1)).toBe(100);
    for (let i = 1; i < percents.length; i++) expect(percents[i]).toBeGreaterThanOrEqual(percents[i - 1]);
    expect(percents.slice(0, -1).every((p) => p < 100)).toBe(true);
  });
});
