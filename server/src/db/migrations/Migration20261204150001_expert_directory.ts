import { Migration } from '@mikro-orm/migrations';

/**
 * `techvp_expert_directory(search, limit)`: the experts an enterprise may propose (Art. 12.1,
 * 13.3), found by name, institution or discipline. Row-level security hides every expert an
 * enterprise is not yet tied to, so the search runs as a security-definer function that returns
 * professional facts only (name, institution, degree, title, discipline): never an identity or
 * phone number. The caller's role is checked in the service (enterprise and bureau accounts).
 */
export class Migration20261204150001_expert_directory extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function techvp_expert_directory(p_search text, p_limit int)
returns table (id int, name text, institution_id int, institution_name text, degree text, title text, discipline text)
language sql stable security definer set search_path = public, pg_temp as $$
  select x.id, x.name::text, i.id, i.name_zh::text, x.degree::text, x.title::text, x.discipline::text
    from expert x join institution i on i.id = x.institution_id
   where length(trim(p_search)) >= 1
     and (x.name ilike '%' || trim(p_search) || '%' or i.name_zh ilike '%' || trim(p_search) || '%'
          or x.discipline ilike '%' || trim(p_search) || '%')
   order by (x.name = trim(p_search)) desc, x.name, x.id
   limit least(greatest(p_limit, 1), 50)
$$;`);
    this.addSql(`revoke all on function techvp_expert_directory(text, int) from public;`);
    this.addSql(`grant execute on function techvp_expert_directory(text, int) to techvp_app;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop function if exists techvp_expert_directory(text, int);');
  }
}
