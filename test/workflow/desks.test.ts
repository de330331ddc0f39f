/**
 * What the work desks (issue 14, part 2) add on the server: the expert edits and withdraws
 * entries until the enterprise confirms them (optimistic locking), the enterprise decides on
 * several at once (all or none), `nextActions` on ledger entries, projects, rewards and cycles,
 * the dry runs of a grade's consequences and of a tranche's Art. 20-21 guards (which write
 * nothing and agree with the real steps), and the administrator's reset, binding and audit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TestServer } from '../support/server';
import { accountFor, demoBindings, fails, ok, today } from './support';

const ENTRY = 'id version confirmation serviceDate daysOnSite kind disputeReason nextActions';
const RECORD = `mutation($input: RecordServiceInput!) { recordService(input: $input) { ${ENTRY} } }`;
const UPDATE = `mutation($input: UpdateServiceInput!) { updateService(input: $input) { ${ENTRY} } }`;
const WITHDRAW = 'mutation($id: Int!, $v: Int!) { withdrawService(input: { id: $id, version: $v }) }';
const CONFIRM_MANY = `mutation($input: ConfirmServicesInput!) { confirmServices(input: $input) { ${ENTRY} } }`;
const CONFIRM_ONE = `mutation($input: ConfirmServiceInput!) { confirmService(input: $input) { ${ENTRY} } }`;
const ENTRY_AS = `query($id: Int!) { ledgerEntry(id: $id) { ${ENTRY} } }`;

describe('work desks on the server', () => {
  let api: TestServer;
  let expert: string;
  let enterprise: string;
  let appointmentId: number;

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    expert = await api.login('expert');
    enterprise = await api.login('enterprise');
    const ids = await demoBindings(api.db.sql);
    const { rows } = await api.db.sql.query("select id from appointment where expert_id = $1 and status = 'ACTIVE'", [ids.expertId]);
    appointmentId = rows[0].id;
  });
  afterAll(async () => api?.close());

  const entry = (overrides: Record<string, unknown> = {}) => ({
    appointmentId,
    serviceDate: today(),
    kind: 'TECH_SERVICE',
    daysOnSite: 2,
    content: '现场指导热处理工艺',
    effect: '合格率提升',
    peopleTrained: 1,
    ...overrides,
  });
  type Entry = { id: number; version: number; confirmation: string; nextActions: string[]; daysOnSite: number };
  const record = async (o: Record<string, unknown> = {}) =>
    (await ok<{ recordService: Entry }>(api, expert, RECORD, { input: entry(o) })).recordService;
  const row = async (id: number) =>
    (await api.db.sql.query('select confirmation, version, days_on_site, dispute_reason from ledger_entry where id = $1', [id])).rows[0];

  it('offers EDIT and WITHDRAW to the expert and CONFIRM and DISPUTE to the enterprise, only while allowed', async () => {
    const e = await record();
    expect(e.nextActions).toEqual(['EDIT', 'WITHDRAW']);
    const seen = await ok<{ ledgerEntry: Entry }>(api, enterprise, ENTRY_AS, { id: e.id });
    expect(seen.ledgerEntry.nextActions).toEqual(['CONFIRM', 'DISPUTE']);
    await ok(api, enterprise, CONFIRM_ONE, { input: { entryId: e.id, confirmed: true } });
    expect((await ok<{ ledgerEntry: Entry }>(api, expert, ENTRY_AS, { id: e.id })).ledgerEntry.nextActions).toEqual([]);
    expect((await ok<{ ledgerEntry: Entry }>(api, enterprise, ENTRY_AS, { id: e.id })).ledgerEntry.nextActions).toEqual([]);
  });

  it('the expert corrects an unconfirmed entry at the version read; a stale or confirmed one is refused unchanged', async () => {
    const e = await record();
    const fields = { serviceDate: today(), kind: 'TRAINING', daysOnSite: 3, content: '开展技术培训', effect: '掌握要点', peopleTrained: 6 };
    const edited = (await ok<{ updateService: Entry }>(api, expert, UPDATE, { input: { entryId: e.id, version: e.version, ...fields } }))
      .updateService;
    expect(edited).toMatchObject({ kind: 'TRAINING', daysOnSite: 3, version: e.version + 1, confirmation: 'PENDING' });
    const stale = await fails(api, expert, 'CONFLICT', UPDATE, { input: { entryId: e.id, version: e.version, ...fields, daysOnSite: 9 } });
    expect(stale).toMatchObject({ expectedVersion: e.version, actualVersion: e.version + 1 });
    expect(await row(e.id)).toMatchObject({ days_on_site: 3, version: e.version + 1 });
    await fails(api, enterprise, 'FORBIDDEN', UPDATE, { input: { entryId: e.id, version: edited.version, ...fields } });
    // A disputed entry, once corrected, goes back to the enterprise.
    await ok(api, enterprise, CONFIRM_ONE, { input: { entryId: e.id, confirmed: false, disputeReason: '当天无人到岗' } });
    const again = (
      await ok<{ updateService: Entry }>(api, expert, UPDATE, {
        input: { entryId: e.id, version: edited.version + 1, ...fields, daysOnSite: 1 },
      })
    ).updateService;
    expect(again).toMatchObject({ confirmation: 'PENDING', disputeReason: null, daysOnSite: 1 });
    await ok(api, enterprise, CONFIRM_ONE, { input: { entryId: e.id, confirmed: true } });
    const confirmed = await fails(api, expert, 'CONFLICT', UPDATE, { input: { entryId: e.id, version: again.version + 1, ...fields } });
    expect(confirmed.message).toMatch(/已确认/);
    expect(await row(e.id)).toMatchObject({ confirmation: 'CONFIRMED', days_on_site: 1 });
  });

  it('the expert withdraws an unconfirmed entry (deleted, audited with its content), never a confirmed one', async () => {
    const e = await record({ daysOnSite: 4 });
    await fails(api, expert, 'CONFLICT', WITHDRAW, { id: e.id, v: e.version + 1 });
    expect(await row(e.id)).toBeDefined();
    expect((await ok<{ withdrawService: number }>(api, expert, WITHDRAW, { id: e.id, v: e.version })).withdrawService).toBe(e.id);
    expect(await row(e.id)).toBeUndefined();
    const { rows } = await api.db.sql.query(
      "select detail from audit_log where operation = 'withdrawService' and result = 'OK' and object_ids = $1",
      [String(e.id)],
    );
    expect(rows[0].detail).toMatchObject({ daysOnSite: 4, kind: 'TECH_SERVICE', appointmentId });
    const c = await record();
    await ok(api, enterprise, CONFIRM_ONE, { input: { entryId: c.id, confirmed: true } });
    await fails(api, expert, 'CONFLICT', WITHDRAW, { id: c.id, v: c.version + 1 });
    expect(await row(c.id)).toMatchObject({ confirmation: 'CONFIRMED' });
  });

  it('the enterprise confirms several entries at once, all or none; a dispute needs a reason', async () => {
    const [a, b, c] = [await record(), await record(), await record()];
    await ok(api, enterprise, CONFIRM_ONE, { input: { entryId: c.id, confirmed: true } });
    const refused = await fails(api, enterprise, 'CONFLICT', CONFIRM_MANY, { input: { entryIds: [a.id, b.id, c.id], confirmed: true } });
    expect(refused.entryId).toBe(c.id);
    expect((await row(a.id)).confirmation).toBe('PENDING');
    expect((await row(b.id)).confirmation).toBe('PENDING');
    const noReason = await fails(api, enterprise, 'BAD_USER_INPUT', CONFIRM_MANY, { input: { entryIds: [a.id, b.id], confirmed: false } });
    expect(noReason.field).toBe('disputeReason');
    await fails(api, expert, 'FORBIDDEN', CONFIRM_MANY, { input: { entryIds: [a.id], confirmed: true } });
    const done = await ok<{ confirmServices: Entry[] }>(api, enterprise, CONFIRM_MANY, {
      input: { entryIds: [b.id, a.id], confirmed: true },
    });
    expect(done.confirmServices.map((e) => e.confirmation)).toEqual(['CONFIRMED', 'CONFIRMED']);
    expect((await row(a.id)).confirmation).toBe('CONFIRMED');
    const { rows } = await api.db.sql.query(
      "select object_ids from audit_log where operation = 'confirmServices' and result = 'OK' order by id desc limit 1",
    );
    expect(rows[0].object_ids).toBe([a.id, b.id].sort((x, y) => x - y).join(','));
  });
});

describe('dry runs agree with the steps and write nothing', () => {
  let api: TestServer;
  let bureau: string;
  let agency: string;
  let finance: string;
  let cycleId: number;

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    [bureau, agency, finance] = [await api.login('bureau'), await api.login('agency'), await api.login('finance')];
    const res = await ok<{ openEvaluationCycle: { id: number } }>(
      api,
      bureau,
      'mutation { openEvaluationCycle(input: { code: "2026-2027", periodStart: "2026-01-01", periodEnd: "2027-12-31" }) { id } }',
    );
    cycleId = res.openEvaluationCycle.id;
  });
  afterAll(async () => api?.close());

  const counts = async () =>
    (
      await api.db.sql.query(`select (select count(*) from evaluation)::int as evaluations, (select count(*) from reward)::int as rewards,
        (select count(*) from project where status = 'CANCELLED')::int as cancelled, (select count(*) from disbursement)::int as tranches,
        (select count(*) from appointment where status = 'REVOKED')::int as revoked, (select count(*) from project where priority)::int as priority`)
    ).rows[0];

  const PREVIEW = `query($input: GradeEvaluationInput!) { previewGrade(input: $input) {
    grade rewardFen certificate goldCardB revokes bannedUntil prioritisedProjects { id } cancelledProjects { id } } }`;
  const GRADE = 'mutation($input: GradeEvaluationInput!) { gradeEvaluation(input: $input) { id grade } }';

  it('lists the cycle’s appointments with GRADE until graded', async () => {
    const res = await ok<{
      evaluationWorklist: Array<{ appointment: { id: number }; evaluation: null | { id: number }; nextActions: string[] }>;
    }>(api, agency, `query($c: Int!) { evaluationWorklist(cycleId: $c) { appointment { id status } evaluation { id } nextActions } }`, {
      c: cycleId,
    });
    const { rows } = await api.db.sql.query(
      "select count(*)::int as n from appointment where status in ('ACTIVE', 'COMPLETED') and service_start <= '2027-12-31' and service_end >= '2026-01-01'",
    );
    expect(res.evaluationWorklist.length).toBe(rows[0].n);
    expect(res.evaluationWorklist.every((r) => r.evaluation === null && r.nextActions[0] === 'GRADE')).toBe(true);
    await fails(api, finance, 'FORBIDDEN', 'query($c: Int!) { evaluationWorklist(cycleId: $c) { nextActions } }', { c: cycleId });
  });

  it('previews 优秀 and 不合格 without writing, and the grades then do exactly what was shown (Art. 17-19)', async () => {
    const pick = async (skip: number[]) =>
      (
        await api.db.sql.query(
          `select a.id from appointment a where a.status = 'ACTIVE' and a.service_start <= '2027-12-31'
            and exists (select 1 from project p where p.appointment_id = a.id and p.status in ('PROPOSED', 'APPROVED', 'IN_PROGRESS'))
            and not (a.id = any($1::int[])) order by a.id limit 1`,
          [skip],
        )
      ).rows[0].id as number;
    const good = await pick([]);
    const bad = await pick([good]);
    const before = await counts();
    const excellent = (
      await ok<{ previewGrade: Record<string, unknown> & { prioritisedProjects: { id: number }[] } }>(api, agency, PREVIEW, {
        input: { cycleId, appointmentId: good, grade: 'EXCELLENT' },
      })
    ).previewGrade;
    expect(excellent).toMatchObject({ rewardFen: 5_000_000, certificate: true, goldCardB: true, revokes: false, cancelledProjects: [] });
    const unqualified = (
      await ok<{ previewGrade: Record<string, unknown> & { cancelledProjects: { id: number }[] } }>(api, agency, PREVIEW, {
        input: { cycleId, appointmentId: bad, grade: 'UNQUALIFIED' },
      })
    ).previewGrade;
    expect(unqualified).toMatchObject({
      rewardFen: 0,
      revokes: true,
      bannedUntil: `${Number(today().slice(0, 4)) + 2}${today().slice(4)}`,
    });
    expect(unqualified.cancelledProjects.length).toBeGreaterThan(0);
    expect(await counts()).toEqual(before);
    // The same checks as grading: an invalid score is refused by both.
    await fails(api, agency, 'BAD_USER_INPUT', PREVIEW, { input: { cycleId, appointmentId: good, grade: 'GOOD', score: 101 } });

    // The agency proposes; the bureau's approval applies what was shown (Art. 17).
    const p1 = await ok<{ gradeEvaluation: { id: number } }>(api, agency, GRADE, {
      input: { cycleId, appointmentId: good, grade: 'EXCELLENT', score: 95 },
    });
    const p2 = await ok<{ gradeEvaluation: { id: number } }>(api, agency, GRADE, {
      input: { cycleId, appointmentId: bad, grade: 'UNQUALIFIED', score: 40 },
    });
    expect(await counts()).toMatchObject({ rewards: before.rewards, cancelled: before.cancelled, revoked: before.revoked });
    await ok(api, bureau, 'mutation($ids: [Int!]!) { approveGrades(input: { evaluationIds: $ids }) { id } }', {
      ids: [p1.gradeEvaluation.id, p2.gradeEvaluation.id],
    });
    const { rows: prio } = await api.db.sql.query('select id from project where id = any($1::int[]) and priority', [
      excellent.prioritisedProjects.map((p) => p.id),
    ]);
    expect(prio.length).toBe(excellent.prioritisedProjects.length);
    const { rows: cancelled } = await api.db.sql.query(
      "select id from project where appointment_id = $1 and status = 'CANCELLED' order by id",
      [bad],
    );
    expect(cancelled.map((r) => r.id)).toEqual(unqualified.cancelledProjects.map((p) => p.id));
    // Once graded, the dry run refuses like the step.
    await fails(api, agency, 'CONFLICT', PREVIEW, { input: { cycleId, appointmentId: good, grade: 'GOOD' } });

    const budget = await ok<{ rewardBudget: { rewards: number; grantedFen: number; unpaidFen: number } }>(
      api,
      finance,
      'query($c: Int!) { rewardBudget(cycleId: $c) { rewards grantedFen paidFen unpaidFen } }',
      { c: cycleId },
    );
    expect(budget.rewardBudget).toMatchObject({ rewards: 1, grantedFen: 5_000_000, unpaidFen: 5_000_000 });
    const rewards = await ok<{ rewards: { nodes: Array<{ kind: string; nextActions: string[] }> } }>(
      api,
      finance,
      'query { rewards(filter: { status: { eq: GRANTED } }, first: 100) { nodes { kind nextActions } } }',
    );
    const cash = rewards.rewards.nodes.filter((r) => r.kind === 'CASH');
    expect(cash.length).toBeGreaterThan(0);
    expect(cash.every((r) => r.nextActions.includes('DISBURSE_REWARD'))).toBe(true);
    expect(rewards.rewards.nodes.filter((r) => r.kind !== 'CASH').every((r) => r.nextActions.length === 0)).toBe(true);
    const cycle = await ok<{ evaluationCycle: { nextActions: string[] } }>(
      api,
      bureau,
      'query($c: Int!) { evaluationCycle(id: $c) { nextActions } }',
      {
        c: cycleId,
      },
    );
    // Not every appointment due has a decided grade yet: nothing to file.
    expect(cycle.evaluationCycle.nextActions).toEqual(['GRADE']);
  });

  it('shows the Art. 20-21 guards of a tranche before saving, and the step refuses what the dry run marked', async () => {
    const { rows } = await api.db.sql.query(
      `select p.id, p.finance_fen::bigint as approved, coalesce((select sum(amount_fen) from disbursement d where d.project_id = p.id and d.funder = 'FINANCE'), 0)::bigint as paid
         from project p where p.status in ('APPROVED', 'IN_PROGRESS') and p.finance_fen > 0 order by p.id limit 1`,
    );
    const p = { id: rows[0].id as number, remaining: Number(rows[0].approved) - Number(rows[0].paid) };
    expect(p.remaining).toBeGreaterThan(0);
    const PREVIEW_D = `query($input: PreviewDisbursementInput!) { previewDisbursement(input: $input) { tranche allowed voucherUsed guards { code level passed article message } } }`;
    const FUNDING = 'query($id: Int!) { project(id: $id) { nextActions funding { funder approvedFen paidFen remainingFen } } }';
    const before = await counts();
    const fine = (
      await ok<{ previewDisbursement: { allowed: boolean; guards: Array<{ code: string; passed: boolean }> } }>(api, finance, PREVIEW_D, {
        input: { projectId: p.id, funder: 'FINANCE', amountFen: p.remaining },
      })
    ).previewDisbursement;
    expect(fine.guards.find((g) => g.code === 'OVER_APPROVED')!.passed).toBe(true);
    const over = (
      await ok<{ previewDisbursement: { allowed: boolean; guards: Array<{ code: string; passed: boolean; article: string }> } }>(
        api,
        finance,
        PREVIEW_D,
        { input: { projectId: p.id, funder: 'FINANCE', amountFen: p.remaining + 1 } },
      )
    ).previewDisbursement;
    expect(over.allowed).toBe(false);
    expect(over.guards.find((g) => g.code === 'OVER_APPROVED')).toMatchObject({ passed: false, article: '第二十一条' });
    expect(await counts()).toEqual(before);
    const f = await ok<{ project: { nextActions: string[]; funding: Array<{ funder: string; remainingFen: number }> } }>(
      api,
      finance,
      FUNDING,
      {
        id: p.id,
      },
    );
    expect(f.project.nextActions).toEqual(['DISBURSE']);
    expect(f.project.funding.find((x) => x.funder === 'FINANCE')!.remainingFen).toBe(p.remaining);
    const DISBURSE = 'mutation($input: DisburseProjectInput!) { disburseProject(input: $input) { id tranche } }';
    await fails(api, finance, 'RULE_VIOLATION', DISBURSE, {
      input: { projectId: p.id, funder: 'FINANCE', amountFen: p.remaining + 1, voucherNo: 'DRY-1' },
    });
    expect(await counts()).toEqual(before);
    await ok(api, finance, DISBURSE, { input: { projectId: p.id, funder: 'FINANCE', amountFen: p.remaining, voucherNo: 'DRY-2' } });
    const used = (
      await ok<{ previewDisbursement: { voucherUsed: boolean; allowed: boolean } }>(api, finance, PREVIEW_D, {
        input: { projectId: p.id, funder: 'ENTERPRISE', amountFen: 1, voucherNo: 'DRY-2' },
      })
    ).previewDisbursement;
    expect(used).toMatchObject({ voucherUsed: true, allowed: false });
    const after = await ok<{ project: { funding: Array<{ funder: string; remainingFen: number }> } }>(api, finance, FUNDING, { id: p.id });
    expect(after.project.funding.find((x) => x.funder === 'FINANCE')!.remainingFen).toBe(0);
    const bureauView = await ok<{ project: { nextActions: string[] } }>(api, bureau, FUNDING, { id: p.id });
    expect(bureauView.project.nextActions).toEqual(['CHANGE_FUNDING', 'ACCEPT', 'FAIL']);
  });
});

describe('account administration for the desk', () => {
  let api: TestServer;
  let admin: string;

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    admin = await api.login('admin');
  });
  afterAll(async () => api?.close());

  it('a reset password is temporary: the user signs in with it once and must set a new one', async () => {
    const ids = await demoBindings(api.db.sql);
    const token = await accountFor(api, 'ENTERPRISE', { enterpriseId: ids.enterpriseId });
    const me = await ok<{ me: { id: number; username: string; mustChangePassword: boolean } }>(
      api,
      token,
      'query { me { id username mustChangePassword } }',
    );
    expect(me.me.mustChangePassword).toBe(false);
    await fails(api, token, 'FORBIDDEN', 'mutation($u: Int!) { resetUserPassword(userId: $u) }', { u: me.me.id });
    const temp = (
      await ok<{ resetUserPassword: string }>(api, admin, 'mutation($u: Int!) { resetUserPassword(userId: $u) }', { u: me.me.id })
    ).resetUserPassword;
    expect(temp).toMatch(/^.{16}$/);
    // The old session ended with the reset.
    expect((await api.gqlAs(token, 'query { me { id } }')).data?.me).toBeNull();
    const fresh = await api.login(me.me.username, temp);
    expect(
      (await ok<{ me: { mustChangePassword: boolean } }>(api, fresh, 'query { me { mustChangePassword } }')).me.mustChangePassword,
    ).toBe(true);
    const CHANGE = 'mutation($c: String!, $n: String!) { changeMyPassword(currentPassword: $c, newPassword: $n) }';
    await fails(api, fresh, 'BAD_USER_INPUT', CHANGE, { c: 'wrong-Password-1', n: 'Another-Secret-2026' });
    await fails(api, fresh, 'BAD_USER_INPUT', CHANGE, { c: temp, n: 'short' });
    await ok(api, fresh, CHANGE, { c: temp, n: 'Another-Secret-2026' });
    expect(
      (await ok<{ me: { mustChangePassword: boolean } }>(api, fresh, 'query { me { mustChangePassword } }')).me.mustChangePassword,
    ).toBe(false);
    const { rows } = await api.db.sql.query(
      "select operation, username, detail from audit_log where object_type = 'User' and object_ids = $1 and operation in ('resetPassword', 'changePassword') and result = 'OK' order by id",
      [String(me.me.id)],
    );
    expect(rows.map((r) => [r.operation, r.username])).toEqual([
      ['resetPassword', 'admin'],
      ['changePassword', me.me.username],
    ]);
    expect(JSON.stringify(rows)).not.toContain(temp);
  });

  it('binds an expert account to an existing expert only, and names nothing else in the audit', async () => {
    const ids = await demoBindings(api.db.sql);
    const token = await accountFor(api, 'EXPERT', { expertId: ids.expertId });
    const me = await ok<{ me: { id: number } }>(api, token, 'query { me { id } }');
    const BIND = 'mutation($input: BindUserInput!) { bindUser(input: $input) { id boundExpertId boundEnterpriseId } }';
    const other = (await api.db.sql.query('select id from expert where id <> $1 order by id limit 1', [ids.expertId])).rows[0].id;
    const wrongKind = await fails(api, admin, 'BAD_USER_INPUT', BIND, { input: { userId: me.me.id, enterpriseId: ids.enterpriseId } });
    expect(wrongKind.field).toBe('enterpriseId');
    const missing = await fails(api, admin, 'BAD_USER_INPUT', BIND, { input: { userId: me.me.id, expertId: 99_999_999 } });
    expect(missing.field).toBe('expertId');
    const bound = await ok<{ bindUser: { boundExpertId: number } }>(api, admin, BIND, { input: { userId: me.me.id, expertId: other } });
    expect(bound.bindUser.boundExpertId).toBe(other);
    expect((await api.db.sql.query('select expert_id from app_user where id = $1', [me.me.id])).rows[0].expert_id).toBe(other);
    const { rows } = await api.db.sql.query("select detail from audit_log where operation = 'bindUser' order by id desc limit 1");
    expect(rows[0].detail).toMatchObject({ expertId: other, before: ids.expertId });
  });
});
