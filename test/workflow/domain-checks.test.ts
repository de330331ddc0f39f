/**
 * The checks left open when the workflow was built (docs/workflow.md "What the database itself
 * refuses"): an appointment's end agrees with its status (Art. 5.2, 17), objections are resolved
 * with a day and a result (Art. 12.5), the rejection rule is one of E1-E6 / N1-N5, an upheld
 * objection closes the case's other open objections as moot, and recognition records the Art. 8
 * confidentiality agreement. Each database check is tripped directly with SQL, and each service
 * rule through the API or the service function, both ways.
 */
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The platform first: an entity module loaded on its own, before the model, registers its GraphQL type twice.
import { ENGINE } from '../support/db';
import { startTestServer, TestServer } from '../support/server';
import { assertAppointmentEnd } from '../../server/dist/modules/appointment/appointment.rules';
import { assertObjectionResolution } from '../../server/dist/modules/notice/objection.rules';
import { fails, ok, snapshot, today } from './support';

type DbError = Error & { code?: string; constraint?: string };
type Status = Parameters<typeof assertAppointmentEnd>[0]['status'];
type ObjectionState = Parameters<typeof assertObjectionResolution>[0]['status'];
const AppointmentStatus = { ACTIVE: 'ACTIVE', COMPLETED: 'COMPLETED', REVOKED: 'REVOKED', TERMINATED: 'TERMINATED' } as Record<
  string,
  Status
>;
const ObjectionStatus = { OPEN: 'OPEN', UPHELD: 'UPHELD', DISMISSED: 'DISMISSED', MOOT: 'MOOT' } as Record<string, ObjectionState>;

const RECOGNISE = `mutation($a: Int!, $v: Int!, $c: ConfidentialityAgreementInput!) {
  recogniseApplication(input: { applicationId: $a, version: $v, confidentiality: $c }) {
    id agreements { kind signedOn enterpriseSignatory documentRef content } } }`;
const RAISE = 'mutation($input: RaiseObjectionInput!) { raiseObjection(input: $input) { id status } }';
const RESOLVE = 'mutation($input: ResolveObjectionInput!) { resolveObjection(input: $input) { id status resolvedOn resolution } }';

/** The error a service rule throws, as plain data. */
function thrown(fn: () => void): Record<string, unknown> & { message: string } {
  try {
    fn();
  } catch (err) {
    const e = err as Error & { code?: string; details?: Record<string, unknown> };
    return { code: e.code, message: e.message, ...e.details };
  }
  throw new Error('expected an error');
}

