/**
 * Browser test support: Debian's Chromium through playwright-core (never a downloaded browser),
 * a fresh profile per file, sign-in, screenshots, and helpers to read and click charts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM = process.env.TECHVP_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'test-results', 'screenshots');
export const PASSWORD = 'Techvp-Demo-2026';

export interface Browser {
  context: BrowserContext;
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'techvp-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  });
  for (const p of context.pages()) await p.close();
  return {
    context,
    async newPage(viewport) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      page.setDefaultTimeout(20_000);
      return page;
    },
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Signs in through the log-in page and waits for the shell. */
export async function signIn(page: Page, baseUrl: string, username: string, password = PASSWORD): Promise<void> {
  // Leave the open page first: a query it still has in flight would come back UNAUTHENTICATED
  // once the cookie is gone and reload the page under the navigation below (net::ERR_ABORTED).
  await page.goto('about:blank');
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('登录名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('current-user').waitFor();
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  // Not mid-load: no skeletons, no table dimmed by its loading overlay.
  await expect.poll(async () => page.locator('.state-loading, .ant-spin-blur').count(), { timeout: 20_000 }).toBe(0);
  // Transitions finished: a button just enabled or a progress bar just filled shows as it stays.
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}

/** The labels of the main menu, in order. */
export async function menuLabels(page: Page): Promise<string[]> {
  const menu = page.getByTestId('main-menu');
  if (!(await menu.count())) return [];
  // A to-do count badge follows its label on a line of its own; the label is the first line.
  return (await menu.locator('.ant-menu-item').allInnerTexts()).map((s) => s.trim().split('\n')[0].trim());
}

/** Waits until the page has no loading skeleton and at least `n` chart canvases drawn. */
export async function waitForCharts(page: Page, n = 1): Promise<void> {
  await expect.poll(async () => page.locator('.echart canvas').count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(n);
  await expect.poll(async () => page.locator('.state-loading').count(), { timeout: 20_000 }).toBe(0);
}

/** Waits until the stat shows a number (not the "…" placeholder) and returns it. */
export async function statValue(page: Page, id: string): Promise<string> {
  const el = page.getByTestId(`stat-${id}-value`);
  await expect.poll(async () => (await el.innerText()).trim(), { timeout: 20_000 }).not.toBe('…');
  return (await el.innerText()).trim();
}

/** Clicks the bar of `category` in `seriesIndex` of the panel's chart, on the canvas itself. */
export async function clickBar(page: Page, panelId: string, seriesIndex: number, category: string, value: number): Promise<void> {
  const chart = page.getByTestId(`panel-${panelId}`).locator('.echart');
  await chart.waitFor();
  const point = await chart.evaluate(
    (el, args) => {
      const inst = (el as unknown as { techvpChart?: { convertToPixel(finder: object, value: unknown[]): number[] } }).techvpChart;
      if (!inst) throw new Error('no chart instance on the element');
      // Horizontal bars: [value, category]; aim at the middle of the segment.
      return inst.convertToPixel({ seriesIndex: args.seriesIndex }, [args.value, args.category]);
    },
    { seriesIndex, category, value },
  );
  const box = (await chart.boundingBox())!;
  await page.mouse.click(box.x + point[0], box.y + point[1]);
}

/** Picks an option of an antd Select found by its test id. */
export async function choose(page: Page, testId: string, optionTitle: string): Promise<void> {
  await pick(page, page.getByTestId(testId), `.ant-select-item-option[title="${optionTitle}"]`, optionTitle);
}

/**
 * Opens an antd Select and picks an option, then waits until the select shows it. On a loaded
 * machine a click can reach the popup while it is still opening or re-rendering, and the choice
 * is then not taken (CI saw this); a person clicks again, and so does this, at most three times,
 * failing with what the select shows if the choice never takes.
 */
export async function pick(
  page: Page,
  select: ReturnType<Page['locator']>,
  option: string,
  shown: string,
  hasText?: string,
): Promise<void> {
  const popupOption = page.locator(`.ant-select-dropdown:visible ${option}`, hasText ? { hasText } : {}).first();
  let text = '';
  for (let attempt = 1; attempt <= 3; attempt++) {
    if (!(await popupOption.isVisible())) await select.click();
    await popupOption.waitFor();
    await popupOption.click();
    const deadline = Date.now() + 3000;
    while (Date.now() < deadline) {
      text = await select.innerText();
      if (text.includes(shown)) return;
      await page.waitForTimeout(100);
    }
  }
  throw new Error(`the select still shows "${text}" after choosing "${shown}" three times`);
}
