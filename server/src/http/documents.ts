/**
 * Official documents (`/api/documents/…`, signed in) and the public certificate check
 * (`/verify`, deliberately open to anyone: a certificate's holder shows it to third parties).
 *
 *   GET /api/documents/certificate/:appointmentId.pdf   ST_BUREAU, ORG_DEPT, the expert themself
 *   GET /api/documents/notice/:noticeId.pdf             ST_BUREAU, ORG_DEPT
 *   GET /api/documents/filing/:filingId.pdf             ST_BUREAU, ORG_DEPT (the filing packet, 备案材料)
 *   GET /verify?no=…&code=…                             public; HTML, or JSON with Accept: application/json
 *
 * The public page is cheap (one indexed look-up through a security-definer function, only after
 * the code matches) and rate-limited per client address across all servers (`verify_throttle`); it shows validity, certificate
 * number, enterprise, position, service period and status, never personal data.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../graphql/context';
import { ErrorCode } from '../graphql/errors';
import { CertificateService } from '../modules/documents/certificate';
import { NoticeService } from '../modules/documents/notice';
import { FilingPacketService } from '../modules/documents/filing-packet';
import { verifyCertificate, VerificationResult } from '../modules/documents/verification';
import { APPOINTMENT_STATUS, POSITION } from '../modules/spreadsheet/labels';
import { clientAddress, viaHttps } from './client';
import type { HttpDeps } from './server';
import { attachment, inViewerTransaction, requestIdOf, requireViewer, sendError, sendJson, sendKnownError } from './spreadsheets';

/** Public verification: at most this many look-ups per client address per minute, across all servers. */
export const VERIFY_PER_MINUTE = 30;

/**
 * Counts one look-up of the client in this minute (PostgreSQL's clock, shared by every server)
 * and forgets minutes long past. The client is a keyed hash of its address.
 */
async function allowVerify(em: EntityManager, client: string): Promise<{ ok: boolean; retryAfter: number }> {
  const [row] = await em.execute<Array<{ hits: number; retry_after: number }>>(
    `insert into verify_throttle (client_key, window_start, hits) values (?, date_trunc('minute', now()), 1)
       on conflict (client_key, window_start) do update set hits = verify_throttle.hits + 1
     returning hits, 60 - floor(extract(epoch from now() - date_trunc('minute', now())))::int as retry_after`,
    [client],
  );
  await em.execute(`delete from verify_throttle where window_start < now() - interval '5 minutes'`);
  return { ok: row.hits <= VERIFY_PER_MINUTE, retryAfter: Math.max(1, Number(row.retry_after)) };
}

/** Handles `/api/documents/…` and `/verify`. */
export async function handleDocuments(req: IncomingMessage, res: ServerResponse, url: URL, deps: HttpDeps): Promise<void> {
  try {
    if (url.pathname === '/verify') return await verifyPage(req, res, url, deps);
    if ((req.method ?? 'GET') !== 'GET') return sendError(res, 405, 'METHOD_NOT_ALLOWED', '请使用 GET / use GET');
    let m: RegExpExecArray | null;
    if ((m = /^\/api\/documents\/certificate\/(\d{1,9})\.pdf$/.exec(url.pathname))) {
      const viewer = await requireViewer(req, deps);
      const id = Number(m[1]);
      const doc = await inViewerTransaction(deps, viewer, (em) =>
        new CertificateService(em, viewer, deps.pii).render(id, verifyBase(req, deps), requestIdOf(req)),
      );
      return sendPdf(res, doc, viewer, deps);
    }
    if ((m = /^\/api\/documents\/notice\/(\d{1,9})\.pdf$/.exec(url.pathname))) {
      const viewer = await requireViewer(req, deps);
      const id = Number(m[1]);
      const doc = await inViewerTransaction(deps, viewer, (em) => new NoticeService(em, viewer).render(id, requestIdOf(req)));
      return sendPdf(res, doc, viewer, deps);
    }
    if ((m = /^\/api\/documents\/filing\/(\d{1,9})\.pdf$/.exec(url.pathname))) {
      const viewer = await requireViewer(req, deps);
      const id = Number(m[1]);
      const doc = await inViewerTransaction(deps, viewer, (em) => new FilingPacketService(em, viewer).render(id, requestIdOf(req)));
      return sendPdf(res, doc, viewer, deps);
    }
    sendError(res, 404, ErrorCode.NOT_FOUND, '没有这个文档 / no such document');
  } catch (err) {
    sendKnownError(res, err);
  }
}

function sendPdf(res: ServerResponse, doc: { pdf: Buffer; fileName: string; missingGlyphs: string[] }, viewer: Viewer, deps: HttpDeps) {
  if (doc.missingGlyphs.length) {
    deps.log.warn({ user: viewer.username, count: doc.missingGlyphs.length }, 'document has characters outside the embedded font');
  }
  res.statusCode = 200;
  res.setHeader('Content-Type', 'application/pdf');
  res.setHeader('Content-Disposition', attachment(doc.fileName).replace(/^attachment/, 'inline'));
  res.setHeader('Cache-Control', 'no-store');
  res.end(doc.pdf);
}

