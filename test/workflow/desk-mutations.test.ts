/**
 * What the work desks add to the workflow: batch approval at the county's preliminary review
 * (each case its own step, reported per case), batch acknowledgement of filings with who signed,
 * the expert directory an enterprise searches, the enterprise's declared facts feeding the rule
 * preview (N4 with its article), working days waited, material preview and the filing packet PDF.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';
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
  SUBMIT,
  today,
  upload,
  uploadAll,
} from './support';

const PASS_MANY = `mutation($input: PassApplicationsInput!) { passApplications(input: $input) { id ok version code message rule article } }`;
const ACK_MANY = `mutation($input: AcknowledgeFilingsInput!) { acknowledgeFilings(input: $input) { id ok version code message } }`;

describe('desk mutations and queries', () => {
  let api: TestServer;
  let bureau: string;
  let enterprise: string;
  let county: string;
  let ids: Awaited<ReturnType<typeof demoBindings>>;
  let callId: number;
  const mine: Array<{ id: number; version: number }> = [];

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    bureau = await api.login('bureau');
    enterprise = await api.login('enterprise');
    ids = await demoBindings(api.db.sql);
    county = await accountFor(api, 'COUNTY_BUREAU', { divisionId: ids.divisionId });
    callId = await openCall(api, bureau, Number(today().slice(0, 4)) + 1);
    // Two fresh submitted cases in the demo enterprise's county: its own and a neighbour's.
    const { rows } = await api.db.sql.query(
      `select id from enterprise where division_id = $1 and id <> $2 and registered_on < current_date - interval '2 years'
          and independent_legal_person and finances_sound and violation_on is null and rd_spending_fen * 20 >= revenue_fen
        order by id limit 1`,
      [ids.divisionId, ids.enterpriseId],
    );
    const other = await accountFor(api, 'ENTERPRISE', { enterpriseId: rows[0].id });
    const used: number[] = [];
    for (const token of [enterprise, other]) {
      const entId = token === enterprise ? ids.enterpriseId : rows[0].id;
      const expertId = await eligibleExpert(api.db.sql, entId, used);
      used.push(expertId);
      const created = (
        await ok<{ createApplication: { id: number; version: number } }>(api, token, CREATE_APPLICATION, { input: draft(callId, expertId) })
      ).createApplication;
      await uploadAll(api, token, created.id);
      const sub = (
        await ok<{ submitApplication: { id: number; version: number; stage: string } }>(api, token, SUBMIT, {
          a: created.id,
          v: created.version,
        })
      ).submitApplication;
      expect(sub.stage).toBe('SUBMITTED');
      mine.push({ id: Number(sub.id), version: sub.version });
    }
  });
  afterAll(async () => api?.close());

  it('passes several cases at the county review, each on its own: another county’s case and a stale version are refused and left as they were', async () => {
    const { rows: foreign } = await api.db.sql.query(
      `select id, version from application where stage = 'SUBMITTED' and division_id <> $1 order by id limit 1`,
      [ids.divisionId],
    );
    const stale = { applicationId: mine[1].id, version: mine[1].version + 5 };
    const res = await ok<{
      passApplications: Array<{ id: number; ok: boolean; version: number | null; code: string | null; message: string | null }>;
    }>(api, county, PASS_MANY, {
      input: {
        applications: [
          { applicationId: mine[0].id, version: mine[0].version },
          { applicationId: foreign[0].id, version: foreign[0].version },
          stale,
        ],
        reason: '企业资质符合要求，技术需求合理，同意推荐',
      },
    });
    const [a, b, c] = res.passApplications;
    expect(a).toMatchObject({ id: mine[0].id, ok: true, code: null });
    expect(a.version).toBeGreaterThan(mine[0].version);
    expect(b).toMatchObject({ id: Number(foreign[0].id), ok: false });
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(b.code);
    expect(c).toMatchObject({ id: mine[1].id, ok: false, code: 'CONFLICT' });
    const { rows } = await api.db.sql.query(
      `select id, stage, (select count(*)::int from review_decision r where r.application_id = a.id and r.step = 'COUNTY_REVIEW') as reviews
         from application a where id = any($1::int[]) order by id`,
      [[mine[0].id, mine[1].id, foreign[0].id]],
    );
    const byId = Object.fromEntries(rows.map((r) => [Number(r.id), r]));
    expect(byId[mine[0].id]).toMatchObject({ stage: 'COUNTY_APPROVED', reviews: 1 });
    expect(byId[mine[1].id]).toMatchObject({ stage: 'SUBMITTED', reviews: 0 });
    expect(byId[Number(foreign[0].id)]).toMatchObject({ stage: 'SUBMITTED', reviews: 0 });
    // Batches pass only; returns and rejections need their own reason, case by case.
    await fails(api, enterprise, 'FORBIDDEN', PASS_MANY, {
      input: { applications: [{ applicationId: mine[1].id, version: mine[1].version }] },
    });
    await fails(api, county, 'BAD_USER_INPUT', PASS_MANY, {
      input: {
        applications: [
          { applicationId: mine[1].id, version: mine[1].version },
          { applicationId: mine[1].id, version: mine[1].version },
        ],
      },
    });
  });

  it('counts working days waited with the holiday calendar', async () => {
    const res = await ok<{ application: { workingDaysWaited: number } }>(
      api,
      bureau,
      `query($id: Int!) { application(id: $id) { workingDaysWaited } }`,
      {
        id: mine[1].id,
      },
    );
    const { rows } = await api.db.sql.query(
      `select count(*)::int as n from generate_series(((select stage_entered_at from application where id = $1) at time zone 'Asia/Shanghai')::date + 1,
                (now() at time zone 'Asia/Shanghai')::date, interval '1 day') g(d)
        left join work_calendar_day w on w.day = g.d::date
        where coalesce(w.is_workday, extract(isodow from g.d) < 6)`,
      [mine[1].id],
    );
    expect(res.application.workingDaysWaited).toBe(rows[0].n);
    const { rows: old } = await api.db.sql.query(`select id from application where stage = 'SUBMITTED' order by stage_entered_at limit 1`);
    const older = await ok<{ application: { workingDaysWaited: number } }>(
      api,
      bureau,
      `query($id: Int!) { application(id: $id) { workingDaysWaited } }`,
      {
        id: old[0].id,
      },
    );
    expect(older.application.workingDaysWaited).toBeGreaterThan(0);
  });

  it('acknowledges several filings, reports a stale one, and shows who signed', async () => {
    const orgdept = await api.login('orgdept');
    const { rows } = await api.db.sql.query(`select id, version from filing_record where status = 'PENDING' order by id limit 3`);
    expect(rows.length).toBe(3);
    const items = rows.map((r, i) => ({ id: Number(r.id), version: i === 2 ? r.version + 1 : r.version }));
    const res = await ok<{ acknowledgeFilings: Array<{ id: number; ok: boolean; code: string | null }> }>(api, orgdept, ACK_MANY, {
      input: { filings: items },
    });
    expect(res.acknowledgeFilings.map((r) => [r.ok, r.code])).toEqual([
      [true, null],
      [true, null],
      [false, 'CONFLICT'],
    ]);
    const after = await api.db.sql.query(
      `select f.id, f.status, u.username from filing_record f left join app_user u on u.id = f.acknowledged_by_id where f.id = any($1::int[]) order by f.id`,
      [items.map((i) => i.id)],
    );
    expect(after.rows.map((r) => [r.status, r.username])).toEqual([
      ['ACKNOWLEDGED', 'orgdept'],
      ['ACKNOWLEDGED', 'orgdept'],
      ['PENDING', null],
    ]);
    const shown = await ok<{ filingRecord: { acknowledgedByName: string | null; acknowledgedAt: string | null } }>(
      api,
      orgdept,
      `query($id: Int!) { filingRecord(id: $id) { acknowledgedByName acknowledgedAt } }`,
      { id: items[0].id },
    );
    const { rows: u } = await api.db.sql.query(`select display_name from app_user where username = 'orgdept'`);
    expect(shown.filingRecord.acknowledgedByName).toBe(u[0].display_name);
    expect(shown.filingRecord.acknowledgedAt).not.toBeNull();
    // Signed already: refused, nothing changes.
    const again = await ok<{ acknowledgeFilings: Array<{ ok: boolean; code: string | null }> }>(api, orgdept, ACK_MANY, {
      input: {
        filings: [
          {
            id: items[0].id,
            version: res.acknowledgeFilings[0].ok
              ? (await api.db.sql.query('select version from filing_record where id = $1', [items[0].id])).rows[0].version
              : 1,
          },
        ],
      },
    });
    expect(again.acknowledgeFilings[0]).toMatchObject({ ok: false, code: 'CONFLICT' });
    await fails(api, bureau, 'FORBIDDEN', ACK_MANY, { input: { filings: [{ id: items[2].id, version: rows[2].version }] } });
  });

  it('lets an enterprise find an expert it has no tie to yet, with professional facts only', async () => {
    const { rows } = await api.db.sql.query(
      `select x.id, x.name, i.name_zh from expert x join institution i on i.id = x.institution_id
        where not exists (select 1 from application a where a.proposed_expert_id = x.id and a.enterprise_id = $1)
          and not exists (select 1 from appointment p where p.expert_id = x.id and p.enterprise_id = $1)
        order by x.id limit 1`,
      [ids.enterpriseId],
    );
    // Row-level security hides the expert from the enterprise's lists…
    const listed = await ok<{ experts: { totalCount: number } }>(
      api,
      enterprise,
      `query($n: String!) { experts(filter: { name: { eq: $n } }) { totalCount } }`,
      {
        n: rows[0].name,
      },
    );
    expect(listed.experts.totalCount).toBe(0);
    // …the directory finds it, by name and by institution.
    const found = await ok<{ expertDirectory: Array<{ id: number; name: string; institutionName: string }> }>(
      api,
      enterprise,
      `query($s: String!) { expertDirectory(search: $s, first: 50) { id name institutionName degree title discipline } }`,
      { s: rows[0].name },
    );
    expect(found.expertDirectory.map((e) => Number(e.id))).toContain(Number(rows[0].id));
    const byInstitution = await ok<{ expertDirectory: Array<{ institutionName: string }> }>(
      api,
      enterprise,
      `query($s: String!) { expertDirectory(search: $s, first: 5) { institutionName } }`,
      { s: rows[0].name_zh },
    );
    expect(byInstitution.expertDirectory.length).toBeGreaterThan(0);
    expect(new Set(byInstitution.expertDirectory.map((e) => e.institutionName))).toEqual(new Set([rows[0].name_zh]));
    await fails(api, await api.login('analyst'), 'FORBIDDEN', `{ expertDirectory(search: "王") { id } }`);
    await fails(api, enterprise, 'BAD_USER_INPUT', `{ expertDirectory(search: "  ") { id } }`);
  });

  it('keeps the enterprise’s declared revenue and R&D spending, and the rule preview shows N4 failing with its article', async () => {
    const { rows } = await api.db.sql.query(`select id, version from application where id = $1`, [mine[1].id]);
    // Return the neighbour's case to a draft first? It is SUBMITTED: use the demo enterprise's own new draft instead.
    expect(rows.length).toBe(1);
    const ent2 = await accountFor(api, 'ENTERPRISE', { enterpriseId: ids.enterpriseId });
    // The demo enterprise already has a live case in this call: use a second call year.
    const call2 = await openCall(api, bureau, Number(today().slice(0, 4)) + 2);
    const expertId = await eligibleExpert(api.db.sql, ids.enterpriseId);
    const created = await ok<{ createApplication: { id: number; priorityRecommended: boolean } }>(api, ent2, CREATE_APPLICATION, {
      input: draft(call2, expertId, {
        enterpriseFacts: { revenueFen: 4_000_000_000, rdSpendingFen: 100_000_000, highTech: true, gazelle: false, municipalProject: false },
      }),
    });
    const { rows: e } = await api.db.sql.query(`select revenue_fen, rd_spending_fen, high_tech from enterprise where id = $1`, [
      ids.enterpriseId,
    ]);
    expect(e[0]).toMatchObject({ revenue_fen: '4000000000', rd_spending_fen: '100000000', high_tech: true });
    expect(created.createApplication.priorityRecommended).toBe(true);
    const preview = await ok<{ previewApplicationRules: Array<{ rule: string; article: string; passed: boolean; detail: string }> }>(
      api,
      ent2,
      `query($id: Int!) { previewApplicationRules(applicationId: $id) { rule article passed detail } }`,
      { id: created.createApplication.id },
    );
    expect(preview.previewApplicationRules.map((r) => r.rule).sort()).toEqual([
      'E1',
      'E2',
      'E3',
      'E4',
      'E5',
      'E6',
      'N1',
      'N2',
      'N3',
      'N4',
      'N5',
    ]);
    const n4 = preview.previewApplicationRules.find((r) => r.rule === 'N4')!;
    expect(n4.passed).toBe(false);
    expect(n4.article).toBe('第九条第2项');
    // The preview records nothing.
    const { rows: checks } = await api.db.sql.query(`select count(*)::int as n from rule_check where application_id = $1`, [
      created.createApplication.id,
    ]);
    expect(checks[0].n).toBe(0);
    const negative = await api.gqlAs(
      ent2,
      `mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { ${APPLICATION_FIELDS} } }`,
      {
        input: {
          ...draft(call2, expertId),
          callId: undefined,
          applicationId: created.createApplication.id,
          version: 1,
          enterpriseFacts: { revenueFen: -1, rdSpendingFen: 0, highTech: false, gazelle: false, municipalProject: false },
        },
      },
    );
    expect(negative.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('serves a stored material to the county of the case and to the enterprise, never to another county or anonymously', async () => {
    const { rows } = await api.db.sql.query(`select id, sha256 from application_material where application_id = $1 order by id limit 1`, [
      mine[0].id,
    ]);
    const url = `${api.url}/api/applications/${mine[0].id}/materials/${rows[0].id}`;
    for (const token of [county, enterprise, bureau]) {
      const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      const body = Buffer.from(await res.arrayBuffer());
      expect((await import('node:crypto')).createHash('sha256').update(body).digest('hex')).toBe(rows[0].sha256);
    }
    const other = await api.login(ids.divisionCode === '371581' ? 'county-371502' : 'county-371581');
    expect((await fetch(url, { headers: { authorization: `Bearer ${other}` } })).status).toBe(404);
    expect((await fetch(url)).status).toBe(401);
    const download = await fetch(`${url}?download=1`, { headers: { authorization: `Bearer ${county}` } });
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename\*=UTF-8''/);
    // Uploads still go to the same place.
    expect((await upload(api, enterprise, mine[0].id, 'APPLICATION_FORM')).status).toBe(409);
  });

  it('prints the filing packet as a PDF for the Organisation Department, not for a county', async () => {
    const { rows } = await api.db.sql.query(`select id, filing_no from filing_record where kind = 'RECOGNITION' order by id limit 1`);
    const orgdept = await api.login('orgdept');
    const res = await fetch(`${api.url}/api/documents/filing/${rows[0].id}.pdf`, { headers: { authorization: `Bearer ${orgdept}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(body.length).toBeGreaterThan(2000);
    const { rows: audit } = await api.db.sql.query(`select count(*)::int as n from audit_log where operation = 'document:filingPacket'`);
    expect(audit[0].n).toBe(1);
    const c = await api.login('county-371502');
    expect((await fetch(`${api.url}/api/documents/filing/${rows[0].id}.pdf`, { headers: { authorization: `Bearer ${c}` } })).status).toBe(
      403,
    );
  });
});
