/**
 * Cell-level validation of imported spreadsheets: every cell is parsed by its column's parser
 * into a typed value or a precise reason (中文 / English), and every problem is reported by
 * sheet, row and column, never by guess. Domain rules that need the database (references,
 * service periods, who may touch what) live with each import kind (import.*.ts).
 */
import { isIsoDate } from '../../domain/china-time';
import { validateCreditCode, validateResidentId } from '../../domain/identifiers';
import { parseYuan, type Fen } from '../../domain/money';
import { isInvalidText } from '../../domain/text';
import { restoreFormulaText } from './formula';
import type { Labels } from './labels';

/** What a spreadsheet cell can hold once read (xlsx or CSV). */
export type CellValue = string | number | boolean | Date | null;

export type Parsed<T> = { ok: true; value: T | null } | { ok: false; reason: string };
export type CellParser<T> = (cell: CellValue) => Parsed<T>;

/** One problem of an import, in the words an office worker can act on. */
export interface Problem {
  /** Worksheet name (`CSV` for a CSV file); null when the file itself is the problem. */
  sheet: string | null;
  /** Row number as the spreadsheet program shows it (1-based); null for file-level problems. */
  row: number | null;
  /** Column header (without the required mark), or null for row- and file-level problems. */
  column: string | null;
  /** Cell reference such as `C7`, when the problem concerns one cell. */
  cell: string | null;
  /** Reason, "中文 / English". */
  message: string;
}

const ok = <T>(value: T | null): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

/** Column letters as spreadsheet programs show them: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The index of column letters: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A header as typed by people: full-width forms folded, spaces and required marks removed. */
export function normaliseHeader(text: string): string {
  return text.normalize('NFKC').replace(/[*\s]/g, '').replace(/（/g, '(').replace(/）/g, ')');
}

/** The text a cell shows, for comparisons and text columns (dates as YYYY-MM-DD). */
export function cellText(cell: CellValue): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  return String(cell).trim();
}

export const isBlank = (cell: CellValue): boolean => cellText(cell) === '';

const INVALID_TEXT = '含有空字符（NUL）或不成对的代理字符 / contains a NUL character or a lone surrogate';

/** Free text of at most `max` characters (an export's apostrophe before a formula character taken off). */
export function text(max: number): CellParser<string> {
  return (cell) => {
    const s = restoreFormulaText(cellText(cell));
    if (s === '') return ok(null);
    if (isInvalidText(s)) return fail(INVALID_TEXT);
    if ([...s].length > max) return fail(`不能超过${max}个字符 / at most ${max} characters`);
    return ok(s);
  };
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function isoFromParts(y: number, m: number, d: number): string | null {
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(iso) && y >= 1900 && y <= 2100 ? iso : null;
}

const DATE_REASON = '日期格式应为 YYYY-MM-DD（如 2026-03-15）/ a date such as 2026-03-15';

/** A calendar date: a date cell, an Excel serial number, or text like 2026-03-15, 2026/3/15, 2026年3月15日. */
export const date: CellParser<string> = (cell) => {
  if (cell === null || cell === undefined) return ok(null);
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return fail(DATE_REASON);
    // Spreadsheet dates carry no zone: exceljs reads them as UTC midnight.
    const iso = isoFromParts(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
    return iso ? ok(iso) : fail(DATE_REASON);
  }
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 19000101 && cell <= 21001231) {
      const iso = isoFromParts(Math.floor(cell / 10000), Math.floor(cell / 100) % 100, cell % 100);
      return iso ? ok(iso) : fail(DATE_REASON);
    }
    if (cell >= 1 && cell < 73051) {
      const d = new Date(EXCEL_EPOCH + Math.floor(cell) * 86400000);
      return ok(d.toISOString().slice(0, 10));
    }
    return fail(DATE_REASON);
  }
  const s = cellText(cell).normalize('NFKC');
  if (s === '') return ok(null);
  const m =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(s) ??
    /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/.exec(s) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) return fail(DATE_REASON);
  const iso = isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  return iso ? ok(iso) : fail(`日期 ${s} 不存在 / ${s} is not a calendar date`);
};

