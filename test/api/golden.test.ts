/**
 * Golden contract tests: each `test/golden/*.graphql` runs on the seeded data and must answer
 * exactly its committed `.json`. Regenerate deliberately with `UPDATE_GOLDEN=1 pnpm test`; a
 * missing expectation fails rather than being written silently.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TestServer } from '../support/server';

const dir = path.resolve(__dirname, '..', 'golden');
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.graphql'))
  .sort();

describe('golden queries', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(async () => api?.close());

  it('there are golden queries', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files)('%s answers as committed', async (file) => {
    const res = await api.gql(fs.readFileSync(path.join(dir, file), 'utf8'));
    const actual = `${JSON.stringify(res, null, 2)}\n`;
    const expectedFile = path.join(dir, file.replace(/\.graphql$/, '.json'));
    if (process.env.UPDATE_GOLDEN === '1') {
      fs.writeFileSync(expectedFile, actual);
      return;
    }
    expect(fs.existsSync(expectedFile), `${expectedFile} is missing: run with UPDATE_GOLDEN=1 to create it`).toBe(true);
    expect(res.errors).toBeUndefined();
    expect(actual).toBe(fs.readFileSync(expectedFile, 'utf8'));
  });
});
