/**
 * Every allowed transition of the pipeline through the GraphQL API, each by the role that owns
 * it on a case in that role's scope, recorded as a ReviewDecision and audited; and a sample of
 * forbidden ones (wrong role, wrong order, wrong county, wrong enterprise, on hold, stale
 * version, failing rule), each leaving the case exactly as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/dist/modules/identity/role';
import { PipelineService } from '../../server/dist/modules/workflow/pipeline.service';
import { createOrm } from '@techvp/server';
import { startTestServer, TestServer } from '../support/server';
import {
  accountFor,
  APPLICATION_FIELDS,
  CREATE_APPLICATION,
  draft,
  eligibleExpert,
  fails,
  lastDecision,
  ok,
  openCall,
  REVIEW,
  snapshot,
  SUBMIT,
  today,
  uploadAll,
} from './support';

interface Seeded {
  id: number;
  version: number;
  enterprise_id: number;
  division_id: number;
  proposed_expert_id: number | null;
}

const WITHDRAW = `mutation($a: Int!, $v: Int!, $r: String!) { withdrawApplication(input: { applicationId: $a, version: $v, reason: $r }) { ${APPLICATION_FIELDS} } }`;
const FILE = 'mutation($a: Int!, $v: Int!) { fileRecognition(input: { applicationId: $a, version: $v }) { id filingNo } }';
const RECOGNISE =
  'mutation($a: Int!, $v: Int!, $c: ConfidentialityAgreementInput!) { recogniseApplication(input: { applicationId: $a, version: $v, confidentiality: $c }) { id recognitionDocNo certificateNo } }';
/** The Art. 8 confidentiality agreement every recognition records. */
const CONFIDENTIALITY = { signedOn: '2026-01-05', enterpriseSignatory: '李经理（副总经理）', documentRef: '聊科副总保密〔2026〕测试号' };
const NOTICE = 'mutation($input: PublishNoticeInput!) { publishNotice(input: $input) { id startsOn endsOn } }';
const RAISE = 'mutation($input: RaiseObjectionInput!) { raiseObjection(input: $input) { id status } }';
const RESOLVE = 'mutation($input: ResolveObjectionInput!) { resolveObjection(input: $input) { id status resolvedOn } }';
const CANDIDATE = 'mutation($input: RecordCandidateInput!) { recordCandidate(input: $input) { id } }';
const SELECT = `mutation($input: SelectCandidateInput!) { selectCandidate(input: $input) { ${APPLICATION_FIELDS} } }`;

