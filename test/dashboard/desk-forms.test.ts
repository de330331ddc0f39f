/** The desk kit's form helpers: the same identifier rules as the server, money typed in yuan sent as exact fen, list state in the URL. */
import { describe, expect, it } from 'vitest';
import * as server from '../../server/src/domain/identifiers';
import * as desk from '../../dashboard/src/desk/identifiers';
import { fenToYuanInput, parseYuan } from '../../dashboard/src/desk/money';
import { addYears, chinaDay, chinaToday, defaultServicePeriod, minServiceEnd } from '../../dashboard/src/desk/dates';
import * as serverDates from '../../server/src/domain/china-time';
import { readListState, writeListState } from '../../dashboard/src/desk/listState';
import { readDeskError } from '../../dashboard/src/desk/errors';

/** Valid numbers made with the server's own check character, and every kind of broken one. */
function idCases(): string[] {
  const bases = ['11010519491231002', '37150219900307123', '37158120000229001', '44030419851111245', '11010119000101001'];
  const valid = bases.map((b) => b + server.residentIdCheckChar(b));
  const wrongCheck = valid.map((v) => v.slice(0, 17) + (v[17] === '0' ? '1' : '0'));
  return [
    ...valid,
    ...wrongCheck,
    '37150219900230123X', // 30 February
    '37150218991231123X', // before 1900
    '3715021990030712', // short
    '37150219900307123x', // lower-case x
    '3715021990030712AB',
    '',
  ];
}

function creditCases(): string[] {
  const bases = ['91371500MA3C4Y5K1', '91371502163045678', '12371500004567890', '5237150000123456X', '91371581MA94ABCDE'];
  const valid = bases.map((b) => b + server.creditCodeCheckChar(b));
  const wrongCheck = valid.map((v) => v.slice(0, 17) + (v[17] === '0' ? '1' : '0'));
  return [...valid, ...wrongCheck, '91371500MA3C4Y5K1I', '91371500ma3c4y5k10', '9137150', 'O1371500MA3C4Y5K10', ''];
}

describe('identifier checks in the dashboard are the server’s', () => {
  it('gives the same verdict and reason as the server for resident ID numbers (GB 11643)', () => {
    const cases = idCases();
    for (const c of cases) expect(desk.validateResidentId(c), c).toEqual(server.validateResidentId(c));
    expect(cases.filter((c) => server.validateResidentId(c).ok)).toHaveLength(5);
  });

  it('gives the same verdict and reason as the server for unified social credit codes (GB 32100)', () => {
    const cases = creditCases();
    for (const c of cases) expect(desk.validateCreditCode(c), c).toEqual(server.validateCreditCode(c));
    expect(cases.filter((c) => server.validateCreditCode(c).ok)).toHaveLength(5);
  });

  it('gives the same verdict and reason as the server for mobile phone numbers', () => {
    const cases = ['13800138000', '19912345678', '12800138000', '1380013800', '138001380001', '+8613800138000', '138-0013-8000', ''];
    for (const c of cases) expect(desk.validateMobilePhone(c), c).toEqual(server.validateMobilePhone(c));
    expect(cases.filter((c) => server.validateMobilePhone(c).ok)).toHaveLength(2);
  });
});

describe('money typed in yuan', () => {
  it('is sent as exact integer fen, read from the digits and never through a float', () => {
    expect(parseYuan('0.29')).toEqual({ ok: true, fen: 29 });
    expect(parseYuan('1000')).toEqual({ ok: true, fen: 100_000 });
    expect(parseYuan('1,000.5')).toEqual({ ok: true, fen: 100_050 });
    expect(parseYuan(' 4.35 ')).toEqual({ ok: true, fen: 435 });
    expect(parseYuan('9999999999999.99')).toEqual({ ok: true, fen: 999_999_999_999_999 });
    // 1.005 would be 100.49999… as a float; three decimals are refused, not rounded.
    expect(parseYuan('1.005').ok).toBe(false);
    expect(parseYuan('-5').ok).toBe(false);
    expect(parseYuan('12a').ok).toBe(false);
    expect(parseYuan('').ok).toBe(false);
    expect(parseYuan('99999999999999').ok).toBe(false);
  });

  it('shows fen back as a yuan string that parses to the same fen', () => {
    for (const fen of [0, 1, 29, 100_000, 123_456_789, 999_999_999_999_999]) {
      const r = parseYuan(fenToYuanInput(fen));
      expect(r).toEqual({ ok: true, fen });
    }
  });
});

