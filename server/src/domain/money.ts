/**
 * Money is held as integer fen (分) in PostgreSQL `bigint` columns and as safe JS integers in
 * code: never floating point. 1 yuan = 100 fen.
 */
export type Fen = number;

export const FEN_PER_YUAN = 100;

/** Converts whole yuan to fen, refusing fractions of a fen and unsafe integers. */
export function yuanToFen(yuan: number): Fen {
  const fen = yuan * FEN_PER_YUAN;
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not an exact amount of fen: ${yuan} yuan`);
  return fen;
}

/** Parses a decimal yuan string such as "12345.67" into fen exactly (no float arithmetic). */
export function parseYuan(text: string): Fen {
  const m = /^\s*(-)?(\d+)(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!m) throw new RangeError(`not a yuan amount with at most two decimals: "${text}"`);
  const fen = Number(m[2]) * FEN_PER_YUAN + Number((m[3] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) throw new RangeError(`amount too large: "${text}"`);
  return m[1] ? -fen : fen;
}

/** Formats fen as a yuan decimal string with two places, e.g. 123456 -> "1234.56". */
export function formatYuan(fen: Fen): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / FEN_PER_YUAN)}.${String(abs % FEN_PER_YUAN).padStart(2, '0')}`;
}

/** Fen from a PostgreSQL bigint (which the driver hands over as text), refusing what a number cannot hold exactly. */
export function fenFromDb(value: string | number | bigint): Fen {
  const fen = Number(value);
  if (!Number.isSafeInteger(fen) || String(fen) !== String(value).trim()) throw new RangeError(`not an exact amount in fen: "${value}"`);
  return fen;
}
