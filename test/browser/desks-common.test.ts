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
import { AuditService, createOrm, IdentityService, type Role } from '@techvp/server';
import {
  accountFor,
  CREATE_APPLICATION,
  demoBindings,
  draft as draftOf,
  eligibleExpert,
  ok,
  openCall,
  SUBMIT,
  today,
  uploadAll,
} from '../workflow/support';
import { CHROMIUM, launchBrowser, pick, screenshot, signIn, type Browser } from './support';

/** Waits for a condition (not a fixed sleep); the shared machine is slow, so up to 20 s. */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000 });

describe('the enterprise and county desks, and what every desk shares', () => {
  let api: TestServer;
  let browser: Browser;
  let page: Page;
  let ids: Awaited<ReturnType<typeof demoBindings>>;
  let bureau: string;
  let callId: number;
  const started = Date.now();
  const sql = (text: string, params: unknown[] = []) => api.db.sql.query(text, params).then((r) => r.rows);
  const county = 'common-county';
  const COUNTY_PASSWORD = 'Common-Desk-2026!';
  const usedExperts: number[] = [];

  /** A case another enterprise of the demo county submitted today, with every material. */
  async function submittedCase(): Promise<{ id: number; enterprise: string }> {
    const [e] = await sql(
      `select e.id, e.name from enterprise e
        where e.division_id = $1 and e.id <> $2 and e.registered_on < current_date - interval '2 years'
          and e.independent_legal_person and e.finances_sound and e.violation_on is null and e.rd_spending_fen * 20 >= e.revenue_fen
          and not exists (select 1 from application p where p.enterprise_id = e.id and p.call_id = $3)
        order by e.id limit 1`,
      [ids.divisionId, ids.enterpriseId, callId],
    );
    const token = await accountFor(api, 'ENTERPRISE', { enterpriseId: e.id });
    const expertId = await eligibleExpert(api.db.sql, e.id, usedExperts);
    usedExperts.push(expertId);
    const created = (
      await ok<{ createApplication: { id: number; version: number } }>(api, token, CREATE_APPLICATION, {
        input: draftOf(callId, expertId),
      })
    ).createApplication;
    await uploadAll(api, token, created.id);
    await ok(api, token, SUBMIT, { a: created.id, v: created.version });
    return { id: Number(created.id), enterprise: e.name };
  }

  /** Presses Tab until the element with `testId` has the focus (no mouse), failing after 150 presses. */
  async function tabTo(testId: string): Promise<void> {
    for (let i = 0; i < 150; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate<string>("document.activeElement?.getAttribute('data-testid') ?? ''");
      if (focused === testId) return;
    }
    throw new Error(`Tab never reached ${testId}`);
  }

  beforeAll(async () => {
    api = await startTestServer({ as: 'bureau' });
    bureau = await api.login('bureau');
    ids = await demoBindings(api.db.sql);
    callId = await openCall(api, bureau, Number(today().slice(0, 4)) + 1);
    const orm = await createOrm({ url: api.db.url, poolMax: 1 });
    try {
      await new IdentityService(orm.em.fork(), new AuditService()).createUser(
        {
          username: county,
          displayName: '初审测试账号',
          role: 'COUNTY_BUREAU' as Role,
          password: COUNTY_PASSWORD,
          divisionId: ids.divisionId,
        },
        { username: 'admin', role: 'ADMIN' },
      );
    } finally {
      await orm.close(true);
    }
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
    await poll(() => idItem.locator('.ant-form-item-explain').innerText()).toContain('身份证号校验位错误');
    await poll(() => phoneItem.locator('.ant-form-item-explain').innerText()).toContain('手机号应为11位数字');
    await screenshot(page, 'desk-common-invite-errors');
    expect(await sql('select count(*)::int as n from expert where name = $1', ['柳明远'])).toEqual([{ n: 0 }]);

    await page.getByTestId('invite-phone').fill('13912345678');
    await page.getByTestId('invite-id').fill(idNumber);
    await page.getByTestId('invite-ok').click();
    await dialog.waitFor({ state: 'hidden' });
    await poll(() => page.getByTestId('f-expert').innerText()).toContain(`柳明远（${inst[0].name_zh}`);
    await page.getByTestId('f-allowance').fill('3000');
    await page.getByTestId('save-draft').click();
    await page.waitForURL(/\/desk\/enterprise\/applications\/\d+$/, { timeout: 60_000 });
    const appId = Number(new URL(page.url()).pathname.split('/').pop());
    // The rules E1-E5 judge the invited expert like any other.
    for (const rule of ['E1', 'E2', 'E3', 'E4', 'E5']) await poll(() => page.getByTestId(`rule-${rule}`).innerText()).toBe('通过');
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
    await poll(() => allowanceItem.locator('.ant-form-item-explain').innerText()).toContain('不得低于1000元（规则N5，第十一条第2项）');
    await poll(() => periodItem.locator('.ant-form-item-explain').innerText()).toContain(
      `须至少服务至 ${year + 2}-02-28（规则E6，第五条第2项）`,
    );
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
      await poll(() => period.first().inputValue()).toBe('2027-01-01');
      expect(await period.nth(1).inputValue()).toBe('2028-12-31');
    } finally {
      await far.close();
    }
  });
  it('a draft moved by the API after the page loaded: saving explains the conflict, and 重新加载 shows the new version and lets the change through', async () => {
    const [app] = await sql(
      `select id, version, proposed_expert_id, proposed_position, proposed_service_start::text as s, proposed_service_end::text as e
         from application where enterprise_id = $1 and stage = 'DRAFT'`,
      [ids.enterpriseId],
    );
    await page.goto(`${api.url}/desk/enterprise/applications/${app.id}`);
    await poll(() => page.getByTestId('f-techNeeds').inputValue()).toContain('铝合金');
    // Another tab of the same enterprise saves first.
    const moved = '另一窗口修改：面向新能源电池壳体的高强铝合金一体化压铸工艺研发';
    const token = await api.login('enterprise');
    await ok(api, token, 'mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { id version } }', {
      input: {
        applicationId: app.id,
        version: app.version,
        techNeeds: moved,
        proposedExpertId: app.proposed_expert_id,
        proposedPosition: app.proposed_position,
        proposedServiceStart: app.s,
        proposedServiceEnd: app.e,
        monthlyAllowanceFen: 300_000,
      },
    });
    await page.getByTestId('f-allowance').fill('4000');
    await page.getByTestId('save-draft').click();
    const error = page.getByTestId('desk-error');
    await poll(() => error.getAttribute('data-code')).toBe('CONFLICT');
    expect(await error.innerText()).toContain('已被他人办理或修改');
    await screenshot(page, 'desk-common-conflict');
    await page.getByTestId('desk-reload').click();
    await poll(() => page.getByTestId('f-techNeeds').inputValue()).toBe(moved);
    await page.getByTestId('f-allowance').fill('4000');
    await page.getByTestId('save-draft').click();
    await poll(async () => (await sql('select version from application where id = $1', [app.id]))[0].version).toBe(app.version + 2);
    expect(await sql('select tech_needs, monthly_allowance_fen from application where id = $1', [app.id])).toEqual([
      { tech_needs: moved, monthly_allowance_fen: '400000' },
    ]);
  });

  it('the 待办 counts in the menu equal the database, for the enterprise and for the county', async () => {
    const [draftCount] = await sql(`select count(*)::int as n from application where enterprise_id = $1 and stage = 'DRAFT'`, [
      ids.enterpriseId,
    ]);
    expect(draftCount.n).toBeGreaterThan(0);
    await page.goto(`${api.url}/desk/enterprise`);
    await poll(() => page.getByTestId('todo-deskEnterprise').innerText()).toBe(String(draftCount.n));
    const [pending] = await sql(
      `select count(*)::int as n from ledger_entry l join appointment a on a.id = l.appointment_id
        where a.enterprise_id = $1 and l.confirmation = 'PENDING'`,
      [ids.enterpriseId],
    );
    if (pending.n) await poll(() => page.getByTestId('todo-deskEnterpriseLedger').innerText()).toBe(String(pending.n));
    else expect(await page.getByTestId('todo-deskEnterpriseLedger').count()).toBe(0);

    await submittedCase();
    const [waiting] = await sql(`select count(*)::int as n from application where division_id = $1 and stage = 'SUBMITTED'`, [
      ids.divisionId,
    ]);
    expect(waiting.n).toBeGreaterThan(0);
    await signIn(page, api.url, county, COUNTY_PASSWORD);
    await page.goto(`${api.url}/desk/county`);
    await poll(() => page.getByTestId('todo-deskCounty').innerText()).toBe(waiting.n > 999 ? '999+' : String(waiting.n));
  });

  it('the county inbox shows the working days waited, longest first, and the priority mark (Art. 12.2)', async () => {
    await page.goto(`${api.url}/desk/county`);
    const table = page.getByTestId('table-county-inbox');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    const rows = await sql(
      `select e.name, a.priority_recommended from application a join enterprise e on e.id = a.enterprise_id
        where a.division_id = $1 and a.stage = 'SUBMITTED' order by a.stage_entered_at, a.id`,
      [ids.divisionId],
    );
    const shown = await table.locator('tbody tr.ant-table-row').count();
    expect(shown).toBe(Math.min(rows.length, 20));
    const waited = (await table.getByTestId('waited').allInnerTexts()).map((t) => Number(t.trim().split(/\s+/)[0]));
    for (let i = 1; i < waited.length; i++) expect(waited[i]).toBeLessThanOrEqual(waited[i - 1]);
    const first = table.locator('tbody tr.ant-table-row').first();
    expect(await first.innerText()).toContain(rows[0].name);
    for (let i = 0; i < shown; i++) {
      const row = table.locator('tbody tr.ant-table-row').nth(i);
      expect(await row.locator('.ant-tag', { hasText: '优先' }).count(), rows[i].name).toBe(rows[i].priority_recommended ? 1 : 0);
    }
    await screenshot(page, 'desk-common-county-inbox');
  });

  it('a desk in English after the language switch', async () => {
    await page.goto(`${api.url}/desk/county`);
    await page.getByTestId('toggle-lang').click();
    await poll(() => page.locator('.page h1, .page h2, .page h3').first().innerText()).toContain('County review');
    const head = await page.getByTestId('table-county-inbox').locator('thead').innerText();
    expect(head).toContain('Waited');
    expect(head).not.toMatch(/[\u4e00-\u9fff]/);
    await screenshot(page, 'desk-common-county-en');
    await page.getByTestId('toggle-lang').click();
    await poll(() => page.locator('.page h1, .page h2, .page h3').first().innerText()).toContain('县级初审');
  });

  it('the county passes a case with the keyboard alone (Tab, Enter, Space)', async () => {
    const c = await submittedCase();
    await page.goto(`${api.url}/desk/county/${c.id}`);
    await page.getByTestId('action-PASS').waitFor();
    await tabTo('action-PASS');
    await page.keyboard.press('Enter');
    await page.getByTestId('action-modal').waitFor();
    await tabTo('action-confirm');
    await page.keyboard.press('Space');
    await page.getByTestId('action-modal').waitFor({ state: 'detached' });
    await poll(async () => (await sql('select stage from application where id = $1', [c.id]))[0].stage).toBe('COUNTY_APPROVED');
    expect(
      await sql(`select decision, actor_role from review_decision where application_id = $1 and step = 'COUNTY_REVIEW'`, [c.id]),
    ).toEqual([{ decision: 'PASS', actor_role: 'COUNTY_BUREAU' }]);
  });

  it('the county previews and downloads a material of its case; both reads are audited', async () => {
    const c = await submittedCase();
    const [m] = await sql(`select id, file_name from application_material where application_id = $1 and kind = 'BUSINESS_LICENCE'`, [c.id]);
    const before = await sql(`select count(*)::int as n from audit_log where operation = 'readMaterial'`);
    await page.goto(`${api.url}/desk/county/${c.id}`);
    const popup = page.waitForEvent('popup');
    await page.getByTestId('preview-BUSINESS_LICENCE').click();
    const preview = await popup;
    await preview.waitForLoadState();
    expect(preview.url()).toContain(`/api/applications/${c.id}/materials/${m.id}`);
    await preview.close();
    const row = page.locator('tr', { has: page.getByTestId('preview-BUSINESS_LICENCE') });
    const downloading = page.waitForEvent('download');
    await row.getByRole('link', { name: '下载' }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toBe(m.file_name);
    await poll(async () => (await sql(`select count(*)::int as n from audit_log where operation = 'readMaterial'`))[0].n).toBe(
      before[0].n + 2,
    );
  });

  it('the enterprise sees its own appointments, as many as the database holds', async () => {
    await signIn(page, api.url, 'enterprise');
    await page.goto(`${api.url}/desk/enterprise/appointments`);
    const rows = await sql(
      `select x.name from appointment a join expert x on x.id = a.expert_id where a.enterprise_id = $1 order by a.service_start desc, a.id`,
      [ids.enterpriseId],
    );
    expect(rows.length).toBeGreaterThan(0);
    const table = page.getByTestId('table-enterprise-appointments');
    await poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(Math.min(rows.length, 20));
    expect(await table.locator('tbody tr.ant-table-row').first().innerText()).toContain(rows[0].name);
    await screenshot(page, 'desk-common-appointments');
  });

  it('the enterprise withdraws its application with a reason; the case ends as WITHDRAWN', async () => {
    const [app] = await sql(`select id from application where enterprise_id = $1 and stage = 'DRAFT'`, [ids.enterpriseId]);
    await page.goto(`${api.url}/desk/enterprise/applications/${app.id}`);
    await page.getByTestId('action-WITHDRAW').click();
    await page.getByTestId('action-modal').waitFor();
    await page.getByTestId('action-reason').fill('拟选派专家另有安排，本年度暂不申报');
    await page.getByTestId('action-confirm').click();
    await page.getByTestId('action-modal').waitFor({ state: 'detached' });
    await poll(() => page.getByTestId('desk-status').innerText()).toContain('撤回');
    expect(await sql('select stage from application where id = $1', [app.id])).toEqual([{ stage: 'WITHDRAWN' }]);
    expect(
      await sql(`select decision, reason, actor_role from review_decision where application_id = $1 and to_stage = 'WITHDRAWN'`, [app.id]),
    ).toEqual([{ decision: 'WITHDRAW', reason: '拟选派专家另有安排，本年度暂不申报', actor_role: 'ENTERPRISE' }]);
  });
});
