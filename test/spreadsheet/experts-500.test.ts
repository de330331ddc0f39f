/**
 * An office worker's spreadsheet of 500 experts with a dozen mistakes: the report names each
 * mistake by row and column, nothing is written; after correction the file imports in one go,
 * personal data stored only encrypted, hashed and masked; importing it again changes nothing.
 */
import { maskResidentId, PiiCipher } from '@techvp/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PII_KEY } from '../support/constants';
import { ENGINE } from '../support/db';
import { startTestServer, TestServer } from '../support/server';
import { breakCheckChar, contentHash, importFile, residentId, workbook } from './support';

const pii = new PiiCipher(Buffer.from(TEST_PII_KEY, 'base64'));
const HEADER = [
  '姓名*',
  '性别*',
  '身份证号*',
  '手机号',
  '派出单位*',
  '最高学位*',
  '职称*',
  '学科专业*',
  '研究方向',
  '主要领域',
  '参加工作日期*',
  '学术不端记录日期',
];
const N = 500;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);

describe(`500 experts with a dozen mistakes (${ENGINE})`, () => {
  let api: TestServer;
  let token: string;
  let institutions: string[];
  let clean: unknown[][];

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    token = await api.login('bureau');
    institutions = (await api.db.sql.query<{ name_zh: string }>('select name_zh from institution order by id')).rows.map((r) => r.name_zh);
    const sectors = ['人工智能', '新材料', '生物医药', '高端装备制造', '新能源'];
    const degrees = ['博士', '硕士', '博士', '学士'];
    const titles = ['正高级', '副高级', '副高级', '中级'];
    clean = Array.from({ length: N }, (_, i) => {
      const birth = addDays('1968-01-01', i * 23);
      const male = i % 3 !== 0;
      return [
        `测试专家${String(i + 1).padStart(3, '0')}`,
        male ? '男' : '女',
        residentId(birth, i, male),
        `139${String(10000000 + i * 7).slice(-8)}`,
        institutions[i % institutions.length],
        degrees[i % degrees.length],
        titles[i % titles.length],
        '材料科学与工程',
        '复合材料、表面工程',
        sectors[i % sectors.length],
        day(addDays(birth, 365 * 25)),
        null,
      ];
    });
  });
  afterAll(async () => api?.close());

  it('names each of the twelve mistakes by row and column, and writes nothing', async () => {
    const rows = clean.map((r) => [...r]);
    const at = (row: number) => rows[row - 2]; // sheet row → data index (row 1 is the header)
    at(10)[2] = breakCheckChar(at(10)[2] as string);
    at(25)[2] = Number(at(25)[2] as string); // typed as a number: Excel has rounded it
    at(40)[1] = '男性';
    at(55)[1] = at(55)[1] === '男' ? '女' : '男';
    at(70)[4] = '聊城职业技术大学（筹）';
    at(85)[5] = '博士后';
    at(100)[6] = '高级';
    at(130)[10] = day(addDays(new Date().toISOString().slice(0, 10), 30));
    at(160)[10] = day('1975-01-01');
    at(200)[3] = '1381234';
    at(260)[2] = at(250)[2];
    at(260)[1] = at(250)[1];
    at(300)[0] = null;
    const before = await contentHash(api.db.sql, ['expert']);
    const { status, report } = await importFile(api, token, 'experts', await workbook('专家', [HEADER, ...rows], [2, 3]), {
      fileName: '专家名单（有误）.xlsx',
    });
    expect(status).toBe(422);
    expect(report.rows).toBe(N);
    expect(report.problems.map((p) => [p.row, p.column, p.cell])).toEqual([
      [10, '身份证号', 'C10'],
      [25, '身份证号', 'C25'],
      [40, '性别', 'B40'],
      [55, '性别', 'B55'],
      [70, '派出单位', 'E70'],
      [85, '最高学位', 'F85'],
      [100, '职称', 'G100'],
      [130, '参加工作日期', 'K130'],
      [160, '参加工作日期', 'K160'],
      [200, '手机号', 'D200'],
      [260, '身份证号', 'C260'],
      [300, '姓名', 'A300'],
    ]);
    const messages = report.problems.map((p) => p.message);
    expect(messages[0]).toBe('身份证号：身份证号校验位错误 / wrong check digit (GB 11643)');
    expect(messages[1]).toMatch(/^身份证号：身份证号须按文本填写/);
    expect(messages[2]).toBe('性别：应为以下之一：男、女 / must be one of: 男、女');
    expect(messages[3]).toMatch(/^性别与身份证号第17位（[男女]）不一致/);
    expect(messages[4]).toBe(
      '派出单位“聊城职业技术大学（筹）”不在高校院所名录中 / unknown institution "聊城职业技术大学（筹）" (see the list in the template)',
    );
    expect(messages[5]).toBe('最高学位：应为以下之一：博士、硕士、学士、其他 / must be one of: 博士、硕士、学士、其他');
    expect(messages[6]).toBe('职称：应为以下之一：正高级、副高级、中级、初级、无 / must be one of: 正高级、副高级、中级、初级、无');
    expect(messages[7]).toMatch(/晚于今天/);
    expect(messages[8]).toMatch(/早于年满16周岁/);
    expect(messages[9]).toMatch(/^手机号：应为11位手机号/);
    expect(messages[10]).toBe('身份证号与第250行重复 / the same resident ID number as row 250');
    expect(messages[11]).toBe('姓名为必填项 / Name is required');
    for (const m of messages) expect(m).not.toMatch(/\d{17}[\dX]/); // never echoes a resident ID
    expect(await contentHash(api.db.sql, ['expert'])).toEqual(before);
  });

  it('imports the corrected file in one go, encrypted, hashed and masked; a second import changes nothing', async () => {
    const file = await workbook('专家', [HEADER, ...clean], [2, 3]);
    const preview = await importFile(api, token, 'experts', file, { dryRun: true });
    expect(preview.report).toMatchObject({ ok: true, dryRun: true, inserted: N, updated: 0, unchanged: 0 });
    const { rows: none } = await api.db.sql.query<{ n: string }>(`select count(*) as n from expert where name like '测试专家%'`);
    expect(none[0].n).toBe('0');

    const { status, report } = await importFile(api, token, 'experts', file, { fileName: '专家名单.xlsx' });
    expect(status).toBe(200);
    expect(report).toMatchObject({ ok: true, rows: N, inserted: N, updated: 0, unchanged: 0, problems: [] });
    const { rows } = await api.db.sql.query<{
      name: string;
      id_number_cipher: string;
      id_number_hash: string;
      id_number_masked: string;
      institution: string;
    }>(
      `select x.name, x.id_number_cipher, x.id_number_hash, x.id_number_masked, i.name_zh as institution
         from expert x join institution i on i.id = x.institution_id where x.name like '测试专家%' order by x.name`,
    );
    expect(rows).toHaveLength(N);
    rows.forEach((r, i) => {
      const id = clean[i][2] as string;
      expect(r.name).toBe(clean[i][0]);
      expect(r.institution).toBe(clean[i][4]);
      expect(pii.decrypt(r.id_number_cipher)).toBe(id);
      expect(r.id_number_hash).toBe(pii.hash(id));
      expect(r.id_number_masked).toBe(maskResidentId(id));
    });

    const again = await importFile(api, token, 'experts', file);
    expect(again.report).toMatchObject({ ok: true, inserted: 0, updated: 0, unchanged: N });

    const { rows: audit } = await api.db.sql.query<{ result: string; object_ids: string; detail: { inserted: number; file: string } }>(
      `select result, object_ids, detail from audit_log where operation = 'spreadsheet:import:experts' and username = 'bureau' order by id`,
    );
    expect(audit.map((a) => a.result)).toEqual(['FAILED', 'OK', 'OK']);
    expect(audit[1].detail).toMatchObject({ inserted: N, file: '专家名单.xlsx' });
    const logged = JSON.stringify(audit);
    for (const r of clean) expect(logged).not.toContain(r[2] as string);
  });
});
