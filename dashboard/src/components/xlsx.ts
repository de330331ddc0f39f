/** Excel export. exceljs is large, so it is downloaded only when someone asks for a spreadsheet. */
import { defuseFormula, type CsvColumn } from '../charts/csv';

interface Worksheet {
  addRow(values: unknown[]): { font: object };
  columns: Array<{ width?: number }>;
  views: object[];
}
interface Workbook {
  addWorksheet(name: string): Worksheet;
  xlsx: { writeBuffer(): Promise<ArrayBuffer> };
  creator: string;
  created: Date;
}

export async function toXlsx<T>(title: string, rows: T[], columns: CsvColumn<T>[]): Promise<Blob> {
  // The prebuilt browser bundle: no Node polyfills, no eval (the server's CSP forbids it).
  const mod = (await import('exceljs/dist/exceljs.bare.min.js')) as {
    default?: { Workbook: new () => Workbook };
    Workbook?: new () => Workbook;
  };
  const ExcelJS = mod.default ?? (mod as { Workbook: new () => Workbook });
  const wb = new ExcelJS.Workbook();
  wb.creator = 'techvp';
  wb.created = new Date();
  // Sheet names: at most 31 characters, none of : \ / ? * [ ].
  const ws = wb.addWorksheet(title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1');
  ws.addRow(columns.map((c) => defuseFormula(c.title))).font = { bold: true };
  // Text that looks like a formula is defused here too: Excel turns it into one as soon as the
  // cell is edited, and other programs may evaluate it on opening.
  for (const r of rows) ws.addRow(columns.map((c) => defuseFormula(c.value(r) ?? null)));
  ws.columns = columns.map((c) => ({
    width: Math.min(
      60,
      Math.max(
        8,
        ...[c.title, ...rows.slice(0, 200).map((r) => String(c.value(r) ?? ''))].map(
          (s) => [...s].reduce((a, ch) => a + (ch.charCodeAt(0) > 255 ? 2 : 1), 0) + 2,
        ),
      ),
    ),
  }));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const buffer = await wb.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
