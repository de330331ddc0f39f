import { Migration } from '@mikro-orm/migrations';

/**
 * Evidence files of the service ledger (Art. 7.1): stored like the application materials, one
 * row per file, removed with their entry; row-level security defers to the entry (the expert and
 * the enterprise of its appointment, its county, the city-wide roles).
 */
const POLICY = `(select techvp_scope()) = 'all' or exists (select 1 from "ledger_entry" p where p.id = ledger_evidence.entry_id)`;

export class Migration20261207222614_ledger_evidence extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "ledger_evidence" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "entry_id" int not null, "file_name" varchar(255) not null, "mime_type" varchar(128) not null, "size_bytes" int not null, "sha256" varchar(64) not null, "content" bytea null, "uploaded_at" timestamptz not null, "uploaded_by_id" int null, constraint ledger_evidence_size_positive check (size_bytes > 0));`,
    );
    this.addSql(`create index "ledger_evidence_entry_id_index" on "ledger_evidence" ("entry_id");`);
    this.addSql(
      `alter table "ledger_evidence" add constraint "ledger_evidence_entry_id_foreign" foreign key ("entry_id") references "ledger_entry" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "ledger_evidence" add constraint "ledger_evidence_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`alter table "ledger_evidence" enable row level security;`);
    this.addSql(`create policy techvp_scope on "ledger_evidence" for all to techvp_app using (${POLICY}) with check (${POLICY});`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "ledger_evidence" cascade;');
  }
}