describe('dates in China time', () => {
  it('counts the calendar day in Asia/Shanghai, whatever the machine’s zone', () => {
    expect(chinaToday(new Date('2026-03-01T16:30:00Z'))).toBe('2026-03-02');
    expect(chinaDay('2026-03-01T15:59:59Z')).toBe('2026-03-01');
    expect(addYears('2026-07-01', 2)).toBe('2028-07-01');
    expect(addYears('2028-02-29', 2)).toBe('2030-02-28');
  });

  it('proposes the default service period from next month in China, not in the browser’s zone (rule E6, Art. 5.2)', () => {
    // 07:30 on 1 December in China is still 30 November in Europe and America.
    expect(defaultServicePeriod(new Date('2026-11-30T23:30:00Z'))).toEqual({ start: '2027-01-01', end: '2028-12-31' });
    expect(defaultServicePeriod(new Date('2026-11-30T15:00:00Z'))).toEqual({ start: '2026-12-01', end: '2028-11-30' });
    expect(defaultServicePeriod(new Date('2027-02-28T16:00:00Z'))).toEqual({ start: '2027-04-01', end: '2029-03-31' });
  });

  it('asks the service period to reach the same last day as the server’s rule E6', () => {
    for (const start of ['2026-01-01', '2026-03-01', '2028-02-29', '2027-12-31', '2026-07-15']) {
      expect(minServiceEnd(start), start).toBe(serverDates.addDays(serverDates.addYears(start, 2), -1));
    }
  });
});

describe('a desk list’s state in the URL', () => {
  it('round-trips filters, page, size and sort, and keeps other keys', () => {
    const names = ['q', 'fromFrom'];
    const state = { values: { q: '化工' }, page: 3, size: 50, sort: { field: 'stageEnteredAt', direction: 'DESC' as const } };
    const url = writeListState(new URLSearchParams('year=2026'), names, state);
    expect(url.toString()).toBe('page=3&q=%E5%8C%96%E5%B7%A5&size=50&sort=-stageEnteredAt&year=2026');
    expect(readListState(url, names)).toEqual(state);
    expect(readListState(new URLSearchParams('page=-1&size=7&sort=1;drop'), names, { size: 20 })).toEqual({
      values: {},
      page: 1,
      size: 20,
      sort: null,
    });
  });

  it('keeps two lists of one page apart by their prefix (achievements and IP applications)', () => {
    const names = ['q', 'dateFrom', 'dateTo'];
    const ach = { values: { q: '轴承' }, page: 2, size: 10, sort: { field: 'achievedOn', direction: 'ASC' as const } };
    const ip = { values: { dateFrom: '2025-01-01' }, page: 1, size: 50, sort: { field: 'filedOn', direction: 'DESC' as const } };
    const url = writeListState(writeListState(new URLSearchParams('tab=records&page=4'), names, ach, 'ach'), names, ip, 'ip');
    expect(url.toString()).toBe(
      'ach.page=2&ach.q=%E8%BD%B4%E6%89%BF&ach.size=10&ach.sort=achievedOn&ip.dateFrom=2025-01-01&ip.size=50&ip.sort=-filedOn&page=4&tab=records',
    );
    expect(readListState(url, names, {}, 'ach')).toEqual(ach);
    expect(readListState(url, names, {}, 'ip')).toEqual(ip);
    expect(readListState(url, names).page).toBe(4);
  });

  it('keeps two lists of one page apart by prefix, so paging one does not page the other', () => {
    const first = { values: { q: '化工' }, page: 2, size: 50, sort: { field: 'stageEnteredAt', direction: 'ASC' as const } };
    const second = { values: { q: '备' }, page: 3, size: 10, sort: { field: 'filedOn', direction: 'DESC' as const } };
    const url = writeListState(writeListState(new URLSearchParams(), ['q'], first), ['q'], second, 'sent');
    expect(url.toString()).toBe(
      'page=2&q=%E5%8C%96%E5%B7%A5&sent.page=3&sent.q=%E5%A4%87&sent.size=10&sent.sort=-filedOn&size=50&sort=stageEnteredAt',
    );
    expect(readListState(url, ['q'])).toEqual(first);
    expect(readListState(url, ['q'], {}, 'sent')).toEqual(second);
    // Back to defaults on the second list leaves the first list's keys alone.
    const reset = writeListState(url, ['q'], { values: {}, page: 1, size: 20, sort: null }, 'sent');
    expect(readListState(reset, ['q'])).toEqual(first);
    expect([...reset.keys()].filter((k) => k.startsWith('sent.'))).toEqual([]);
  });
});

describe('a failed step as the desk reads it', () => {
  it('names the rule and article of a RULE_VIOLATION and spots a stale version', () => {
    const rule = readDeskError(
      {
        errors: [
          {
            message: '不符合规则N5（第十一条第3项）：不足 / Rule N5 (Art. 11.3) fails: too low',
            extensions: { code: 'RULE_VIOLATION', rule: 'N5', article: '第十一条第3项' },
          },
        ],
      },
      'zh',
    );
    expect(rule).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'N5',
      article: '第十一条第3项',
      stale: false,
      message: '不符合规则N5（第十一条第3项）：不足',
    });
    const stale = readDeskError(
      {
        errors: [
          {
            message: 'Application 5 已被他人修改 / Application 5 was changed by someone else',
            extensions: { code: 'CONFLICT', expectedVersion: 2, actualVersion: 3 },
          },
        ],
      },
      'en',
    );
    expect(stale).toMatchObject({ code: 'CONFLICT', stale: true, message: 'Application 5 was changed by someone else' });
  });
});
