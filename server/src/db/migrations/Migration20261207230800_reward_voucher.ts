import { Migration } from '@mikro-orm/migrations';

/**
 * Finance records the payment of a cash reward like a project tranche: the voucher number (unique
 * across rewards) and the day the money was paid, which is no longer always the day it is keyed.
 * Rewards paid before carry no voucher.
 */
export class Migration20261207230800_reward_voucher extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "reward" add column "voucher_no" varchar(32) null;');
    this.addSql('alter table "reward" add constraint "reward_voucher_no_unique" unique ("voucher_no");');
    this.addSql(`alter table "reward" add constraint "reward_voucher_cash_paid" check (voucher_no is null or (kind = 'CASH' and status = 'DISBURSED'));`);
  }

  override async down(): Promise<void> {
    this.addSql('alter table "reward" drop constraint if exists "reward_voucher_cash_paid";');
    this.addSql('alter table "reward" drop constraint if exists "reward_voucher_no_unique";');
    this.addSql('alter table "reward" drop column if exists "voucher_no";');
  }
}
