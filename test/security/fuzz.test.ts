/**
 * A schema-aware fuzzer (bench/fuzz.mjs) against the real platform: random requests generated
 * from schema/schema.graphql (valid selections; arguments of the right and of wrong types;
 * boundary numbers; long and odd Unicode; NUL and lone surrogates; huge `first`; malformed
 * cursors and ids; mutations with junk arguments) sent one at a time as every demo role and
 * anonymously. Every answer keeps the invariants: no INTERNAL_SERVER_ERROR, no HTTP 5xx, no
 * dropped connection, no stack or SQL text; afterwards the audit chain still verifies.
 * Deterministic: a fixed seed (TECHVP_FUZZ_SEED) and count (TECHVP_FUZZ_REQUESTS).
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEMO_ACCOUNTS } from '@techvp/server';
import * as graphql from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../server/dist/modules/audit/audit.service';
import { createFuzzer, runFuzz, type FuzzResult } from '../../bench/fuzz.mjs';
import { ENGINE } from '../support/db';
import { startTestServer, type TestServer } from '../support/server';

const SEED = Number(process.env.TECHVP_FUZZ_SEED ?? 20261204);
const REQUESTS = Number(process.env.TECHVP_FUZZ_REQUESTS ?? 3000);
const SDL = fs.readFileSync(path.resolve(__dirname, '../../schema/schema.graphql'), 'utf8');

describe(`schema-aware fuzzing as every role (${ENGINE}, seed ${SEED})`, () => {
  let api: TestServer;
  const tokens: Record<string, string | null> = { anonymous: null };

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    for (const a of DEMO_ACCOUNTS) tokens[a.username] = await api.login(a.username);
  });
  afterAll(async () => api?.close());

  it('generates the same requests from the same seed', () => {
    const a = createFuzzer({ graphql, sdl: SDL, seed: SEED });
    const b = createFuzzer({ graphql, sdl: SDL, seed: SEED });
    const first = Array.from({ length: 50 }, () => a.next());
    expect(Array.from({ length: 50 }, () => b.next())).toEqual(first);
    // And they are requests of the schema: most of them parse and validate.
    const valid = first.filter((r) => {
      try {
        return graphql.validate(a.schema as graphql.GraphQLSchema, graphql.parse(r.query)).length === 0;
      } catch {
        return false; // a literal with a lone surrogate, on purpose
      }
    });
    expect(valid.length).toBeGreaterThan(25);
  });

  it(
    `keeps every invariant over ${REQUESTS} random requests, and the audit chain verifies`,
    async () => {
      const result: FuzzResult = await runFuzz({
        url: api.url,
        tokens,
        fuzzer: createFuzzer({ graphql, sdl: SDL, seed: SEED }),
        count: REQUESTS,
      });
      const totals: Record<string, number> = {};
      for (const byOutcome of Object.values(result.outcomes))
        for (const [k, n] of Object.entries(byOutcome)) totals[k] = (totals[k] ?? 0) + n;
      console.info(`fuzz ${ENGINE}: ${result.sent} requests in ${(result.ms / 1000).toFixed(1)} s, outcomes ${JSON.stringify(totals)}`);
      console.info(`slowest: ${JSON.stringify(result.slowest.slice(0, 5))}`);
      expect(result.sent).toBe(REQUESTS);
      // Enough of them got through to the resolvers for the run to mean something.
      expect(totals.OK ?? 0).toBeGreaterThan(REQUESTS / 10);
      expect(result.violations.slice(0, 5), JSON.stringify(result.violations.slice(0, 5), null, 1)).toEqual([]);
      expect(await verifyAuditChain(api.db.sql)).toMatchObject({ ok: true });
    },
    15 * 60_000,
  );
});