describe(`domain checks on ${ENGINE} PostgreSQL`, () => {
  let api: TestServer;
  let bureau: string;

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    bureau = await api.login('bureau');
  });
  afterAll(async () => api?.close());

  /** Runs one statement in a transaction that is always rolled back; returns the database's error, if any. */
  async function attempt(statement: string, params: unknown[] = []): Promise<DbError | undefined> {
    const c: pg.PoolClient = await api.db.sql.connect();
    try {
      await c.query('begin');
      await c.query(statement, params);
      return undefined;
    } catch (err) {
      return err as DbError;
    } finally {
      await c.query('rollback');
      c.release();
    }
  }
  async function refusedBy(constraint: string, statement: string, params: unknown[] = [], code = '23514') {
    const err = await attempt(statement, params);
    expect(err, `${statement} should violate ${constraint}`).toBeDefined();
    expect({ code: err!.code, constraint: err!.constraint }).toEqual({ code, constraint });
  }
  async function accepted(statement: string, params: unknown[] = []) {
    const err = await attempt(statement, params);
    expect(err?.message, statement).toBeUndefined();
  }
  const one = async (query: string, params: unknown[] = []) => {
    const { rows } = await api.db.sql.query(query, params);
    expect(rows.length, query).toBeGreaterThan(0);
    return rows[0];
  };

  describe("an appointment's end agrees with its status (Art. 5.2, 17)", () => {
    it('the seeded appointments satisfy the checks: serving and completed ones have no end, revoked and terminated ones have day and reason', async () => {
      const { rows } = await api.db.sql.query(
        `select status, count(*)::int as n, count(ended_on)::int as ended, count(end_reason)::int as reasons from appointment group by 1 order by 1`,
      );
      const by = Object.fromEntries(rows.map((r) => [r.status, r]));
      expect(by.ACTIVE).toMatchObject({ ended: 0, reasons: 0 });
      expect(by.COMPLETED).toMatchObject({ ended: 0, reasons: 0 });
      expect(by.REVOKED.ended).toBe(by.REVOKED.n);
      expect(by.TERMINATED.reasons).toBe(by.TERMINATED.n);
    });

    it('the database refuses an end date or reason on a serving or completed appointment (appointment_unended_has_no_end)', async () => {
      const active = await one("select id from appointment where status = 'ACTIVE' order by id limit 1");
      const completed = await one("select id from appointment where status = 'COMPLETED' order by id limit 1");
      await refusedBy('appointment_unended_has_no_end', 'update appointment set ended_on = service_start + 30 where id = $1', [active.id]);
      await refusedBy('appointment_unended_has_no_end', "update appointment set end_reason = '调离' where id = $1", [completed.id]);
      // Ending it properly is accepted.
      await accepted(
        "update appointment set status = 'TERMINATED', ended_on = service_start + 30, end_reason = '因工作调动经市科技局同意提前终止' where id = $1",
        [active.id],
      );
    });

    it('the database refuses a revoked or terminated appointment without its day or reason (appointment_ended_has_date_and_reason)', async () => {
      const revoked = await one("select id from appointment where status = 'REVOKED' order by id limit 1");
      const terminated = await one("select id from appointment where status = 'TERMINATED' order by id limit 1");
      await refusedBy('appointment_ended_has_date_and_reason', 'update appointment set ended_on = null where id = $1', [revoked.id]);
      await refusedBy('appointment_ended_has_date_and_reason', "update appointment set end_reason = '  ' where id = $1", [terminated.id]);
      await refusedBy(
        'appointment_ended_has_date_and_reason',
        "update appointment set status = 'REVOKED' where status = 'ACTIVE' and id = (select min(id) from appointment where status = 'ACTIVE')",
      );
    });

    it('the database refuses an end before the recognition or start (appointment_ended_after_start), and an early end after the period (appointment_terminated_within_period)', async () => {
      const revoked = await one("select id from appointment where status = 'REVOKED' order by id limit 1");
      const terminated = await one("select id from appointment where status = 'TERMINATED' order by id limit 1");
      await refusedBy(
        'appointment_ended_after_start',
        'update appointment set ended_on = least(recognised_on, service_start) - 1 where id = $1',
        [revoked.id],
      );
      await refusedBy('appointment_terminated_within_period', 'update appointment set ended_on = service_end + 1 where id = $1', [
        terminated.id,
      ]);
      // A revocation may follow the period (the last cycle is graded after it), and an early end may fall on its last day.
      await accepted('update appointment set ended_on = service_end + 40 where id = $1', [revoked.id]);
      await accepted('update appointment set ended_on = service_end where id = $1', [terminated.id]);
    });

    it('the service names the field and the article: endedOn / endReason, Art. 5.2 or Art. 17', () => {
      const base = { serviceStart: '2026-01-01', serviceEnd: '2027-12-31', recognisedOn: '2025-12-20' };
      expect(thrown(() => assertAppointmentEnd({ ...base, status: AppointmentStatus.ACTIVE, endedOn: '2026-05-01' }))).toMatchObject({
        code: 'RULE_VIOLATION',
        rule: 'APPOINTMENT_END',
        article: '第五条第2项',
        field: 'endedOn',
      });
      expect(thrown(() => assertAppointmentEnd({ ...base, status: AppointmentStatus.COMPLETED, endReason: '调离' }))).toMatchObject({
        field: 'endReason',
        article: '第五条第2项',
      });
      expect(thrown(() => assertAppointmentEnd({ ...base, status: AppointmentStatus.REVOKED, endReason: '考核不合格' }))).toMatchObject({
        field: 'endedOn',
        article: '第十七条',
      });
      const noReason = thrown(() =>
        assertAppointmentEnd({ ...base, status: AppointmentStatus.TERMINATED, endedOn: '2026-05-01', endReason: ' ' }),
      );
      expect(noReason).toMatchObject({ field: 'endReason', article: '第五条第2项' });
      expect(noReason.message).toMatch(/ \/ /);
      expect(
        thrown(() => assertAppointmentEnd({ ...base, status: AppointmentStatus.REVOKED, endedOn: '2025-12-19', endReason: '考核不合格' })),
      ).toMatchObject({ field: 'endedOn', article: '第十七条' });
      expect(
        thrown(() => assertAppointmentEnd({ ...base, status: AppointmentStatus.TERMINATED, endedOn: '2028-01-01', endReason: '调离' })),
      ).toMatchObject({ field: 'endedOn', article: '第五条第2项' });
      // Accepted: serving without an end, revoked after the period, ended early within it.
      expect(() => assertAppointmentEnd({ ...base, status: AppointmentStatus.ACTIVE })).not.toThrow();
      expect(() =>
        assertAppointmentEnd({ ...base, status: AppointmentStatus.REVOKED, endedOn: '2028-02-01', endReason: '考核不合格' }),
      ).not.toThrow();
      expect(() =>
        assertAppointmentEnd({ ...base, status: AppointmentStatus.TERMINATED, endedOn: '2025-12-20', endReason: '调离' }),
      ).not.toThrow();
    });
  });

  describe('objections are resolved with a day and a result (Art. 12.5)', () => {
    it('the database refuses an open objection with a resolution, and a resolved one without (objection_open_unresolved, objection_resolved_has_date_and_result)', async () => {
      const open = await one("select id from objection where status = 'OPEN' order by id limit 1");
      const dismissed = await one("select id from objection where status = 'DISMISSED' order by id limit 1");
      await refusedBy('objection_open_unresolved', 'update objection set resolved_on = received_on where id = $1', [open.id]);
      await refusedBy('objection_open_unresolved', "update objection set resolution = '已核实' where id = $1", [open.id]);
      await refusedBy('objection_resolved_has_date_and_result', 'update objection set resolved_on = null where id = $1', [dismissed.id]);
      await refusedBy('objection_resolved_has_date_and_result', "update objection set resolution = '' where id = $1", [dismissed.id]);
      await refusedBy(
        'objection_resolved_has_date_and_result',
        "update objection set status = 'UPHELD', resolved_on = null, resolution = null where id = $1",
        [open.id],
      );
      await refusedBy('objection_status_check', "update objection set status = 'WITHDRAWN' where id = $1", [dismissed.id]);
      await accepted("update objection set status = 'DISMISSED', resolved_on = received_on, resolution = '经核实不属实' where id = $1", [
        open.id,
      ]);
      await accepted("update objection set status = 'MOOT', resolved_on = received_on + 3, resolution = '案件已不予认定' where id = $1", [
        open.id,
      ]);
    });

    it('the database refuses a resolution before the objection was received (objection_resolved_after_received)', async () => {
      const dismissed = await one("select id from objection where status = 'DISMISSED' order by id limit 1");
      await refusedBy('objection_resolved_after_received', 'update objection set resolved_on = received_on - 1 where id = $1', [
        dismissed.id,
      ]);
      await accepted('update objection set resolved_on = received_on where id = $1', [dismissed.id]);
    });

    it('the service names the field and the article: resolvedOn / resolution, Art. 12.5', () => {
      const base = { receivedOn: '2026-11-18' };
      expect(thrown(() => assertObjectionResolution({ ...base, status: ObjectionStatus.OPEN, resolvedOn: '2026-11-19' }))).toMatchObject({
        code: 'RULE_VIOLATION',
        rule: 'OBJECTION_RESOLUTION',
        article: '第十二条第5项',
        field: 'resolvedOn',
      });
      expect(thrown(() => assertObjectionResolution({ ...base, status: ObjectionStatus.UPHELD, resolvedOn: '2026-11-19' }))).toMatchObject({
        field: 'resolution',
      });
      expect(
        thrown(() =>
          assertObjectionResolution({ ...base, status: ObjectionStatus.DISMISSED, resolvedOn: '2026-11-17', resolution: '不属实' }),
        ),
      ).toMatchObject({ field: 'resolvedOn', article: '第十二条第5项' });
      expect(() => assertObjectionResolution({ ...base, status: ObjectionStatus.OPEN })).not.toThrow();
      expect(() =>
        assertObjectionResolution({ ...base, status: ObjectionStatus.MOOT, resolvedOn: '2026-11-18', resolution: '案件已不予认定' }),
      ).not.toThrow();
    });
  });

  describe('the rejection rule is one of E1-E6, N1-N5', () => {
    it('the database refuses any other rule id, and a rule on a case that is not rejected or a decision that is not a rejection', async () => {
      const rejected = await one("select id from application where stage = 'REJECTED' order by id limit 1");
      const live = await one("select id from application where stage = 'SUBMITTED' order by id limit 1");
      await refusedBy('application_rejection_rule_check', "update application set rejection_rule = 'X9' where id = $1", [rejected.id]);
      await refusedBy('application_rejection_rule_only_when_rejected', "update application set rejection_rule = 'E1' where id = $1", [
        live.id,
      ]);
      await accepted("update application set rejection_rule = 'N5' where id = $1", [rejected.id]);
      const pass = await one("select id from review_decision where decision = 'PASS' order by id limit 1");
      const reject = await one("select id from review_decision where decision = 'REJECT' order by id limit 1");
      await refusedBy('review_decision_rule_code_check', "update review_decision set rule_code = 'E7' where id = $1", [reject.id]);
      await refusedBy('review_decision_rule_only_on_reject', "update review_decision set rule_code = 'E1' where id = $1", [pass.id]);
      await accepted("update review_decision set rule_code = 'E6' where id = $1", [reject.id]);
    });

    it('GraphQL types the rejection rule as the RuleCode enum, described in Chinese and English, and refuses other ids', async () => {
      const res = await ok<{ __type: { enumValues: Array<{ name: string; description: string }>; description: string } }>(
        api,
        bureau,
        '{ __type(name: "RuleCode") { description enumValues { name description } } }',
      );
      expect(res.__type.enumValues.map((v) => v.name)).toEqual(['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'N1', 'N2', 'N3', 'N4', 'N5']);
      for (const v of res.__type.enumValues) expect(v.description).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
      const fields = await ok<{ __type: { fields: Array<{ name: string; type: { name: string | null } }> } }>(
        api,
        bureau,
        '{ __type(name: "Application") { fields { name type { name } } } }',
      );
      expect(fields.__type.fields.find((f) => f.name === 'rejectionRule')?.type.name).toBe('RuleCode');
      const app = await one("select id, version from application where stage = 'COUNTY_APPROVED' order by id limit 1");
      const res2 = await api.gqlAs(
        bureau,
        'mutation { reviewApplication(input: { applicationId: ' +
          app.id +
          ', version: ' +
          app.version +
          ', decision: REJECT, rule: X9 }) { id } }',
      );
      expect(res2.errors?.[0]?.message).toMatch(/RuleCode/);
      expect((await snapshot(api.db.sql, app.id)).version).toBe(app.version);
    });
  });

  describe('an upheld objection closes the case’s other open objections as moot (Art. 12.5)', () => {
    it('upholding one objection rejects the case, closes its other open objections as MOOT with the reason, and leaves objections to the notice’s other cases open', async () => {
      const { rows } = await api.db.sql.query(
        `select a.id, a.version, a.notice_id, n.starts_on::text from application a join public_notice n on n.id = a.notice_id
          where a.stage = 'IN_NOTICE' and not a.on_hold
            and a.notice_id = (select notice_id from application where stage = 'IN_NOTICE' and not on_hold group by notice_id having count(*) >= 2 order by notice_id limit 1)
          order by a.id limit 2`,
      );
      expect(rows).toHaveLength(2);
      const [a, b] = rows;
      const raise = async (app: { id: number }, content: string) => {
        const version = (await snapshot(api.db.sql, app.id)).version;
        return (
          await ok<{ raiseObjection: { id: number } }>(api, bureau, RAISE, {
            input: { applicationId: app.id, version, receivedOn: a.starts_on, content },
          })
        ).raiseObjection.id;
      };
      const { rows: earlier } = await api.db.sql.query('select id, status from objection where application_id = $1 order by id', [a.id]);
      expect(earlier.every((o) => o.status !== 'OPEN')).toBe(true);
      const first = await raise(a, '反映该专家在另一企业兼职');
      const second = await raise(a, '反映企业注册地不在聊城');
      const third = await raise(a, '反映专家职称材料有误');
      const otherCase = await raise(b, '反映企业研发投入不实');
      const { rows: before } = await api.db.sql.query(
        "select id from objection where notice_id = $1 and status = 'OPEN' and application_id <> all($2::int[]) order by id",
        [a.notice_id, [a.id, b.id]],
      );

      const version = (await snapshot(api.db.sql, a.id)).version;
      const res = await ok<{ resolveObjection: { id: number; status: string } }>(api, bureau, RESOLVE, {
        input: { objectionId: second, version, upheld: true, resolution: '经核查，企业注册地在外市，异议成立' },
      });
      expect(res.resolveObjection).toMatchObject({ id: second, status: 'UPHELD' });

      const { rows: mine } = await api.db.sql.query(
        'select id, status, resolved_on::text, resolution from objection where application_id = $1 order by id',
        [a.id],
      );
      expect(mine.map((o) => [o.id, o.status])).toEqual([
        // Objections resolved before keep their result.
        ...earlier.map((o) => [o.id, o.status]),
        [first, 'MOOT'],
        [second, 'UPHELD'],
        [third, 'MOOT'],
      ]);
      for (const o of mine.filter((x) => x.status === 'MOOT')) {
        expect(o.resolved_on).toBe(today());
        expect(o.resolution).toContain(`#${second}`);
        expect(o.resolution).toMatch(/无需再作结论.* \/ .*closed without a finding/);
      }
      const app = await snapshot(api.db.sql, a.id);
      expect(app).toMatchObject({ stage: 'REJECTED', on_hold: false });

      // Each case of the notice stands on its own: the other case's objection, and any older ones, stay open.
      const { rows: others } = await api.db.sql.query(
        'select id, status, resolved_on from objection where id = any($1::int[]) order by id',
        [[otherCase, ...before.map((r) => r.id)]],
      );
      expect(others.every((o) => o.status === 'OPEN' && o.resolved_on === null)).toBe(true);
      expect(others.map((o) => o.id)).toContain(otherCase);
      expect((await snapshot(api.db.sql, b.id)).on_hold).toBe(true);

      // On record: the decision names the moot objections, the audit row lists them.
      const { rows: decision } = await api.db.sql.query(
        "select reason from review_decision where application_id = $1 and decision = 'REJECT' order by id desc limit 1",
        [a.id],
      );
      expect(decision[0].reason).toContain(`#${first}`);
      expect(decision[0].reason).toContain(`#${third}`);
      const { rows: audit } = await api.db.sql.query(
        "select detail from audit_log where operation = 'application.uphold_objection' and result = 'OK' order by id desc limit 1",
      );
      const detail = typeof audit[0].detail === 'string' ? JSON.parse(audit[0].detail) : audit[0].detail;
      expect(detail).toMatchObject({ objection: second, upheld: true, mootObjections: [first, third] });

      // Nothing is left to resolve on the refused case.
      const again = await fails(api, bureau, 'CONFLICT', RESOLVE, {
        input: { objectionId: first, version: app.version, upheld: false, resolution: '不属实' },
      });
      expect(again.message).toMatch(/REJECTED|已处理/);
    });
  });

  describe('the Art. 8 confidentiality agreement is recorded with the appointment at recognition', () => {
    /** An IN_NOTICE case whose notice is over, without objections, whose eleven rules pass today. */
    async function recognisable(): Promise<{ id: number; version: number }> {
      const { rows } = await api.db.sql.query(
        `select a.id, a.version from application a join public_notice n on n.id = a.notice_id
          where a.stage = 'IN_NOTICE' and not a.on_hold and n.ends_on < current_date order by a.id`,
      );
      for (const row of rows) {
        const preview = await ok<{ previewApplicationRules: Array<{ passed: boolean }> }>(
          api,
          bureau,
          `{ previewApplicationRules(applicationId: ${row.id}) { passed } }`,
        );
        if (preview.previewApplicationRules.every((r) => r.passed)) return row;
      }
      throw new Error('no seeded case is ready for recognition');
    }
    const agreement = { signedOn: '2026-01-10', enterpriseSignatory: '赵经理（总经理）', documentRef: '聊科副总保密〔2026〕T1号' };

    it('the database refuses a confidentiality agreement without its appointment, signatory or document, and a second one per appointment', async () => {
      const appt = await one(
        "select p.id, p.application_id from appointment p join agreement g on g.appointment_id = p.id and g.kind = 'CONFIDENTIALITY' where p.application_id is not null order by p.id limit 1",
      );
      const insert = (appointment: unknown, signatory: unknown, ref: unknown) =>
        attempt(
          `insert into agreement (application_id, appointment_id, kind, signed_on, content, enterprise_signatory, document_ref)
           values ($1, $2, 'CONFIDENTIALITY', '2026-01-10', '保密', $3, $4)`,
          [appt.application_id, appointment, signatory, ref],
        );
      for (const [appointment, signatory, ref] of [
        [null, '赵经理', 'BM-1'],
        [appt.id, null, 'BM-1'],
        [appt.id, '赵经理', ' '],
      ]) {
        const err = await insert(appointment, signatory, ref);
        expect({ code: err?.code, constraint: err?.constraint }).toEqual({
          code: '23514',
          constraint: 'agreement_confidentiality_recorded',
        });
      }
      const dup = await insert(appt.id, '赵经理', 'BM-2');
      expect({ code: dup?.code, constraint: dup?.constraint }).toEqual({
        code: '23505',
        constraint: 'agreement_one_confidentiality_per_appointment',
      });
      // A tripartite agreement needs none of it.
      await accepted(
        "insert into agreement (application_id, appointment_id, kind, signed_on, content) values ($1, $2, 'TRIPARTITE', '2026-01-10', '三方协议')",
        [appt.application_id, appt.id],
      );
      const { rows } = await api.db.sql.query(
        "select count(*)::int as n from appointment p where not exists (select 1 from agreement g where g.appointment_id = p.id and g.kind = 'CONFIDENTIALITY')",
      );
      expect(rows[0].n).toBe(0);
    });

    it('recognition is refused without the agreement or with a field wrong, naming the field and Art. 8, and leaves the case as it was', async () => {
      const app = await recognisable();
      const before = await snapshot(api.db.sql, app.id);
      const missing = await api.gqlAs(
        bureau,
        `mutation { recogniseApplication(input: { applicationId: ${app.id}, version: ${app.version} }) { id } }`,
      );
      expect(missing.errors?.[0]?.message).toMatch(/confidentiality/);
      const late = await fails(api, bureau, 'BAD_USER_INPUT', RECOGNISE, {
        a: app.id,
        v: app.version,
        c: { ...agreement, signedOn: '2099-01-01' },
      });
      expect(late).toMatchObject({ field: 'confidentiality.signedOn', article: '第八条' });
      expect(late.message).toMatch(/第八条.* \/ .*Art\. 8/);
      const blank = await fails(api, bureau, 'BAD_USER_INPUT', RECOGNISE, {
        a: app.id,
        v: app.version,
        c: { ...agreement, documentRef: '   ' },
      });
      expect(blank).toMatchObject({ field: 'confidentiality.documentRef' });
      expect(blank.message).toMatch(/第八条/);
      const nobody = await fails(api, bureau, 'BAD_USER_INPUT', RECOGNISE, {
        a: app.id,
        v: app.version,
        c: { ...agreement, enterpriseSignatory: ' ' },
      });
      expect(nobody).toMatchObject({ field: 'confidentiality.enterpriseSignatory' });
      expect(await snapshot(api.db.sql, app.id)).toEqual(before);
      const { rows } = await api.db.sql.query('select count(*)::int as n from appointment where application_id = $1', [app.id]);
      expect(rows[0].n).toBe(0);
    });

    it('recognition records who signed, the day and the document with the appointment, and GraphQL shows it', async () => {
      const app = await recognisable();
      const res = await ok<{ recogniseApplication: { id: number; agreements: Array<Record<string, unknown>> } }>(api, bureau, RECOGNISE, {
        a: app.id,
        v: app.version,
        c: agreement,
      });
      const confidentiality = res.recogniseApplication.agreements.filter((g) => g.kind === 'CONFIDENTIALITY');
      expect(confidentiality).toHaveLength(1);
      expect(confidentiality[0]).toMatchObject(agreement);
      expect(confidentiality[0].content).toMatch(/第八条/);
      const { rows } = await api.db.sql.query(
        "select g.application_id, g.enterprise_signatory, g.document_ref, g.signed_on::text from agreement g where g.appointment_id = $1 and g.kind = 'CONFIDENTIALITY'",
        [res.recogniseApplication.id],
      );
      expect(rows).toEqual([
        {
          application_id: app.id,
          enterprise_signatory: agreement.enterpriseSignatory,
          document_ref: agreement.documentRef,
          signed_on: agreement.signedOn,
        },
      ]);
      const read = await ok<{ appointment: { agreements: Array<Record<string, unknown>> } }>(
        api,
        bureau,
        `{ appointment(id: ${res.recogniseApplication.id}) { agreements { kind enterpriseSignatory documentRef signedOn } } }`,
      );
      expect(read.appointment.agreements).toContainEqual({ kind: 'CONFIDENTIALITY', ...agreement });
    });
  });
});
