/**
 * The HTTP front: `/graphql` (Apollo Server, executed directly on Node's http module),
 * the bundled explorer, health probes and the built dashboard, all on one port.
 * The process keeps no per-user state in memory, so any number of copies can run behind a
 * load balancer.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http, { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { PiiCipher } from '../domain/pii';
import type { Context } from '../graphql/context';
import { mutationAuditPlugin } from '../graphql/audit-plugin';
import { makeFormatError } from '../graphql/errors';
import { textInputGuard } from '../graphql/text-input';
import { costRule, depthAndAliasRule, introspectionGuard, LIMITS, operationCountRule } from '../graphql/limits';
import { AuditDb, AuditService } from '../modules/audit/audit.service';
import { SESSION_COOKIE } from '../modules/identity/identity.resolver';
import { IdentityService } from '../modules/identity/identity.service';
import { readBodyWithin, sendTooLarge } from './body';
import { clientAddress, viaHttps } from './client';
import { applyDatabaseScope, operationShape } from './request-scope';
import { Loaders } from '../graphql/loaders';
import { serveStatic } from './static';
import { handleSpreadsheets } from './spreadsheets';
import { handleDocuments } from './documents';
import { handleUploads } from './uploads';

/** Largest GraphQL request body (uploads and imports have their own routes and limits). */
const MAX_BODY_BYTES = 1024 * 1024;

export interface HttpDeps {
  config: Config;
  orm: MikroORM<PostgreSqlDriver>;
  /** A read replica (DATABASE_READ_URL) for queries; the primary serves them when absent. */
  readOrm?: MikroORM<PostgreSqlDriver>;
  /** With a replica: a small pool on the primary for audit records of replica reads. */
  auditPool?: AuditDb;
  schema: GraphQLSchema;
  log: Logger;
  /** Folder of the built dashboard (dashboard/dist); optional. */
  dashboardDir?: string;
  pii: PiiCipher;
}

export interface RunningHttp {
  server: http.Server;
  apollo: ApolloServer<Context>;
  url: string;
  close(): Promise<void>;
}

function bearerToken(header: string | undefined): string | null {
  const m = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return m ? m[1] : null;
}

function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=') || null;
  }
  return null;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

function securityHeaders(res: ServerResponse): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'",
  );
}

