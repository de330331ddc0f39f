/** The desks' read side: `myTodo` per role within each account's scope, and numbered pages (`offset`) on every list. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';

const TODO = '{ myTodo { key count stage } }';

describe('myTodo and numbered pages', () => {
  let api: TestServer;
  const todoOf = async (user: string) => {
    const res = await api.gqlAs<{ myTodo: Array<{ key: string; count: number; stage: string | null }> }>(await api.login(user), TODO);
    expect(res.errors).toBeUndefined();
    return Object.fromEntries(res.data!.myTodo.map((t) => [t.key, t.count]));
  };
  const sqlCount = async (sql: string, params: unknown[] = []) => Number((await api.db.sql.query(sql, params)).rows[0].n);

  beforeAll(async () => {
    api = await startTestServer({ as: 'bureau' });
  });
  afterAll(async () => api?.close());

  it('counts for a county account only its own county’s applications awaiting preliminary review (Art. 12.2)', async () => {
    for (const user of ['county-371502', 'county-371581']) {
      const mine = await sqlCount(
        `select count(*) as n from application a join app_user u on u.division_id = a.division_id
          where u.username = $1 and a.stage = 'SUBMITTED'`,
        [user],
      );
      const all = await sqlCount(`select count(*) as n from application where stage = 'SUBMITTED'`);
      expect(await todoOf(user)).toEqual({ 'application.SUBMITTED': mine });
      expect(mine).toBeLessThan(all);
    }
  });

  it('counts for the bureau every stage it acts on, city-wide, and for the Organisation Department the filings awaiting receipt', async () => {
    const bureau = await todoOf('bureau');
    const stages = ['COUNTY_APPROVED', 'CITY_APPROVED', 'MATCHED', 'PARTY_APPROVED', 'FILED', 'IN_NOTICE'];
    expect(Object.keys(bureau).sort()).toEqual(stages.map((s) => `application.${s}`).sort());
    for (const s of stages)
      expect(bureau[`application.${s}`], s).toBe(await sqlCount(`select count(*) as n from application where stage = $1`, [s]));
    expect(await todoOf('orgdept')).toMatchObject({
      'filing.PENDING': await sqlCount(`select count(*) as n from filing_record where status = 'PENDING'`),
    });
  });

  it('counts for an enterprise only its own drafts and returned applications', async () => {
    const own = await sqlCount(
      `select count(*) as n from application a join app_user u on u.enterprise_id = a.enterprise_id
        where u.username = 'enterprise' and a.stage = 'DRAFT'`,
    );
    const pending = await sqlCount(
      `select count(*) as n from ledger_entry l join appointment p on p.id = l.appointment_id
         join app_user u on u.enterprise_id = p.enterprise_id
        where u.username = 'enterprise' and l.confirmation = 'PENDING'`,
    );
    // Its own drafts, and its expert's service entries waiting for its confirmation (Art. 7).
    expect(await todoOf('enterprise')).toEqual({ 'application.DRAFT': own, 'ledger.PENDING': pending });
  });

  it('serves numbered pages with offset in the same order as the cursors, and refuses offset with a cursor or beyond the cap', async () => {
    const { rows } = await api.db.sql.query<{ id: number }>('select id from application order by stage_entered_at asc, id asc');
    const q = `query($offset: Int, $after: String) { applications(first: 7, offset: $offset, after: $after, orderBy: [{ field: stageEnteredAt, direction: ASC }]) {
      totalCount pageInfo { hasPreviousPage hasNextPage endCursor } nodes { id } } }`;
    type R = {
      applications: { totalCount: number; pageInfo: { hasPreviousPage: boolean; hasNextPage: boolean }; nodes: Array<{ id: number }> };
    };
    const third = await api.gql<R>(q, { offset: 14 });
    expect(third.errors).toBeUndefined();
    expect(third.data!.applications.nodes.map((n) => Number(n.id))).toEqual(rows.slice(14, 21).map((r) => Number(r.id)));
    expect(third.data!.applications.totalCount).toBe(rows.length);
    expect(third.data!.applications.pageInfo.hasPreviousPage).toBe(true);
    const first = await api.gql<{ applications: { pageInfo: { endCursor: string } } }>(q, {});
    const mixed = await api.gql(q, { offset: 7, after: first.data!.applications.pageInfo.endCursor });
    expect(mixed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'offset' });
    const far = await api.gql(q, { offset: 10_001 });
    expect(far.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'offset', max: 10_000 });
  });
});
