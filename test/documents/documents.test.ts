/**
 * Official documents: the recognition certificate and the public-notice text as PDFs with the
 * shipped Chinese font, and the public verification page that confirms a real certificate,
 * rejects a forged one and never shows personal data.
 */
import { PiiCipher } from '@techvp/server';
import { verificationCode } from '@techvp/server/dist/modules/documents/verification';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PII_KEY } from '../support/constants';
import { ENGINE } from '../support/db';
import { startTestServer, TestServer } from '../support/server';
import { pdftotext, readPdf, squash } from './pdf-text';
import { awayFromMinuteBoundary } from './support';

const pii = new PiiCipher(Buffer.from(TEST_PII_KEY, 'base64'));

interface Cert {
  id: number;
  certificate_no: string;
  expert_name: string;
  enterprise_name: string;
}

describe(`certificates, notices and verification (${ENGINE})`, () => {
  let api: TestServer;
  const t: Record<string, string> = {};
  let cert: Cert;

  const get = async (path: string, token?: string | null, headers: Record<string, string> = {}) => {
    const res = await fetch(`${api.url}${path}`, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } });
    return {
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      body: Buffer.from(await res.arrayBuffer()),
      headers: res.headers,
    };
  };
  const verify = async (no: string, code: string) =>
    JSON.parse(
      (
        await get(`/verify?no=${encodeURIComponent(no)}&code=${encodeURIComponent(code)}`, null, { accept: 'application/json' })
      ).body.toString(),
    );

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    for (const u of ['bureau', 'orgdept', 'analyst', 'expert', 'county-371502']) t[u] = await api.login(u);
    const { rows } = await api.db.sql.query<Cert>(
      `select a.id, a.certificate_no, x.name as expert_name, e.name as enterprise_name
         from appointment a join expert x on x.id = a.expert_id join enterprise e on e.id = a.enterprise_id
        where a.certificate_no is not null and a.status = 'ACTIVE'
          and a.expert_id <> (select expert_id from app_user where username = 'expert')
        order by a.id limit 1`,
    );
    cert = rows[0];
  });
  afterAll(async () => api?.close());

  it('renders a certificate PDF that opens and carries the certificate number and its verification code', async () => {
    const res = await get(`/api/documents/certificate/${cert.id}.pdf`, t.bureau);
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/pdf');
    const pdf = readPdf(res.body);
    expect(pdf.pages).toBe(1);
    const code = verificationCode(pii, cert.certificate_no);
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    for (const text of [pdf.text, pdftotext(res.body)].filter((x): x is string => x !== null)) {
      const flat = squash(text);
      expect(flat).toContain(squash(`证书编号：${cert.certificate_no}`));
      expect(flat).toContain(`核验码：${code}`);
      expect(flat).toContain(squash(cert.expert_name));
      expect(flat).toContain('聊城市“科技副总”证书');
      expect(flat).not.toContain('\ufffd');
    }
    // The shipped font is embedded (a subset), not referenced from the system.
    expect(res.body.toString('latin1')).toMatch(/\/FontFile3|\/FontFile2/);
    const { rows } = await api.db.sql.query<{ n: string }>(
      `select count(*) as n from audit_log where operation = 'document:certificate' and username = 'bureau' and object_ids = $1`,
      [String(cert.id)],
    );
    expect(rows[0].n).toBe('1');
  });

  it('lets the expert print their own certificate only, and refuses other roles', async () => {
    const { rows } = await api.db.sql.query<{ id: number; certificate_no: string | null }>(
      `select a.id, a.certificate_no from appointment a join app_user u on u.expert_id = a.expert_id where u.username = 'expert' order by a.id`,
    );
    const own = rows.find((r) => r.certificate_no);
    if (own) expect((await get(`/api/documents/certificate/${own.id}.pdf`, t.expert)).status).toBe(200);
    const legacy = rows.find((r) => !r.certificate_no);
    if (legacy) {
      const res = await get(`/api/documents/certificate/${legacy.id}.pdf`, t.expert);
      expect(res.status).toBe(422);
      expect(JSON.parse(res.body.toString()).errors[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', article: 'Art. 12.5' });
    }
    expect(rows.length).toBeGreaterThan(0);
    // Another expert's appointment is invisible to this expert (row-level security): not found.
    expect((await get(`/api/documents/certificate/${cert.id}.pdf`, t.expert)).status).toBe(404);
    expect((await get(`/api/documents/certificate/${cert.id}.pdf`, t.orgdept)).status).toBe(200);
    expect((await get(`/api/documents/certificate/${cert.id}.pdf`, t.analyst)).status).toBe(403);
    expect((await get(`/api/documents/certificate/${cert.id}.pdf`, t['county-371502'])).status).toBe(403);
    expect((await get(`/api/documents/certificate/${cert.id}.pdf`, null)).status).toBe(401);
    expect((await get(`/api/documents/certificate/999999.pdf`, t.bureau)).status).toBe(404);
  });

  it('renders the public notice with every candidate, for the bureau and the Organisation Department', async () => {
    const { rows: notice } = await api.db.sql.query<{ id: number; title: string }>(
      'select id, title from public_notice order by id limit 1',
    );
    const { rows: names } = await api.db.sql.query<{ name: string; enterprise: string }>(
      `select x.name, e.name as enterprise from application a join expert x on x.id = a.proposed_expert_id join enterprise e on e.id = a.enterprise_id
        where a.notice_id = $1`,
      [notice[0].id],
    );
    const res = await get(`/api/documents/notice/${notice[0].id}.pdf`, t.orgdept);
    expect(res.status).toBe(200);
    const pdf = readPdf(res.body);
    const flat = squash(pdf.text);
    expect(flat).toContain(squash(notice[0].title));
    expect(flat).toContain(`拟认定以下${names.length}名同志`);
    for (const n of names) expect(flat).toContain(squash(n.name));
    expect(flat).toMatch(/个工作日/);
    expect(flat).not.toMatch(/\d{17}[\dX]|1[3-9]\d{9}/); // no ID or mobile numbers
    const poppler = pdftotext(res.body);
    if (poppler !== null) expect(squash(poppler)).toContain(squash(names[0].name));
    expect((await get(`/api/documents/notice/${notice[0].id}.pdf`, t.expert)).status).toBe(403);
  });

  it('confirms a real certificate on the public page without personal data, and rejects a forged one', async () => {
    const code = verificationCode(pii, cert.certificate_no);
    const real = await verify(cert.certificate_no, code.toLowerCase().replace(/-/g, ' '));
    expect(real).toMatchObject({
      valid: true,
      certificate: { certificateNo: cert.certificate_no, enterpriseName: cert.enterprise_name, status: 'ACTIVE' },
    });
    const shown = JSON.stringify(real);
    expect(shown).not.toContain(cert.expert_name);
    expect(shown).not.toMatch(/\d{17}[\dX]|1[3-9]\d{9}|idNumber|phone/i);

    const forged = code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A');
    expect(await verify(cert.certificate_no, forged)).toEqual({ valid: false, reason: 'invalid' });
    // A code made for a number that was never issued is rejected too.
    const unissued = '聊科副总证〔2030〕第9999号';
    expect(await verify(unissued, verificationCode(pii, unissued))).toEqual({ valid: false, reason: 'invalid' });
    expect(await verify('', 'x')).toEqual({ valid: false, reason: 'malformed' });

    const html = await get(`/verify?no=${encodeURIComponent(cert.certificate_no)}&code=${code}`);
    expect(html.status).toBe(200);
    expect(html.type).toMatch(/text\/html/);
    const page = html.body.toString();
    expect(page).toContain('证书真实有效');
    expect(page).toContain(cert.enterprise_name);
    expect(page).not.toContain(cert.expert_name);
    const bad = (await get(`/verify?no=${encodeURIComponent(cert.certificate_no)}&code=${forged}`)).body.toString();
    expect(bad).toContain('核验未通过');
    expect(bad).not.toContain(cert.enterprise_name);
    const xss = (await get(`/verify?no=${encodeURIComponent('<script>alert(1)</script>')}&code=1`)).body.toString();
    expect(xss).not.toContain('<script>alert(1)</script>');
  });

  it('rate-limits the public page per client address', async () => {
    await awayFromMinuteBoundary(api);
    const statuses: number[] = [];
    while (statuses.length < 100 && !statuses.includes(429)) {
      statuses.push((await get(`/verify?no=X&code=Y`, null, { accept: 'application/json' })).status);
    }
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(30);
    const limited = await get(`/verify?no=X&code=Y`, null, { accept: 'application/json' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
