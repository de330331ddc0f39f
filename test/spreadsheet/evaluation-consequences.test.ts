/**
 * Imported evaluation results carry the consequences of Art. 17-19 exactly as the grading
 * workflow applies them: an EXCELLENT row grants the cash reward, the excellence certificate and
 * the Gold Card B and makes the expert's open projects priority; an UNQUALIFIED row revokes the
 * appointment as of the date graded, cancels its open projects and bars the expert for two years.
 * A preview lists the consequences and keeps nothing; re-importing grants nothing twice; a grade
 * whose consequences were applied cannot be changed by a file. "The agency assists, the bureau
 * decides" (Art. 17): the agency's rows are proposals with no consequence, the bureau's rows are
 * decided, and the agency cannot change a grade the bureau decided.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE } from '../support/db';
import { startTestServer, TestServer } from '../support/server';
import { contentHash, importFile, workbook } from './support';

const HEADER = ['考核周期*', '证书编号', '任职编号', '考核等级*', '得分', '评定日期*', '评语'];
const TABLES = ['evaluation', 'reward', 'appointment', 'project', 'expert'];
const OPEN = ['PROPOSED', 'APPROVED', 'IN_PROGRESS'];

/** 2026-11-25 + n years, as PostgreSQL's date arithmetic gives it (leap days included). */
const plusTwoYears = (day: string) => `${Number(day.slice(0, 4)) + 2}${day.slice(4)}`;

