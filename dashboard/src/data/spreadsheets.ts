// Relative imports carry .js: this module is also compiled by the tests as Node ESM.
/**
 * The spreadsheet routes (`/api/spreadsheets/…`, docs/spreadsheets.md) as the dashboard uses
 * them: the meta that draws the import page, files the server writes (templates, list exports)
 * saved under the server's own file name, and the server's errors as readable messages. The
 * session is the same-origin HttpOnly cookie that /graphql uses.
 */
import { downloadBlob } from '../components/download.js';

export type ImportKind = 'experts' | 'enterprises' | 'ledger' | 'evaluations';

export type ExportList =
  'appointments' | 'applications' | 'experts' | 'enterprises' | 'ledger' | 'evaluations' | 'projects' | 'disbursements' | 'filings';

export interface ImportColumn {
  key: string;
  /** As in the template: `姓名*` for required columns. */
  header: string;
  en: string;
  required: boolean;
  /** "中文 / English". */
  note: string;
  choices: string[] | null;
}

export interface ImportKindMeta {
  kind: ImportKind;
  /** "中文 / English". */
  title: string;
  sheetName: string;
  roles: string[];
  /** How rows are matched with stored records, "中文 / English". */
  keyNote: string;
  /** URL of the .xlsx template. */
  template: string;
  columns: ImportColumn[];
}

export interface ExportListMeta {
  list: ExportList;
  title: string;
  resource: string;
  filterType: string;
  roles: string[];
  xlsx: string;
  csv: string;
}

export interface SpreadsheetMeta {
  imports: ImportKindMeta[];
  exports: ExportListMeta[];
  maxUploadBytes: number;
}

/** What the server answered instead of a file or a report: its message, HTTP status and code. */
export class SpreadsheetError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'SpreadsheetError';
  }
}

/** The error of a failed response: GraphQL's shape (`{ errors: [{ message, extensions: { code } }] }`) or the bare status. */
export async function errorOf(res: Response): Promise<SpreadsheetError> {
  const text = await res.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { errors?: Array<{ message?: string; extensions?: { code?: string } }> };
    const first = body.errors?.[0];
    if (first?.message) return new SpreadsheetError(first.message, res.status, first.extensions?.code);
  } catch {
    // Not JSON: a proxy's error page, say.
  }
  return new SpreadsheetError(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`, res.status);
}

export async function fetchMeta(): Promise<SpreadsheetMeta> {
  const res = await fetch('/api/spreadsheets/meta', { credentials: 'same-origin' });
  if (!res.ok) throw await errorOf(res);
  return (await res.json()) as SpreadsheetMeta;
}

/** The file name of a `Content-Disposition` header: `filename*=UTF-8''…` (RFC 5987) first, then `filename="…"`. */
export function fileNameOf(disposition: string | null | undefined): string | null {
  if (!disposition) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/.exec(disposition);
  const name = (plain?.[1] ?? plain?.[2])?.trim();
  return name || null;
}

/** The server export of a list with the GraphQL filter its table uses (omitted when empty). */
export function exportUrl(list: ExportList, format: 'csv' | 'xlsx', filter?: object | null): string {
  const base = `/api/spreadsheets/export/${list}.${format}`;
  return filter && Object.keys(filter).length ? `${base}?filter=${encodeURIComponent(JSON.stringify(filter))}` : base;
}

/** Fetches a file the server writes and saves it under the server's name (or `fallbackName`). */
export async function downloadFromServer(url: string, fallbackName: string): Promise<void> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) throw await errorOf(res);
  const blob = await res.blob();
  downloadBlob(blob, fileNameOf(res.headers.get('content-disposition')) ?? fallbackName);
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
const LATIN = /[A-Za-z]/g;

/**
 * A server text written "中文 / English" in the viewer's language. The halves meet at the first
 * " / " with Chinese before it and an English remainder (more Latin letters than Chinese
 * characters: English halves quote Chinese headers and choices, "是 or 否"). A text with no such
 * split is returned whole.
 */
export function inLanguage(text: string, lang: 'zh' | 'en'): string {
  for (let at = text.indexOf(' / '); at > 0; at = text.indexOf(' / ', at + 3)) {
    const zh = text.slice(0, at);
    const en = text.slice(at + 3);
    if ((zh.match(CJK)?.length ?? 0) > 0 && (en.match(LATIN)?.length ?? 0) > (en.match(CJK)?.length ?? 0)) {
      return lang === 'zh' ? zh : en;
    }
  }
  return text;
}
