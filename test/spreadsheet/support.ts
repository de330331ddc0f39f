/**
 * Helpers for the spreadsheet tests: HTTP calls to the import and export routes, workbooks
 * built with exceljs (the server's own copy, with its UTF-8 fix), and a content hash of the
 * tables an import may touch, to prove that a refused file changed nothing.
 */
import ExcelJS from '@techvp/server/dist/modules/spreadsheet/excel';
import { residentIdCheckChar, creditCodeCheckChar } from '@techvp/server';
import type pg from 'pg';
import type { TestServer } from '../support/server';

export { ExcelJS };

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV = 'text/csv';

export interface Problem {
  sheet: string | null;
  row: number | null;
  column: string | null;
  cell: string | null;
  message: string;
}

export interface Report {
  ok: boolean;
  kind: string;
  dryRun: boolean;
  format: string | null;
  sheet: string | null;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: number;
  problems: Problem[];
  problemCount: number;
  problemsTruncated: boolean;
  notices: Array<{ row: number; kind: string; message: string }>;
  fileSha256: string;
  durationMs: number;
}

export async function importFile(
  api: TestServer,
  token: string,
  kind: string,
  body: Buffer,
  opts: { type?: string; dryRun?: boolean; fileName?: string } = {},
): Promise<{ status: number; report: Report }> {
  const res = await fetch(`${api.url}/api/spreadsheets/import/${kind}${opts.dryRun ? '?dryRun=1' : ''}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': opts.type ?? XLSX,
      ...(opts.fileName ? { 'x-file-name': encodeURIComponent(opts.fileName) } : {}),
    },
    body: new Uint8Array(body),
  });
  const text = await res.text();
  try {
    return { status: res.status, report: JSON.parse(text) as Report };
  } catch {
    throw new Error(`not JSON (${res.status}): ${text.slice(0, 300)}`);
  }
}

export async function download(
  api: TestServer,
  token: string | null,
  path: string,
): Promise<{ status: number; body: Buffer; headers: Headers }> {
  const res = await fetch(`${api.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()), headers: res.headers };
}

/** A one-sheet workbook from rows of cell values (row 1 is the header). */
export async function workbook(sheetName: string, rows: unknown[][], textColumns: number[] = []): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const c of textColumns) ws.getColumn(c + 1).numFmt = '@';
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Reads every sheet of a workbook into arrays of cell values. */
export async function readWorkbook(data: Buffer): Promise<Record<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const out: Record<string, unknown[][]> = {};
  wb.eachSheet((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: false }, (row) => rows.push((row.values as unknown[]).slice(1)));
    out[ws.name] = rows;
  });
  return out;
}

/** md5 of every row of the tables, in id order: equal before and after means nothing changed. */
export async function contentHash(
  sql: pg.Pool,
  tables = ['expert', 'enterprise', 'ledger_entry', 'evaluation'],
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of tables) {
    const { rows } = await sql.query<{ h: string; n: string }>(
      `select coalesce(md5(string_agg(x::text, '|' order by x.id)), '') as h, count(*) as n from "${t}" x`,
    );
    out[t] = `${rows[0].n}:${rows[0].h}`;
  }
  return out;
}

/** A valid synthetic resident ID number (region 371502, the given birth date and sequence). */
export function residentId(birth: string, seq: number, male: boolean): string {
  const s = String(seq % 100).padStart(2, '0') + String(male ? (seq % 5) * 2 + 1 : (seq % 5) * 2);
  const first17 = `371502${birth.replace(/-/g, '')}${s}`;
  return first17 + residentIdCheckChar(first17);
}

/** A valid synthetic unified social credit code. */
export function creditCode(n: number): string {
  const first17 = `91371502MA${String(n).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

/** Flips the check character of an identifier to a wrong one. */
export function breakCheckChar(id: string): string {
  const last = id[id.length - 1];
  return id.slice(0, -1) + (last === '1' ? '2' : '1');
}
