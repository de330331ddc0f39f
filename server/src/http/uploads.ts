/**
 * Uploads of the Art. 13 application materials:
 *
 *   POST /api/applications/:id/materials?kind=APPLICATION_FORM&fileName=申报表.pdf
 *   Content-Type: application/pdf | image/png | image/jpeg | text/csv |
 *                 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
 *   body: the file's bytes (at most 10 MB)
 *
 * Signed in like GraphQL (the session cookie or `Authorization: Bearer`), run in one
 * transaction as the application role with the viewer's row scope (request-scope.ts), and
 * audited. Answers 201 with the stored file's SHA-256 and the checklist items still missing.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { AppError, ErrorCode, toPublicError } from '../graphql/errors';
import { AuditService } from '../modules/audit/audit.service';
import { SESSION_COOKIE } from '../modules/identity/identity.resolver';
import { passwordChangeRequired } from '../modules/identity/identity.errors';
import { IdentityService } from '../modules/identity/identity.service';
import { MAX_MATERIAL_BYTES, MaterialsService } from '../modules/workflow/materials.service';
import { readBodyWithin, sendTooLarge } from './body';
import { applyDatabaseScope } from './request-scope';

export interface UploadDeps {
  orm: MikroORM<PostgreSqlDriver>;
  log: Logger;
}

const ROUTE = /^\/api\/applications\/(\d{1,9})\/materials$/;
/** GET: one stored file, inline (preview) or as an attachment with `?download=1`. */
const FILE_ROUTE = /^\/api\/applications\/(\d{1,9})\/materials\/(\d{1,9})$/;

const STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RULE_VIOLATION]: 422,
};

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse, err: AppError): void {
  send(res, STATUS[err.code] ?? 500, { errors: [{ message: err.message, extensions: { code: err.code, ...err.details } }] });
}

function tokenOf(req: IncomingMessage): string | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (bearer) return bearer[1];
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === SESSION_COOKIE) return v.join('=') || null;
  }
  return null;
}

/** Handles the route when it matches; returns false for any other URL. */
export async function handleUploads(req: IncomingMessage, res: ServerResponse, url: URL, deps: UploadDeps): Promise<boolean> {
  const file = FILE_ROUTE.exec(url.pathname);
  if (file) {
    await serveMaterial(req, res, url, deps, Number(file[1]), Number(file[2]));
    return true;
  }
  const match = ROUTE.exec(url.pathname);
  if (!match) return false;
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    send(res, 405, { errors: [{ message: '仅支持 POST / Only POST is supported', extensions: { code: 'METHOD_NOT_ALLOWED' } }] });
    return true;
  }
  const token = tokenOf(req);
  const viewer = token ? await new IdentityService(deps.orm.em.fork(), new AuditService()).authenticate(token) : null;
  if (!viewer) {
    sendError(res, new AppError(ErrorCode.UNAUTHENTICATED, '请先登录 / Please log in first'));
    return true;
  }
  if (viewer.mustChangePassword) {
    sendError(res, passwordChangeRequired());
    return true;
  }
  const body = await readBodyWithin(req, MAX_MATERIAL_BYTES);
  if (!body) {
    sendTooLarge(req, res, {
      code: ErrorCode.BAD_USER_INPUT,
      message: `文件超过 ${MAX_MATERIAL_BYTES / 1024 / 1024} MB / The file exceeds ${MAX_MATERIAL_BYTES / 1024 / 1024} MB`,
      details: { field: 'content' },
    });
    return true;
  }
  const applicationId = Number(match[1]);
  // A refused upload still commits its DENIED audit row: the error is turned into an answer
  // inside the transaction, as GraphQL does.
  const outcome = await (deps.orm.em.fork() as EntityManager).transactional(async (em) => {
    await applyDatabaseScope(em, viewer);
    try {
      const stored = await new MaterialsService(em, viewer).upload({
        applicationId,
        kind: url.searchParams.get('kind') ?? '',
        fileName: url.searchParams.get('fileName') ?? '',
        mimeType: req.headers['content-type'] ?? '',
        content: body,
      });
      return { stored };
    } catch (err) {
      const known = toPublicError(err);
      if (!known) throw err;
      deps.log.info({ code: known.code, applicationId }, 'material upload refused');
      return { error: known };
    }
  });
  if (outcome.error) sendError(res, outcome.error);
  else send(res, 201, { data: outcome.stored });
  return true;
}

/** Sends one stored material to a reader of the case (county, bureau, the enterprise itself), audited. */
async function serveMaterial(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  deps: UploadDeps,
  applicationId: number,
  materialId: number,
) {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    send(res, 405, { errors: [{ message: '仅支持 GET / Only GET is supported', extensions: { code: 'METHOD_NOT_ALLOWED' } }] });
    return;
  }
  const token = tokenOf(req);
  const viewer = token ? await new IdentityService(deps.orm.em.fork(), new AuditService()).authenticate(token) : null;
  if (!viewer) return sendError(res, new AppError(ErrorCode.UNAUTHENTICATED, '请先登录 / Please log in first'));
  if (viewer.mustChangePassword) return sendError(res, passwordChangeRequired());
  const outcome = await (deps.orm.em.fork() as EntityManager).transactional(async (em) => {
    await applyDatabaseScope(em, viewer);
    try {
      return { file: await new MaterialsService(em, viewer).read(applicationId, materialId) };
    } catch (err) {
      const known = toPublicError(err);
      if (!known) throw err;
      return { error: known };
    }
  });
  if (outcome.error) return sendError(res, outcome.error);
  const { fileName, mimeType, content } = outcome.file!;
  res.statusCode = 200;
  res.setHeader('Content-Type', mimeType);
  const disposition = url.searchParams.get('download') === '1' ? 'attachment' : 'inline';
  res.setHeader('Content-Disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(fileName)}`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'no-store');
  res.end(content);
}
