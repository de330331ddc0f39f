/**
 * The CJK font embedded in official documents, shipped with the project
 * (server/assets/fonts, SIL Open Font License 1.1): no system font and no download needed.
 * Resolved relative to the package root, so the same path works from src/ and from dist/.
 */
import fs from 'node:fs';
import path from 'node:path';

export const FONT_FILE = 'NotoSerifCJKsc-Regular.subset.otf';

/** server/assets/fonts, from server/src/modules/documents or server/dist/modules/documents. */
export const FONT_DIR = path.resolve(__dirname, '..', '..', '..', 'assets', 'fonts');

let cached: Buffer | null = null;

/** The font's bytes, read once per process. */
export function cjkFont(): Buffer {
  if (!cached) {
    const file = path.join(FONT_DIR, FONT_FILE);
    if (!fs.existsSync(file)) throw new Error(`the document font is missing: ${file}`);
    cached = fs.readFileSync(file);
  }
  return cached;
}

/** Unicode ranges kept in the subset (see server/assets/fonts/README.md). */
const RANGES: Array<[number, number]> = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x2010, 0x2027],
  [0x2030, 0x203b],
  [0x2160, 0x216b],
  [0x2190, 0x2193],
  [0x2460, 0x2473],
  [0x25a0, 0x25cf],
  [0x2605, 0x2606],
  [0x3000, 0x303f],
  [0x3200, 0x32ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0xff00, 0xffef],
];

/** Characters of `text` the embedded font cannot draw (they would show as blank boxes). */
export function missingGlyphs(text: string): string[] {
  const out = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0x0a || cp === 0x0d) continue;
    if (!RANGES.some(([a, b]) => cp >= a && cp <= b)) out.add(ch);
  }
  return [...out];
}
