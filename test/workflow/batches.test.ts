/**
 * The bureau's batch steps (Art. 12.4-12.5): party-group review of several cases at one meeting,
 * filing several cases as one packet, one notice for several cases, and the notice period
 * computed before publishing. All or nothing, and a refusal names every refused case.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../server/dist/domain/working-days';
import { startTestServer, TestServer } from '../support/server';
import { buildCase, BuiltCase, eligibleEnterprises } from './cases';
import { fails, ok, openCall, snapshot, today } from './support';

const PARTY = `mutation($input: PartyReviewBatchInput!) { partyReviewBatch(input: $input) { id version stage } }`;
const FILE = `mutation($input: FilingBatchInput!) { fileRecognitionBatch(input: $input) { id filingNo status summary } }`;
const NOTICE = `mutation($input: PublishNoticeInput!) { publishNoticeBatch(input: $input) { id startsOn endsOn } }`;
const PERIOD = `query($s: LocalDate) { noticePeriod(startsOn: $s) { startsOn endsOn workingDays calendarDays exceptions { day isWorkday note } } }`;

describe('batch steps of the S&T bureau (Art. 12.4-12.5)', () => {
  let api: TestServer;
  let bureau: string;
  let callId: number;
  let cases: BuiltCase[];
  const year = Number(today().slice(0, 4)) + 1;

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    bureau = await api.login('bureau');
    callId = await openCall(api, bureau, year);
    const targets = await eligibleEnterprises(api.db.sql, 3);
    cases = [];
    for (const t of targets)
      cases.push(
        await buildCase(
          api,
          bureau,
          callId,
          t,
          'MATCHED',
          cases.map((c) => c.expertId),
        ),
      );
  });
  afterAll(async () => api?.close());

  const refs = (list: BuiltCase[]) => list.map((c) => ({ applicationId: c.id, version: c.version }));
  async function refresh(list: BuiltCase[]): Promise<void> {
    for (const c of list) {
      const { rows } = await api.db.sql.query('select version from application where id = $1', [c.id]);
      c.version = rows[0].version;
    }
  }

  it('refuses the whole party-group batch when one case is stale, naming it, and moves none', async () => {
    const before = await Promise.all(cases.map((c) => snapshot(api.db.sql, c.id)));
    const stale = [...refs(cases.slice(0, 2)), { applicationId: cases[2].id, version: cases[2].version + 7 }];
    const err = await fails(api, bureau, 'CONFLICT', PARTY, {
      input: { applications: stale, meetingOn: today(), minuteNo: '局党组会议纪要〔测试〕1号' },
    });
    const failures = err.failures as Array<{ applicationId: number; enterpriseName: string; code: string }>;
    expect(failures.map((f) => f.applicationId)).toEqual([cases[2].id]);
    expect(failures[0].enterpriseName).toBe(cases[2].enterpriseName);
    expect(err.message).toContain(`申报${cases[2].id}（${cases[2].enterpriseName}）`);
    expect(err.message).toContain('3项中有1项不能党组审议通过，全部未办理');
    expect(await Promise.all(cases.map((c) => snapshot(api.db.sql, c.id)))).toEqual(before);
    const { rows } = await api.db.sql.query("select result, object_ids from audit_log where operation = 'batch.partyReview'");
    expect(rows).toHaveLength(1);
    expect(rows[0].result).toBe('DENIED');
  });

  it('checks the meeting: a date not after today and a minute number', async () => {
    const later = await fails(api, bureau, 'BAD_USER_INPUT', PARTY, {
      input: { applications: refs(cases), meetingOn: `${year + 1}-01-05`, minuteNo: '纪要1号' },
    });
    expect(later.field).toBe('meetingOn');
    const blank = await fails(api, bureau, 'BAD_USER_INPUT', PARTY, {
      input: { applications: refs(cases), meetingOn: today(), minuteNo: '  ' },
    });
    expect(blank.field).toBe('minuteNo');
  });

  it('approves the batch at one meeting and records its date and minute number on each decision', async () => {
    const out = await ok<{ partyReviewBatch: Array<{ id: number; stage: string }> }>(api, bureau, PARTY, {
      input: { applications: refs(cases), meetingOn: today(), minuteNo: '局党组会议纪要〔测试〕2号' },
    });
    expect(out.partyReviewBatch.map((a) => [a.id, a.stage])).toEqual(cases.map((c) => [c.id, 'PARTY_APPROVED']));
    const { rows } = await api.db.sql.query(
      `select application_id, meeting_on::text, minute_no, reason, actor_role from review_decision
        where step = 'PARTY_REVIEW' and application_id = any($1::int[]) order by application_id`,
      [cases.map((c) => c.id)],
    );
    expect(rows).toHaveLength(3);
    for (const r of rows) {
      expect(r).toMatchObject({ meeting_on: today(), minute_no: '局党组会议纪要〔测试〕2号', actor_role: 'ST_BUREAU' });
      expect(r.reason).toBe(`经局党组会议研究审议通过（${today()}，局党组会议纪要〔测试〕2号）`);
    }
  });

  it('files the cases as one packet, each numbered, the summary citing the meeting', async () => {
    await refresh(cases);
    const out = await ok<{ fileRecognitionBatch: Array<{ id: number; filingNo: string; status: string; summary: string }> }>(
      api,
      bureau,
      FILE,
      { input: { applications: refs(cases) } },
    );
    expect(out.fileRecognitionBatch.map((f) => f.filingNo)).toEqual([1, 2, 3].map((n) => `聊科副总备〔${year}〕${n}号`));
    expect(out.fileRecognitionBatch.every((f) => f.status === 'PENDING')).toBe(true);
    expect(out.fileRecognitionBatch[0].summary).toContain(`于${today()}（局党组会议纪要〔测试〕2号）研究审议`);
    const { rows } = await api.db.sql.query('select stage from application where id = any($1::int[])', [cases.map((c) => c.id)]);
    expect(rows.every((r) => r.stage === 'FILED')).toBe(true);
  });

  it('shows the notice period on the working-day calendar before publishing', async () => {
    const { rows: cal } = await api.db.sql.query('select day::text, is_workday, note from work_calendar_day');
    const calendar = new WorkCalendar(cal.map((r) => ({ day: r.day, isWorkday: r.is_workday })));
    // National Day 2026: 10-01..10-07 off, 10-10 a make-up Saturday (loaded reference calendar).
    const start = '2026-09-30';
    const p = (await ok<{ noticePeriod: Record<string, unknown> }>(api, bureau, PERIOD, { s: start })).noticePeriod;
    expect(p.endsOn).toBe(calendar.endOfWorkdays(start, 5));
    expect(calendar.countWorkdays(start, p.endsOn as string)).toBe(5);
    expect(p).toMatchObject({ startsOn: start, workingDays: 5 });
    expect((p.exceptions as Array<{ day: string }>).length).toBeGreaterThan(0);
    expect(p.calendarDays).toBeGreaterThan(7);
    const todays = (await ok<{ noticePeriod: { startsOn: string; endsOn: string } }>(api, bureau, PERIOD, {})).noticePeriod;
    expect(todays).toMatchObject({ startsOn: today(), endsOn: calendar.endOfWorkdays(today(), 5) });
  });

  it('publishes one notice for the batch, or names every case that is not filed', async () => {
    await refresh(cases);
    const notFiled = await buildCase(
      api,
      bureau,
      callId,
      (
        await eligibleEnterprises(
          api.db.sql,
          1,
          cases.map((c) => c.enterpriseId),
        )
      )[0],
      'MATCHED',
      [...cases.map((c) => c.expertId)],
    );
    const input = (list: Array<{ applicationId: number; version: number }>) => ({
      applications: list,
      title: `${year}年度科技副总拟认定名单公示`,
      channel: '市科技局官方网站',
    });
    const err = await fails(api, bureau, 'CONFLICT', NOTICE, {
      input: input([...refs(cases), { applicationId: notFiled.id, version: notFiled.version }]),
    });
    expect((err.failures as Array<{ applicationId: number }>).map((f) => f.applicationId)).toEqual([notFiled.id]);
    expect(err.message).toContain(`申报${notFiled.id}（${notFiled.enterpriseName}）：处于 MATCHED 环节`);
    const { rows: none } = await api.db.sql.query('select count(*)::int as n from public_notice where title = $1', [input([]).title]);
    expect(none[0].n).toBe(0);

    const out = await ok<{ publishNoticeBatch: { id: number; startsOn: string; endsOn: string } }>(api, bureau, NOTICE, {
      input: input(refs(cases)),
    });
    const period = (await ok<{ noticePeriod: { endsOn: string } }>(api, bureau, PERIOD, {})).noticePeriod;
    expect(out.publishNoticeBatch).toMatchObject({ startsOn: today(), endsOn: period.endsOn });
    const { rows } = await api.db.sql.query('select stage, notice_id from application where id = any($1::int[])', [cases.map((c) => c.id)]);
    expect(rows.every((r) => r.stage === 'IN_NOTICE' && r.notice_id === out.publishNoticeBatch.id)).toBe(true);
  });

  it('is for the S&T bureau only', async () => {
    const orgdept = await api.login('orgdept');
    await fails(api, orgdept, 'FORBIDDEN', FILE, { input: { applications: refs(cases) } });
    await fails(api, orgdept, 'FORBIDDEN', PERIOD, {});
  });
});
