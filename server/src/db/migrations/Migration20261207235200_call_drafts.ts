import { Migration } from '@mikro-orm/migrations';

/**
 * The bureau saves a yearly call as a draft before publishing it: the year stays unique among
 * published and closed calls only (Art. 12.1), so a draft can be prepared for a year and the
 * rule is checked when it is published.
 */
export class Migration20261207235200_call_drafts extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "call" drop constraint if exists "call_year_unique";');
    this.addSql(`create unique index call_one_published_per_year on call (year) where status <> 'DRAFT';`);
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists "call_one_published_per_year";');
    this.addSql('alter table "call" add constraint "call_year_unique" unique ("year");');
  }
}
