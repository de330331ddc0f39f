import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TestServer } from '../support/server';

describe('production mode', () => {
  let prod: TestServer;
  let dev: TestServer;
  beforeAll(async () => {
    prod = await startTestServer({ as: 'analyst', production: true });
    dev = await startTestServer({ as: 'analyst' });
  });
  afterAll(async () => {
    await prod?.close();
    await dev?.close();
  });

  it('suggests no field names and shows no stack traces', async () => {
    const typo = '{ appointmnts(first: 1) { totalCount } }';
    const d = await dev.gql(typo);
    expect(d.errors?.[0].message).toContain('Did you mean');
    const p = await prod.gql(typo);
    expect(p.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(p.errors?.[0].message).not.toContain('Did you mean');
    expect(JSON.stringify(p)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });
});
