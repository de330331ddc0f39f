/**
 * The bureau desks' buttons come from the server: a call's and an objection's `nextActions` are
 * computed by the same rules the steps enforce (`callActions` / `callClosable`,
 * `objectionActions` with the pipeline table), for the S&T bureau only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';
import { fails, ok } from './support';

const CALLS = '{ calls(first: 50) { nodes { id year status version nextActions } } }';
const CLOSE = 'mutation($input: VersionedIdInput!) { closeCall(input: $input) { id status version nextActions } }';
const RAISE = 'mutation($input: RaiseObjectionInput!) { raiseObjection(input: $input) { id status nextActions } }';
const RESOLVE = 'mutation($input: ResolveObjectionInput!) { resolveObjection(input: $input) { id status nextActions } }';
const OBJECTIONS = `query($id: Int!) { application(id: $id) { id stage onHold nextActions objections(first: 20) { id status nextActions } } }`;

interface CallRow {
  id: number;
  year: number;
  status: string;
  version: number;
  nextActions: string[];
}
interface Objections {
  application: {
    id: number;
    stage: string;
    onHold: boolean;
    nextActions: string[];
    objections: Array<{ id: number; status: string; nextActions: string[] }>;
  };
}

describe('nextActions of calls and objections (Art. 12.1, 12.5)', () => {
  let api: TestServer;
  let bureau: string;
  let analyst: string;
  beforeAll(async () => {
    api = await startTestServer({ as: null });
    bureau = await api.login('bureau');
    analyst = await api.login('analyst');
  });
  afterAll(async () => api?.close());

  it('offers CLOSE on a published call to the bureau only, and no longer once it is closed', async () => {
    const calls = (await ok<{ calls: { nodes: CallRow[] } }>(api, bureau, CALLS)).calls.nodes;
    expect(calls.length).toBeGreaterThan(0);
    for (const c of calls) expect(c.nextActions, `${c.year} ${c.status}`).toEqual(c.status === 'PUBLISHED' ? ['CLOSE'] : []);
    const asAnalyst = (await ok<{ calls: { nodes: CallRow[] } }>(api, analyst, CALLS)).calls.nodes;
    expect(asAnalyst.map((c) => c.nextActions)).toEqual(calls.map(() => []));

    let open = calls.find((c) => c.status === 'PUBLISHED');
    if (!open) {
      // No published call in the seed: open one for this test.
      const { rows } = await api.db.sql.query("update call set status = 'PUBLISHED' where id = $1 returning version", [calls[0].id]);
      open = { ...calls[0], status: 'PUBLISHED', version: rows[0].version };
    }
    const closed = (await ok<{ closeCall: CallRow }>(api, bureau, CLOSE, { input: { id: open.id, version: open.version } })).closeCall;
    expect(closed).toMatchObject({ status: 'CLOSED', nextActions: [] });
    // The step itself refuses what the field no longer offers.
    const err = await fails(api, bureau, 'CONFLICT', CLOSE, { input: { id: open.id, version: closed.version } });
    expect(err.message).toContain('不能关闭');
  });

  it('offers uphold and dismiss on an open objection to the bureau only, and nothing once it is resolved', async () => {
    const { rows } = await api.db.sql.query(
      `select a.id, a.version, n.starts_on::text from application a join public_notice n on n.id = a.notice_id
        where a.stage = 'IN_NOTICE' and not a.on_hold order by a.id limit 1`,
    );
    expect(rows).toHaveLength(1);
    const app = rows[0];
    const raised = (
      await ok<{ raiseObjection: { id: number; status: string; nextActions: string[] } }>(api, bureau, RAISE, {
        input: { applicationId: app.id, version: app.version, receivedOn: app.starts_on, content: '反映该专家已在外地企业兼职' },
      })
    ).raiseObjection;
    expect(raised).toEqual({ id: raised.id, status: 'OPEN', nextActions: ['UPHOLD_OBJECTION', 'DISMISS_OBJECTION'] });

    const read = async (token: string) => (await ok<Objections>(api, token, OBJECTIONS, { id: app.id })).application;
    const asBureau = await read(bureau);
    expect(asBureau).toMatchObject({ stage: 'IN_NOTICE', onHold: true });
    expect(asBureau.nextActions).toContain('RAISE_OBJECTION');
    for (const o of asBureau.objections)
      expect(o.nextActions, `objection ${o.id} ${o.status}`).toEqual(o.status === 'OPEN' ? ['UPHOLD_OBJECTION', 'DISMISS_OBJECTION'] : []);
    const asAnalyst = await read(analyst);
    expect(asAnalyst.objections.map((o) => o.nextActions)).toEqual(asAnalyst.objections.map(() => []));
    expect(asAnalyst.nextActions).toEqual([]);

    const { rows: v } = await api.db.sql.query('select version from application where id = $1', [app.id]);
    const resolved = (
      await ok<{ resolveObjection: { id: number; status: string; nextActions: string[] } }>(api, bureau, RESOLVE, {
        input: { objectionId: raised.id, version: v[0].version, upheld: false, resolution: '经核实，异议不成立' },
      })
    ).resolveObjection;
    expect(resolved).toEqual({ id: raised.id, status: 'DISMISSED', nextActions: [] });
    const after = await read(bureau);
    expect(after.objections.find((o) => o.id === raised.id)?.nextActions).toEqual([]);
  });
});