/**
 * The public address of the verification page, as printed on certificates: `TECHVP_PUBLIC_URL`
 * (required in production), else, on a developer's machine, the address the request came to.
 */
function verifyBase(req: IncomingMessage, deps: HttpDeps): string {
  if (deps.config.TECHVP_PUBLIC_URL) return `${deps.config.TECHVP_PUBLIC_URL}/verify`;
  const proto = viaHttps(req, deps.config) ? 'https' : 'http';
  const host = (req.headers.host ?? `${deps.config.HOST}:${deps.config.PORT}`).trim();
  return `${proto}://${/^[\w.:[\]-]+$/.test(host) ? host : `${deps.config.HOST}:${deps.config.PORT}`}/verify`;
}

async function verifyPage(req: IncomingMessage, res: ServerResponse, url: URL, deps: HttpDeps): Promise<void> {
  if ((req.method ?? 'GET') !== 'GET') return sendError(res, 405, 'METHOD_NOT_ALLOWED', '请使用 GET / use GET');
  const wantsJson = (req.headers.accept ?? '').includes('application/json') || url.searchParams.get('format') === 'json';
  const no = url.searchParams.get('no') ?? '';
  const code = url.searchParams.get('code') ?? '';
  if (!no && !code) {
    if (wantsJson) return sendError(res, 400, ErrorCode.BAD_USER_INPUT, '请提供证书编号和核验码 / give no and code', { field: 'no' });
    return sendHtml(res, 200, page(null, '', ''));
  }
  const client = deps.pii.hash(`techvp:verify-client:v1:${clientAddress(req, deps.config)}`).slice(0, 32);
  // No viewer: techvp_app with scope "none"; the security-definer function is the only window.
  const outcome = await inViewerTransaction(deps, null, async (em) => {
    const limit = await allowVerify(em, client);
    return limit.ok ? { limit, result: await verifyCertificate(em, deps.pii, no, code) } : { limit, result: null };
  });
  const { limit, result } = outcome;
  if (!result) {
    res.setHeader('Retry-After', String(limit.retryAfter));
    if (wantsJson) return sendError(res, 429, 'TOO_MANY_REQUESTS', '查询过于频繁，请稍后再试 / too many checks: try again later');
    return sendHtml(res, 429, page(null, no, code, '查询过于频繁，请一分钟后再试 / Too many checks: try again in a minute.'));
  }
  if (wantsJson) return sendJson(res, 200, result);
  return sendHtml(res, 200, page(result, no, code));
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(html);
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(result: VerificationResult | null, no: string, code: string, notice?: string): string {
  let body = '';
  if (notice) body = `<p class="warn">${esc(notice)}</p>`;
  else if (result?.valid) {
    const c = result.certificate;
    const status = APPOINTMENT_STATUS[c.status as keyof typeof APPOINTMENT_STATUS] ?? c.status;
    const rows: Array<[string, string]> = [
      ['证书编号 / Certificate', c.certificateNo],
      ['派驻企业 / Enterprise', c.enterpriseName],
      ['兼任职务 / Position', POSITION[c.position as keyof typeof POSITION] ?? c.position],
      ['服务期 / Service period', `${c.serviceStart} 至 ${c.serviceEnd}`],
      ['认定日期 / Recognised on', c.recognisedOn ?? '—'],
      ['状态 / Status', c.endedOn ? `${status}（${c.endedOn}）` : status],
    ];
    body = `<p class="ok">✔ 证书真实有效 / This certificate is genuine${c.status === 'ACTIVE' || c.status === 'COMPLETED' ? '' : '，但任职已终止 / but the appointment has ended'}</p>
<table>${rows.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`).join('')}</table>`;
  } else if (result) {
    body = `<p class="bad">✘ 核验未通过：证书编号与核验码不匹配，或证书不存在 / Not verified: the number and code do not match, or no such certificate exists.</p>`;
  }
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>科技副总证书核验 / Certificate verification</title>
<style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.4rem}label{display:block;margin:.6rem 0 .2rem}input{width:100%;padding:.4rem;font-size:1rem}
button{margin-top:.8rem;padding:.4rem 1.2rem;font-size:1rem}.ok{color:#1b7f3a;font-weight:bold}.bad,.warn{color:#b3261e;font-weight:bold}
table{border-collapse:collapse;margin-top:1rem;width:100%}th,td{border:1px solid #ccc;padding:.4rem;text-align:left}th{background:#f5f5f5;width:12rem}</style>
</head><body><h1>聊城市“科技副总”证书核验 / Certificate verification</h1>
<form method="get" action="/verify"><label for="no">证书编号 / Certificate number</label><input id="no" name="no" value="${esc(no)}" maxlength="64" required>
<label for="code">核验码 / Verification code</label><input id="code" name="code" value="${esc(code)}" maxlength="32" required placeholder="XXXX-XXXX-XXXX">
<button type="submit">核验 / Verify</button></form>${body}
<p style="margin-top:2rem;color:#666;font-size:.85rem">本页仅显示证书状态，不显示任何个人信息。 / This page shows the certificate's status only, never personal data.</p>
</body></html>`;
}
