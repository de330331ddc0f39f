import { Migration } from '@mikro-orm/migrations';

/**
 * Hand-written. Makes audit_log append-only in the database (等保 2.0 level 3, 8.1.4.3 c: audit
 * records are protected from deletion, modification and overwriting) and creates the role
 * `techvp_app` that request connections SET ROLE to: it may read and write the domain tables but
 * only read and insert audit rows. Roles are cluster-wide, so creating and granting it is
 * idempotent and tolerates another database's migration doing the same at the same moment.
 * Runs unchanged on PostgreSQL 15 and on PGlite (PostgreSQL 18, single user).
 */
export class Migration20261125100000_audit_append_only extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only' using detail = format('%s on audit_log refused', tg_op);
end
$$;`);
    this.addSql(
      `create trigger audit_log_no_update_delete before update or delete on audit_log for each row execute function audit_log_append_only();`,
    );
    this.addSql(
      `create trigger audit_log_no_truncate before truncate on audit_log for each statement execute function audit_log_append_only();`,
    );
    this.addSql(`revoke update, delete, truncate on audit_log from public;`);

    this.addSql(`do $$
begin
  if not exists (select from pg_roles where rolname = 'techvp_app') then
    create role techvp_app nologin;
  end if;
exception
  when duplicate_object or unique_violation then
    null; -- created concurrently by another database's migration
  when insufficient_privilege then
    raise exception 'cannot create role techvp_app as %', current_user
      using hint = 'ask a superuser to run: create role techvp_app nologin; grant techvp_app to ' || current_user;
end
$$;`);
    this.addSql(`grant usage on schema public to techvp_app;`);
    this.addSql(`grant select, insert, update, delete on all tables in schema public to techvp_app;`);
    this.addSql(`revoke update, delete, truncate on audit_log from techvp_app;`);
    this.addSql(`grant usage, select on all sequences in schema public to techvp_app;`);
    this.addSql(`alter default privileges in schema public grant select, insert, update, delete on tables to techvp_app;`);
    this.addSql(`alter default privileges in schema public grant usage, select on sequences to techvp_app;`);
    // The connecting user must be a member to SET ROLE; superusers already may.
    this.addSql(`do $$
begin
  if not pg_has_role(current_user, 'techvp_app', 'member') then
    grant techvp_app to current_user;
  end if;
exception
  when duplicate_object or unique_violation then
    null;
  when insufficient_privilege then
    -- PostgreSQL 16+: granting needs ADMIN OPTION on techvp_app, which its creator may not have given.
    raise exception 'cannot grant techvp_app to %', current_user
      using hint = 'ask a superuser to run: grant techvp_app to ' || current_user;
end
$$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists audit_log_no_truncate on audit_log;`);
    this.addSql(`drop trigger if exists audit_log_no_update_delete on audit_log;`);
    this.addSql(`drop function if exists audit_log_append_only();`);
    // Privileges in this database go; the role itself only when no other database still uses it.
    this.addSql(`do $$
begin
  if exists (select from pg_roles where rolname = 'techvp_app') then
    alter default privileges in schema public revoke select, insert, update, delete on tables from techvp_app;
    alter default privileges in schema public revoke usage, select on sequences from techvp_app;
    revoke all on all tables in schema public from techvp_app;
    revoke all on all sequences in schema public from techvp_app;
    revoke usage on schema public from techvp_app;
    begin
      drop role techvp_app;
    exception when dependent_objects_still_exist then
      raise notice 'role techvp_app kept: another database still grants it privileges';
    end;
  end if;
end
$$;`);
  }
}
