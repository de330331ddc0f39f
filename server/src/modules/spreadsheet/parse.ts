/**
 * Reading uploaded spreadsheets, row by row, without holding a workbook model in memory:
 * .xlsx through exceljs's streaming reader (`ExcelJS.stream.xlsx.WorkbookReader`), CSV through
 * a small RFC 4180 parser (UTF-8 with or without BOM, or GB18030 as Chinese Excel saves it).
 * The format is recognised from the bytes, not trusted from the name or content type.
 */
import { Readable } from 'node:stream';
import ExcelJS, { unzipper, ZipPart } from './excel';
import type { CellValue } from './validate';

export { ExcelJS };

export type FileFormat = 'xlsx' | 'csv';

/** One row as the file shows it: 1-based row number, cells from column A. */
export interface RawRow {
  sheet: string;
  row: number;
  cells: CellValue[];
}

/** The file cannot be read as a spreadsheet at all; the message says why. */
export class UnreadableFile extends Error {}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv';

/** Recognises the format from the first bytes; throws UnreadableFile for anything else. */
export function detectFormat(data: Buffer): FileFormat {
  if (data.length === 0) throw new UnreadableFile('文件为空 / the file is empty');
  if (data.subarray(0, 4).equals(ZIP)) return 'xlsx';
  if (data.subarray(0, 8).equals(OLE2)) {
    throw new UnreadableFile(
      '不支持旧版 Excel 97-2003（.xls）文件，请另存为 .xlsx 后再导入 / old .xls files are not supported: save as .xlsx and import again',
    );
  }
  if (data.subarray(0, 8192).includes(0)) {
    throw new UnreadableFile('文件不是 Excel（.xlsx）或 CSV 表格 / the file is neither an Excel (.xlsx) nor a CSV spreadsheet');
  }
  return 'csv';
}

/** Reads the rows of the file's data sheet (the first sheet not named in `skipSheets`). */
export async function* readRows(data: Buffer, format: FileFormat, skipSheets: ReadonlySet<string>): AsyncGenerator<RawRow> {
  if (format === 'csv') {
    yield* csvRows(decodeText(data));
    return;
  }
  yield* xlsxRows(data, skipSheets);
}

/** The parts of exceljs's streaming WorkbookReader that reading by central directory uses. */
interface WorkbookReaderParts {
  _parseRels(entry: NodeJS.ReadableStream): Promise<void>;
  _parseWorkbook(entry: NodeJS.ReadableStream): Promise<void>;
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown>;
  _parseStyles(entry: NodeJS.ReadableStream): Promise<void>;
  _parseWorksheet(
    iterator: AsyncIterable<Buffer>,
    sheetNo: string,
  ): Generator<{ eventType: string; value: import('exceljs').stream.xlsx.WorksheetReader }>;
}

const WORKSHEET_PART = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/**
 * The rows of the data sheet, parsed by exceljs's streaming reader but with the archive read
 * through its central directory rather than in one pass over the zip stream. In one pass,
 * exceljs 4.4 (unzipper 0.10) loses every part after the one being consumed when consuming it
 * takes a while: unzipper's Parse ends its output as soon as its input is written, and exceljs
 * stops asking for parts then. exceljs itself writes the worksheet before the shared strings
 * and xl/workbook.xml last, parks the worksheet in a temporary file, and on a busy disk the
 * workbook part was gone: the import then reported a valid file as damaged, at random
 * (exceljs#3064). The upload is in memory anyway, so every part is read in the order the
 * worksheets need: relationships, workbook, shared strings, styles, then the sheets, each
 * still row by row without a workbook model.
 */
