/**
 * The desks after recognition, in the browser (issue 14, part 2): the expert records services on
 * a phone and the enterprise confirms them, after which the indicators move; the bureau opens a
 * cycle, the agency proposes 优秀 for one appointment and 不合格 for another, the bureau approves
 * them (one on its page, one in a batch) and the consequences appear on their record pages; finance
 * records a tranche and is refused one above the approved amount, the database unchanged; the
 * administrator unlocks a locked account and finds the audit entries of that unlock. Each ends
 * with a check of the database. Screenshots of every desk.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';
import { choose, launchBrowser, screenshot, signIn, type Browser } from './support';

const PHONE = { width: 390, height: 844 };

describe('the desks after recognition', () => {
  let api: TestServer;
  let browser: Browser;
  let page: Page;
  const sql = (q: string, p: unknown[] = []) => api.db.sql.query(q, p).then((r) => r.rows);
  const success = async (p: Page, text: RegExp) => {
    await p.locator('.ant-message-success', { hasText: text }).first().waitFor();
  };
  const indicator = async (p: Page, code: string) => {
    const el = p.getByTestId(`indicator-${code}`).first();
    await el.waitFor();
    return { actual: Number(await el.getAttribute('data-actual')), confirmed: Number(await el.getAttribute('data-confirmed')) };
  };

  beforeAll(async () => {
    api = await startTestServer({ as: 'bureau' });
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('an expert records two services on a phone; the enterprise confirms them; the indicators move', async () => {
    const [appt] = await sql(
      "select a.id from appointment a join app_user u on u.expert_id = a.expert_id where u.username = 'expert' and a.status = 'ACTIVE'",
    );
    const phone = await browser.newPage(PHONE);
    await signIn(phone, api.url, 'expert');
    await phone.goto(`${api.url}/desk/expert`);
    const before = await indicator(phone, 'TECH_SERVICES');
    const days = await indicator(phone, 'DAYS_ON_SITE');
    await screenshot(phone, '30-expert-desk-phone');
    for (const [n, content] of [
      [2, '现场调试数控磨床，优化进给参数'],
      [3, '指导质检部建立首件检验流程'],
    ] as const) {
      await phone.getByTestId('record-service').click();
      await phone.getByTestId('entry-form').waitFor();
      await phone.getByTestId('entry-days').fill(String(n));
      await phone.getByTestId('entry-trained').fill('1');
      await phone.getByTestId('entry-content').fill(content);
      await phone.getByTestId('entry-effect').fill('一次合格率提高');
      if (n === 2) await screenshot(phone, '31-expert-record-phone');
      await phone.getByTestId('entry-save').click();
      await success(phone, /已登记/);
    }
    await expect.poll(async () => (await indicator(phone, 'TECH_SERVICES')).actual).toBe(before.actual + 2);
    expect((await indicator(phone, 'DAYS_ON_SITE')).actual).toBe(days.actual + 5);
    await screenshot(phone, '32-expert-ledger-phone');
    const rows = await sql(
      "select id, confirmation, days_on_site from ledger_entry where appointment_id = $1 and content in ('现场调试数控磨床，优化进给参数', '指导质检部建立首件检验流程') order by id",
      [appt.id],
    );
    expect(rows.map((r) => [r.confirmation, r.days_on_site])).toEqual([
      ['PENDING', 2],
      ['PENDING', 3],
    ]);
    await phone.close();

    await signIn(page, api.url, 'enterprise');
    await page.goto(`${api.url}/desk/enterprise/ledger?confirmation=PENDING`);
    await page.getByTestId('table-ledger').waitFor();
    expect((await indicator(page, 'TECH_SERVICES')).confirmed).toBe(before.confirmed);
    for (const r of rows) await page.locator(`tr[data-row-key="${r.id}"] .ant-checkbox-input`).check();
    await page.getByTestId('batch-confirm').click();
    await screenshot(page, '33-enterprise-confirm');
    await page.getByTestId('decision-ok').click();
    await success(page, /已确认 2 条/);
    await expect.poll(async () => (await indicator(page, 'TECH_SERVICES')).confirmed).toBe(before.confirmed + 2);
    await page.goto(`${api.url}/desk/enterprise/ledger`);
    await page.getByTestId('table-ledger').waitFor();
    await screenshot(page, '34-enterprise-ledger');
    const after = await sql('select confirmation from ledger_entry where id = any($1::int[])', [rows.map((r) => r.id)]);
    expect(after.map((r) => r.confirmation)).toEqual(['CONFIRMED', 'CONFIRMED']);
    const { data } = await api.gql<{ appointmentIndicators: { indicators: Array<{ code: string; confirmed: number }> } }>(
      `{ appointmentIndicators(appointmentId: ${appt.id}, year: ${new Date().getFullYear()}) { indicators { code confirmed } } }`,
    );
    expect(data!.appointmentIndicators.indicators.find((i) => i.code === 'TECH_SERVICES')!.confirmed).toBe(before.confirmed + 2);
  });

  it('the agency grades one appointment 优秀 and another 不合格; the consequences show on their pages', async () => {
    // The bureau opens the cycle on its desk.
    await signIn(page, api.url, 'bureau');
    await page.goto(`${api.url}/desk/evaluation`);
    await page.getByTestId('open-cycle').click();
    await page.getByTestId('cycle-code').fill('2026-2027');
    await page.getByTestId('cycle-start').fill('2026-01-01');
    await page.getByTestId('cycle-end').fill('2027-12-31');
    await page.getByTestId('cycle-agency').fill('齐鲁科评（聊城）咨询服务中心');
    await screenshot(page, '34b-open-cycle');
    await page.getByTestId('open-cycle-ok').click();
    await success(page, /已开启考核周期 2026-2027/);
    const [cycle] = await sql("select id, code, status, agency from evaluation_cycle where code = '2026-2027'");
    expect(cycle).toMatchObject({ status: 'OPEN', agency: '齐鲁科评（聊城）咨询服务中心' });
    await page.getByTestId('table-worklist').waitFor();
    const [period] = await sql('select period_start::text as s, period_end::text as e from evaluation_cycle where id = $1', [cycle.id]);
    const picks = await sql(
      `select a.id, x.name from appointment a join expert x on x.id = a.expert_id
        where a.status = 'ACTIVE' and a.service_start <= $2 and a.service_end >= $3
          and not exists (select 1 from evaluation e where e.appointment_id = a.id and e.cycle_id = $1)
          and not exists (select 1 from app_user u where u.expert_id = a.expert_id and u.username = 'expert')
          and exists (select 1 from project p where p.appointment_id = a.id and p.status in ('PROPOSED', 'APPROVED', 'IN_PROGRESS'))
        order by a.id limit 2`,
      [cycle.id, period.e, period.s],
    );
    expect(picks.length).toBe(2);
    await signIn(page, api.url, 'agency');
    await page.goto(`${api.url}/desk/evaluation?cycle=${cycle.id}`);
    await page.getByTestId('table-worklist').waitFor();
    await screenshot(page, '35-evaluation-worklist');
    for (const [i, grade, label] of [
      [0, 'EXCELLENT', '优秀'],
      [1, 'UNQUALIFIED', '不合格'],
    ] as const) {
      const a = picks[i];
      await page.getByTestId('worklist-q').fill(a.name);
      await page.getByTestId('worklist-search').click();
      await page.getByTestId(`work-${a.id}`).click();
      await page.getByTestId('grade-form').waitFor();
      await choose(page, 'grade-select', label);
      await page.getByTestId('grade-score').fill(grade === 'EXCELLENT' ? '95' : '42');
      await page.getByTestId('grade-preview').click();
      const consequences = page.getByTestId('consequences');
      await consequences.waitFor();
      const text = await consequences.innerText();
      if (grade === 'EXCELLENT') expect(text).toMatch(/奖励 50,000\.00 元.*金卡（B）/s);
      else {
        const open = await sql("select code from project where appointment_id = $1 and status in ('PROPOSED', 'APPROVED', 'IN_PROGRESS')", [
          a.id,
        ]);
        expect(text).toContain('撤销科技副总资格');
        for (const p of open) expect(text).toContain(p.code);
        expect(text).toMatch(/两年内不得再次申报，至 \d{4}-\d{2}-\d{2}/);
      }
      // Nothing is written by looking at the consequences.
      expect(
        (await sql('select count(*)::int as n from evaluation where appointment_id = $1 and cycle_id = $2', [a.id, cycle.id]))[0].n,
      ).toBe(0);
      await screenshot(page, grade === 'EXCELLENT' ? '36-grade-excellent-consequences' : '38-grade-unqualified-consequences');
      await page.getByTestId('grade-submit').click();
      await success(page, /已提交考核建议/);
      await expect.poll(() => page.getByTestId('grade-tag').innerText()).toBe(label);
      // A proposal: nothing of Art. 17-19 happens until the bureau decides.
      expect(await page.getByTestId('decision-tag').innerText()).toBe('待市科技局审核');
      expect(await page.getByTestId('appointment-status').innerText()).toBe('在岗');
      const [proposal] = await sql(
        `select e.status, (select count(*)::int from reward r where r.evaluation_id = e.id) as rewards, a.status as appointment
           from evaluation e join appointment a on a.id = e.appointment_id where e.appointment_id = $1 and e.cycle_id = $2`,
        [a.id, cycle.id],
      );
      expect(proposal).toEqual({ status: 'PROPOSED', rewards: 0, appointment: 'ACTIVE' });
      await screenshot(page, grade === 'EXCELLENT' ? '37-proposed-excellent' : '39-proposed-unqualified');
      await page.goBack();
      await page.getByTestId('table-worklist').waitFor();
    }

    // The bureau approves the 优秀 on its page, after the consequences preview …
    await signIn(page, api.url, 'bureau');
    await page.goto(`${api.url}/desk/evaluation/${cycle.id}/${picks[0].id}`);
    await page.getByTestId('approve-grade').click();
    const preview = page.getByTestId('consequences');
    await preview.waitFor();
    expect(await preview.innerText()).toMatch(/奖励 50,000\.00 元.*金卡（B）/s);
    expect(
      (
        await sql(
          'select count(*)::int as n from reward r join evaluation e on e.id = r.evaluation_id where e.appointment_id = $1 and e.cycle_id = $2',
          [picks[0].id, cycle.id],
        )
      )[0].n,
    ).toBe(0);
    await screenshot(page, '40-approve-excellent-consequences');
    await page.getByTestId('grade-submit').click();
    await success(page, /已批准/);
    await expect.poll(() => page.getByTestId('decision-tag').innerText()).toBe('已决定');
    // … and the 不合格 from the worklist in a batch.
    await page.goto(`${api.url}/desk/evaluation?cycle=${cycle.id}&state=proposed`);
    await page.getByTestId('table-worklist').waitFor();
    await page.locator(`tr[data-row-key="${picks[1].id}"] .ant-checkbox-input`).check();
    await page.getByTestId('batch-approve').click();
    const summary = page.getByTestId('batch-consequences');
    await summary.waitFor();
    expect(await summary.innerText()).toMatch(/批准所选 1 条考核建议.*不合格 1 名：撤销资格/s);
    await screenshot(page, '41-batch-approve');
    await page.getByTestId('batch-approve-ok').click();
    await success(page, /已批准 1 条考核建议/);
    // Filing waits for every appointment due: the desk says how many are left.
    const [left] = await sql(
      `select count(*)::int as n from appointment a left join evaluation e on e.appointment_id = a.id and e.cycle_id = $1
        where (e.id is not null or (a.status in ('ACTIVE', 'COMPLETED') and a.service_start <= $2 and a.service_end >= $3))
          and e.status is distinct from 'DECIDED'`,
      [cycle.id, period.e, period.s],
    );
    await expect.poll(() => page.getByTestId('file-blocked').innerText()).toContain(`尚有 ${left.n} 名未经市科技局决定`);
    expect(await page.getByTestId('file-results').count()).toBe(0);
    await screenshot(page, '42-worklist-after-approval');

    // The bureau, who reads rewards and projects, sees all the consequences on the record pages.
    for (const [i, grade] of [
      [0, 'EXCELLENT'],
      [1, 'UNQUALIFIED'],
    ] as const) {
      await page.goto(`${api.url}/desk/evaluation/${cycle.id}/${picks[i].id}`);
      await page.getByTestId('section-result').waitFor();
      const result = await page.getByTestId('section-result').innerText();
      if (grade === 'EXCELLENT') {
        expect(result).toMatch(/人才服务金卡（B）\s*LCRC-B-/);
        expect(result).toContain('50,000.00 元');
        expect(result).toContain('优先支持');
      } else {
        expect(result).toContain('撤销');
        expect(result).toContain('已撤销');
        expect(result).toMatch(/禁止申报至 \d{4}-/);
      }
      if (grade === 'UNQUALIFIED') {
        expect(await page.getByTestId('appointment-status').innerText()).toBe('撤销');
        expect(await page.getByTestId('banned-until').innerText()).toMatch(/禁止申报至 \d{4}-/);
      } else {
        // Beside ledger, indicators and reports: the period's achievements and IP applications.
        const [n] = await sql(
          `select (select count(*)::int from achievement where appointment_id = $1 and achieved_on between $2 and $3) as achievements,
                  (select count(*)::int from ip_application where appointment_id = $1 and filed_on between $2 and $3) as ip`,
          [picks[i].id, period.s, period.e],
        );
        expect(await page.getByTestId('section-achievements').innerText()).toContain(`共 ${n.achievements} 项`);
        expect(await page.getByTestId('section-ip').innerText()).toContain(`共 ${n.ip} 项`);
        // The bureau hands over the certificate and the Gold Card B.
        for (const kind of ['CERTIFICATE', 'GOLD_CARD_B']) {
          await page.getByTestId(`handover-${kind}`).click();
          await page.getByTestId('handover-ok').click();
          await success(page, /已发放/);
          await page.getByTestId(`handover-${kind}`).waitFor({ state: 'detached' });
        }
        expect(await page.getByTestId('reward-CERTIFICATE').innerText()).toContain('已发放');
      }
      await screenshot(page, grade === 'EXCELLENT' ? '37b-graded-excellent-bureau' : '39b-graded-unqualified-bureau');
    }
    const [good] = await sql(
      'select e.grade, (select count(*)::int from reward r where r.evaluation_id = e.id) as rewards from evaluation e where e.appointment_id = $1 and e.cycle_id = $2',
      [picks[0].id, cycle.id],
    );
    expect(good).toEqual({ grade: 'EXCELLENT', rewards: 3 });
    const decided = await sql(
      'select status, decided_on is not null as dated, decided_by_id is not null as by from evaluation where cycle_id = $1 and appointment_id = any($2::int[])',
      [cycle.id, picks.map((p) => p.id)],
    );
    expect(decided).toEqual([
      { status: 'DECIDED', dated: true, by: true },
      { status: 'DECIDED', dated: true, by: true },
    ]);
    const handed = await sql(
      'select r.kind, r.status from reward r join evaluation e on e.id = r.evaluation_id where e.cycle_id = $1 and e.appointment_id = $2 order by r.kind',
      [cycle.id, picks[0].id],
    );
    expect(handed).toEqual([
      { kind: 'CASH', status: 'GRANTED' },
      { kind: 'CERTIFICATE', status: 'DISBURSED' },
      { kind: 'GOLD_CARD_B', status: 'DISBURSED' },
    ]);
    const [bad] = await sql(
      `select a.status, x.banned_until::text as banned, (select count(*)::int from project p where p.appointment_id = a.id and p.status in ('PROPOSED', 'APPROVED', 'IN_PROGRESS')) as open
         from appointment a join expert x on x.id = a.expert_id where a.id = $1`,
      [picks[1].id],
    );
    expect(bad.status).toBe('REVOKED');
    expect(bad.open).toBe(0);
    expect(bad.banned).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('finance records a tranche and is refused one above the approved amount, the database unchanged', async () => {
    const [p] = await sql(
      `select p.id, p.code, p.finance_fen - coalesce((select sum(amount_fen) from disbursement d where d.project_id = p.id and d.funder = 'FINANCE'), 0) as remaining
         from project p where p.status in ('APPROVED', 'IN_PROGRESS')
          and p.finance_fen - coalesce((select sum(amount_fen) from disbursement d where d.project_id = p.id and d.funder = 'FINANCE'), 0) > 200000
        order by p.id limit 1`,
    );
    const remaining = Number(p.remaining);
    const money = async () =>
      (
        await sql(
          'select count(*)::int as n, coalesce(sum(amount_fen), 0)::text as paid, (select version from project where id = $1) as version from disbursement where project_id = $1',
          [p.id],
        )
      )[0];
    await signIn(page, api.url, 'finance');
    await page.goto(`${api.url}/desk/finance`);
    await page.getByTestId('search-projects-q').fill(p.code);
    await page.getByTestId('search-projects-submit').click();
    await screenshot(page, '40-finance-projects');
    await page.getByTestId(`project-${p.id}`).click();
    await page.getByTestId('disburse-form').waitFor();
    const before = await money();
    await page.getByTestId('disburse-amount').fill('1000');
    await page.getByTestId('disburse-voucher').fill('PZ-BROWSER-1');
    await page.getByTestId('disburse-check').click();
    await expect.poll(() => page.getByTestId('guard-OVER_APPROVED').getAttribute('data-passed')).toBe('true');
    await page.getByTestId('disburse-save').click();
    await success(page, /已登记第\d+批拨付 1,000\.00 元/);
    const afterOne = await money();
    expect(afterOne.n).toBe(before.n + 1);
    expect(BigInt(afterOne.paid)).toBe(BigInt(before.paid) + 100000n);
    const [row] = await sql("select funder, amount_fen::int as fen from disbursement where voucher_no = 'PZ-BROWSER-1'");
    expect(row).toEqual({ funder: 'FINANCE', fen: 100000 });

    // One fen above what is left for city finance.
    const over = remaining - 100000 + 1;
    await page.getByTestId('disburse-amount').fill(`${Math.floor(over / 100)}.${String(over % 100).padStart(2, '0')}`);
    await page.getByTestId('disburse-voucher').fill('PZ-BROWSER-2');
    await page.getByTestId('disburse-check').click();
    await expect.poll(() => page.getByTestId('guard-OVER_APPROVED').getAttribute('data-passed')).toBe('false');
    expect(await page.getByTestId('disburse-save').isDisabled()).toBe(true);
    await screenshot(page, '41-finance-refused');
    expect(await money()).toEqual(afterOne);
    expect(await sql("select id from disbursement where voucher_no = 'PZ-BROWSER-2'")).toEqual([]);
    // Back returns to the list as it was.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(p.code);
    await page.goto(`${api.url}/desk/finance/rewards`);
    await page.getByTestId('table-rewards').waitFor();
    await screenshot(page, '42-finance-rewards');
  });

  it('finance pays a reward with its voucher number and payment date; the database shows both', async () => {
    const [r] = await sql(
      `select r.id, r.granted_on::text as granted, e.cycle_id, x.name,
              greatest(r.granted_on, (now() at time zone 'Asia/Shanghai')::date - 3)::text as paid_on
         from reward r join evaluation e on e.id = r.evaluation_id join expert x on x.id = r.expert_id
        where r.kind = 'CASH' and r.status = 'GRANTED' order by r.id limit 1`,
    );
    expect(r).toBeTruthy();
    await signIn(page, api.url, 'finance');
    await page.goto(`${api.url}/desk/finance/rewards?cycle=${r.cycle_id}`);
    await page.getByTestId('search-rewards').waitFor();
    await page.getByTestId('search-rewards-q').fill(r.name);
    await page.getByTestId('search-rewards-submit').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(r.name);
    await page.getByTestId(`pay-${r.id}`).click();
    await page.getByTestId('pay-voucher').fill('CZJL-2026-0931');
    await page.getByTestId('pay-date').fill(r.paid_on);
    await screenshot(page, '43-finance-pay-reward');
    await page.getByTestId('pay-ok').click();
    await success(page, /已拨付/);
    await page.getByTestId(`pay-${r.id}`).waitFor({ state: 'detached' });
    await screenshot(page, '44-finance-reward-paid');
    const [paid] = await sql('select status, voucher_no, disbursed_on::text as paid_on from reward where id = $1', [r.id]);
    expect(paid).toEqual({ status: 'DISBURSED', voucher_no: 'CZJL-2026-0931', paid_on: r.paid_on });
  });

  it('HR sees the Gold Card B holders, read only', async () => {
    await signIn(page, api.url, 'hrbureau');
    await page.goto(`${api.url}/desk/hr`);
    await page.getByTestId('table-gold-cards').waitFor();
    const [{ n }] = await sql("select count(*)::int as n from reward where kind = 'GOLD_CARD_B'");
    await expect.poll(() => page.getByTestId('total-gold-cards').getAttribute('data-total')).toBe(String(n));
    expect(await page.locator('[data-testid="table-gold-cards"] tbody .ant-btn').count()).toBe(0);
    await screenshot(page, '43-hr-gold-cards');
  });

  it('the administrator unlocks a locked account and finds the audit entries of that unlock', async () => {
    for (let i = 0; i < 5; i++) {
      await api.gqlAs(null, 'mutation { login(username: "analyst", password: "wrong-password-1") { token } }');
    }
    const [locked] = await sql("select id, failed_attempts, locked_until is not null as locked from app_user where username = 'analyst'");
    expect(locked).toMatchObject({ failed_attempts: 5, locked: true });
    await signIn(page, api.url, 'admin');
    await page.goto(`${api.url}/desk/accounts?q=analyst`);
    await page.getByTestId('locked-analyst').waitFor();
    await screenshot(page, '44-admin-accounts');
    await page.getByTestId('unlock-analyst').click();
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await success(page, /已解锁 analyst/);
    await expect.poll(() => page.getByTestId('locked-analyst').count()).toBe(0);
    const [unlocked] = await sql("select failed_attempts, locked_until from app_user where username = 'analyst'");
    expect(unlocked).toEqual({ failed_attempts: 0, locked_until: null });

    await page.goto(`${api.url}/desk/audit?op=unlock&user=admin`);
    await page.getByTestId('table-audit').waitFor();
    // The service's own record of the unlock (naming the account), and the request's if the plugin audits it too.
    const matching = () =>
      sql("select id::text, operation, object_ids from audit_log where operation like '%unlock%' and username = 'admin'");
    const entries = (await matching()).filter((r) => r.operation === 'unlock' && r.object_ids === String(locked.id));
    expect(entries.length).toBe(1);
    // The service's record of the unlock is listed (the request's own audit row may be listed beside it).
    await page.getByTestId(`audit-${entries[0].id}`).waitFor();
    expect(Number(await page.getByTestId('total-audit').getAttribute('data-total'))).toBeGreaterThanOrEqual(1);
    await page.getByTestId(`audit-${entries[0].id}`).click();
    const detail = page.getByTestId('audit-detail');
    await detail.waitFor();
    expect(await detail.innerText()).toContain('"target": "analyst"');
    expect(await detail.innerText()).toContain('"failedAttempts": 5');
    await screenshot(page, '45-audit-entry');
    await page.keyboard.press('Escape');
    await page.getByTestId('verify-chain').click();
    const result = page.getByTestId('verify-result');
    await result.waitFor();
    const { data } = await api.gqlAs<{ verifyAuditChain: { ok: boolean } }>(await api.login('admin'), '{ verifyAuditChain { ok } }');
    expect(await result.getAttribute('data-ok')).toBe(String(data!.verifyAuditChain.ok));
    await screenshot(page, '46-audit-trail');
  });
});
