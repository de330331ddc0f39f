/**
 * The bureau saves the yearly call as a draft, edits it and publishes it (Art. 12.1): a draft is
 * not open to applications, a stale version never overwrites, publishing checks the policy
 * window (Art. 23) and one published call a year (Art. 12.1) again, and only the bureau may.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';
import { CREATE_APPLICATION, demoBindings, draft, eligibleExpert, fails, ok, PUBLISH_CALL } from './support';

const FIELDS = 'id year title status version opensOn closesOn publishedAt nextActions';
const SAVE = `mutation($input: CallDraftInput!) { saveCallDraft(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateCallDraftInput!) { updateCallDraft(input: $input) { ${FIELDS} } }`;
const PUBLISH = `mutation($input: VersionedIdInput!) { publishCallDraft(input: $input) { ${FIELDS} } }`;

interface CallRow {
  id: number;
  year: number;
  title: string;
  status: string;
  version: number;
  opensOn: string;
  closesOn: string;
  publishedAt: string | null;
  nextActions: string[];
}

const fields = (year: number, overrides: Record<string, unknown> = {}) => ({
  year,
  title: `聊城市${year}年度“科技副总”选派需求征集通知（草稿）`,
  opensOn: `${year}-03-01`,
  closesOn: `${year}-05-31`,
  conditions: '符合《聊城市“科技副总”管理办法》第五条、第九条规定的专家和企业',
  ...overrides,
});

describe('call drafts (Art. 12.1, 23)', () => {
  let api: TestServer;
  let bureau: string;
  let year: number;
  let spare: number[];

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    bureau = await api.login('bureau');
    // A year of the policy window without a published call in this database.
    const { rows } = await api.db.sql.query(
      `select y from generate_series(2026, 2030) y where not exists (select 1 from call where year = y and status <> 'DRAFT') order by y`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(3);
    [year, ...spare] = rows.map((r: { y: number }) => r.y);
  });
  afterAll(async () => api?.close());

  const save = async (input: Record<string, unknown>) => (await ok<{ saveCallDraft: CallRow }>(api, bureau, SAVE, { input })).saveCallDraft;

  it('saves a draft that is not open: an enterprise cannot apply to it, and only the bureau sees EDIT and PUBLISH', async () => {
    // Open from today so that only the status keeps the enterprise out.
    const { rows: now } = await api.db.sql.query(`select (now() at time zone 'Asia/Shanghai')::date::text as d`);
    const today: string = now[0].d;
    const saved = await save(fields(year, { opensOn: today, title: '今日起可申报的草稿' }));
    expect(saved).toMatchObject({ status: 'DRAFT', publishedAt: null, nextActions: ['EDIT', 'PUBLISH'] });

    const ids = await demoBindings(api.db.sql);
    const enterprise = await api.login('enterprise');
    const expertId = await eligibleExpert(api.db.sql, ids.enterpriseId);
    const refused = await fails(api, enterprise, 'RULE_VIOLATION', CREATE_APPLICATION, { input: draft(saved.id, expertId) });
    expect(refused).toMatchObject({ rule: 'CALL_WINDOW', article: '第十二条第1项', field: 'callId' });
    expect(refused.message).toContain('DRAFT');
    const { rows } = await api.db.sql.query('select count(*)::int as n from application where call_id = $1', [saved.id]);
    expect(rows[0].n).toBe(0);

    const read = `query($id: Int!) { call(id: $id) { id nextActions } }`;
    const analyst = await api.login('analyst');
    const asAnalyst = await api.gqlAs<{ call: { nextActions: string[] } | null }>(analyst, read, { id: saved.id });
    expect(asAnalyst.data?.call?.nextActions ?? []).toEqual([]);
  });

  it('checks the fields as publishCall does: the policy window (Art. 23) and the call year', async () => {
    const early = await fails(api, bureau, 'RULE_VIOLATION', SAVE, {
      input: fields(2025, { opensOn: '2025-06-30', closesOn: '2025-09-30' }),
    });
    expect(early).toMatchObject({ rule: 'POLICY_WINDOW', article: '第二十三条', field: 'opensOn' });
    const short = await fails(api, bureau, 'BAD_USER_INPUT', SAVE, { input: fields(year, { title: '' }) });
    expect(short.message).toContain('标题');
    const outside = await fails(api, bureau, 'BAD_USER_INPUT', SAVE, {
      input: fields(year, { opensOn: '2029-03-01', closesOn: '2029-05-31', year: 2027 }),
    });
    expect(outside.field).toBe('year');
  });

  it('edits a draft at its version, refuses a stale version, and publishes it with the edit', async () => {
    const saved = await save(fields(year));
    const edited = (
      await ok<{ updateCallDraft: CallRow }>(api, bureau, UPDATE, {
        input: {
          ...fields(year, { title: `聊城市${year}年度“科技副总”选派需求征集通知`, closesOn: `${year}-06-15` }),
          callId: saved.id,
          version: saved.version,
        },
      })
    ).updateCallDraft;
    expect(edited).toMatchObject({ status: 'DRAFT', closesOn: `${year}-06-15`, title: `聊城市${year}年度“科技副总”选派需求征集通知` });
    expect(edited.version).toBeGreaterThan(saved.version);

    // The version read before the edit no longer writes: neither an edit nor publishing.
    const stale = await fails(api, bureau, 'CONFLICT', UPDATE, {
      input: { ...fields(year, { title: '过期的修改' }), callId: saved.id, version: saved.version },
    });
    expect(stale.message).toMatch(/版本|version/);
    await fails(api, bureau, 'CONFLICT', PUBLISH, { input: { id: saved.id, version: saved.version } });
    const { rows: kept } = await api.db.sql.query('select title, status from call where id = $1', [saved.id]);
    expect(kept[0]).toEqual({ title: `聊城市${year}年度“科技副总”选派需求征集通知`, status: 'DRAFT' });

    const published = (await ok<{ publishCallDraft: CallRow }>(api, bureau, PUBLISH, { input: { id: saved.id, version: edited.version } }))
      .publishCallDraft;
    expect(published).toMatchObject({ status: 'PUBLISHED', closesOn: `${year}-06-15`, nextActions: ['CLOSE'] });
    expect(published.publishedAt).not.toBeNull();
    // A published call is no longer edited.
    const late = await fails(api, bureau, 'CONFLICT', UPDATE, { input: { ...fields(year), callId: saved.id, version: published.version } });
    expect(late.message).toContain('只有草稿可以修改');
    const { rows: audit } = await api.db.sql.query(
      `select operation || ' ' || result as step from audit_log
        where object_type = 'Call' and ',' || object_ids || ',' like '%,' || $1 || ',%' order by id`,
      [String(saved.id)],
    );
    // Every step is audited, the refused ones too.
    expect(audit.map((r: { step: string }) => r.step)).toEqual([
      'saveCallDraft OK',
      'updateCallDraft OK',
      'updateCallDraft DENIED',
      'publishCallDraft DENIED',
      'publishCallDraft OK',
      'updateCallDraft DENIED',
    ]);
  });

  it('refuses to publish a draft when its year already has a published call (ONE_CALL_A_YEAR, Art. 12.1)', async () => {
    const other = spare[0];
    const first = await save(fields(other));
    const second = await save(fields(other, { title: '同年度的另一份草稿' }));
    await ok(api, bureau, PUBLISH, { input: { id: first.id, version: first.version } });
    const refused = await fails(api, bureau, 'RULE_VIOLATION', PUBLISH, { input: { id: second.id, version: second.version } });
    expect(refused).toMatchObject({ rule: 'ONE_CALL_A_YEAR', article: '第十二条第1项', field: 'year' });
    expect(refused.message).toContain(`${other}年已有发布的征集通知`);
    // Saving another draft for that year is refused the same way; publishCall keeps its CONFLICT.
    const again = await fails(api, bureau, 'RULE_VIOLATION', SAVE, { input: fields(other) });
    expect(again.rule).toBe('ONE_CALL_A_YEAR');
    const direct = await fails(api, bureau, 'CONFLICT', PUBLISH_CALL, { input: fields(other) });
    expect(direct.field).toBe('year');
    // The year names the published call, never a draft of that year.
    const byYear = await ok<{ call: { id: number; status: string } }>(api, bureau, `query($y: Int!) { call(year: $y) { id status } }`, {
      y: other,
    });
    expect(byYear.call).toEqual({ id: first.id, status: 'PUBLISHED' });
    const { rows } = await api.db.sql.query(`select status, count(*)::int as n from call where year = $1 group by status order by status`, [
      other,
    ]);
    expect(rows).toEqual([
      { status: 'DRAFT', n: 1 },
      { status: 'PUBLISHED', n: 1 },
    ]);
  });

  it('lets no other role save, edit or publish a draft', async () => {
    const saved = await save(fields(spare[1], { title: '仅市科技局可办理的草稿' }));
    for (const login of ['analyst', 'enterprise', 'county-371502']) {
      const token = await api.login(login);
      await fails(api, token, 'FORBIDDEN', SAVE, { input: fields(year) });
      await fails(api, token, 'FORBIDDEN', UPDATE, {
        input: { ...fields(year, { title: '越权修改' }), callId: saved.id, version: saved.version },
      });
      await fails(api, token, 'FORBIDDEN', PUBLISH, { input: { id: saved.id, version: saved.version } });
    }
    const { rows } = await api.db.sql.query('select title, status, version from call where id = $1', [saved.id]);
    // A year with only a draft has no call by year: the draft is found by its id.
    const byYear = await ok<{ call: null }>(api, bureau, `query($y: Int!) { call(year: $y) { id } }`, { y: spare[1] });
    expect(byYear.call).toBeNull();
    expect(rows[0]).toEqual({ title: '仅市科技局可办理的草稿', status: 'DRAFT', version: saved.version });
  });
});
