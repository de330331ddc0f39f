import { DEMO_ACCOUNTS, maskPhone, maskResidentId, PiiCipher, READERS } from '@techvp/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PII_KEY } from '../support/constants';
import { startTestServer, TestServer } from '../support/server';

const pii = new PiiCipher(Buffer.from(TEST_PII_KEY, 'base64'));

describe('roles and personal data', () => {
  let api: TestServer;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    api = await startTestServer({ as: null });
    for (const a of DEMO_ACCOUNTS) tokens[a.username] = await api.login(a.username);
  });
  afterAll(async () => api?.close());

  it('tells each role exactly what it may read (the dashboard builds its menu from this)', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const res = await api.gqlAs<{ me: { role: string; readable: string[] } }>(tokens[account.username], '{ me { role readable } }');
      const expected = Object.entries(READERS)
        .filter(([, roles]) => roles.includes(account.role))
        .map(([name]) => name);
      expect(res.data!.me.role).toBe(account.role);
      expect(res.data!.me.readable.sort()).toEqual(expected.sort());
    }
  });

  it('refuses lists a role may not read with FORBIDDEN, and serves those it may', async () => {
    const denied: Array<[string, string]> = [
      ['admin', '{ appointments(first: 1) { totalCount } }'],
      ['hrbureau', '{ projects(first: 1) { totalCount } }'],
      ['finance', '{ applications(first: 1) { totalCount } }'],
      ['leader', '{ users(first: 1) { totalCount } }'],
      ['analyst', '{ auditLogs(first: 1) { totalCount } }'],
      ['county-371502', '{ auditLogs(first: 1) { totalCount } }'],
      ['expert', '{ filingRecords(first: 1) { totalCount } }'],
    ];
    for (const [user, q] of denied) {
      const res = await api.gqlAs(tokens[user], q);
      expect(res.errors?.[0].extensions?.code, `${user}: ${q}`).toBe('FORBIDDEN');
    }
    expect((await api.gqlAs(tokens.admin, '{ users(first: 1) { totalCount } }')).errors).toBeUndefined();
    expect((await api.gqlAs(tokens.orgdept, '{ auditLogs(first: 1) { totalCount } }')).errors).toBeUndefined();
  });

  it('shows enterprise and expert accounts only their own records', async () => {
    const { rows } = await api.db.sql.query<{ enterprise_id: number; expert_id: number }>(
      'select u.enterprise_id, x.expert_id from app_user u, app_user x where u.username = $1 and x.username = $2',
      ['enterprise', 'expert'],
    );
    const ent = await api.gqlAs<{
      applications: { nodes: Array<{ enterpriseId: number }> };
      appointments: { nodes: Array<{ enterpriseId: number }> };
    }>(tokens.enterprise, '{ applications(first: 500) { nodes { enterpriseId } } appointments(first: 500) { nodes { enterpriseId } } }');
    expect(ent.data!.appointments.nodes.length).toBeGreaterThan(0);
    for (const n of [...ent.data!.applications.nodes, ...ent.data!.appointments.nodes]) expect(n.enterpriseId).toBe(rows[0].enterprise_id);
    const exp = await api.gqlAs<{
      appointments: { nodes: Array<{ expertId: number; ledgerEntries: unknown[] }> };
      ledgerEntries: { totalCount: number };
    }>(tokens.expert, '{ appointments(first: 500) { nodes { expertId ledgerEntries { id } } } ledgerEntries(first: 1) { totalCount } }');
    for (const n of exp.data!.appointments.nodes) expect(n.expertId).toBe(rows[0].expert_id);
    const own = await api.db.sql.query(
      'select count(*)::int as n from ledger_entry l join appointment a on a.id = l.appointment_id where a.expert_id = $1',
      [rows[0].expert_id],
    );
    expect(exp.data!.ledgerEntries.totalCount).toBe(own.rows[0].n);
  });

  it('masks, hides or shows resident ID and phone numbers per role, on the server', async () => {
    const { rows } = await api.db.sql.query(
      "select x.id, x.id_number_cipher, x.phone_cipher, e.id as enterprise_id, e.contact_phone_cipher from appointment a join expert x on x.id = a.expert_id join enterprise e on e.id = a.enterprise_id join division d on d.id = a.division_id where d.code = '371502' order by a.id limit 1",
    );
    const r = rows[0];
    const id = pii.decrypt(r.id_number_cipher);
    const phone = pii.decrypt(r.phone_cipher);
    const contact = pii.decrypt(r.contact_phone_cipher);
    const q = `{ expert(id: ${r.id}) { idNumber phone } enterprise(id: ${r.enterprise_id}) { contactPhone } }`;
    const expected: Record<string, [string | null, string | null, string | null]> = {
      bureau: [id, phone, contact],
      orgdept: [id, phone, contact],
      analyst: [maskResidentId(id), maskPhone(phone), maskPhone(contact)],
      'county-371502': [maskResidentId(id), maskPhone(phone), contact],
      leader: [null, null, null],
    };
    for (const [user, [idNumber, ph, cp]] of Object.entries(expected)) {
      const res = await api.gqlAs<{
        expert: { idNumber: string | null; phone: string | null };
        enterprise: { contactPhone: string | null };
      }>(tokens[user], q);
      expect(res.errors, user).toBeUndefined();
      expect([res.data!.expert.idNumber, res.data!.expert.phone, res.data!.enterprise.contactPhone], user).toEqual([idNumber, ph, cp]);
    }
    expect(maskResidentId(id)).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    expect(maskPhone(phone)).toMatch(/^\d{3}\*{4}\d{4}$/);
    // Finance and HR see masked values; the county bureau never sees another county's expert at all.
    for (const user of ['finance', 'hrbureau', 'agency']) {
      const res = await api.gqlAs<{ experts: { nodes: Array<{ idNumber: string }> } }>(
        tokens[user],
        '{ experts(first: 20) { nodes { idNumber phone } } }',
      );
      for (const n of res.data!.experts.nodes) expect(n.idNumber).toMatch(/\*{8}/);
    }
  });

  it('shows an expert their own numbers in clear and audits every clear read', async () => {
    const { rows } = await api.db.sql.query(
      "select x.id, x.id_number_cipher from app_user u join expert x on x.id = u.expert_id where u.username = 'expert'",
    );
    const before = await api.db.sql.query("select count(*)::int as n from audit_log where operation = 'read-personal-data'");
    const res = await api.gqlAs<{ expert: { idNumber: string } }>(tokens.expert, `{ expert(id: ${rows[0].id}) { idNumber } }`);
    expect(res.data!.expert.idNumber).toBe(pii.decrypt(rows[0].id_number_cipher));
    await api.gqlAs(tokens.bureau, '{ experts(first: 30) { nodes { idNumber } } }');
    const after = await api.db.sql.query(
      "select username, object_type, object_ids from audit_log where operation = 'read-personal-data' order by id desc limit 2",
    );
    expect(after.rows.length).toBe(2);
    expect((await api.db.sql.query("select count(*)::int as n from audit_log where operation = 'read-personal-data'")).rows[0].n).toBe(
      before.rows[0].n + 2,
    );
    expect(after.rows[0]).toMatchObject({ username: 'bureau', object_type: 'Expert.idNumber' });
    expect(after.rows[0].object_ids.split(',').length).toBe(30);
    // The audit trail itself holds no clear number.
    const dump = await api.db.sql.query('select detail::text as d, object_ids from audit_log');
    for (const row of dump.rows) expect(String(row.d)).not.toContain(pii.decrypt(rows[0].id_number_cipher));
  });
});
