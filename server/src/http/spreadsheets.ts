/**
 * Spreadsheet routes (`/api/spreadsheets/…`): templates, imports (with a dry-run preview and
 * optional NDJSON progress) and exports of every list. Like `/graphql`, each request signs the
 * viewer in from the `techvp_session` cookie or a bearer token and runs in one transaction as
 * techvp_app with the viewer's row-level-security settings. The services do the work; this file
 * only speaks HTTP. See docs/spreadsheets.md.
 *
 * CSRF: imports accept only the .xlsx and text/csv content types, neither of which a browser
 * sends cross-site without a CORS preflight (which this server never grants), and the session
 * cookie is SameSite=Strict.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PassThrough } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../graphql/context';
import { findInvalidText, invalidTextMessage, isInvalidText } from '../domain/text';
import { AppError, badInput, ErrorCode, toPublicError } from '../graphql/errors';
import { AuditService } from '../modules/audit/audit.service';
import { READERS } from '../modules/identity/access';
import { SESSION_COOKIE } from '../modules/identity/identity.resolver';
import { passwordChangeRequired } from '../modules/identity/identity.errors';
import { IdentityService } from '../modules/identity/identity.service';
import { coerceFilter, EXPORT_LISTS, isExportList, LISTS, SpreadsheetExportService } from '../modules/spreadsheet/export.service';
import { importRoles, ImportProgress, SpreadsheetImportService } from '../modules/spreadsheet/import.service';
import { CSV_TYPE, XLSX_TYPE } from '../modules/spreadsheet/parse';
import { buildTemplate, IMPORT_KINDS, isImportKind, ReferenceLists, SHEETS } from '../modules/spreadsheet/templates';
import { headerText } from '../modules/spreadsheet/validate';
import { readBodyWithin, sendTooLarge } from './body';
import { clientAddress } from './client';
import { applyDatabaseScope } from './request-scope';
import type { HttpDeps } from './server';

/** Largest upload accepted (a 50,000-row ledger is about 3 MB as .xlsx). */
export const MAX_UPLOAD_BYTES = 30 * 1024 * 1024;

const audit = new AuditService();

const STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RULE_VIOLATION]: 422,
};

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

/** Errors in the same shape as GraphQL's: `{ errors: [{ message, extensions: { code, … } }] }`. */
export function sendError(res: ServerResponse, status: number, code: string, message: string, details: Record<string, unknown> = {}): void {
  sendJson(res, status, { errors: [{ message, extensions: { code, ...details } }] });
}

/** Answers with a known error, or rethrows an unknown one (server.ts logs it as a 500). */
export function sendKnownError(res: ServerResponse, err: unknown): void {
  const known = toPublicError(err);
  if (!known) throw err;
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendError(res, STATUS[known.code] ?? 400, known.code, known.message, known.details);
}

function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=') || null;
  }
  return null;
}

/** The signed-in viewer (cookie or bearer token), or null. */
export async function authenticate(req: IncomingMessage, deps: HttpDeps): Promise<Viewer | null> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? null;
  const token = bearer ?? cookieValue(req.headers.cookie, SESSION_COOKIE);
  if (!token) return null;
  return new IdentityService(deps.orm.em.fork() as EntityManager, audit).authenticate(token);
}

/** The viewer, or an UNAUTHENTICATED error. */
export async function requireViewer(req: IncomingMessage, deps: HttpDeps): Promise<Viewer> {
  const viewer = await authenticate(req, deps);
  if (!viewer) throw new AppError(ErrorCode.UNAUTHENTICATED, '请先登录 / Please log in first');
  if (viewer.mustChangePassword) throw passwordChangeRequired();
  return viewer;
}

/** Runs `work` in one transaction as techvp_app with the viewer's row-level-security scope. */
export function inViewerTransaction<T>(deps: HttpDeps, viewer: Viewer | null, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return (deps.orm.em.fork() as EntityManager).transactional(async (em) => {
    await applyDatabaseScope(em, viewer);
    return work(em);
  });
}

export const requestIdOf = (req: IncomingMessage): string => String(req.headers['x-request-id'] ?? randomUUID()).slice(0, 64);

/** `attachment; filename="…"; filename*=UTF-8''…` for Chinese file names. */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Reads the upload (http/body.ts); an oversized one becomes a 413 answer in handleSpreadsheets. */
async function readUpload(req: IncomingMessage, limit: number): Promise<Buffer> {
  const body = await readBodyWithin(req, limit);
  if (!body) throw new AppError(ErrorCode.BAD_USER_INPUT, '文件过大 / file too large', { status: 413, limitBytes: limit });
  return body;
}

