import { Migration } from '@mikro-orm/migrations';

/**
 * Row-level security: the backstop behind the application's own scoping
 * (modules/identity/access.ts). Request transactions run as the role techvp_app with
 * transaction-local settings techvp.scope ('all' | 'county' | 'enterprise' | 'expert' |
 * 'admin' | 'none') and techvp.division_id / enterprise_id / expert_id. A missing setting
 * shows nothing (fails closed). The owner role (migrations, seeds) is not subject to them.
 *
 * Child tables defer to their parent: "visible if the parent row is visible", and since the
 * parent's own policy applies inside the sub-query, a county never sees another county's rows.
 * `(select techvp_scope())` is evaluated once per statement (an InitPlan), not once per row.
 */
const SCOPE = `(select techvp_scope())`;
const D = `(select techvp_setting_int('techvp.division_id'))`;
const E = `(select techvp_setting_int('techvp.enterprise_id'))`;
const X = `(select techvp_setting_int('techvp.expert_id'))`;

const exists = (table: string, fk: string, self: string) => `exists (select 1 from "${table}" p where p.id = ${self}.${fk})`;

const POLICIES: Record<string, string> = {
  enterprise: `${SCOPE} = 'all'
    or (${SCOPE} = 'county' and division_id = ${D})
    or (${SCOPE} = 'enterprise' and id = ${E})
    or (${SCOPE} = 'expert' and exists (select 1 from appointment a where a.enterprise_id = enterprise.id))`,
  enterprise_tie: `${SCOPE} = 'all' or (${SCOPE} in ('county', 'enterprise') and ${exists('enterprise', 'enterprise_id', 'enterprise_tie')})`,
  expert: `${SCOPE} = 'all'
    or (${SCOPE} = 'expert' and id = ${X})
    or (${SCOPE} in ('county', 'enterprise') and (exists (select 1 from appointment a where a.expert_id = expert.id)
                                               or exists (select 1 from application p where p.proposed_expert_id = expert.id)))`,
  application: `${SCOPE} = 'all'
    or (${SCOPE} = 'county' and division_id = ${D})
    or (${SCOPE} = 'enterprise' and enterprise_id = ${E})
    or (${SCOPE} = 'expert' and proposed_expert_id = ${X})`,
  review_decision: `${SCOPE} = 'all' or ${exists('application', 'application_id', 'review_decision')}`,
  rule_check: `${SCOPE} = 'all' or ${exists('application', 'application_id', 'rule_check')}`,
  application_material: `${SCOPE} = 'all' or (${SCOPE} in ('county', 'enterprise') and ${exists('application', 'application_id', 'application_material')})`,
  candidate_match: `${SCOPE} = 'all' or ${exists('application', 'application_id', 'candidate_match')} or (${SCOPE} = 'expert' and expert_id = ${X})`,
  objection: `${SCOPE} = 'all' or (${SCOPE} = 'county' and ${exists('application', 'application_id', 'objection')})`,
  appointment: `${SCOPE} = 'all'
    or (${SCOPE} = 'county' and division_id = ${D})
    or (${SCOPE} = 'enterprise' and enterprise_id = ${E})
    or (${SCOPE} = 'expert' and expert_id = ${X})`,
  agreement: `${SCOPE} = 'all' or ${exists('application', 'application_id', 'agreement')} or ${exists('appointment', 'appointment_id', 'agreement')}`,
  ledger_entry: `${SCOPE} = 'all'
    or (${SCOPE} = 'county' and division_id = ${D})
    or (${SCOPE} in ('enterprise', 'expert') and ${exists('appointment', 'appointment_id', 'ledger_entry')})`,
  achievement: `${SCOPE} = 'all' or ${exists('appointment', 'appointment_id', 'achievement')}`,
  ip_application: `${SCOPE} = 'all' or ${exists('appointment', 'appointment_id', 'ip_application')}`,
  annual_report: `${SCOPE} = 'all' or ${exists('appointment', 'appointment_id', 'annual_report')}`,
  evaluation: `${SCOPE} = 'all'
    or (${SCOPE} = 'county' and division_id = ${D})
    or (${SCOPE} in ('enterprise', 'expert') and ${exists('appointment', 'appointment_id', 'evaluation')})`,
  reward: `${SCOPE} = 'all' or (${SCOPE} = 'county' and division_id = ${D}) or (${SCOPE} = 'expert' and expert_id = ${X})`,
  project: `${SCOPE} = 'all'
    or (${SCOPE} = 'county' and division_id = ${D})
    or (${SCOPE} = 'enterprise' and enterprise_id = ${E})
    or (${SCOPE} = 'expert' and ${exists('appointment', 'appointment_id', 'project')})`,
  disbursement: `${SCOPE} = 'all'
    or (${SCOPE} = 'county' and division_id = ${D})
    or (${SCOPE} in ('enterprise', 'expert') and ${exists('project', 'project_id', 'disbursement')})`,
  filing_record: `${SCOPE} = 'all' or (${SCOPE} = 'county' and division_id = ${D})`,
};

export class Migration20261125110000_row_level_security extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function techvp_scope() returns text language sql stable as $$
      select coalesce(nullif(current_setting('techvp.scope', true), ''), 'none') $$;`);
    this.addSql(`create or replace function techvp_setting_int(name text) returns int language sql stable as $$
      select nullif(current_setting(name, true), '')::int $$;`);
    for (const [table, expr] of Object.entries(POLICIES)) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`create policy techvp_scope on "${table}" for all to techvp_app using (${expr}) with check (${expr});`);
    }
  }

  override async down(): Promise<void> {
    for (const table of Object.keys(POLICIES)) {
      this.addSql(`drop policy if exists techvp_scope on "${table}";`);
      this.addSql(`alter table "${table}" disable row level security;`);
    }
    this.addSql('drop function if exists techvp_setting_int(text);');
    this.addSql('drop function if exists techvp_scope();');
  }
}
