import { Migration } from '@mikro-orm/migrations';

/**
 * The ledger's service kinds gain TALENT (人才引进与培养, Art. 6.3): helping the enterprise bring in
 * high-level talent and run internships and practical training. It counts toward days on site and
 * people trained (Art. 7.1, 7.3) like every kind, not toward the ten technical services nor the
 * three briefings or trainings, whose kinds the article names.
 */
const BEFORE = "'TECH_SERVICE', 'TRAINING', 'POLICY_BRIEFING', 'RD_MEETING', 'COOPERATION'";

export class Migration20261207224417_talent_service_kind extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "ledger_entry" drop constraint if exists "ledger_entry_kind_check";');
    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_kind_check" check ("kind" in (${BEFORE}, 'TALENT'));`);
  }

  override async down(): Promise<void> {
    // Entries of the new kind would break the old check: stop rather than guess what they were.
    this.addSql('alter table "ledger_entry" drop constraint if exists "ledger_entry_kind_check";');
    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_kind_check" check ("kind" in (${BEFORE}));`);
  }
}