async function referenceLists(em: EntityManager): Promise<ReferenceLists> {
  const run = <T>(sql: string) => em.getConnection().execute<T[]>(sql, [], 'all', em.getTransactionContext());
  return {
    divisions: (await run<{ code: string; name_zh: string }>('select code, name_zh from division order by sort_order')).map((d) => ({
      code: d.code,
      nameZh: d.name_zh,
    })),
    sectors: (await run<{ code: string; name_zh: string }>('select code, name_zh from sector order by sort_order')).map((d) => ({
      code: d.code,
      nameZh: d.name_zh,
    })),
    institutions: (await run<{ code: string; name_zh: string }>('select code, name_zh from institution order by name_zh')).map((d) => ({
      code: d.code,
      nameZh: d.name_zh,
    })),
    cycles: (await run<{ code: string; status: string }>('select code, status from evaluation_cycle order by code')).map((c) => ({
      code: c.code,
      status: c.status === 'OPEN' ? '评定中' : '已结束',
    })),
  };
}

/** What the dashboard needs to draw the import and export pages. */
function meta() {
  return {
    imports: IMPORT_KINDS.map((kind) => ({
      kind,
      title: SHEETS[kind].title,
      sheetName: SHEETS[kind].sheetName,
      roles: importRoles(kind),
      keyNote: SHEETS[kind].keyNote,
      template: `/api/spreadsheets/templates/${kind}.xlsx`,
      columns: SHEETS[kind].columns.map((c) => ({
        key: c.key,
        header: headerText(c),
        en: c.en,
        required: c.required,
        note: c.note,
        choices: c.choices ?? null,
      })),
    })),
    exports: EXPORT_LISTS.map((list) => ({
      list,
      title: LISTS[list].title,
      resource: LISTS[list].resource,
      filterType: `${LISTS[list].resource}Filter`,
      roles: READERS[LISTS[list].resource],
      xlsx: `/api/spreadsheets/export/${list}.xlsx`,
      csv: `/api/spreadsheets/export/${list}.csv`,
    })),
    maxUploadBytes: MAX_UPLOAD_BYTES,
  };
}

/** Handles every path under `/api/spreadsheets/`. */
export async function handleSpreadsheets(req: IncomingMessage, res: ServerResponse, url: URL, deps: HttpDeps): Promise<void> {
  try {
    await route(req, res, url, deps);
  } catch (err) {
    if ((err as AppError).details?.status === 413) {
      return sendTooLarge(req, res, {
        code: 'PAYLOAD_TOO_LARGE',
        message: `文件超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB / file larger than ${MAX_UPLOAD_BYTES} bytes`,
      });
    }
    sendKnownError(res, err);
  }
}

