/**
 * The leadership views in a real browser: every page draws its charts, numbers equal the
 * GraphQL answers (and SQL), filters live in the URL, chart clicks drill down and cross-filter,
 * exports open, and the wall-screen and tablet layouts hold.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../dashboard/src/charts/csv';
import { startTestServer, type TestServer } from '../support/server';
import { choose, clickBar, launchBrowser, screenshot, signIn, statValue, waitForCharts, type Browser } from './support';

const WAITING = ['SUBMITTED', 'COUNTY_APPROVED', 'CITY_APPROVED', 'MATCHED', 'PARTY_APPROVED', 'FILED', 'IN_NOTICE'];
const FUNDED = ['APPROVED', 'IN_PROGRESS', 'ACCEPTED', 'FAILED'];
/** Evaluated in the page: nothing sticks out sideways. */
const FITS_WIDTH = 'document.documentElement.scrollWidth <= window.innerWidth + 1';

describe('the dashboard as city leadership', () => {
  let api: TestServer;
  let browser: Browser;
  let page: Page;
  const count = async (query: string, variables?: Record<string, unknown>): Promise<number> => {
    const res = await api.gql<Record<string, { totalCount?: number } | Array<{ count: number }>>>(query, variables);
    expect(res.errors).toBeUndefined();
    const v = Object.values(res.data!)[0];
    return Array.isArray(v) ? v.reduce((a, g) => a + g.count, 0) : v.totalCount!;
  };
  const tableTotal = async (id: string) => {
    const el = page.getByTestId(`total-${id}`);
    await expect.poll(async () => ((await el.count()) ? el.getAttribute('data-total') : null), { timeout: 20_000 }).not.toBeNull();
    return Number(await el.getAttribute('data-total'));
  };

  beforeAll(async () => {
    api = await startTestServer({ as: 'leader' });
    browser = await launchBrowser();
    page = await browser.newPage();
    await signIn(page, api.url, 'leader');
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('opens on the overview with four panels and headline figures equal to GraphQL and SQL', async () => {
    await waitForCharts(page, 4);
    for (const id of ['sectors', 'pipelines', 'grades', 'funds'])
      expect(await page.getByTestId(`panel-${id}`).locator('canvas').count()).toBe(1);
    const active = await count('{ appointmentGroups(filter: { status: { eq: ACTIVE } }, groupBy: []) { count } }');
    const { rows } = await api.db.sql.query("select count(*)::int as n from appointment where status = 'ACTIVE'");
    expect(active).toBe(rows[0].n);
    expect(await statValue(page, 'active')).toBe(active.toLocaleString('zh-CN'));
    const applications = await count('{ applicationGroups(groupBy: []) { count } }');
    expect(await statValue(page, 'applications')).toBe(applications.toLocaleString('zh-CN'));
    const waiting = await count(
      'query($s: [ApplicationStage!]) { applicationGroups(filter: { stage: { in: $s } }, groupBy: []) { count } }',
      { s: WAITING },
    );
    expect(await statValue(page, 'waiting')).toBe(String(waiting));
    await screenshot(page, '01-overview-leader');
  });

  it('keeps a changed filter in the URL, refetches the data, and restores it from the URL', async () => {
    await page.goto(`${api.url}/`);
    await waitForCharts(page, 4);
    const all = await statValue(page, 'appointments');
    await choose(page, 'filter-year', '2025年');
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('2025');
    const cohort2025 = await count('{ appointmentGroups(filter: { cohortYear: { eq: 2025 } }, groupBy: []) { count } }');
    await expect.poll(() => statValue(page, 'appointments')).toBe(String(cohort2025));
    expect(String(cohort2025)).not.toBe(all);
    await choose(page, 'filter-county', '临清市');
    await expect.poll(() => new URL(page.url()).searchParams.get('county')).toBe('371581');
    const both = await count(
      '{ appointmentGroups(filter: { cohortYear: { eq: 2025 }, division: { code: { eq: "371581" } } }, groupBy: []) { count } }',
    );
    await expect.poll(() => statValue(page, 'appointments')).toBe(String(both));
    // The same link in a fresh page shows the same view.
    const link = page.url();
    const other = await browser.newPage();
    await other.goto(link);
    await waitForCharts(other, 4);
    expect(await statValue(other, 'appointments')).toBe(String(both));
    expect(await other.getByTestId('filter-year').innerText()).toContain('2025年');
    expect(await other.getByTestId('filter-county').innerText()).toContain('临清市');
    await other.close();
  });

  it('drills down from a sector bar to the matching appointments and on to the record', async () => {
    await page.goto(`${api.url}/`);
    await waitForCharts(page, 4);
    const res = await api.gql<{ appointmentGroups: Array<{ key: { sector: { code: string; nameZh: string } }; count: number }> }>(
      '{ appointmentGroups(filter: { status: { eq: ACTIVE } }, groupBy: [SECTOR]) { key { sector { code nameZh } } count } }',
    );
    const top = [...res.data!.appointmentGroups].sort((a, b) => b.count - a.count)[0];
    await clickBar(page, 'sectors', 0, top.key.sector.nameZh, top.count / 2);
    const menu = page.getByTestId('segment-menu');
    await menu.waitFor();
    expect(await menu.innerText()).toContain(`${top.key.sector.nameZh} · 在岗 · ${top.count}人`);
    await menu.getByRole('menuitem', { name: /查看明细/ }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/appointments');
    const params = new URL(page.url()).searchParams;
    expect(params.get('sector')).toBe(top.key.sector.code);
    expect(params.get('status')).toBe('ACTIVE');
    expect(await tableTotal('appointments')).toBe(top.count);
    await screenshot(page, '06-appointments-drilled');
    await page.getByTestId('table-appointments').locator('tbody tr.ant-table-row').first().click();
    await page.getByTestId('record-title').waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/appointments\/\d+$/);
    for (const s of ['expert', 'enterprise', 'indicators', 'agreements', 'ledger', 'evaluations', 'projects', 'history'])
      await page.getByTestId(`section-${s}`).waitFor();
    // On to the expert's own page, which lists the appointment we came from.
    const from = new URL(page.url()).pathname;
    await page.getByTestId('section-expert').getByRole('link').first().click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/experts\/\d+$/);
    await page.getByTestId('section-appointments').locator(`a[href="${from}"]`).waitFor();
  });

  it('cross-filters the other panels from a county bar', async () => {
    await page.goto(`${api.url}/`);
    await waitForCharts(page, 4);
    const res = await api.gql<{ applicationGroups: Array<{ key: { division: { code: string; nameZh: string } }; count: number }> }>(
      '{ applicationGroups(filter: { stage: { eq: RECOGNISED } }, groupBy: [COUNTY]) { key { division { code nameZh } } count } }',
    );
    const top = [...res.data!.applicationGroups].sort((a, b) => b.count - a.count)[0];
    // Stages stack in pipeline order; the first series present is DRAFT, so aim inside the whole stacked bar's first segment.
    const drafts = await api.gql<{ applicationGroups: Array<{ count: number }> }>(
      `{ applicationGroups(filter: { stage: { eq: DRAFT }, division: { code: { eq: "${top.key.division.code}" } } }, groupBy: []) { count } }`,
    );
    expect(drafts.data!.applicationGroups[0].count).toBeGreaterThan(0);
    await clickBar(page, 'pipelines', 0, top.key.division.nameZh, drafts.data!.applicationGroups[0].count / 2);
    await page
      .getByTestId('segment-menu')
      .getByRole('menuitem', { name: /按此项筛选/ })
      .click();
    await expect.poll(() => new URL(page.url()).searchParams.get('county')).toBe(top.key.division.code);
    const inCounty = await count(
      `{ appointmentGroups(filter: { division: { code: { eq: "${top.key.division.code}" } } }, groupBy: []) { count } }`,
    );
    await expect.poll(() => statValue(page, 'appointments')).toBe(String(inCounty));
  });

  it('draws every page with GraphQL-equal numbers, and saves a screenshot of each', async () => {
    await page.goto(`${api.url}/sectors`);
    await waitForCharts(page, 3);
    const appointments = await count('{ appointmentGroups(groupBy: []) { count } }');
    expect(await page.getByTestId('panel-sectors').locator('.chart-card-title small').innerText()).toBe(`合计 ${appointments}人`);
    await screenshot(page, '02-sectors');

    await page.goto(`${api.url}/pipelines`);
    await waitForCharts(page, 3);
    const waiting = await count('query($s: [ApplicationStage!]) { applications(filter: { stage: { in: $s } }) { totalCount } }', {
      s: WAITING,
    });
    expect(await tableTotal('waiting')).toBe(waiting);
    await screenshot(page, '03-pipelines');

    await page.goto(`${api.url}/evaluations`);
    await waitForCharts(page, 3);
    const evaluations = await count('{ evaluationGroups(groupBy: []) { count } }');
    const { rows } = await api.db.sql.query('select count(*)::int as n from evaluation');
    expect(evaluations).toBe(rows[0].n);
    expect(await page.getByTestId('panel-grade-by').locator('.chart-card-title small').innerText()).toBe(`合计 ${evaluations}`);
    await screenshot(page, '04-evaluations');

    await page.goto(`${api.url}/funds`);
    await waitForCharts(page, 4);
    const funded = await count('query($s: [ProjectStatus!]) { projects(filter: { status: { in: $s } }) { totalCount } }', { s: FUNDED });
    expect(await tableTotal('fund-projects')).toBe(funded);
    await screenshot(page, '05-funds');

    for (const [path, id, query] of [
      ['/applications', 'applications', '{ applications { totalCount } }'],
      ['/projects', 'projects', '{ projects { totalCount } }'],
      ['/evaluation-records', 'evaluations', '{ evaluations { totalCount } }'],
    ] as const) {
      await page.goto(`${api.url}${path}`);
      expect(await tableTotal(id)).toBe(await count(query));
      await screenshot(page, `07-list-${id}`);
    }
  });

  it('shows an appointment’s Art. 7 indicators equal to its confirmed ledger', async () => {
    const { rows } = await api.db.sql.query(`
      select a.id, count(*) filter (where l.kind = 'TECH_SERVICE')::int as tech, coalesce(sum(l.days_on_site), 0)::int as days
        from appointment a join ledger_entry l on l.appointment_id = a.id
       where a.status = 'ACTIVE' and l.confirmation = 'CONFIRMED' and l.service_date between '2026-01-01' and '2026-12-31'
       group by a.id order by count(*) desc, a.id limit 1`);
    const { id, tech, days } = rows[0];
    await page.goto(`${api.url}/appointments/${id}?ledgerYear=2026`);
    await page.getByTestId('section-indicators').waitFor();
    await expect.poll(() => page.getByTestId('indicator-techServices').getAttribute('data-value')).toBe(String(tech));
    expect(await page.getByTestId('indicator-daysOnSite').getAttribute('data-value')).toBe(String(days));
    await screenshot(page, '08-appointment-record');
  });

  it('exports a chart as PNG and tables as CSV and Excel files that open', async () => {
    await page.goto(`${api.url}/`);
    await waitForCharts(page, 4);
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png-sectors').click()]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const pngBytes = fs.readFileSync((await png.path())!);
    expect(pngBytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(pngBytes.length).toBeGreaterThan(5000);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv-sectors').click()]);
    const table = parseCsv(fs.readFileSync((await csv.path())!, 'utf8'));
    expect(table[0]).toEqual(['产业领域', '在岗', '已结束', '合计']);
    const total = table.slice(1).reduce((a, r) => a + Number(r[3]), 0);
    expect(total).toBe(await count('{ appointmentGroups(groupBy: []) { count } }'));

    await page.goto(`${api.url}/projects?status=IN_PROGRESS`);
    const expected = await count('{ projects(filter: { status: { eq: IN_PROGRESS } }) { totalCount } }');
    expect(await tableTotal('projects')).toBe(expected);
    // Lists are exported by the server: a first `# …` line with the filter, then Chinese headers.
    const [list] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv-projects').click()]);
    expect(list.suggestedFilename()).toMatch(/^协同创新项目_\d{8}\.csv$/);
    const [comment, ...lines] = fs
      .readFileSync((await list.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(comment).toContain('# 列表：协同创新项目；筛选条件：{"status":{"eq":"IN_PROGRESS"}}');
    const rows = parseCsv(lines.join('\r\n'));
    expect(rows.length).toBe(expected + 1);
    expect(rows[0][0]).toBe('项目编号');
    const status = rows[0].indexOf('状态');
    expect(new Set(rows.slice(1).map((r) => r[status]))).toEqual(new Set(['执行中']));

    // The same list as an Excel workbook: a zip holding the list and its 筛选条件 sheet.
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx-projects').click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const book = fs.readFileSync((await xlsx.path())!);
    expect(book.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(book.includes(Buffer.from('xl/worksheets/sheet1.xml'))).toBe(true);
    expect(book.includes(Buffer.from('xl/worksheets/sheet2.xml'))).toBe(true);
  });

  it('says so when the filters leave no data, and says what went wrong when a query fails', async () => {
    await page.goto(`${api.url}/?year=2030`);
    await expect.poll(() => page.locator('.state-empty').count(), { timeout: 20_000 }).toBe(4);
    expect(await page.locator('.state-empty').first().innerText()).toContain('当前筛选条件下没有数据');
    // The sector panel's query fails on the server: that panel shows the message and code, the others still draw.
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string } | null;
      if (body?.operationName !== 'SectorSpread') return route.continue();
      return route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          data: null,
          errors: [{ message: '服务器内部错误 / Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
        }),
      });
    });
    await page.goto(`${api.url}/?sector=NEW_ENERGY`);
    const error = page.getByTestId('panel-sectors').locator('.state-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('数据加载失败');
    expect(await error.innerText()).toContain('INTERNAL_SERVER_ERROR');
    await waitForCharts(page, 3);
    await page.unroute('**/graphql');
  });

  it('lays out for a 1920-wide wall screen and for a tablet', async () => {
    const wall = await browser.newPage({ width: 1920, height: 1080 });
    await wall.goto(`${api.url}/?screen=1`);
    await waitForCharts(wall, 4);
    expect(await wall.evaluate(FITS_WIDTH)).toBe(true);
    await screenshot(wall, '09-overview-wall-screen');
    await wall.close();
    const tablet = await browser.newPage({ width: 820, height: 1180 });
    await tablet.goto(`${api.url}/pipelines`);
    await waitForCharts(tablet, 3);
    expect(await tablet.evaluate(FITS_WIDTH)).toBe(true);
    await screenshot(tablet, '10-pipelines-tablet');
    await tablet.emulateMedia({ media: 'print' });
    expect(await tablet.locator('.shell-header').isVisible()).toBe(false);
    await tablet.close();
  });
});
