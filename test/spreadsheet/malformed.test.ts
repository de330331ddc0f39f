/**
 * Files that must be refused, each with the precise report (sheet, row, column, message), and
 * each leaving the database exactly as it was.
 */
import http from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ENGINE } from '../support/db';
import { startTestServer, TestServer } from '../support/server';
import { breakCheckChar, contentHash, creditCode, CSV, importFile, workbook, XLSX } from './support';

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

const enterprise = (n: number, over: Partial<Record<number, unknown>> = {}): unknown[] => {
  const row: unknown[] = [
    `聊城测试科技有限公司${n}`,
    creditCode(n),
    '东昌府区',
    '新材料',
    new Date('2019-03-01T00:00:00Z'),
    12345678.9,
    '543210.12',
    50 + n,
    '李华',
    `聊城市东昌府区测试路${n}号`,
  ];
  for (const [i, v] of Object.entries(over)) row[Number(i)] = v;
  return row;
};

describe(`malformed spreadsheets are refused precisely and change nothing (${ENGINE})`, () => {
  let api: TestServer;
  let bureau: string;
  let before: Record<string, string>;

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    bureau = await api.login('bureau');
  });
  afterAll(async () => api?.close());
  beforeEach(async () => {
    before = await contentHash(api.db.sql);
  });
  const unchanged = async () => expect(await contentHash(api.db.sql)).toEqual(before);

  it('names wrong, missing and repeated headers', async () => {
    const file = await workbook('企业', [
      [
        '企业名称*',
        '信用代码号',
        '所在县（市、区）*',
        '所属领域*',
        '注册日期*',
        '上年度主营业务收入（元）*',
        '上年度研发投入（元）*',
        '职工人数*',
        '联系人*',
        '注册地址*',
        '联系人',
      ],
      ['x', 'y'],
    ]);
    const { status, report } = await importFile(api, bureau, 'enterprises', file);
    expect(status).toBe(422);
    expect(report.problems).toEqual([
      {
        sheet: '企业',
        row: 1,
        column: null,
        cell: null,
        message: '缺少必填列“统一社会信用代码” / required column "统一社会信用代码" (Unified social credit code) is missing',
      },
      {
        sheet: '企业',
        row: 1,
        column: '信用代码号',
        cell: 'B1',
        message:
          '无法识别的列“信用代码号”：请使用导入模板的列名 / unknown column "信用代码号": use the column names of the import template',
      },
      { sheet: '企业', row: 1, column: '联系人', cell: 'K1', message: '列“联系人”重复出现 / column "联系人" appears twice' },
    ]);
    await unchanged();
  });

  it('reports a bad check character, a duplicate credit code, an unknown county, a future date and text in a money column', async () => {
    const future = new Date(Date.now() + 40 * 86400000);
    const file = await workbook(
      '企业',
      [
        ENTERPRISE_HEADER,
        enterprise(1),
        enterprise(2, { 1: breakCheckChar(creditCode(2)) }),
        enterprise(3, { 1: creditCode(1) }),
        enterprise(4, { 2: '聊城市东城区' }),
        enterprise(5, { 4: future }),
        enterprise(6, { 5: '约1200万' }),
        enterprise(7, { 6: 1234.567 }),
      ],
      [1],
    );
    const { status, report } = await importFile(api, bureau, 'enterprises', file);
    expect(status).toBe(422);
    const iso = future.toISOString().slice(0, 10);
    expect(report.problems).toEqual([
      {
        sheet: '企业',
        row: 3,
        column: '统一社会信用代码',
        cell: 'B3',
        message: '统一社会信用代码：统一社会信用代码校验位错误 / wrong check character (GB 32100)',
      },
      {
        sheet: '企业',
        row: 4,
        column: '统一社会信用代码',
        cell: 'B4',
        message: '统一社会信用代码与第2行重复 / the same credit code as row 2',
      },
      {
        sheet: '企业',
        row: 5,
        column: '所在县（市、区）',
        cell: 'C5',
        message:
          '县（市、区）“聊城市东城区”不存在，请填写名称或区划代码 / unknown county-level division "聊城市东城区": give its name or code',
      },
      {
        sheet: '企业',
        row: 6,
        column: '注册日期',
        cell: 'E6',
        message: `注册日期 ${iso} 晚于今天 / the registration date ${iso} is in the future`,
      },
      {
        sheet: '企业',
        row: 7,
        column: '上年度主营业务收入（元）',
        cell: 'F7',
        message:
          '上年度主营业务收入（元）：金额应为以元为单位的数字，最多两位小数（如 12345.67）/ an amount in yuan with at most two decimals, e.g. 12345.67',
      },
      {
        sheet: '企业',
        row: 8,
        column: '上年度研发投入（元）',
        cell: 'G8',
        message:
          '上年度研发投入（元）：金额应为以元为单位的数字，最多两位小数（如 12345.67）/ an amount in yuan with at most two decimals, e.g. 12345.67',
      },
    ]);
    expect(report).toMatchObject({ ok: false, rows: 7, inserted: 0, updated: 0, unchanged: 0, problemCount: 6 });
    await unchanged();
  });

  it('reports a ledger date in the future and outside the service period', async () => {
    const { rows } = await api.db.sql.query<{ certificate_no: string; service_start: string }>(
      `select certificate_no, service_start::text from appointment where certificate_no is not null and status = 'ACTIVE' order by id limit 1`,
    );
    const a = rows[0];
    const tomorrow = new Date(Date.now() + 2 * 86400000);
    const file = await workbook('服务台账', [
      ['证书编号', '服务日期*', '服务类别*', '驻企天数*', '服务内容*', '服务效果*', '培养技术骨干人数*'],
      [a.certificate_no, tomorrow, '技术服务', 1, '现场指导', '解决问题', 0],
      [a.certificate_no, '2020-01-01', '技术服务', 1, '现场指导', '解决问题', 0],
      ['聊科副总证〔2099〕第9999号', '2026-01-05', '技术服务', 1, '现场指导', '解决问题', 0],
    ]);
    const { report } = await importFile(api, bureau, 'ledger', file);
    const t = tomorrow.toISOString().slice(0, 10);
    expect(report.problems.map((p) => [p.row, p.cell, p.message])).toEqual([
      [
        2,
        'B2',
        `服务日期 ${t} 晚于今天（${new Date(Date.now() + 8 * 3600000).toISOString().slice(0, 10)}） / the date of service ${t} is in the future`,
      ],
      [3, 'B3', expect.stringMatching(/^服务日期 2020-01-01 不在服务期 \d{4}-\d\d-\d\d 至 \d{4}-\d\d-\d\d 内/)],
      [
        4,
        'A4',
        '证书编号“聊科副总证〔2099〕第9999号”不存在或不在您的管理范围内 / no certificate 聊科副总证〔2099〕第9999号 among the appointments you may manage',
      ],
    ]);
    await unchanged();
  });

  it('refuses an empty file, a header-only file, a file that is not a spreadsheet and an old .xls', async () => {
    const cases: Array<[Buffer, string, string]> = [
      [Buffer.alloc(0), XLSX, '文件为空 / the file is empty'],
      [Buffer.from(''), CSV, '文件为空 / the file is empty'],
      [Buffer.from('\ufeff\r\n\r\n'), CSV, '文件中没有任何内容 / the file has no content: not even a header row'],
      [await workbook('企业', [ENTERPRISE_HEADER]), XLSX, '文件中只有表头，没有数据行 / the file has a header but no data rows'],
      [
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
        XLSX,
        '文件不是 Excel（.xlsx）或 CSV 表格 / the file is neither an Excel (.xlsx) nor a CSV spreadsheet',
      ],
      [
        Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]),
        XLSX,
        '文件不是有效的 Excel（.xlsx）文件，或已损坏 / the file is not a valid Excel (.xlsx) workbook, or it is damaged',
      ],
      [
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
        XLSX,
        '不支持旧版 Excel 97-2003（.xls）文件，请另存为 .xlsx 后再导入 / old .xls files are not supported: save as .xlsx and import again',
      ],
    ];
    for (const [body, type, message] of cases) {
      const { status, report } = await importFile(api, bureau, 'enterprises', body, { type });
      expect(status, message).toBe(422);
      expect(report.problems, message).toEqual([{ sheet: null, row: null, column: null, cell: null, message }]);
    }
    await unchanged();
  });

  it('reads a CSV saved by Chinese Excel in GB18030', async () => {
    // 企业名称*,统一社会信用代码*,…\r\n聊城国标编码测试有限公司,CODE,临清市,… encoded in GB18030 (made with Python).
    const gb = Buffer.from(
      'xvPStcP7s8YqLM2z0rvJ57vh0MXTw7T6wusqLMv51NrP2KOoytChosf4o6kqLMv5yvTB7NPyKizXorLhyNXG2iosyc/E6rbI1vfTqtK1zvHK1cjro6jUqqOpKizJz8TqtsjR0LeizbbI66Oo1KqjqSos1rC5pMjLyv0qLMGqz7XIyyos16Ky4bXY1rcqDQrBxLPHufqx6rHgwuuy4srU09DP3rmry74sQ09ERSzB2cflytAs0MLE3NS0LDIwMTkvMy8xLDEwMDAwMDAsNTAwMDAsMzAs1tzD9CzB2cflytCy4srUwrc4usUNCg==',
      'base64',
    );
    const withCode = Buffer.concat([gb.subarray(0, gb.indexOf('CODE')), Buffer.from(creditCode(12)), gb.subarray(gb.indexOf('CODE') + 4)]);
    const { report } = await importFile(api, bureau, 'enterprises', withCode, { type: CSV, dryRun: true });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ ok: true, format: 'csv', inserted: 1 });
    await unchanged();
  });

  it('previews a CSV without writing, and refuses wrong content types and roles', async () => {
    const csv = [ENTERPRISE_HEADER.join(','), enterprise(11, { 4: '2019-03-01', 5: '"1,234,567.80"' }).join(',')].join('\r\n');
    const { report } = await importFile(api, bureau, 'enterprises', Buffer.from(`\ufeff${csv}`), { type: CSV, dryRun: true });
    expect(report).toMatchObject({ ok: true, dryRun: true, inserted: 1, format: 'csv' });
    await unchanged();

    const plain = await fetch(`${api.url}/api/spreadsheets/import/enterprises`, {
      method: 'POST',
      headers: { authorization: `Bearer ${bureau}`, 'content-type': 'text/plain' },
      body: csv,
    });
    expect(plain.status).toBe(415);
    const analyst = await api.login('analyst');
    const { status } = await importFile(api, analyst, 'enterprises', Buffer.from(csv), { type: CSV });
    expect(status).toBe(403);
    const anonymous = await fetch(`${api.url}/api/spreadsheets/import/enterprises`, {
      method: 'POST',
      headers: { 'content-type': CSV },
      body: csv,
    });
    expect(anonymous.status).toBe(401);
    await unchanged();
  });

  it('answers a file over 30 MB with 413 that the sender receives, and one declared far larger at once', async () => {
    // 31 MB of CSV: the server reads and discards the rest, then answers.
    const big = Buffer.alloc(31 * 1024 * 1024, 0x41);
    const res = await fetch(`${api.url}/api/spreadsheets/import/enterprises`, {
      method: 'POST',
      headers: { authorization: `Bearer ${bureau}`, 'content-type': CSV },
      body: new Uint8Array(big),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { errors: unknown[] }).errors[0]).toMatchObject({
      extensions: { code: 'PAYLOAD_TOO_LARGE' },
      message: expect.stringMatching(/^文件超过 30 MB/),
    });
    // A body announced at 500 MB is refused before a byte of it is read.
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${api.url}/api/spreadsheets/import/enterprises`, {
        method: 'POST',
        headers: { authorization: `Bearer ${bureau}`, 'content-type': CSV, 'content-length': String(500 * 1024 * 1024) },
      });
      req.on('response', (r) => {
        resolve(r.statusCode ?? 0);
        r.resume();
        req.destroy();
      });
      req.on('error', reject);
      req.write('企业名称*\n');
    });
    expect(status).toBe(413);
    await unchanged();
  });

  it('records refused imports in the audit trail', async () => {
    const { rows } = await api.db.sql.query<{ n: string }>(
      `select count(*) as n from audit_log where username = 'bureau' and operation = 'spreadsheet:import:enterprises' and result = 'FAILED'`,
    );
    expect(Number(rows[0].n)).toBeGreaterThanOrEqual(5);
  });
});
