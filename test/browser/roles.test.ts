/** Each role signs in and sees exactly the pages it may open; county accounts lose the county filter. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';
import { launchBrowser, menuLabels, screenshot, signIn, type Browser } from './support';

const DASHBOARD = ['总览', '产业分布', '县区申报流程', '考核结果', '协同创新资金'];
const LISTS = ['科技副总名单', '申报案件', '协同创新项目', '考核记录'];

/** What each demo account's menu must show (written out here, independently of the app's rules). */
const EXPECTED_MENUS: Record<string, string[]> = {
  leader: [...DASHBOARD, ...LISTS, '备案签收台'],
  analyst: [...DASHBOARD, ...LISTS, '分析查询器'],
  orgdept: [...DASHBOARD, ...LISTS, '备案签收台'],
  // The bureau's work desks first: evaluation, the pipeline's stages, then its projects.
  bureau: [
    '绩效考核',
    '征集通知',
    '市级复审',
    '双向选择',
    '党组审议',
    '报送备案',
    '公示',
    '认定发文',
    '项目办理',
    ...DASHBOARD,
    ...LISTS,
    '备案签收台',
    '表格导入',
    '分析查询器',
  ],
  'county-371502': ['县级初审', ...DASHBOARD, ...LISTS, '备案签收台', '表格导入'],
  'county-371581': ['县级初审', ...DASHBOARD, ...LISTS, '备案签收台', '表格导入'],
  // Finance reads appointments, evaluations and projects, not applications or filings.
  finance: ['项目拨付', '考核奖金', '总览', '产业分布', '考核结果', '协同创新资金', '科技副总名单', '协同创新项目', '考核记录'],
  hrbureau: ['金卡与认定', '总览', '产业分布', '考核结果', '科技副总名单', '考核记录'],
  agency: ['绩效考核', '总览', '产业分布', '考核结果', '科技副总名单', '考核记录', '表格导入'],
  // The work desks (工作台) come first: its applications, its appointments, its expert's service entries to confirm.
  enterprise: ['我的申报', '我的科技副总', '台账确认', '项目办理', ...LISTS],
  expert: ['服务台账', ...LISTS, '表格导入'],
  admin: ['账号管理', '审计日志', '分析查询器'],
};

describe('signing in as each role', () => {
  let api: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    api = await startTestServer({ as: null });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('shows the log-in page first and says why a wrong password fails', async () => {
    const page = await browser.newPage();
    await page.goto(`${api.url}/`);
    await expect.poll(() => page.getByText('聊城市“科技副总”数据平台').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await screenshot(page, '00-login');
    await page.getByLabel('登录名').fill('leader');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect.poll(async () => page.getByRole('alert').innerText()).toContain('登录失败');
    expect(await page.getByTestId('current-user').count()).toBe(0);
    await page.close();
  });

  for (const [username, expected] of Object.entries(EXPECTED_MENUS)) {
    it(`gives ${username} exactly its menu`, async () => {
      const page = await browser.newPage();
      await signIn(page, api.url, username);
      // The work-desk entries load just after the first screen: wait for them rather than race them.
      await expect.poll(() => menuLabels(page), { timeout: 20_000 }).toEqual(expected);
      // A page outside the menu is refused even when typed into the address bar.
      if (!expected.includes('分析查询器')) {
        await page.goto(`${api.url}/analyst`);
        await page.getByTestId('forbidden').waitFor();
      }
      if (!expected.includes('备案签收台')) {
        await page.goto(`${api.url}/filings`);
        await page.getByTestId('forbidden').waitFor();
      }
      if (!expected.includes('表格导入')) {
        await page.goto(`${api.url}/import`);
        await page.getByTestId('forbidden').waitFor();
      }
      await page.close();
    });
  }

  it('hides the county filter from county accounts and shows their county instead', async () => {
    const page = await browser.newPage();
    await signIn(page, api.url, 'county-371581');
    await page.getByTestId('county-locked').waitFor();
    expect(await page.getByTestId('county-locked').innerText()).toContain('临清市');
    expect(await page.getByTestId('filter-county').count()).toBe(0);
    await signIn(page, api.url, 'leader');
    await page.getByTestId('filter-county').waitFor();
    expect(await page.getByTestId('county-locked').count()).toBe(0);
    await page.close();
  });

  it('asks for the password again when the session ends while the dashboard is open', async () => {
    const page = await browser.newPage();
    await signIn(page, api.url, 'analyst');
    await page.getByTestId('stat-active-value').waitFor();
    // The session is revoked on the server (idle expiry or signed out elsewhere).
    await api.db.sql.query(
      "update user_session set revoked_at = now() where user_id = (select id from app_user where username = 'analyst')",
    );
    await page.getByTestId('main-menu').getByText('考核结果').click();
    await page.getByLabel('登录名').waitFor();
    expect(new URL(page.url()).pathname).toBe('/evaluations');
    await page.getByLabel('登录名').fill('analyst');
    await page.getByLabel('密码').fill('Techvp-Demo-2026');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    // Signing in again returns to the page that was open.
    await page.getByTestId('panel-grade-by').waitFor();
    expect(new URL(page.url()).pathname).toBe('/evaluations');
    await page.close();
  });

  it('switches to English and back, and signs out', async () => {
    const page = await browser.newPage();
    await signIn(page, api.url, 'leader');
    await page.getByTestId('toggle-lang').click();
    await expect.poll(() => menuLabels(page)).toContain('Overview');
    expect(await page.getByTestId('page-title').innerText()).toBe('Overview');
    await page.getByTestId('toggle-lang').click();
    await expect.poll(() => menuLabels(page)).toContain('总览');
    await page.getByTestId('logout').click();
    await page.getByLabel('登录名').waitFor();
    const me = await page.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { username } }' }),
      });
      return (await res.json()) as { data: { me: unknown } };
    });
    expect(me.data.me).toBeNull();
    await page.close();
  });
});