/** A whole number within [min, max]. */
export function int(min: number, max: number): CellParser<number> {
  return (cell) => {
    let n: number;
    if (cell === null || cell === undefined) return ok(null);
    if (typeof cell === 'number') n = cell;
    else {
      const s = cellText(cell).normalize('NFKC');
      if (s === '') return ok(null);
      if (!/^[+-]?\d+(\.0+)?$/.test(s)) return fail(`应为整数 / must be a whole number`);
      n = Number(s);
    }
    if (!Number.isInteger(n)) return fail(`应为整数 / must be a whole number`);
    if (n < min || n > max) return fail(`应在${min}到${max}之间 / must be between ${min} and ${max}`);
    return ok(n);
  };
}

const MONEY_REASON = '金额应为以元为单位的数字，最多两位小数（如 12345.67）/ an amount in yuan with at most two decimals, e.g. 12345.67';

/**
 * Money in yuan with at most two decimals, parsed exactly into fen (domain/money.ts): never
 * through floating-point arithmetic. Numeric cells are read through their shortest decimal
 * form, so 0.1 stays 0.1; a value that needs more than two decimals is refused, not rounded.
 */
export const money: CellParser<Fen> = (cell) => {
  if (cell === null || cell === undefined) return ok(null);
  let s: string;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return fail(MONEY_REASON);
    s = String(cell);
    if (/e/i.test(s)) return fail(`金额超出范围 / amount out of range`);
  } else if (typeof cell === 'string') {
    s = cell.normalize('NFKC').trim();
    if (s === '') return ok(null);
    // Thousands separators as people type them: 1,234,567.89
    if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  } else return fail(MONEY_REASON);
  let fen: Fen;
  try {
    fen = parseYuan(s);
  } catch {
    return fail(MONEY_REASON);
  }
  if (fen < 0) return fail('金额不能为负数 / the amount may not be negative');
  return ok(fen);
};

/** One of the Chinese labels (or, for scripts, the English code). */
export function oneOf<E extends string>(labels: Labels<E>): CellParser<E> {
  const byText = new Map<string, E>();
  for (const [code, zh] of Object.entries(labels) as Array<[E, string]>) {
    byText.set(zh, code);
    byText.set(code.toUpperCase(), code);
  }
  const allowed = Object.values<string>(labels).join('、');
  return (cell) => {
    const s = cellText(cell).normalize('NFKC');
    if (s === '') return ok(null);
    const code = byText.get(s) ?? byText.get(s.toUpperCase());
    return code ? ok(code) : fail(`应为以下之一：${allowed} / must be one of: ${allowed}`);
  };
}

const YES = new Set(['是', 'Y', 'YES', 'TRUE', '1', '√']);
const NO = new Set(['否', 'N', 'NO', 'FALSE', '0', '×']);

/** 是 / 否 (also Y/N, TRUE/FALSE, 1/0). */
export const yesNo: CellParser<boolean> = (cell) => {
  if (typeof cell === 'boolean') return ok(cell);
  const s = cellText(cell).normalize('NFKC').toUpperCase();
  if (s === '') return ok(null);
  if (YES.has(s)) return ok(true);
  if (NO.has(s)) return ok(false);
  return fail('应填“是”或“否” / must be 是 (yes) or 否 (no)');
};

/** Resident ID number (GB 11643): shape, birth date, check digit; must be typed as text. */
export const residentId: CellParser<string> = (cell) => {
  if (typeof cell === 'number') {
    return fail(
      '身份证号须按文本填写：Excel 将其按数字保存时末几位已丢失 / must be entered as text; as a number Excel has already lost its last digits',
    );
  }
  const s = cellText(cell).normalize('NFKC').replace(/\s/g, '').toUpperCase();
  if (s === '') return ok(null);
  if (s.includes('*')) return fail('身份证号含掩码字符“*”，请填写完整号码 / contains masking stars: enter the full number');
  const check = validateResidentId(s);
  return check.ok ? ok(s) : fail(check.reason);
};

