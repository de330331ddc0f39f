/**
 * Two-factor sign-in in the browser, on a production server: a finance account enrols at its
 * first log-in (QR code, secret, code, recovery codes), then signs in with password and code,
 * and once with a recovery code.
 */
import { totpCode } from '@techvp/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRODUCTION_TEST_PASSWORD, startTestServer, type TestServer } from '../support/server';
import { launchBrowser, screenshot, type Browser } from './support';

describe('two-factor sign-in (production)', () => {
  let api: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    api = await startTestServer({ as: null, production: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  async function password(page: Awaited<ReturnType<Browser['newPage']>>) {
    await page.goto('about:blank');
    await page.context().clearCookies();
    await page.goto(`${api.url}/`);
    await page.getByLabel('登录名').fill('finance');
    await page.getByLabel('密码').fill(PRODUCTION_TEST_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
  }

  it('enrols at the first log-in, shows the recovery codes once, then asks for the code each time', async () => {
    const page = await browser.newPage({ width: 1280, height: 1000 });
    await password(page);
    await page.getByText('绑定两步验证').first().waitFor();
    await expect
      .poll(
        () => page.getByTestId('totp-qr').evaluate((img) => (img as unknown as { complete: boolean; naturalWidth: number }).naturalWidth),
        { timeout: 20_000 },
      )
      .toBeGreaterThan(0);
    const secret = (await page.getByTestId('totp-secret').innerText()).trim();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await screenshot(page, 'two-factor-enrol');

    // A wrong code is refused with the reason, in Chinese first.
    await page.getByLabel('验证码').fill(totpCode(secret, new Date(Date.now() + 3_600_000)));
    await page.getByRole('button', { name: '完成绑定' }).click();
    await expect.poll(() => page.locator('.ant-alert-error').innerText(), { timeout: 20_000 }).toMatch(/验证码不正确/);

    await page.getByLabel('验证码').fill(totpCode(secret, new Date()));
    await page.getByRole('button', { name: '完成绑定' }).click();
    const codes = page.getByTestId('recovery-codes').locator('li');
    // Ten argon2id hashes on a busy machine: allow time.
    await expect.poll(() => codes.count(), { timeout: 30_000 }).toBe(10);
    const recovery = (await codes.allInnerTexts()).map((c) => c.trim());
    for (const c of recovery) expect(c).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    await screenshot(page, 'two-factor-recovery-codes');
    await page.getByRole('button', { name: /我已保存/ }).click();
    await page.getByTestId('current-user').waitFor();

    // Next time: password, then the code (the next step's: this step's was used to enrol).
    await password(page);
    await page.getByText('两步验证').first().waitFor();
    await page.getByLabel('验证码').fill(totpCode(secret, new Date(Date.now() + 3_600_000)));
    await page.getByRole('button', { name: '验证并登录' }).click();
    await expect.poll(() => page.locator('.ant-alert-error').innerText(), { timeout: 20_000 }).toMatch(/验证码或恢复码错误/);
    await screenshot(page, 'two-factor-code');
    await page.getByLabel('验证码').fill(totpCode(secret, new Date(Date.now() + 30_000)));
    await page.getByRole('button', { name: '验证并登录' }).click();
    await page.getByTestId('current-user').waitFor();

    // And with a recovery code instead of the phone.
    await password(page);
    await page.getByLabel('验证码').fill(recovery[0]);
    await page.getByRole('button', { name: '验证并登录' }).click();
    await page.getByTestId('current-user').waitFor();
    const { rows } = await api.db.sql.query(
      "select count(*)::int as n from user_recovery_code c join app_user u on u.id = c.user_id where u.username = 'finance' and c.used_at is not null",
    );
    expect(rows[0].n).toBe(1);
  });
});
