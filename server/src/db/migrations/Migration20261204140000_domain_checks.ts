import { Migration } from '@mikro-orm/migrations';

/**
 * Hand-written. The database checks left open when the workflow was built (docs/workflow.md
 * "What the database itself refuses"):
 *
 * 1. An appointment's end agrees with its status (Art. 5.2, 17): ACTIVE and COMPLETED have no
 *    early end (`ended_on`, `end_reason` empty); REVOKED and TERMINATED have both; nothing ends
 *    before its recognition (or, without one, its start of service); a TERMINATED one ends within
 *    its period.
 * 2. An objection (Art. 12.5) is OPEN with no resolution, or resolved (UPHELD, DISMISSED, or the
 *    new MOOT) with its day, not before it was received, and its result.
 * 3. The rejection rule (`application.rejection_rule`, `review_decision.rule_code`) is one of
 *    the rule ids E1-E6, N1-N5 (text + check, as MikroORM maps every TS enum); only a rejected
 *    case names one, only a rejection cites one.
 * 4. The Art. 8 confidentiality agreement: one per appointment, with who signed for the
 *    enterprise and the reference of the signed text.
 *
 * Existing rows are brought in line first where the right value is known (an open objection of
 * a case that has left the notice is closed as MOOT as of the day the case left; a revocation
 * takes the day of its UNQUALIFIED evaluation; a missing text is marked as not recorded before
 * the migration, never invented). Whatever cannot be fixed without guessing stops the migration
 * with the constraint and the first offending ids, before any constraint is added.
 */

const RULES = "'E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'N1', 'N2', 'N3', 'N4', 'N5'";

/** table, constraint name, expression: the same text as the entities' @Check (the schema diff compares them). */
const CHECKS: Array<[table: string, name: string, expression: string]> = [
  ['application', 'application_rejection_rule_check', `rejection_rule in (${RULES})`],
  ['application', 'application_rejection_rule_only_when_rejected', "rejection_rule is null or stage = 'REJECTED'"],
  ['review_decision', 'review_decision_rule_code_check', `rule_code in (${RULES})`],
  ['review_decision', 'review_decision_rule_only_on_reject', "rule_code is null or decision = 'REJECT'"],
  ['objection', 'objection_status_check', "status in ('OPEN', 'UPHELD', 'DISMISSED', 'MOOT')"],
  ['objection', 'objection_open_unresolved', "status <> 'OPEN' or (resolved_on is null and resolution is null)"],
  [
    'objection',
    'objection_resolved_has_date_and_result',
    "status = 'OPEN' or (resolved_on is not null and resolution is not null and btrim(resolution) <> '')",
  ],
  ['objection', 'objection_resolved_after_received', 'resolved_on is null or resolved_on >= received_on'],
  [
    'appointment',
    'appointment_unended_has_no_end',
    "status <> all (array['ACTIVE', 'COMPLETED']) or (ended_on is null and end_reason is null)",
  ],
  [
    'appointment',
    'appointment_ended_has_date_and_reason',
    "status <> all (array['REVOKED', 'TERMINATED']) or (ended_on is not null and end_reason is not null and btrim(end_reason) <> '')",
  ],
  ['appointment', 'appointment_ended_after_start', 'ended_on is null or ended_on >= least(recognised_on, service_start)'],
  ['appointment', 'appointment_terminated_within_period', "status <> 'TERMINATED' or ended_on <= service_end"],
  [
    'agreement',
    'agreement_confidentiality_recorded',
    "kind <> 'CONFIDENTIALITY' or (appointment_id is not null and enterprise_signatory is not null and btrim(enterprise_signatory) <> '' and document_ref is not null and btrim(document_ref) <> '')",
  ],
];

const NOT_RECORDED = '（迁移前未记录） / not recorded before 2026-12';

