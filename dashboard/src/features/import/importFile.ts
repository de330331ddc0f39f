// Relative imports carry .js: this module is also compiled by the tests as Node ESM.
/**
 * Sends a spreadsheet to `POST /api/spreadsheets/import/{kind}` and follows its progress: the
 * answer is newline-delimited JSON (`{"type":"progress",…}` lines, then `{"type":"report",…}`
 * or `{"type":"error",…}`), read as it arrives with `body.getReader()`. See docs/spreadsheets.md.
 */
import { errorOf, SpreadsheetError, type ImportKind } from '../../data/spreadsheets.js';

export type ImportPhase = 'reading' | 'checking' | 'writing' | 'done';

export interface ImportProgress {
  phase: ImportPhase;
  rowsRead: number;
  rowsWritten: number;
  /** Known from `writing` on. */
  rowsToWrite: number | null;
}

export interface ImportProblem {
  /** Null for problems of the whole file (empty, not a spreadsheet, header only…). */
  sheet: string | null;
  /** As the spreadsheet program numbers rows (header = 1). */
  row: number | null;
  /** The header, without `*`. */
  column: string | null;
  cell: string | null;
  /** "中文 / English". */
  message: string;
}

/** What a row did beyond itself (an evaluation grade's reward or revocation, Art. 17-19). */
export interface ImportNotice {
  row: number;
  /** REWARD or REVOCATION so far. */
  kind: string;
  /** "中文 / English". */
  message: string;
}

export interface ImportReport {
  ok: boolean;
  kind: ImportKind;
  dryRun: boolean;
  format: 'xlsx' | 'csv' | null;
  sheet: string | null;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: number;
  problems: ImportProblem[];
  problemCount: number;
  problemsTruncated: boolean;
  /** In a preview, what the import would do; empty when refused. */
  notices?: ImportNotice[];
  fileSha256: string;
  durationMs: number;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv';

/**
 * The Content-Type to send: CSV for `.csv` names, otherwise .xlsx. The server recognises the
 * format from the bytes, so an old .xls or a renamed file still gets its precise message
 * instead of a bare 415.
 */
export function contentTypeOf(fileName: string): string {
  return /\.csv$/i.test(fileName) ? CSV_TYPE : XLSX_TYPE;
}

/** Calls `onValue` with each JSON line of a stream as it arrives (lines may span chunks). */
export async function readNdjson(body: ReadableStream<Uint8Array>, onValue: (value: unknown) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let pending = '';
  const flush = (text: string) => {
    const line = text.trim();
    if (line) onValue(JSON.parse(line));
  };
  for (;;) {
    const { done, value } = await reader.read();
    pending += done ? decoder.decode() : decoder.decode(value, { stream: true });
    let nl: number;
    while ((nl = pending.indexOf('\n')) >= 0) {
      flush(pending.slice(0, nl));
      pending = pending.slice(nl + 1);
    }
    if (done) break;
  }
  flush(pending);
}

/**
 * How far along the import is, 0–100. Reading has no known end (the row count comes with the
 * file), so it fills the first 40 % as rows arrive; checking is quick; writing is measured by
 * rows written of rows to write.
 */
export function progressPercent(p: ImportProgress): number {
  switch (p.phase) {
    case 'reading':
      // Approaches 40 % and never reaches it: 1,000 rows ≈ 20 %, 10,000 rows ≈ 36 %.
      return Math.round(40 * (p.rowsRead / (p.rowsRead + 1000)));
    case 'checking':
      return 45;
    case 'writing':
      return p.rowsToWrite ? Math.round(50 + 49 * Math.min(1, p.rowsWritten / p.rowsToWrite)) : 50;
    case 'done':
      return 100;
  }
}

interface Line {
  type?: string;
  code?: string;
  message?: string;
}

/**
 * Imports (or with `dryRun` previews) a file and returns the server's report, refused files
 * included. Answers other than a report (403, 413, 415, a broken stream) throw a SpreadsheetError.
 */
export async function importFile(opts: {
  kind: ImportKind;
  file: File;
  dryRun: boolean;
  onProgress?: (p: ImportProgress) => void;
}): Promise<ImportReport> {
  const { kind, file, dryRun, onProgress } = opts;
  const res = await fetch(`/api/spreadsheets/import/${kind}?progress=1${dryRun ? '&dryRun=1' : ''}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'Content-Type': contentTypeOf(file.name),
      'X-File-Name': encodeURIComponent(file.name),
      Accept: 'application/x-ndjson',
    },
    body: file,
  });
  if (!res.ok) throw await errorOf(res);
  if (!(res.headers.get('content-type') ?? '').includes('ndjson') || !res.body) {
    // A server answering without progress still sends the report as one JSON body.
    return (await res.json()) as ImportReport;
  }
  const got: { report?: ImportReport; failure?: SpreadsheetError } = {};
  await readNdjson(res.body, (value) => {
    const line = value as Line;
    if (line.type === 'progress') onProgress?.(value as ImportProgress);
    else if (line.type === 'report') got.report = value as ImportReport;
    else if (line.type === 'error') got.failure = new SpreadsheetError(line.message ?? '导入失败 / import failed', 500, line.code);
  });
  if (got.failure) throw got.failure;
  if (!got.report) throw new SpreadsheetError('连接中断，未收到导入结果 / the connection ended before the report', 0, 'INCOMPLETE');
  return got.report;
}
