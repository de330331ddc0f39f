import { Migration } from '@mikro-orm/migrations';

/** Indexes for the dashboard's "this year" scans over the ledger, IP applications and achievements. */
export class Migration20261125160000_date_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index "ledger_entry_service_date_index" on "ledger_entry" ("service_date");');
    this.addSql('create index "ip_application_filed_on_index" on "ip_application" ("filed_on");');
    this.addSql('create index "achievement_achieved_on_index" on "achievement" ("achieved_on");');
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists "ledger_entry_service_date_index";');
    this.addSql('drop index if exists "ip_application_filed_on_index";');
    this.addSql('drop index if exists "achievement_achieved_on_index";');
  }
}
