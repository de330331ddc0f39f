/**
 * Uploads of the Art. 13 materials over HTTP: signed in like GraphQL (bearer or cookie), only
 * PDF, PNG, JPEG, XLSX or CSV (the content must match), at most 10 MB, SHA-256 per file,
 * stored in the database, only by the applying enterprise on its own draft; the checklist of
 * missing kinds follows.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TestServer } from '../support/server';
import { accountFor, CREATE_APPLICATION, demoBindings, draft, eligibleExpert, ok, openCall, today, upload } from './support';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('techvp png body')]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('techvp jpeg body'), Buffer.from([0xff, 0xd9])]);
const XLSX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('techvp xlsx body')]);
const CSV = Buffer.from('年度,研发投入（元）\n2025,14985900.00\n', 'utf8');
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('materials upload (Art. 13)', () => {
  let api: TestServer;
  let enterprise: string;
  let applicationId: number;

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    const bureau = await api.login('bureau');
    enterprise = await api.login('enterprise');
    const ids = await demoBindings(api.db.sql);
    const callId = await openCall(api, bureau, Number(today().slice(0, 4)) + 1);
    const expertId = await eligibleExpert(api.db.sql, ids.enterpriseId);
    applicationId = (
      await ok<{ createApplication: { id: number } }>(api, enterprise, CREATE_APPLICATION, { input: draft(callId, expertId) })
    ).createApplication.id;
  });
  afterAll(async () => api?.close());

  it('stores each accepted type with its SHA-256 and shows what is still missing', async () => {
    const files = [
      { kind: 'APPLICATION_FORM', fileName: '申报表.pdf', type: 'application/pdf', body: Buffer.from('%PDF-1.7\n申报表\n%%EOF\n') },
      { kind: 'EXPERT_ID', fileName: '身份证.png', type: 'image/png', body: PNG },
      { kind: 'EXPERT_DEGREE', fileName: '学位证.jpg', type: 'image/jpeg', body: JPEG },
      { kind: 'FINANCIAL_STATEMENTS', fileName: '财务报表.xlsx', type: XLSX_TYPE, body: XLSX },
      { kind: 'RD_SPENDING_PROOF', fileName: '研发投入.csv', type: 'text/csv; charset=utf-8', body: CSV },
    ];
    let missing: string[] = [];
    for (const f of files) {
      const res = await upload(api, enterprise, applicationId, f.kind, f);
      expect(res.status, JSON.stringify(res.json)).toBe(201);
      const sha = createHash('sha256').update(f.body).digest('hex');
      expect(res.json.data).toMatchObject({ kind: f.kind, fileName: f.fileName, sizeBytes: f.body.length, sha256: sha });
      const { rows } = await api.db.sql.query(
        'select sha256, size_bytes, mime_type, content, (select username from app_user u where u.id = uploaded_by_id) as uploaded_by from application_material where id = $1',
        [res.json.data!.id],
      );
      expect(rows[0]).toMatchObject({ sha256: sha, size_bytes: f.body.length, mime_type: f.type.split(';')[0], uploaded_by: 'enterprise' });
      expect(Buffer.compare(rows[0].content, f.body)).toBe(0);
      expect(createHash('sha256').update(rows[0].content).digest('hex')).toBe(sha);
      missing = res.json.data!.missing;
    }
    expect(missing).toHaveLength(6);
    const shown = await ok<{ application: { missingMaterials: string[]; materialsComplete: boolean } }>(
      api,
      enterprise,
      `{ application(id: ${applicationId}) { missingMaterials materialsComplete } }`,
    );
    expect(shown.application).toEqual({ missingMaterials: missing, materialsComplete: false });
    const { rows: audit } = await api.db.sql.query(
      "select count(*)::int as n from audit_log where operation = 'uploadMaterial' and result = 'OK'",
    );
    expect(audit[0].n).toBe(files.length);
  });

  it('signs in with the session cookie as well as a bearer token, and refuses anonymous uploads', async () => {
    const cookie = await upload(api, enterprise, applicationId, 'CREDIT_REPORT', { cookie: true });
    expect(cookie.status).toBe(201);
    const anonymous = await upload(api, null, applicationId, 'CREDIT_REPORT');
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses other types, contents that do not match the type, wrong extensions and unknown kinds', async () => {
    const cases: Array<[Parameters<typeof upload>[4] & { kind?: string }, string]> = [
      [{ type: 'application/zip', fileName: 'x.zip', body: XLSX }, 'contentType'],
      [{ type: 'text/html', fileName: 'x.html', body: Buffer.from('<html>') }, 'contentType'],
      [{ type: 'application/pdf', fileName: 'x.pdf', body: PNG }, 'content'],
      [{ type: 'image/png', fileName: 'x.png', body: JPEG }, 'content'],
      [{ type: 'text/csv', fileName: 'x.csv', body: Buffer.from([0x00, 0x01, 0x02, 0xff]) }, 'content'],
      [{ type: 'application/pdf', fileName: 'x.exe', body: Buffer.from('%PDF-1.4\n') }, 'fileName'],
      [{ type: 'application/pdf', fileName: '../../etc/x.pdf', body: Buffer.from('%PDF-1.4\n') }, 'fileName'],
      [{ type: 'application/pdf', fileName: 'x.pdf', body: Buffer.alloc(0) }, 'content'],
      [{ kind: 'PHOTO', type: 'application/pdf', fileName: 'x.pdf' }, 'kind'],
    ];
    const before = await api.db.sql.query('select count(*)::int as n from application_material where application_id = $1', [applicationId]);
    for (const [opts, field] of cases) {
      const res = await upload(api, enterprise, applicationId, opts.kind ?? 'GREEN_THRESHOLD', opts);
      expect(res.status, `${JSON.stringify(opts.fileName)} ${field}`).toBe(400);
      expect(res.json.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(res.json.errors![0].message).toMatch(/ \/ /);
    }
    const after = await api.db.sql.query('select count(*)::int as n from application_material where application_id = $1', [applicationId]);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('refuses a file above 10 MB with 413', async () => {
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024)]);
    const res = await upload(api, enterprise, applicationId, 'GREEN_THRESHOLD', { body: big });
    expect(res.status).toBe(413);
    expect(res.json.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('lets only the applying enterprise upload, and only to a draft', async () => {
    const { rows } = await api.db.sql.query(
      'select id from enterprise where id <> (select enterprise_id from application where id = $1) order by id limit 1',
      [applicationId],
    );
    const stranger = await accountFor(api, 'ENTERPRISE', { enterpriseId: rows[0].id });
    expect((await upload(api, stranger, applicationId, 'GREEN_THRESHOLD')).status).toBe(404);
    expect((await upload(api, await api.login('bureau'), applicationId, 'GREEN_THRESHOLD')).status).toBe(403);
    const { rows: submitted } = await api.db.sql.query(
      "select id, enterprise_id from application where stage = 'SUBMITTED' order by id limit 1",
    );
    const owner = await accountFor(api, 'ENTERPRISE', { enterpriseId: submitted[0].enterprise_id });
    const late = await upload(api, owner, submitted[0].id, 'GREEN_THRESHOLD');
    expect(late.status).toBe(409);
    expect(late.json.errors![0].extensions.code).toBe('CONFLICT');
    const { rows: denied } = await api.db.sql.query(
      "select count(*)::int as n from audit_log where operation = 'uploadMaterial' and result = 'DENIED'",
    );
    expect(denied[0].n).toBeGreaterThanOrEqual(3);
  });

  it('removes a wrong file from the draft and shows it as missing again', async () => {
    const { rows } = await api.db.sql.query("select id from application_material where application_id = $1 and kind = 'EXPERT_ID'", [
      applicationId,
    ]);
    const res = await ok<{ deleteMaterial: string[] }>(api, enterprise, 'mutation($id: Int!) { deleteMaterial(materialId: $id) }', {
      id: rows[0].id,
    });
    expect(res.deleteMaterial).toContain('EXPERT_ID');
  });
});
