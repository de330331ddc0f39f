import { describe, expect, it } from 'vitest';
import { fenToWan, fenToYuanString, formatCount, formatFen, formatPercent, percentages } from '../../dashboard/src/charts/format';

describe('number and money formatting for leaders', () => {
  it('shows counts in 万 and 亿 in Chinese, K-free thousands in English', () => {
    expect(formatCount(9999, 'zh')).toBe('9,999');
    expect(formatCount(12345, 'zh')).toBe('1.23万');
    expect(formatCount(100000, 'zh')).toBe('10万');
    expect(formatCount(123456789, 'zh')).toBe('1.23亿');
    expect(formatCount(12345, 'en')).toBe('12,345');
    expect(formatCount(2_500_000, 'en')).toBe('2.5M');
  });

  it('turns integer fen into exact yuan without floating point drift', () => {
    expect(fenToYuanString(0)).toBe('0.00');
    expect(fenToYuanString(1)).toBe('0.01');
    expect(fenToYuanString(123456789)).toBe('1,234,567.89');
    expect(fenToYuanString(-250)).toBe('-2.50');
    // 2^53 - 1 fen is still exact.
    expect(fenToYuanString(Number.MAX_SAFE_INTEGER)).toBe('90,071,992,547,409.91');
    expect(() => fenToYuanString(1.5)).toThrow(RangeError);
  });

  it('shows money in 元, 万元 and 亿元 from fen', () => {
    expect(formatFen(99_900, 'zh')).toBe('999元');
    expect(formatFen(1_000_000, 'zh')).toBe('1万元');
    expect(formatFen(45_212_345_600, 'zh')).toBe('4.52亿元');
    expect(formatFen(1_000_000_00, 'en')).toBe('¥1M');
    expect(fenToWan(123_456_789)).toBe(123.46);
  });

  it('rounds percentages so that each group adds up to exactly 100', () => {
    const p = percentages([1, 1, 1]);
    expect(p).toEqual([33.4, 33.3, 33.3]);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 10);
    expect(percentages([0, 0])).toEqual([0, 0]);
    for (const counts of [
      [7, 13, 29, 1],
      [48, 143, 137, 8],
      [1, 2, 3, 4, 5, 6, 7],
    ]) {
      expect(Math.round(percentages(counts).reduce((a, b) => a + b, 0) * 10)).toBe(1000);
    }
    expect(formatPercent(0.1429)).toBe('14.3%');
  });
});