async function* xlsxRows(data: Buffer, skipSheets: ReadonlySet<string>): AsyncGenerator<RawRow> {
  const damaged = () =>
    new UnreadableFile('文件不是有效的 Excel（.xlsx）文件，或已损坏 / the file is not a valid Excel (.xlsx) workbook, or it is damaged');
  let parts: Map<string, ZipPart>;
  try {
    parts = new Map((await unzipper.Open.buffer(data)).files.filter((f) => f.type === 'File').map((f) => [f.path, f]));
  } catch {
    throw damaged();
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  }) as unknown as WorkbookReaderParts;
  const worksheets = [...parts.keys()].flatMap((p) => {
    const m = WORKSHEET_PART.exec(p);
    return m ? [{ path: p, sheetNo: m[1] }] : [];
  });
  let chosen: string | null = null;
  try {
    const part = (name: string) => parts.get(name)?.stream();
    const rels = part('xl/_rels/workbook.xml.rels');
    if (rels) await reader._parseRels(rels);
    const book = part('xl/workbook.xml');
    if (book) await reader._parseWorkbook(book);
    const strings = part('xl/sharedStrings.xml');
    if (strings) for await (const _ of reader._parseSharedStrings(strings)) void _;
    const styles = part('xl/styles.xml');
    if (styles) await reader._parseStyles(styles);
    for (const [i, { path, sheetNo }] of worksheets.entries()) {
      for (const { value: worksheet } of reader._parseWorksheet(parts.get(path)!.stream(), sheetNo)) {
        const name = String((worksheet as unknown as { name?: string }).name ?? `Sheet${i + 1}`);
        if (chosen !== null || skipSheets.has(name)) continue;
        chosen = name;
        for await (const row of worksheet) {
          const values = (row.values as unknown[]) ?? [];
          const cells: CellValue[] = [];
          for (let c = 1; c < values.length; c++) cells.push(cellValue(values[c]));
          yield { sheet: name, row: row.number, cells };
        }
      }
      if (chosen !== null) break;
    }
  } catch (err) {
    if (err instanceof UnreadableFile) throw err;
    throw damaged();
  }
  if (worksheets.length === 0) throw new UnreadableFile('Excel 文件中没有工作表 / the workbook has no worksheet');
  if (chosen === null) throw new UnreadableFile('Excel 文件中没有数据工作表 / the workbook has no data sheet');
}

/** exceljs cell values (rich text, formulas, hyperlinks, errors) reduced to what the cell shows. */
export function cellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as Array<{ text?: string }>).map((t) => t.text ?? '').join('');
    if ('formula' in o || 'sharedFormula' in o) return 'result' in o ? cellValue(o.result) : null;
    if ('hyperlink' in o && 'text' in o) return cellValue(o.text);
    if ('error' in o) return String(o.error);
    if ('text' in o) return cellValue(o.text);
  }
  return String(v);
}

/** UTF-8 (BOM or not) when the bytes are valid UTF-8, else GB18030 (Chinese Excel's "CSV"). */
export function decodeText(data: Buffer): string {
  let bytes = data;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw new UnreadableFile('CSV 文件的编码无法识别，请保存为 UTF-8 / the CSV file is neither UTF-8 nor GB18030: save it as UTF-8');
    }
  }
}

/**
 * RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks. Row numbers
 * are record numbers, as a spreadsheet program numbers them. Leading lines starting with `#`
 * (the filter line of exported CSV files) are skipped.
 */
export function* csvRows(textIn: string): Generator<RawRow> {
  const text = textIn;
  let i = 0;
  let record = 0;
  let leading = true;
  const n = text.length;
  while (i < n) {
    const cells: string[] = [];
    let field = '';
    let quoted = false;
    let endOfRecord = false;
    const start = i;
    while (i < n && !endOfRecord) {
      const ch = text[i];
      if (quoted) {
        if (ch === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            quoted = false;
            i++;
          }
        } else {
          field += ch;
          i++;
        }
      } else if (ch === '"' && field === '') {
        quoted = true;
        i++;
      } else if (ch === ',') {
        cells.push(field);
        field = '';
        i++;
      } else if (ch === '\r' || ch === '\n') {
        endOfRecord = true;
        i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      } else {
        field += ch;
        i++;
      }
    }
    cells.push(field);
    record++;
    if (leading && text[start] === '#') continue;
    leading = false;
    yield { sheet: 'CSV', row: record, cells: cells.map((c) => (c === '' ? null : c)) };
  }
}