/** Unified social credit code (GB 32100): alphabet and check character. */
export const creditCode: CellParser<string> = (cell) => {
  const s = cellText(cell).normalize('NFKC').replace(/\s/g, '').toUpperCase();
  if (s === '') return ok(null);
  const check = validateCreditCode(s);
  return check.ok ? ok(s) : fail(check.reason);
};

/** A mainland mobile number (11 digits) or a landline with its area code (0635-8123456). */
export const phone: CellParser<string> = (cell) => {
  if (typeof cell === 'number') cell = Number.isInteger(cell) ? String(cell) : String(cell);
  const s = cellText(cell)
    .normalize('NFKC')
    .replace(/\s/g, '')
    .replace(/^\+?86-?(?=1\d{10}$)/, '');
  if (s === '') return ok(null);
  if (s.includes('*')) return fail('电话号码含掩码字符“*”，请填写完整号码 / contains masking stars: enter the full number');
  if (/^1[3-9]\d{9}$/.test(s)) return ok(s);
  if (/^0\d{2,3}-?\d{7,8}$/.test(s)) return ok(s);
  return fail('应为11位手机号或带区号的固定电话（如 0635-8123456）/ an 11-digit mobile number or a landline with area code');
};

/** Keywords separated by 、 , ， ; ； or spaces: each at most 32 characters, at most 20. */
export const keywords: CellParser<string[]> = (cell) => {
  const s = cellText(cell).normalize('NFKC');
  if (s === '') return ok(null);
  if (isInvalidText(s)) return fail(INVALID_TEXT);
  const words = s
    .split(/[、,;\s]+/)
    .map((w) => w.trim())
    .filter(Boolean);
  if (words.length > 20) return fail('关键词不能超过20个 / at most 20 keywords');
  if (words.some((w) => [...w].length > 32)) return fail('每个关键词不能超过32个字符 / each keyword at most 32 characters');
  return ok(words);
};

/** Sink for problems: names the sheet, row and column the way the file shows them. */
export class ProblemList {
  readonly items: Problem[] = [];
  /** Rows (by number) that have at least one problem. */
  readonly badRows = new Set<number>();

  constructor(
    /** Named after the template until the file's own sheet name is known. */
    public sheet: string,
    private readonly limit = 5000,
  ) {}

  count = 0;

  get truncated(): boolean {
    return this.count > this.items.length;
  }

  add(row: number | null, column: { header: string; index: number } | null, message: string): void {
    this.count++;
    if (row !== null) this.badRows.add(row);
    if (this.items.length >= this.limit) return;
    this.items.push({
      sheet: this.sheet,
      row,
      column: column?.header ?? null,
      cell: column && row !== null ? `${columnLetter(column.index)}${row}` : null,
      message,
    });
  }

  /** Problems by row, then column (file-level ones first), as a person reads the sheet. */
  sorted(): Problem[] {
    const col = (p: Problem) => (p.cell ? columnIndex(p.cell.replace(/\d+$/, '')) : -1);
    return this.items
      .map((p, i) => ({ p, i }))
      .sort((a, b) => (a.p.row ?? -1) - (b.p.row ?? -1) || col(a.p) - col(b.p) || a.i - b.i)
      .map((x) => x.p);
  }

  /** A problem about the file as a whole. */
  file(message: string): void {
    this.count++;
    if (this.items.length < this.limit) this.items.push({ sheet: null, row: null, column: null, cell: null, message });
  }
}

/** One column of an import sheet (and of the matching export). */
export interface ColumnSpec {
  /** Field the parsed value goes to. */
  key: string;
  /** Chinese header, without the required mark. */
  header: string;
  /** English name, for the instructions sheet. */
  en: string;
  required: boolean;
  parse: CellParser<unknown>;
  /** Value of the example row of the template. */
  example: CellValue;
  /** How to fill it, "中文 / English". */
  note: string;
  /** Other headers accepted for it (older forms, common variants). */
  aliases?: string[];
  /** Store as text in templates (identifiers, codes, phone numbers: Excel would mangle them). */
  asText?: boolean;
  /** Drop-down choices in the template. */
  choices?: string[];
  /** Excel number format for the column. */
  numFmt?: string;
  width?: number;
}

