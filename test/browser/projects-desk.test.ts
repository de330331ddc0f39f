/**
 * The co-innovation projects desk (Art. 4, 20, 21) in the browser: the bureau proposes a project
 * and is shown, before saving, that the enterprise's share is below half, with nothing written;
 * it corrects the amounts and saves, approves the project, finance records a tranche on it at the
 * finance desk, the bureau is refused lowering finance's amount below what it paid, raises it and
 * accepts the project. Each step ends with a check of the database.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';
import { today } from '../workflow/support';
import { choose, launchBrowser, screenshot, signIn, type Browser } from './support';

const TITLE = '数控磨床在线检测与智能补偿系统研发';

describe('the co-innovation projects desk', () => {
  let api: TestServer;
  let browser: Browser;
  let page: Page;
  let appt: { id: number; expert: string; enterprise: string };
  let projectId: number;
  const sql = (q: string, p: unknown[] = []) => api.db.sql.query(q, p).then((r) => r.rows);
  const success = (text: RegExp | string) => page.locator('.ant-message-success', { hasText: text }).first().waitFor();
  const project = async () =>
    (
      await sql(
        `select id, status, enterprise_fen::text as e, university_fen::text as u, finance_fen::text as f,
                approved_on::text as approved, closed_on::text as closed, version from project where title = $1`,
        [TITLE],
      )
    )[0];

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    browser = await launchBrowser();
    page = await browser.newPage();
    const [row] = await sql(
      `select a.id, x.name as expert, e.name as enterprise from appointment a join expert x on x.id = a.expert_id
         join enterprise e on e.id = a.enterprise_id where a.status = 'ACTIVE' order by a.id desc limit 1`,
    );
    appt = row;
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('shows the bureau a failing Art. 20 guard before saving and writes nothing; the corrected project is saved', async () => {
    await signIn(page, api.url, 'bureau');
    await page.goto(`${api.url}/desk/projects`);
    await page.getByTestId('table-projects').waitFor();
    await screenshot(page, 'projects-01-list');
    await page.getByTestId('project-propose').click();
    await page.getByTestId('propose-form').waitFor();
    await page.getByTestId('propose-appointment').locator('input').fill(appt.expert);
    await choose(page, 'propose-appointment', `${appt.expert} · ${appt.enterprise}`);
    await page.getByTestId('propose-title').fill(TITLE);
    // 400,000 of 900,000 yuan: 44.44%, below half of the total.
    await page.getByTestId('funding-enterprise').fill('400000');
    await page.getByTestId('funding-university').fill('200000');
    await page.getByTestId('funding-finance').fill('300000');
    const guard = page.getByTestId('funding-guard-ENTERPRISE_SHARE');
    await expect.poll(() => guard.getAttribute('data-passed')).toBe('false');
    expect(await page.getByTestId('funding-guard-SUPPORT_CAP').getAttribute('data-passed')).toBe('true');
    expect(await page.getByTestId('funding-figures').innerText()).toContain('企业占比 44.44%（不低于 50%）');
    expect(await guard.innerText()).toContain('第二十条');
    expect(await page.getByTestId('propose-save').isDisabled()).toBe(true);
    await screenshot(page, 'projects-02-guard-fails');
    expect(await project()).toBeUndefined();

    // Corrected: 600,000 of 1,100,000 yuan.
    await page.getByTestId('funding-enterprise').fill('600000');
    await expect.poll(() => guard.getAttribute('data-passed')).toBe('true');
    await expect.poll(() => page.getByTestId('funding-preview').getAttribute('data-allowed')).toBe('true');
    expect(await page.getByTestId('funding-figures').innerText()).toContain('项目总额 1,100,000.00 元');
    await page.getByTestId('propose-save').click();
    await success(`已申报项目「${TITLE}」，待立项`);
    const saved = await project();
    expect(saved).toMatchObject({ status: 'PROPOSED', e: '60000000', u: '20000000', f: '30000000', approved: null });
    projectId = saved.id;
    const [link] = await sql('select appointment_id from project where id = $1', [projectId]);
    expect(link.appointment_id).toBe(appt.id);
  });

  it('the bureau finds the project by its enterprise and approves it; Back returns to the list as it was', async () => {
    await page.getByTestId('search-projects-q').fill(appt.enterprise);
    await choose(page, 'search-projects-status', '申报中');
    await page.getByTestId('search-projects-submit').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('PROPOSED');
    await page.getByTestId(`project-${projectId}`).click();
    await page.getByTestId('section-funding').waitFor();
    expect(await page.getByTestId('approved-ENTERPRISE').innerText()).toBe('600,000.00');
    await page.getByTestId('action-APPROVE').click();
    await expect.poll(() => page.getByTestId('funding-preview').getAttribute('data-allowed')).toBe('true');
    await screenshot(page, 'projects-03-approve');
    await page.getByTestId('funding-save').click();
    await success(/已立项/);
    expect(await project()).toMatchObject({ status: 'APPROVED', approved: today(), e: '60000000' });
    await expect.poll(() => page.getByTestId('project-status').innerText()).toBe('已立项');
    // Approved: only changing funding and closing remain.
    expect(await page.getByTestId('action-APPROVE').count()).toBe(0);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(appt.enterprise);
    expect(new URL(page.url()).pathname).toBe('/desk/projects');
  });

  it('finance records a tranche on it at the finance desk', async () => {
    await signIn(page, api.url, 'finance');
    await page.goto(`${api.url}/desk/finance/projects/${projectId}`);
    await page.getByTestId('disburse-form').waitFor();
    await page.getByTestId('disburse-amount').fill('100000');
    await page.getByTestId('disburse-voucher').fill('PZ-PROJ-DESK-1');
    await page.getByTestId('disburse-check').click();
    await expect.poll(() => page.getByTestId('guard-OVER_APPROVED').getAttribute('data-passed')).toBe('true');
    await page.getByTestId('disburse-save').click();
    await success(/已登记第1批拨付 100,000\.00 元/);
    const rows = await sql('select funder, tranche, amount_fen::text as fen from disbursement where project_id = $1', [projectId]);
    expect(rows).toEqual([{ funder: 'FINANCE', tranche: 1, fen: '10000000' }]);
    expect((await project()).status).toBe('IN_PROGRESS');
  });

  it('the bureau sees paid and remaining money and the tranche in the history, cannot lower finance below what it paid, raises it, and accepts the project', async () => {
    await signIn(page, api.url, 'bureau');
    await page.goto(`${api.url}/desk/projects/${projectId}`);
    await page.getByTestId('section-funding').waitFor();
    expect(await page.getByTestId('paid-FINANCE').innerText()).toBe('100,000.00');
    expect(await page.getByTestId('remaining-FINANCE').innerText()).toBe('200,000.00');
    expect(await page.getByTestId('section-history').innerText()).toContain('第1批拨付 100,000.00 元（凭证号 PZ-PROJ-DESK-1）');
    await screenshot(page, 'projects-04-in-progress');
    // Changing funding: city finance cannot go below the 100,000 yuan it has paid (Art. 21).
    const before = await project();
    await page.getByTestId('action-CHANGE_FUNDING').click();
    await page.getByTestId('funding-form').waitFor();
    await page.getByTestId('funding-finance').fill('50000');
    await expect.poll(() => page.getByTestId('funding-preview').getAttribute('data-allowed')).toBe('false');
    const below = page.getByTestId('funding-guard-BELOW_PAID').filter({ hasText: '市财政' });
    expect(await below.getAttribute('data-passed')).toBe('false');
    expect(await below.innerText()).toContain('第二十一条');
    expect(await page.getByTestId('funding-save').isDisabled()).toBe(true);
    await screenshot(page, 'projects-04b-change-below-paid');
    await page.getByTestId('funding-finance').fill('350000');
    await expect.poll(() => page.getByTestId('funding-preview').getAttribute('data-allowed')).toBe('true');
    expect(await project()).toEqual(before);
    await page.getByTestId('funding-save').click();
    await success(/已调整 .* 的批准金额/);
    expect(await project()).toMatchObject({ status: 'IN_PROGRESS', f: '35000000', version: before.version + 1 });
    await expect.poll(() => page.getByTestId('remaining-FINANCE').innerText()).toBe('250,000.00');
    await page.getByTestId('action-ACCEPT').click();
    expect(await page.getByTestId('action-modal').innerText()).toContain('第二十一条');
    await page.getByTestId('action-confirm').click();
    await success(/已验收/);
    expect(await project()).toMatchObject({ status: 'ACCEPTED', closed: today() });
    await page.getByTestId('no-actions').waitFor();
    expect(await page.getByTestId('project-status').innerText()).toBe('已验收');
    await screenshot(page, 'projects-05-accepted');
    // The same page in English: the desk's words and the history switch with the language.
    await page.getByTestId('toggle-lang').click();
    await expect.poll(() => page.getByTestId('project-status').innerText()).toBe('Accepted');
    expect(await page.getByTestId('no-actions').innerText()).toBe('Nothing for you to do on this project now');
    expect(await page.getByTestId('section-history').innerText()).toContain(
      'City finance: tranche 1, 100,000.00 yuan (voucher PZ-PROJ-DESK-1)',
    );
    await screenshot(page, 'projects-06-english');
    await page.getByTestId('toggle-lang').click();
    await expect.poll(() => page.getByTestId('project-status').innerText()).toBe('已验收');
  });
});
