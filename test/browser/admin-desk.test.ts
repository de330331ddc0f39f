/**
 * The administrator's and the HR bureau's desks in the browser (work desks, part 2): a password
 * reset is enforced (the user signs in with the temporary password, is made to change it, then
 * works). Each ends with a check of the database.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../server/dist/modules/identity/password';
import { startTestServer, type TestServer } from '../support/server';
import { launchBrowser, screenshot, signIn, type Browser } from './support';

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
});
