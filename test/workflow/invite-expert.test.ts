/**
 * An enterprise invites an expert who is not yet in the directory (Art. 12.1, 13.3): the record
 * is written with its resident ID and phone encrypted, hashed and masked like every expert's,
 * identifiers are checked at the server with the field named, the step is audited, and the
 * rules E1-E5 judge the invited expert in the rule preview like any other.
 */
import { residentIdCheckChar } from '@techvp/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';
import { accountFor, CREATE_APPLICATION, demoBindings, draft, fails, ok, openCall, today } from './support';

const INVITE = `mutation($input: InviteExpertInput!) { inviteExpert(input: $input) { id name institutionId institutionName degree title discipline } }`;
const EXPERT = `query($id: Int!) { expert(id: $id) { id name idNumber phone degree title } }`;
const PREVIEW = `query($id: Int!) { previewApplicationRules(applicationId: $id) { rule article passed detail } }`;

/** A valid resident ID number born in 1985 with the given sequence (odd 17th digit: male). */
function residentId(seq: string): string {
  const first17 = `37150219850412${seq}`;
  return first17 + residentIdCheckChar(first17);
}

describe('inviting a new expert from the application form', () => {
  let api: TestServer;
  let bureau: string;
  let enterprise: string;
  let ids: Awaited<ReturnType<typeof demoBindings>>;
  let callId: number;
  let institutionId: number;

  const input = (overrides: Record<string, unknown> = {}) => ({
    name: '邀请测试专家',
    institutionId,
    degree: 'DOCTORATE',
    title: 'ASSOCIATE_SENIOR',
    discipline: '机械工程',
    researchFields: ['精密磨削', '在线检测'],
    workStartedOn: '2012-07-01',
    phone: '13912345678',
    idNumber: residentId('123'),
    ...overrides,
  });

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    bureau = await api.login('bureau');
    enterprise = await api.login('enterprise');
    ids = await demoBindings(api.db.sql);
    callId = await openCall(api, bureau, Number(today().slice(0, 4)) + 1);
    const { rows } = await api.db.sql.query(
      `select i.id from institution i
        where not exists (select 1 from enterprise_tie t where t.enterprise_id = $1 and t.institution_id = i.id)
        order by i.id limit 1`,
      [ids.enterpriseId],
    );
    institutionId = rows[0].id;
  });
  afterAll(async () => api?.close());

  it('records the invited expert with the resident ID and phone encrypted, hashed and masked, and audits the step', async () => {
    const idNumber = residentId('135');
    const card = (
      await ok<{ inviteExpert: { id: number; name: string; institutionId: number } }>(api, enterprise, INVITE, {
        input: input({ idNumber }),
      })
    ).inviteExpert;
    expect(card).toMatchObject({ name: '邀请测试专家', institutionId });
    const { rows } = await api.db.sql.query(
      `select name, gender, id_number_cipher, id_number_hash, id_number_masked, phone_cipher, phone_masked, invited_by_enterprise_id,
              invited_at, keywords, work_started_on::text as started
         from expert where id = $1`,
      [card.id],
    );
    const row = rows[0];
    expect(row.invited_by_enterprise_id).toBe(ids.enterpriseId);
    expect(row.invited_at).not.toBeNull();
    expect(row.gender).toBe('MALE');
    expect(row.keywords).toEqual(['精密磨削', '在线检测']);
    expect(row.started).toBe('2012-07-01');
    expect(row.id_number_masked).toBe(`${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`);
    expect(row.phone_masked).toBe('139****5678');
    expect(row.id_number_cipher).toMatch(/^v1\./);
    expect(row.id_number_cipher).not.toContain(idNumber);
    expect(row.phone_cipher).toMatch(/^v1\./);
    expect(row.id_number_hash).toMatch(/^[0-9a-f]{64}$/);
    // The bureau reads the clear values back: the ciphertext is the platform's own.
    const asBureau = (await ok<{ expert: { idNumber: string; phone: string } }>(api, bureau, EXPERT, { id: card.id })).expert;
    expect(asBureau).toMatchObject({ idNumber, phone: '13912345678' });
    // The inviting enterprise sees its expert, masked, as it sees every expert.
    const asEnterprise = (await ok<{ expert: { idNumber: string; phone: string } }>(api, enterprise, EXPERT, { id: card.id })).expert;
    expect(asEnterprise).toMatchObject({ idNumber: row.id_number_masked, phone: '139****5678' });
    const { rows: audit } = await api.db.sql.query(
      `select result, object_ids, detail::text as detail from audit_log where operation = 'inviteExpert' and object_ids = $1`,
      [String(card.id)],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].result).toBe('OK');
    expect(audit[0].detail).not.toContain(idNumber);
    expect(audit[0].detail).not.toContain('13912345678');
  });

  it('refuses a resident ID with a wrong check digit, naming the field, and writes nothing', async () => {
    const good = residentId('157');
    const wrong = good.slice(0, 17) + (good[17] === '1' ? '2' : '1');
    const before = await api.db.sql.query(`select count(*)::int as n from expert`);
    const err = await fails(api, enterprise, 'BAD_USER_INPUT', INVITE, { input: input({ idNumber: wrong }) });
    expect(err.field).toBe('idNumber');
    expect(err.message).toContain('身份证号');
    expect(err.message).toContain('校验位');
    const after = await api.db.sql.query(`select count(*)::int as n from expert`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('refuses a phone number that is not a mainland mobile number, naming the field', async () => {
    const err = await fails(api, enterprise, 'BAD_USER_INPUT', INVITE, {
      input: input({ idNumber: residentId('179'), phone: '0635-1234567' }),
    });
    expect(err.field).toBe('phone');
    expect(err.message).toContain('手机号');
  });

  it('refuses an ID already in the directory, even an expert the enterprise may not see, and refuses every role but an enterprise', async () => {
    const { rows } = await api.db.sql.query(
      `select x.id from expert x where x.invited_by_enterprise_id is null
          and not exists (select 1 from application p where p.proposed_expert_id = x.id and p.enterprise_id = $1)
          and not exists (select 1 from appointment a where a.expert_id = x.id and a.enterprise_id = $1)
        order by x.id limit 1`,
      [ids.enterpriseId],
    );
    const hidden = (await ok<{ expert: { idNumber: string } }>(api, bureau, EXPERT, { id: rows[0].id })).expert.idNumber;
    expect((await api.gqlAs<{ expert: unknown }>(enterprise, EXPERT, { id: rows[0].id })).data?.expert ?? null).toBeNull();
    const before = await api.db.sql.query(`select count(*)::int as n from expert`);
    const err = await fails(api, enterprise, 'CONFLICT', INVITE, { input: input({ idNumber: hidden }) });
    expect(err.field).toBe('idNumber');
    expect(err.message).toContain('已在专家库中');
    const county = await accountFor(api, 'COUNTY_BUREAU', { divisionId: ids.divisionId });
    await fails(api, county, 'FORBIDDEN', INVITE, { input: input({ idNumber: residentId('191') }) });
    const after = await api.db.sql.query(`select count(*)::int as n from expert`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('proposes the invited expert in an application: E1-E5 judge it in the preview; a county or another enterprise never sees its clear personal data', async () => {
    const idNumber = residentId('213');
    // A bachelor without a senior title who started work last year: E1 and E2 must fail.
    const card = (
      await ok<{ inviteExpert: { id: number } }>(api, enterprise, INVITE, {
        input: input({
          idNumber,
          name: '邀请测试专家乙',
          degree: 'BACHELOR',
          title: 'INTERMEDIATE',
          workStartedOn: `${Number(today().slice(0, 4)) - 1}-01-02`,
        }),
      })
    ).inviteExpert;
    const created = (
      await ok<{ createApplication: { id: number } }>(api, enterprise, CREATE_APPLICATION, { input: draft(callId, card.id) })
    ).createApplication;
    const preview = (
      await ok<{ previewApplicationRules: Array<{ rule: string; passed: boolean; detail: string }> }>(api, enterprise, PREVIEW, {
        id: created.id,
      })
    ).previewApplicationRules;
    const byRule = new Map(preview.map((r) => [r.rule, r]));
    expect(byRule.get('E1')?.passed).toBe(false);
    expect(byRule.get('E2')?.passed).toBe(false);
    expect(byRule.get('E3')?.passed).toBe(true);
    expect(byRule.get('E4')?.passed).toBe(true);
    expect(byRule.get('E5')?.passed).toBe(true);
    const { rows: app } = await api.db.sql.query(`select proposed_expert_id from application where id = $1`, [created.id]);
    expect(app[0].proposed_expert_id).toBe(card.id);

    // Another enterprise does not see the record at all.
    const { rows: others } = await api.db.sql.query(`select id from enterprise where id <> $1 and division_id = $2 order by id limit 1`, [
      ids.enterpriseId,
      ids.divisionId,
    ]);
    const other = await accountFor(api, 'ENTERPRISE', { enterpriseId: others[0].id });
    const asOther = await api.gqlAs<{ expert: unknown }>(other, EXPERT, { id: card.id });
    expect(asOther.data?.expert ?? null).toBeNull();
    // The county sees the expert of its county's application (a draft too), masked only.
    const county = await accountFor(api, 'COUNTY_BUREAU', { divisionId: ids.divisionId });
    const asCounty = await api.gqlAs<{ expert: { idNumber: string | null; phone: string | null } | null }>(county, EXPERT, { id: card.id });
    const seen = JSON.stringify(asCounty.data);
    expect(seen).not.toContain(idNumber);
    expect(seen).not.toContain('13912345678');
    expect(asCounty.data?.expert?.idNumber).toBe(`${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`);
  });
});
