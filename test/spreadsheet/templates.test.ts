/**
 * Downloadable templates: Chinese headers with required marks, an example row that an import
 * skips, instructions with the reference lists; and the metadata the dashboard draws from.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE } from '../support/db';
import { startTestServer, TestServer } from '../support/server';
import { download, importFile, readWorkbook, workbook } from './support';

describe(`import templates (${ENGINE})`, () => {
  let api: TestServer;
  let bureau: string;

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    bureau = await api.login('bureau');
  });
  afterAll(async () => api?.close());

  it('offers a template per kind with required marks, an example row and instructions', async () => {
    const res = await fetch(`${api.url}/api/spreadsheets/meta`, { headers: { authorization: `Bearer ${bureau}` } });
    const meta = (await res.json()) as {
      imports: Array<{ kind: string; sheetName: string; roles: string[]; columns: Array<{ header: string; required: boolean }> }>;
      exports: Array<{ list: string; roles: string[] }>;
    };
    expect(meta.imports.map((i) => i.kind)).toEqual(['experts', 'enterprises', 'ledger', 'evaluations']);
    expect(meta.exports.map((e) => e.list)).toHaveLength(9);
    expect(meta.imports.find((i) => i.kind === 'ledger')!.roles).toEqual(['ST_BUREAU', 'COUNTY_BUREAU', 'EXPERT']);
    for (const kind of meta.imports) {
      const file = await download(api, bureau, `/api/spreadsheets/templates/${kind.kind}.xlsx`);
      expect(file.status).toBe(200);
      const sheets = await readWorkbook(file.body);
      expect(Object.keys(sheets)).toEqual([kind.sheetName, '填写说明']);
      const [header, example] = sheets[kind.sheetName];
      expect(header).toEqual(kind.columns.map((c) => c.header));
      expect(kind.columns.filter((c) => c.required).every((c) => c.header.endsWith('*'))).toBe(true);
      expect(example.length).toBeGreaterThan(0);
      const help = sheets['填写说明'].map((r) => r.join(' ')).join('\n');
      for (const c of kind.columns) expect(help).toContain(c.header);
    }
    const enterprises = await readWorkbook((await download(api, bureau, '/api/spreadsheets/templates/enterprises.xlsx')).body);
    expect(enterprises['填写说明'].some((r) => r[0] === '东昌府区' && r[1] === '371502')).toBe(true);
  });

  it('skips the untouched example row, and imports a row typed under it', async () => {
    const template = (await download(api, bureau, '/api/spreadsheets/templates/experts.xlsx')).body;
    const untouched = await importFile(api, bureau, 'experts', template, { dryRun: true });
    expect(untouched.report).toMatchObject({ ok: false, skipped: 1, rows: 0 });
    expect(untouched.report.problems[0].message).toBe('文件中只有表头，没有数据行 / the file has a header but no data rows');

    const sheets = await readWorkbook(template);
    const [header, example] = sheets['专家'];
    const mine = [...example];
    mine[0] = '模板填写人';
    mine[2] = '371502198001010026';
    mine[1] = '女';
    const filled = await workbook('专家', [header, example, mine], [2, 3]);
    const { report } = await importFile(api, bureau, 'experts', filled, { dryRun: true });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ ok: true, skipped: 1, rows: 1, inserted: 1 });
  });

  it('asks for a signed-in account and a known kind', async () => {
    expect((await download(api, null, '/api/spreadsheets/templates/experts.xlsx')).status).toBe(401);
    expect((await download(api, bureau, '/api/spreadsheets/templates/projects.xlsx')).status).toBe(404);
    expect((await download(api, bureau, '/api/spreadsheets/nothing')).status).toBe(404);
  });
});
