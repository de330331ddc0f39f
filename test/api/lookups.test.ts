import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TestServer } from '../support/server';

describe('look-ups by id, natural key and node id', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(async () => api?.close());

  it('finds an enterprise by id and by unified social credit code', async () => {
    const { rows } = await api.db.sql.query('select id, credit_code, name from enterprise order by id limit 1 offset 7');
    const byId = await api.gql<{ enterprise: { creditCode: string } }>(`{ enterprise(id: ${rows[0].id}) { creditCode } }`);
    expect(byId.data!.enterprise.creditCode).toBe(rows[0].credit_code);
    const byCode = await api.gql<{ enterprise: { id: number; name: string } }>(
      'query($c: String) { enterprise(creditCode: $c) { id name } }',
      { c: rows[0].credit_code },
    );
    expect(byCode.data!.enterprise).toEqual({ id: rows[0].id, name: rows[0].name });
  });

  it('finds an appointment by certificate number and a call by year', async () => {
    const { rows } = await api.db.sql.query(
      'select id, certificate_no from appointment where certificate_no is not null order by id limit 1',
    );
    const res = await api.gql<{ appointment: { id: number } }>('query($c: String) { appointment(certificateNo: $c) { id } }', {
      c: rows[0].certificate_no,
    });
    expect(res.data!.appointment.id).toBe(rows[0].id);
    const call = await api.gql<{ call: { year: number; status: string } }>('{ call(year: 2025) { year status } }');
    expect(call.data!.call.year).toBe(2025);
  });

  it('round-trips node(nodeId) for several types', async () => {
    const res = await api.gql<{ appointments: { nodes: Array<{ nodeId: string; id: number; expert: { nodeId: string; id: number } }> } }>(
      '{ appointments(first: 1) { nodes { nodeId id expert { nodeId id } } } }',
    );
    const a = res.data!.appointments.nodes[0];
    const node = await api.gql<{ a: { __typename: string; id: number }; e: { __typename: string; id: number } }>(
      'query($a: ID!, $e: ID!) { a: node(nodeId: $a) { __typename id } e: node(nodeId: $e) { __typename id } }',
      { a: a.nodeId, e: a.expert.nodeId },
    );
    expect(node.data!.a).toEqual({ __typename: 'Appointment', id: a.id });
    expect(node.data!.e).toEqual({ __typename: 'Expert', id: a.expert.id });
  });

  it('answers null for a missing record, and a coded error for two keys or a malformed node id', async () => {
    expect((await api.gql('{ enterprise(id: 99999999) { id } }')).data).toEqual({ enterprise: null });
    const two = await api.gql('{ enterprise(id: 1, creditCode: "x") { id } }');
    expect(two.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const bad = await api.gql('{ node(nodeId: "%%%") { id } }');
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses operator-shaped look-up keys and node ids, before any SQL on the data', async () => {
    const touched = () => api.statements.filter((s) => /from "(appointment|enterprise|call)"/.test(s));
    for (const v of [{ $ne: null }, { $gte: '' }, ['a', 'b'], { a: { b: 1 } }]) {
      api.statements.length = 0;
      const byNo = await api.gql('query($c: String) { appointment(certificateNo: $c) { id } }', { c: v });
      expect(byNo.errors?.[0].extensions?.code, JSON.stringify(v)).toBe('BAD_USER_INPUT');
      const byId = await api.gql('query($id: Int) { enterprise(id: $id) { id } }', { id: v });
      expect(byId.errors?.[0].extensions?.code, JSON.stringify(v)).toBe('BAD_USER_INPUT');
      expect(touched()).toEqual([]);
    }
    for (const text of [
      'Appointment:{"$ne":null}',
      'Appointment:1 or 1=1',
      'Appointment:[1,2]',
      '{"$ne":null}:1',
      'Appointment:99999999999',
      'Appointment:9999999999',
      'Appointment:0',
    ]) {
      api.statements.length = 0;
      const res = await api.gql('query($n: ID!) { node(nodeId: $n) { id } }', { n: Buffer.from(text).toString('base64url') });
      expect(res.errors?.[0].extensions, text).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nodeId' });
      expect(touched()).toEqual([]);
    }
  });
});
