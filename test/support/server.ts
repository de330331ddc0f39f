/**
 * The real platform on a copy of the seeded database, for API tests over HTTP.
 */
import { loadConfig, startPlatform } from '@techvp/server';
import { TEST_PII_KEY } from './constants';
import { createSeededDatabase, TestDatabase } from './db';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
}

export interface TestServer {
  url: string;
  db: TestDatabase;
  /** SQL statements the ORM ran since the last reset. */
  statements: string[];
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const db = await createSeededDatabase();
  const statements: string[] = [];
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    PORT: '0',
    LOG_LEVEL: 'silent',
    TECHVP_PII_KEY: TEST_PII_KEY,
    DATABASE_POOL_MAX: db.engine === 'embedded' ? '2' : '4',
  });
  const platform = await startPlatform({ config, onQuery: (sql) => statements.push(sql) });
  return {
    url: platform.url,
    db,
    statements,
    async gql(query, variables, headers) {
      const res = await fetch(`${platform.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as never;
    },
    async close() {
      await platform.close();
      await db.close();
    },
  };
}
