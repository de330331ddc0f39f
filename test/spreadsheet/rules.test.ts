/**
 * Who may import what, and the domain rules that apply: a county bureau only its own county's
 * enterprises; an expert only their own appointment's ledger, awaiting the enterprise's
 * confirmation, never changing what the enterprise confirmed; evaluation results only in an
 * open cycle, for appointments that served in it, by the bureau or the evaluation agency.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE } from '../support/db';
import { startTestServer, TestServer } from '../support/server';
import { contentHash, creditCode, importFile, workbook } from './support';

const LEDGER = [
  '证书编号',
  '任职编号',
  '服务日期*',
  '服务类别*',
  '驻企天数*',
  '服务内容*',
  '服务效果*',
  '培养技术骨干人数*',
  '企业确认状态',
  '异议理由',
  '台账编号',
];
const ENTERPRISE = [
  '企业名称*',
  '统一社会信用代码*',
  '所在县（市、区）*',
  '所属领域*',
  '注册日期*',
  '上年度主营业务收入（元）*',
  '上年度研发投入（元）*',
  '职工人数*',
  '联系人*',
  '联系电话',
  '注册地址*',
];
const EVALUATION = ['考核周期*', '证书编号', '任职编号', '考核等级*', '得分', '评定日期*', '评语'];

describe(`import permissions and domain rules (${ENGINE})`, () => {
  let api: TestServer;
  const t: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    for (const u of ['bureau', 'county-371502', 'expert', 'agency', 'hrbureau', 'enterprise']) t[u] = await api.login(u);
  });
  afterAll(async () => api?.close());

  it("lets a county bureau import its own county's enterprises only", async () => {
    const { rows } = await api.db.sql.query<{ credit_code: string }>(
      `select e.credit_code from enterprise e join division d on d.id = e.division_id where d.code <> '371502' order by e.id limit 1`,
    );
    const row = (code: string, county: string) => [
      '县局导入企业',
      code,
      county,
      '新能源',
      '2020-05-01',
      '1000000',
      '50000',
      20,
      '赵强',
      '13912340000',
      '地址',
    ];
    const file = await workbook(
      '企业',
      [ENTERPRISE, row(creditCode(901), '东昌府区'), row(creditCode(902), '临清市'), row(rows[0].credit_code, '371502')],
      [1, 9],
    );
    const before = await contentHash(api.db.sql);
    const { report } = await importFile(api, t['county-371502'], 'enterprises', file);
    expect(report.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [3, '所在县（市、区）', '只能导入本县（市、区）的企业 / you may only import enterprises of your own county'],
      [
        4,
        '统一社会信用代码',
        '该统一社会信用代码已登记在其他县（市、区），请联系市科技局 / this credit code is registered in another county: contact the city bureau',
      ],
    ]);
    expect(await contentHash(api.db.sql)).toEqual(before);

    const ok = await importFile(
      api,
      t['county-371502'],
      'enterprises',
      await workbook('企业', [ENTERPRISE, row(creditCode(901), '东昌府区')], [1, 9]),
    );
    expect(ok.report).toMatchObject({ ok: true, inserted: 1 });
    const { rows: made } = await api.db.sql.query<{ code: string; revenue_fen: string; contact_phone_masked: string }>(
      `select d.code, e.revenue_fen, e.contact_phone_masked from enterprise e join division d on d.id = e.division_id where e.credit_code = $1`,
      [creditCode(901)],
    );
    expect(made[0]).toEqual({ code: '371502', revenue_fen: '100000000', contact_phone_masked: '139****0000' });
    expect((await importFile(api, t.enterprise, 'enterprises', file)).status).toBe(403);
  });

  it('lets an expert import only their own ledger, awaiting confirmation, never changing confirmed entries', async () => {
    const { rows: own } = await api.db.sql.query<{ id: number; service_start: string }>(
      `select a.id, a.service_start::text from appointment a join app_user u on u.expert_id = a.expert_id
        where u.username = 'expert' and a.status = 'ACTIVE'`,
    );
    const { rows: other } = await api.db.sql.query<{ id: number }>(
      `select a.id from appointment a where a.expert_id <> (select expert_id from app_user where username = 'expert') and a.status = 'ACTIVE' order by id limit 1`,
    );
    const { rows: confirmed } = await api.db.sql.query<{
      id: number;
      appointment_id: number;
      service_date: string;
      kind: string;
      content: string;
      effect: string;
    }>(
      `select l.id, l.appointment_id, l.service_date::text, l.kind, l.content, l.effect from ledger_entry l
         join appointment a on a.id = l.appointment_id join app_user u on u.expert_id = a.expert_id
        where u.username = 'expert' and l.confirmation = 'CONFIRMED' order by l.id limit 1`,
    );
    const c = confirmed[0];
    const kinds: Record<string, string> = {
      TECH_SERVICE: '技术服务',
      TRAINING: '技术培训',
      POLICY_BRIEFING: '政策宣讲',
      RD_MEETING: '研发工作会议',
      COOPERATION: '产学研对接',
    };
    const date = own[0].service_start;
    const file = await workbook('服务台账', [
      LEDGER,
      [null, own[0].id, date, '技术服务', 2, '专家本人导入：工艺调试', '完成调试', 1, null, null, null],
      [null, other[0].id, date, '技术服务', 2, '替别人导入', '无', 0, null, null, null],
      [null, own[0].id, date, '技术培训', 1, '专家本人导入：培训', '培训10人', 10, '企业已确认', null, null],
      [null, c.appointment_id, c.service_date, kinds[c.kind], 9, c.content, '改写企业已确认的效果', 0, null, null, c.id],
    ]);
    const before = await contentHash(api.db.sql);
    const { report } = await importFile(api, t.expert, 'ledger', file);
    expect(report.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [3, '任职编号', `任职编号 ${other[0].id} 不存在或不在您的管理范围内 / no appointment ${other[0].id} among those you may manage`],
      [4, '企业确认状态', '专家不能自行填写“企业已确认”，由企业确认 / the enterprise, not the expert, confirms or disputes entries'],
      [
        5,
        null,
        '该台账已是“企业已确认”，专家不能再修改 / the enterprise has already confirmed or disputed this entry: the expert may not change it',
      ],
    ]);
    expect(await contentHash(api.db.sql)).toEqual(before);

    const good = await importFile(
      api,
      t.expert,
      'ledger',
      await workbook('服务台账', [
        LEDGER,
        [null, own[0].id, date, '技术服务', 2, '专家本人导入：工艺调试', '完成调试', 1, null, null, null],
      ]),
    );
    expect(good.report).toMatchObject({ ok: true, inserted: 1 });
    const { rows: saved } = await api.db.sql.query<{
      confirmation: string;
      confirmed_at: string | null;
      division_id: number;
      a_div: number;
    }>(
      `select l.confirmation, l.confirmed_at, l.division_id, a.division_id as a_div from ledger_entry l join appointment a on a.id = l.appointment_id
        where l.content = '专家本人导入：工艺调试'`,
    );
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ confirmation: 'PENDING', confirmed_at: null });
    expect(saved[0].division_id).toBe(saved[0].a_div);
  });

  it('lets the bureau correct an entry by its number and record a dispute with its reason', async () => {
    const { rows } = await api.db.sql.query<{ id: number; appointment_id: number; service_date: string; content: string; effect: string }>(
      `select id, appointment_id, service_date::text, content, effect from ledger_entry where confirmation = 'PENDING' and kind = 'TECH_SERVICE' order by id limit 1`,
    );
    const e = rows[0];
    const line = (conf: string | null, reason: string | null) => [
      null,
      e.appointment_id,
      e.service_date,
      '技术服务',
      5,
      e.content,
      e.effect,
      2,
      conf,
      reason,
      e.id,
    ];
    const missing = await importFile(api, t.bureau, 'ledger', await workbook('服务台账', [LEDGER, line('企业有异议', null)]));
    expect(missing.report.problems.map((p) => [p.row, p.cell, p.message])).toEqual([
      [2, 'J2', '企业有异议时须填写异议理由 / a disputed entry needs the reason for the dispute'],
    ]);
    const { report } = await importFile(
      api,
      t.bureau,
      'ledger',
      await workbook('服务台账', [LEDGER, line('企业有异议', '当天专家未到企业')]),
    );
    expect(report).toMatchObject({ ok: true, inserted: 0, updated: 1, unchanged: 0 });
    const { rows: after } = await api.db.sql.query<{
      days_on_site: number;
      people_trained: number;
      confirmation: string;
      dispute_reason: string;
      confirmed_at: Date | null;
    }>('select days_on_site, people_trained, confirmation, dispute_reason, confirmed_at from ledger_entry where id = $1', [e.id]);
    expect(after[0]).toMatchObject({ days_on_site: 5, people_trained: 2, confirmation: 'DISPUTED', dispute_reason: '当天专家未到企业' });
    expect(after[0].confirmed_at).not.toBeNull();
  });

  it('takes evaluation results from the agency for an open cycle only, for appointments that served in it', async () => {
    await api.db.sql.query(
      `insert into evaluation_cycle (code, period_start, period_end, status, agency) values ('2026-2027', '2026-01-01', '2027-12-31', 'OPEN', '测试评估机构')`,
    );
    const { rows: active } = await api.db.sql.query<{ id: number; certificate_no: string | null }>(
      `select id, certificate_no from appointment where status = 'ACTIVE' and service_start <= '2026-06-30' order by id limit 2`,
    );
    const { rows: ended } = await api.db.sql.query<{ id: number }>(
      `select id from appointment where coalesce(ended_on, service_end) < '2026-01-01' order by id limit 1`,
    );
    const { rows: closed } = await api.db.sql.query<{ code: string; appointment_id: number; grade: string }>(
      `select c.code, e.appointment_id, e.grade from evaluation e join evaluation_cycle c on c.id = e.cycle_id where c.status = 'CLOSED' and e.grade = 'GOOD' order by e.id limit 1`,
    );
    const gradedOn = new Date(Date.now() + 8 * 3600000).toISOString().slice(0, 10);
    const file = await workbook('考核结果', [
      EVALUATION,
      ['2026-2027', active[0].certificate_no, active[0].certificate_no ? null : active[0].id, '优秀', 95, gradedOn, '成效突出'],
      ['2026-2027', null, ended[0].id, '合格', 70, gradedOn, null],
      ['2030-2031', null, active[1].id, '良好', 80, gradedOn, null],
      [closed[0].code, null, closed[0].appointment_id, '优秀', 90, '2026-03-20', null],
      ['2026-2027', null, active[1].id, '甲等', 80, gradedOn, null],
    ]);
    const before = await contentHash(api.db.sql);
    const { report } = await importFile(api, t.agency, 'evaluations', file);
    expect(report.problems.map((p) => [p.row, p.column])).toEqual([
      [3, '任职编号'],
      [4, '考核周期'],
      [5, '考核周期'],
      [6, '考核等级'],
    ]);
    expect(report.problems[0].message).toMatch(/在考核期 2026-01-01 至 2027-12-31 内未在岗/);
    expect(report.problems[1].message).toMatch(/^考核周期“2030-2031”不存在/);
    expect(report.problems[2].message).toMatch(/已结束并备案，结果不能修改/);
    expect(await contentHash(api.db.sql)).toEqual(before);

    const ok = await importFile(
      api,
      t.agency,
      'evaluations',
      await workbook('考核结果', [EVALUATION, ['2026-2027', null, active[0].id, '优秀', 95, gradedOn, '成效突出']]),
    );
    expect(ok.report).toMatchObject({ ok: true, inserted: 1 });
    const { rows } = await api.db.sql.query<{ grade: string; score: number; graded_by: string; division_ok: boolean }>(
      `select e.grade, e.score, u.username as graded_by, e.division_id = a.division_id and e.sector_id = a.sector_id as division_ok
         from evaluation e join evaluation_cycle c on c.id = e.cycle_id join appointment a on a.id = e.appointment_id
         join app_user u on u.id = e.graded_by_id where c.code = '2026-2027'`,
    );
    expect(rows).toEqual([{ grade: 'EXCELLENT', score: 95, graded_by: 'agency', division_ok: true }]);
    expect((await importFile(api, t.hrbureau, 'evaluations', file)).status).toBe(403);
  });
});
