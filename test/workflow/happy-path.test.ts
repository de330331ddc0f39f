/**
 * The whole programme through the GraphQL API as the real demo roles: a new yearly call, the
 * enterprise's application with its Art. 13 materials, county and city review, two-way
 * selection, party-group review, filing and its acknowledgement, the 5-working-day notice,
 * and recognition with document and certificate numbers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../server/dist/domain/working-days';
import { startTestServer, TestServer } from '../support/server';
import {
  APPLICATION_FIELDS,
  CREATE_APPLICATION,
  demoBindings,
  draft,
  eligibleExpert,
  fails,
  ok,
  openCall,
  REVIEW,
  SUBMIT,
  today,
  uploadAll,
} from './support';

interface App {
  id: number;
  version: number;
  stage: string;
  onHold: boolean;
  priorityRecommended: boolean;
}

describe('the pipeline from call to certificate (Art. 12, 13)', () => {
  let api: TestServer;
  let bureau: string;
  let enterprise: string;
  let county: string;
  let orgdept: string;
  let ids: Awaited<ReturnType<typeof demoBindings>>;
  const year = Number(today().slice(0, 4)) + 1;

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    bureau = await api.login('bureau');
    enterprise = await api.login('enterprise');
    orgdept = await api.login('orgdept');
    ids = await demoBindings(api.db.sql);
    county = await api.login(`county-${ids.divisionCode}`);
  });
  afterAll(async () => api?.close());

  it('runs every step by the role that owns it and ends with a numbered appointment', async () => {
    // 1. The bureau publishes the call for a year without one (Art. 12.1).
    const { rows: before } = await api.db.sql.query('select count(*)::int as n from "call" where year = $1', [year]);
    expect(before[0].n).toBe(0);
    const callId = await openCall(api, bureau, year);
    const { rows: callRows } = await api.db.sql.query('select status, opens_on::text, closes_on::text from "call" where id = $1', [callId]);
    expect(callRows[0]).toEqual({ status: 'PUBLISHED', opens_on: today(), closes_on: `${year}-06-30` });

    // 2. The enterprise applies for itself with a proposed expert (Art. 12.1, 13).
    const expertId = await eligibleExpert(api.db.sql, ids.enterpriseId);
    const created = await ok<{ createApplication: App & { missingMaterials: string[] } }>(api, enterprise, CREATE_APPLICATION, {
      input: draft(callId, expertId),
    });
    let app: App = created.createApplication;
    expect(app.stage).toBe('DRAFT');
    expect(created.createApplication.missingMaterials).toHaveLength(11);
    const { rows: own } = await api.db.sql.query('select enterprise_id, division_id, proposed_expert_id from application where id = $1', [
      app.id,
    ]);
    expect(own[0]).toEqual({ enterprise_id: ids.enterpriseId, division_id: ids.divisionId, proposed_expert_id: expertId });

    // Submission waits for the complete Art. 13 checklist.
    const incomplete = await fails(api, enterprise, 'RULE_VIOLATION', SUBMIT, { a: app.id, v: app.version });
    expect(incomplete).toMatchObject({ rule: 'MATERIALS', article: '第十三条' });
    await uploadAll(api, enterprise, app.id);
    const checklist = await ok<{ application: { missingMaterials: string[]; materialsComplete: boolean } }>(
      api,
      enterprise,
      `{ application(id: ${app.id}) { missingMaterials materialsComplete } }`,
    );
    expect(checklist.application).toEqual({ missingMaterials: [], materialsComplete: true });

    app = (await ok<{ submitApplication: App }>(api, enterprise, SUBMIT, { a: app.id, v: app.version })).submitApplication;
    expect(app.stage).toBe('SUBMITTED');
    const { rows: checks } = await api.db.sql.query(
      "select rule, article, passed from rule_check where application_id = $1 and step = 'SUBMISSION' order by rule",
      [app.id],
    );
    expect(checks.map((c) => c.rule)).toEqual(['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'N1', 'N2', 'N3', 'N4', 'N5']);
    expect(checks.every((c) => c.passed)).toBe(true);

    // 3. County preliminary review by the enterprise's own county (Art. 12.2), priority recommendation computed.
    app = (
      await ok<{ reviewApplication: App }>(api, county, REVIEW, {
        input: { applicationId: app.id, version: app.version, decision: 'PASS' },
      })
    ).reviewApplication;
    expect(app.stage).toBe('COUNTY_APPROVED');
    const { rows: ent } = await api.db.sql.query(
      'select high_tech or gazelle or municipal_project as priority from enterprise where id = $1',
      [ids.enterpriseId],
    );
    expect(app.priorityRecommended).toBe(ent[0].priority);

    // 4. City re-review (Art. 12.3).
    app = (
      await ok<{ reviewApplication: App }>(api, bureau, REVIEW, {
        input: { applicationId: app.id, version: app.version, decision: 'PASS' },
      })
    ).reviewApplication;
    expect(app.stage).toBe('CITY_APPROVED');

    // 5. Two-way selection: candidates with the three opinions, then the choice (Art. 12.4).
    const other = await eligibleExpert(api.db.sql, ids.enterpriseId, [expertId]);
    const candidate = `mutation($input: RecordCandidateInput!) { recordCandidate(input: $input) { id selected enterpriseOpinion } }`;
    const pending = await ok<{ recordCandidate: { id: number } }>(api, bureau, candidate, {
      input: { applicationId: app.id, expertId: other, score: 70, rationale: '研究方向较为相关', enterpriseOpinion: 'AGREE' },
    });
    const agreed = await ok<{ recordCandidate: { id: number } }>(api, bureau, candidate, {
      input: {
        applicationId: app.id,
        expertId,
        score: 92,
        rationale: '研究方向与企业需求高度契合',
        enterpriseOpinion: 'AGREE',
        institutionOpinion: 'AGREE',
        expertOpinion: 'AGREE',
      },
    });
    const select = `mutation($input: SelectCandidateInput!) { selectCandidate(input: $input) { ${APPLICATION_FIELDS} } }`;
    const notAgreed = await fails(api, bureau, 'RULE_VIOLATION', select, {
      input: { applicationId: app.id, version: app.version, candidateId: pending.recordCandidate.id },
    });
    expect(notAgreed).toMatchObject({ rule: 'OPINIONS', article: '第十二条第4项' });
    app = (
      await ok<{ selectCandidate: App }>(api, bureau, select, {
        input: { applicationId: app.id, version: app.version, candidateId: agreed.recordCandidate.id },
      })
    ).selectCandidate;
    expect(app.stage).toBe('MATCHED');
    const { rows: sel } = await api.db.sql.query('select expert_id, selected from candidate_match where application_id = $1 order by id', [
      app.id,
    ]);
    expect(sel).toEqual([
      { expert_id: other, selected: false },
      { expert_id: expertId, selected: true },
    ]);

    // 6. Party-group review, then filing with the Organisation Department (Art. 12.4).
    app = (
      await ok<{ reviewApplication: App }>(api, bureau, REVIEW, {
        input: { applicationId: app.id, version: app.version, decision: 'PASS' },
      })
    ).reviewApplication;
    expect(app.stage).toBe('PARTY_APPROVED');
    const filed = await ok<{ fileRecognition: { id: number; version: number; filingNo: string; kind: string; status: string } }>(
      api,
      bureau,
      `mutation($a: Int!, $v: Int!) { fileRecognition(input: { applicationId: $a, version: $v }) { id version filingNo kind status } }`,
      { a: app.id, v: app.version },
    );
    expect(filed.fileRecognition).toMatchObject({ filingNo: `聊科副总备〔${year}〕1号`, kind: 'RECOGNITION', status: 'PENDING' });
    const ack = await ok<{ acknowledgeFiling: { status: string } }>(
      api,
      orgdept,
      'mutation($id: Int!, $v: Int!) { acknowledgeFiling(input: { id: $id, version: $v }) { status } }',
      { id: filed.fileRecognition.id, v: filed.fileRecognition.version },
    );
    expect(ack.acknowledgeFiling.status).toBe('ACKNOWLEDGED');
    app = (await ok<{ application: App }>(api, bureau, `{ application(id: ${app.id}) { ${APPLICATION_FIELDS} } }`)).application;
    expect(app.stage).toBe('FILED');

    // 7. The public notice: 5 Chinese working days by the work calendar (Art. 12.5).
    const notice = await ok<{ publishNotice: { id: number; startsOn: string; endsOn: string } }>(
      api,
      bureau,
      `mutation($input: PublishNoticeInput!) { publishNotice(input: $input) { id startsOn endsOn } }`,
      {
        input: {
          applications: [{ applicationId: app.id, version: app.version }],
          title: `${year}年度科技副总拟认定名单公示`,
          channel: '市科技局官方网站',
        },
      },
    );
    const { rows: cal } = await api.db.sql.query('select day::text, is_workday from work_calendar_day');
    const calendar = new WorkCalendar(cal.map((r) => ({ day: r.day, isWorkday: r.is_workday })));
    expect(notice.publishNotice).toMatchObject({ startsOn: today(), endsOn: calendar.endOfWorkdays(today(), 5) });
    expect(calendar.countWorkdays(notice.publishNotice.startsOn, notice.publishNotice.endsOn)).toBe(5);
    app = (await ok<{ application: App }>(api, bureau, `{ application(id: ${app.id}) { ${APPLICATION_FIELDS} } }`)).application;
    expect(app.stage).toBe('IN_NOTICE');

    // Recognition waits for the notice to end.
    const recognise = `mutation($a: Int!, $v: Int!, $c: ConfidentialityAgreementInput!) {
      recogniseApplication(input: { applicationId: $a, version: $v, confidentiality: $c }) {
      id status recognitionDocNo certificateNo cohortYear serviceStart serviceEnd recognisedOn version expertId enterpriseId
      agreements { kind signedOn enterpriseSignatory documentRef } } }`;
    // Art. 8: the confidentiality agreement of expert and enterprise is recorded with the appointment.
    const confidentiality = { signedOn: today(), enterpriseSignatory: '王经理（总经理）', documentRef: `聊科副总保密〔${year}〕测试1号` };
    const early = await fails(api, bureau, 'RULE_VIOLATION', recognise, { a: app.id, v: app.version, c: confidentiality });
    expect(early).toMatchObject({ rule: 'NOTICE_PERIOD', article: '第十二条第5项' });

    // The five working days pass: the notice is moved to a period that has ended, as the calendar gives it.
    let start = today();
    for (let d = 0; d < 40 && calendar.endOfWorkdays(start, 5) >= today(); d++) {
      start = new Date(Date.parse(`${start}T00:00:00Z`) - 86400000).toISOString().slice(0, 10);
    }
    await api.db.sql.query('update public_notice set starts_on = $2, ends_on = $3 where id = $1', [
      notice.publishNotice.id,
      start,
      calendar.endOfWorkdays(start, 5),
    ]);

    // 8. Recognition: the appointment, with document and certificate numbers of the call year.
    const appointment = (
      await ok<{ recogniseApplication: Record<string, unknown> }>(api, bureau, recognise, { a: app.id, v: app.version, c: confidentiality })
    ).recogniseApplication;
    expect(appointment).toMatchObject({
      status: 'ACTIVE',
      recognitionDocNo: `聊科副总〔${year}〕1号`,
      certificateNo: `聊科副总证〔${year}〕第0001号`,
      cohortYear: year,
      recognisedOn: today(),
      expertId,
      enterpriseId: ids.enterpriseId,
    });
    expect(appointment.agreements).toContainEqual({ kind: 'CONFIDENTIALITY', ...confidentiality });
    const { rows: final } = await api.db.sql.query('select stage from application where id = $1', [app.id]);
    expect(final[0].stage).toBe('RECOGNISED');

    // Every transition is on record: who, when, which decision, in order.
    const history = await ok<{
      application: { reviewHistory: Array<{ step: string; decision: string; fromStage: string; toStage: string; actorRole: string }> };
    }>(api, bureau, `{ application(id: ${app.id}) { reviewHistory { step decision fromStage toStage actorRole } } }`);
    expect(history.application.reviewHistory.map((h) => `${h.fromStage}>${h.toStage} ${h.step}/${h.decision} ${h.actorRole}`)).toEqual([
      'DRAFT>SUBMITTED SUBMISSION/SUBMIT ENTERPRISE',
      'SUBMITTED>COUNTY_APPROVED COUNTY_REVIEW/PASS COUNTY_BUREAU',
      'COUNTY_APPROVED>CITY_APPROVED CITY_REVIEW/PASS ST_BUREAU',
      'CITY_APPROVED>MATCHED MATCHING/PASS ST_BUREAU',
      'MATCHED>PARTY_APPROVED PARTY_REVIEW/PASS ST_BUREAU',
      'PARTY_APPROVED>FILED FILING/PASS ST_BUREAU',
      'FILED>IN_NOTICE NOTICE/PASS ST_BUREAU',
      'IN_NOTICE>RECOGNISED RECOGNITION/PASS ST_BUREAU',
    ]);
    const { rows: audit } = await api.db.sql.query(
      "select operation from audit_log where result = 'OK' and object_type = 'Application' and object_ids like $1 || '%' order by id",
      [String(app.id)],
    );
    expect(audit.map((r) => r.operation)).toEqual([
      'createApplication',
      'application.submit',
      'application.pass',
      'application.pass',
      'application.select',
      'application.pass',
      'application.file',
      'application.recognise',
    ]);
  });
});
