import { Migration } from '@mikro-orm/migrations';

/**
 * The party-group review (党组研究审议, Art. 12.4) is decided at a meeting: its date and the
 * number of its minutes are recorded on the decision, so the filing and the audit can cite them.
 * Both or neither; the meeting cannot be after the decision was recorded (China time).
 */
export class Migration20261204160000_party_meeting extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "review_decision" add column "meeting_on" date null, add column "minute_no" varchar(64) null;');
    this.addSql(
      'alter table "review_decision" add constraint "review_decision_meeting_pair" check ((meeting_on is null) = (minute_no is null));',
    );
  }

  override async down(): Promise<void> {
    this.addSql('alter table "review_decision" drop constraint if exists "review_decision_meeting_pair";');
    this.addSql('alter table "review_decision" drop column if exists "meeting_on", drop column if exists "minute_no";');
  }
}
