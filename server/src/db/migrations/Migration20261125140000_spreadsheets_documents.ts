import { Migration } from '@mikro-orm/migrations';

/**
 * Hand-written. Two narrow windows through row-level security, each returning only what its
 * caller needs (modules/spreadsheet, modules/documents):
 *
 * 1. `techvp_credit_codes_in_use(codes)`: which of these unified social credit codes are
 *    registered at all. A county bureau importing enterprises cannot see other counties'
 *    enterprises; without this its import would fail on the unique index with no row named.
 *    It learns that a code exists, nothing about the enterprise.
 *
 * 2. `techvp_certificate_status(no)`: what the public verification page shows for a
 *    certificate number: enterprise name, position, service period, status and dates. No
 *    personal data (no resident ID, phone or expert id). The page runs as techvp_app with no
 *    viewer, so row-level security would otherwise show it nothing.
 */
export class Migration20261125140000_spreadsheets_documents extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function techvp_credit_codes_in_use(p_codes text[])
returns setof text
language sql stable security definer set search_path = public, pg_temp as $$
  select credit_code::text from enterprise where credit_code = any(p_codes)
$$;`);
    this.addSql(`create or replace function techvp_certificate_status(p_no text)
returns table (certificate_no text, enterprise_name text, position_code text, service_start date, service_end date,
               status text, recognised_on date, ended_on date, recognition_doc_no text)
language sql stable security definer set search_path = public, pg_temp as $$
  select a.certificate_no::text, e.name::text, a.position::text, a.service_start, a.service_end,
         a.status::text, a.recognised_on, a.ended_on, a.recognition_doc_no::text
    from appointment a join enterprise e on e.id = a.enterprise_id
   where a.certificate_no = p_no
$$;`);
    for (const fn of ['techvp_credit_codes_in_use(text[])', 'techvp_certificate_status(text)']) {
      this.addSql(`revoke all on function ${fn} from public;`);
      this.addSql(`grant execute on function ${fn} to techvp_app;`);
    }
  }

  override async down(): Promise<void> {
    this.addSql('drop function if exists techvp_certificate_status(text);');
    this.addSql('drop function if exists techvp_credit_codes_in_use(text[]);');
  }
}
