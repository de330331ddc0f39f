import { Migration } from '@mikro-orm/migrations';

/**
 * `techvp_binding_candidates(kind, search, limit)`: the records an account may be bound to whose
 * name (or credit code, institution, division code) contains the search text — id, name and one
 * identifying detail, nothing else. Administrators see no business rows (row-level security), yet
 * bind an enterprise or expert account by picking its record rather than typing a row id.
 */
export class Migration20261207224500_binding_candidates extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function techvp_binding_candidates(p_kind text, p_search text, p_limit int)
returns table (id int, name text, detail text) language sql stable security definer set search_path = public, pg_temp as $$
  select c.id, c.name, c.detail from (
    select e.id, e.name::text as name, e.credit_code::text as detail from enterprise e
     where p_kind = 'enterprise' and (e.name ilike '%' || p_search || '%' or e.credit_code ilike '%' || p_search || '%')
    union all
    select x.id, x.name::text, i.name_zh::text from expert x join institution i on i.id = x.institution_id
     where p_kind = 'expert' and (x.name ilike '%' || p_search || '%' or i.name_zh ilike '%' || p_search || '%')
    union all
    select d.id, d.name_zh::text, d.code::text from division d
     where p_kind = 'division' and (d.name_zh ilike '%' || p_search || '%' or d.code ilike '%' || p_search || '%')
  ) c
  order by c.name, c.id
  limit least(greatest(coalesce(p_limit, 10), 1), 20)
$$;`);
    this.addSql('revoke all on function techvp_binding_candidates(text, text, int) from public;');
    this.addSql('grant execute on function techvp_binding_candidates(text, text, int) to techvp_app;');
  }

  override async down(): Promise<void> {
    this.addSql('drop function if exists techvp_binding_candidates(text, text, int);');
  }
}
