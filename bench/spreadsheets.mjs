// The spreadsheet part of `pnpm bench`: a 50,000-row service ledger (.xlsx, written here with
// exceljs's streaming writer against the seeded appointments) previewed and then imported through
// the HTTP route with NDJSON progress, timing each phase; then the ledger of one county exported
// as .xlsx and CSV. The server's peak resident memory (VmHWM, Linux) is read before and after,
// so the figures show whether a large file is streamed or held whole.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';
import pg from 'pg';

const require = createRequire(import.meta.url);
const ExcelJS = require('@techvp/server/dist/modules/spreadsheet/excel').default;

export const LEDGER_ROWS = 50_000;
const KINDS = ['技术服务', '技术培训', '政策宣讲', '研发工作会议', '产学研对接'];
const HEADER = ['证书编号', '任职编号', '服务日期*', '服务类别*', '驻企天数*', '服务内容*', '服务效果*', '培养技术骨干人数*'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Peak and current resident memory of a process, in MB (null where /proc is not available). */
export function memoryOf(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { peakMb: Math.round(kb('VmHWM') / 1024), rssMb: Math.round(kb('VmRSS') / 1024) };
  } catch {
    return { peakMb: null, rssMb: null };
  }
}

/** Appointments that have served at least a day by `asOf`, with the days they could have served. */
async function servingAppointments(dbUrl, asOf) {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `select id, certificate_no, service_start::text as first_day,
              least(coalesce(ended_on, service_end), $1::date) - service_start as span
         from appointment
        where service_start <= $1::date and coalesce(ended_on, service_end) >= service_start
        order by id`,
      [asOf],
    );
    return rows;
  } finally {
    await client.end();
  }
}

async function ledgerWorkbook(appts) {
  const out = new PassThrough();
  const chunks = [];
  out.on('data', (c) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet('服务台账');
  ws.addRow(HEADER).commit();
  for (let i = 0; i < LEDGER_ROWS; i++) {
    const a = appts[i % appts.length];
    const day = new Date(Date.parse(`${a.first_day}T00:00:00Z`) + ((i * 7919) % (a.span + 1)) * 86400000);
    ws.addRow([
      a.certificate_no,
      a.certificate_no ? null : a.id,
      day,
      KINDS[i % KINDS.length],
      i % 4,
      `基准测试：第${i + 1}次现场技术服务，解决生产工艺问题`,
      '问题已解决，形成工艺改进记录',
      i % 3,
    ]).commit();
  }
  ws.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}

/** Posts an import with progress; returns the report and when each phase began (ms from the start). */
async function importWithProgress(url, token, body, dryRun) {
  const t0 = performance.now();
  const res = await fetch(`${url}/api/spreadsheets/import/ledger?progress=1${dryRun ? '&dryRun=1' : ''}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': XLSX, 'x-file-name': encodeURIComponent('bench-ledger.xlsx') },
    body,
  });
  const phases = {};
  let report = null;
  let buffered = '';
  const decoder = new TextDecoder();
  for await (const chunk of res.body) {
    buffered += decoder.decode(chunk, { stream: true });
    let nl;
    while ((nl = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, nl).trim();
      buffered = buffered.slice(nl + 1);
      if (!line) continue;
      const msg = JSON.parse(line);
      if (msg.type === 'progress' && phases[msg.phase] === undefined) phases[msg.phase] = performance.now() - t0;
      if (msg.type === 'report') report = msg;
      if (msg.type === 'error') throw new Error(`import failed: ${msg.code} ${msg.message}`);
    }
  }
  if (!report) throw new Error(`no report (HTTP ${res.status})`);
  return { report, phases, totalMs: performance.now() - t0 };
}

async function exportList(url, token, path) {
  const t0 = performance.now();
  const res = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200) throw new Error(`export ${path}: HTTP ${res.status}`);
  let bytes = 0;
  let lines = 0;
  for await (const chunk of res.body) {
    bytes += chunk.length;
    for (const b of chunk) if (b === 10) lines++;
  }
  return { ms: performance.now() - t0, bytes, lines };
}

/** Runs the spreadsheet measurements against a started server child; `record` adds table lines. */
export async function spreadsheetBench({ url, token, pid, dbUrl, asOf, record }) {
  const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
  const appts = await servingAppointments(dbUrl, asOf);
  const file = await ledgerWorkbook(appts);
  record('spreadsheets', `ledger file of ${LEDGER_ROWS.toLocaleString('en')} rows`, `${(file.length / 1024 / 1024).toFixed(1)} MB .xlsx`);
  const before = memoryOf(pid);

  const preview = await importWithProgress(url, token, file, true);
  if (!preview.report.ok) throw new Error(`preview refused: ${JSON.stringify(preview.report.problems.slice(0, 3))}`);
  record('spreadsheets', 'preview (dry run, all checks and writes rolled back)', s(preview.totalMs));

  const run = await importWithProgress(url, token, file, false);
  if (!run.report.ok || run.report.inserted !== LEDGER_ROWS) throw new Error(`import: ${JSON.stringify(run.report).slice(0, 400)}`);
  const p = run.phases;
  const rowsPerSecond = Math.round(LEDGER_ROWS / (run.totalMs / 1000));
  record('spreadsheets', `import of ${LEDGER_ROWS.toLocaleString('en')} ledger rows, one transaction`, s(run.totalMs), null, null, {
    rowsPerSecond,
    readingMs: Math.round((p.checking ?? 0) - (p.reading ?? 0)),
    checkingMs: Math.round((p.writing ?? 0) - (p.checking ?? 0)),
    writingMs: Math.round((p.done ?? run.totalMs) - (p.writing ?? 0)),
  });
  record(
    'spreadsheets',
    'import phases: reading / checking / writing',
    `${s((p.checking ?? 0) - (p.reading ?? 0))} / ${s((p.writing ?? 0) - (p.checking ?? 0))} / ${s((p.done ?? run.totalMs) - (p.writing ?? 0))} (${rowsPerSecond.toLocaleString('en')} rows/s)`,
  );
  const afterImport = memoryOf(pid);

  const filter = encodeURIComponent(JSON.stringify({ appointment: { division: { code: { eq: '371502' } } } }));
  const csv = await exportList(url, token, `/api/spreadsheets/export/ledger.csv?filter=${filter}`);
  const xlsx = await exportList(url, token, `/api/spreadsheets/export/ledger.xlsx?filter=${filter}`);
  record(
    'spreadsheets',
    `export of one county’s ledger (${(csv.lines - 2).toLocaleString('en')} rows): CSV / .xlsx`,
    `${s(csv.ms)} (${(csv.bytes / 1048576).toFixed(1)} MB) / ${s(xlsx.ms)} (${(xlsx.bytes / 1048576).toFixed(1)} MB)`,
  );
  const afterExport = memoryOf(pid);
  record(
    'spreadsheets',
    'server peak memory (VmHWM): before / after import / after export',
    before.peakMb === null ? 'n/a (no /proc)' : `${before.peakMb} / ${afterImport.peakMb} / ${afterExport.peakMb} MB`,
  );
}