describe('pipeline transitions through the API', () => {
  let api: TestServer;
  let bureau: string;
  const used = new Set<number>();
  const countyTokens = new Map<number, string>();
  const enterpriseTokens = new Map<number, string>();

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    bureau = await api.login('bureau');
  });
  afterAll(async () => api?.close());

  const county = async (divisionId: number) => {
    if (!countyTokens.has(divisionId)) countyTokens.set(divisionId, await accountFor(api, 'COUNTY_BUREAU', { divisionId }));
    return countyTokens.get(divisionId)!;
  };
  const enterpriseOf = async (enterpriseId: number) => {
    if (!enterpriseTokens.has(enterpriseId)) enterpriseTokens.set(enterpriseId, await accountFor(api, 'ENTERPRISE', { enterpriseId }));
    return enterpriseTokens.get(enterpriseId)!;
  };

  /** A seeded case at `stage` not used yet; with `rulesPass`, one whose eleven rules pass today. */
  async function seeded(stage: string, opts: { rulesPass?: boolean; where?: string } = {}): Promise<Seeded> {
    const { rows } = await api.db.sql.query<Seeded>(
      `select id, version, enterprise_id, division_id, proposed_expert_id from application a
        where stage = $1 and not on_hold ${opts.where ? `and ${opts.where}` : ''} order by id`,
      [stage],
    );
    for (const row of rows) {
      if (used.has(row.id)) continue;
      if (opts.rulesPass) {
        const preview = await ok<{ previewApplicationRules: Array<{ passed: boolean }> }>(
          api,
          bureau,
          `{ previewApplicationRules(applicationId: ${row.id}) { passed } }`,
        );
        if (!preview.previewApplicationRules.every((r) => r.passed)) continue;
      }
      used.add(row.id);
      return row;
    }
    throw new Error(`no seeded application at ${stage} fits`);
  }

  async function expectTransition(
    id: number,
    from: { version: number },
    to: { stage: string; step: string; decision: string; role: string; reason?: RegExp },
  ) {
    const now = await snapshot(api.db.sql, id);
    expect(now.stage).toBe(to.stage);
    expect(now.version).toBeGreaterThan(from.version);
    const d = await lastDecision(api.db.sql, id);
    expect(d).toMatchObject({ step: to.step, decision: to.decision, to_stage: to.stage, actor_role: to.role });
    if (to.reason) expect(d.reason).toMatch(to.reason);
    const { rows } = await api.db.sql.query(
      "select count(*)::int as n from audit_log where result = 'OK' and (',' || object_ids || ',') like '%,' || $1 || ',%'",
      [String(id)],
    );
    expect(rows[0].n).toBeGreaterThan(0);
  }

  describe('every allowed transition, by its role', () => {
    it('DRAFT → SUBMITTED: the enterprise submits its own application (SUBMISSION)', async () => {
      const callId = await openCall(api, bureau, Number(today().slice(0, 4)) + 1);
      const { rows } = await api.db.sql.query(
        `select e.id from enterprise e where e.independent_legal_person and e.finances_sound and e.registered_on < current_date - interval '2 years'
           and (e.violation_on is null or e.violation_on < current_date - interval '4 years')
           and e.rd_spending_fen * 100 >= e.revenue_fen * 5
           and not exists (select 1 from application a where a.enterprise_id = e.id and a.call_id = $1) order by e.id limit 1`,
        [callId],
      );
      const token = await enterpriseOf(rows[0].id);
      const expertId = await eligibleExpert(api.db.sql, rows[0].id);
      const app = (
        await ok<{ createApplication: { id: number; version: number } }>(api, token, CREATE_APPLICATION, { input: draft(callId, expertId) })
      ).createApplication;
      await uploadAll(api, token, app.id);
      await ok(api, token, SUBMIT, { a: app.id, v: app.version });
      await expectTransition(app.id, app, { stage: 'SUBMITTED', step: 'SUBMISSION', decision: 'SUBMIT', role: 'ENTERPRISE' });
    });

    for (const [decision, stage, reason] of [
      ['PASS', 'COUNTY_APPROVED', null],
      ['RETURN', 'DRAFT', '技术需求表述不清，请补充具体指标后重新提交'],
      ['REJECT', 'REJECTED', '技术需求与企业主营业务关联度低'],
    ] as const) {
      it(`SUBMITTED → ${stage}: the county bureau of the case's own division decides ${decision} (COUNTY_REVIEW)`, async () => {
        const app = await seeded('SUBMITTED', { rulesPass: decision === 'PASS' });
        await ok(api, await county(app.division_id), REVIEW, { input: { applicationId: app.id, version: app.version, decision, reason } });
        await expectTransition(app.id, app, {
          stage,
          step: 'COUNTY_REVIEW',
          decision,
          role: 'COUNTY_BUREAU',
          reason: reason ? new RegExp(reason) : /同意推荐/,
        });
        const { rows } = await api.db.sql.query('select rejection_reason from application where id = $1', [app.id]);
        if (reason) expect(rows[0].rejection_reason).toBe(reason);
      });
    }

    for (const [decision, stage, reason] of [
      ['PASS', 'CITY_APPROVED', null],
      ['RETURN', 'DRAFT', '请补充企业研发投入证明'],
      ['REJECT', 'REJECTED', '同类需求已有派驻专家覆盖'],
    ] as const) {
      it(`COUNTY_APPROVED → ${stage}: the S&T bureau decides ${decision} (CITY_REVIEW)`, async () => {
        const app = await seeded('COUNTY_APPROVED', { rulesPass: decision === 'PASS' });
        await ok(api, bureau, REVIEW, { input: { applicationId: app.id, version: app.version, decision, reason } });
        await expectTransition(app.id, app, { stage, step: 'CITY_REVIEW', decision, role: 'ST_BUREAU' });
      });
    }

    it('CITY_APPROVED → MATCHED: the bureau selects the candidate all three agreed to (MATCHING)', async () => {
      const app = await seeded('CITY_APPROVED');
      const expertId = await eligibleExpert(api.db.sql, app.enterprise_id);
      const c = await ok<{ recordCandidate: { id: number } }>(api, bureau, CANDIDATE, {
        input: {
          applicationId: app.id,
          expertId,
          score: 88,
          rationale: '研究方向契合',
          enterpriseOpinion: 'AGREE',
          institutionOpinion: 'AGREE',
          expertOpinion: 'AGREE',
        },
      });
      await ok(api, bureau, SELECT, { input: { applicationId: app.id, version: app.version, candidateId: c.recordCandidate.id } });
      await expectTransition(app.id, app, { stage: 'MATCHED', step: 'MATCHING', decision: 'PASS', role: 'ST_BUREAU' });
      const { rows } = await api.db.sql.query('select proposed_expert_id from application where id = $1', [app.id]);
      expect(rows[0].proposed_expert_id).toBe(expertId);
    });

    for (const [decision, stage, reason] of [
      ['RETURN', 'DRAFT', '三方协议服务期限与申报不一致'],
      ['REJECT', 'REJECTED', '未能匹配到合适专家'],
    ] as const) {
      it(`CITY_APPROVED → ${stage}: the bureau decides ${decision} in two-way selection (MATCHING)`, async () => {
        const app = await seeded('CITY_APPROVED');
        await ok(api, bureau, REVIEW, { input: { applicationId: app.id, version: app.version, decision, reason } });
        await expectTransition(app.id, app, { stage, step: 'MATCHING', decision, role: 'ST_BUREAU' });
      });
    }

    for (const [decision, stage, reason] of [
      ['PASS', 'PARTY_APPROVED', null],
      ['RETURN', 'DRAFT', '请补充专家职称证明'],
      ['REJECT', 'REJECTED', '经局党组研究，暂不予认定'],
    ] as const) {
      it(`MATCHED → ${stage}: the bureau's party group decides ${decision} (PARTY_REVIEW)`, async () => {
        const app = await seeded('MATCHED', { rulesPass: decision === 'PASS' });
        await ok(api, bureau, REVIEW, { input: { applicationId: app.id, version: app.version, decision, reason } });
        await expectTransition(app.id, app, {
          stage,
          step: 'PARTY_REVIEW',
          decision,
          role: 'ST_BUREAU',
          reason: reason ? new RegExp(reason) : /党组/,
        });
      });
    }

    it('PARTY_APPROVED → FILED: the bureau files with the Organisation Department (FILING)', async () => {
      const app = await seeded('PARTY_APPROVED');
      const filed = await ok<{ fileRecognition: { id: number; filingNo: string } }>(api, bureau, FILE, { a: app.id, v: app.version });
      await expectTransition(app.id, app, { stage: 'FILED', step: 'FILING', decision: 'PASS', role: 'ST_BUREAU' });
      const { rows } = await api.db.sql.query(
        `select f.kind, f.status, f.application_id, f.division_id, c.year from filing_record f
           join application a on a.id = f.application_id join "call" c on c.id = a.call_id where f.id = $1`,
        [filed.fileRecognition.id],
      );
      expect(rows[0]).toMatchObject({ kind: 'RECOGNITION', status: 'PENDING', application_id: app.id, division_id: app.division_id });
      // Gap-free per call year: the next number after the highest already filed.
      const { rows: max } = await api.db.sql.query(`select count(*)::int as n from filing_record where filing_no like $1`, [
        `聊科副总备〔${rows[0].year}〕%`,
      ]);
      expect(filed.fileRecognition.filingNo).toBe(`聊科副总备〔${rows[0].year}〕${max[0].n}号`);
    });

    it('FILED → IN_NOTICE: the bureau publishes the notice (NOTICE)', async () => {
      const app = await seeded('FILED');
      const n = await ok<{ publishNotice: { id: number } }>(api, bureau, NOTICE, {
        input: { applications: [{ applicationId: app.id, version: app.version }], title: '拟认定名单公示', channel: '市科技局官方网站' },
      });
      await expectTransition(app.id, app, { stage: 'IN_NOTICE', step: 'NOTICE', decision: 'PASS', role: 'ST_BUREAU', reason: /5个工作日/ });
      const { rows } = await api.db.sql.query('select notice_id from application where id = $1', [app.id]);
      expect(rows[0].notice_id).toBe(n.publishNotice.id);
    });

    it('IN_NOTICE → IN_NOTICE on hold: the bureau records an objection (OBJECTION / HOLD)', async () => {
      const app = await seeded('IN_NOTICE');
      const { rows: n } = await api.db.sql.query(
        'select starts_on::text from public_notice where id = (select notice_id from application where id = $1)',
        [app.id],
      );
      await ok(api, bureau, RAISE, {
        input: { applicationId: app.id, version: app.version, receivedOn: n[0].starts_on, content: '反映该专家存在兼职情况' },
      });
      await expectTransition(app.id, app, { stage: 'IN_NOTICE', step: 'OBJECTION', decision: 'HOLD', role: 'ST_BUREAU' });
      expect((await snapshot(api.db.sql, app.id)).on_hold).toBe(true);
    });

    for (const upheld of [false, true]) {
      it(`IN_NOTICE → ${upheld ? 'REJECTED: an upheld objection rejects the case' : 'IN_NOTICE released: a dismissed objection lets it go on'} (OBJECTION)`, async () => {
        const { rows } = await api.db.sql.query(
          `select a.id, a.version, o.id as objection_id from application a join objection o on o.application_id = a.id and o.status = 'OPEN'
            where a.stage = 'IN_NOTICE' and a.on_hold and (select count(*) from objection x where x.application_id = a.id and x.status = 'OPEN') = 1
              and not (a.id = any($1::int[])) order by a.id limit 1`,
          [[...used]],
        );
        const app = rows[0];
        used.add(app.id);
        await ok(api, bureau, RESOLVE, {
          input: { objectionId: app.objection_id, version: app.version, upheld, resolution: '经核查，情况属实/不属实' },
        });
        await expectTransition(app.id, app, {
          stage: upheld ? 'REJECTED' : 'IN_NOTICE',
          step: 'OBJECTION',
          decision: upheld ? 'REJECT' : 'RELEASE',
          role: 'ST_BUREAU',
        });
        const after = await snapshot(api.db.sql, app.id);
        expect(after.on_hold).toBe(false);
        const { rows: o } = await api.db.sql.query('select status, resolved_on::text from objection where id = $1', [app.objection_id]);
        expect(o[0]).toEqual({ status: upheld ? 'UPHELD' : 'DISMISSED', resolved_on: today() });
      });
    }

    it('IN_NOTICE → RECOGNISED: the bureau recognises after the notice, without open objections (RECOGNITION)', async () => {
      const app = await seeded('IN_NOTICE', {
        rulesPass: true,
        where: '(select ends_on from public_notice n where n.id = a.notice_id) < current_date',
      });
      const res = await ok<{ recogniseApplication: { id: number; recognitionDocNo: string; certificateNo: string } }>(
        api,
        bureau,
        RECOGNISE,
        {
          a: app.id,
          v: app.version,
          c: CONFIDENTIALITY,
        },
      );
      await expectTransition(app.id, app, { stage: 'RECOGNISED', step: 'RECOGNITION', decision: 'PASS', role: 'ST_BUREAU' });
      const { rows } = await api.db.sql.query(
        `select c.year, (select count(*)::int from appointment p where p.recognition_doc_no like '聊科副总〔' || c.year || '〕%') as docs
           from application a join "call" c on c.id = a.call_id where a.id = $1`,
        [app.id],
      );
      expect(res.recogniseApplication.recognitionDocNo).toBe(`聊科副总〔${rows[0].year}〕${rows[0].docs}号`);
      expect(res.recogniseApplication.certificateNo).toBe(`聊科副总证〔${rows[0].year}〕第${String(rows[0].docs).padStart(4, '0')}号`);
    });

    for (const stage of ['DRAFT', 'SUBMITTED', 'COUNTY_APPROVED', 'CITY_APPROVED', 'MATCHED', 'PARTY_APPROVED', 'FILED', 'IN_NOTICE']) {
      it(`${stage} → WITHDRAWN: the enterprise withdraws its own application (WITHDRAWAL)`, async () => {
        const app = await seeded(stage);
        await ok(api, await enterpriseOf(app.enterprise_id), WITHDRAW, { a: app.id, v: app.version, r: '企业经营调整，撤回申报' });
        await expectTransition(app.id, app, {
          stage: 'WITHDRAWN',
          step: 'WITHDRAWAL',
          decision: 'WITHDRAW',
          role: 'ENTERPRISE',
          reason: /经营调整/,
        });
      });
    }
  });

  describe('forbidden transitions leave the case untouched', () => {
    async function refused(app: Seeded, token: string, code: string, query: string, variables: Record<string, unknown>) {
      const before = await snapshot(api.db.sql, app.id);
      const err = await fails(api, token, code, query, variables);
      expect(await snapshot(api.db.sql, app.id)).toEqual(before);
      return err;
    }

    it('wrong role: the city bureau cannot take the county review, nor a county the city review', async () => {
      const submitted = await seeded('SUBMITTED');
      const err = await refused(submitted, bureau, 'FORBIDDEN', REVIEW, {
        input: { applicationId: submitted.id, version: submitted.version, decision: 'PASS' },
      });
      expect(err.message).toMatch(/COUNTY_REVIEW/);
      const approved = await seeded('COUNTY_APPROVED');
      await refused(approved, await county(approved.division_id), 'FORBIDDEN', REVIEW, {
        input: { applicationId: approved.id, version: approved.version, decision: 'PASS' },
      });
    });

    it('wrong role: enterprises, finance and counties cannot call the bureau’s or reviewers’ mutations at all', async () => {
      const matched = await seeded('MATCHED');
      await refused(matched, await enterpriseOf(matched.enterprise_id), 'FORBIDDEN', REVIEW, {
        input: { applicationId: matched.id, version: matched.version, decision: 'PASS' },
      });
      const inNotice = await seeded('IN_NOTICE');
      await refused(inNotice, await api.login('finance'), 'FORBIDDEN', RECOGNISE, {
        a: inNotice.id,
        v: inNotice.version,
        c: CONFIDENTIALITY,
      });
      const party = await seeded('PARTY_APPROVED');
      await refused(party, await county(party.division_id), 'FORBIDDEN', FILE, { a: party.id, v: party.version });
      await refused(party, await api.login('expert'), 'FORBIDDEN', SUBMIT, { a: party.id, v: party.version });
    });

    it('wrong order: no skipping ahead, no going back, nothing after a final stage', async () => {
      const matched = await seeded('MATCHED');
      const e1 = await refused(matched, bureau, 'CONFLICT', RECOGNISE, { a: matched.id, v: matched.version, c: CONFIDENTIALITY });
      expect(e1).toMatchObject({ stage: 'MATCHED', action: 'RECOGNISE' });
      await refused(matched, bureau, 'CONFLICT', FILE, { a: matched.id, v: matched.version });
      const party = await seeded('PARTY_APPROVED');
      await refused(party, bureau, 'CONFLICT', NOTICE, {
        input: { applications: [{ applicationId: party.id, version: party.version }], title: '公示', channel: '网站' },
      });
      const submitted = await seeded('SUBMITTED');
      await refused(submitted, await enterpriseOf(submitted.enterprise_id), 'CONFLICT', SUBMIT, { a: submitted.id, v: submitted.version });
      const rejected = await seeded('REJECTED');
      await refused(rejected, bureau, 'CONFLICT', REVIEW, {
        input: { applicationId: rejected.id, version: rejected.version, decision: 'PASS' },
      });
      const recognised = await seeded('RECOGNISED');
      await refused(recognised, await enterpriseOf(recognised.enterprise_id), 'CONFLICT', WITHDRAW, {
        a: recognised.id,
        v: recognised.version,
        r: '撤回',
      });
    });

    it('wrong county: another county’s case is invisible to the API, and the service refuses it outright', async () => {
      const app = await seeded('SUBMITTED');
      const { rows } = await api.db.sql.query('select id from division where id <> $1 order by id limit 1', [app.division_id]);
      const other = await county(rows[0].id);
      await refused(app, other, 'NOT_FOUND', REVIEW, { input: { applicationId: app.id, version: app.version, decision: 'PASS' } });
      expect((await api.gqlAs(other, `{ application(id: ${app.id}) { id } }`)).data).toEqual({ application: null });
      // The service's own check, without the database's row-level security (as the owner role).
      const orm = await createOrm({ url: api.db.url, poolMax: 1 });
      try {
        const viewer = {
          userId: 1,
          username: 'county-test',
          role: Role.COUNTY_BUREAU,
          divisionId: rows[0].id,
          enterpriseId: null,
          expertId: null,
        };
        await expect(
          new PipelineService(orm.em.fork(), viewer).review({ applicationId: app.id, version: app.version, decision: 'PASS' as never }),
        ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      } finally {
        await orm.close(true);
      }
      expect((await snapshot(api.db.sql, app.id)).stage).toBe('SUBMITTED');
    });

    it('wrong enterprise: another enterprise’s case cannot be submitted or withdrawn', async () => {
      const app = await seeded('DRAFT');
      const { rows } = await api.db.sql.query('select id from enterprise where id <> $1 order by id limit 1', [app.enterprise_id]);
      const stranger = await enterpriseOf(rows[0].id);
      await refused(app, stranger, 'NOT_FOUND', SUBMIT, { a: app.id, v: app.version });
      await refused(app, stranger, 'NOT_FOUND', WITHDRAW, { a: app.id, v: app.version, r: '撤回' });
    });

    it('on hold: an open objection stops recognition and withdrawal until it is resolved', async () => {
      const { rows } = await api.db.sql.query<Seeded>(
        `select id, version, enterprise_id, division_id, proposed_expert_id from application
          where stage = 'IN_NOTICE' and on_hold order by id limit 1`,
      );
      const app = rows[0];
      const err = await refused(app, bureau, 'CONFLICT', RECOGNISE, { a: app.id, v: app.version, c: CONFIDENTIALITY });
      expect(err.message).toMatch(/异议/);
      await refused(app, await enterpriseOf(app.enterprise_id), 'CONFLICT', WITHDRAW, { a: app.id, v: app.version, r: '撤回' });
    });

    it('stale version: acting on a version the case has moved past is a conflict', async () => {
      const app = await seeded('COUNTY_APPROVED');
      const err = await refused(app, bureau, 'CONFLICT', REVIEW, {
        input: { applicationId: app.id, version: app.version - 1 || 99, decision: 'PASS' },
      });
      expect(err).toMatchObject({ type: 'Application', actualVersion: app.version });
    });

    it('a return or rejection needs a reason; a rejection may cite only a rule that fails', async () => {
      const app = await seeded('MATCHED', { rulesPass: true });
      const noReason = await refused(app, bureau, 'BAD_USER_INPUT', REVIEW, {
        input: { applicationId: app.id, version: app.version, decision: 'RETURN' },
      });
      expect(noReason.field).toBe('reason');
      const passingRule = await refused(app, bureau, 'BAD_USER_INPUT', REVIEW, {
        input: { applicationId: app.id, version: app.version, decision: 'REJECT', rule: 'N5' },
      });
      expect(passingRule.field).toBe('rule');
    });

    it('a failing rule blocks the review with its rule and article; the reviewer may then reject citing it', async () => {
      const app = await seeded('SUBMITTED', { rulesPass: true });
      const { rows: allowance } = await api.db.sql.query('select monthly_allowance_fen::int as fen from application where id = $1', [
        app.id,
      ]);
      // The bureau raises the minimum allowance (a setting the text leaves to city rules) above this case's.
      await api.db.sql.query("update setting set value = $1::jsonb where key = 'n5.minMonthlyAllowanceFen'", [
        JSON.stringify(allowance[0].fen + 1),
      ]);
      try {
        const token = await county(app.division_id);
        const before = await snapshot(api.db.sql, app.id);
        const err = await fails(api, token, 'RULE_VIOLATION', REVIEW, {
          input: { applicationId: app.id, version: app.version, decision: 'PASS' },
        });
        expect(err).toMatchObject({ rule: 'N5', article: '第十一条第2项' });
        const after = await snapshot(api.db.sql, app.id);
        expect({ ...after, checks: 0 }).toEqual({ ...before, checks: 0 });
        // The results that blocked it are kept and shown.
        const shown = await ok<{ application: { ruleChecks: Array<{ rule: string; step: string; passed: boolean; article: string }> } }>(
          api,
          token,
          `{ application(id: ${app.id}) { ruleChecks { rule step passed article } } }`,
        );
        expect(shown.application.ruleChecks.filter((c) => c.step === 'COUNTY_REVIEW' && !c.passed)).toEqual([
          { rule: 'N5', step: 'COUNTY_REVIEW', passed: false, article: '第十一条第2项' },
        ]);
        await ok(api, token, REVIEW, { input: { applicationId: app.id, version: app.version, decision: 'REJECT', rule: 'N5' } });
        const { rows } = await api.db.sql.query('select stage, rejection_rule, rejection_reason from application where id = $1', [app.id]);
        expect(rows[0]).toMatchObject({ stage: 'REJECTED', rejection_rule: 'N5' });
        expect(rows[0].rejection_reason).toMatch(/^不符合规则N5（第十一条第2项）/);
        expect(await lastDecision(api.db.sql, app.id)).toMatchObject({ decision: 'REJECT', rule_code: 'N5' });
      } finally {
        await api.db.sql.query("update setting set value = '100000'::jsonb where key = 'n5.minMonthlyAllowanceFen'");
      }
    });
  });
});
