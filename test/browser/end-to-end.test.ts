/**
 * One application from the enterprise's draft to a recognised appointment with a certificate,
 * ONLY through the UI, each step by its role's demo account: the bureau publishes the call, the
 * enterprise fills in the form, uploads the Art. 13 materials and submits, its county passes the
 * preliminary review, the bureau re-reviews, runs two-way selection, the party group, the filing,
 * the Organisation Department signs for the filing, the bureau publishes the notice and, once it
 * has ended, recognises the case; the certificate PDF downloads. Then the database is checked.
 * The one thing done outside the UI is the passing of time: the notice is moved back to a
 * period of five working days that has ended (as test/workflow/happy-path does).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../server/dist/domain/working-days';
import { startTestServer, type TestServer } from '../support/server';
import { demoBindings, eligibleExpert, MATERIAL_KINDS, pdf, today } from '../workflow/support';
import { launchBrowser, screenshot, signIn, type Browser } from './support';

const NEEDS = '面向高端轴承的精密磨削工艺优化与在线质量检测系统研发，需要专家牵头建设企业技术中心';

describe('end to end through the UI: draft to certificate (Art. 12, 13)', () => {
  let api: TestServer;
  let browser: Browser;
  let page: Page;
  let ids: Awaited<ReturnType<typeof demoBindings>>;
  let applicationId: number;
  let enterpriseName: string;
  const started = Date.now();

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    ids = await demoBindings(api.db.sql);
    const { rows } = await api.db.sql.query('select name from enterprise where id = $1', [ids.enterpriseId]);
    enterpriseName = rows[0].name;
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    console.log(`end to end: ${Math.round((Date.now() - started) / 1000)} s`);
    await browser?.close();
    await api?.close();
  });

  const as = (username: string) => signIn(page, api.url, username);
  const stage = async () => (await api.db.sql.query('select stage, on_hold from application where id = $1', [applicationId])).rows[0].stage;
  const confirmAction = async (action: string) => {
    await page.getByTestId(`action-${action}`).click();
    await page.getByTestId('action-confirm').click();
    await page.getByTestId('action-modal').waitFor({ state: 'detached' });
  };

  it('runs every step by its own role in the dashboard and ends with a numbered appointment and its certificate', async () => {
    // 1. 市科技局: the yearly call.
    await as('bureau');
    const { rows: have } = await api.db.sql.query('select max(year)::int as y from "call"');
    const year = Math.max(Number(today().slice(0, 4)), have[0].y + 1);
    await page.goto(`${api.url}/desk/bureau/calls`);
    await page.getByTestId('call-create').click();
    await page.getByTestId('call-publish').click();
    // Publishing is irreversible: the desk asks first, citing Art. 12.1 and 23.
    await page.getByTestId('call-publish-confirm').click();
    await page.locator('.ant-message').getByText(`已发布${year}年度征集通知`).waitFor();

    // 2. 企业: a draft with the needs, the proposed expert, position, period, allowance; the materials; submit.
    const expertId = await eligibleExpert(api.db.sql, ids.enterpriseId);
    const { rows: ex } = await api.db.sql.query('select name from expert where id = $1', [expertId]);
    await as('enterprise');
    await page.goto(`${api.url}/desk/enterprise`);
    await page.getByTestId('new-application').click();
    await page.getByTestId('f-techNeeds').fill(NEEDS);
    await page.getByTestId('f-expert').click();
    await page.keyboard.type(ex[0].name);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: ex[0].name }).first().click();
    await page.getByTestId('application-form').getByText('副总工程师').click();
    const start = `${year}-03-01`;
    const end = `${year + 2}-02-28`;
    const period = page.getByTestId('application-form').locator('.ant-picker-range input');
    await period.first().click();
    await period.first().fill(start);
    await period.first().press('Enter');
    await period.nth(1).fill(end);
    await period.nth(1).press('Enter');
    await page.getByTestId('f-allowance').fill('3000');
    await screenshot(page, 'e2e-01-enterprise-draft');
    await page.getByTestId('save-draft').click();
    await page.waitForURL(/\/desk\/enterprise\/applications\/\d+$/);
    applicationId = Number(page.url().split('/').pop());
    for (const kind of MATERIAL_KINDS) {
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId(`upload-${kind}`).click();
      await (await chooser).setFiles({ name: `${kind}.pdf`, mimeType: 'application/pdf', buffer: pdf(kind) });
      await expect.poll(() => page.getByTestId(`material-${kind}`).getAttribute('data-missing')).toBe('0');
    }
    await screenshot(page, 'e2e-02-enterprise-materials');
    await expect.poll(() => page.getByTestId('action-SUBMIT').isEnabled()).toBe(true);
    await confirmAction('SUBMIT');
    await expect.poll(stage).toBe('SUBMITTED');

    // 3. 县级科技主管部门 of the enterprise's county: preliminary review.
    await as(`county-${ids.divisionCode}`);
    await page.goto(`${api.url}/desk/county/${applicationId}`);
    await confirmAction('PASS');
    await expect.poll(stage).toBe('COUNTY_APPROVED');

    // 4. 市科技局: re-review from the inbox.
    await as('bureau');
    await page.goto(`${api.url}/desk/bureau/review`);
    await page.getByTestId('desk-list-review').getByRole('link', { name: enterpriseName }).click();
    await page.waitForURL(new RegExp(`/desk/bureau/cases/${applicationId}$`));
    await confirmAction('PASS');
    await expect.poll(stage).toBe('CITY_APPROVED');

    // 5. Two-way selection: the enterprise's proposed expert as candidate, all three agree, chosen.
    await page.goto(`${api.url}/desk/bureau/matching/${applicationId}`);
    const record = page.getByTestId(`record-${expertId}`);
    const topId = (await record.count())
      ? expertId
      : Number((await page.getByTestId('ranked').locator('[data-testid^="record-"]').first().getAttribute('data-testid'))!.slice(7));
    await page.getByTestId(`record-${topId}`).click();
    // By keyboard: the option after 待反馈 is 同意 (a mouse click can hit the previous dropdown while it closes).
    for (const k of ['enterpriseOpinion', 'institutionOpinion', 'expertOpinion']) {
      const select = page.getByTestId(`candidate-${k}`);
      await select.click();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect.poll(() => select.innerText()).toContain('同意');
    }
    await page.getByTestId('candidate-save').click();
    await expect.poll(() => page.getByTestId(`choose-${topId}`).isEnabled()).toBe(true);
    await page.getByTestId(`choose-${topId}`).click();
    await page.getByTestId('choose-confirm').click();
    await expect.poll(stage).toBe('MATCHED');

    // 6. Party group, then the filing packet.
    await page.goto(`${api.url}/desk/bureau/party`);
    await page.getByTestId('table-party').locator('tr', { hasText: enterpriseName }).locator('.ant-checkbox-input').check();
    await page.getByTestId('party-approve').click();
    await page.getByTestId('party-minute-no').fill(`局党组会议纪要〔${year}〕1号`);
    await page.getByTestId('party-confirm').click();
    await expect.poll(stage).toBe('PARTY_APPROVED');
    await page.goto(`${api.url}/desk/bureau/filing`);
    await page.getByTestId('table-filing').locator('tr', { hasText: enterpriseName }).locator('.ant-checkbox-input').check();
    await page.getByTestId('filing-file').click();
    await page.getByTestId('filing-confirm').click();
    await expect.poll(stage).toBe('FILED');
    const { rows: filing } = await api.db.sql.query('select filing_no from filing_record where application_id = $1', [applicationId]);

    // 7. 市委组织部 signs for the filing on its desk.
    await as('orgdept');
    await page.goto(`${api.url}/filings`);
    await page.getByTestId('desk-list-filings').locator('tr', { hasText: filing[0].filing_no }).locator('.ant-checkbox-input').check();
    await page.getByTestId('batch-acknowledge').click();
    await page.getByTestId('batch-confirm').click();
    await expect
      .poll(
        async () => (await api.db.sql.query('select status from filing_record where application_id = $1', [applicationId])).rows[0].status,
      )
      .toBe('ACKNOWLEDGED');

    // 8. 市科技局: the notice, with its end date on the working-day calendar shown first.
    await as('bureau');
    await page.goto(`${api.url}/desk/bureau/notice`);
    await page.getByTestId('table-to-publish').locator('tr', { hasText: enterpriseName }).locator('.ant-checkbox-input').check();
    await page.getByTestId('notice-publish').click();
    const { rows: cal } = await api.db.sql.query('select day::text, is_workday from work_calendar_day');
    const calendar = new WorkCalendar(cal.map((r) => ({ day: r.day, isWorkday: r.is_workday })));
    await expect.poll(() => page.getByTestId('notice-period').getAttribute('data-ends-on')).toBe(calendar.endOfWorkdays(today(), 5));
    await page.getByTestId('notice-confirm').click();
    await expect.poll(stage).toBe('IN_NOTICE');

    // The five working days pass.
    let from = today();
    for (let d = 0; d < 40 && calendar.endOfWorkdays(from, 5) >= today(); d++) {
      from = new Date(Date.parse(`${from}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    }
    await api.db.sql.query(
      'update public_notice set starts_on = $2, ends_on = $3 where id = (select notice_id from application where id = $1)',
      [applicationId, from, calendar.endOfWorkdays(from, 5)],
    );

    // 9. Recognition and the certificate.
    await page.goto(`${api.url}/desk/bureau/recognition`);
    await expect.poll(() => page.getByTestId(`recognise-${applicationId}`).isEnabled()).toBe(true);
    await page.getByTestId(`recognise-${applicationId}`).click();
    // Art. 8: the confidentiality agreement is recorded with the recognition (the date defaults to today).
    await page.getByTestId('agreement-signatory').fill('王某（总经理）');
    await page.getByTestId('agreement-document-ref').fill('BM-2026-001');
    await page.getByTestId('recognise-confirm').click();
    await page.locator('.ant-modal-confirm-title', { hasText: `已发文认定：${enterpriseName}` }).waitFor();
    await page.getByRole('button', { name: '知道了' }).click();
    await expect.poll(stage).toBe('RECOGNISED');

    // The database: one ACTIVE appointment of this expert at this enterprise with its numbers, the whole history.
    const { rows: appt } = await api.db.sql.query(
      `select id, expert_id, enterprise_id, status, cohort_year, recognition_doc_no, certificate_no, recognised_on::text as recognised_on,
              service_start::text as service_start, service_end::text as service_end, monthly_allowance_fen::int as allowance
         from appointment where application_id = $1`,
      [applicationId],
    );
    expect(appt).toHaveLength(1);
    expect(appt[0]).toMatchObject({
      expert_id: topId,
      enterprise_id: ids.enterpriseId,
      status: 'ACTIVE',
      cohort_year: year,
      recognised_on: today(),
      service_start: start,
      service_end: end,
      allowance: 300_000,
    });
    expect(appt[0].recognition_doc_no).toMatch(new RegExp(`^聊科副总〔${year}〕\\d+号$`));
    expect(appt[0].certificate_no).toMatch(new RegExp(`^聊科副总证〔${year}〕第\\d{4}号$`));
    // The Art. 8 confidentiality agreement entered in the recognition dialog is on the appointment.
    const { rows: agreements } = await api.db.sql.query(
      `select signed_on::text as signed_on, enterprise_signatory, document_ref from agreement where appointment_id = $1 and kind = 'CONFIDENTIALITY'`,
      [appt[0].id],
    );
    expect(agreements).toEqual([{ signed_on: today(), enterprise_signatory: '王某（总经理）', document_ref: 'BM-2026-001' }]);
    const { rows: history } = await api.db.sql.query(
      'select step, decision, actor_role from review_decision where application_id = $1 order by decided_at, id',
      [applicationId],
    );
    expect(history.map((h) => `${h.step}/${h.decision} ${h.actor_role}`)).toEqual([
      'SUBMISSION/SUBMIT ENTERPRISE',
      'COUNTY_REVIEW/PASS COUNTY_BUREAU',
      'CITY_REVIEW/PASS ST_BUREAU',
      'MATCHING/PASS ST_BUREAU',
      'PARTY_REVIEW/PASS ST_BUREAU',
      'FILING/PASS ST_BUREAU',
      'NOTICE/PASS ST_BUREAU',
      'RECOGNITION/PASS ST_BUREAU',
    ]);
    const { rows: materials } = await api.db.sql.query(
      'select count(distinct kind)::int as n from application_material where application_id = $1',
      [applicationId],
    );
    expect(materials[0].n).toBe(MATERIAL_KINDS.length);

    // The certificate downloads as a PDF from its button.
    await page.getByTestId(`cert-pdf-${appt[0].id}`).waitFor();
    await screenshot(page, 'e2e-03-recognised');
    const res = await page.request.get(`${api.url}${await page.getByTestId(`cert-pdf-${appt[0].id}`).getAttribute('href')}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('application/pdf');
    expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
  }, 600_000);
});
