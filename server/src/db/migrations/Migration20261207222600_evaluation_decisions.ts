import { Migration } from '@mikro-orm/migrations';

/**
 * Art. 17: "a third-party agency may assist (协助), the bureau decides". An evaluation gets a
 * status: the agency's grade is PROPOSED until the S&T bureau approves it (DECIDED, with the day
 * and the official who decided) or sends it back (RETURNED, with the reason). Grades stored before
 * were final at once, so they become DECIDED on the day they were graded. The check keeps the
 * three states apart: only a sent-back proposal has a reason, only a decided grade a decision.
 */
export class Migration20261207222600_evaluation_decisions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "evaluation" add column "status" text not null default 'DECIDED',
      add column "decided_on" date null, add column "decided_by_id" int null, add column "return_reason" text null;`);
    this.addSql(
      'alter table "evaluation" add constraint "evaluation_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null;',
    );
    this.addSql('update "evaluation" set "decided_on" = "graded_on", "decided_by_id" = "graded_by_id";');
    this.addSql(`alter table "evaluation" add constraint "evaluation_status_check" check ("status" in ('PROPOSED', 'RETURNED', 'DECIDED'));`);
    // The same text as the entity's @Check (the schema diff compares them).
    this.addSql(
      `alter table "evaluation" add constraint "evaluation_decision_state" check ((status = 'RETURNED') = (return_reason is not null) and (status = 'DECIDED' or (decided_on is null and decided_by_id is null)));`,
    );
    this.addSql(`create index "evaluation_cycle_id_status_index" on "evaluation" ("cycle_id", "status");`);
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists "evaluation_cycle_id_status_index";');
    this.addSql('alter table "evaluation" drop constraint if exists "evaluation_decision_state";');
    this.addSql('alter table "evaluation" drop constraint if exists "evaluation_status_check";');
    this.addSql('alter table "evaluation" drop constraint if exists "evaluation_decided_by_id_foreign";');
    this.addSql(
      'alter table "evaluation" drop column if exists "status", drop column if exists "decided_on", drop column if exists "decided_by_id", drop column if exists "return_reason";',
    );
  }
}
