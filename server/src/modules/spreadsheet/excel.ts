/**
 * exceljs, with one fix. exceljs 4.4's XML reader (lib/utils/parse-sax.js) decodes each
 * compressed chunk of a worksheet on its own, so a Chinese character (three UTF-8 bytes) that
 * straddles two chunks comes out as "��": the streaming reader turned 传统产业转型升级 into
 * 传统产业转型升�� in our round-trip tests. The replacement below is the same parser fed through
 * a StringDecoder, which carries incomplete characters over to the next chunk. It is installed
 * in Node's module cache before exceljs loads, so every reader inside exceljs uses it.
 *
 * Import ExcelJS from this module only, never from 'exceljs' directly.
 */
import Module, { createRequire } from 'node:module';
import { StringDecoder } from 'node:string_decoder';

type SaxEvent = { eventType: 'opentag' | 'text' | 'closetag'; value: unknown };

const fromExceljs = createRequire(require.resolve('exceljs'));
const PARSE_SAX = fromExceljs.resolve('./lib/utils/parse-sax');

if (require.cache[require.resolve('exceljs')] && !require.cache[PARSE_SAX]?.exports?.techvpUtf8Fix) {
  // Too late to fix: someone imported 'exceljs' directly first. Say so loudly rather than fail.
  process.emitWarning('exceljs was loaded before modules/spreadsheet/excel.ts: streamed .xlsx may garble Chinese at chunk boundaries', {
    code: 'TECHVP_EXCELJS_UTF8',
  });
}

if (!require.cache[PARSE_SAX]) {
  const { SaxesParser } = fromExceljs('saxes') as {
    SaxesParser: new () => { on(event: string, cb: (v: unknown) => void): void; write(s: string): void; close(): void };
  };
  async function* parseSax(iterable: AsyncIterable<Buffer | string>): AsyncGenerator<SaxEvent[]> {
    const parser = new SaxesParser();
    const decoder = new StringDecoder('utf8');
    let error: unknown;
    let events: SaxEvent[] = [];
    parser.on('error', (err) => (error = err));
    parser.on('opentag', (value) => events.push({ eventType: 'opentag', value }));
    parser.on('text', (value) => events.push({ eventType: 'text', value }));
    parser.on('closetag', (value) => events.push({ eventType: 'closetag', value }));
    for await (const chunk of iterable) {
      parser.write(typeof chunk === 'string' ? chunk : decoder.write(chunk));
      if (error) throw error;
      yield events;
      events = [];
    }
    const rest = decoder.end();
    if (rest) {
      parser.write(rest);
      if (error) throw error;
      yield events;
    }
  }
  (parseSax as unknown as { techvpUtf8Fix: boolean }).techvpUtf8Fix = true;
  const m = new Module(PARSE_SAX);
  m.filename = PARSE_SAX;
  m.loaded = true;
  m.exports = parseSax;
  require.cache[PARSE_SAX] = m;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const ExcelJS = require('exceljs') as typeof import('exceljs');

/** One part of a zip archive, read through the archive's central directory. */
export interface ZipPart {
  path: string;
  type: 'File' | 'Directory';
  stream(): NodeJS.ReadableStream & AsyncIterable<Buffer>;
}

/**
 * exceljs's own zip library (unzipper), for reading an archive through its central directory:
 * `Open.buffer` lists every part and opens any of them, in any order.
 */
export const unzipper = fromExceljs('unzipper') as { Open: { buffer(data: Buffer): Promise<{ files: ZipPart[] }> } };

export default ExcelJS;
