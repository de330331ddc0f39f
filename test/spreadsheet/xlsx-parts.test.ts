/**
 * Reading .xlsx files does not depend on timing. exceljs writes a workbook's parts as
 * worksheet, shared strings, styles and, last, xl/workbook.xml; its one-pass streaming reader
 * lost the parts after the worksheet whenever the rest of the archive was unpacked before it
 * had finished with the worksheet (exceljs#3064), and the import then refused a valid file as
 * damaged: a file-level problem instead of the row problems, now and then. Uncompressed
 * ("stored") archives, which several exporters write, unpack fastest and lost them most often.
 */
import { describe, expect, it } from 'vitest';
import { readRows } from '../../server/dist/modules/spreadsheet/parse';
import { ENGINE } from '../support/db';
import { ExcelJS } from './support';

const HEADER = ['任职编号', '服务日期*', '服务类别*', '服务内容*'];

async function ledgerWorkbook(compression: 'STORE' | 'DEFLATE', sheets: string[] = ['服务台账']): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [s, name] of sheets.entries()) {
    const ws = wb.addWorksheet(name);
    ws.addRow(HEADER);
    for (let i = 1; i <= 3; i++) ws.addRow([s * 100 + i, '2025-03-0' + i, '技术服务', `第${i}次现场服务：工艺调试`]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer({ zip: { compression } } as never));
}

async function rowsOf(data: Buffer, skip: string[] = []) {
  const out: Array<{ sheet: string; row: number; cells: unknown[] }> = [];
  for await (const r of readRows(data, 'xlsx', new Set(skip))) out.push(r);
  return out;
}

describe(`reading .xlsx parts (${ENGINE} run)`, () => {
  it('reads every stored and compressed workbook whole, every time', async () => {
    const expected = [
      { sheet: '服务台账', row: 1, cells: HEADER },
      { sheet: '服务台账', row: 2, cells: [1, '2025-03-01', '技术服务', '第1次现场服务：工艺调试'] },
      { sheet: '服务台账', row: 3, cells: [2, '2025-03-02', '技术服务', '第2次现场服务：工艺调试'] },
      { sheet: '服务台账', row: 4, cells: [3, '2025-03-03', '技术服务', '第3次现场服务：工艺调试'] },
    ];
    for (const compression of ['STORE', 'DEFLATE'] as const) {
      const file = await ledgerWorkbook(compression);
      // One at a time and several at once: neither may change what is read.
      for (let i = 0; i < 20; i++) expect(await rowsOf(file)).toEqual(expected);
      const together = await Promise.all(Array.from({ length: 10 }, () => rowsOf(file)));
      for (const rows of together) expect(rows).toEqual(expected);
    }
  });

  it('takes the first sheet not skipped, by its name in the workbook', async () => {
    const file = await ledgerWorkbook('STORE', ['填写说明', '服务台账', '另一张']);
    for (let i = 0; i < 10; i++) {
      const rows = await rowsOf(file, ['填写说明']);
      expect(rows.map((r) => r.sheet)).toEqual(Array(4).fill('服务台账'));
      expect(rows[1].cells[0]).toBe(101);
    }
  });

  it('still calls a damaged archive damaged', async () => {
    const file = await ledgerWorkbook('STORE');
    await expect(rowsOf(file.subarray(0, file.length - 200))).rejects.toThrow(/not a valid Excel|damaged/);
  });
});
