// Relative imports carry .js: these pure modules are also compiled by the tests as Node ESM.
/**
 * Money in forms: typed in yuan with at most two decimals, sent as integer fen. The string is
 * parsed digit by digit (never through a float), so "0.29" is 29 fen, not 28.999….
 */

export type YuanParse = { ok: true; fen: number } | { ok: false; reason: string };

/** The most a form accepts: 10^13 yuan keeps fen far inside Number.MAX_SAFE_INTEGER. */
const MAX_INTEGER_DIGITS = 13;

export function parseYuan(input: string, opts: { allowNegative?: boolean } = {}): YuanParse {
  const s = input.trim().replace(/[,，\s]/g, '');
  if (!s) return { ok: false, reason: '请输入金额 / Enter an amount' };
  const m = /^(-?)(\d+)(?:\.(\d*))?$/.exec(s);
  if (!m) return { ok: false, reason: '金额须为数字，如 1000 或 1000.50 / The amount must be a number such as 1000 or 1000.50' };
  const [, sign, whole, decimals = ''] = m;
  if (sign && !opts.allowNegative) return { ok: false, reason: '金额不能为负 / The amount cannot be negative' };
  if (decimals.length > 2) return { ok: false, reason: '金额最多两位小数（分） / At most two decimals (fen)' };
  const digits = whole.replace(/^0+(?=\d)/, '');
  if (digits.length > MAX_INTEGER_DIGITS) return { ok: false, reason: '金额过大 / The amount is too large' };
  const fen = Number(digits) * 100 + Number(decimals.padEnd(2, '0'));
  return { ok: true, fen: sign && fen ? -fen : fen };
}

/** Fen as the yuan string a form field shows: "1234.50" (no grouping, so it parses back). */
export function fenToYuanInput(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`fen must be a safe integer, got ${fen}`);
  const abs = Math.abs(fen);
  return `${fen < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
