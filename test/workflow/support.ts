/** Helpers shared by the workflow tests: GraphQL calls that must succeed, uploads, and data look-ups in plain SQL. */
import { AuditService, createOrm, IdentityService, type Role } from '@techvp/server';
import type pg from 'pg';
import { expect } from 'vitest';
import { chinaDate } from '../../server/dist/domain/china-time';
import type { GraphQLResponse, TestServer } from '../support/server';

export const MATERIAL_KINDS = [
  'APPLICATION_FORM',
  'TRIPARTITE_AGREEMENT',
  'EXPERT_ID',
  'EXPERT_DEGREE',
  'EXPERT_TITLE',
  'EXPERT_ACHIEVEMENTS',
  'BUSINESS_LICENCE',
  'FINANCIAL_STATEMENTS',
  'CREDIT_REPORT',
  'RD_SPENDING_PROOF',
  'GREEN_THRESHOLD',
] as const;

export const APPLICATION_FIELDS = 'id version stage onHold priorityRecommended rejectionRule rejectionReason submittedAt';

/** Today in China, as the server sees it. */
export function today(): string {
  return chinaDate(new Date());
}

/** Sends a request and fails the test on any error. */
export async function ok<T = Record<string, unknown>>(
  api: TestServer,
  token: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const res = await api.gqlAs<T>(token, query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

/** Sends a request that must fail with `code`; returns the error's extensions. */
export async function fails(
  api: TestServer,
  token: string,
  code: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<Record<string, unknown> & { message: string }> {
  const res: GraphQLResponse = await api.gqlAs(token, query, variables);
  expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors ?? res.data)).toBe(code);
  return { ...(res.errors![0].extensions ?? {}), message: res.errors![0].message };
}

/** A minimal valid PDF body. */
export function pdf(label: string): Buffer {
  return Buffer.from(`%PDF-1.4\n% techvp test ${label}\n%%EOF\n`, 'utf8');
}

/** The upload endpoint's JSON answer. */
export interface UploadAnswer {
  data?: {
    id: number;
    applicationId: number;
    kind: string;
    fileName: string;
    mimeType: string;
    sizeBytes: number;
    sha256: string;
    missing: string[];
  };
  errors?: Array<{ message: string; extensions: Record<string, unknown> & { code: string } }>;
}

export async function upload(
  api: TestServer,
  token: string | null,
  applicationId: number,
  kind: string,
  opts: { fileName?: string; type?: string; body?: Buffer; cookie?: boolean } = {},
): Promise<{ status: number; json: UploadAnswer }> {
  const fileName = opts.fileName ?? `${kind}.pdf`;
  const headers: Record<string, string> = { 'content-type': opts.type ?? 'application/pdf' };
  if (token) {
    if (opts.cookie) headers.cookie = `techvp_session=${token}`;
    else headers.authorization = `Bearer ${token}`;
  }
  const res = await fetch(
    `${api.url}/api/applications/${applicationId}/materials?kind=${encodeURIComponent(kind)}&fileName=${encodeURIComponent(fileName)}`,
    { method: 'POST', headers, body: opts.body ?? pdf(kind) },
  );
  return { status: res.status, json: (await res.json()) as UploadAnswer };
}

export async function uploadAll(api: TestServer, token: string, applicationId: number): Promise<void> {
  for (const kind of MATERIAL_KINDS) {
    const res = await upload(api, token, applicationId, kind);
    expect(res.status, JSON.stringify(res.json)).toBe(201);
  }
}

/** Ids bound to the demo accounts. */
export async function demoBindings(
  sql: pg.Pool,
): Promise<{ enterpriseId: number; expertId: number; divisionId: number; divisionCode: string }> {
  const { rows } = await sql.query(
    `select (select enterprise_id from app_user where username = 'enterprise') as enterprise_id,
            (select expert_id from app_user where username = 'expert') as expert_id,
            e.division_id, d.code
       from enterprise e join division d on d.id = e.division_id
      where e.id = (select enterprise_id from app_user where username = 'enterprise')`,
  );
  return { enterpriseId: rows[0].enterprise_id, expertId: rows[0].expert_id, divisionId: rows[0].division_id, divisionCode: rows[0].code };
}

/**
 * An expert who passes every expert rule for this enterprise today: a doctorate or senior title,
 * two years' work, no recent misconduct, no active appointment, no ban, no tie (E1-E5, N2).
 */
export async function eligibleExpert(sql: pg.Pool, enterpriseId: number, skip: number[] = []): Promise<number> {
  const { rows } = await sql.query(
    `select x.id from expert x
      where (x.degree = 'DOCTORATE' or x.title in ('SENIOR', 'ASSOCIATE_SENIOR'))
        and x.work_started_on <= current_date - interval '3 years'
        and (x.misconduct_on is null or x.misconduct_on < current_date - interval '4 years')
        and (x.banned_until is null or x.banned_until <= current_date)
        and not exists (select 1 from appointment a where a.expert_id = x.id and a.status = 'ACTIVE')
        and not exists (select 1 from enterprise_tie t where t.enterprise_id = $1 and (t.expert_id = x.id or t.institution_id = x.institution_id))
        and not (x.id = any($2::int[]))
      order by x.id limit 1`,
    [enterpriseId, skip],
  );
  expect(rows.length).toBe(1);
  return rows[0].id;
}

export const CREATE_APPLICATION = `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { ${APPLICATION_FIELDS} missingMaterials } }`;
export const SUBMIT = `mutation($a: Int!, $v: Int!) { submitApplication(input: { applicationId: $a, version: $v }) { ${APPLICATION_FIELDS} } }`;
export const REVIEW = `mutation($input: ReviewApplicationInput!) { reviewApplication(input: $input) { ${APPLICATION_FIELDS} } }`;
export const PUBLISH_CALL =
  'mutation($input: PublishCallInput!) { publishCall(input: $input) { id year status version opensOn closesOn } }';

/** The application form of a healthy case, proposing `expertId`. */
export function draft(callId: number, expertId: number | null, overrides: Record<string, unknown> = {}) {
  const start = `${Number(today().slice(0, 4)) + 1}-03-01`;
  return {
    callId,
    techNeeds: '面向高端轴承的精密磨削工艺优化与在线质量检测系统研发',
    proposedExpertId: expertId,
    proposedPosition: 'DEPUTY_CHIEF_ENGINEER',
    proposedServiceStart: start,
    proposedServiceEnd: `${Number(start.slice(0, 4)) + 2}-02-28`,
    monthlyAllowanceFen: 300_000,
    ...overrides,
  };
}

/** Publishes a call for `year` open from today (or returns the existing open one's id). */
export async function openCall(api: TestServer, bureau: string, year: number): Promise<number> {
  const data = await ok<{ publishCall: { id: number } }>(api, bureau, PUBLISH_CALL, {
    input: {
      year,
      title: `聊城市${year}年度“科技副总”选派需求征集通知`,
      opensOn: today(),
      closesOn: `${year}-06-30`,
      conditions: '符合《聊城市“科技副总”管理办法》第五条、第九条规定的专家和企业',
    },
  });
  return data.publishCall.id;
}

export const ACCOUNT_PASSWORD = 'Workflow-Test-2026!';
let accountSeq = 0;

/**
 * An account bound to an enterprise, county or expert; returns its token. Created through the
 * identity service as the owner role, as the demo accounts are (the administrator's API session
 * cannot read enterprise or expert rows under row-level security to bind them).
 */
export async function accountFor(
  api: TestServer,
  role: 'ENTERPRISE' | 'COUNTY_BUREAU' | 'EXPERT',
  binding: { enterpriseId?: number; divisionId?: number; expertId?: number },
): Promise<string> {
  const username = `wf-${role.toLowerCase().replace('_', '-')}-${process.pid}-${++accountSeq}`;
  const orm = await createOrm({ url: api.db.url, poolMax: 1 });
  try {
    await new IdentityService(orm.em.fork(), new AuditService()).createUser(
      { username, displayName: `测试账号${accountSeq}`, role: role as Role, password: ACCOUNT_PASSWORD, ...binding },
      { username: 'admin', role: 'ADMIN' },
    );
  } finally {
    await orm.close(true);
  }
  return api.login(username, ACCOUNT_PASSWORD);
}

/** The latest recorded transition of an application. */
export async function lastDecision(sql: pg.Pool, applicationId: number) {
  const { rows } = await sql.query(
    `select step, decision, from_stage, to_stage, reason, rule_code, actor_role from review_decision
      where application_id = $1 order by decided_at desc, id desc limit 1`,
    [applicationId],
  );
  return rows[0];
}

/** Stage, version and number of recorded transitions: what a refused step must leave unchanged. */
export async function snapshot(sql: pg.Pool, applicationId: number) {
  const { rows } = await sql.query(
    `select stage, version, on_hold, (select count(*)::int from review_decision where application_id = a.id) as decisions,
            (select count(*)::int from rule_check where application_id = a.id) as checks
       from application a where id = $1`,
    [applicationId],
  );
  return rows[0];
}
