import { Migration } from '@mikro-orm/migrations';

/**
 * `techvp_binding_exists(kind, id)`: whether the division, enterprise or expert an account is
 * to be bound to exists. Administrators see no business rows (row-level security), yet must be
 * able to bind an enterprise or expert account; the function tells existence and nothing else.
 */
export class Migration20261125150000_account_bindings extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function techvp_binding_exists(p_kind text, p_id int)
returns boolean language sql stable security definer set search_path = public, pg_temp as $$
  select case p_kind
    when 'division' then exists (select 1 from division where id = p_id)
    when 'enterprise' then exists (select 1 from enterprise where id = p_id)
    when 'expert' then exists (select 1 from expert where id = p_id)
    else false end
$$;`);
    this.addSql('revoke all on function techvp_binding_exists(text, int) from public;');
    this.addSql('grant execute on function techvp_binding_exists(text, int) to techvp_app;');
  }

  override async down(): Promise<void> {
    this.addSql('drop function if exists techvp_binding_exists(text, int);');
  }
}
