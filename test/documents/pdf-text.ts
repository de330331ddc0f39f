/**
 * Reading a generated PDF without outside tools: checks its structure (header, cross-reference
 * table, trailer, page count) and extracts its text by inflating the content streams and mapping
 * the CID-keyed glyph codes back to characters through the fonts' ToUnicode CMaps. When
 * Debian's `pdftotext` (poppler-utils) is installed, tests also compare with it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';

export interface PdfFacts {
  version: string;
  pages: number;
  /** Text of every TJ/Tj operator, in drawing order, one per line. */
  text: string;
}

function streams(pdf: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let at = 0;
  for (;;) {
    const start = pdf.indexOf('stream', at, 'latin1');
    if (start < 0) break;
    let dataStart = start + 'stream'.length;
    if (pdf[dataStart] === 0x0d) dataStart++;
    if (pdf[dataStart] === 0x0a) dataStart++;
    const end = pdf.indexOf('endstream', dataStart, 'latin1');
    if (end < 0) break;
    const dict = pdf.subarray(Math.max(0, start - 300), start).toString('latin1');
    const raw = pdf.subarray(dataStart, end);
    if (/\/FlateDecode/.test(dict.slice(dict.lastIndexOf('<<')))) {
      try {
        out.push(inflateSync(raw));
      } catch {
        // a stream with trailing newline bytes: try without them
        out.push(inflateSync(raw.subarray(0, raw.length - 1)));
      }
    } else out.push(raw);
    at = end + 'endstream'.length;
  }
  return out;
}

const hexChars = (hex: string) => {
  let s = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) s += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return s;
};

export function readPdf(pdf: Buffer): PdfFacts {
  const head = pdf.subarray(0, 16).toString('latin1');
  const m = /^%PDF-(\d\.\d)/.exec(head);
  if (!m) throw new Error('not a PDF: no %PDF header');
  const tail = pdf.subarray(-64).toString('latin1');
  if (!/%%EOF\s*$/.test(tail) || !/startxref/.test(pdf.subarray(-256).toString('latin1'))) throw new Error('no trailer');
  const pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  const decoded = streams(pdf).map((s) => s.toString('latin1'));
  const cmap = new Map<string, string>();
  for (const s of decoded) {
    for (const block of s.match(/beginbfchar([\s\S]*?)endbfchar/g) ?? []) {
      for (const [, src, dst] of block.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
        cmap.set(src.toLowerCase().padStart(4, '0'), hexChars(dst));
    }
    for (const block of s.match(/beginbfrange([\s\S]*?)endbfrange/g) ?? []) {
      for (const [, lo, hi, rest] of block.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
        const a = parseInt(lo, 16);
        const b = parseInt(hi, 16);
        const targets = rest.startsWith('[') ? [...rest.matchAll(/<([0-9a-fA-F]+)>/g)].map((x) => hexChars(x[1])) : null;
        const base = targets ? 0 : parseInt(rest.slice(1, -1), 16);
        for (let c = a; c <= b; c++) {
          cmap.set(c.toString(16).padStart(4, '0'), targets ? targets[c - a] : String.fromCodePoint(base + (c - a)));
        }
      }
    }
  }
  const lines: string[] = [];
  for (const s of decoded) {
    for (const [, arr] of s.matchAll(/\[((?:<[0-9a-fA-F]*>|\s|-?[\d.]+)*)\]\s*TJ/g)) {
      let line = '';
      for (const [, hex] of arr.matchAll(/<([0-9a-fA-F]*)>/g)) {
        for (let i = 0; i + 4 <= hex.length; i += 4) line += cmap.get(hex.slice(i, i + 4).toLowerCase()) ?? '\ufffd';
      }
      lines.push(line);
    }
  }
  return { version: m[1], pages, text: lines.join('\n') };
}

/** Text by poppler's pdftotext when it is installed, else null. */
export function pdftotext(pdf: Buffer): string | null {
  const probe = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' });
  if (probe.error) return null;
  const file = path.join(os.tmpdir(), `techvp-${process.pid}-${Date.now()}.pdf`);
  fs.writeFileSync(file, pdf);
  try {
    const res = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    if (res.status !== 0) throw new Error(`pdftotext failed: ${res.stderr}`);
    return res.stdout;
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/** Text with all white space removed, for containment checks across line breaks. */
export const squash = (s: string) => s.replace(/\s+/g, '');
