/**
 * Export, then import the same file: nothing changes (experts, enterprises, ledger entries,
 * evaluations; .xlsx and CSV). Exports of every list carry Chinese headers, the filter that made
 * them, the viewer's row scope and the role's masking of personal data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE } from '../support/db';
import { startTestServer, TestServer } from '../support/server';
import { contentHash, CSV, download, importFile, readWorkbook } from './support';

const LISTS = ['appointments', 'applications', 'experts', 'enterprises', 'ledger', 'evaluations', 'projects', 'disbursements', 'filings'];

describe(`spreadsheet round trip and exports (${ENGINE})`, () => {
  let api: TestServer;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    for (const u of ['bureau', 'analyst', 'leader', 'county-371502', 'expert', 'hrbureau', 'agency', 'finance'])
      tokens[u] = await api.login(u);
  });
  afterAll(async () => api?.close());

  for (const [kind, table] of [
    ['experts', 'expert'],
    ['enterprises', 'enterprise'],
    ['ledger', 'ledger_entry'],
    ['evaluations', 'evaluation'],
  ] as const) {
    it(`re-imports an exported ${kind} workbook without changing anything`, async () => {
      const before = await contentHash(api.db.sql);
      const file = await download(api, tokens.bureau, `/api/spreadsheets/export/${kind}.xlsx`);
      expect(file.status).toBe(200);
      const { status, report } = await importFile(api, tokens.bureau, kind, file.body);
      const { rows } = await api.db.sql.query<{ n: string }>(`select count(*) as n from ${table}`);
      expect(report.problems).toEqual([]);
      expect(status).toBe(200);
      expect(report).toMatchObject({
        ok: true,
        dryRun: false,
        rows: Number(rows[0].n),
        inserted: 0,
        updated: 0,
        unchanged: Number(rows[0].n),
      });
      expect(await contentHash(api.db.sql)).toEqual(before);
    });
  }

  it('re-imports an exported ledger CSV (with its filter line) without changing anything', async () => {
    const before = await contentHash(api.db.sql);
    const filter = JSON.stringify({ serviceDate: { gte: '2025-01-01' }, appointment: { division: { code: { eq: '371502' } } } });
    const file = await download(api, tokens.bureau, `/api/spreadsheets/export/ledger.csv?filter=${encodeURIComponent(filter)}`);
    expect(file.status).toBe(200);
    const text = file.body.toString('utf8');
    expect(text.startsWith('\ufeff# 列表：服务台账')).toBe(true);
    expect(text.split('\r\n')[0]).toContain(filter);
    const { rows } = await api.db.sql.query<{ n: string }>(
      `select count(*) as n from ledger_entry l join division d on d.id = l.division_id where l.service_date >= '2025-01-01' and d.code = '371502'`,
    );
    const { report } = await importFile(api, tokens.bureau, 'ledger', file.body, { type: CSV });
    expect(report).toMatchObject({
      ok: true,
      format: 'csv',
      rows: Number(rows[0].n),
      unchanged: Number(rows[0].n),
      inserted: 0,
      updated: 0,
    });
    expect(await contentHash(api.db.sql)).toEqual(before);
  });

  it('exports every list with Chinese headers and a 筛选条件 sheet naming the filter, scope and exporter', async () => {
    for (const list of LISTS) {
      const file = await download(api, tokens.bureau, `/api/spreadsheets/export/${list}.xlsx`);
      expect(file.status, list).toBe(200);
      expect(file.headers.get('content-disposition')).toMatch(/filename\*=UTF-8''/);
      const sheets = await readWorkbook(file.body);
      const names = Object.keys(sheets);
      expect(names[1]).toBe('筛选条件');
      const header = sheets[names[0]][0] as string[];
      expect(
        header.every((h) => /[\u4e00-\u9fff]/.test(h)),
        `${list}: ${header.join(',')}`,
      ).toBe(true);
      const meta = Object.fromEntries(sheets['筛选条件'].slice(1).map((r) => [r[0], r[1]]));
      expect(meta['导出人 / Exported by']).toBe('bureau（ST_BUREAU）');
      expect(meta['数据范围 / Scope']).toBe('全市 / the whole city');
      expect(Number(String(meta['行数 / Rows']))).toBe(sheets[names[0]].length - 1);
    }
  });

  it('adds what each project has been paid, and how long each open application has waited', async () => {
    const projects = await readWorkbook((await download(api, tokens.finance, '/api/spreadsheets/export/projects.xlsx')).body);
    const [head, ...rows] = projects['协同创新项目'] as unknown[][];
    const col = (h: string) => (head as string[]).indexOf(h);
    const { rows: sums } = await api.db.sql.query<{ code: string; paid: string; finance: string }>(
      `select p.code, coalesce(sum(d.amount_fen), 0)::text as paid, coalesce(sum(d.amount_fen) filter (where d.funder = 'FINANCE'), 0)::text as finance
         from project p left join disbursement d on d.project_id = p.id group by p.code`,
    );
    expect(rows.length).toBe(sums.length);
    const expected = new Map(sums.map((r) => [r.code, r]));
    let paidSomething = 0;
    for (const r of rows) {
      const want = expected.get(r[col('项目编号')] as string)!;
      // Compared in fen: the cell holds yuan with two decimals.
      expect(Math.round((r[col('已拨付合计（元）')] as number) * 100)).toBe(Number(want.paid));
      expect(Math.round((r[col('财政资金已拨付（元）')] as number) * 100)).toBe(Number(want.finance));
      if (Number(want.paid) > 0) paidSomething++;
    }
    expect(paidSomething).toBeGreaterThan(10);

    const apps = await readWorkbook((await download(api, tokens.bureau, '/api/spreadsheets/export/applications.xlsx')).body);
    const [ah, ...arows] = apps['申报'] as unknown[][];
    const acol = (h: string) => (ah as string[]).indexOf(h);
    const { rows: waits } = await api.db.sql.query<{ id: number; days: number | null }>(
      `select id, case when stage in ('RECOGNISED', 'REJECTED', 'WITHDRAWN') then null
                       else (now() at time zone 'Asia/Shanghai')::date - (stage_entered_at at time zone 'Asia/Shanghai')::date end as days
         from application`,
    );
    const wait = new Map(waits.map((w) => [w.id, w.days]));
    for (const r of arows)
      expect(r[acol('在当前环节天数')] ?? null, `application ${r[acol('申报编号')]}`).toBe(wait.get(r[acol('申报编号')] as number));
    expect(waits.some((w) => w.days !== null && w.days > 0)).toBe(true);
  });

  it("limits a county bureau's export to its county, and writes the filter it used", async () => {
    const filter = JSON.stringify({ kind: { eq: 'TECH_SERVICE' } });
    const file = await download(api, tokens['county-371502'], `/api/spreadsheets/export/ledger.xlsx?filter=${encodeURIComponent(filter)}`);
    const sheets = await readWorkbook(file.body);
    const { rows } = await api.db.sql.query<{ n: string }>(
      `select count(*) as n from ledger_entry l join division d on d.id = l.division_id where d.code = '371502' and l.kind = 'TECH_SERVICE'`,
    );
    expect(sheets['服务台账'].length - 1).toBe(Number(rows[0].n));
    expect(sheets['服务台账'].slice(1).every((r) => r[13] === '东昌府区' && r[3] === '技术服务')).toBe(true);
    const meta = Object.fromEntries(sheets['筛选条件'].slice(1).map((r) => [r[0], r[1]]));
    expect(meta['筛选条件 / Filter']).toBe(filter);
    expect(meta['数据范围 / Scope']).toBe('本县（市、区）：东昌府区 / own county only');
  });

  it('masks personal data by role: clear for the bureau (audited), masked for analysts, hidden from leadership', async () => {
    const { rows: experts } = await api.db.sql.query<{ id_number_masked: string; phone_masked: string | null }>(
      'select id_number_masked, phone_masked from expert order by id',
    );
    const bureau = (await readWorkbook((await download(api, tokens.bureau, '/api/spreadsheets/export/experts.xlsx')).body))['专家'];
    const analyst = (await readWorkbook((await download(api, tokens.analyst, '/api/spreadsheets/export/experts.xlsx')).body))['专家'];
    const leader = (await readWorkbook((await download(api, tokens.leader, '/api/spreadsheets/export/experts.xlsx')).body))['专家'];
    expect(analyst.slice(1).map((r) => r[2])).toEqual(experts.map((e) => e.id_number_masked));
    expect(analyst.slice(1).map((r) => r[3] ?? null)).toEqual(experts.map((e) => e.phone_masked));
    expect(bureau.slice(1).every((r) => /^\d{17}[\dX]$/.test(String(r[2])))).toBe(true);
    expect(leader.slice(1).every((r) => r[2] === undefined || r[2] === null)).toBe(true);
    const { rows: audit } = await api.db.sql.query<{ n: string }>(
      `select count(*) as n from audit_log where username = 'bureau' and operation = 'read-personal-data' and object_type = 'Expert.idNumber' and detail->>'export' = 'experts'`,
    );
    expect(Number(audit[0].n)).toBeGreaterThan(0);
  });

  it('gives an expert only their own records, and refuses lists a role may not read', async () => {
    const { rows } = await api.db.sql.query<{ n: string }>(
      `select count(*) as n from ledger_entry l join appointment a on a.id = l.appointment_id join app_user u on u.expert_id = a.expert_id where u.username = 'expert'`,
    );
    const own = await readWorkbook((await download(api, tokens.expert, '/api/spreadsheets/export/ledger.xlsx')).body);
    expect(own['服务台账'].length - 1).toBe(Number(rows[0].n));
    expect((await download(api, tokens.expert, '/api/spreadsheets/export/filings.xlsx')).status).toBe(403);
    expect((await download(api, tokens.hrbureau, '/api/spreadsheets/export/projects.csv')).status).toBe(403);
    expect((await download(api, null, '/api/spreadsheets/export/experts.xlsx')).status).toBe(401);
    const bad = await download(
      api,
      tokens.bureau,
      `/api/spreadsheets/export/ledger.xlsx?filter=${encodeURIComponent('{"kind":{"eq":"NOPE"}}')}`,
    );
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body.toString()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter' });
  });
});