export interface SheetSpec {
  kind: string;
  /** Worksheet name of the template and of exports. */
  sheetName: string;
  /** "中文 / English" title, shown in the instructions. */
  title: string;
  columns: ColumnSpec[];
  /** Export-only columns shown for people (names of related records); ignored by the import. */
  referenceColumns: string[];
  /** How rows are matched with existing records, "中文 / English". */
  keyNote: string;
}

/** The header as written in templates and exports: `姓名*` for required columns. */
export const headerText = (c: ColumnSpec): string => (c.required ? `${c.header}*` : c.header);
/** Reference columns carry a suffix so that nobody mistakes them for input. */
export const referenceHeader = (h: string): string => `${h}（参考）`;

export interface HeaderMap {
  /** Spreadsheet column index → column spec. */
  byIndex: Map<number, ColumnSpec>;
  /** Column key → its index and header (for problem reports). */
  position: Map<string, { header: string; index: number }>;
}

/**
 * Matches a header row with the sheet's columns: every required column must be there, each
 * column at most once, and every other header must be known (reference columns of exports
 * are recognised and ignored). Problems name the header cell.
 */
export function mapHeader(spec: SheetSpec, cells: CellValue[], row: number, problems: ProblemList): HeaderMap | null {
  const known = new Map<string, ColumnSpec>();
  for (const c of spec.columns) {
    for (const h of [c.header, ...(c.aliases ?? [])]) known.set(normaliseHeader(h), c);
  }
  const reference = new Set(spec.referenceColumns.map((h) => normaliseHeader(referenceHeader(h))));
  const byIndex = new Map<number, ColumnSpec>();
  const position = new Map<string, { header: string; index: number }>();
  let bad = false;
  cells.forEach((cell, index) => {
    const raw = cellText(cell);
    if (raw === '') return;
    const norm = normaliseHeader(raw);
    if (reference.has(norm)) return;
    const spec = known.get(norm);
    if (!spec) {
      bad = true;
      problems.add(
        row,
        { header: raw, index },
        `无法识别的列“${raw}”：请使用导入模板的列名 / unknown column "${raw}": use the column names of the import template`,
      );
      return;
    }
    if (position.has(spec.key)) {
      bad = true;
      problems.add(row, { header: spec.header, index }, `列“${spec.header}”重复出现 / column "${spec.header}" appears twice`);
      return;
    }
    byIndex.set(index, spec);
    position.set(spec.key, { header: spec.header, index });
  });
  for (const c of spec.columns) {
    if (c.required && !position.has(c.key)) {
      bad = true;
      problems.add(row, null, `缺少必填列“${c.header}” / required column "${c.header}" (${c.en}) is missing`);
    }
  }
  return bad ? null : { byIndex, position };
}

/** A data row after cell-level validation: the values that parsed, and which columns failed. */
export interface RecordRow {
  row: number;
  values: Record<string, unknown>;
  /** Columns present in the file (an absent optional column leaves the stored value alone). */
  failed: Set<string>;
}

/** Parses every mapped cell of a row; reports each bad or missing cell. */
export function readRecord(map: HeaderMap, cells: CellValue[], row: number, problems: ProblemList): RecordRow {
  const values: Record<string, unknown> = {};
  const failed = new Set<string>();
  for (const [index, spec] of map.byIndex) {
    const cell = cells[index] ?? null;
    const parsed = spec.parse(cell);
    const where = { header: spec.header, index };
    if (!parsed.ok) {
      failed.add(spec.key);
      problems.add(row, where, `${spec.header}：${parsed.reason}`);
    } else if (parsed.value === null) {
      if (spec.required) {
        failed.add(spec.key);
        problems.add(row, where, `${spec.header}为必填项 / ${spec.en} is required`);
      } else values[spec.key] = null;
    } else values[spec.key] = parsed.value;
  }
  return { row, values, failed };
}
