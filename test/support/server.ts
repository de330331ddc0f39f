/**
 * The real platform on a copy of the seeded database, for API tests over HTTP.
 */
import { createLogger, DEMO_PASSWORD, hashPassword, loadConfig, startPlatform } from '@techvp/server';
import type { DestinationStream } from 'pino';
import { TEST_PII_KEY } from './constants';
import { createSeededDatabase, ENGINE, TestDatabase } from './db';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
}

/**
 * In production mode no account may keep the published demo password (the server refuses to
 * start), so a production test server's seeded accounts get this one instead.
 */
export const PRODUCTION_TEST_PASSWORD = 'Prod-Test-Secret-2026!';

export interface TestServer {
  url: string;
  /** Logs in as a demo account and returns its bearer token. */
  login(username: string, password?: string): Promise<string>;
  /** Sends a request as the given bearer token (or anonymously with null). */
  gqlAs<T = Record<string, unknown>>(token: string | null, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  db: TestDatabase;
  /** SQL statements the ORM ran since the last reset. */
  statements: string[];
  /** SQL statements sent to the read replica (only with `readReplica`). */
  readStatements: string[];
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * Starts the platform on a seeded copy. `gql` sends requests as `as` (a demo account,
 * default the analyst); `gqlAs` as anyone.
 */
export async function startTestServer(
  opts: {
    as?: string | null;
    readReplica?: string;
    production?: boolean;
    env?: Record<string, string>;
    /** Where the server's log goes (default: nowhere); a test that reads the log passes a stream. */
    logTo?: DestinationStream;
  } = {},
): Promise<TestServer> {
  const db = await createSeededDatabase();
  // On PGlite (one backend per database) a replica must be another database: a seeded copy.
  const replica = opts.readReplica && ENGINE === 'embedded' ? await createSeededDatabase() : null;
  const statements: string[] = [];
  const readStatements: string[] = [];
  const config = loadConfig({
    NODE_ENV: opts.production ? 'production' : 'test',
    DATABASE_URL: db.url,
    PORT: '0',
    LOG_LEVEL: 'silent',
    TECHVP_PII_KEY: TEST_PII_KEY,
    DATABASE_POOL_MAX: db.engine === 'embedded' ? '2' : '4',
    ...(opts.readReplica ? { DATABASE_READ_URL: replica ? replica.url : opts.readReplica.replace('$DATABASE', db.url) } : {}),
    ...(opts.production ? { TECHVP_PUBLIC_URL: 'https://techvp.test.invalid' } : {}),
    ...opts.env,
  });
  if (opts.production) {
    await db.sql.query('update app_user set password_hash = $1 where password_hash is not null', [
      await hashPassword(PRODUCTION_TEST_PASSWORD),
    ]);
  }
  const log = opts.logTo ? createLogger({ ...config, LOG_LEVEL: 'debug' }, opts.logTo) : undefined;
  const platform = await startPlatform({
    config,
    log,
    onQuery: (sql) => statements.push(sql),
    onReadQuery: (sql) => readStatements.push(sql),
  });
  const post = async (token: string | null, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => {
    const res = await fetch(`${platform.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as never;
  };
  const login = async (username: string, password = opts.production ? PRODUCTION_TEST_PASSWORD : DEMO_PASSWORD): Promise<string> => {
    const res = (await post(null, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p, issueToken: true) { token } }', {
      u: username,
      p: password,
    })) as GraphQLResponse<{ login: { token: string } }>;
    if (!res.data?.login) throw new Error(`log-in as ${username} failed: ${JSON.stringify(res.errors)}`);
    return res.data.login.token;
  };
  const as = opts.as === undefined ? 'analyst' : opts.as;
  const token = as ? await login(as) : null;
  return {
    url: platform.url,
    db,
    statements,
    readStatements,
    login,
    gqlAs: (t, query, variables) => post(t, query, variables),
    async gql(query, variables, headers) {
      return post(token, query, variables, headers);
    },
    async close() {
      await platform.close();
      await replica?.close();
      await db.close();
    },
  };
}
