/**
 * The S&T bureau's desks through the UI as the demo account `bureau`: a call created and
 * published, the matching desk's ranking and conflicts and the choice of the match, a party-group
 * batch with meeting date and minute number, a filing packet, a notice whose computed end date is
 * shown before publishing, an objection that holds the case until it is resolved, and
 * recognition with the certificate and notice PDFs.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../server/dist/domain/working-days';
import { startTestServer, type TestServer } from '../support/server';
import { buildCase, eligibleEnterprises, type BuiltCase } from '../workflow/cases';
import { ok, today } from '../workflow/support';
import { launchBrowser, screenshot, signIn, type Browser } from './support';

describe('the S&T bureau desks (Art. 12.1-12.5)', () => {
  let api: TestServer;
  let browser: Browser;
  let page: Page;
  let bureau: string;
  let callId: number;
  let year: number;
  const cases: BuiltCase[] = [];
  const started = Date.now();

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    bureau = await api.login('bureau');
    browser = await launchBrowser();
    page = await browser.newPage();
    await signIn(page, api.url, 'bureau');
  });
  afterAll(async () => {
    console.log(`bureau desks: ${Math.round((Date.now() - started) / 1000)} s`);
    await browser?.close();
    await api?.close();
  });

  /** Ticks the row of `name` in a DeskList. */
  const tick = async (list: string, name: string) =>
    page.getByTestId(`table-${list}`).locator('tr', { hasText: name }).locator('.ant-checkbox-input').check();
  const stage = async (id: number) => (await api.db.sql.query('select stage, on_hold from application where id = $1', [id])).rows[0];

  it('creates the yearly call as a draft, edits it and publishes it after confirming, one a year inside the policy window', async () => {
    const { rows: have } = await api.db.sql.query('select max(year)::int as y from "call"');
    year = Math.max(Number(today().slice(0, 4)), (have[0].y ?? 2025) + 1);
    await page.goto(`${api.url}/desk/bureau/calls`);
    await page.getByTestId('call-create').click();
    await expect
      .poll(async () => page.locator('input[data-testid="call-year"], [data-testid="call-year"] input').first().inputValue())
      .toBe(String(year));
    await screenshot(page, 'bureau-01-call-form');
    const call = async () =>
      (await api.db.sql.query('select id, status, title, version, opens_on::text as opens_on from "call" where year = $1', [year])).rows;
    // 保存草稿: nothing public yet; the row offers 编辑 and 发布 (its nextActions), not 关闭征集.
    await page.getByTestId('call-save-draft').click();
    await page.locator('.ant-message').getByText(`已保存${year}年度征集草稿`).waitFor();
    const saved = await call();
    expect(saved).toEqual([
      {
        id: expect.any(Number),
        status: 'DRAFT',
        title: `聊城市${year}年度“科技副总”选派需求征集通知`,
        version: expect.any(Number),
        opens_on: today(),
      },
    ]);
    callId = saved[0].id;
    await page.getByTestId(`call-edit-${callId}`).click();
    const title = page.getByTestId('call-title');
    await expect.poll(() => title.inputValue()).toBe(`聊城市${year}年度“科技副总”选派需求征集通知`);
    const edited = `聊城市${year}年度“科技副总”选派需求征集通知（修订）`;
    await title.fill(edited);
    await page.getByTestId('call-save-draft').click();
    await page.locator('.ant-message').getByText(`已保存${year}年度征集草稿`).last().waitFor();
    await expect.poll(async () => (await call())[0]?.title).toBe(edited);
    await page.getByTestId('desk-list-calls').getByText(edited).waitFor();
    expect(await page.getByTestId(`call-close-${year}`).count()).toBe(0);
    await screenshot(page, 'bureau-02a-call-draft');
    // 发布 asks first, citing the articles, and publishes the edited draft.
    await page.getByTestId(`call-publish-${callId}`).click();
    await page.locator('.ant-modal-confirm').getByText('第十二条第1项', { exact: false }).waitFor();
    await screenshot(page, 'bureau-02b-call-publish-confirm');
    await page.getByTestId('call-publish-confirm').click();
    await page.locator('.ant-message').getByText(`已发布${year}年度征集通知`).waitFor();
    await expect.poll(async () => (await call()).map((r) => [r.id, r.status, r.title])).toEqual([[callId, 'PUBLISHED', edited]]);
    await expect.poll(() => page.getByTestId(`call-publish-${callId}`).count()).toBe(0);
    await page.getByTestId(`call-close-${year}`).waitFor();
    await screenshot(page, 'bureau-02-calls');
  });

  it('ranks recommended experts with explained scores, shows conflicts apart, and records the match', async () => {
    const targets = await eligibleEnterprises(api.db.sql, 2);
    cases.push(await buildCase(api, bureau, callId, targets[0], 'CITY_APPROVED'));
    cases.push(await buildCase(api, bureau, callId, targets[1], 'MATCHED', [cases[0].expertId]));
    const a = cases[0];
    const rec = await ok<{
      recommendedExperts: {
        ranked: Array<{ expertId: number; name: string; score: number }>;
        excluded: Array<{ expertId: number; conflicts: Array<{ rule: string }> }>;
      };
    }>(
      api,
      bureau,
      `{ recommendedExperts(applicationId: ${a.id}, first: 20) { ranked { expertId name score } excluded { expertId conflicts { rule } } } }`,
    );
    const top = rec.recommendedExperts.ranked[0];

    await page.goto(`${api.url}/desk/bureau/matching`);
    await page.getByTestId(`case-link-${a.id}`).click();
    await page.getByTestId('ranked').waitFor();
    const firstRow = page.getByTestId('ranked').locator('tbody tr.ant-table-row').first();
    expect(await firstRow.innerText()).toContain(top.name);
    expect(await page.getByTestId(`score-${top.expertId}`).innerText()).toContain(String(top.score));
    // Each part of the score has its explanation, one click away.
    await firstRow.locator('.ant-table-row-expand-icon').click();
    expect(await page.getByTestId(`explain-${top.expertId}`).innerText()).toMatch(
      /领域 \d+\/30[\s\S]*需求相似 \d+\/30[\s\S]*可派驻 \d+\/10/,
    );
    // The excluded experts are listed with their rule and article, never in the ranking.
    const excluded = rec.recommendedExperts.excluded;
    expect(excluded.length).toBeGreaterThan(0);
    const ex = excluded[0];
    expect(await page.getByTestId(`conflict-${ex.expertId}`).innerText()).toContain(ex.conflicts[0].rule);
    expect(await page.getByTestId('ranked').locator(`[data-testid="score-${ex.expertId}"]`).count()).toBe(0);
    await screenshot(page, 'bureau-03-matching');

    // Record the best-ranked as candidate with the three opinions, then choose the match.
    await page.getByTestId(`record-${top.expertId}`).click();
    // By keyboard: the option after 待反馈 is 同意 (a mouse click can hit the previous dropdown while it closes).
    for (const k of ['enterpriseOpinion', 'institutionOpinion', 'expertOpinion']) {
      const select = page.getByTestId(`candidate-${k}`);
      await select.click();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect.poll(() => select.innerText()).toContain('同意');
    }
    await page.getByTestId('candidate-save').click();
    await page.getByTestId(`choose-${top.expertId}`).waitFor();
    await expect.poll(() => page.getByTestId(`choose-${top.expertId}`).isEnabled()).toBe(true);
    await page.getByTestId(`choose-${top.expertId}`).click();
    await page.getByTestId('choose-confirm').click();
    await page.locator('.ant-message').getByText('现为「已双选匹配」').waitFor();
    expect(await stage(a.id)).toEqual({ stage: 'MATCHED', on_hold: false });
    const { rows } = await api.db.sql.query(
      'select expert_id, score, selected, enterprise_opinion, institution_opinion, expert_opinion from candidate_match where application_id = $1',
      [a.id],
    );
    expect(rows).toEqual([
      {
        expert_id: top.expertId,
        score: top.score,
        selected: true,
        enterprise_opinion: 'AGREE',
        institution_opinion: 'AGREE',
        expert_opinion: 'AGREE',
      },
    ]);
    const { rows: app } = await api.db.sql.query('select proposed_expert_id from application where id = $1', [a.id]);
    expect(app[0].proposed_expert_id).toBe(top.expertId);
    cases[0].expertId = top.expertId;
    // MATCHED: the server no longer offers SELECT, so neither 登记为候选人 nor 确定 is shown.
    await expect
      .poll(() => page.locator('button[data-testid^="record-"], button[data-testid^="choose-"], button[data-testid^="edit-"]').count())
      .toBe(0);
    await screenshot(page, 'bureau-04-matched');
  });

  it('approves a batch at one party-group meeting with its date and minute number', async () => {
    await page.goto(`${api.url}/desk/bureau/party`);
    for (const c of cases) await tick('party', c.enterpriseName);
    await page.getByTestId('party-approve').click();
    await page.getByTestId('party-minute-no').fill(`局党组会议纪要〔${year}〕3号`);
    await screenshot(page, 'bureau-05-party-modal');
    await page.getByTestId('party-confirm').click();
    await page.locator('.ant-message').getByText('已党组审议通过 2 项').waitFor();
    const { rows } = await api.db.sql.query(
      `select a.stage, d.meeting_on::text as meeting_on, d.minute_no from application a
         join review_decision d on d.application_id = a.id and d.step = 'PARTY_REVIEW'
        where a.id = any($1::int[]) order by a.id`,
      [cases.map((c) => c.id)],
    );
    expect(rows).toEqual(cases.map(() => ({ stage: 'PARTY_APPROVED', meeting_on: today(), minute_no: `局党组会议纪要〔${year}〕3号` })));
  });

  it('files both cases with the Organisation Department as one packet', async () => {
    await page.goto(`${api.url}/desk/bureau/filing`);
    for (const c of cases) await tick('filing', c.enterpriseName);
    await page.getByTestId('filing-file').click();
    await page.getByTestId('filing-confirm').click();
    await page.locator('.ant-modal-confirm-title', { hasText: '已报送备案包：2 项' }).waitFor();
    const { rows } = await api.db.sql.query(
      `select f.filing_no, a.stage from filing_record f join application a on a.id = f.application_id where a.id = any($1::int[]) order by f.id`,
      [cases.map((c) => c.id)],
    );
    expect(rows.map((r) => r.stage)).toEqual(['FILED', 'FILED']);
    expect(rows.map((r) => r.filing_no)).toEqual([`聊科副总备〔${year}〕1号`, `聊科副总备〔${year}〕2号`]);
    await page.getByRole('button', { name: '知道了' }).click();
    await page.getByTestId('table-sent').getByText(`聊科副总备〔${year}〕2号`).waitFor();
    await screenshot(page, 'bureau-06-filing');
  });

  it('pages the filing list and the list of filings sent on their own URL parameters', async () => {
    await page.goto(`${api.url}/desk/bureau/filing`);
    const sizeOf = (list: string) => page.getByTestId(`table-${list}`).locator('.ant-pagination-options .ant-select').innerText();
    await expect.poll(() => sizeOf('sent')).toContain('20 条/页');
    // The sent list to 10 a page: only its own keys change, the filing list keeps 20.
    await page.getByTestId('table-sent').locator('.ant-pagination-options .ant-select').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '10 条/页' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sent.size')).toBe('10');
    expect(new URL(page.url()).searchParams.get('size')).toBeNull();
    await expect.poll(() => sizeOf('sent')).toContain('10 条/页');
    expect(await sizeOf('filing')).toContain('20 条/页');
    // A URL with both lists' state opens each list as it was, the same after a reload.
    await page.goto(`${api.url}/desk/bureau/filing?size=50&sent.size=10`);
    await expect.poll(() => sizeOf('filing')).toContain('50 条/页');
    await expect.poll(() => sizeOf('sent')).toContain('10 条/页');
  });

  it('shows the notice end date on the working-day calendar before publishing, and an objection holds the case', async () => {
    await page.goto(`${api.url}/desk/bureau/notice`);
    for (const c of cases) await tick('to-publish', c.enterpriseName);
    await page.getByTestId('notice-publish').click();
    const { rows: cal } = await api.db.sql.query('select day::text, is_workday from work_calendar_day');
    const calendar = new WorkCalendar(cal.map((r) => ({ day: r.day, isWorkday: r.is_workday })));
    const endsOn = calendar.endOfWorkdays(today(), 5);
    await expect.poll(() => page.getByTestId('notice-period').getAttribute('data-ends-on')).toBe(endsOn);
    expect(await page.getByTestId('notice-period').innerText()).toContain(`公示期 ${today()} 至 ${endsOn}：5 个工作日`);
    await screenshot(page, 'bureau-07-notice-modal');
    await page.getByTestId('notice-confirm').click();
    await page.locator('.ant-modal-confirm-title', { hasText: `已发布公示：2 项，公示期至 ${endsOn}` }).waitFor();
    await page.getByRole('button', { name: '知道了' }).click();
    for (const c of cases) expect(await stage(c.id)).toEqual({ stage: 'IN_NOTICE', on_hold: false });

    // An objection to the first case: recorded, the case is held.
    const held = cases[0];
    await page.getByTestId(`raise-${held.id}`).click();
    await page.getByTestId('objection-content').fill('群众来信反映该专家已在外地企业兼职');
    await page.getByTestId('objection-save').click();
    await page.locator('.ant-message').getByText(`已登记异议：${held.enterpriseName} 暂停`).waitFor();
    expect(await stage(held.id)).toEqual({ stage: 'IN_NOTICE', on_hold: true });
    const row = page.getByTestId('in-notice').locator('tr', { hasText: held.enterpriseName });
    await row.getByTestId('held-tag').waitFor();
    await screenshot(page, 'bureau-08-notice-held');
  });

  it('recognises only after the notice and the objection are over, with certificate and notice PDFs', async () => {
    // The five working days pass: the notice is moved back to a period that has ended, as the calendar gives it.
    const { rows: cal } = await api.db.sql.query('select day::text, is_workday from work_calendar_day');
    const calendar = new WorkCalendar(cal.map((r) => ({ day: r.day, isWorkday: r.is_workday })));
    let start = today();
    for (let d = 0; d < 40 && calendar.endOfWorkdays(start, 5) >= today(); d++) {
      start = new Date(Date.parse(`${start}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    }
    const { rows: n } = await api.db.sql.query('select notice_id from application where id = $1', [cases[0].id]);
    await api.db.sql.query('update public_notice set starts_on = $2, ends_on = $3 where id = $1', [
      n[0].notice_id,
      start,
      calendar.endOfWorkdays(start, 5),
    ]);
    // Received within the notice: the objection was received on its first day.
    await api.db.sql.query('update objection set received_on = $2 where application_id = $1', [cases[0].id, start]);

    await page.goto(`${api.url}/desk/bureau/recognition`);
    const held = cases[0];
    const free = cases[1];
    // The held case cannot be recognised while its objection is open.
    await expect.poll(() => page.getByTestId(`recognise-${held.id}`).isDisabled()).toBe(true);
    await screenshot(page, 'bureau-09-recognition-held');

    // Dismiss the objection on the notice desk: the case is released.
    await page.goto(`${api.url}/desk/bureau/notice`);
    const row = page.getByTestId('in-notice').locator('tr', { hasText: held.enterpriseName });
    await row.locator('.ant-table-row-expand-icon').click();
    await page.getByTestId(`objections-${held.id}`).locator('button').click();
    await page.getByTestId('resolution-text').fill('经核实，该专家无在任兼职，异议不成立');
    await page.getByTestId('resolution-save').click();
    await page.locator('.ant-message').getByText('已处理异议').waitFor();
    expect(await stage(held.id)).toEqual({ stage: 'IN_NOTICE', on_hold: false });
    // Resolved: the objection's nextActions is empty, so its 处理 button is gone.
    await expect.poll(() => page.getByTestId(`objections-${held.id}`).locator('button').count()).toBe(0);

    await page.goto(`${api.url}/desk/bureau/recognition`);
    for (const c of [held, free]) {
      await expect.poll(() => page.getByTestId(`recognise-${c.id}`).isEnabled()).toBe(true);
      await page.getByTestId(`recognise-${c.id}`).click();
      await page.getByTestId('agreement-signatory').fill('王某（总经理）');
      await page.getByTestId('agreement-document-ref').fill(`BM-${c.id}`);
      await page.getByTestId('recognise-confirm').click();
      await page.locator('.ant-modal-confirm-title', { hasText: `已发文认定：${c.enterpriseName}` }).waitFor();
      await page.getByRole('button', { name: '知道了' }).click();
    }
    const { rows } = await api.db.sql.query(
      `select p.id, p.recognition_doc_no, p.certificate_no, p.status, a.stage from appointment p join application a on a.id = p.application_id
        where a.id = any($1::int[]) order by p.id`,
      [[held.id, free.id]],
    );
    expect(rows.map((r) => [r.stage, r.status])).toEqual([
      ['RECOGNISED', 'ACTIVE'],
      ['RECOGNISED', 'ACTIVE'],
    ]);
    expect(rows[0].recognition_doc_no).toMatch(new RegExp(`^聊科副总〔${year}〕\\d+号$`));
    const appointment = rows[0].id;
    await page.getByTestId('table-recognised').getByText(rows[0].recognition_doc_no).waitFor();
    await screenshot(page, 'bureau-10-recognised');

    // The download buttons: the certificate and the notice as PDF, signed in as the bureau.
    for (const id of [`cert-pdf-${appointment}`, `notice-pdf-${appointment}`]) {
      const href = await page.getByTestId(id).getAttribute('href');
      const res = await page.request.get(`${api.url}${href}`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toContain('application/pdf');
      expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
    }
  });

  it('keeps each list’s search and page size in the URL, served by the server, and a case opened by its name goes back to that list', async () => {
    // Party group: the search is the server's filter (an unknown name finds nothing).
    await page.goto(`${api.url}/desk/bureau/party`);
    await page.getByTestId('search-party-name').fill('不存在的企业名称');
    await page.getByTestId('search-party-submit').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('name')).toBe('不存在的企业名称');
    // (antd hides the pager of an empty table, so the empty state is the sign.)
    await expect.poll(() => page.getByTestId('table-party').locator('.ant-table-placeholder .ant-empty').count()).toBe(1);
    expect(await page.getByTestId('table-party').locator('tr.ant-table-row').count()).toBe(0);

    // Recognition: the recognised list searches by document number under its own `done.` keys.
    const { rows: doc } = await api.db.sql.query('select recognition_doc_no from appointment where application_id = $1', [cases[1].id]);
    await page.goto(`${api.url}/desk/bureau/recognition`);
    await page.getByTestId('search-recognised-q').fill(doc[0].recognition_doc_no);
    await page.getByTestId('search-recognised-submit').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('done.q')).toBe(doc[0].recognition_doc_no);
    await expect.poll(() => page.getByTestId('total-recognised').getAttribute('data-total')).toBe('1');
    expect(new URL(page.url()).searchParams.get('q')).toBeNull();

    // Notice: the cases in notice are a server-paged list (`notice.` keys), not 100 rows paged in the browser.
    const { rows: held } = await api.db.sql.query(
      `select a.id, e.name from application a join enterprise e on e.id = a.enterprise_id
        where a.stage = 'IN_NOTICE' order by a.id limit 1`,
    );
    expect(held).toHaveLength(1);
    const { id, name } = held[0];
    await page.goto(`${api.url}/desk/bureau/notice`);
    await page.getByTestId('search-notice-name').fill(name);
    await page.getByTestId('search-notice-submit').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('notice.name')).toBe(name);
    await page.getByTestId('table-notice').locator('.ant-pagination-options .ant-select').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '10 条/页' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('notice.size')).toBe('10');
    const listUrl = page.url();

    // Opened by its name: the breadcrumb names the notice desk and goes back with the filters.
    await page.getByTestId('table-notice').getByTestId(`case-link-${id}`).click();
    await page.waitForURL(`**/desk/bureau/cases/${id}`);
    const crumb = page.getByTestId('desk-breadcrumb').locator('a').first();
    await expect.poll(() => crumb.innerText()).toBe('公示');
    await screenshot(page, 'bureau-11-case-from-notice');
    await crumb.click();
    await expect.poll(() => page.url()).toBe(listUrl);
    await expect.poll(() => page.getByTestId('search-notice-name').inputValue()).toBe(name);
  });

  it('searches, sorts and pages the calls in the URL, and closes the call only while the server offers CLOSE', async () => {
    await page.goto(`${api.url}/desk/bureau/calls`);
    const rows = page.getByTestId('table-calls').locator('tbody tr.ant-table-row');
    await page.getByTestId('search-calls-title').fill(`${year}年度`);
    await page.getByTestId('search-calls-submit').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('title')).toBe(`${year}年度`);
    await expect.poll(() => rows.count()).toBe(1);
    // Sorted by the application window, 10 a page: all of it in the URL, kept over a reload.
    await page.getByTestId('table-calls').locator('th', { hasText: '申报时间' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('opensOn');
    await page.getByTestId('table-calls').locator('.ant-pagination-options .ant-select').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '10 条/页' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('size')).toBe('10');
    await page.reload();
    await expect.poll(() => page.getByTestId('search-calls-title').inputValue()).toBe(`${year}年度`);
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain(`聊城市${year}年度`);
    await screenshot(page, 'bureau-12-calls-search');

    // Only a published call offers 关闭征集; the closed ones do not.
    const { rows: closedBefore } = await api.db.sql.query("select year from call where status <> 'PUBLISHED'");
    await page.goto(`${api.url}/desk/bureau/calls`);
    await page.getByTestId('desk-list-calls').getByText(`聊城市${year}年度`).waitFor();
    for (const r of closedBefore) expect(await page.getByTestId(`call-close-${r.year}`).count()).toBe(0);
    await page.getByTestId(`call-close-${year}`).click();
    await page.getByTestId('call-close-confirm').click();
    await page.locator('.ant-message').getByText(`已关闭${year}年度征集`).waitFor();
    const { rows: after } = await api.db.sql.query('select status from call where id = $1', [callId]);
    expect(after).toEqual([{ status: 'CLOSED' }]);
    await expect.poll(() => page.getByTestId(`call-close-${year}`).count()).toBe(0);
    await screenshot(page, 'bureau-13-call-closed');
  });

  it('reads at tablet width (768 px): no bureau desk overflows the page sideways', async () => {
    const tablet = await browser.newPage({ width: 768, height: 1024 });
    try {
      const desks: Array<[string, string, string[]]> = [
        ['calls', '/desk/bureau/calls', ['calls']],
        ['review', '/desk/bureau/review', ['review']],
        ['matching', '/desk/bureau/matching', ['matching']],
        ['party', '/desk/bureau/party', ['party']],
        ['filing', '/desk/bureau/filing', ['filing', 'sent']],
        ['notice', '/desk/bureau/notice', ['to-publish', 'notice']],
        ['recognition', '/desk/bureau/recognition', ['waiting', 'recognised']],
      ];
      for (const [name, path, lists] of desks) {
        await tablet.goto(`${api.url}${path}`);
        for (const list of lists) await expect.poll(() => tablet.getByTestId(`total-${list}`).getAttribute('data-total')).not.toBeNull();
        await screenshot(tablet, `bureau-768-${name}`);
        expect(await tablet.evaluate('document.documentElement.scrollWidth <= window.innerWidth + 1'), name).toBe(true);
      }
      await tablet.goto(`${api.url}/desk/bureau/cases/${cases[1].id}`);
      await tablet.getByTestId('record-title').waitFor();
      // Opened directly, a recognised case goes back to the recognition desk, not to the re-review.
      expect(await tablet.getByTestId('desk-breadcrumb').locator('a').first().innerText()).toBe('认定发文');
      await screenshot(tablet, 'bureau-768-case');
      expect(await tablet.evaluate('document.documentElement.scrollWidth <= window.innerWidth + 1'), 'case').toBe(true);
    } finally {
      await tablet.close();
    }
  });
});
