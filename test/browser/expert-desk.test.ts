/**
 * The expert's desk on a phone (390 x 844): evidence files of a service entry (Art. 7.1) chosen
 * with a new entry and sent once it is saved, a wrong type refused in the form, then added and
 * removed on the saved entry; the database holds exactly the files shown. The annual report of
 * last year drafted from that year's confirmed entries, edited and submitted.
 */
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';
import { choose, launchBrowser, screenshot, signIn, type Browser } from './support';

const PHONE = { width: 390, height: 844 };
const PDF = Buffer.from('%PDF-1.4\n% techvp sign-in sheet\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('techvp site photo')]);

describe('the expert desk on a phone', () => {
  let api: TestServer;
  let browser: Browser;
  let phone: Page;
  const sql = (q: string, p: unknown[] = []) => api.db.sql.query(q, p).then((r) => r.rows);

  beforeAll(async () => {
    api = await startTestServer({ as: 'bureau' });
    browser = await launchBrowser();
    phone = await browser.newPage(PHONE);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('attaches evidence files to a service entry: chosen with the new entry, refused when of the wrong type, added and removed later', async () => {
    await signIn(phone, api.url, 'expert');
    await phone.goto(`${api.url}/desk/expert`);
    await phone.getByTestId('record-service').click();
    await phone.getByTestId('entry-form').waitFor();
    await phone.getByTestId('entry-days').fill('1');
    await phone.getByTestId('entry-trained').fill('4');
    await phone.getByTestId('entry-content').fill('指导车间建立设备点检台账');
    await phone.getByTestId('entry-effect').fill('停机时间减少');
    const pending = phone.getByTestId('evidence-pending');
    await pending.locator('input[type=file]').setInputFiles({ name: '记录.html', mimeType: 'text/html', buffer: Buffer.from('<html>') });
    await phone.locator('.ant-message-error', { hasText: '记录.html：仅接受 PDF、PNG、JPEG、XLSX 或 CSV 文件' }).waitFor();
    await pending.locator('input[type=file]').setInputFiles({ name: '签到表.pdf', mimeType: 'application/pdf', buffer: PDF });
    await pending.getByText('签到表.pdf').waitFor();
    await phone.getByTestId('evidence-after-save').getByText('保存后上传 1 份佐证文件').waitFor();
    await screenshot(phone, '60-expert-entry-evidence-phone');
    await phone.getByTestId('entry-save').click();
    await phone.locator('.ant-message-success', { hasText: '已上传佐证文件 签到表.pdf' }).waitFor();

    const [entry] = await sql("select id from ledger_entry where content = '指导车间建立设备点检台账'");
    const stored = () =>
      sql('select file_name, sha256, mime_type from ledger_evidence where entry_id = $1 order by id', [entry.id]).then((rows) =>
        rows.map((r) => [r.file_name, r.sha256, r.mime_type]),
      );
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    expect(await stored()).toEqual([['签到表.pdf', sha(PDF), 'application/pdf']]);

    await phone.getByTestId(`edit-${entry.id}`).click();
    const list = phone.getByTestId('evidence-stored');
    await list.getByText('签到表.pdf').waitFor();
    await list.locator('input[type=file]').setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: PNG });
    await list.getByText('现场照片.png').waitFor();
    await expect.poll(stored).toEqual([
      ['签到表.pdf', sha(PDF), 'application/pdf'],
      ['现场照片.png', sha(PNG), 'image/png'],
    ]);
    const [pdfRow] = await sql("select id from ledger_evidence where entry_id = $1 and file_name = '签到表.pdf'", [entry.id]);
    const href = await phone.getByTestId(`evidence-download-${pdfRow.id}`).getAttribute('href');
    const download = await phone.evaluate(async (url) => {
      const res = await fetch(url!, { credentials: 'same-origin' });
      return { status: res.status, disposition: res.headers.get('content-disposition'), text: await res.text() };
    }, href);
    expect(download).toEqual({
      status: 200,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent('签到表.pdf')}`,
      text: PDF.toString('utf8'),
    });
    await screenshot(phone, '61-expert-entry-evidence-stored-phone');
    await phone.getByTestId(`evidence-remove-${pdfRow.id}`).click();
    await phone.getByTestId('evidence-remove-ok').click();
    await phone.locator('.ant-message-success', { hasText: '已删除佐证文件 签到表.pdf' }).waitFor();
    await expect.poll(() => list.getByText('签到表.pdf').count()).toBe(0);
    expect(await stored()).toEqual([['现场照片.png', sha(PNG), 'image/png']]);
    const [audit] = await sql(
      "select count(*) filter (where operation = 'uploadLedgerEvidence')::int as up, count(*) filter (where operation = 'deleteLedgerEvidence')::int as del from audit_log where result = 'OK'",
    );
    expect(audit).toEqual({ up: 2, del: 1 });
  });

  it('drafts last year’s annual report from the confirmed ledger, lets the expert edit it, and submits it (Art. 17)', async () => {
    const lastYear = new Date().getFullYear() - 1;
    const [appt] = await sql(
      "select a.id from appointment a join app_user u on u.expert_id = a.expert_id where u.username = 'expert' and a.status = 'ACTIVE'",
    );
    await sql('delete from annual_report where appointment_id = $1 and year = $2', [appt.id, lastYear]);
    const [first] = await sql(
      `select service_date::text as d, content from ledger_entry where appointment_id = $1 and confirmation = 'CONFIRMED'
          and extract(year from service_date) = $2 order by service_date, id limit 1`,
      [appt.id, lastYear],
    );
    await phone.goto(`${api.url}/desk/expert`);
    await phone.getByRole('tab', { name: '年度述职' }).click();
    await choose(phone, 'report-year', String(lastYear));
    await phone.getByTestId('report-draft').click();
    const summary = phone.getByTestId('report-summary');
    await expect.poll(() => summary.inputValue()).toContain(`${lastYear}年度述职报告`);
    expect(await summary.inputValue()).toContain(`${first.d} ${first.content}`);
    await phone.getByTestId('report-draft-note').waitFor();
    await summary.press('ControlOrMeta+End');
    await summary.pressSequentially('推进热处理产线改造');
    await screenshot(phone, '62-expert-annual-report-draft-phone');
    await phone.getByTestId('report-submit').click();
    await phone.locator('.ant-modal-confirm .ant-btn-primary').click();
    await phone.locator('.ant-message-success', { hasText: `已提交${lastYear}年度述职` }).waitFor();
    const [row] = await sql('select summary from annual_report where appointment_id = $1 and year = $2', [appt.id, lastYear]);
    expect(row.summary.startsWith(`${lastYear}年度述职报告`)).toBe(true);
    expect(row.summary).toContain(`${first.d} ${first.content}`);
    expect(row.summary.endsWith('推进热处理产线改造')).toBe(true);
  });

  it('lists achievements and IP applications with search, sort and page size kept in the URL', async () => {
    const page = await browser.newPage();
    await signIn(page, api.url, 'expert');
    const [appt] = await sql(
      "select a.id from appointment a join app_user u on u.expert_id = a.expert_id where u.username = 'expert' and a.status = 'ACTIVE'",
    );
    const ach = await sql('select title from achievement where appointment_id = $1 order by achieved_on desc, id desc', [appt.id]);
    expect(ach.length).toBeGreaterThan(0);
    await page.goto(`${api.url}/desk/expert?tab=records`);
    const achRows = page.locator('[data-testid=table-achievement-list] tbody tr.ant-table-row');
    await expect.poll(() => achRows.count(), { timeout: 20_000 }).toBe(Math.min(10, ach.length));
    expect(await achRows.locator('td:nth-child(3)').allTextContents()).toEqual(ach.slice(0, 10).map((r) => r.title));
    const word = [...ach[0].title].slice(0, 2).join('');
    await page.getByTestId('search-achievement-list-q').fill(word);
    await page.getByTestId('search-achievement-list-submit').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('ach.q'), { timeout: 20_000 }).toBe(word);
    const matching = ach.filter((a) => a.title.includes(word));
    await expect
      .poll(() => page.getByTestId('total-achievement-list').getAttribute('data-total'), { timeout: 20_000 })
      .toBe(String(matching.length));

    const ips = await sql('select application_no from ip_application where appointment_id = $1 order by filed_on, id', [appt.id]);
    expect(ips.length).toBeGreaterThan(0);
    await page.goto(`${api.url}/desk/expert?tab=records&ip.sort=filedOn&ip.size=10&ach.q=${encodeURIComponent(word)}`);
    const ipRows = page.locator('[data-testid=table-ip-list] tbody tr.ant-table-row');
    await expect.poll(() => ipRows.count(), { timeout: 20_000 }).toBe(Math.min(10, ips.length));
    await expect.poll(() => achRows.count(), { timeout: 20_000 }).toBe(matching.length);
    expect(await ipRows.locator('td:nth-child(3)').allTextContents()).toEqual(ips.slice(0, 10).map((r) => r.application_no));
    expect(await page.getByTestId('search-achievement-list-q').inputValue()).toBe(word);
    expect(await page.getByTestId('total-achievement-list').getAttribute('data-total')).toBe(String(matching.length));
    await screenshot(page, '63-expert-records-lists');
    await page.close();
  });
});
