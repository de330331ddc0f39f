/**
 * Two reviewers deciding the same case at the same moment, with the version they both saw:
 * one decision lands, the other gets CONFLICT, and the case carries exactly one decision.
 * Also: numbers handed out under a locked counter stay unique and gap-free, and a rolled-back
 * step gives its number back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TestServer } from '../support/server';
import { accountFor, REVIEW, snapshot } from './support';

describe('concurrent decisions', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ as: null });
  });
  afterAll(async () => api?.close());

  it('two concurrent county reviews of one case: one success, one CONFLICT', async () => {
    const bureau = await api.login('bureau');
    const { rows } = await api.db.sql.query("select id, version, division_id from application where stage = 'SUBMITTED' order by id");
    let app: { id: number; version: number; division_id: number } | undefined;
    for (const row of rows) {
      const preview = await api.gqlAs<{ previewApplicationRules: Array<{ passed: boolean }> }>(
        bureau,
        `{ previewApplicationRules(applicationId: ${row.id}) { passed } }`,
      );
      if (preview.data!.previewApplicationRules.every((r) => r.passed)) {
        app = row;
        break;
      }
    }
    expect(app).toBeDefined();
    // Two officers of the same county bureau, each with their own session.
    const first = await accountFor(api, 'COUNTY_BUREAU', { divisionId: app!.division_id });
    const second = await accountFor(api, 'COUNTY_BUREAU', { divisionId: app!.division_id });
    const before = await snapshot(api.db.sql, app!.id);
    const input = (reason: string) => ({ input: { applicationId: app!.id, version: app!.version, decision: 'PASS', reason } });
    const results = await Promise.all([api.gqlAs(first, REVIEW, input('甲：同意推荐')), api.gqlAs(second, REVIEW, input('乙：同意推荐'))]);
    const codes = results.map((r) => (r.errors ? r.errors[0].extensions?.code : 'OK')).sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const after = await snapshot(api.db.sql, app!.id);
    expect(after.stage).toBe('COUNTY_APPROVED');
    expect(after.version).toBe(before.version + 1);
    expect(after.decisions).toBe(before.decisions + 1);
    const { rows: audit } = await api.db.sql.query(
      "select result from audit_log where operation = 'application.pass' and split_part(object_ids, ',', 1) = $1 order by id",
      [String(app!.id)],
    );
    expect(audit.map((a) => a.result).sort()).toEqual(['DENIED', 'OK']);
  });

  it('hands out numbers from a locked counter: unique, gap-free, and given back on rollback', async () => {
    const year = 2029;
    const client = await api.db.sql.connect();
    try {
      await client.query('begin');
      const { rows: a } = await client.query("select techvp_next_serial('RECOGNITION_DOC', $1) as n", [year]);
      await client.query('rollback');
      expect(a[0].n).toBe(1);
    } finally {
      client.release();
    }
    const taken = await Promise.all(
      Array.from(
        { length: 6 },
        async () => (await api.db.sql.query("select techvp_next_serial('RECOGNITION_DOC', $1) as n", [year])).rows[0].n as number,
      ),
    );
    expect(taken.sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6]);
    // Starts after the numbers already in the data for a year that has them.
    const { rows: seeded } = await api.db.sql.query(
      "select max((regexp_match(recognition_doc_no, '〔2026〕(\\d+)号'))[1]::int) as n from appointment",
    );
    const { rows: next } = await api.db.sql.query("select techvp_next_serial('RECOGNITION_DOC', 2026) as n");
    expect(next[0].n).toBe(seeded[0].n + 1);
  });

  it('keeps the counters out of reach of request connections', async () => {
    const client = await api.db.sql.connect();
    try {
      await client.query('begin');
      await client.query('set local role techvp_app');
      await expect(client.query('update serial_counter set last_value = 0')).rejects.toThrow(/permission denied/);
      await client.query('rollback');
    } finally {
      client.release();
    }
  });
});
