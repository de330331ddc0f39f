import { Migration } from '@mikro-orm/migrations';

/**
 * The public verification page's rate limit, shared by every server process: look-ups per client
 * (a keyed hash of its address) and minute. No row-level security: the rows say nothing about
 * anyone, and the page runs with no viewer.
 */
export class Migration20261125170000_verify_throttle extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "verify_throttle" ("client_key" varchar(32) not null, "window_start" timestamptz not null, "hits" int not null, constraint "verify_throttle_pkey" primary key ("client_key", "window_start"));',
    );
    this.addSql('create index "verify_throttle_window_start_index" on "verify_throttle" ("window_start");');
    this.addSql('grant select, insert, update, delete on "verify_throttle" to techvp_app;');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "verify_throttle";');
  }
}
