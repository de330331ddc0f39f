/**
 * Spreadsheets in the dashboard, in Chromium: the bureau downloads a template, uploads a CSV
 * with a wrong credit code and reads the problem by row and column (nothing written), then
 * previews and imports the corrected file; list exports come from the server with the
 * table's filter written into the file; leadership has no import page.
 */
import fs from 'node:fs';
import { creditCodeCheckChar } from '@techvp/server';
import ExcelJS from '@techvp/server/dist/modules/spreadsheet/excel';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_RULES } from '../../dashboard/src/app/access';
import { parseCsv } from '../../dashboard/src/charts/csv';
import { startTestServer, type TestServer } from '../support/server';
import { launchBrowser, menuLabels, screenshot, signIn, type Browser } from './support';

const HEADER = [
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

/** A valid synthetic credit code that the seeds do not use. */
const creditCode = (n: number) => {
  const first17 = `91371502MA${String(9_000_000 + n).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
};
const wrongCheck = (code: string) => code.slice(0, -1) + (code.endsWith('1') ? '2' : '1');

const enterpriseRow = (n: number, code = creditCode(n)) => [
  `聊城浏览器测试科技有限公司${n}`,
  code,
  '东昌府区',
  '新材料',
  '2019-03-01',
  '12345678.90',
  '543210.12',
  String(40 + n),
  '王敏',
  `聊城市东昌府区测试路${n}号`,
];
const csvFile = (rows: string[][]) => Buffer.from(`\ufeff${[HEADER, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`);

const bytesOf = async (download: Download) => fs.readFileSync((await download.path())!);

describe('spreadsheets in the dashboard', () => {
  let api: TestServer;
  let browser: Browser;
  /** The bureau's page. Signing in elsewhere replaces the shared cookie, so other roles come last. */
  let page: Page;
  const enterprises = async (codes: string[]) =>
    (
      await api.db.sql.query<{ name: string; credit_code: string }>(
        'select name, credit_code from enterprise where credit_code = any($1)',
        [codes],
      )
    ).rows;
  const enterpriseCount = async () => (await api.db.sql.query<{ n: number }>('select count(*)::int as n from enterprise')).rows[0].n;
  const chooseFile = (name: string, buffer: Buffer) =>
    page
      .locator('input[type=file]')
      .setInputFiles({ name, mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/octet-stream', buffer });
  const report = () => page.getByTestId('import-report');
  /** Waits for the report of the run just started and returns whether the file was clean. */
  const reportOf = async (dryRun: boolean) => {
    await expect
      .poll(async () => ((await report().count()) ? report().getAttribute('data-dry-run') : null), { timeout: 30_000 })
      .toBe(String(dryRun));
    return (await report().getAttribute('data-ok')) === 'true';
  };
  const count = async (id: string) => Number(await report().getByTestId(`report-${id}`).getAttribute('data-value'));

  beforeAll(async () => {
    api = await startTestServer({ as: 'bureau' });
    browser = await launchBrowser();
    page = await browser.newPage();
    await signIn(page, api.url, 'bureau');
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('shows 表格导入 to exactly the roles the server lets import something', async () => {
    const token = await api.login('bureau');
    const res = await fetch(`${api.url}/api/spreadsheets/meta`, { headers: { authorization: `Bearer ${token}` } });
    const meta = (await res.json()) as { imports: Array<{ kind: string; roles: string[] }> };
    const importers = new Set(meta.imports.flatMap((k) => k.roles));
    expect([...PAGE_RULES.import.roles].sort()).toEqual([...importers].sort());
    expect(await menuLabels(page)).toContain('表格导入');
  });

  it('lets the bureau choose among the four kinds, read the columns and download the template', async () => {
    await page.getByTestId('main-menu').getByText('表格导入').click();
    await expect.poll(() => page.getByTestId('page-title').innerText()).toBe('表格导入');
    expect(await page.locator('[data-testid^="import-kind-"]').allInnerTexts()).toEqual([
      '专家信息',
      '科技企业',
      '服务台账',
      '绩效考核结果',
    ]);
    await page.getByTestId('import-kind-enterprises').click();
    const columns = page.getByTestId('import-columns');
    await expect.poll(() => columns.innerText()).toContain('统一社会信用代码');
    expect(await columns.innerText()).toContain('科技企业：各列说明');
    const creditRow = columns.locator('tr', { hasText: '统一社会信用代码' }).first();
    expect(await creditRow.innerText()).toContain('必填');
    expect(await creditRow.innerText()).toContain('18位，按文本填写');

    const [template] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-template').click()]);
    expect(template.suggestedFilename()).toBe('企业导入模板.xlsx');
    const bytes = await bytesOf(template);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['企业', '填写说明']));
  });

  it('names the row and column of a wrong credit code, writes nothing, and offers the problems as CSV', async () => {
    const before = await enterpriseCount();
    const broken = wrongCheck(creditCode(2));
    await chooseFile('企业-有错.csv', csvFile([enterpriseRow(1), enterpriseRow(2, broken)]));
    await page.getByTestId('import-preview').click();
    expect(await reportOf(true)).toBe(false);
    expect(await report().locator('.ant-alert').innerText()).toContain('预检未通过：发现 1 处问题');
    const rows = page.getByTestId('import-problems').locator('tbody tr.ant-table-row');
    expect(await rows.count()).toBe(1);
    // A CSV file has no sheets: the server names it CSV.
    expect(await rows.first().locator('td').allInnerTexts()).toEqual([
      'CSV',
      '3',
      '统一社会信用代码',
      'B3',
      '统一社会信用代码：统一社会信用代码校验位错误',
    ]);
    // A refused preview cannot be imported.
    expect(await page.getByTestId('import-run').isDisabled()).toBe(true);
    expect(await page.getByTestId('import-progress').getAttribute('data-phase')).toBe('done');
    await screenshot(page, '30-import-problems-bureau');

    const [problems] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-problems').click()]);
    expect(problems.suggestedFilename()).toMatch(/^企业_问题清单_\d{8}\.csv$/);
    const table = parseCsv((await bytesOf(problems)).toString('utf8'));
    expect(table[0]).toEqual(['工作表', '行', '列', '单元格', '问题']);
    expect(table[1].slice(0, 4)).toEqual(['CSV', '3', '统一社会信用代码', 'B3']);
    expect(table[1][4]).toContain('wrong check character');

    // Not one row of the file was written.
    expect(await enterpriseCount()).toBe(before);
    expect(await enterprises([creditCode(1), broken])).toEqual([]);
  });

  it('previews the corrected file without writing, then imports it and reports what was added', async () => {
    const before = await enterpriseCount();
    const codes = [creditCode(1), creditCode(2)];
    await chooseFile('企业.csv', csvFile([enterpriseRow(1), enterpriseRow(2)]));
    // A new file makes the last report stale.
    expect(await report().count()).toBe(0);
    expect(await page.getByTestId('import-run').isDisabled()).toBe(true);
    await page.getByTestId('import-preview').click();
    expect(await reportOf(true)).toBe(true);
    expect(await report().locator('.ant-alert').innerText()).toContain('预检通过');
    expect(await count('rows')).toBe(2);
    expect(await count('inserted')).toBe(2);
    expect(await enterpriseCount()).toBe(before);

    await page.getByTestId('import-run').click();
    expect(await reportOf(false)).toBe(true);
    expect(await report().locator('.ant-alert').innerText()).toContain('导入成功');
    expect(await count('inserted')).toBe(2);
    expect(await count('updated')).toBe(0);
    await expect.poll(() => page.getByTestId('import-progress').getAttribute('data-phase')).toBe('done');
    expect(await page.getByTestId('import-run').isDisabled()).toBe(true);
    await screenshot(page, '31-import-done-bureau');

    expect(await enterpriseCount()).toBe(before + 2);
    expect((await enterprises(codes)).map((e) => e.name).sort()).toEqual(['聊城浏览器测试科技有限公司1', '聊城浏览器测试科技有限公司2']);
    const audit = await api.db.sql.query<{ n: number }>(
      "select count(*)::int as n from audit_log where username = 'bureau' and operation = 'spreadsheet:import:enterprises'",
    );
    expect(audit.rows[0].n).toBe(1);
  });

  it('says plainly when the server refuses the file for its size', async () => {
    await page.route('**/api/spreadsheets/import/**', (route) =>
      route.fulfill({
        status: 413,
        contentType: 'application/json',
        body: JSON.stringify({
          errors: [{ message: '文件超过 30 MB / file larger than 31457280 bytes', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
        }),
      }),
    );
    await chooseFile('企业-大.csv', csvFile([enterpriseRow(3)]));
    await page.getByTestId('import-preview').click();
    const failure = page.getByTestId('import-failure');
    await failure.waitFor();
    expect(await failure.innerText()).toContain('文件超过 30 MB，不能上传');
    expect(await failure.innerText()).toContain('PAYLOAD_TOO_LARGE');
    await page.unroute('**/api/spreadsheets/import/**');
  });

  it('exports the applications list from the server with the table’s filter in the file', async () => {
    await page.goto(`${api.url}/applications?county=371502&stage=REJECTED`);
    const total = page.getByTestId('total-applications');
    await expect.poll(async () => ((await total.count()) ? total.getAttribute('data-total') : null), { timeout: 20_000 }).not.toBeNull();
    const n = Number(await total.getAttribute('data-total'));
    const { rows: sql } = await api.db.sql.query<{ n: number }>(
      "select count(*)::int as n from application a join division d on d.id = a.division_id where d.code = '371502' and a.stage = 'REJECTED'",
    );
    expect(n).toBe(sql[0].n);
    expect(n).toBeGreaterThan(0);
    const filter = JSON.stringify({ division: { code: { eq: '371502' } }, stage: { eq: 'REJECTED' } });

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv-applications').click()]);
    expect(csv.suggestedFilename()).toMatch(/^申报_\d{8}\.csv$/);
    const text = (await bytesOf(csv)).toString('utf8');
    expect(text.startsWith('\ufeff# ')).toBe(true);
    const [comment, ...rest] = text.replace(/^\ufeff/, '').split('\r\n');
    expect(comment).toContain(`筛选条件：${filter}`);
    expect(comment).toContain('导出人：bureau');
    const table = parseCsv(rest.join('\r\n'));
    expect(table[0].slice(0, 3)).toEqual(['申报编号', '征集年度', '企业名称']);
    expect(table.length).toBe(n + 1);
    const stage = table[0].indexOf('当前环节');
    const county = table[0].indexOf('所在县（市、区）');
    expect(new Set(table.slice(1).map((r) => r[stage]))).toEqual(new Set(['未通过']));
    expect(new Set(table.slice(1).map((r) => r[county]))).toEqual(new Set(['东昌府区']));

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx-applications').click()]);
    expect(xlsx.suggestedFilename()).toMatch(/^申报_\d{8}\.xlsx$/);
    const book = await bytesOf(xlsx);
    expect(book.subarray(0, 2).toString('latin1')).toBe('PK');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(book as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['申报', '筛选条件']);
    expect(wb.getWorksheet('申报')!.actualRowCount).toBe(n + 1);
    const meta = new Map<string, unknown>();
    wb.getWorksheet('筛选条件')!.eachRow((r) => meta.set(String(r.getCell(1).value), r.getCell(2).value));
    expect(meta.get('筛选条件 / Filter')).toBe(filter);

    const exports = await api.db.sql.query<{ n: number }>(
      "select count(*)::int as n from audit_log where username = 'bureau' and operation = 'spreadsheet:export:applications'",
    );
    expect(exports.rows[0].n).toBe(2);
  });

  it('shows the server’s message when an export fails', async () => {
    await page.route('**/api/spreadsheets/export/**', (route) =>
      route.fulfill({
        status: 403,
        contentType: 'application/json',
        body: JSON.stringify({
          errors: [
            { message: '角色 ST_BUREAU 无权查看企业申报 / role ST_BUREAU may not read applications', extensions: { code: 'FORBIDDEN' } },
          ],
        }),
      }),
    );
    await page.getByTestId('export-csv-applications').click();
    const notice = page.locator('.ant-message-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('导出失败：角色 ST_BUREAU 无权查看企业申报');
    await page.unroute('**/api/spreadsheets/export/**');
  });

  it('offers a county bureau only the kinds it may import', async () => {
    const county = await browser.newPage();
    await signIn(county, api.url, 'county-371502');
    await county.goto(`${api.url}/import`);
    await county.getByTestId('import-columns').waitFor();
    expect(await county.locator('[data-testid^="import-kind-"]').allInnerTexts()).toEqual(['科技企业', '服务台账']);
    await county.close();
  });

  it('gives leadership no import page', async () => {
    const leader = await browser.newPage();
    await signIn(leader, api.url, 'leader');
    expect(await menuLabels(leader)).not.toContain('表格导入');
    await leader.goto(`${api.url}/import`);
    await leader.getByTestId('forbidden').waitFor();
    await leader.close();
  });
});
