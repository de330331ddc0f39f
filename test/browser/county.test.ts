/** A county account sees its own county only, and cannot reach another county's records by editing the URL. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';
import { launchBrowser, screenshot, signIn, statValue, waitForCharts, type Browser } from './support';

describe('the dashboard as a county bureau (东昌府区 371502)', () => {
  let api: TestServer;
  let browser: Browser;
  let page: Page;
  let token: string;
  const asCounty = async <T>(query: string, variables?: Record<string, unknown>) => {
    const res = await api.gqlAs<T>(token, query, variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const idIn = async (table: string, code: string, own: boolean): Promise<number> => {
    const { rows } = await api.db.sql.query(
      `select t.id from ${table} t join division d on d.id = t.division_id where (d.code = $1) = $2 order by t.id limit 1`,
      [code, own],
    );
    return rows[0].id;
  };

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    token = await api.login('county-371502');
    browser = await launchBrowser();
    page = await browser.newPage();
    await signIn(page, api.url, 'county-371502');
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('shows its own county’s figures even when the URL asks for another county', async () => {
    await page.goto(`${api.url}/?county=371581`);
    await waitForCharts(page, 4);
    const { rows } = await api.db.sql.query(
      "select count(*)::int as n from appointment a join division d on d.id = a.division_id where d.code = '371502' and a.status = 'ACTIVE'",
    );
    expect(await statValue(page, 'active')).toBe(String(rows[0].n));
    const data = await asCounty<{ appointmentGroups: Array<{ count: number }> }>(
      '{ appointmentGroups(filter: { status: { eq: ACTIVE } }, groupBy: []) { count } }',
    );
    expect(data.appointmentGroups[0].count).toBe(rows[0].n);
    expect(await page.getByTestId('county-locked').innerText()).toContain('东昌府区');
    await screenshot(page, '11-overview-county-371502');
  });

  it('shows its pipeline: the funnel and the waiting cases of its county only', async () => {
    await page.goto(`${api.url}/pipelines`);
    await waitForCharts(page, 3);
    expect(await page.getByTestId('panel-funnel').locator('h2').innerText()).toContain('东昌府区');
    const data = await asCounty<{ applications: { totalCount: number } }>(
      '{ applications(filter: { stage: { in: [SUBMITTED, COUNTY_APPROVED, CITY_APPROVED, MATCHED, PARTY_APPROVED, FILED, IN_NOTICE] } }) { totalCount } }',
    );
    const total = page.getByTestId('total-waiting');
    await expect.poll(() => total.getAttribute('data-total')).toBe(String(data.applications.totalCount));
    const counties = await page.getByTestId('table-waiting').locator('tbody tr.ant-table-row td:nth-child(2)').allInnerTexts();
    expect(new Set(counties)).toEqual(new Set(counties.length ? ['东昌府区'] : []));
    await screenshot(page, '12-pipelines-county-371502');
  });

  for (const [table, path] of [
    ['appointment', '/appointments'],
    ['application', '/applications'],
    ['project', '/projects'],
    ['enterprise', '/enterprises'],
  ] as const) {
    it(`opens its own ${table} but not another county’s (${path}/:id)`, async () => {
      await page.goto(`${api.url}${path}/${await idIn(table, '371502', true)}`);
      await page.getByTestId('record-title').waitFor();
      await page.goto(`${api.url}${path}/${await idIn(table, '371502', false)}`);
      await page.getByTestId('not-found').waitFor();
      expect(await page.getByTestId('record-title').count()).toBe(0);
    });
  }

  it('cannot open another county’s filing record either', async () => {
    const { rows } = await api.db.sql.query(
      "select f.id from filing_record f join division d on d.id = f.division_id where d.code <> '371502' order by f.id limit 1",
    );
    await page.goto(`${api.url}/filings/${rows[0].id}`);
    await page.getByTestId('not-found').waitFor();
    await screenshot(page, '13-not-found-county');
  });
});