describe(`evaluation results imported with their Art. 17-19 consequences (${ENGINE})`, () => {
  let api: TestServer;
  let agency: string;
  let bureau: string;
  /** An appointment with open projects, graded EXCELLENT; another, graded UNQUALIFIED; a revoked one. */
  let excellent: { id: number; expert_id: number };
  let unqualified: { id: number; expert_id: number };
  let revoked: { id: number };
  const gradedOn = '2026-10-15';

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    agency = await api.login('agency');
    bureau = await api.login('bureau');
    await api.db.sql.query(
      `insert into evaluation_cycle (code, period_start, period_end, status, agency) values ('2026-2027', '2026-01-01', '2027-12-31', 'OPEN', '测试评估机构')`,
    );
    const withProjects = `select a.id, a.expert_id from appointment a
       where a.status = 'ACTIVE' and a.service_start <= '2026-06-30'
         and exists (select 1 from project p where p.appointment_id = a.id and p.status in ('PROPOSED', 'APPROVED', 'IN_PROGRESS'))
         and not exists (select 1 from appointment b where b.expert_id = a.expert_id and b.id <> a.id)
       order by a.id limit 2`;
    const { rows } = await api.db.sql.query<{ id: number; expert_id: number }>(withProjects);
    [excellent, unqualified] = rows;
    revoked = (
      await api.db.sql.query<{ id: number }>(
        `select id from appointment where status in ('REVOKED', 'TERMINATED') and ended_on >= '2026-01-01' order by id limit 1`,
      )
    ).rows[0];
    expect(excellent && unqualified && revoked).toBeTruthy();
  });
  afterAll(async () => api?.close());

  const file = (rows: unknown[][]) => workbook('考核结果', [HEADER, ...rows]);

  it('previews the rewards and the revocation without keeping any of them', async () => {
    const before = await contentHash(api.db.sql, TABLES);
    const { status, report } = await importFile(
      api,
      bureau,
      'evaluations',
      await file([
        ['2026-2027', null, excellent.id, '优秀', 96, gradedOn, '成效突出'],
        ['2026-2027', null, unqualified.id, '不合格', 48, gradedOn, '驻企天数不足'],
      ]),
      { dryRun: true },
    );
    expect(status).toBe(200);
    expect(report).toMatchObject({ ok: true, dryRun: true, inserted: 2 });
    const notices = report.notices;
    expect(notices.map((n) => [n.row, n.kind])).toEqual([
      [2, 'REWARD'],
      [3, 'REVOCATION'],
    ]);
    expect(notices[0].message).toMatch(/^评为优秀：授予奖金、优秀证书和人才服务金卡B卡（聊科副总优〔2026〕\d+号、LCRC-B-2026-\d{5}）/);
    expect(notices[1].message).toContain(`专家${plusTwoYears(gradedOn)}前不得再次申报（第十七条）`);
    expect(await contentHash(api.db.sql, TABLES)).toEqual(before);
  });

  it('the agency’s rows are proposals: stored, PROPOSED, with no consequence (Art. 17)', async () => {
    const rows = [
      ['2026-2027', null, excellent.id, '优秀', 96, gradedOn, '成效突出'],
      ['2026-2027', null, unqualified.id, '不合格', 48, gradedOn, '驻企天数不足'],
    ];
    const consequences = ['reward', 'appointment', 'project', 'expert'];
    const before = await contentHash(api.db.sql, consequences);
    const { status, report } = await importFile(api, agency, 'evaluations', await file(rows));
    expect(status).toBe(200);
    expect(report).toMatchObject({ ok: true, inserted: 2, notices: [] });
    const { rows: stored } = await api.db.sql.query(
      `select e.appointment_id, e.grade, e.status, e.decided_on from evaluation e join evaluation_cycle c on c.id = e.cycle_id
        where c.code = '2026-2027' and e.appointment_id = any($1) order by e.appointment_id`,
      [[excellent.id, unqualified.id]],
    );
    expect(stored.map((r) => [r.grade, r.status, r.decided_on])).toEqual(
      excellent.id < unqualified.id
        ? [
            ['EXCELLENT', 'PROPOSED', null],
            ['UNQUALIFIED', 'PROPOSED', null],
          ]
        : [
            ['UNQUALIFIED', 'PROPOSED', null],
            ['EXCELLENT', 'PROPOSED', null],
          ],
    );
    expect(await contentHash(api.db.sql, consequences)).toEqual(before);
    const again = await importFile(api, agency, 'evaluations', await file(rows));
    expect(again.report).toMatchObject({ ok: true, inserted: 0, updated: 0, unchanged: 2, notices: [] });
  });

  it('the bureau’s rows decide the proposals and apply the consequences on import, exactly once', async () => {
    const { rows: openProjects } = await api.db.sql.query<{ id: number }>(
      `select id from project where appointment_id = $1 and status = any($2) order by id`,
      [unqualified.id, OPEN],
    );
    const rows = [
      ['2026-2027', null, excellent.id, '优秀', 96, gradedOn, '成效突出'],
      ['2026-2027', null, unqualified.id, '不合格', 48, gradedOn, '驻企天数不足'],
    ];
    const { status, report } = await importFile(api, bureau, 'evaluations', await file(rows));
    expect(status).toBe(200);
    expect(report).toMatchObject({ ok: true, inserted: 0, updated: 2 });
    const { rows: decided } = await api.db.sql.query(
      `select e.status, e.decided_on::text, e.decided_by_id is not null as by from evaluation e join evaluation_cycle c on c.id = e.cycle_id
        where c.code = '2026-2027' and e.appointment_id = any($1)`,
      [[excellent.id, unqualified.id]],
    );
    expect(decided).toEqual([
      { status: 'DECIDED', decided_on: gradedOn, by: true },
      { status: 'DECIDED', decided_on: gradedOn, by: true },
    ]);

    const { rows: rewards } = await api.db.sql.query(
      `select r.kind, r.amount_fen::bigint::text as amount, r.status, r.granted_on::text, r.expert_id, r.serial_no is not null as numbered
         from reward r join evaluation e on e.id = r.evaluation_id join evaluation_cycle c on c.id = e.cycle_id
        where c.code = '2026-2027' order by r.kind`,
    );
    const { rows: policy } = await api.db.sql.query<{ fen: string }>(
      `select value #>> '{}' as fen from setting where key = 'evaluation.excellentRewardFen'`,
    );
    // Art. 19's 50,000 yuan unless the bureau changed the setting.
    const cashFen = policy[0]?.fen ?? '5000000';
    expect(rewards).toEqual([
      { kind: 'CASH', amount: cashFen, status: 'GRANTED', granted_on: gradedOn, expert_id: excellent.expert_id, numbered: false },
      { kind: 'CERTIFICATE', amount: '0', status: 'GRANTED', granted_on: gradedOn, expert_id: excellent.expert_id, numbered: true },
      { kind: 'GOLD_CARD_B', amount: '0', status: 'GRANTED', granted_on: gradedOn, expert_id: excellent.expert_id, numbered: true },
    ]);
    const { rows: priority } = await api.db.sql.query(
      `select bool_and(p.priority) as all_priority from project p join appointment a on a.id = p.appointment_id
        where a.expert_id = $1 and p.status = any($2)`,
      [excellent.expert_id, OPEN],
    );
    expect(priority[0].all_priority).toBe(true);

    const { rows: appt } = await api.db.sql.query('select status, ended_on::text, end_reason from appointment where id = $1', [
      unqualified.id,
    ]);
    expect(appt[0]).toMatchObject({ status: 'REVOKED', ended_on: gradedOn });
    expect(appt[0].end_reason).toMatch(/2026-2027年度绩效考核不合格.*第十七条/);
    const { rows: cancelled } = await api.db.sql.query<{ id: number; status: string; closed_on: string }>(
      `select id, status, closed_on::text from project where id = any($1) order by id`,
      [openProjects.map((p) => p.id)],
    );
    expect(cancelled.length).toBeGreaterThan(0);
    for (const p of cancelled) expect(p).toMatchObject({ status: 'CANCELLED', closed_on: gradedOn });
    const { rows: expert } = await api.db.sql.query('select banned_until::text from expert where id = $1', [unqualified.expert_id]);
    expect(expert[0].banned_until).toBe(plusTwoYears(gradedOn));

    // The audit trail names the rows that had consequences.
    const { rows: audit } = await api.db.sql.query(
      `select detail->'notices' as notices from audit_log where operation = 'spreadsheet:import:evaluations' order by id desc limit 1`,
    );
    expect(audit[0].notices).toEqual(['2:REWARD', '3:REVOCATION']);

    // The same file again: nothing changes, nothing is granted twice.
    const before = await contentHash(api.db.sql, TABLES);
    const again = await importFile(api, bureau, 'evaluations', await file(rows));
    expect(again.report).toMatchObject({ ok: true, inserted: 0, updated: 0, unchanged: 2, notices: [] });
    expect(await contentHash(api.db.sql, TABLES)).toEqual(before);
  });

  it('refuses to change a grade whose consequences were applied, or to give one to an appointment no longer serving', async () => {
    const before = await contentHash(api.db.sql, TABLES);
    const { status, report } = await importFile(
      api,
      bureau,
      'evaluations',
      await file([
        ['2026-2027', null, excellent.id, '良好', 85, gradedOn, null],
        ['2026-2027', null, unqualified.id, '合格', 65, gradedOn, null],
        ['2026-2027', null, revoked.id, '优秀', 90, gradedOn, null],
      ]),
    );
    expect(status).toBe(422);
    expect(report.problems.map((p) => [p.row, p.column])).toEqual([
      [2, '考核等级'],
      [3, '考核等级'],
      [4, '任职编号'],
    ]);
    expect(report.problems[0].message).toMatch(/已评为“优秀”，其奖励（第十九条）已执行，等级不能通过导入更改/);
    expect(report.problems[1].message).toMatch(/已评为“不合格”，其撤销与禁报（第十七条）已执行/);
    expect(report.problems[2].message).toMatch(/^任职状态为“(已撤销|提前终止)”，不能评为“优秀”/);
    expect(await contentHash(api.db.sql, TABLES)).toEqual(before);

    // Score and remarks of a consequential grade may still be corrected: no new consequence.
    const fix = await importFile(
      api,
      bureau,
      'evaluations',
      await file([['2026-2027', null, excellent.id, '优秀', 97, gradedOn, '成效突出，已更正得分']]),
    );
    expect(fix.report).toMatchObject({ ok: true, updated: 1, notices: [] });
    const { rows } = await api.db.sql.query(
      `select count(*)::int as n from reward r join evaluation e on e.id = r.evaluation_id join evaluation_cycle c on c.id = e.cycle_id
        where e.appointment_id = $1 and c.code = '2026-2027'`,
      [excellent.id],
    );
    expect(rows[0].n).toBe(3);
  });

  it('refuses the agency a change to a grade the bureau decided (Art. 17)', async () => {
    const before = await contentHash(api.db.sql, TABLES);
    const { status, report } = await importFile(
      api,
      agency,
      'evaluations',
      await file([['2026-2027', null, excellent.id, '优秀', 80, gradedOn, '机构复核']]),
    );
    expect(status).toBe(422);
    expect(report.problems.map((p) => [p.row, p.column])).toEqual([[2, '考核等级']]);
    expect(report.problems[0].message).toContain('等级已由市科技局决定，受托机构不能修改（第十七条）');
    expect(await contentHash(api.db.sql, TABLES)).toEqual(before);
  });
});
