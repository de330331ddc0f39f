/**
 * Migration20261204140000_domain_checks on rows written before it: what it can put right it puts
 * right (an open objection of a refused case becomes MOOT, missing texts are marked as not
 * recorded, a revocation takes its evaluation's day), and what would need a guess stops it with
 * the constraint and the row ids, leaving the database as it was.
 */
import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { createOrm } from '@techvp/server';
import { loadReferenceData } from '@techvp/seeds';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, ENGINE, TestDatabase } from '../support/db';

const BEFORE = 'Migration20261204120001_second_factor';
const MIGRATION = 'Migration20261204140000_domain_checks';
/** Migrating from zero twice on PGlite, on a busy machine, can pass the default two minutes. */
const SLOW = { timeout: 480_000 };

describe(`${MIGRATION} on existing rows, ${ENGINE} PostgreSQL`, () => {
  let db: TestDatabase | undefined;
  let orm: MikroORM<PostgreSqlDriver> | undefined;
  afterEach(async () => {
    await orm?.close(true);
    await db?.close();
    orm = undefined;
    db = undefined;
  });

  /** A database at the migration before this one, with a refused case, a live one and an appointment. */
  async function before() {
    db = await createTestDatabase();
    orm = await createOrm({ url: db.url, poolMax: 1 });
    await orm.getMigrator().up({ to: BEFORE });
    await loadReferenceData(db.sql);
    const q = async (text: string, params: unknown[] = []) => (await db!.sql.query(text, params)).rows[0];
    const ref = await q(
      'select (select min(id) from division) as d, (select min(id) from sector) as s, (select min(id) from institution) as i',
    );
    const ent = await q(
      `insert into enterprise (name, credit_code, division_id, sector_id, registered_on, revenue_fen, rd_spending_fen, employees, contact_name, address)
       values ('聊城迁移测试有限公司', '91371502MA3C0000X1', $1, $2, '2015-03-01', 1000000000, 60000000, 120, '联系人', '聊城市') returning id`,
      [ref.d, ref.s],
    );
    const ent2 = await q(
      `insert into enterprise (name, credit_code, division_id, sector_id, registered_on, revenue_fen, rd_spending_fen, employees, contact_name, address)
       values ('聊城迁移测试二有限公司', '91371502MA3C0000X2', $1, $2, '2015-03-01', 1000000000, 60000000, 120, '联系人', '聊城市') returning id`,
      [ref.d, ref.s],
    );
    const exp = await q(
      `insert into expert (name, gender, id_number_cipher, id_number_hash, id_number_masked, institution_id, degree, title, discipline, keywords, work_started_on)
       values ('迁移专家', 'MALE', 'v1.x.y.z', $1, '371502********0012', $2, 'DOCTORATE', 'SENIOR', '材料', '{材料}', '2010-07-01') returning id`,
      ['b'.repeat(64), ref.i],
    );
    const call = await q(
      `insert into call (year, title, opens_on, closes_on, status, conditions, materials_required) values (2026, '征集', '2026-03-01', '2026-04-30', 'CLOSED', '-', '-') returning id`,
    );
    const notice = await q(
      `insert into public_notice (call_id, title, starts_on, ends_on, channel, status, published_at) values ($1, '公示', '2026-09-01', '2026-09-07', '网站', 'CLOSED', now()) returning id`,
      [call.id],
    );
    const app = (stage: string, rule: string | null, onHold = false, enterprise = ent.id) =>
      q(
        `insert into application (call_id, enterprise_id, division_id, sector_id, tech_needs, proposed_position, monthly_allowance_fen, stage, on_hold, priority_recommended, stage_entered_at, notice_id, rejection_rule)
         values ($1, $2, $3, $4, '需求需求需求需求需求', 'DEPUTY_CHIEF_ENGINEER', 200000, $5, $6, false, '2026-09-05T10:00:00+08:00', $7, $8) returning id`,
        [call.id, enterprise, ref.d, ref.s, stage, onHold, notice.id, rule],
      );
    const refused = await app('REJECTED', null);
    const returned = await app('DRAFT', 'N5', false, ent2.id);
    const live = await app('IN_NOTICE', null, true);
    const objection = (application: number, status: string, resolvedOn: string | null, resolution: string | null) =>
      q(
        `insert into objection (notice_id, application_id, received_on, content, status, resolved_on, resolution) values ($1, $2, '2026-09-02', '异议', $3, $4, $5) returning id`,
        [notice.id, application, status, resolvedOn, resolution],
      );
    const upheld = await objection(refused.id, 'UPHELD', '2026-09-05', '异议成立');
    const orphan = await objection(refused.id, 'OPEN', null, null);
    const waiting = await objection(live.id, 'OPEN', null, null);
    const silent = await objection(live.id, 'DISMISSED', '2026-09-03', null);
    const appt = await q(
      `insert into appointment (expert_id, enterprise_id, division_id, sector_id, origin, cohort_year, position, service_start, service_end, recognised_on, status, ended_on, monthly_allowance_fen)
       values ($1, $2, $3, $4, 'LEGACY', 2024, 'DEPUTY_CHIEF_ENGINEER', '2024-03-01', '2026-02-28', '2024-02-20', 'REVOKED', '2025-12-01', 200000) returning id`,
      [exp.id, ent.id, ref.d, ref.s],
    );
    const agreement = await q(
      `insert into agreement (appointment_id, kind, signed_on, content) values ($1, 'CONFIDENTIALITY', '2024-02-25', '保密') returning id`,
      [appt.id],
    );
    return { q, refused, returned, live, upheld, orphan, waiting, silent, appt, agreement };
  }

  it(
    'closes the open objection of a case refused by an upheld one as MOOT, marks what was not recorded, and leaves the rest',
    SLOW,
    async () => {
      const s = await before();
      await orm!.getMigrator().up();
      const o = async (id: number) => s.q('select status, resolved_on::text, resolution from objection where id = $1', [id]);
      const orphan = await o(s.orphan.id);
      expect(orphan).toMatchObject({ status: 'MOOT', resolved_on: '2026-09-05' });
      expect(orphan.resolution).toContain(`#${s.upheld.id}`);
      expect(await o(s.waiting.id)).toEqual({ status: 'OPEN', resolved_on: null, resolution: null });
      expect((await o(s.silent.id)).resolution).toMatch(/未记录.* \/ not recorded/);
      expect(await s.q('select on_hold from application where id = $1', [s.live.id])).toEqual({ on_hold: true });
      expect(await s.q('select rejection_rule from application where id = $1', [s.returned.id])).toEqual({ rejection_rule: null });
      expect((await s.q('select end_reason from appointment where id = $1', [s.appt.id])).end_reason).toMatch(/未记录/);
      expect(await s.q('select enterprise_signatory, document_ref from agreement where id = $1', [s.agreement.id])).toEqual({
        enterprise_signatory: expect.stringMatching(/未记录/),
        document_ref: expect.stringMatching(/未记录/),
      });
      // And from now on the checks hold.
      await expect(db!.sql.query('update objection set resolution = null where id = $1', [s.silent.id])).rejects.toMatchObject({
        constraint: 'objection_resolved_has_date_and_result',
      });
    },
  );

  it('stops on a row it cannot fix without guessing, names the constraint and the row, and changes nothing', SLOW, async () => {
    const s = await before();
    const bad = await s.q(
      `insert into appointment (expert_id, enterprise_id, division_id, sector_id, origin, cohort_year, position, service_start, service_end, status, ended_on, monthly_allowance_fen)
       select expert_id, enterprise_id, division_id, sector_id, 'LEGACY', 2023, position, '2023-03-01', '2025-02-28', 'ACTIVE', '2024-01-01', 200000 from appointment where id = $1 returning id`,
      [s.appt.id],
    );
    await expect(orm!.getMigrator().up()).rejects.toThrow(new RegExp(`appointment_unended_has_no_end.*${bad.id}`));
    // It is still the next to run; the migrations after it wait behind it.
    expect((await orm!.getMigrator().getPendingMigrations()).map((m) => m.name)[0]).toBe(MIGRATION);
    expect(await s.q('select status from objection where id = $1', [s.orphan.id])).toEqual({ status: 'OPEN' });
    const { rows } = await db!.sql.query(
      "select 1 from information_schema.columns where table_name = 'agreement' and column_name = 'document_ref'",
    );
    expect(rows).toHaveLength(0);
  });
});
