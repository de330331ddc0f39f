import { Migration } from '@mikro-orm/migrations';

/**
 * Two-factor sign-in (等保 2.0 level 3, 8.1.4.1 d) and the log-in step between password and
 * code: the account's sealed TOTP secret and last used step (replays), its recovery codes
 * (argon2id hashes), and short-lived log-in challenges (SHA-256 of the token only).
 * Administration runs as techvp_app, hence the grants; none of these tables holds business rows,
 * so no row-level policy (like app_user and user_session).
 */
export class Migration20261204120001_second_factor extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'alter table "app_user" add column "totp_secret" text null, add column "totp_pending_secret" text null, add column "totp_enabled_at" timestamptz null, add column "totp_last_step" bigint null;',
    );
    this.addSql(
      `create table "login_challenge" ("token_hash" varchar(64) not null, "user_id" int not null, "purpose" text check ("purpose" in ('SECOND_FACTOR', 'ENROL')) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "login_challenge_pkey" primary key ("token_hash"), constraint login_challenge_expiry check (expires_at > created_at));`,
    );
    this.addSql('create index "login_challenge_user_id_index" on "login_challenge" ("user_id");');
    this.addSql(
      'create table "user_recovery_code" ("id" serial primary key, "user_id" int not null, "code_hash" text not null, "created_at" timestamptz not null default now(), "used_at" timestamptz null);',
    );
    this.addSql('create index "user_recovery_code_user_id_index" on "user_recovery_code" ("user_id");');
    this.addSql(
      'alter table "login_challenge" add constraint "login_challenge_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;',
    );
    this.addSql(
      'alter table "user_recovery_code" add constraint "user_recovery_code_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;',
    );
    this.addSql('grant select, insert, update, delete on "login_challenge", "user_recovery_code" to techvp_app;');
    this.addSql('grant usage, select on sequence "user_recovery_code_id_seq" to techvp_app;');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "user_recovery_code";');
    this.addSql('drop table if exists "login_challenge";');
    this.addSql(
      'alter table "app_user" drop column "totp_secret", drop column "totp_pending_secret", drop column "totp_enabled_at", drop column "totp_last_step";',
    );
  }
}
