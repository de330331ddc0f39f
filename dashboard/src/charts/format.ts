/**
 * Number and money formatting for leaders: counts in 万/亿 and money (integer fen) in 元/万元/亿元
 * in Chinese, K/M/B in English. Pure functions, no DOM; exact where exactness matters (tables).
 */
export type Lang = 'zh' | 'en';

function trim(n: number, digits: number): string {
  return n.toFixed(digits).replace(/\.?0+$/, '');
}

/** A count as leaders read it: 12,345 → 1.23万; 123,456,789 → 1.23亿. */
export function formatCount(n: number, lang: Lang = 'zh'): string {
  const abs = Math.abs(n);
  if (lang === 'zh') {
    if (abs >= 1e8) return `${trim(n / 1e8, 2)}亿`;
    if (abs >= 1e4) return `${trim(n / 1e4, 2)}万`;
    return n.toLocaleString('zh-CN');
  }
  if (abs >= 1e9) return `${trim(n / 1e9, 2)}B`;
  if (abs >= 1e6) return `${trim(n / 1e6, 2)}M`;
  return n.toLocaleString('en-US');
}

/** Exact yuan from integer fen, with thousands separators: 123456789 → "1,234,567.89". */
export function fenToYuanString(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`fen must be a safe integer, got ${fen}`);
  const negative = fen < 0;
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = abs % 100;
  const grouped = yuan.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}.${cents.toString().padStart(2, '0')}`;
}

/** Fen as 万元, rounded to two decimals, for chart axes and bars. */
export function fenToWan(fen: number): number {
  return Math.round(fen / 1e4) / 100;
}

/** Money for headlines: 元 below 1万, 万元 below 1亿, then 亿元 (zh); ¥, ¥K, ¥M, ¥B (en). */
export function formatFen(fen: number, lang: Lang = 'zh'): string {
  const yuan = fen / 100;
  const abs = Math.abs(yuan);
  if (lang === 'zh') {
    if (abs >= 1e8) return `${trim(yuan / 1e8, 2)}亿元`;
    if (abs >= 1e4) return `${trim(yuan / 1e4, 2)}万元`;
    return `${trim(yuan, 2)}元`;
  }
  if (abs >= 1e9) return `¥${trim(yuan / 1e9, 2)}B`;
  if (abs >= 1e6) return `¥${trim(yuan / 1e6, 2)}M`;
  if (abs >= 1e4) return `¥${trim(yuan / 1e3, 1)}K`;
  return `¥${trim(yuan, 2)}`;
}

/** A share in [0, 1] as a percentage: 0.1234 → "12.3%". */
export function formatPercent(share: number, digits = 1): string {
  return `${(share * 100).toFixed(digits)}%`;
}

/**
 * Percentages of counts that add up to exactly 100 after rounding (largest remainder method),
 * so a 100% stacked bar never shows 99.9% or 100.1%.
 */
export function percentages(counts: number[], digits = 1): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return counts.map(() => 0);
  const scale = 10 ** digits;
  const raw = counts.map((c) => (c / total) * 100 * scale);
  const floors = raw.map(Math.floor);
  let missing = 100 * scale - floors.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, rem: r - Math.floor(r) })).sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    floors[i] += 1;
    missing -= 1;
  }
  return floors.map((f) => f / scale);
}
