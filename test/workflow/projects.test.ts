/**
 * Co-innovation projects (Art. 19-21): the split rules of Art. 20 on every change, approval,
 * disbursements in tranches never above what was approved for each funder (refused with
 * nothing written, also when two tranches race), and acceptance.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TestServer } from '../support/server';
import { demoBindings, fails, ok, today } from './support';

const PROPOSE =
  'mutation($input: ProposeProjectInput!) { proposeProject(input: $input) { id code status version priority enterpriseFen universityFen financeFen } }';
const APPROVE =
  'mutation($input: ProjectDecisionInput!) { approveProject(input: $input) { id status version approvedOn enterpriseFen universityFen financeFen } }';
const CHANGE = 'mutation($input: ProjectDecisionInput!) { changeProjectFunding(input: $input) { id version } }';
const DISBURSE = 'mutation($input: DisburseProjectInput!) { disburseProject(input: $input) { id tranche amountFen funder voucherNo } }';
const CLOSE =
  'mutation($id: Int!, $v: Int!, $ok: Boolean!) { closeProject(input: { id: $id, version: $v }, accepted: $ok) { status closedOn version } }';

const YUAN = 100;

describe('co-innovation projects and their money (Art. 20, 21)', () => {
  let api: TestServer;
  let bureau: string;
  let enterprise: string;
  let finance: string;
  let appointmentId: number;
  let project: { id: number; version: number; code: string };

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    bureau = await api.login('bureau');
    enterprise = await api.login('enterprise');
    finance = await api.login('finance');
    const ids = await demoBindings(api.db.sql);
    const { rows } = await api.db.sql.query(
      "select id from appointment where enterprise_id = $1 and status = 'ACTIVE' order by id limit 1",
      [ids.enterpriseId],
    );
    appointmentId = rows[0].id;
  });
  afterAll(async () => api?.close());

  /** Everything a refused disbursement must leave as it was. */
  async function moneyState(projectId: number) {
    const { rows } = await api.db.sql.query(
      `select p.status, p.version, (select count(*)::int from disbursement d where d.project_id = p.id) as tranches,
              (select coalesce(sum(amount_fen), 0)::bigint::text from disbursement d where d.project_id = p.id) as paid
         from project p where p.id = $1`,
      [projectId],
    );
    return rows[0];
  }

  it('refuses a split where the enterprise puts in less than half, or support above 1,000,000 yuan (Art. 20)', async () => {
    const half = await fails(api, enterprise, 'RULE_VIOLATION', PROPOSE, {
      input: {
        appointmentId,
        title: '高精度轴承磨削工艺优化',
        enterpriseFen: 400_000 * YUAN,
        universityFen: 200_000 * YUAN,
        financeFen: 200_001 * YUAN,
      },
    });
    expect(half).toMatchObject({ rule: 'SPLIT', article: '第二十条' });
    const cap = await fails(api, enterprise, 'RULE_VIOLATION', PROPOSE, {
      input: {
        appointmentId,
        title: '高精度轴承磨削工艺优化',
        enterpriseFen: 3_000_000 * YUAN,
        universityFen: 500_000 * YUAN,
        financeFen: 500_001 * YUAN,
      },
    });
    expect(cap).toMatchObject({ rule: 'SPLIT', article: '第二十条' });
    const { rows } = await api.db.sql.query("select count(*)::int as n from project where title = '高精度轴承磨削工艺优化'");
    expect(rows[0].n).toBe(0);
  });

  it('lets the host enterprise propose for its own expert only; the bureau approves with the approved amounts', async () => {
    const { rows: other } = await api.db.sql.query(
      "select a.id from appointment a where a.status = 'ACTIVE' and a.enterprise_id <> (select enterprise_id from app_user where username = 'enterprise') order by a.id limit 1",
    );
    await fails(api, enterprise, 'NOT_FOUND', PROPOSE, {
      input: { appointmentId: other[0].id, title: '他人项目', enterpriseFen: 600_000 * YUAN, universityFen: 0, financeFen: 100_000 * YUAN },
    });
    const year = today().slice(0, 4);
    const { rows: max } = await api.db.sql.query(
      `select coalesce(max((regexp_match(code, '^XTCX-${year}-(\\d+)$'))[1]::int), 0) as n from project`,
    );
    const proposed = await ok<{ proposeProject: { id: number; version: number; code: string; status: string } }>(api, enterprise, PROPOSE, {
      input: {
        appointmentId,
        title: '高精度轴承磨削工艺优化',
        enterpriseFen: 600_000 * YUAN,
        universityFen: 200_000 * YUAN,
        financeFen: 300_000 * YUAN,
      },
    });
    expect(proposed.proposeProject).toMatchObject({ status: 'PROPOSED', code: `XTCX-${year}-${String(max[0].n + 1).padStart(5, '0')}` });
    project = proposed.proposeProject;
    await fails(api, enterprise, 'FORBIDDEN', APPROVE, { input: { projectId: project.id, version: project.version } });
    await fails(api, bureau, 'CONFLICT', APPROVE, { input: { projectId: project.id, version: project.version + 1 } });
    const bad = await fails(api, bureau, 'RULE_VIOLATION', APPROVE, {
      input: {
        projectId: project.id,
        version: project.version,
        funding: { enterpriseFen: 100_000 * YUAN, universityFen: 200_000 * YUAN, financeFen: 300_000 * YUAN },
      },
    });
    expect(bad.article).toBe('第二十条');
    const approved = await ok<{ approveProject: { status: string; version: number; approvedOn: string; financeFen: number } }>(
      api,
      bureau,
      APPROVE,
      {
        input: {
          projectId: project.id,
          version: project.version,
          funding: { enterpriseFen: 600_000 * YUAN, universityFen: 200_000 * YUAN, financeFen: 250_000 * YUAN },
        },
      },
    );
    expect(approved.approveProject).toMatchObject({ status: 'APPROVED', approvedOn: today(), financeFen: 250_000 * YUAN });
    project.version = approved.approveProject.version;
  });

  it('pays in tranches up to the approved amount per funder, numbering them per funder', async () => {
    await fails(api, bureau, 'FORBIDDEN', DISBURSE, {
      input: { projectId: project.id, funder: 'FINANCE', amountFen: 1, voucherNo: 'PZ-T-0' },
    });
    const t1 = await ok<{ disburseProject: { tranche: number } }>(api, finance, DISBURSE, {
      input: { projectId: project.id, funder: 'FINANCE', amountFen: 150_000 * YUAN, voucherNo: 'PZ-T-1' },
    });
    const t2 = await ok<{ disburseProject: { tranche: number } }>(api, finance, DISBURSE, {
      input: { projectId: project.id, funder: 'FINANCE', amountFen: 100_000 * YUAN, voucherNo: 'PZ-T-2' },
    });
    const u1 = await ok<{ disburseProject: { tranche: number } }>(api, finance, DISBURSE, {
      input: { projectId: project.id, funder: 'UNIVERSITY', amountFen: 50_000 * YUAN, voucherNo: 'PZ-T-3' },
    });
    expect([t1.disburseProject.tranche, t2.disburseProject.tranche, u1.disburseProject.tranche]).toEqual([1, 2, 1]);
    const state = await moneyState(project.id);
    expect(state).toMatchObject({ status: 'IN_PROGRESS', tranches: 3, paid: String(300_000 * YUAN) });
    project.version = state.version;
  });

  it('refuses a disbursement above the approved amount, with nothing written', async () => {
    const before = await moneyState(project.id);
    const over = await fails(api, finance, 'RULE_VIOLATION', DISBURSE, {
      input: { projectId: project.id, funder: 'FINANCE', amountFen: 1, voucherNo: 'PZ-T-4' },
    });
    expect(over).toMatchObject({ rule: 'OVER_APPROVED', article: '第二十一条', approvedFen: 250_000 * YUAN, paidFen: 250_000 * YUAN });
    // The Chinese message names the funder in Chinese, never by its code.
    expect(over.message).toMatch(/^市财政批准250000\.00元，已拨付250000\.00元，本次拨付金额（amountFen）0\.01元将超出批准金额/);
    expect(over.message.split(' / ')[0]).not.toContain('FINANCE');
    const overUniversity = await fails(api, finance, 'RULE_VIOLATION', DISBURSE, {
      input: { projectId: project.id, funder: 'UNIVERSITY', amountFen: 150_000 * YUAN + 1, voucherNo: 'PZ-T-5' },
    });
    expect(overUniversity.rule).toBe('OVER_APPROVED');
    expect(await moneyState(project.id)).toEqual(before);
    const { rows } = await api.db.sql.query("select count(*)::int as n from disbursement where voucher_no in ('PZ-T-4', 'PZ-T-5')");
    expect(rows[0].n).toBe(0);
    // A voucher number is used once.
    await fails(api, finance, 'CONFLICT', DISBURSE, {
      input: { projectId: project.id, funder: 'ENTERPRISE', amountFen: 1, voucherNo: 'PZ-T-1' },
    });
    expect(await moneyState(project.id)).toEqual(before);
  });

  it('two tranches racing for the same funder never exceed the approved amount together', async () => {
    const before = await moneyState(project.id);
    const results = await Promise.all(
      ['PZ-R-1', 'PZ-R-2'].map((voucherNo) =>
        api.gqlAs(finance, DISBURSE, { input: { projectId: project.id, funder: 'ENTERPRISE', amountFen: 400_000 * YUAN, voucherNo } }),
      ),
    );
    expect(results.map((r) => (r.errors ? r.errors[0].extensions?.code : 'OK')).sort()).toEqual(['OK', 'RULE_VIOLATION']);
    const { rows } = await api.db.sql.query(
      "select sum(amount_fen)::bigint::text as paid from disbursement where project_id = $1 and funder = 'ENTERPRISE'",
      [project.id],
    );
    expect(rows[0].paid).toBe(String(400_000 * YUAN));
    expect((await moneyState(project.id)).tranches).toBe(before.tranches + 1);
  });

  it('never lowers an approved amount below what was paid, and checks the split on every change', async () => {
    const below = await fails(api, bureau, 'RULE_VIOLATION', CHANGE, {
      input: {
        projectId: project.id,
        version: project.version,
        funding: { enterpriseFen: 600_000 * YUAN, universityFen: 200_000 * YUAN, financeFen: 200_000 * YUAN },
      },
    });
    expect(below).toMatchObject({ rule: 'DISBURSED', article: '第二十一条', field: 'financeFen' });
    const split = await fails(api, bureau, 'RULE_VIOLATION', CHANGE, {
      input: {
        projectId: project.id,
        version: project.version,
        funding: { enterpriseFen: 400_000 * YUAN, universityFen: 200_000 * YUAN, financeFen: 250_000 * YUAN },
      },
    });
    expect(split).toMatchObject({ rule: 'SPLIT', article: '第二十条' });
    const changed = await ok<{ changeProjectFunding: { version: number } }>(api, bureau, CHANGE, {
      input: {
        projectId: project.id,
        version: project.version,
        funding: { enterpriseFen: 700_000 * YUAN, universityFen: 200_000 * YUAN, financeFen: 300_000 * YUAN },
      },
    });
    project.version = changed.changeProjectFunding.version;
  });

  it('previewProjectFunding shows the Art. 20-21 guards with their figures, as the steps judge them, and writes nothing', async () => {
    const PREVIEW = `query($input: PreviewProjectFundingInput!) { previewProjectFunding(input: $input) {
      totalFen supportFen enterpriseShareBp minEnterpriseShareBp supportCapFen allowed guards { code article passed message fields } } }`;
    type Preview = {
      previewProjectFunding: {
        totalFen: number;
        supportFen: number;
        enterpriseShareBp: number;
        minEnterpriseShareBp: number;
        supportCapFen: number;
        allowed: boolean;
        guards: Array<{ code: string; article: string; passed: boolean; message: string; fields: string[] }>;
      };
    };
    const before = await moneyState(project.id);
    // One fen short of half: refused by the preview as by the step.
    const low = { enterpriseFen: 500_000 * YUAN - 1, universityFen: 200_000 * YUAN, financeFen: 300_000 * YUAN };
    const p1 = (await ok<Preview>(api, enterprise, PREVIEW, { input: low })).previewProjectFunding;
    expect(p1).toMatchObject({
      totalFen: 1_000_000 * YUAN - 1,
      supportFen: 500_000 * YUAN,
      enterpriseShareBp: 4999,
      minEnterpriseShareBp: 5000,
      supportCapFen: 1_000_000 * YUAN,
      allowed: false,
    });
    expect(p1.guards.map((g) => [g.code, g.passed, g.article])).toEqual([
      ['ENTERPRISE_SHARE', false, '第二十条'],
      ['SUPPORT_CAP', true, '第二十条'],
    ]);
    expect(p1.guards[0].message).toContain('低于项目总额');
    const refused = await fails(api, enterprise, 'RULE_VIOLATION', PROPOSE, { input: { appointmentId, title: '试算对照', ...low } });
    expect(refused).toMatchObject({ rule: 'SPLIT', field: 'enterpriseFen' });
    // Exactly half, support over the cap by one fen.
    const cap = { enterpriseFen: 1_000_001 * YUAN, universityFen: 500_000 * YUAN, financeFen: 500_000 * YUAN + 1 };
    const p2 = (await ok<Preview>(api, bureau, PREVIEW, { input: cap })).previewProjectFunding;
    expect(p2.guards.map((g) => [g.code, g.passed, g.fields])).toEqual([
      ['ENTERPRISE_SHARE', true, ['enterpriseFen']],
      ['SUPPORT_CAP', false, ['universityFen', 'financeFen']],
    ]);
    expect(p2.allowed).toBe(false);
    // On the project: finance has paid 400,000 yuan, so 200,000 approved is below it (Art. 21).
    const p3 = (
      await ok<Preview>(api, bureau, PREVIEW, {
        input: { projectId: project.id, enterpriseFen: 600_000 * YUAN, universityFen: 200_000 * YUAN, financeFen: 200_000 * YUAN },
      })
    ).previewProjectFunding;
    expect(p3.allowed).toBe(false);
    expect(p3.guards.filter((g) => !g.passed).map((g) => [g.code, g.article, g.fields])).toEqual([
      ['BELOW_PAID', '第二十一条', ['financeFen']],
    ]);
    const ok3 = (
      await ok<Preview>(api, bureau, PREVIEW, {
        input: { projectId: project.id, enterpriseFen: 700_000 * YUAN, universityFen: 200_000 * YUAN, financeFen: 400_000 * YUAN },
      })
    ).previewProjectFunding;
    expect(ok3.allowed).toBe(true);
    expect(ok3.enterpriseShareBp).toBe(5384);
    // Finance does not propose: the preview is not for it; nothing was written by any of this.
    await fails(api, finance, 'FORBIDDEN', PREVIEW, { input: low });
    expect(await moneyState(project.id)).toEqual(before);
    const { rows } = await api.db.sql.query("select count(*)::int as n from project where title = '试算对照'");
    expect(rows[0].n).toBe(0);
  });

  it('accepts the project; nothing more is paid after that', async () => {
    const closed = await ok<{ closeProject: { status: string; closedOn: string } }>(api, bureau, CLOSE, {
      id: project.id,
      v: project.version,
      ok: true,
    });
    expect(closed.closeProject).toMatchObject({ status: 'ACCEPTED', closedOn: today() });
    await fails(api, finance, 'CONFLICT', DISBURSE, {
      input: { projectId: project.id, funder: 'FINANCE', amountFen: 1, voucherNo: 'PZ-T-9' },
    });
  });
});
