/**
 * The administrator's and the HR bureau's desks in the browser (work desks, part 2): a password
 * reset is enforced (the user signs in with the temporary password, is made to change it, then
 * works); the administrator creates an account and disables it (its user can no longer sign in),
 * binds an enterprise account through the searchable picker, with only the buttons the server's
 * nextActions allows; HR reads the recognitions. Each ends with a check of the database.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../server/dist/modules/identity/password';
import { startTestServer, type TestServer } from '../support/server';
import { launchBrowser, pick, screenshot, signIn, type Browser } from './support';

const ACCOUNT_PASSWORD = 'Admin-Desk-Test-2026';
const NEW_PASSWORD = 'Liaocheng-New-Start-88';

describe('the administrator’s and the HR bureau’s desks', () => {
  let api: TestServer;
  let browser: Browser;
  let page: Page;
  let admin: string;
  const sql = (q: string, p: unknown[] = []) => api.db.sql.query(q, p).then((r) => r.rows);
  const success = async (p: Page, text: RegExp) => {
    await p.locator('.ant-message-success', { hasText: text }).first().waitFor();
  };
  /** An analyst account made through the API, for a test of its own. */
  const account = async (username: string) => {
    const res = await api.gqlAs<{ createUser: number }>(admin, 'mutation($input: CreateUserInput!) { createUser(input: $input) }', {
      input: { username, displayName: `测试${username.slice(-4)}`, role: 'ANALYST', password: ACCOUNT_PASSWORD },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.createUser;
  };

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    admin = await api.login('admin');
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('the administrator resets a password; the user signs in with the temporary one, must change it, then works', async () => {
    const id = await account('reset-me');
    const [before] = await sql('select password_hash from app_user where id = $1', [id]);
    await signIn(page, api.url, 'admin');
    await page.goto(`${api.url}/desk/accounts?q=reset-me`);
    await page.getByTestId('reset-reset-me').click();
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    const temp = (await page.getByTestId('temp-password').innerText()).trim();
    expect(temp).toHaveLength(16);
    await screenshot(page, '60-admin-temp-password');

    // The user signs in with the temporary password: the change-password page, nothing else.
    await page.goto('about:blank');
    await page.context().clearCookies();
    await page.goto(`${api.url}/desk/audit`);
    await page.getByLabel('登录名').fill('reset-me');
    await page.getByLabel('密码').fill(temp);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('password-change-required').waitFor();
    expect(await page.getByTestId('main-menu').count()).toBe(0);
    await page.getByLabel('临时密码').fill(temp);
    await page.getByLabel('新密码', { exact: true }).fill('too-short');
    await page.getByLabel('再次输入新密码').fill('too-short');
    await page.getByTestId('change-password-submit').click();
    await page.getByText('新密码至少12位').waitFor();
    await page.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('再次输入新密码').fill(NEW_PASSWORD);
    await screenshot(page, '61-change-password-required');
    await page.getByTestId('change-password-submit').click();
    await success(page, /密码已修改/);
    // Then the platform: the shell and the analyst's pages.
    await page.getByTestId('current-user').waitFor();
    await page.getByTestId('main-menu').waitFor();
    await screenshot(page, '62-after-password-change');

    const [after] = await sql('select must_change_password, password_hash from app_user where id = $1', [id]);
    expect(after.must_change_password).toBe(false);
    expect(after.password_hash).not.toBe(before.password_hash);
    expect(await verifyPassword(after.password_hash, NEW_PASSWORD)).toBe(true);
    const audit = await sql(
      "select operation, username, result from audit_log where object_ids = $1 and operation in ('resetPassword', 'changePassword') order by id",
      [String(id)],
    );
    expect(audit).toEqual([
      { operation: 'resetPassword', username: 'admin', result: 'OK' },
      { operation: 'changePassword', username: 'reset-me', result: 'OK' },
    ]);

    // Everyone finds the change in the user menu.
    await page.getByTestId('current-user').click();
    await page.getByRole('menuitem', { name: '修改密码' }).click();
    await page.getByTestId('change-password').waitFor();
    expect(await page.getByLabel('当前密码').count()).toBe(1);
    await screenshot(page, '63-change-password-menu');
  });

  it('the administrator creates an account and disables it; its user can no longer sign in', async () => {
    await signIn(page, api.url, 'admin');
    await page.goto(`${api.url}/desk/accounts`);
    await page.getByTestId('create-user').click();
    const modal = page.locator('.ant-modal').filter({ hasText: '新建账号' });
    await modal.getByLabel('登录名').fill('new-analyst');
    await modal.getByLabel('显示名称').fill('新分析员');
    await pick(
      page,
      modal.locator('.ant-form-item', { hasText: '角色' }).locator('.ant-select'),
      '.ant-select-item-option[title="分析员"]',
      '分析员',
    );
    await modal.getByLabel('初始密码').fill(ACCOUNT_PASSWORD);
    await screenshot(page, '64-admin-create-account');
    await modal.locator('.ant-btn-primary').click();
    await success(page, /已新建账号 new-analyst/);
    const [created] = await sql("select id, role, active, display_name from app_user where username = 'new-analyst'");
    expect(created).toMatchObject({ role: 'ANALYST', active: true, display_name: '新分析员' });

    await page.goto(`${api.url}/desk/accounts?q=new-analyst`);
    await page.getByTestId('active-new-analyst').waitFor();
    // An analyst is bound to nothing: no bind button; nothing to unlock.
    expect(await page.getByTestId('bind-new-analyst').count()).toBe(0);
    expect(await page.getByTestId('unlock-new-analyst').count()).toBe(0);
    await page.getByTestId('active-new-analyst').click();
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await success(page, /已停用 new-analyst/);
    await expect.poll(async () => (await page.getByTestId('active-new-analyst').innerText()).replace(/\s/g, '')).toBe('启用');
    await screenshot(page, '65-admin-disabled-account');
    const [disabled] = await sql("select active from app_user where username = 'new-analyst'");
    expect(disabled.active).toBe(false);
    const [audit] = await sql("select username, detail from audit_log where operation = 'setActive' order by id desc limit 1");
    expect(audit).toMatchObject({ username: 'admin', detail: { target: 'new-analyst', active: false } });

    await page.goto(`${api.url}/desk/accounts?q=admin`);
    // The administrator's own row offers neither disabling nor a reset.
    await page.locator('.ant-table-row', { hasText: '系统管理员' }).first().waitFor();
    expect(await page.getByTestId('active-admin').count()).toBe(0);
    expect(await page.getByTestId('reset-admin').count()).toBe(0);

    // The user tries to sign in: refused, told why.
    await page.goto('about:blank');
    await page.context().clearCookies();
    await page.goto(`${api.url}/`);
    await page.getByLabel('登录名').fill('new-analyst');
    await page.getByLabel('密码').fill(ACCOUNT_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByRole('alert').filter({ hasText: '账号已停用' }).waitFor();
    expect(await page.getByTestId('current-user').count()).toBe(0);
    await screenshot(page, '66-disabled-sign-in');
    const [{ n }] = await sql(
      "select count(*)::int as n from user_session s join app_user u on u.id = s.user_id where u.username = 'new-analyst'",
    );
    expect(n).toBe(0);
  });

  it('the administrator binds an enterprise account to another enterprise found by its credit code', async () => {
    const [from, to] = await sql('select id, name, credit_code from enterprise order by id limit 2 offset 5');
    const res = await api.gqlAs<{ createUser: number }>(admin, 'mutation($input: CreateUserInput!) { createUser(input: $input) }', {
      input: { username: 'bind-me', displayName: '待绑定企业', role: 'ENTERPRISE', enterpriseId: from.id, password: ACCOUNT_PASSWORD },
    });
    expect(res.errors).toBeUndefined();
    await signIn(page, api.url, 'admin');
    await page.goto(`${api.url}/desk/accounts?q=bind-me`);
    await page.getByTestId('bind-bind-me').click();
    const modal = page.locator('.ant-modal').filter({ hasText: '绑定 bind-me' });
    const picker = modal.getByTestId('binding-picker-enterpriseId');
    await picker.click();
    await picker.locator('input').fill(to.credit_code.slice(0, 12));
    await pick(page, picker, `.ant-select-item-option[title="${to.name}"]`, to.name);
    await screenshot(page, '67-admin-bind-picker');
    await modal.locator('.ant-btn-primary').click();
    await success(page, /已绑定 bind-me/);
    const [bound] = await sql("select enterprise_id from app_user where username = 'bind-me'");
    expect(bound.enterprise_id).toBe(to.id);
    const [audit] = await sql("select detail from audit_log where operation = 'bindUser' order by id desc limit 1");
    expect(audit.detail).toMatchObject({ target: 'bind-me', enterpriseId: to.id, before: from.id });
  });

  it('HR reads the recognitions tab: every recognised appointment, read only', async () => {
    await signIn(page, api.url, 'hrbureau');
    await page.goto(`${api.url}/desk/hr?tab=recognitions`);
    await page.getByTestId('table-recognitions').waitFor();
    const [{ n }] = await sql('select count(*)::int as n from appointment where recognised_on is not null');
    await expect.poll(() => page.getByTestId('total-recognitions').getAttribute('data-total')).toBe(String(n));
    expect(await page.locator('[data-testid="table-recognitions"] tbody .ant-btn').count()).toBe(0);
    await screenshot(page, '68-hr-recognitions');
  });

  it('HR searches and sorts both tabs, and the search and sort stay in the address', async () => {
    const [pickRow] = await sql(
      'select substring(e.name from 5 for 2) as part from appointment a join enterprise e on e.id = a.enterprise_id where a.recognised_on is not null order by a.id limit 1',
    );
    const part = pickRow.part as string;
    const [expected] = await sql(
      `select count(*)::int as n, min(a.service_end)::text as first_end from appointment a join enterprise e on e.id = a.enterprise_id
        where a.recognised_on is not null and position($1 in e.name) > 0`,
      [part],
    );
    await signIn(page, api.url, 'hrbureau');
    await page.goto(`${api.url}/desk/hr?tab=recognitions`);
    await page.getByTestId('search-recognitions-enterprise').fill(part);
    await page.getByTestId('search-recognitions-submit').click();
    await expect.poll(() => page.getByTestId('total-recognitions').getAttribute('data-total')).toBe(String(expected.n));
    await page.getByTestId('table-recognitions').locator('th', { hasText: '服务期满' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('serviceEnd');
    expect(new URL(page.url()).searchParams.get('enterprise')).toBe(part);
    await expect
      .poll(() => page.locator('[data-testid="table-recognitions"] tbody tr.ant-table-row').first().innerText())
      .toContain(expected.first_end);
    // A reload (or Back from elsewhere) shows the same list.
    await page.reload();
    await expect.poll(() => page.getByTestId('total-recognitions').getAttribute('data-total')).toBe(String(expected.n));
    expect(await page.getByTestId('search-recognitions-enterprise').inputValue()).toBe(part);
    await screenshot(page, '69-hr-recognitions-search');

    const [card] = await sql(
      "select x.name from reward r join expert x on x.id = r.expert_id where r.kind = 'GOLD_CARD_B' order by r.id limit 1",
    );
    const [{ n }] = await sql(
      "select count(*)::int as n from reward r join expert x on x.id = r.expert_id where r.kind = 'GOLD_CARD_B' and position($1 in x.name) > 0",
      [card.name],
    );
    await page.goto(`${api.url}/desk/hr`);
    await page.getByTestId('search-gold-cards-expert').fill(card.name);
    await page.getByTestId('search-gold-cards-submit').click();
    await expect.poll(() => page.getByTestId('total-gold-cards').getAttribute('data-total')).toBe(String(n));
    expect(new URL(page.url()).searchParams.get('expert')).toBe(card.name);
  });

  it('the audit trail opens an entry from the keyboard and names operation, role and result in words', async () => {
    const [entry] = await sql(
      "select id::text from audit_log where operation = 'login' and username = 'admin' and result = 'OK' order by id limit 1",
    );
    await signIn(page, api.url, 'admin');
    await page.goto(`${api.url}/desk/audit?op=login&user=admin`);
    const open = page.getByTestId(`audit-${entry.id}`);
    await open.waitFor();
    expect(await open.evaluate((el) => el.tagName)).toBe('BUTTON');
    expect((await open.innerText()).trim()).toBe('登录');
    const row = page.locator('tr.ant-table-row', { has: open });
    expect(await row.innerText()).toContain('系统管理员');
    expect(await row.innerText()).toContain('成功');
    await open.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('audit-detail').waitFor();
    await screenshot(page, '70-audit-entry-keyboard');
    await page.keyboard.press('Escape');
    await page.getByTestId('toggle-lang').click();
    await expect.poll(async () => (await open.innerText()).trim()).toBe('Sign-in');
    expect(await row.innerText()).toContain('Administrator');
    await page.getByTestId('toggle-lang').click();
  });
});
