/** Every example query of the analyst guide (docs/examples) runs and answers something. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TestServer } from '../support/server';

const dir = path.resolve(__dirname, '..', '..', 'docs', 'examples');
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.graphql'))
  .sort();

describe('analyst guide examples', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(async () => api?.close());

  it.each(files)('%s runs without errors and returns data', async (file) => {
    const res = await api.gql<Record<string, unknown>>(fs.readFileSync(path.join(dir, file), 'utf8'));
    expect(res.errors).toBeUndefined();
    const values = Object.values(res.data ?? {});
    expect(values.length).toBeGreaterThan(0);
    for (const v of values) expect(Array.isArray(v) ? v.length : v).toBeTruthy();
  });
});
