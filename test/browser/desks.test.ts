/**
 * The work desks through the browser: the enterprise applies (form, expert directory, materials,
 * rule preview), the county returns it with a reason and the fields to fix, the enterprise
 * corrects and resubmits, the county passes; a rejection names its rule; another county can
 * neither see nor act on the case; batch approval; the Organisation Department's batch
 * acknowledgement; Back from a record returns to the list with its filters. Screenshots at 1280
 * px and at tablet width.
 */
import { AuditService, createOrm, IdentityService, type Role } from '@techvp/server';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';
import {
  CREATE_APPLICATION,
  demoBindings,
  draft,
  eligibleExpert,
  ok,
  openCall,
  pdf,
  SUBMIT,
  today,
  uploadAll,
  MATERIAL_KINDS,
} from '../workflow/support';
import { launchBrowser, pick, screenshot, signIn, type Browser } from './support';

const PASSWORD = 'Desk-Test-2026!';

async function account(api: TestServer, username: string, role: Role, binding: { enterpriseId?: number; divisionId?: number }) {
  const orm = await createOrm({ url: api.db.url, poolMax: 1 });
  try {
    await new IdentityService(orm.em.fork(), new AuditService()).createUser(
      { username, displayName: username, role, password: PASSWORD, ...binding },
      { username: 'admin', role: 'ADMIN' },
    );
  } finally {
    await orm.close(true);
  }
}

