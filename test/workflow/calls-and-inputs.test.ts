/**
 * Calls only within the measures' term, one per year (Art. 12.1, 23); applications only while
 * a call is open; inputs refused field by field in Chinese and English; a returned case goes
 * back to the enterprise and comes back through the county.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TestServer } from '../support/server';
import {
  accountFor,
  APPLICATION_FIELDS,
  CREATE_APPLICATION,
  demoBindings,
  draft,
  eligibleExpert,
  fails,
  ok,
  openCall,
  PUBLISH_CALL,
  REVIEW,
  SUBMIT,
  today,
  uploadAll,
} from './support';

const call = (overrides: Record<string, unknown>) => ({
  input: {
    year: 2028,
    title: '聊城市2028年度“科技副总”选派需求征集通知',
    opensOn: '2028-03-01',
    closesOn: '2028-05-31',
    conditions: '见管理办法',
    ...overrides,
  },
});

describe('calls, inputs and returns', () => {
  let api: TestServer;
  let bureau: string;
  let enterprise: string;
  let ids: Awaited<ReturnType<typeof demoBindings>>;
  let callId: number;

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    bureau = await api.login('bureau');
    enterprise = await api.login('enterprise');
    ids = await demoBindings(api.db.sql);
  });
  afterAll(async () => api?.close());

  it('publishes no call outside 2025-07-01..2030-06-30 (Art. 23), and one call per year', async () => {
    const early = await fails(
      api,
      bureau,
      'RULE_VIOLATION',
      PUBLISH_CALL,
      call({ year: 2025, opensOn: '2025-06-30', closesOn: '2025-09-30' }),
    );
    expect(early).toMatchObject({ rule: 'POLICY_WINDOW', article: '第二十三条', field: 'opensOn' });
    const late = await fails(
      api,
      bureau,
      'RULE_VIOLATION',
      PUBLISH_CALL,
      call({ year: 2030, opensOn: '2030-03-01', closesOn: '2030-07-01' }),
    );
    expect(late).toMatchObject({ rule: 'POLICY_WINDOW', field: 'closesOn' });
    const after = await fails(
      api,
      bureau,
      'BAD_USER_INPUT',
      PUBLISH_CALL,
      call({ year: 2031, opensOn: '2031-03-01', closesOn: '2031-05-31' }),
    );
    expect(after.message).toMatch(/年度不晚于2030 \/ year is 2030 or earlier/);
    const again = await fails(api, bureau, 'CONFLICT', PUBLISH_CALL, call({ year: 2026, opensOn: '2026-03-01', closesOn: '2026-05-31' }));
    expect(again.field).toBe('year');
    await fails(api, await api.login('county-371502'), 'FORBIDDEN', PUBLISH_CALL, call({}));
    const { rows } = await api.db.sql.query('select count(*)::int as n from "call" where year in (2028, 2030, 2031)');
    expect(rows[0].n).toBe(0);
    callId = await openCall(api, bureau, Number(today().slice(0, 4)) + 1);
  });

  it('refuses application fields one by one, in Chinese and English', async () => {
    const expertId = await eligibleExpert(api.db.sql, ids.enterpriseId);
    const short = await api.gqlAs(enterprise, CREATE_APPLICATION, { input: draft(callId, expertId, { techNeeds: '太短' }) });
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(short.errors?.[0].extensions?.fields).toEqual([
      { field: 'techNeeds', problems: ['技术需求须为10至4000个字符 / techNeeds must be 10 to 4000 characters'] },
    ]);
    const negative = await api.gqlAs(enterprise, CREATE_APPLICATION, { input: draft(callId, expertId, { monthlyAllowanceFen: -1 }) });
    expect(negative.errors?.[0].extensions?.fields).toEqual([
      { field: 'monthlyAllowanceFen', problems: ['每月生活补助不得为负 / monthlyAllowanceFen cannot be negative'] },
    ]);
    const order = await fails(api, enterprise, 'BAD_USER_INPUT', CREATE_APPLICATION, {
      input: draft(callId, expertId, { proposedServiceStart: '2027-03-01', proposedServiceEnd: '2027-02-28' }),
    });
    expect(order.field).toBe('proposedServiceEnd');
    expect(order.message).toMatch(/须晚于开始日期 \/ proposedServiceEnd must be after/);
    const nobody = await fails(api, enterprise, 'BAD_USER_INPUT', CREATE_APPLICATION, { input: draft(callId, 99_999_999) });
    expect(nobody.field).toBe('proposedExpertId');
    const { rows } = await api.db.sql.query('select id from "call" where status = \'CLOSED\' order by year limit 1');
    const closed = await fails(api, enterprise, 'RULE_VIOLATION', CREATE_APPLICATION, { input: draft(rows[0].id, expertId) });
    expect(closed).toMatchObject({ rule: 'CALL_WINDOW', article: '第十二条第1项', field: 'callId' });
    await fails(api, bureau, 'FORBIDDEN', CREATE_APPLICATION, { input: draft(callId, expertId) });
    const { rows: none } = await api.db.sql.query('select count(*)::int as n from application where call_id = $1', [callId]);
    expect(none[0].n).toBe(0);
  });

  it('blocks a service period under two years at submission (E6, Art. 5.2); the enterprise corrects it; the county returns it once', async () => {
    const expertId = await eligibleExpert(api.db.sql, ids.enterpriseId);
    const created = await ok<{ createApplication: { id: number; version: number } }>(api, enterprise, CREATE_APPLICATION, {
      input: draft(callId, expertId, { proposedServiceStart: '2027-03-01', proposedServiceEnd: '2029-02-27' }),
    });
    let app = created.createApplication;
    await fails(api, enterprise, 'CONFLICT', CREATE_APPLICATION, { input: draft(callId, expertId) });
    await uploadAll(api, enterprise, app.id);
    const e6 = await fails(api, enterprise, 'RULE_VIOLATION', SUBMIT, { a: app.id, v: app.version });
    expect(e6).toMatchObject({ rule: 'E6', article: '第五条第2项' });
    expect(e6.message).toMatch(/不足两年.* \/ Rule E6 \(Art\. 5\.2\) fails/);
    const update = `mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { ${APPLICATION_FIELDS} proposedServiceEnd } }`;
    const { callId: _c, ...fields } = draft(callId, expertId);
    app = (
      await ok<{ updateApplication: { id: number; version: number } }>(api, enterprise, update, {
        input: { ...fields, applicationId: app.id, version: app.version },
      })
    ).updateApplication;
    app = (await ok<{ submitApplication: { id: number; version: number } }>(api, enterprise, SUBMIT, { a: app.id, v: app.version }))
      .submitApplication;

    const county = await api.login(`county-${ids.divisionCode}`);
    const returned = await ok<{ reviewApplication: { stage: string; version: number; rejectionReason: string } }>(api, county, REVIEW, {
      input: { applicationId: app.id, version: app.version, decision: 'RETURN', reason: '请补充技术需求的量化指标' },
    });
    expect(returned.reviewApplication).toMatchObject({ stage: 'DRAFT', rejectionReason: '请补充技术需求的量化指标' });
    // Corrected and submitted again; it goes through the county once more.
    app = (
      await ok<{ updateApplication: { id: number; version: number } }>(api, enterprise, update, {
        input: {
          ...fields,
          techNeeds: `${fields.techNeeds}，目标圆度误差小于0.5微米`,
          applicationId: app.id,
          version: returned.reviewApplication.version,
        },
      })
    ).updateApplication;
    const again = await ok<{ submitApplication: { stage: string; rejectionReason: string | null } }>(api, enterprise, SUBMIT, {
      a: app.id,
      v: app.version,
    });
    expect(again.submitApplication).toMatchObject({ stage: 'SUBMITTED', rejectionReason: null });
    const { rows } = await api.db.sql.query(
      'select from_stage, to_stage, decision from review_decision where application_id = $1 order by decided_at, id',
      [app.id],
    );
    expect(rows.map((r) => `${r.from_stage}>${r.to_stage}:${r.decision}`)).toEqual([
      'DRAFT>SUBMITTED:SUBMIT',
      'SUBMITTED>DRAFT:RETURN',
      'DRAFT>SUBMITTED:SUBMIT',
    ]);
    const { rows: checks } = await api.db.sql.query(
      "select count(*) filter (where rule = 'E6' and not passed)::int as failed_e6, count(*) filter (where passed)::int as passed from rule_check where application_id = $1 and step = 'SUBMISSION'",
      [app.id],
    );
    // The refused first submission is on record (E6 failed), then two complete passing rounds.
    expect(checks[0]).toEqual({ failed_e6: 1, passed: 10 + 11 + 11 });
  });

  it('E4 (Art. 5.5) sees an appointment in another enterprise that the applicant itself cannot read', async () => {
    const { rows } = await api.db.sql.query(
      `select a.expert_id, e.id as enterprise_id from appointment a, enterprise e
        where a.status = 'ACTIVE' and e.id <> a.enterprise_id and e.division_id <> a.division_id
          and e.independent_legal_person and e.finances_sound and e.registered_on < current_date - interval '2 years'
          and (e.violation_on is null or e.violation_on < current_date - interval '4 years') and e.rd_spending_fen * 100 >= e.revenue_fen * 5
          and not exists (select 1 from application p where p.enterprise_id = e.id and p.call_id = $1)
          and not exists (select 1 from enterprise_tie t join expert x on x.id = a.expert_id where t.enterprise_id = e.id and (t.expert_id = x.id or t.institution_id = x.institution_id))
        order by a.id, e.id limit 1`,
      [callId],
    );
    const token = await accountFor(api, 'ENTERPRISE', { enterpriseId: rows[0].enterprise_id });
    const app = (
      await ok<{ createApplication: { id: number; version: number } }>(api, token, CREATE_APPLICATION, {
        input: draft(callId, rows[0].expert_id),
      })
    ).createApplication;
    const hidden = await api.gqlAs<{ appointments: { totalCount: number } }>(
      token,
      `{ appointments(filter: { expert: { id: { eq: ${rows[0].expert_id} } } }) { totalCount } }`,
    );
    expect(hidden.data?.appointments?.totalCount ?? 0).toBe(0);
    await uploadAll(api, token, app.id);
    const err = await fails(api, token, 'RULE_VIOLATION', SUBMIT, { a: app.id, v: app.version });
    expect(err).toMatchObject({ rule: 'E4', article: '第五条第5项' });
  });
});