export class Migration20261204140000_domain_checks extends Migration {
  override async up(): Promise<void> {
    // ---- columns ------------------------------------------------------------------------------
    this.addSql(`alter table "application" alter column "rejection_rule" type text using ("rejection_rule"::text);`);
    this.addSql(`alter table "review_decision" alter column "rule_code" type text using ("rule_code"::text);`);
    this.addSql(`alter table "objection" drop constraint if exists "objection_status_check";`);
    this.addSql(`alter table "agreement" add column "enterprise_signatory" varchar(100) null, add column "document_ref" varchar(100) null;`);

    // ---- bring existing rows in line where the right value is known ---------------------------
    // A stale rule on a case that is no longer rejected (returned and resubmitted): its history keeps it.
    this.addSql(`update application set rejection_rule = null where rejection_rule is not null and stage <> 'REJECTED';`);
    // Objections: a resolved one without its day takes the day it was last changed, never before receipt.
    this.addSql(`update objection set resolved_on = greatest(received_on, (updated_at at time zone 'Asia/Shanghai')::date)
       where status <> 'OPEN' and resolved_on is null;`);
    this.addSql(`update objection set resolution = '${NOT_RECORDED}' where status <> 'OPEN' and (resolution is null or btrim(resolution) = '');`);
    // An open objection of a case that has left the notice (refused by another, upheld objection, or
    // withdrawn) has nothing left to decide: MOOT as of the day the case left, as the workflow now does.
    this.addSql(`update objection o set status = 'MOOT',
         resolved_on = greatest(o.received_on, (a.stage_entered_at at time zone 'Asia/Shanghai')::date),
         resolution = coalesce(
           (select '同一申报的异议（#' || u.id || '）已成立，案件不予认定，本异议无需再作结论（第十二条第5项；迁移时补记） / Objection #' || u.id || ' to the same case was upheld and the case refused; closed without a finding (Art. 12.5; recorded by the migration)'
              from objection u where u.application_id = o.application_id and u.status = 'UPHELD' order by u.resolved_on, u.id limit 1),
           '申报已离开公示（' || a.stage || '），本异议无需再作结论（第十二条第5项；迁移时补记） / The case has left the notice (' || a.stage || '); closed without a finding (Art. 12.5; recorded by the migration)'),
         updated_at = now()
       from application a
      where a.id = o.application_id and o.status = 'OPEN' and a.stage <> 'IN_NOTICE';`);
    this.addSql(`update application a set on_hold = false
      where on_hold and not exists (select 1 from objection o where o.application_id = a.id and o.status = 'OPEN');`);
    // Appointments: a revocation takes the day of its UNQUALIFIED grade; a missing reason is marked.
    this.addSql(`update appointment p set ended_on = (select min(e.graded_on) from evaluation e where e.appointment_id = p.id and e.grade = 'UNQUALIFIED')
       where p.status = 'REVOKED' and p.ended_on is null;`);
    this.addSql(`update appointment set end_reason = '${NOT_RECORDED}'
       where status in ('REVOKED', 'TERMINATED') and (end_reason is null or btrim(end_reason) = '');`);
    // Confidentiality agreements recorded on the application only follow it to its appointment.
    this.addSql(`update agreement g set appointment_id = p.id from appointment p
       where g.kind = 'CONFIDENTIALITY' and g.appointment_id is null and p.application_id = g.application_id;`);
    this.addSql(`update agreement set enterprise_signatory = coalesce(nullif(btrim(enterprise_signatory), ''), '${NOT_RECORDED}'),
         document_ref = coalesce(nullif(btrim(document_ref), ''), '${NOT_RECORDED}')
       where kind = 'CONFIDENTIALITY' and (enterprise_signatory is null or btrim(enterprise_signatory) = '' or document_ref is null or btrim(document_ref) = '');`);

    // ---- stop on anything that would need a guess, naming the rule and the rows ---------------
    const probes = CHECKS.map(
      ([table, name, expression]) =>
        `  select string_agg(id::text, ', ') into bad from (select id from "${table}" where not coalesce((${expression}), true) order by id limit 20) x;
  if bad is not null then
    raise exception '现有数据不满足约束 % （表 %，行 %），请先更正 / Existing rows violate % (table %, ids %); correct them first', '${name}', '${table}', bad, '${name}', '${table}', bad;
  end if;`,
    ).join('\n');
    this.addSql(`do $$
declare bad text;
begin
${probes}
  select string_agg(appointment_id::text, ', ') into bad from (
    select appointment_id from agreement where kind = 'CONFIDENTIALITY' group by appointment_id having count(*) > 1 order by appointment_id limit 20) x;
  if bad is not null then
    raise exception '任职 % 有多份保密协议，请先合并 / Appointments % have more than one confidentiality agreement; merge them first', bad, bad;
  end if;
end
$$;`);

    // ---- the constraints ---------------------------------------------------------------------
    for (const [table, name, expression] of CHECKS) {
      this.addSql(`alter table "${table}" add constraint "${name}" check (${expression});`);
    }
    this.addSql(
      `create unique index agreement_one_confidentiality_per_appointment on agreement (appointment_id) where kind = 'CONFIDENTIALITY';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists agreement_one_confidentiality_per_appointment;');
    for (const [table, name] of [...CHECKS].reverse()) this.addSql(`alter table "${table}" drop constraint if exists "${name}";`);
    this.addSql(`update objection set status = 'DISMISSED' where status = 'MOOT';`);
    this.addSql(`alter table "objection" add constraint "objection_status_check" check ("status" in ('OPEN', 'UPHELD', 'DISMISSED'));`);
    this.addSql('alter table "agreement" drop column "enterprise_signatory", drop column "document_ref";');
    this.addSql(`alter table "review_decision" alter column "rule_code" type varchar(4) using ("rule_code"::varchar(4));`);
    this.addSql(`alter table "application" alter column "rejection_rule" type varchar(4) using ("rejection_rule"::varchar(4));`);
  }
}