describe('the work desks', () => {
  let api: TestServer;
  let browser: Browser;
  let page: Page;
  let ids: Awaited<ReturnType<typeof demoBindings>>;
  let bureau: string;
  let callId: number;
  let appId: number;
  const started = Date.now();
  const county = 'desk-county';
  const stage = (id: number) =>
    api.db.sql
      .query('select stage, version, tech_needs, monthly_allowance_fen, rejection_rule, rejection_reason from application where id = $1', [
        id,
      ])
      .then((r) => r.rows[0]);
  const decisions = (id: number) =>
    api.db.sql
      .query(
        'select step, decision, reason, rule_code, actor_role from review_decision where application_id = $1 order by decided_at, id',
        [id],
      )
      .then((r) => r.rows);
  const confirmAction = async (action: string, fill?: () => Promise<void>) => {
    await page.getByTestId(`action-${action}`).click();
    await page.getByTestId('action-modal').waitFor();
    if (fill) await fill();
    await page.getByTestId('action-confirm').click();
    await page.getByTestId('action-modal').waitFor({ state: 'detached' });
  };

  beforeAll(async () => {
    api = await startTestServer({ as: 'bureau' });
    bureau = await api.login('bureau');
    ids = await demoBindings(api.db.sql);
    callId = await openCall(api, bureau, Number(today().slice(0, 4)) + 1);
    await account(api, county, 'COUNTY_BUREAU' as Role, { divisionId: ids.divisionId });
    browser = await launchBrowser();
    page = await browser.newPage({ width: 1280, height: 900 });
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
    console.log(`desks.test.ts: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  it('the enterprise fills in the application, sees the rule preview with a failing rule and its article, uploads the materials and submits', async () => {
    const expertId = await eligibleExpert(api.db.sql, ids.enterpriseId);
    const { rows: ex } = await api.db.sql.query(
      'select x.name, i.name_zh from expert x join institution i on i.id = x.institution_id where x.id = $1',
      [expertId],
    );
    await signIn(page, api.url, 'enterprise');
    expect(new URL(page.url()).pathname).toBe('/desk/enterprise');
    await page.getByTestId('new-application').click();
    await page.getByTestId('f-techNeeds').fill('面向精密轴承的磨削工艺优化与在线质量检测系统研发');
    await page.getByTestId('f-expert').locator('input').fill(ex[0].name);
    await page
      .locator(`.ant-select-dropdown:visible .ant-select-item-option`, { hasText: `${ex[0].name}（${ex[0].name_zh}` })
      .first()
      .click();
    // 800 yuan a month: below the 1,000 of rule N5; the form says so at the field, with the article, and sends nothing.
    await page.getByTestId('f-allowance').fill('800');
    await page.getByTestId('save-draft').click();
    const allowanceItem = page.getByTestId('application-form').locator('.ant-form-item', { has: page.getByTestId('f-allowance') });
    await expect.poll(() => allowanceItem.locator('.ant-form-item-explain').innerText()).toContain('第十一条第2项');
    expect(new URL(page.url()).pathname).toBe('/desk/enterprise/applications/new');
    // No R&D spending declared: rule N4 fails; the form accepts it, the preview shows why it would be refused.
    const rd = await page.getByTestId('f-rd').inputValue();
    await page.getByTestId('f-allowance').fill('3000.50');
    await page.getByTestId('f-rd').fill('0');
    await page.getByTestId('save-draft').click();
    await page.waitForURL(/\/desk\/enterprise\/applications\/\d+$/);
    appId = Number(new URL(page.url()).pathname.split('/').pop());
    await expect.poll(() => page.getByTestId('rule-N4').innerText()).toBe('不通过');
    const n4 = page.getByTestId('rule-preview').locator('tr', { has: page.getByTestId('rule-N4') });
    expect(await n4.innerText()).toContain('第九条第2项');
    expect(await page.getByTestId('rule-preview').locator('tbody tr.ant-table-row').count()).toBe(11);
    expect(await page.getByTestId('submit-blockers').innerText()).toContain('1 条资格规则不通过');
    expect(await page.getByTestId('action-SUBMIT').isDisabled()).toBe(true);
    expect(Number((await stage(appId)).monthly_allowance_fen)).toBe(300_050);
    await screenshot(page, 'desk-enterprise-draft-1280');

    await page.getByTestId('f-rd').fill(rd);
    await page.getByTestId('save-draft').click();
    await expect.poll(() => page.getByTestId('rule-N4').innerText()).toBe('通过');
    expect(await page.getByTestId('rule-N5').innerText()).toBe('通过');
    for (const kind of MATERIAL_KINDS) {
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId(`upload-${kind}`).click();
      await (await chooser).setFiles({ name: `${kind}.pdf`, mimeType: 'application/pdf', buffer: pdf(kind) });
      await expect.poll(() => page.locator('.ant-message-notice').allInnerTexts()).toContainEqual(expect.stringContaining(`${kind}.pdf`));
      await expect.poll(() => page.getByTestId(`material-${kind}`).getAttribute('data-missing')).toBe('0');
    }
    await expect.poll(() => page.getByTestId('action-SUBMIT').isDisabled()).toBe(false);
    await confirmAction('SUBMIT');
    await expect.poll(() => page.getByTestId('desk-status').innerText()).toContain('已申报');
    expect((await stage(appId)).stage).toBe('SUBMITTED');
  });

  it('the county returns it with a reason and the fields to fix; the enterprise sees both, corrects and resubmits; the county passes', async () => {
    await signIn(page, api.url, county, PASSWORD);
    await page.goto(`${api.url}/desk/county`);
    await page.getByTestId('table-county-inbox').getByRole('link', { name: /./ }).first().waitFor();
    await expect.poll(() => page.getByTestId('main-menu').innerText()).toContain('县级初审');
    await screenshot(page, 'desk-county-inbox-1280');
    await page.goto(`${api.url}/desk/county/${appId}`);
    await page.getByTestId('rule-preview').waitFor();
    await screenshot(page, 'desk-county-case-1280');
    await confirmAction('RETURN', async () => {
      await page.getByTestId('fix-fields').getByText('技术需求').click();
      await page.getByTestId('fix-fields').getByText('每月生活补助').click();
      await page.getByTestId('action-reason').fill('技术需求过于笼统，请写明拟解决的关键工艺问题；补助标准请与三方协议一致');
    });
    await expect.poll(() => page.getByTestId('desk-status').innerText()).toContain('草稿');
    expect(await page.getByTestId('no-actions').count()).toBe(1);

    await signIn(page, api.url, 'enterprise');
    await page.goto(`${api.url}/desk/enterprise/applications/${appId}`);
    await page.getByTestId('returned-alert').waitFor();
    expect(await page.getByTestId('return-reason').innerText()).toContain('技术需求过于笼统');
    expect(await page.getByTestId('fix-list').innerText()).toContain('技术需求');
    expect(await page.getByTestId('fix-list').innerText()).toContain('每月生活补助');
    const highlighted = await page.locator('.field-to-fix .ant-form-item-label').allInnerTexts();
    expect(highlighted.join('|')).toContain('技术需求');
    expect(highlighted.join('|')).toContain('每月生活补助');
    await screenshot(page, 'desk-enterprise-returned-1280');
    await page.getByTestId('f-techNeeds').fill('解决P4级精密轴承磨削烧伤与圆度超差问题，建立在线质量检测系统，良品率提升至99%');
    await page.getByTestId('save-draft').click();
    await expect.poll(async () => (await stage(appId)).tech_needs).toContain('磨削烧伤');
    await confirmAction('SUBMIT');
    await expect.poll(() => page.getByTestId('desk-status').innerText()).toContain('已申报');

    await signIn(page, api.url, county, PASSWORD);
    await page.goto(`${api.url}/desk/county/${appId}`);
    await confirmAction('PASS');
    await expect.poll(() => page.getByTestId('desk-status').innerText()).toContain('县级初审通过');
    const row = await stage(appId);
    expect(row.stage).toBe('COUNTY_APPROVED');
    const d = await decisions(appId);
    expect(d.map((x) => `${x.step}:${x.decision}`)).toEqual([
      'SUBMISSION:SUBMIT',
      'COUNTY_REVIEW:RETURN',
      'SUBMISSION:SUBMIT',
      'COUNTY_REVIEW:PASS',
    ]);
    expect(d[1].reason).toBe('需修改项：技术需求、每月生活补助。技术需求过于笼统，请写明拟解决的关键工艺问题；补助标准请与三方协议一致');
    expect(d[1].actor_role).toBe('COUNTY_BUREAU');
  });

  /** Cases submitted through the API by other enterprises of the same county (set-up, not under test). */
  async function submittedCases(n: number, skipExperts: number[] = []): Promise<number[]> {
    const { rows } = await api.db.sql.query(
      `select e.id from enterprise e where e.division_id = $1 and e.id <> $2 and e.registered_on < current_date - interval '2 years'
          and e.independent_legal_person and e.finances_sound and e.violation_on is null and e.rd_spending_fen * 20 >= e.revenue_fen
          and not exists (select 1 from application a where a.enterprise_id = e.id and a.call_id = $3)
        order by e.id limit $4`,
      [ids.divisionId, ids.enterpriseId, callId, n],
    );
    expect(rows.length).toBe(n);
    const out: number[] = [];
    for (const r of rows) {
      const username = `desk-ent-${r.id}`;
      await account(api, username, 'ENTERPRISE' as Role, { enterpriseId: r.id });
      const token = await api.login(username, PASSWORD);
      const expertId = await eligibleExpert(api.db.sql, r.id, skipExperts);
      skipExperts.push(expertId);
      const created = (
        await ok<{ createApplication: { id: number; version: number } }>(api, token, CREATE_APPLICATION, { input: draft(callId, expertId) })
      ).createApplication;
      await uploadAll(api, token, created.id);
      await ok(api, token, SUBMIT, { a: created.id, v: created.version });
      out.push(Number(created.id));
    }
    return out;
  }

  it('a rejection names the rule that fails now (E3, Art. 5.3) and ends the case', async () => {
    const [id] = await submittedCases(1);
    // Since submission the expert got a research-integrity record: rule E3 fails now.
    await api.db.sql.query(
      'update expert set misconduct_on = current_date where id = (select proposed_expert_id from application where id = $1)',
      [id],
    );
    await page.goto(`${api.url}/desk/county/${id}`);
    await expect.poll(() => page.getByTestId('rule-E3').innerText()).toBe('不通过');
    await confirmAction('REJECT', async () => {
      await pick(page, page.getByTestId('reject-rule'), '.ant-select-item-option', 'E3', 'E3');
    });
    await expect.poll(() => page.getByTestId('desk-status').innerText()).toContain('未通过');
    await expect.poll(() => page.getByTestId('section-application').innerText()).toContain('E3 科研诚信');
    const row = await stage(id);
    expect(row).toMatchObject({ stage: 'REJECTED', rejection_rule: 'E3' });
    expect(row.rejection_reason).toContain('第五条第4项');
    const last = (await decisions(id)).pop();
    expect(last).toMatchObject({ step: 'COUNTY_REVIEW', decision: 'REJECT', rule_code: 'E3' });
  });

  it('passes several cases at once from the inbox, each reported', async () => {
    const batch = await submittedCases(2);
    await page.goto(`${api.url}/desk/county`);
    for (const id of batch) {
      const { rows } = await api.db.sql.query(
        'select e.name from application a join enterprise e on e.id = a.enterprise_id where a.id = $1',
        [id],
      );
      await page.getByTestId('table-county-inbox').locator('tr', { hasText: rows[0].name }).locator('.ant-checkbox-input').check();
    }
    await page.getByTestId('batch-pass-county-inbox').click();
    expect(await page.getByTestId('batch-article').innerText()).toContain('第十二条第2项');
    await page.getByTestId('batch-confirm').click();
    await page.getByTestId('batch-results').waitFor();
    expect(await page.getByTestId('batch-results').locator('tbody .ant-tag').allInnerTexts()).toEqual(['已通过', '已通过']);
    await screenshot(page, 'desk-county-batch-result-1280');
    for (const id of batch) expect((await stage(id)).stage).toBe('COUNTY_APPROVED');
  });

  it('a county can neither see nor act on another county’s case, in the browser or on the server', async () => {
    const other = ids.divisionCode === '371581' ? 'county-371502' : 'county-371581';
    await signIn(page, api.url, other);
    await page.goto(`${api.url}/desk/county/${appId}`);
    await page.getByTestId('not-found').waitFor();
    expect(await page.getByTestId('action-bar').count()).toBe(0);
    await page.goto(`${api.url}/desk/county`);
    const { rows } = await api.db.sql.query(
      `select count(*)::int as n from application a join division d on d.id = a.division_id where a.stage = 'SUBMITTED' and d.code = $1`,
      [other.slice(-6)],
    );
    await expect.poll(() => page.getByTestId('total-county-inbox').getAttribute('data-total')).toBe(String(rows[0].n));
    expect(await page.getByTestId('table-county-inbox').innerText()).not.toContain(String(await demoName()));
    const token = await api.login(other);
    const v = (await stage(appId)).version;
    const res = await api.gqlAs(
      token,
      `mutation { reviewApplication(input: { applicationId: ${appId}, version: ${v}, decision: RETURN, reason: "x" }) { id } }`,
    );
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(res.errors?.[0].extensions?.code);
    expect((await stage(appId)).version).toBe(v);
    // Tablet width: the inbox stays usable.
    const tablet = await browser.newPage({ width: 768, height: 1024 });
    await signIn(tablet, api.url, county, PASSWORD);
    await tablet.goto(`${api.url}/desk/county`);
    await tablet.getByTestId('table-county-inbox').waitFor();
    await screenshot(tablet, 'desk-county-inbox-768');
    await tablet.goto(`${api.url}/desk/county/${appId}`);
    await tablet.getByTestId('record-title').waitFor();
    await screenshot(tablet, 'desk-county-case-768');
    await tablet.close();
  });

  async function demoName(): Promise<string> {
    const { rows } = await api.db.sql.query('select name from enterprise where id = $1', [ids.enterpriseId]);
    return rows[0].name;
  }

  it('the Organisation Department acknowledges several filings at once and sees who signed', async () => {
    await signIn(page, api.url, 'orgdept');
    await page.goto(`${api.url}/filings?status=PENDING`);
    const table = page.getByTestId('table-filings');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    const rows = table.locator('tbody tr.ant-table-row');
    const nos = [await rows.nth(0).locator('a').first().innerText(), await rows.nth(1).locator('a').first().innerText()];
    await rows.nth(0).locator('.ant-checkbox-input').check();
    await rows.nth(1).locator('.ant-checkbox-input').check();
    await page.getByTestId('batch-acknowledge').click();
    await page.getByTestId('batch-confirm').click();
    await page.getByTestId('batch-results').waitFor();
    expect(await page.getByTestId('batch-results').locator('tbody .ant-tag').allInnerTexts()).toEqual(['已签收', '已签收']);
    const { rows: db } = await api.db.sql.query(
      `select f.status, u.username from filing_record f join app_user u on u.id = f.acknowledged_by_id where f.filing_no = any($1::text[])`,
      [nos],
    );
    expect(db.map((r) => `${r.status}:${r.username}`)).toEqual(['ACKNOWLEDGED:orgdept', 'ACKNOWLEDGED:orgdept']);
    await page.keyboard.press('Escape');
    await page.goto(`${api.url}/filings?status=ACKNOWLEDGED`);
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    await screenshot(page, 'desk-orgdept-filings-1280');
    const { rows: signed } = await api.db.sql.query(
      `select f.id, u.display_name from filing_record f join app_user u on u.id = f.acknowledged_by_id where f.filing_no = $1`,
      [nos[0]],
    );
    await page.goto(`${api.url}/filings/${signed[0].id}`);
    await expect.poll(() => page.getByTestId('section-filing').innerText()).toContain(signed[0].display_name);
    await page.goto(`${api.url}/filings?status=ACKNOWLEDGED`);
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    const pdfLink = await table.locator('a[href$=".pdf"]').first().getAttribute('href');
    const res = await page.request.get(`${api.url}${pdfLink}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
  });

  it('Back from a record returns to the list with its filters, in one press', async () => {
    const list = `${api.url}/filings?kind=RECOGNITION&status=ACKNOWLEDGED`;
    await page.goto(list);
    const first = page.getByTestId('table-filings').locator('tbody tr.ant-table-row').first();
    await first.waitFor();
    await first.locator('a').first().click();
    await page.getByTestId('record-title').waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/filings\/\d+$/);
    await page.goBack();
    await page.getByTestId('table-filings').waitFor();
    expect(page.url()).toBe(list);
    expect(await page.getByTestId('filing-status').innerText()).toContain('已签收');

    // The county inbox's search form, the same way.
    const [id] = await submittedCases(1);
    const { rows } = await api.db.sql.query(
      'select e.name from application a join enterprise e on e.id = a.enterprise_id where a.id = $1',
      [id],
    );
    const q = rows[0].name.slice(0, 4);
    await signIn(page, api.url, county, PASSWORD);
    await page.goto(`${api.url}/desk/county`);
    await page.getByTestId('search-county-inbox-q').fill(q);
    await page.getByTestId('search-county-inbox-submit').click();
    await page.waitForURL(/q=/);
    const filtered = page.url();
    const link = page.getByTestId('table-county-inbox').locator('tbody tr.ant-table-row a', { hasText: rows[0].name });
    await link.click();
    await page.getByTestId('record-title').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/desk/county/${id}`);
    await page.goBack();
    await page.getByTestId('table-county-inbox').waitFor();
    expect(page.url()).toBe(filtered);
    expect(await page.getByTestId('search-county-inbox-q').inputValue()).toBe(q);
  });
});
