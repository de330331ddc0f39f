import { Migration } from '@mikro-orm/migrations';

/**
 * Work desks, part 2: ledger entries get a row version (the expert edits an entry until the
 * enterprise confirms it; a stale edit is refused, never silently applied), and accounts a flag
 * that makes the user choose a new password at the next sign-in after an administrator reset it.
 */
export class Migration20261204170001_work_desks extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "ledger_entry" add column "version" int not null default 1;');
    this.addSql('alter table "app_user" add column "must_change_password" boolean not null default false;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "ledger_entry" drop column if exists "version";');
    this.addSql('alter table "app_user" drop column if exists "must_change_password";');
  }
}
