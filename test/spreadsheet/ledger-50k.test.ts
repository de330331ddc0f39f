/**
 * A 50,000-row service ledger, generated here with exceljs's streaming writer against the
 * seeded appointments: one bad cell near the end refuses the whole file and changes nothing;
 * the clean file imports in one transaction (timed), with progress reported along the way.
 */
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE } from '../support/db';
import { startTestServer, TestServer } from '../support/server';
import { contentHash, ExcelJS, importFile, XLSX } from './support';

const ROWS = 50_000;
const KINDS = ['技术服务', '技术培训', '政策宣讲', '研发工作会议', '产学研对接'];
const HEADER = ['证书编号', '任职编号', '服务日期*', '服务类别*', '驻企天数*', '服务内容*', '服务效果*', '培养技术骨干人数*'];

interface Appt {
  id: number;
  certificate_no: string | null;
  first_day: string;
  last_day: string;
  span: number;
}

async function ledgerWorkbook(appts: Appt[], mutate?: (row: unknown[], i: number) => void): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet('服务台账');
  ws.addRow(HEADER).commit();
  for (let i = 0; i < ROWS; i++) {
    const a = appts[i % appts.length];
    const offset = (i * 7919) % (a.span + 1);
    const day = new Date(Date.parse(`${a.first_day}T00:00:00Z`) + offset * 86400000);
    const row: unknown[] = [
      a.certificate_no,
      a.certificate_no ? null : a.id,
      day,
      KINDS[i % KINDS.length],
      i % 4,
      `批量导入测试：第${i + 1}次现场技术服务，解决生产工艺问题`,
      '问题已解决，形成工艺改进记录',
      i % 3,
    ];
    mutate?.(row, i);
    ws.addRow(row).commit();
  }
  ws.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}

describe(`50,000-row ledger import (${ENGINE})`, () => {
  let api: TestServer;
  let token: string;
  let appts: Appt[];

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    token = await api.login('bureau');
    // Every appointment that has served at least a day by now, with the days it could have served.
    const { rows } = await api.db.sql.query<Appt>(
      `select id, certificate_no, service_start::text as first_day,
              least(coalesce(ended_on, service_end), (now() at time zone 'Asia/Shanghai')::date)::text as last_day,
              least(coalesce(ended_on, service_end), (now() at time zone 'Asia/Shanghai')::date) - service_start as span
         from appointment
        where service_start <= (now() at time zone 'Asia/Shanghai')::date and coalesce(ended_on, service_end) >= service_start
        order by id`,
    );
    appts = rows;
    expect(appts.length).toBeGreaterThan(100);
  });
  afterAll(async () => api?.close());

  it('refuses the whole file for one bad cell in row 49,998 and changes nothing', async () => {
    const before = await contentHash(api.db.sql, ['ledger_entry']);
    const file = await ledgerWorkbook(appts, (row, i) => {
      if (i === 49_996) row[4] = '三天'; // 驻企天数 in words: row 49,998 of the sheet (header is row 1)
    });
    const { status, report } = await importFile(api, token, 'ledger', file);
    expect(status).toBe(422);
    expect(report.ok).toBe(false);
    expect(report.rows).toBe(ROWS);
    expect(report.problems).toEqual([
      {
        sheet: '服务台账',
        row: 49_998,
        column: '驻企天数',
        cell: 'E49998',
        message: '驻企天数：应为整数 / must be a whole number',
      },
    ]);
    expect(report.inserted).toBe(0);
    expect(await contentHash(api.db.sql, ['ledger_entry'])).toEqual(before);
  });

  it('imports 50,000 clean rows in one go, reporting progress, and records who did it', async () => {
    const { rows: b } = await api.db.sql.query<{ n: string }>('select count(*) as n from ledger_entry');
    const file = await ledgerWorkbook(appts);
    const started = Date.now();
    const res = await fetch(`${api.url}/api/spreadsheets/import/ledger?progress=1`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': XLSX, 'x-file-name': encodeURIComponent('台账50000行.xlsx') },
      body: new Uint8Array(file),
    });
    const lines = (await res.text())
      .trim()
      .split('\n')
      .map(
        (l) => JSON.parse(l) as { type: string; phase?: string; rowsRead?: number; rowsWritten?: number; ok?: boolean; inserted?: number },
      );
    const seconds = (Date.now() - started) / 1000;
    console.log(`[${ENGINE}] imported ${ROWS} ledger rows (${(file.length / 1e6).toFixed(1)} MB xlsx) in ${seconds.toFixed(1)} s`);
    const report = lines[lines.length - 1];
    expect(report.type).toBe('report');
    expect(report.ok).toBe(true);
    expect(report.inserted).toBe(ROWS);
    const progress = lines.filter((l) => l.type === 'progress');
    expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['reading', 'checking', 'writing', 'done']));
    const reads = progress.filter((p) => p.phase === 'reading').map((p) => p.rowsRead!);
    expect(reads.length).toBeGreaterThan(1);
    expect([...reads].sort((x, y) => x - y)).toEqual(reads);
    expect(progress[progress.length - 1].rowsWritten).toBe(ROWS);

    const { rows: a } = await api.db.sql.query<{ n: string }>('select count(*) as n from ledger_entry');
    expect(Number(a[0].n) - Number(b[0].n)).toBe(ROWS);
    const { rows: check } = await api.db.sql.query<{ n: string; pending: string; outside: string }>(
      `select count(*) as n, count(*) filter (where l.confirmation = 'PENDING') as pending,
              count(*) filter (where l.service_date < a.service_start or l.service_date > coalesce(a.ended_on, a.service_end)
                                  or l.division_id <> a.division_id) as outside
         from ledger_entry l join appointment a on a.id = l.appointment_id
        where l.content like '批量导入测试：%'`,
    );
    expect(check[0]).toEqual({ n: String(ROWS), pending: String(ROWS), outside: '0' });
    const { rows: audit } = await api.db.sql.query<{ username: string; result: string; detail: { inserted: number; file: string } }>(
      `select username, result, detail from audit_log where operation = 'spreadsheet:import:ledger' order by id desc limit 1`,
    );
    expect(audit[0]).toMatchObject({ username: 'bureau', result: 'OK', detail: { inserted: ROWS, file: '台账50000行.xlsx' } });
  });
});
