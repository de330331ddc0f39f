/**
 * A factory of cases at a given stage of the pipeline, built through the real API as the roles
 * that own each step (an enterprise account and a county account made for the enterprise), so
 * that every later step sees a case exactly as the pipeline leaves it.
 */
import type pg from 'pg';
import type { TestServer } from '../support/server';
import { accountFor, CREATE_APPLICATION, draft, eligibleExpert, ok, REVIEW, SUBMIT, uploadAll } from './support';

export type BuildStage = 'SUBMITTED' | 'COUNTY_APPROVED' | 'CITY_APPROVED' | 'MATCHED' | 'PARTY_APPROVED' | 'FILED';
const ORDER: BuildStage[] = ['SUBMITTED', 'COUNTY_APPROVED', 'CITY_APPROVED', 'MATCHED', 'PARTY_APPROVED', 'FILED'];

export interface BuiltCase {
  id: number;
  version: number;
  enterpriseId: number;
  expertId: number;
  enterpriseName: string;
}

/**
 * Enterprises that pass N1, N3 and N4 today (registered over a year, independent, sound
 * finances, no violation in three years, R&D ratio by the default bands), none of them in `skip`.
 */
export async function eligibleEnterprises(
  sql: pg.Pool,
  n: number,
  skip: number[] = [],
): Promise<Array<{ id: number; divisionId: number }>> {
  const { rows } = await sql.query(
    `select e.id, e.division_id from enterprise e
      where e.independent_legal_person and e.finances_sound
        and e.registered_on <= current_date - interval '2 years'
        and (e.violation_on is null or e.violation_on < current_date - interval '4 years')
        and e.rd_spending_fen * 10000 >= e.revenue_fen *
            (case when e.revenue_fen <= 5000000000 then 500 when e.revenue_fen <= 20000000000 then 400 else 300 end)
        and not (e.id = any($2::int[]))
        and not exists (select 1 from app_user u where u.enterprise_id = e.id)
      order by e.id limit $1`,
    [n, skip],
  );
  if (rows.length < n) throw new Error(`only ${rows.length} eligible enterprises`);
  return rows.map((r) => ({ id: r.id, divisionId: r.division_id }));
}

interface App {
  id: number;
  version: number;
}

/** Drives one new application of `enterpriseId` in `callId` to `stage`. */
export async function buildCase(
  api: TestServer,
  bureau: string,
  callId: number,
  target: { id: number; divisionId: number },
  stage: BuildStage,
  skipExperts: number[] = [],
): Promise<BuiltCase> {
  const sql = api.db.sql;
  const enterprise = await accountFor(api, 'ENTERPRISE', { enterpriseId: target.id });
  const expertId = await eligibleExpert(sql, target.id, skipExperts);
  let app: App = (await ok<{ createApplication: App }>(api, enterprise, CREATE_APPLICATION, { input: draft(callId, expertId) }))
    .createApplication;
  await uploadAll(api, enterprise, app.id);
  app = (await ok<{ submitApplication: App }>(api, enterprise, SUBMIT, { a: app.id, v: app.version })).submitApplication;
  const reach = ORDER.indexOf(stage);
  const pass = async (token: string) =>
    (await ok<{ reviewApplication: App }>(api, token, REVIEW, { input: { applicationId: app.id, version: app.version, decision: 'PASS' } }))
      .reviewApplication;
  if (reach >= 1) app = await pass(await accountFor(api, 'COUNTY_BUREAU', { divisionId: target.divisionId }));
  if (reach >= 2) app = await pass(bureau);
  if (reach >= 3) {
    const cand = await ok<{ recordCandidate: { id: number } }>(
      api,
      bureau,
      'mutation($input: RecordCandidateInput!) { recordCandidate(input: $input) { id } }',
      {
        input: {
          applicationId: app.id,
          expertId,
          score: 90,
          rationale: '研究方向与需求契合',
          enterpriseOpinion: 'AGREE',
          institutionOpinion: 'AGREE',
          expertOpinion: 'AGREE',
        },
      },
    );
    app = (
      await ok<{ selectCandidate: App }>(
        api,
        bureau,
        'mutation($input: SelectCandidateInput!) { selectCandidate(input: $input) { id version } }',
        { input: { applicationId: app.id, version: app.version, candidateId: cand.recordCandidate.id } },
      )
    ).selectCandidate;
  }
  if (reach >= 4) app = await pass(bureau);
  if (reach >= 5) {
    await ok(api, bureau, 'mutation($a: Int!, $v: Int!) { fileRecognition(input: { applicationId: $a, version: $v }) { id } }', {
      a: app.id,
      v: app.version,
    });
    app = (await ok<{ application: App }>(api, bureau, `{ application(id: ${app.id}) { id version } }`)).application;
  }
  const { rows } = await sql.query('select name from enterprise where id = $1', [target.id]);
  return { id: app.id, version: app.version, enterpriseId: target.id, expertId, enterpriseName: rows[0].name };
}
