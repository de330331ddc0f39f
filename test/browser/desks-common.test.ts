/**
 * The enterprise's and county's desks and the behaviour every desk shares, through the browser:
 * inviting a new expert from the application form, the form's own checks of rules N5 and E6 and
 * its China-time default period, a version conflict explained with a reload that works, the
 * to-do counts in the menu, a desk in English, an action done with the keyboard alone, a
 * withdrawal, the enterprise's appointments, a county previewing and downloading a material, and
 * the county inbox's working days and priority mark. Each test that writes ends with the database.
 */
import { residentIdCheckChar } from '@techvp/server';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';
import { demoBindings, openCall, today } from '../workflow/support';
import { CHROMIUM, launchBrowser, pick, screenshot, signIn, type Browser } from './support';

describe('the enterprise and county desks, and what every desk shares', () => {
  let api: TestServer;
  let browser: Browser;
  let page: Page;
  let ids: Awaited<ReturnType<typeof demoBindings>>;
  let bureau: string;
  let callId: number;
  const started = Date.now();
  const sql = (text: string, params: unknown[] = []) => api.db.sql.query(text, params).then((r) => r.rows);

  beforeAll(async () => {
    api = await startTestServer({ as: 'bureau' });
    bureau = await api.login('bureau');
    ids = await demoBindings(api.db.sql);
    callId = await openCall(api, bureau, Number(today().slice(0, 4)) + 1);
    browser = await launchBrowser();
    page = await browser.newPage({ width: 1280, height: 900 });
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
    console.log(`desks-common.test.ts: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  it('the enterprise invites a new expert: the dialog points at a wrong check digit, the server records the expert encrypted and masked, and the form proposes it', async () => {
    const first17 = '37150219860521247';
    const idNumber = first17 + residentIdCheckChar(first17);
    const wrong = first17 + (idNumber[17] === '1' ? '2' : '1');
    const { rows: inst } = await api.db.sql.query(
      `select i.name_zh from institution i
        where not exists (select 1 from enterprise_tie t where t.enterprise_id = $1 and t.institution_id = i.id)
        order by i.id limit 1`,
      [ids.enterpriseId],
    );
    await signIn(page, api.url, 'enterprise');
    await page.goto(`${api.url}/desk/enterprise/applications/new`);
    await page.getByTestId('f-techNeeds').fill('面向新能源电池壳体的轻量化铝合金成形工艺研发与质量检测');
    await page.getByTestId('invite-expert').click();
    const dialog = page.locator('.ant-modal', { has: page.getByTestId('invite-form') });
    await dialog.waitFor();
    await page.getByTestId('invite-name').fill('柳明远');
    await pick(page, page.getByTestId('invite-institution'), `.ant-select-item-option[title="${inst[0].name_zh}"]`, inst[0].name_zh);
    await pick(page, page.getByTestId('invite-degree'), '.ant-select-item-option[title="博士"]', '博士');
    await pick(page, page.getByTestId('invite-title'), '.ant-select-item-option[title="副高级"]', '副高级');
    await page.getByTestId('invite-discipline').fill('材料加工工程');
    const fields = page.getByTestId('invite-fields').locator('input');
    await fields.fill('铝合金成形');
    await fields.press('Enter');
    const startedOn = dialog.locator('.ant-picker input').first();
    await startedOn.click();
    await startedOn.fill('2013-07-01');
    await startedOn.press('Enter');
    await page.getByTestId('invite-phone').fill('1391234567');
    await page.getByTestId('invite-id').fill(wrong);
    await page.getByTestId('invite-ok').click();
    // Both identifiers are refused at their fields before anything is sent.
    const idItem = dialog.locator('.ant-form-item', { has: page.getByTestId('invite-id') });
    const phoneItem = dialog.locator('.ant-form-item', { has: page.getByTestId('invite-phone') });
    await expect.poll(() => idItem.locator('.ant-form-item-explain').innerText()).toContain('身份证号校验位错误');
    await expect.poll(() => phoneItem.locator('.ant-form-item-explain').innerText()).toContain('手机号应为11位数字');
    await screenshot(page, 'desk-common-invite-errors');
    expect(await sql('select count(*)::int as n from expert where name = $1', ['柳明远'])).toEqual([{ n: 0 }]);

    await page.getByTestId('invite-phone').fill('13912345678');
    await page.getByTestId('invite-id').fill(idNumber);
    await page.getByTestId('invite-ok').click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('f-expert').innerText()).toContain(`柳明远（${inst[0].name_zh}`);
    await page.getByTestId('f-allowance').fill('3000');
    await page.getByTestId('save-draft').click();
    await page.waitForURL(/\/desk\/enterprise\/applications\/\d+$/);
    const appId = Number(new URL(page.url()).pathname.split('/').pop());
    // The rules E1-E5 judge the invited expert like any other.
    for (const rule of ['E1', 'E2', 'E3', 'E4', 'E5']) await expect.poll(() => page.getByTestId(`rule-${rule}`).innerText()).toBe('通过');
    await screenshot(page, 'desk-common-invited-draft');

    const [row] = await sql(
      `select x.id, x.invited_by_enterprise_id, x.id_number_masked, x.phone_masked, x.id_number_cipher, x.keywords, p.proposed_expert_id
         from expert x join application p on p.proposed_expert_id = x.id where p.id = $1`,
      [appId],
    );
    expect(row.invited_by_enterprise_id).toBe(ids.enterpriseId);
    expect(row.id_number_masked).toBe(`${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`);
    expect(row.phone_masked).toBe('139****5678');
    expect(row.id_number_cipher).not.toContain(idNumber);
    expect(row.keywords).toEqual(['铝合金成形']);
    expect(await sql(`select result from audit_log where operation = 'inviteExpert' and object_ids = $1`, [String(row.id)])).toEqual([
      { result: 'OK' },
    ]);
  });

  it('the application form checks the allowance (rule N5, Art. 11.2) and the two-year period (rule E6, Art. 5.2) at the field, before the server', async () => {
    const [draft] = await sql(`select id, version, monthly_allowance_fen from application where enterprise_id = $1 and stage = 'DRAFT'`, [
      ids.enterpriseId,
    ]);
    await page.goto(`${api.url}/desk/enterprise/applications/${draft.id}`);
    await page.getByTestId('f-allowance').fill('800');
    const period = page.getByTestId('application-form').locator('.ant-picker-range input');
    const year = Number(today().slice(0, 4)) + 1;
    await period.first().click();
    await period.first().fill(`${year}-03-01`);
    await period.first().press('Enter');
    await period.nth(1).fill(`${year + 1}-12-31`);
    await period.nth(1).press('Enter');
    await page.getByTestId('save-draft').click();
    const allowanceItem = page.getByTestId('application-form').locator('.ant-form-item', { has: page.getByTestId('f-allowance') });
    const periodItem = page.getByTestId('application-form').locator('.ant-form-item', { has: page.getByTestId('f-period') });
    await expect
      .poll(() => allowanceItem.locator('.ant-form-item-explain').innerText())
      .toContain('不得低于1000元（规则N5，第十一条第2项）');
    await expect
      .poll(() => periodItem.locator('.ant-form-item-explain').innerText())
      .toContain(`须至少服务至 ${year + 2}-02-28（规则E6，第五条第2项）`);
    await screenshot(page, 'desk-common-form-checks');
    // Nothing was sent: the draft is as it was.
    expect(await sql('select version, monthly_allowance_fen from application where id = $1', [draft.id])).toEqual([
      { version: draft.version, monthly_allowance_fen: draft.monthly_allowance_fen },
    ]);
  });

  it('a new application proposes its default period from next month in China time, even in a browser in another time zone', async () => {
    // A browser of its own: the shared one is fixed to China time.
    const far = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const context = await far.newContext({ locale: 'zh-CN', timezoneId: 'America/Los_Angeles', viewport: { width: 1280, height: 900 } });
      const other = await context.newPage();
      other.setDefaultTimeout(20_000);
      await signIn(other, api.url, 'enterprise');
      // 07:30 on 1 December in China, 23:30 on 30 November in Los Angeles.
      await other.clock.setFixedTime(new Date('2026-11-30T23:30:00Z'));
      await other.goto(`${api.url}/desk/enterprise/applications/new`);
      const period = other.getByTestId('application-form').locator('.ant-picker-range input');
      await expect.poll(() => period.first().inputValue()).toBe('2027-01-01');
      expect(await period.nth(1).inputValue()).toBe('2028-12-31');
    } finally {
      await far.close();
    }
  });
});
