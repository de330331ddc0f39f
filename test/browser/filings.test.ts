/** The Organisation Department's filing desk: filter by status and date, open a record, acknowledge receipt. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';
import { launchBrowser, screenshot, signIn, type Browser } from './support';

describe('the filing desk as the Organisation Department', () => {
  let api: TestServer;
  let browser: Browser;
  let page: Page;
  const total = async () => {
    const el = page.getByTestId('total-filings');
    await expect.poll(async () => ((await el.count()) ? el.getAttribute('data-total') : null), { timeout: 20_000 }).not.toBeNull();
    return Number(await el.getAttribute('data-total'));
  };

  beforeAll(async () => {
    api = await startTestServer({ as: 'orgdept' });
    browser = await launchBrowser();
    page = await browser.newPage();
    await signIn(page, api.url, 'orgdept');
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('lands on the desk, with every filing and the number awaiting receipt', async () => {
    expect(new URL(page.url()).pathname).toBe('/filings');
    const { rows } = await api.db.sql.query(
      "select count(*)::int as n, count(*) filter (where status = 'PENDING')::int as pending from filing_record",
    );
    expect(await total()).toBe(rows[0].n);
    await expect.poll(() => page.getByTestId('pending-badge').innerText()).toBe(String(rows[0].pending));
    // Those awaiting receipt come first.
    const tags = await page.getByTestId('table-filings').locator('tbody tr.ant-table-row .ant-tag').allInnerTexts();
    expect(tags.slice(0, rows[0].pending)).toEqual(Array(rows[0].pending).fill('待签收'));
    await screenshot(page, '14-filing-desk-orgdept');
  });

  it('filters by status and date range through the URL, matching GraphQL', async () => {
    await page.goto(`${api.url}/filings?status=PENDING&from=2026-01-01&to=2026-12-31`);
    const res = await api.gql<{ filingRecords: { totalCount: number } }>(
      '{ filingRecords(filter: { status: { eq: PENDING }, filedOn: { gte: "2026-01-01", lte: "2026-12-31" } }) { totalCount } }',
    );
    expect(await total()).toBe(res.data!.filingRecords.totalCount);
    const statuses = await page.getByTestId('table-filings').locator('tbody tr.ant-table-row .ant-tag').allInnerTexts();
    expect(new Set(statuses)).toEqual(new Set(['待签收']));
    expect(await page.getByTestId('filing-status').innerText()).toContain('待签收');
  });

  it('opens a pending filing and acknowledges its receipt', async () => {
    const { rows } = await api.db.sql.query(
      "select id, filing_no from filing_record where status = 'PENDING' order by filed_on, id limit 1",
    );
    const { id, filing_no: filingNo } = rows[0];
    await page.goto(`${api.url}/filings/${id}`);
    await page.getByTestId('record-title').waitFor();
    expect(await page.getByTestId('section-filing').innerText()).toContain(filingNo);
    await screenshot(page, '15-filing-record-orgdept');
    await page.getByTestId('acknowledge').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await expect.poll(() => page.getByTestId('filing-status-tag').innerText()).toBe('已签收');
    const after = await api.db.sql.query('select status, acknowledged_at from filing_record where id = $1', [id]);
    expect(after.rows[0].status).toBe('ACKNOWLEDGED');
    expect(after.rows[0].acknowledged_at).not.toBeNull();
    expect(await page.getByTestId('acknowledge').count()).toBe(0);
  });
});
