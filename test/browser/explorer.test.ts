/** The analyst explorer inside the dashboard: GraphiQL, downloaded only when the page is opened. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';
import { launchBrowser, screenshot, signIn, waitForCharts, type Browser } from './support';

describe('the analyst explorer page', () => {
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

  it('loads GraphiQL lazily, with the schema docs, only when the analyst opens it', async () => {
    const page = await browser.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await signIn(page, api.url, 'analyst');
    await waitForCharts(page, 4);
    expect(scripts.some((s) => /Explorer|monaco|graphiql/i.test(s))).toBe(false);
    await page.getByTestId('main-menu').getByText('分析查询器').click();
    await page.locator('.graphiql-container').waitFor({ timeout: 60_000 });
    expect(scripts.some((s) => /Explorer-/.test(s))).toBe(true);
    // The saved examples open as tabs; running one answers with data, as the analyst.
    await expect.poll(() => page.locator('.graphiql-tab').count(), { timeout: 30_000 }).toBeGreaterThan(1);
    // The schema arrived (introspection is allowed for analysts): the documentation explorer lists the root types.
    await page.getByRole('button', { name: /Documentation Explorer/ }).click();
    await expect.poll(async () => page.locator('.graphiql-doc-explorer').innerText(), { timeout: 30_000 }).toContain('Query');
    await screenshot(page, '16-analyst-explorer');
    await page.close();
  });
});