export async function startHttp(deps: HttpDeps): Promise<RunningHttp> {
  const { config, orm, schema, log } = deps;
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.NODE_ENV === 'production',
    formatError: makeFormatError(log),
    // No cache hints are used; the cache-control plugin would only add work to every field.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      introspectionGuard,
      textInputGuard,
      mutationAuditPlugin,
    ],
    validationRules: [depthAndAliasRule, costRule, operationCountRule],
    parseOptions: { maxTokens: LIMITS.maxTokens },
    allowBatchedHttpRequests: false,
  });
  await apollo.start();
  const audit = new AuditService();

  const explorerHtml = deps.dashboardDir ? path.join(deps.dashboardDir, 'explorer.html') : undefined;

  const handleGraphQL = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    }
    let body: unknown = undefined;
    if (req.method === 'POST') {
      const buffer = await readBodyWithin(req, MAX_BODY_BYTES);
      if (!buffer) {
        return sendTooLarge(req, res, {
          code: 'PAYLOAD_TOO_LARGE',
          message: `请求体超过 ${MAX_BODY_BYTES / 1024 / 1024} MB / The request body exceeds ${MAX_BODY_BYTES / 1024 / 1024} MB`,
          details: { limitBytes: MAX_BODY_BYTES },
        });
      }
      const raw = buffer.toString('utf8');
      const type = headers.get('content-type') ?? '';
      if (type.startsWith('application/json')) {
        try {
          body = raw.length ? JSON.parse(raw) : undefined;
        } catch {
          sendJson(res, 400, {
            errors: [{ message: '请求体不是合法的 JSON / The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
          });
          return;
        }
      } else {
        body = raw;
      }
    }
    const requestId = (headers.get('x-request-id') ?? randomUUID()).slice(0, 64);
    const token = bearerToken(headers.get('authorization')) ?? cookieValue(headers.get('cookie'), SESSION_COOKIE);
    const viewer = token ? await new IdentityService(orm.em.fork(), audit).authenticate(token) : null;
    const cookies: string[] = [];
    const shape = operationShape(body);
    if (shape === 'mixed-session') {
      sendJson(res, 400, {
        errors: [
          { message: '登录、退出须单独请求 / Send login and logout in a request of their own', extensions: { code: 'BAD_USER_INPUT' } },
        ],
      });
      return;
    }
    const execute = (em: EntityManager, auditDb: AuditDb) =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: async (): Promise<Context> => ({
          em,
          viewer,
          log: log.child({ requestId, user: viewer?.username }),
          requestId,
          loaders: new Loaders(em),
          token,
          ip: clientAddress(req, config),
          secure: config.NODE_ENV === 'production' || viaHttps(req, config),
          setCookie: (header) => cookies.push(header),
          pii: deps.pii,
          auditDb,
        }),
      });
    // Reads go to the replica when there is one; audit records of those reads go to the primary.
    const source = shape === 'query' && deps.readOrm ? deps.readOrm : orm;
    const result =
      shape === 'session'
        ? await execute(orm.em.fork() as EntityManager, orm.em.fork() as EntityManager)
        : await (source.em.fork() as EntityManager).transactional(async (em) => {
            await applyDatabaseScope(em, viewer);
            return execute(em, source === orm || !deps.auditPool ? em : deps.auditPool);
          });
    if (cookies.length) res.setHeader('Set-Cookie', cookies);
    res.statusCode = result.status ?? 200;
    for (const [k, v] of result.headers) res.setHeader(k, v);
    res.setHeader('X-Request-Id', requestId);
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  };

  const server = http.createServer((req, res) => {
    securityHeaders(res);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const wantsHtml = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
    (async () => {
      if (url.pathname === '/healthz') return sendJson(res, 200, { ok: true });
      if (url.pathname === '/readyz') {
        await orm.em.getConnection().execute('select 1');
        return sendJson(res, 200, { ok: true });
      }
      if ((url.pathname === '/explorer' || (url.pathname === '/graphql' && wantsHtml && !url.searchParams.has('query'))) && explorerHtml) {
        if (fs.existsSync(explorerHtml)) {
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.setHeader('Cache-Control', 'no-cache');
          return void fs.createReadStream(explorerHtml).pipe(res);
        }
        return sendJson(res, 503, { error: 'explorer not built: run pnpm build' });
      }
      if (await handleUploads(req, res, url, { orm, log })) return;
      if (url.pathname === '/graphql') return handleGraphQL(req, res, url);
      if (url.pathname.startsWith('/api/spreadsheets/')) return handleSpreadsheets(req, res, url, deps);
      if (url.pathname.startsWith('/api/documents/') || url.pathname === '/verify') return handleDocuments(req, res, url, deps);
      if (deps.dashboardDir && req.method === 'GET') {
        if (serveStatic(deps.dashboardDir, url.pathname, res)) return;
        // Client-side routes fall back to the app shell.
        if (!path.extname(url.pathname) && serveStatic(deps.dashboardDir, '/index.html', res)) return;
      }
      sendJson(res, 404, { error: 'not found' });
    })().catch((err: Error) => {
      log.error({ err }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: '服务器内部错误 / Internal server error' }] });
      else res.end();
    });
  });

  // Idle keep-alive connections stay open longer than a load balancer's or client's own idle
  // timeout (60 s is the usual one). With Node's 5 s default the server may close an idle
  // connection at the very moment a client sends its next request on it: that request then
  // fails with ECONNRESET (a POST is not retried), seen as sporadic 502s behind a balancer and as
  // a dropped 31 MB upload on a busy test machine.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve) => server.listen(config.PORT, config.HOST, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  return {
    server,
    apollo,
    url: `http://${config.HOST}:${port}`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await apollo.stop();
    },
  };
}
