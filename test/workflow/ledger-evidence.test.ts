/**
 * Evidence files of the service ledger (Art. 7.1) over HTTP: the expert attaches files to an
 * entry of their own ledger while the enterprise has not confirmed it; the same types, content
 * check and 10 MB limit as the Art. 13 materials; the expert and the host enterprise read them,
 * nobody else; every step audited; a confirmed entry's files stay.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TestServer } from '../support/server';
import { accountFor, demoBindings, fails, ok, pdf, today } from './support';

const RECORD = 'mutation($input: RecordServiceInput!) { recordService(input: $input) { id } }';
const CONFIRM = 'mutation($input: ConfirmServiceInput!) { confirmService(input: $input) { id confirmation } }';
const REMOVE = 'mutation($id: Int!) { deleteLedgerEvidence(evidenceId: $id) }';
const LIST = 'query($id: Int) { ledgerEntry(id: $id) { id evidence { id fileName mimeType sizeBytes sha256 uploadedAt } } }';
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('techvp evidence png')]);

interface Answer {
  data?: { id: number; entryId: number; fileName: string; sizeBytes: number; sha256: string };
  errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
}

describe('evidence files of ledger entries (Art. 7.1)', () => {
  let api: TestServer;
  let expert: string;
  let enterprise: string;
  let entryId: number;
  let appointmentId: number;

  const send = async (token: string | null, entry: number, opts: { fileName?: string; type?: string; body?: Buffer } = {}) => {
    const headers: Record<string, string> = { 'content-type': opts.type ?? 'application/pdf' };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(
      `${api.url}/api/ledger-entries/${entry}/evidence?fileName=${encodeURIComponent(opts.fileName ?? '签到表.pdf')}`,
      {
        method: 'POST',
        headers,
        body: opts.body ?? pdf('evidence'),
      },
    );
    return { status: res.status, json: (await res.json()) as Answer };
  };
  const get = (token: string, entry: number, id: number, download = false) =>
    fetch(`${api.url}/api/ledger-entries/${entry}/evidence/${id}${download ? '?download=1' : ''}`, {
      headers: { authorization: `Bearer ${token}` },
    });
  const record = async () =>
    (
      await ok<{ recordService: { id: number } }>(api, expert, RECORD, {
        input: {
          appointmentId,
          serviceDate: today(),
          kind: 'TECH_SERVICE',
          daysOnSite: 1,
          content: '现场指导热处理工艺',
          effect: '硬度合格率提高',
          peopleTrained: 2,
        },
      })
    ).recordService.id;

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    expert = await api.login('expert');
    enterprise = await api.login('enterprise');
    const ids = await demoBindings(api.db.sql);
    const { rows } = await api.db.sql.query("select id from appointment where expert_id = $1 and status = 'ACTIVE'", [ids.expertId]);
    appointmentId = rows[0].id;
    entryId = await record();
  });
  afterAll(async () => api?.close());

  it('stores a PDF and a PNG on the expert’s own entry with their SHA-256, lists them, and lets the expert and the host enterprise download them', async () => {
    const files = [
      { fileName: '签到表.pdf', type: 'application/pdf', body: pdf('sign-in sheet') },
      { fileName: '现场照片.png', type: 'image/png', body: PNG },
    ];
    const ids: number[] = [];
    for (const f of files) {
      const res = await send(expert, entryId, f);
      expect(res.status, JSON.stringify(res.json)).toBe(201);
      const sha = createHash('sha256').update(f.body).digest('hex');
      expect(res.json.data).toMatchObject({ entryId, fileName: f.fileName, sizeBytes: f.body.length, sha256: sha });
      const { rows } = await api.db.sql.query(
        'select entry_id, sha256, mime_type, content, (select username from app_user u where u.id = uploaded_by_id) as by from ledger_evidence where id = $1',
        [res.json.data!.id],
      );
      expect(rows[0]).toMatchObject({ entry_id: entryId, sha256: sha, mime_type: f.type, by: 'expert' });
      expect(Buffer.compare(rows[0].content, f.body)).toBe(0);
      ids.push(res.json.data!.id);
    }
    for (const token of [expert, enterprise]) {
      const listed = await ok<{ ledgerEntry: { evidence: Array<{ id: number; fileName: string }> } }>(api, token, LIST, { id: entryId });
      expect(listed.ledgerEntry.evidence.map((e) => [e.id, e.fileName])).toEqual([
        [ids[0], '签到表.pdf'],
        [ids[1], '现场照片.png'],
      ]);
    }
    const res = await get(enterprise, entryId, ids[1], true);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('现场照片.png')}`);
    expect(Buffer.compare(Buffer.from(await res.arrayBuffer()), PNG)).toBe(0);
    const { rows: audit } = await api.db.sql.query(
      `select operation, count(*)::int as n from audit_log where operation in ('uploadLedgerEvidence', 'readLedgerEvidence') and result = 'OK' group by operation order by operation`,
    );
    expect(audit).toEqual([
      { operation: 'readLedgerEvidence', n: 1 },
      { operation: 'uploadLedgerEvidence', n: 2 },
    ]);
  });

  it('refuses another expert, another enterprise, the bureau and anonymous callers, and writes nothing', async () => {
    const { rows } = await api.db.sql.query(
      "select a.expert_id, a.enterprise_id from appointment a where a.status = 'ACTIVE' and a.id <> $1 order by a.id limit 1",
      [appointmentId],
    );
    const otherExpert = await accountFor(api, 'EXPERT', { expertId: rows[0].expert_id });
    const otherEnterprise = await accountFor(api, 'ENTERPRISE', { enterpriseId: rows[0].enterprise_id });
    const before = (await api.db.sql.query('select count(*)::int as n from ledger_evidence')).rows[0].n;
    expect((await send(otherExpert, entryId)).status).toBe(404);
    expect((await send(otherEnterprise, entryId)).status).toBe(403);
    const bureau = await send(await api.login('bureau'), entryId);
    expect(bureau.status).toBe(403);
    expect(bureau.json.errors![0].message).toMatch(/只有专家本人/);
    expect((await send(null, entryId)).status).toBe(401);
    expect((await api.db.sql.query('select count(*)::int as n from ledger_evidence')).rows[0].n).toBe(before);
    const { rows: files } = await api.db.sql.query('select id from ledger_evidence where entry_id = $1 order by id limit 1', [entryId]);
    expect((await get(otherExpert, entryId, files[0].id)).status).toBe(404);
    expect((await get(otherEnterprise, entryId, files[0].id)).status).toBe(404);
    const listed = await api.gqlAs<{ ledgerEntry: unknown }>(otherEnterprise, LIST, { id: entryId });
    expect(listed.data?.ledgerEntry ?? null).toBeNull();
    await fails(api, otherExpert, 'NOT_FOUND', REMOVE, { id: files[0].id });
    await fails(api, enterprise, 'FORBIDDEN', REMOVE, { id: files[0].id });
    const { rows: denied } = await api.db.sql.query(
      "select count(*)::int as n from audit_log where operation in ('uploadLedgerEvidence', 'deleteLedgerEvidence') and result = 'DENIED'",
    );
    expect(denied[0].n).toBeGreaterThanOrEqual(4);
  });

  it('refuses a wrong type, a content that does not match it and a file over 10 MB, in Chinese naming the field', async () => {
    const html = await send(expert, entryId, { fileName: '记录.html', type: 'text/html', body: Buffer.from('<html>') });
    expect(html.status).toBe(400);
    expect(html.json.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contentType' });
    expect(html.json.errors![0].message).toMatch(/^仅接受 PDF、PNG、JPEG、XLSX 或 CSV 文件/);
    const fake = await send(expert, entryId, { fileName: '照片.png', type: 'image/png', body: pdf('not a png') });
    expect(fake.status).toBe(400);
    expect(fake.json.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content' });
    expect(fake.json.errors![0].message).toMatch(/^文件内容不是 PNG/);
    const big = await send(expert, entryId, { body: Buffer.concat([pdf('big'), Buffer.alloc(10 * 1024 * 1024)]) });
    expect(big.status).toBe(413);
    expect(big.json.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content' });
    expect(big.json.errors![0].message).toMatch(/^文件超过 10 MB/);
  });

  it('removes a file while the entry is unconfirmed; once the enterprise confirms, files can be neither added nor removed', async () => {
    const { rows } = await api.db.sql.query('select id from ledger_evidence where entry_id = $1 order by id', [entryId]);
    expect((await ok<{ deleteLedgerEvidence: number }>(api, expert, REMOVE, { id: rows[1].id })).deleteLedgerEvidence).toBe(rows[1].id);
    expect((await api.db.sql.query('select id from ledger_evidence where entry_id = $1', [entryId])).rows).toEqual([{ id: rows[0].id }]);
    await ok(api, enterprise, CONFIRM, { input: { entryId, confirmed: true } });
    const late = await send(expert, entryId);
    expect(late.status).toBe(409);
    expect(late.json.errors![0].message).toMatch(/^企业已确认该记录（第七条服务台账），佐证文件不能再上传/);
    const kept = await fails(api, expert, 'CONFLICT', REMOVE, { id: rows[0].id });
    expect(kept.message).toMatch(/不能再删除/);
    expect((await api.db.sql.query('select count(*)::int as n from ledger_evidence where entry_id = $1', [entryId])).rows[0].n).toBe(1);
  });

  it('goes with its entry when the expert withdraws the entry', async () => {
    const other = await record();
    expect((await send(expert, other)).status).toBe(201);
    const { rows } = await api.db.sql.query('select version from ledger_entry where id = $1', [other]);
    await ok(api, expert, 'mutation($input: VersionedIdInput!) { withdrawService(input: $input) }', {
      input: { id: other, version: rows[0].version },
    });
    expect((await api.db.sql.query('select count(*)::int as n from ledger_evidence where entry_id = $1', [other])).rows[0].n).toBe(0);
  });
});
