import { Migration } from '@mikro-orm/migrations';

/**
 * Hand-written. Exact invalidation for the dashboard's answer cache (docs/analytics.md):
 *
 * - one write counter (a sequence `analytics_version_<table>`) per table the panels read,
 *   moved on by a statement-level trigger after every INSERT, UPDATE, DELETE or TRUNCATE;
 * - the same trigger takes a transaction-level SHARED advisory lock keyed by the table, held
 *   until the writer commits or rolls back. Writers never wait for each other;
 * - `analytics_versions()` reads all counters (security definer: the request role needs no
 *   privilege on them; null on a standby, where counters are replayed ahead and prove nothing);
 * - `analytics_writers_idle(tables)` tries the EXCLUSIVE lock of each table without waiting and
 *   releases it at once: true means no writer of those tables is in flight, so every counter
 *   value read before is committed, and a result computed afterwards may be cached under it.
 *
 * Sequences, functions and triggers are outside the ORM's entity model, so the entity-vs-schema
 * diff stays empty. Runs unchanged on PostgreSQL 15 and on PGlite.
 */
const TABLES = [
  'achievement',
  'application',
  'appointment',
  'call',
  'disbursement',
  'division',
  'evaluation',
  'evaluation_cycle',
  'expert',
  'institution',
  'ip_application',
  'ledger_entry',
  'project',
  'review_decision',
  'reward',
  'sector',
];
/** First key of the two-key advisory locks: 'tvap' (techvp analytics). */
const LOCK_SPACE = 1953915248;

export class Migration20261125120000_analytics extends Migration {
  override async up(): Promise<void> {
    for (const t of TABLES) this.addSql(`create sequence if not exists "analytics_version_${t}" as bigint;`);
    this.addSql(`create or replace function analytics_touch() returns trigger
  language plpgsql security definer set search_path = public, pg_temp as $$
begin
  -- Held until this transaction ends: a reader that finds no writer in flight knows the
  -- counter it read is committed.
  perform pg_advisory_xact_lock_shared(${LOCK_SPACE}, hashtext(tg_table_name));
  perform nextval(format('%I', 'analytics_version_' || tg_table_name));
  return null;
end
$$;`);
    this.addSql(`create or replace function analytics_versions() returns jsonb
  language sql stable security definer set search_path = public, pg_temp as $$
  select case when pg_is_in_recovery() then null else
    (select coalesce(jsonb_object_agg(substr(s.sequencename, length('analytics_version_') + 1), coalesce(s.last_value, 0)), '{}')
       from pg_sequences s
      where s.schemaname = current_schema() and s.sequencename like 'analytics\\_version\\_%')
  end
$$;`);
    this.addSql(`create or replace function analytics_writers_idle(tables text[]) returns boolean
  language plpgsql volatile as $$
declare
  t text;
  held text[] := '{}';
  idle boolean := true;
begin
  -- A transaction that wrote may still roll back: never cache what it sees.
  if txid_current_if_assigned() is not null then
    return false;
  end if;
  foreach t in array tables loop
    if pg_try_advisory_lock(${LOCK_SPACE}, hashtext(t)) then
      held := held || t;
    else
      idle := false;
      exit;
    end if;
  end loop;
  foreach t in array held loop
    perform pg_advisory_unlock(${LOCK_SPACE}, hashtext(t));
  end loop;
  return idle;
end
$$;`);
    for (const t of TABLES) {
      this.addSql(
        `create trigger "analytics_touch" after insert or update or delete or truncate on "${t}" for each statement execute function analytics_touch();`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const t of TABLES) this.addSql(`drop trigger if exists "analytics_touch" on "${t}";`);
    this.addSql('drop function if exists analytics_writers_idle(text[]);');
    this.addSql('drop function if exists analytics_versions();');
    this.addSql('drop function if exists analytics_touch();');
    for (const t of TABLES) this.addSql(`drop sequence if exists "analytics_version_${t}";`);
  }
}
