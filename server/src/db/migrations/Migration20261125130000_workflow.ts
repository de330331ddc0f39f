import { Migration } from '@mikro-orm/migrations';

/**
 * Hand-written. What the workflow (modules/workflow) needs from the database:
 *
 * 1. `serial_counter` and `techvp_next_serial(series, year)`: recognition document numbers,
 *    certificate numbers, filing numbers, reward serials and project codes are unique and
 *    gap-free per year. The function increments the counter row, so the row stays locked until
 *    the calling transaction ends; a step that rolls back gives its number back. The first call
 *    for a series and year starts after the highest number already present in the data (the
 *    seeded history, or records entered before this migration). It runs as the owner so that an
 *    account scoped to its own rows (an enterprise proposing a project) still continues the
 *    city-wide series; request connections may not touch the table directly.
 *
 * 2. `techvp_expert_standing(expert)`: whether an expert exists and how many ACTIVE
 *    appointments they hold. Rule E4 (Art. 5.5, one enterprise only) must see appointments in
 *    other counties and enterprises, which row-level security hides from county and enterprise
 *    accounts; this returns the count and nothing else.
 */
export class Migration20261125130000_workflow extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "serial_counter" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "series" varchar(32) not null, "year" int not null, "last_value" int not null);`,
    );
    this.addSql(`alter table "serial_counter" add constraint "serial_counter_series_year_unique" unique ("series", "year");`);
    this.addSql(`revoke all on table "serial_counter" from techvp_app;`);
    this.addSql(`revoke all on sequence "serial_counter_id_seq" from techvp_app;`);

    this.addSql(`create or replace function techvp_serial_floor(p_series text, p_year int) returns int
language plpgsql stable security definer set search_path = public, pg_temp as $$
declare
  y text := p_year::text;
begin
  if p_series = 'RECOGNITION_DOC' then
    return (select coalesce(max((regexp_match(recognition_doc_no, '^聊科副总〔' || y || '〕(\\d+)号$'))[1]::int), 0) from appointment);
  elsif p_series = 'CERTIFICATE' then
    return (select coalesce(max((regexp_match(certificate_no, '^聊科副总证〔' || y || '〕第(\\d+)号$'))[1]::int), 0) from appointment);
  elsif p_series = 'RECOGNITION_FILING' then
    return (select coalesce(max((regexp_match(filing_no, '^聊科副总备〔' || y || '〕(\\d+)号$'))[1]::int), 0) from filing_record);
  elsif p_series = 'EVALUATION_FILING' then
    return (select coalesce(max((regexp_match(filing_no, '^聊科副总考备〔' || y || '〕(\\d+)号$'))[1]::int), 0) from filing_record);
  elsif p_series = 'EXCELLENCE_CERTIFICATE' then
    return (select coalesce(max((regexp_match(serial_no, '^聊科副总优〔' || y || '〕(\\d+)号$'))[1]::int), 0) from reward);
  elsif p_series = 'GOLD_CARD' then
    return (select coalesce(max((regexp_match(serial_no, '^LCRC-B-' || y || '-(\\d+)$'))[1]::int), 0) from reward);
  elsif p_series = 'PROJECT' then
    return (select coalesce(max((regexp_match(code, '^XTCX-' || y || '-(\\d+)$'))[1]::int), 0) from project);
  end if;
  raise exception 'unknown serial series %', p_series;
end
$$;`);
    this.addSql(`create or replace function techvp_next_serial(p_series text, p_year int) returns int
language plpgsql volatile security definer set search_path = public, pg_temp as $$
declare
  v_next int;
begin
  if p_year < 2000 or p_year > 2100 then
    raise exception 'serial year out of range: %', p_year;
  end if;
  insert into serial_counter (series, year, last_value)
  select p_series, p_year, techvp_serial_floor(p_series, p_year)
  where not exists (select 1 from serial_counter where series = p_series and year = p_year)
  on conflict (series, year) do nothing;
  update serial_counter set last_value = last_value + 1, updated_at = now()
   where series = p_series and year = p_year
  returning last_value into v_next;
  return v_next;
end
$$;`);
    this.addSql(`create or replace function techvp_expert_standing(p_expert int)
returns table (found boolean, active_appointments int)
language sql stable security definer set search_path = public, pg_temp as $$
  select exists (select 1 from expert where id = p_expert),
         (select count(*)::int from appointment where expert_id = p_expert and status = 'ACTIVE')
$$;`);
    this.addSql(`revoke all on function techvp_serial_floor(text, int) from public;`);
    for (const fn of ['techvp_next_serial(text, int)', 'techvp_expert_standing(int)']) {
      this.addSql(`revoke all on function ${fn} from public;`);
      this.addSql(`grant execute on function ${fn} to techvp_app;`);
    }
  }

  override async down(): Promise<void> {
    this.addSql('drop function if exists techvp_expert_standing(int);');
    this.addSql('drop function if exists techvp_next_serial(text, int);');
    this.addSql('drop function if exists techvp_serial_floor(text, int);');
    this.addSql('drop table if exists "serial_counter" cascade;');
  }
}