async function route(req: IncomingMessage, res: ServerResponse, url: URL, deps: HttpDeps): Promise<void> {
  const path = url.pathname.replace(/^\/api\/spreadsheets\//, '');
  const method = req.method ?? 'GET';
  let m: RegExpExecArray | null;

  if (path === 'meta') {
    if (method !== 'GET') return sendError(res, 405, 'METHOD_NOT_ALLOWED', '请使用 GET / use GET');
    await requireViewer(req, deps);
    return sendJson(res, 200, meta());
  }

  if ((m = /^templates\/([a-z]+)\.xlsx$/.exec(path))) {
    if (method !== 'GET') return sendError(res, 405, 'METHOD_NOT_ALLOWED', '请使用 GET / use GET');
    const kind = m[1];
    if (!isImportKind(kind)) return sendError(res, 404, ErrorCode.NOT_FOUND, `没有“${kind}”导入模板 / no template ${kind}`);
    const viewer = await requireViewer(req, deps);
    const file = await inViewerTransaction(deps, viewer, async (em) => buildTemplate(kind, await referenceLists(em)));
    res.statusCode = 200;
    res.setHeader('Content-Type', XLSX_TYPE);
    res.setHeader('Content-Disposition', attachment(`${SHEETS[kind].sheetName}导入模板.xlsx`));
    res.setHeader('Cache-Control', 'no-store');
    res.end(file);
    return;
  }

  if ((m = /^import\/([a-z]+)$/.exec(path))) {
    if (method !== 'POST') return sendError(res, 405, 'METHOD_NOT_ALLOWED', '请使用 POST 上传文件 / POST the file');
    const kind = m[1];
    if (!isImportKind(kind)) return sendError(res, 404, ErrorCode.NOT_FOUND, `不支持导入“${kind}” / cannot import ${kind}`);
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== XLSX_TYPE && type !== CSV_TYPE) {
      return sendError(
        res,
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        `请以 Content-Type: ${XLSX_TYPE}（.xlsx）或 ${CSV_TYPE}（.csv）上传文件本身 / send the file itself as ${XLSX_TYPE} or ${CSV_TYPE}`,
      );
    }
    const viewer = await requireViewer(req, deps);
    if (!importRoles(kind).includes(viewer.role)) {
      return sendError(res, 403, ErrorCode.FORBIDDEN, `角色 ${viewer.role} 无权导入 ${kind} / role ${viewer.role} may not import ${kind}`);
    }
    const data = await readUpload(req, MAX_UPLOAD_BYTES);
    const dryRun = ['1', 'true', 'yes'].includes((url.searchParams.get('dryRun') ?? '').toLowerCase());
    const fileName = decodeHeader(req.headers['x-file-name']) ?? url.searchParams.get('fileName');
    if (fileName !== null && isInvalidText(fileName)) throw badInput('fileName', invalidTextMessage('fileName'));
    const streaming = url.searchParams.get('progress') === '1' || (req.headers.accept ?? '').includes('application/x-ndjson');
    const requestId = requestIdOf(req);
    const ip = clientAddress(req, deps.config);
    if (!streaming) {
      const report = await inViewerTransaction(deps, viewer, (em) =>
        new SpreadsheetImportService(em, viewer, deps.pii).run({ kind, data, dryRun, fileName, requestId, ip }),
      );
      return sendJson(res, report.ok ? 200 : 422, report);
    }
    // Progress as newline-delimited JSON: {"type":"progress",…} lines, then {"type":"report",…}.
    res.statusCode = 200;
    res.setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Request-Id', requestId);
    const line = (o: unknown) => res.write(`${JSON.stringify(o)}\n`);
    try {
      const report = await inViewerTransaction(deps, viewer, (em) =>
        new SpreadsheetImportService(em, viewer, deps.pii).run({
          kind,
          data,
          dryRun,
          fileName,
          requestId,
          ip,
          onProgress: (p: ImportProgress) => line({ type: 'progress', ...p }),
        }),
      );
      line({ type: 'report', ...report });
    } catch (err) {
      const known = toPublicError(err);
      if (!known) deps.log.error({ err, requestId }, 'spreadsheet import failed');
      line({
        type: 'error',
        code: known?.code ?? ErrorCode.INTERNAL_SERVER_ERROR,
        message: known?.message ?? '服务器内部错误 / Internal server error',
      });
    }
    res.end();
    return;
  }

  if ((m = /^export\/([a-z]+)\.(xlsx|csv)$/.exec(path))) {
    if (method !== 'GET') return sendError(res, 405, 'METHOD_NOT_ALLOWED', '请使用 GET / use GET');
    const list = m[1];
    const format = m[2] as 'xlsx' | 'csv';
    if (!isExportList(list)) return sendError(res, 404, ErrorCode.NOT_FOUND, `没有“${list}”列表 / no list ${list}`);
    const viewer = await requireViewer(req, deps);
    const filterText = url.searchParams.get('filter') ?? '';
    let json: unknown = null;
    if (filterText) {
      try {
        json = JSON.parse(filterText);
      } catch {
        return sendError(res, 400, ErrorCode.BAD_USER_INPUT, 'filter 不是合法的 JSON / filter is not valid JSON', { field: 'filter' });
      }
    }
    const badFilterText = findInvalidText(json, 'filter');
    if (badFilterText) throw badInput(badFilterText, invalidTextMessage(badFilterText));
    const filter = coerceFilter(deps.schema, list, json);
    const requestId = requestIdOf(req);
    await inViewerTransaction(deps, viewer, async (em) => {
      const service = new SpreadsheetExportService(em, viewer, deps.pii);
      service.authorize(list);
      res.statusCode = 200;
      res.setHeader('Content-Type', format === 'xlsx' ? XLSX_TYPE : `${CSV_TYPE}; charset=utf-8`);
      res.setHeader('Content-Disposition', attachment(service.fileName(list, format)));
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('X-Request-Id', requestId);
      // The file goes out as it is written; the response ends only after the audit row is in.
      const out = new PassThrough();
      out.pipe(res, { end: false });
      const flushed = new Promise<void>((resolve) => out.on('end', resolve));
      await service.export(out, { list, format, filter, filterText, requestId, ip: clientAddress(req, deps.config) });
      await flushed;
    });
    res.end();
    return;
  }

  sendError(res, 404, ErrorCode.NOT_FOUND, '没有这个接口 / no such endpoint');
}

/**
 * The file name from `X-File-Name` (percent-encoded UTF-8), cut to 200 characters (code points,
 * so an emoji is never halved into a lone surrogate). A header that is not valid percent-encoded
 * UTF-8 is refused as the user's input, like any other invalid text.
 */
function decodeHeader(v: string | string[] | undefined): string | null {
  const s = Array.isArray(v) ? v[0] : v;
  if (!s) return null;
  let name: string;
  try {
    name = decodeURIComponent(s);
  } catch {
    throw badInput('fileName', 'fileName：X-File-Name 须为百分号编码的 UTF-8 / X-File-Name must be percent-encoded UTF-8');
  }
  return [...name].slice(0, 200).join('');
}
