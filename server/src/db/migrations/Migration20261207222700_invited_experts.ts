import { Migration } from '@mikro-orm/migrations';

/**
 * Experts invited by an enterprise from its application form (Art. 12.1, 13.3) when the expert is
 * not yet in the directory: the expert row records which enterprise invited it and when, and the
 * row-level policy lets that enterprise see (and insert) the record it invited. Its personal data
 * stays encrypted and is shown masked to the enterprise, as every expert's is.
 * `techvp_expert_id_taken(hash)` tells the inviting enterprise that the resident ID is already in
 * the directory (an expert the row policy hides from it), and nothing else about that expert.
 */
const SCOPE = `(select techvp_scope())`;
const E = `(select techvp_setting_int('techvp.enterprise_id'))`;
const X = `(select techvp_setting_int('techvp.expert_id'))`;

const BEFORE = `${SCOPE} = 'all'
    or (${SCOPE} = 'expert' and id = ${X})
    or (${SCOPE} in ('county', 'enterprise') and (exists (select 1 from appointment a where a.expert_id = expert.id)
                                               or exists (select 1 from application p where p.proposed_expert_id = expert.id)))`;
const AFTER = `${BEFORE}
    or (${SCOPE} = 'enterprise' and invited_by_enterprise_id = ${E})`;

export class Migration20261207222700_invited_experts extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "expert" add column "invited_by_enterprise_id" int null, add column "invited_at" timestamptz null;');
    this.addSql(
      'alter table "expert" add constraint "expert_invited_by_enterprise_id_foreign" foreign key ("invited_by_enterprise_id") references "enterprise" ("id") on update cascade on delete set null;',
    );
    this.addSql('create index "expert_invited_by_enterprise_id_index" on "expert" ("invited_by_enterprise_id");');
    this.addSql('drop policy if exists techvp_scope on "expert";');
    this.addSql(`create policy techvp_scope on "expert" for all to techvp_app using (${AFTER}) with check (${AFTER});`);
    this.addSql(`create or replace function techvp_expert_id_taken(p_hash text) returns int
language sql stable security definer set search_path = public, pg_temp as $$
  select count(*)::int from expert where id_number_hash = p_hash
$$;`);
    this.addSql('revoke all on function techvp_expert_id_taken(text) from public;');
    this.addSql('grant execute on function techvp_expert_id_taken(text) to techvp_app;');
  }

  override async down(): Promise<void> {
    this.addSql('drop function if exists techvp_expert_id_taken(text);');
    this.addSql('drop policy if exists techvp_scope on "expert";');
    this.addSql(`create policy techvp_scope on "expert" for all to techvp_app using (${BEFORE}) with check (${BEFORE});`);
    this.addSql('alter table "expert" drop column if exists "invited_by_enterprise_id", drop column if exists "invited_at";');
  }
}
