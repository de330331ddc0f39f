/**
 * The annual report (年度述职, Art. 17) drafted from the ledger for any year served: the year's
 * indicators as confirmed, every confirmed service by kind with its date, content and effect (and
 * nothing the enterprise has not confirmed), achievements and IP applications; the expert edits
 * the draft and submits it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TestServer } from '../support/server';
import { demoBindings, fails, ok, today } from './support';

const DRAFT = 'query($a: Int!, $y: Int!) { annualReportDraft(appointmentId: $a, year: $y) { appointmentId year asOf entries text } }';
const SUBMIT = 'mutation($input: SubmitAnnualReportInput!) { submitAnnualReport(input: $input) { id year summary } }';

interface Draft {
  appointmentId: number;
  year: number;
  asOf: string;
  entries: number;
  text: string;
}

describe('the annual report drafted from the ledger (Art. 17)', () => {
  let api: TestServer;
  let expert: string;
  let appt: { id: number; service_start: string };
  const lastYear = Number(today().slice(0, 4)) - 1;

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    expert = await api.login('expert');
    const ids = await demoBindings(api.db.sql);
    const { rows } = await api.db.sql.query("select id, service_start::text from appointment where expert_id = $1 and status = 'ACTIVE'", [
      ids.expertId,
    ]);
    appt = rows[0];
    expect(Number(appt.service_start.slice(0, 4))).toBeLessThanOrEqual(lastYear);
  });
  afterAll(async () => api?.close());

  it('drafts last year from its confirmed entries by kind, with dates, content and effect, and the confirmed indicators', async () => {
    const { rows: confirmed } = await api.db.sql.query(
      `select service_date::text as d, kind, content, effect from ledger_entry
        where appointment_id = $1 and confirmation = 'CONFIRMED' and extract(year from service_date) = $2 order by service_date, id`,
      [appt.id, lastYear],
    );
    expect(confirmed.length).toBeGreaterThan(0);
    const draft = (await ok<{ annualReportDraft: Draft }>(api, expert, DRAFT, { a: appt.id, y: lastYear })).annualReportDraft;
    expect(draft).toMatchObject({ appointmentId: appt.id, year: lastYear, asOf: `${lastYear}-12-31`, entries: confirmed.length });
    expect(draft.text.startsWith(`${lastYear}年度述职报告`)).toBe(true);
    for (const e of confirmed) expect(draft.text).toContain(`${e.d} ${e.content}；效果：${e.effect}`);
    const { rows: others } = await api.db.sql.query(
      `select content from ledger_entry where appointment_id = $1 and confirmation <> 'CONFIRMED' and extract(year from service_date) = $2
          and content not in (select content from ledger_entry where appointment_id = $1 and confirmation = 'CONFIRMED')`,
      [appt.id, lastYear],
    );
    for (const o of others) expect(draft.text).not.toContain(o.content);
    const services = confirmed.filter((e) => e.kind === 'TECH_SERVICE').length;
    expect(draft.text).toContain(`技术服务次数：${services} / 10（第七条第1项）`);
    const kinds = [...new Set(confirmed.map((e) => e.kind))];
    const heading: Record<string, string> = {
      TECH_SERVICE: '技术服务',
      RD_MEETING: '研发工作会议',
      COOPERATION: '产学研对接',
      TALENT: '人才引进与培养',
      POLICY_BRIEFING: '政策宣讲',
      TRAINING: '技术培训',
    };
    for (const k of kinds) {
      const n = confirmed.filter((e) => e.kind === k).length;
      expect(draft.text).toMatch(new RegExp(`）${heading[k]}：${n} 次，驻企 \\d+ 天，培养 \\d+ 人`));
    }
    const { rows: ach } = await api.db.sql.query(
      'select title from achievement where appointment_id = $1 and extract(year from achieved_on) = $2',
      [appt.id, lastYear],
    );
    for (const a of ach) expect(draft.text).toContain(a.title);
  });

  it('refuses a year outside the service, naming the field and Art. 17', async () => {
    const start = Number(appt.service_start.slice(0, 4));
    const err = await fails(api, expert, 'BAD_USER_INPUT', DRAFT, { a: appt.id, y: start - 1 });
    expect(err.field).toBe('year');
    expect(err.message).toMatch(/^述职年度（第十七条/);
    await fails(api, await api.login('enterprise'), 'FORBIDDEN', DRAFT, { a: appt.id, y: lastYear });
  });

  it('submits the edited draft for last year as written', async () => {
    await api.db.sql.query('delete from annual_report where appointment_id = $1 and year = $2', [appt.id, lastYear]);
    const draft = (await ok<{ annualReportDraft: Draft }>(api, expert, DRAFT, { a: appt.id, y: lastYear })).annualReportDraft;
    const edited = draft.text.replace('五、存在的问题与下一年度工作打算\n', '五、存在的问题与下一年度工作打算\n加快热处理产线改造。');
    const res = await ok<{ submitAnnualReport: { year: number; summary: string } }>(api, expert, SUBMIT, {
      input: { appointmentId: appt.id, year: lastYear, summary: edited },
    });
    expect(res.submitAnnualReport.year).toBe(lastYear);
    const { rows } = await api.db.sql.query('select summary from annual_report where appointment_id = $1 and year = $2', [
      appt.id,
      lastYear,
    ]);
    expect(rows[0].summary).toBe(edited.trim());
    expect(rows[0].summary).toContain('加快热处理产线改造。');
  });
});
