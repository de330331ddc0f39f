/**
 * Hostile text on the spreadsheet routes (issue 12, items 5 and 6): a NUL in a cell, in the file
 * name or in an export's filter JSON, a lone surrogate in the file name or the filter, and cells
 * shaped like ORM operators in key columns. Each is refused as the user's input, names where it
 * is, never reaches the database as an operator, and leaves every table as it was.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ENGINE } from '../support/db';
import { startTestServer, TestServer } from '../support/server';
import { contentHash, creditCode, CSV, download, importFile, workbook } from './support';

const ENTERPRISE_HEADER = [
  '企业名称*',
  '统一社会信用代码*',
  '所在县（市、区）*',
  '所属领域*',
  '注册日期*',
  '上年度主营业务收入（元）*',
  '上年度研发投入（元）*',
  '职工人数*',
  '联系人*',
  '注册地址*',
];

const enterprise = (n: number, over: Partial<Record<number, string>> = {}): string[] => {
  const row = [
    `聊城恶意输入测试有限公司${n}`,
    creditCode(900 + n),
    '东昌府区',
    '新材料',
    '2019-03-01',
    '12345678.90',
    '543210.12',
    String(50 + n),
    '李华',
    `聊城市东昌府区测试路${n}号`,
  ];
  for (const [i, v] of Object.entries(over)) row[Number(i)] = v as string;
  return row;
};

const csvFile = (rows: string[][]) =>
  Buffer.from(`\ufeff${rows.map((r) => r.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n')}\r\n`);

describe(`hostile text on the spreadsheet routes (${ENGINE})`, () => {
  let api: TestServer;
  let bureau: string;
  let before: Record<string, string>;
  const unchanged = async () => expect(await contentHash(api.db.sql)).toEqual(before);

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    bureau = await api.login('bureau');
  });
  afterAll(async () => api?.close());
  beforeEach(async () => {
    before = await contentHash(api.db.sql);
  });

  it('refuses a NUL in a CSV: near the start as a file that is not text, further on naming its row and column; writes nothing', async () => {
    const early = await importFile(api, bureau, 'enterprises', csvFile([ENTERPRISE_HEADER, enterprise(1, { 0: '聊城\u0000注入公司' })]), {
      type: CSV,
    });
    expect(early.status).toBe(422);
    expect(early.report.problems).toEqual([expect.objectContaining({ row: null, message: expect.stringContaining('CSV') })]);
    // Past the first 8 KB the file reads as text, so the cell itself is refused.
    const rows = [ENTERPRISE_HEADER, ...Array.from({ length: 120 }, (_, i) => enterprise(100 + i))];
    rows.push(enterprise(300, { 0: '聊城\u0000注入公司', 8: '王\u0000五' }));
    const file = csvFile(rows);
    expect(file.indexOf(0)).toBeGreaterThan(8192);
    const { status, report } = await importFile(api, bureau, 'enterprises', file, { type: CSV });
    expect(status).toBe(422);
    expect(report.inserted).toBe(0);
    expect(report.problems.map((p) => [p.row, p.column])).toEqual([
      [rows.length, '企业名称'],
      [rows.length, '联系人'],
    ]);
    await unchanged();
  });

  it('reads operator-shaped cells in key columns as plain wrong values, never as query operators', async () => {
    const shapes = ['{"$ne":null}', '{"$gte":"0"}', '$ne', '{"$in":[1,2,3]}'];
    const rows = [ENTERPRISE_HEADER, ...shapes.map((s, i) => enterprise(10 + i, { 1: s }))];
    for (const file of [csvFile(rows), await workbook('企业', rows, [1])]) {
      const type = file[0] === 0xef ? CSV : undefined;
      const { status, report } = await importFile(api, bureau, 'enterprises', file, type ? { type } : {});
      expect(status).toBe(422);
      expect(report.inserted + report.updated).toBe(0);
      expect(report.problems.map((p) => [p.row, p.column])).toEqual(shapes.map((_, i) => [i + 2, '统一社会信用代码']));
      for (const p of report.problems) expect(p.message).toContain('统一社会信用代码');
    }
    // A number column holding an operator object: not a number, so a row problem, nothing matched.
    const { status, report } = await importFile(
      api,
      bureau,
      'enterprises',
      csvFile([ENTERPRISE_HEADER, enterprise(20, { 7: '{"$gt":0}' })]),
      { type: CSV },
    );
    expect(status).toBe(422);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({ row: 2, column: '职工人数' });
    await unchanged();
  });

  it('refuses a file name holding a NUL or a lone surrogate with 400 naming fileName, and keeps a long name whole', async () => {
    const file = csvFile([ENTERPRISE_HEADER, enterprise(30)]);
    for (const encoded of [encodeURIComponent('企业\u0000.csv'), '%ED%A0%80.csv']) {
      const res = await fetch(`${api.url}/api/spreadsheets/import/enterprises?dryRun=1`, {
        method: 'POST',
        headers: { authorization: `Bearer ${bureau}`, 'content-type': CSV, 'x-file-name': encoded },
        body: new Uint8Array(file),
      });
      const body = (await res.json()) as {
        code?: string;
        field?: string;
        errors?: Array<{ extensions?: { code?: string; field?: string } }>;
      };
      expect(res.status).toBe(400);
      expect(JSON.stringify(body)).toContain('fileName');
      expect(JSON.stringify(body)).toContain('BAD_USER_INPUT');
    }
    // 199 characters and then an emoji: cutting the name at 200 UTF-16 units must not leave half of it.
    const long = `${'台'.repeat(199)}😀.csv`;
    const { status, report } = await importFile(api, bureau, 'enterprises', file, { type: CSV, dryRun: true, fileName: long });
    expect(status).toBe(200);
    expect(report.ok).toBe(true);
    await unchanged();
  });

  it('refuses an export filter holding a NUL or a lone surrogate with 400 naming the filter field', async () => {
    for (const value of ['聊城\u0000', '\ud800']) {
      const filter = JSON.stringify({ name: { contains: value } });
      const res = await download(api, bureau, `/api/spreadsheets/export/enterprises.csv?filter=${encodeURIComponent(filter)}`);
      expect(res.status).toBe(400);
      const text = res.body.toString('utf8');
      expect(text).toContain('BAD_USER_INPUT');
      expect(text).toContain('filter.name.contains');
    }
    // An operator object where a value belongs is refused too, not handed to the ORM.
    const res = await download(
      api,
      bureau,
      `/api/spreadsheets/export/enterprises.csv?filter=${encodeURIComponent(JSON.stringify({ name: { contains: { $ne: null } } }))}`,
    );
    expect(res.status).toBe(400);
    expect(res.body.toString('utf8')).toContain('BAD_USER_INPUT');
  });
});
