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
 *
 * The service ledger's evidence files (Art. 7.1) go the same way, with the same types and limit:
 *
 *   POST /api/ledger-entries/:id/evidence?fileName=签到表.pdf       (the expert, entry unconfirmed)
 *   GET  /api/ledger-entries/:id/evidence/:evidenceId[?download=1]  (whoever reads the entry)
 *
 * Removal is the GraphQL mutation `deleteLedgerEvidence`.
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
import { LedgerEvidenceService } from '../modules/ledger/ledger-evidence.service';
import type { Viewer } from '../graphql/context';
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
const EVIDENCE_ROUTE = /^\/api\/ledger-entries\/(\d{1,9})\/evidence$/;
const EVIDENCE_FILE_ROUTE = /^\/api\/ledger-entries\/(\d{1,9})\/evidence\/(\d{1,9})$/;

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

type Stored = { data: unknown } | { error: AppError };

/** Handles the routes when one matches; returns false for any other URL. */
export async function handleUploads(req: IncomingMessage, res: ServerResponse, url: URL, deps: UploadDeps): Promise<boolean> {
  const file = FILE_ROUTE.exec(url.pathname);
  if (file) {
    const [applicationId, materialId] = [Number(file[1]), Number(file[2])];
    await serveFile(req, res, url, deps, (em, viewer) => new MaterialsService(em, viewer).read(applicationId, materialId));
    return true;
  }
  const evidenceFile = EVIDENCE_FILE_ROUTE.exec(url.pathname);
  if (evidenceFile) {
    const [entryId, evidenceId] = [Number(evidenceFile[1]), Number(evidenceFile[2])];
    await serveFile(req, res, url, deps, (em, viewer) => new LedgerEvidenceService(em, viewer).read(entryId, evidenceId));
    return true;
  }
  const match = ROUTE.exec(url.pathname);
  if (match) {
    const applicationId = Number(match[1]);
    await receiveFile(req, res, deps, { applicationId }, (em, viewer, content) =>
      new MaterialsService(em, viewer).upload({
        applicationId,
        kind: url.searchParams.get('kind') ?? '',
        fileName: url.searchParams.get('fileName') ?? '',
        mimeType: req.headers['content-type'] ?? '',
        content,
      }),
    );
    return true;
  }
  const evidence = EVIDENCE_ROUTE.exec(url.pathname);
  if (evidence) {
    const entryId = Number(evidence[1]);
    await receiveFile(req, res, deps, { entryId }, (em, viewer, content) =>
      new LedgerEvidenceService(em, viewer).upload(entryId, {
        fileName: url.searchParams.get('fileName') ?? '',
        mimeType: req.headers['content-type'] ?? '',
        content,
      }),
    );
    return true;
  }
  return false;
}

async function signedIn(req: IncomingMessage, deps: UploadDeps): Promise<Viewer | null> {
  const token = tokenOf(req);
  return token ? await new IdentityService(deps.orm.em.fork(), new AuditService()).authenticate(token) : null;
}

/** POST: reads the body within the limit, stores it through `store` in the viewer's scope, answers 201. */
async function receiveFile(
  req: IncomingMessage,
  res: ServerResponse,
  deps: UploadDeps,
  logged: Record<string, number>,
  store: (em: EntityManager, viewer: Viewer, content: Buffer) => Promise<unknown>,
): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    send(res, 405, { errors: [{ message: '仅支持 POST / Only POST is supported', extensions: { code: 'METHOD_NOT_ALLOWED' } }] });
    return;
  }
  const viewer = await signedIn(req, deps);
  if (!viewer) return sendError(res, new AppError(ErrorCode.UNAUTHENTICATED, '请先登录 / Please log in first'));
  if (viewer.mustChangePassword) return sendError(res, passwordChangeRequired());
  const body = await readBodyWithin(req, MAX_MATERIAL_BYTES);
  if (!body) {
    sendTooLarge(req, res, {
      code: ErrorCode.BAD_USER_INPUT,
      message: `文件超过 ${MAX_MATERIAL_BYTES / 1024 / 1024} MB / The file exceeds ${MAX_MATERIAL_BYTES / 1024 / 1024} MB`,
      details: { field: 'content' },
    });
    return;
  }
  // A refused upload still commits its DENIED audit row: the error is turned into an answer
  // inside the transaction, as GraphQL does.
  const outcome: Stored = await (deps.orm.em.fork() as EntityManager).transactional(async (em) => {
    await applyDatabaseScope(em, viewer);
    try {
      return { data: await store(em, viewer, body) };
    } catch (err) {
      const known = toPublicError(err);
      if (!known) throw err;
      deps.log.info({ code: known.code, ...logged }, 'upload refused');
      return { error: known };
    }
  });
  if ('error' in outcome) sendError(res, outcome.error);
  else send(res, 201, { data: outcome.data });
}

/** GET: sends one stored file to a reader, inline or as an attachment with `?download=1` (the service audits it). */
async function serveFile(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  deps: UploadDeps,
  read: (em: EntityManager, viewer: Viewer) => Promise<{ fileName: string; mimeType: string; content: Buffer }>,
): Promise<void> {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    send(res, 405, { errors: [{ message: '仅支持 GET / Only GET is supported', extensions: { code: 'METHOD_NOT_ALLOWED' } }] });
    return;
  }
  const viewer = await signedIn(req, deps);
  if (!viewer) return sendError(res, new AppError(ErrorCode.UNAUTHENTICATED, '请先登录 / Please log in first'));
  if (viewer.mustChangePassword) return sendError(res, passwordChangeRequired());
  const outcome = await (deps.orm.em.fork() as EntityManager).transactional(async (em) => {
    await applyDatabaseScope(em, viewer);
    try {
      return { file: await read(em, viewer) };
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
