import { Migration } from '@mikro-orm/migrations';

export class Migration20261125082259_init extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_log" ("id" bigserial primary key, "at" timestamptz not null, "username" varchar(64) null, "role" varchar(32) null, "operation" varchar(96) not null, "object_type" varchar(64) null, "object_ids" text null, "result" varchar(16) not null, "detail" jsonb null, "prev_hash" varchar(64) not null, "hash" varchar(64) not null);`);
    this.addSql(`create index "audit_log_username_index" on "audit_log" ("username");`);
    this.addSql(`create index "audit_log_operation_index" on "audit_log" ("operation");`);
    this.addSql(`create index "audit_log_hash_index" on "audit_log" ("hash");`);
    this.addSql(`create index "audit_log_at_index" on "audit_log" ("at");`);

    this.addSql(`create table "call" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "year" int not null, "title" varchar(200) not null, "opens_on" date not null, "closes_on" date not null, "status" text check ("status" in ('DRAFT', 'PUBLISHED', 'CLOSED')) not null, "conditions" text not null, "materials_required" text not null, "published_at" timestamptz null, "version" int not null default 1, constraint call_within_policy check (opens_on >= '2025-07-01'::date and closes_on <= '2030-06-30'::date), constraint call_window_ordered check (closes_on >= opens_on));`);
    this.addSql(`alter table "call" add constraint "call_year_unique" unique ("year");`);

    this.addSql(`create table "division" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(16) not null, "name_zh" varchar(64) not null, "name_en" varchar(128) not null, "kind" text check ("kind" in ('DISTRICT', 'COUNTY', 'COUNTY_CITY', 'FUNCTIONAL_ZONE')) not null, "sort_order" int not null);`);
    this.addSql(`alter table "division" add constraint "division_code_unique" unique ("code");`);

    this.addSql(`create table "evaluation_cycle" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(16) not null, "period_start" date not null, "period_end" date not null, "agency" varchar(128) null, "status" text check ("status" in ('OPEN', 'CLOSED')) not null, constraint cycle_period_ordered check (period_end > period_start));`);
    this.addSql(`alter table "evaluation_cycle" add constraint "evaluation_cycle_code_unique" unique ("code");`);

    this.addSql(`create table "institution" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(96) not null, "name_zh" varchar(128) not null, "name_en" varchar(160) not null, "kind" text check ("kind" in ('UNIVERSITY', 'INSTITUTE')) not null, "city" varchar(32) not null);`);
    this.addSql(`alter table "institution" add constraint "institution_code_unique" unique ("code");`);
    this.addSql(`alter table "institution" add constraint "institution_name_zh_unique" unique ("name_zh");`);

    this.addSql(`create table "public_notice" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "call_id" int not null, "title" varchar(200) not null, "starts_on" date not null, "ends_on" date not null, "channel" varchar(128) not null, "status" text check ("status" in ('OPEN', 'CLOSED')) not null, "published_at" timestamptz not null, constraint notice_period_ordered check (ends_on >= starts_on));`);
    this.addSql(`create index "public_notice_call_id_index" on "public_notice" ("call_id");`);

    this.addSql(`create table "sector" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(32) not null, "name_zh" varchar(64) not null, "name_en" varchar(128) not null, "priority" boolean not null, "sort_order" int not null);`);
    this.addSql(`alter table "sector" add constraint "sector_code_unique" unique ("code");`);

    this.addSql(`create table "expert" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(64) not null, "gender" text check ("gender" in ('MALE', 'FEMALE')) not null, "id_number_cipher" text not null, "id_number_hash" varchar(64) not null, "id_number_masked" varchar(18) not null, "phone_cipher" text null, "phone_masked" varchar(16) null, "institution_id" int not null, "degree" text check ("degree" in ('DOCTORATE', 'MASTER', 'BACHELOR', 'OTHER')) not null, "title" text check ("title" in ('SENIOR', 'ASSOCIATE_SENIOR', 'INTERMEDIATE', 'JUNIOR', 'NONE')) not null, "discipline" varchar(64) not null, "keywords" text[] not null, "sector_id" int null, "work_started_on" date not null, "misconduct_on" date null, "banned_until" date null, "top_talent" boolean not null default false);`);
    this.addSql(`create index "expert_name_index" on "expert" ("name");`);
    this.addSql(`alter table "expert" add constraint "expert_id_number_hash_unique" unique ("id_number_hash");`);
    this.addSql(`create index "expert_institution_id_index" on "expert" ("institution_id");`);
    this.addSql(`create index "expert_sector_id_index" on "expert" ("sector_id");`);

    this.addSql(`create table "enterprise" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(128) not null, "credit_code" varchar(18) not null, "division_id" int not null, "sector_id" int not null, "registered_on" date not null, "independent_legal_person" boolean not null default true, "high_tech" boolean not null default false, "gazelle" boolean not null default false, "municipal_project" boolean not null default false, "revenue_fen" bigint not null, "rd_spending_fen" bigint not null, "violation_on" date null, "finances_sound" boolean not null default true, "employees" int not null, "contact_name" varchar(64) not null, "contact_phone_cipher" text null, "contact_phone_masked" varchar(16) null, "address" varchar(256) not null, constraint enterprise_money_nonnegative check (revenue_fen >= 0 and rd_spending_fen >= 0));`);
    this.addSql(`create index "enterprise_name_index" on "enterprise" ("name");`);
    this.addSql(`alter table "enterprise" add constraint "enterprise_credit_code_unique" unique ("credit_code");`);
    this.addSql(`create index "enterprise_division_id_index" on "enterprise" ("division_id");`);
    this.addSql(`create index "enterprise_sector_id_index" on "enterprise" ("sector_id");`);
    this.addSql(`create index "enterprise_high_tech_index" on "enterprise" ("high_tech");`);

    this.addSql(`create table "enterprise_tie" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "enterprise_id" int not null, "expert_id" int null, "institution_id" int null, "kind" text check ("kind" in ('FOUNDER', 'INVESTOR')) not null, "since" date not null, constraint enterprise_tie_one_party check ((expert_id is null) <> (institution_id is null)));`);
    this.addSql(`create index "enterprise_tie_enterprise_id_index" on "enterprise_tie" ("enterprise_id");`);
    this.addSql(`create index "enterprise_tie_expert_id_index" on "enterprise_tie" ("expert_id");`);
    this.addSql(`create index "enterprise_tie_institution_id_index" on "enterprise_tie" ("institution_id");`);

    this.addSql(`create table "application" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "call_id" int not null, "enterprise_id" int not null, "division_id" int not null, "sector_id" int not null, "proposed_expert_id" int null, "tech_needs" text not null, "proposed_position" text check ("proposed_position" in ('DEPUTY_GENERAL_MANAGER', 'DEPUTY_CHIEF_ENGINEER', 'ASSISTANT_GENERAL_MANAGER')) not null, "proposed_service_start" date null, "proposed_service_end" date null, "monthly_allowance_fen" bigint not null, "stage" text check ("stage" in ('DRAFT', 'SUBMITTED', 'COUNTY_APPROVED', 'CITY_APPROVED', 'MATCHED', 'PARTY_APPROVED', 'FILED', 'IN_NOTICE', 'RECOGNISED', 'REJECTED', 'WITHDRAWN')) not null, "on_hold" boolean not null default false, "priority_recommended" boolean not null default false, "submitted_at" timestamptz null, "stage_entered_at" timestamptz not null, "rejection_rule" varchar(4) null, "rejection_reason" text null, "notice_id" int null, "version" int not null default 1, constraint application_service_period_ordered check (proposed_service_end is null or proposed_service_start is null or proposed_service_end > proposed_service_start), constraint application_allowance_nonnegative check (monthly_allowance_fen >= 0));`);
    this.addSql(`create index "application_call_id_index" on "application" ("call_id");`);
    this.addSql(`create index "application_enterprise_id_index" on "application" ("enterprise_id");`);
    this.addSql(`create index "application_division_id_index" on "application" ("division_id");`);
    this.addSql(`create index "application_sector_id_index" on "application" ("sector_id");`);
    this.addSql(`create index "application_proposed_expert_id_index" on "application" ("proposed_expert_id");`);
    this.addSql(`create index "application_stage_index" on "application" ("stage");`);
    this.addSql(`create index "application_notice_id_index" on "application" ("notice_id");`);
    this.addSql(`create index "application_division_id_stage_index" on "application" ("division_id", "stage");`);
    this.addSql(`create unique index application_one_live_per_call on application (call_id, enterprise_id) where stage not in ('REJECTED', 'WITHDRAWN');`);

    this.addSql(`create table "rule_check" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "application_id" int not null, "rule" text check ("rule" in ('E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'N1', 'N2', 'N3', 'N4', 'N5')) not null, "article" varchar(64) not null, "step" text check ("step" in ('SUBMISSION', 'COUNTY_REVIEW', 'CITY_REVIEW', 'MATCHING', 'PARTY_REVIEW', 'FILING', 'NOTICE', 'OBJECTION', 'RECOGNITION', 'WITHDRAWAL')) not null, "passed" boolean not null, "detail" text not null, "evaluated_at" timestamptz not null);`);
    this.addSql(`create index "rule_check_application_id_evaluated_at_index" on "rule_check" ("application_id", "evaluated_at");`);

    this.addSql(`create table "objection" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "notice_id" int not null, "application_id" int not null, "received_on" date not null, "content" text not null, "status" text check ("status" in ('OPEN', 'UPHELD', 'DISMISSED')) not null, "resolved_on" date null, "resolution" text null);`);
    this.addSql(`create index "objection_notice_id_index" on "objection" ("notice_id");`);
    this.addSql(`create index "objection_application_id_index" on "objection" ("application_id");`);
    this.addSql(`create index "objection_status_index" on "objection" ("status");`);

    this.addSql(`create table "candidate_match" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "application_id" int not null, "expert_id" int not null, "score" int not null, "rationale" text not null, "enterprise_opinion" text check ("enterprise_opinion" in ('PENDING', 'AGREE', 'DECLINE')) not null, "institution_opinion" text check ("institution_opinion" in ('PENDING', 'AGREE', 'DECLINE')) not null, "expert_opinion" text check ("expert_opinion" in ('PENDING', 'AGREE', 'DECLINE')) not null, "selected" boolean not null default false, constraint candidate_score_range check (score >= 0 and score <= 100));`);
    this.addSql(`create index "candidate_match_application_id_index" on "candidate_match" ("application_id");`);
    this.addSql(`create index "candidate_match_expert_id_index" on "candidate_match" ("expert_id");`);
    this.addSql(`alter table "candidate_match" add constraint "candidate_match_application_id_expert_id_unique" unique ("application_id", "expert_id");`);

    this.addSql(`create table "appointment" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "expert_id" int not null, "enterprise_id" int not null, "division_id" int not null, "sector_id" int not null, "application_id" int null, "origin" text check ("origin" in ('CALL', 'LEGACY')) not null, "cohort_year" int not null, "position" text check ("position" in ('DEPUTY_GENERAL_MANAGER', 'DEPUTY_CHIEF_ENGINEER', 'ASSISTANT_GENERAL_MANAGER')) not null, "service_start" date not null, "service_end" date not null, "recognition_doc_no" varchar(64) null, "certificate_no" varchar(64) null, "recognised_on" date null, "status" text check ("status" in ('ACTIVE', 'COMPLETED', 'REVOKED', 'TERMINATED')) not null, "ended_on" date null, "end_reason" text null, "monthly_allowance_fen" bigint not null, "version" int not null default 1, constraint appointment_allowance_nonnegative check (monthly_allowance_fen >= 0), constraint appointment_period_two_years check (service_end >= ((service_start + '2 years'::interval) - '1 day'::interval)::date));`);
    this.addSql(`create index "appointment_expert_id_index" on "appointment" ("expert_id");`);
    this.addSql(`create index "appointment_enterprise_id_index" on "appointment" ("enterprise_id");`);
    this.addSql(`alter table "appointment" add constraint "appointment_application_id_unique" unique ("application_id");`);
    this.addSql(`create index "appointment_cohort_year_index" on "appointment" ("cohort_year");`);
    this.addSql(`alter table "appointment" add constraint "appointment_recognition_doc_no_unique" unique ("recognition_doc_no");`);
    this.addSql(`alter table "appointment" add constraint "appointment_certificate_no_unique" unique ("certificate_no");`);
    this.addSql(`create index "appointment_status_index" on "appointment" ("status");`);
    this.addSql(`create index "appointment_sector_id_status_index" on "appointment" ("sector_id", "status");`);
    this.addSql(`create index "appointment_division_id_status_index" on "appointment" ("division_id", "status");`);
    this.addSql(`create unique index appointment_one_active_per_expert on appointment (expert_id) where status = 'ACTIVE';`);

    this.addSql(`create table "project" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(32) not null, "title" varchar(200) not null, "appointment_id" int not null, "enterprise_id" int not null, "division_id" int not null, "sector_id" int not null, "status" text check ("status" in ('PROPOSED', 'APPROVED', 'IN_PROGRESS', 'ACCEPTED', 'FAILED', 'CANCELLED')) not null, "enterprise_fen" bigint not null, "university_fen" bigint not null, "finance_fen" bigint not null, "proposed_on" date not null, "approved_on" date null, "closed_on" date null, "priority" boolean not null default false, "version" int not null default 1, constraint project_split_rules check (status = 'PROPOSED' or (enterprise_fen >= university_fen + finance_fen and university_fen + finance_fen <= 100000000)), constraint project_money_nonnegative check (enterprise_fen >= 0 and university_fen >= 0 and finance_fen >= 0));`);
    this.addSql(`alter table "project" add constraint "project_code_unique" unique ("code");`);
    this.addSql(`create index "project_appointment_id_index" on "project" ("appointment_id");`);
    this.addSql(`create index "project_enterprise_id_index" on "project" ("enterprise_id");`);
    this.addSql(`create index "project_status_index" on "project" ("status");`);
    this.addSql(`create index "project_sector_id_status_index" on "project" ("sector_id", "status");`);
    this.addSql(`create index "project_division_id_status_index" on "project" ("division_id", "status");`);

    this.addSql(`create table "ledger_entry" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "appointment_id" int not null, "division_id" int not null, "service_date" date not null, "kind" text check ("kind" in ('TECH_SERVICE', 'TRAINING', 'POLICY_BRIEFING', 'RD_MEETING', 'COOPERATION')) not null, "days_on_site" smallint not null, "content" text not null, "effect" text not null, "people_trained" smallint not null, "confirmation" text check ("confirmation" in ('PENDING', 'CONFIRMED', 'DISPUTED')) not null, "confirmed_at" timestamptz null, "dispute_reason" text null, constraint ledger_trained_nonnegative check (people_trained >= 0), constraint ledger_days_range check (days_on_site >= 0 and days_on_site <= 31));`);
    this.addSql(`create index "ledger_entry_division_id_service_date_index" on "ledger_entry" ("division_id", "service_date");`);
    this.addSql(`create index "ledger_entry_appointment_id_service_date_index" on "ledger_entry" ("appointment_id", "service_date");`);

    this.addSql(`create table "ip_application" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "appointment_id" int not null, "kind" text check ("kind" in ('INVENTION_PATENT', 'UTILITY_MODEL', 'SOFTWARE_COPYRIGHT')) not null, "title" varchar(200) not null, "application_no" varchar(32) not null, "filed_on" date not null, "status" text check ("status" in ('FILED', 'GRANTED', 'REJECTED')) not null);`);
    this.addSql(`alter table "ip_application" add constraint "ip_application_application_no_unique" unique ("application_no");`);
    this.addSql(`create index "ip_application_appointment_id_filed_on_index" on "ip_application" ("appointment_id", "filed_on");`);

    this.addSql(`create table "annual_report" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "appointment_id" int not null, "year" int not null, "submitted_on" date not null, "summary" text not null);`);
    this.addSql(`alter table "annual_report" add constraint "annual_report_appointment_id_year_unique" unique ("appointment_id", "year");`);

    this.addSql(`create table "achievement" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "appointment_id" int not null, "kind" text check ("kind" in ('NEW_TECHNOLOGY', 'NEW_PROCESS', 'NEW_PRODUCT')) not null, "title" varchar(200) not null, "achieved_on" date not null);`);
    this.addSql(`create index "achievement_appointment_id_achieved_on_index" on "achievement" ("appointment_id", "achieved_on");`);

    this.addSql(`create table "agreement" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "application_id" int null, "appointment_id" int null, "kind" text check ("kind" in ('TRIPARTITE', 'CONFIDENTIALITY')) not null, "signed_on" date not null, "service_start" date null, "service_end" date null, "content" text not null, "ip_ownership" text null, "funding_terms" text null, "monthly_allowance_fen" bigint null, constraint agreement_allowance_nonnegative check (monthly_allowance_fen is null or monthly_allowance_fen >= 0), constraint agreement_period_ordered check (service_end is null or service_start is null or service_end > service_start), constraint agreement_has_subject check (application_id is not null or appointment_id is not null));`);
    this.addSql(`create index "agreement_application_id_index" on "agreement" ("application_id");`);
    this.addSql(`create index "agreement_appointment_id_index" on "agreement" ("appointment_id");`);

    this.addSql(`create table "setting" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "key" varchar(64) not null, "value" jsonb not null, "description" text not null);`);
    this.addSql(`alter table "setting" add constraint "setting_key_unique" unique ("key");`);

    this.addSql(`create table "app_user" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "username" varchar(64) not null, "display_name" varchar(64) not null, "role" text check ("role" in ('ADMIN', 'LEADERSHIP', 'ANALYST', 'ORG_DEPT', 'ST_BUREAU', 'COUNTY_BUREAU', 'FINANCE', 'HR', 'EVALUATION_AGENCY', 'ENTERPRISE', 'EXPERT')) not null, "division_id" int null, "enterprise_id" int null, "expert_id" int null, "password_hash" text null, "active" boolean not null default true, "failed_attempts" int not null default 0, "locked_until" timestamptz null, "last_login_at" timestamptz null, constraint user_expert_bound check (role <> 'EXPERT' or expert_id is not null), constraint user_enterprise_bound check (role <> 'ENTERPRISE' or enterprise_id is not null), constraint user_county_bound check (role <> 'COUNTY_BUREAU' or division_id is not null));`);
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);
    this.addSql(`create index "app_user_division_id_index" on "app_user" ("division_id");`);

    this.addSql(`create table "review_decision" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "application_id" int not null, "step" text check ("step" in ('SUBMISSION', 'COUNTY_REVIEW', 'CITY_REVIEW', 'MATCHING', 'PARTY_REVIEW', 'FILING', 'NOTICE', 'OBJECTION', 'RECOGNITION', 'WITHDRAWAL')) not null, "decision" text check ("decision" in ('SUBMIT', 'PASS', 'RETURN', 'REJECT', 'WITHDRAW', 'HOLD', 'RELEASE')) not null, "from_stage" text check ("from_stage" in ('DRAFT', 'SUBMITTED', 'COUNTY_APPROVED', 'CITY_APPROVED', 'MATCHED', 'PARTY_APPROVED', 'FILED', 'IN_NOTICE', 'RECOGNISED', 'REJECTED', 'WITHDRAWN')) not null, "to_stage" text check ("to_stage" in ('DRAFT', 'SUBMITTED', 'COUNTY_APPROVED', 'CITY_APPROVED', 'MATCHED', 'PARTY_APPROVED', 'FILED', 'IN_NOTICE', 'RECOGNISED', 'REJECTED', 'WITHDRAWN')) not null, "reason" text null, "rule_code" varchar(4) null, "actor_id" int null, "actor_role" varchar(32) not null, "decided_at" timestamptz not null);`);
    this.addSql(`create index "review_decision_application_id_decided_at_index" on "review_decision" ("application_id", "decided_at");`);

    this.addSql(`create table "filing_record" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "filing_no" varchar(64) not null, "kind" text check ("kind" in ('RECOGNITION', 'EVALUATION_RESULT')) not null, "application_id" int null, "evaluation_cycle_id" int null, "division_id" int null, "title" varchar(200) not null, "summary" text not null, "filed_on" date not null, "filed_by_id" int null, "status" text check ("status" in ('PENDING', 'ACKNOWLEDGED')) not null, "acknowledged_at" timestamptz null, "acknowledged_by_id" int null, "version" int not null default 1, constraint filing_acknowledged_consistent check ((status = 'ACKNOWLEDGED') = (acknowledged_at is not null)), constraint filing_subject_matches_kind check ((kind = 'RECOGNITION' and application_id is not null) or (kind = 'EVALUATION_RESULT' and evaluation_cycle_id is not null)));`);
    this.addSql(`alter table "filing_record" add constraint "filing_record_filing_no_unique" unique ("filing_no");`);
    this.addSql(`create index "filing_record_application_id_index" on "filing_record" ("application_id");`);
    this.addSql(`create index "filing_record_evaluation_cycle_id_index" on "filing_record" ("evaluation_cycle_id");`);
    this.addSql(`create index "filing_record_division_id_index" on "filing_record" ("division_id");`);
    this.addSql(`create index "filing_record_status_filed_on_index" on "filing_record" ("status", "filed_on");`);

    this.addSql(`create table "evaluation" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "cycle_id" int not null, "appointment_id" int not null, "division_id" int not null, "sector_id" int not null, "grade" text check ("grade" in ('EXCELLENT', 'GOOD', 'QUALIFIED', 'UNQUALIFIED')) not null, "score" int null, "graded_on" date not null, "graded_by_id" int null, "remarks" text null, "version" int not null default 1, constraint evaluation_score_range check (score is null or (score >= 0 and score <= 100)));`);
    this.addSql(`create index "evaluation_appointment_id_index" on "evaluation" ("appointment_id");`);
    this.addSql(`create index "evaluation_division_id_cycle_id_index" on "evaluation" ("division_id", "cycle_id");`);
    this.addSql(`create index "evaluation_cycle_id_grade_index" on "evaluation" ("cycle_id", "grade");`);
    this.addSql(`alter table "evaluation" add constraint "evaluation_cycle_id_appointment_id_unique" unique ("cycle_id", "appointment_id");`);

    this.addSql(`create table "reward" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "evaluation_id" int not null, "expert_id" int not null, "division_id" int not null, "kind" text check ("kind" in ('CASH', 'CERTIFICATE', 'GOLD_CARD_B')) not null, "amount_fen" bigint not null, "serial_no" varchar(64) null, "status" text check ("status" in ('GRANTED', 'DISBURSED')) not null, "granted_on" date not null, "disbursed_on" date null, constraint reward_disbursed_dated check ((status = 'DISBURSED') = (disbursed_on is not null)), constraint reward_amount_nonnegative check (amount_fen >= 0));`);
    this.addSql(`create index "reward_expert_id_index" on "reward" ("expert_id");`);
    this.addSql(`create index "reward_division_id_index" on "reward" ("division_id");`);
    this.addSql(`alter table "reward" add constraint "reward_serial_no_unique" unique ("serial_no");`);
    this.addSql(`alter table "reward" add constraint "reward_evaluation_id_kind_unique" unique ("evaluation_id", "kind");`);

    this.addSql(`create table "disbursement" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "project_id" int not null, "division_id" int not null, "funder" text check ("funder" in ('ENTERPRISE', 'UNIVERSITY', 'FINANCE')) not null, "tranche" smallint not null, "amount_fen" bigint not null, "disbursed_on" date not null, "voucher_no" varchar(32) not null, "recorded_by_id" int null, constraint disbursement_tranche_positive check (tranche >= 1), constraint disbursement_amount_positive check (amount_fen > 0));`);
    this.addSql(`create index "disbursement_division_id_index" on "disbursement" ("division_id");`);
    this.addSql(`create index "disbursement_disbursed_on_index" on "disbursement" ("disbursed_on");`);
    this.addSql(`alter table "disbursement" add constraint "disbursement_voucher_no_unique" unique ("voucher_no");`);
    this.addSql(`create index "disbursement_project_id_funder_index" on "disbursement" ("project_id", "funder");`);

    this.addSql(`create table "application_material" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "application_id" int not null, "kind" text check ("kind" in ('APPLICATION_FORM', 'TRIPARTITE_AGREEMENT', 'EXPERT_ID', 'EXPERT_DEGREE', 'EXPERT_TITLE', 'EXPERT_ACHIEVEMENTS', 'BUSINESS_LICENCE', 'FINANCIAL_STATEMENTS', 'CREDIT_REPORT', 'RD_SPENDING_PROOF', 'GREEN_THRESHOLD')) not null, "file_name" varchar(255) not null, "mime_type" varchar(128) not null, "size_bytes" int not null, "sha256" varchar(64) not null, "content" bytea null, "uploaded_at" timestamptz not null, "uploaded_by_id" int null, constraint material_size_positive check (size_bytes > 0));`);
    this.addSql(`create index "application_material_application_id_index" on "application_material" ("application_id");`);

    this.addSql(`create table "user_session" ("token_hash" varchar(64) not null, "user_id" int not null, "created_at" timestamptz not null default now(), "last_seen_at" timestamptz not null, "revoked_at" timestamptz null, constraint "user_session_pkey" primary key ("token_hash"));`);
    this.addSql(`create index "user_session_user_id_index" on "user_session" ("user_id");`);

    this.addSql(`create table "work_calendar_day" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "day" date not null, "is_workday" boolean not null, "note" varchar(64) not null);`);
    this.addSql(`alter table "work_calendar_day" add constraint "work_calendar_day_day_unique" unique ("day");`);

    this.addSql(`alter table "public_notice" add constraint "public_notice_call_id_foreign" foreign key ("call_id") references "call" ("id") on update cascade;`);

    this.addSql(`alter table "expert" add constraint "expert_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade;`);
    this.addSql(`alter table "expert" add constraint "expert_sector_id_foreign" foreign key ("sector_id") references "sector" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "enterprise" add constraint "enterprise_division_id_foreign" foreign key ("division_id") references "division" ("id") on update cascade;`);
    this.addSql(`alter table "enterprise" add constraint "enterprise_sector_id_foreign" foreign key ("sector_id") references "sector" ("id") on update cascade;`);

    this.addSql(`alter table "enterprise_tie" add constraint "enterprise_tie_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`);
    this.addSql(`alter table "enterprise_tie" add constraint "enterprise_tie_expert_id_foreign" foreign key ("expert_id") references "expert" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "enterprise_tie" add constraint "enterprise_tie_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "application" add constraint "application_call_id_foreign" foreign key ("call_id") references "call" ("id") on update cascade;`);
    this.addSql(`alter table "application" add constraint "application_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`);
    this.addSql(`alter table "application" add constraint "application_division_id_foreign" foreign key ("division_id") references "division" ("id") on update cascade;`);
    this.addSql(`alter table "application" add constraint "application_sector_id_foreign" foreign key ("sector_id") references "sector" ("id") on update cascade;`);
    this.addSql(`alter table "application" add constraint "application_proposed_expert_id_foreign" foreign key ("proposed_expert_id") references "expert" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "application" add constraint "application_notice_id_foreign" foreign key ("notice_id") references "public_notice" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "rule_check" add constraint "rule_check_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade;`);

    this.addSql(`alter table "objection" add constraint "objection_notice_id_foreign" foreign key ("notice_id") references "public_notice" ("id") on update cascade;`);
    this.addSql(`alter table "objection" add constraint "objection_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade;`);

    this.addSql(`alter table "candidate_match" add constraint "candidate_match_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade;`);
    this.addSql(`alter table "candidate_match" add constraint "candidate_match_expert_id_foreign" foreign key ("expert_id") references "expert" ("id") on update cascade;`);

    this.addSql(`alter table "appointment" add constraint "appointment_expert_id_foreign" foreign key ("expert_id") references "expert" ("id") on update cascade;`);
    this.addSql(`alter table "appointment" add constraint "appointment_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`);
    this.addSql(`alter table "appointment" add constraint "appointment_division_id_foreign" foreign key ("division_id") references "division" ("id") on update cascade;`);
    this.addSql(`alter table "appointment" add constraint "appointment_sector_id_foreign" foreign key ("sector_id") references "sector" ("id") on update cascade;`);
    this.addSql(`alter table "appointment" add constraint "appointment_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "project" add constraint "project_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on update cascade;`);
    this.addSql(`alter table "project" add constraint "project_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`);
    this.addSql(`alter table "project" add constraint "project_division_id_foreign" foreign key ("division_id") references "division" ("id") on update cascade;`);
    this.addSql(`alter table "project" add constraint "project_sector_id_foreign" foreign key ("sector_id") references "sector" ("id") on update cascade;`);

    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on update cascade;`);
    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_division_id_foreign" foreign key ("division_id") references "division" ("id") on update cascade;`);

    this.addSql(`alter table "ip_application" add constraint "ip_application_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on update cascade;`);

    this.addSql(`alter table "annual_report" add constraint "annual_report_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on update cascade;`);

    this.addSql(`alter table "achievement" add constraint "achievement_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on update cascade;`);

    this.addSql(`alter table "agreement" add constraint "agreement_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "agreement" add constraint "agreement_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "app_user" add constraint "app_user_division_id_foreign" foreign key ("division_id") references "division" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_expert_id_foreign" foreign key ("expert_id") references "expert" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "review_decision" add constraint "review_decision_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade;`);
    this.addSql(`alter table "review_decision" add constraint "review_decision_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "filing_record" add constraint "filing_record_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "filing_record" add constraint "filing_record_evaluation_cycle_id_foreign" foreign key ("evaluation_cycle_id") references "evaluation_cycle" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "filing_record" add constraint "filing_record_division_id_foreign" foreign key ("division_id") references "division" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "filing_record" add constraint "filing_record_filed_by_id_foreign" foreign key ("filed_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "filing_record" add constraint "filing_record_acknowledged_by_id_foreign" foreign key ("acknowledged_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "evaluation" add constraint "evaluation_cycle_id_foreign" foreign key ("cycle_id") references "evaluation_cycle" ("id") on update cascade;`);
    this.addSql(`alter table "evaluation" add constraint "evaluation_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on update cascade;`);
    this.addSql(`alter table "evaluation" add constraint "evaluation_division_id_foreign" foreign key ("division_id") references "division" ("id") on update cascade;`);
    this.addSql(`alter table "evaluation" add constraint "evaluation_sector_id_foreign" foreign key ("sector_id") references "sector" ("id") on update cascade;`);
    this.addSql(`alter table "evaluation" add constraint "evaluation_graded_by_id_foreign" foreign key ("graded_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "reward" add constraint "reward_evaluation_id_foreign" foreign key ("evaluation_id") references "evaluation" ("id") on update cascade;`);
    this.addSql(`alter table "reward" add constraint "reward_expert_id_foreign" foreign key ("expert_id") references "expert" ("id") on update cascade;`);
    this.addSql(`alter table "reward" add constraint "reward_division_id_foreign" foreign key ("division_id") references "division" ("id") on update cascade;`);

    this.addSql(`alter table "disbursement" add constraint "disbursement_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade;`);
    this.addSql(`alter table "disbursement" add constraint "disbursement_division_id_foreign" foreign key ("division_id") references "division" ("id") on update cascade;`);
    this.addSql(`alter table "disbursement" add constraint "disbursement_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "application_material" add constraint "application_material_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade;`);
    this.addSql(`alter table "application_material" add constraint "application_material_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "public_notice" drop constraint "public_notice_call_id_foreign";`);

    this.addSql(`alter table "application" drop constraint "application_call_id_foreign";`);

    this.addSql(`alter table "enterprise" drop constraint "enterprise_division_id_foreign";`);

    this.addSql(`alter table "application" drop constraint "application_division_id_foreign";`);

    this.addSql(`alter table "appointment" drop constraint "appointment_division_id_foreign";`);

    this.addSql(`alter table "project" drop constraint "project_division_id_foreign";`);

    this.addSql(`alter table "ledger_entry" drop constraint "ledger_entry_division_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_division_id_foreign";`);

    this.addSql(`alter table "filing_record" drop constraint "filing_record_division_id_foreign";`);

    this.addSql(`alter table "evaluation" drop constraint "evaluation_division_id_foreign";`);

    this.addSql(`alter table "reward" drop constraint "reward_division_id_foreign";`);

    this.addSql(`alter table "disbursement" drop constraint "disbursement_division_id_foreign";`);

    this.addSql(`alter table "filing_record" drop constraint "filing_record_evaluation_cycle_id_foreign";`);

    this.addSql(`alter table "evaluation" drop constraint "evaluation_cycle_id_foreign";`);

    this.addSql(`alter table "expert" drop constraint "expert_institution_id_foreign";`);

    this.addSql(`alter table "enterprise_tie" drop constraint "enterprise_tie_institution_id_foreign";`);

    this.addSql(`alter table "application" drop constraint "application_notice_id_foreign";`);

    this.addSql(`alter table "objection" drop constraint "objection_notice_id_foreign";`);

    this.addSql(`alter table "expert" drop constraint "expert_sector_id_foreign";`);

    this.addSql(`alter table "enterprise" drop constraint "enterprise_sector_id_foreign";`);

    this.addSql(`alter table "application" drop constraint "application_sector_id_foreign";`);

    this.addSql(`alter table "appointment" drop constraint "appointment_sector_id_foreign";`);

    this.addSql(`alter table "project" drop constraint "project_sector_id_foreign";`);

    this.addSql(`alter table "evaluation" drop constraint "evaluation_sector_id_foreign";`);

    this.addSql(`alter table "enterprise_tie" drop constraint "enterprise_tie_expert_id_foreign";`);

    this.addSql(`alter table "application" drop constraint "application_proposed_expert_id_foreign";`);

    this.addSql(`alter table "candidate_match" drop constraint "candidate_match_expert_id_foreign";`);

    this.addSql(`alter table "appointment" drop constraint "appointment_expert_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_expert_id_foreign";`);

    this.addSql(`alter table "reward" drop constraint "reward_expert_id_foreign";`);

    this.addSql(`alter table "enterprise_tie" drop constraint "enterprise_tie_enterprise_id_foreign";`);

    this.addSql(`alter table "application" drop constraint "application_enterprise_id_foreign";`);

    this.addSql(`alter table "appointment" drop constraint "appointment_enterprise_id_foreign";`);

    this.addSql(`alter table "project" drop constraint "project_enterprise_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_enterprise_id_foreign";`);

    this.addSql(`alter table "rule_check" drop constraint "rule_check_application_id_foreign";`);

    this.addSql(`alter table "objection" drop constraint "objection_application_id_foreign";`);

    this.addSql(`alter table "candidate_match" drop constraint "candidate_match_application_id_foreign";`);

    this.addSql(`alter table "appointment" drop constraint "appointment_application_id_foreign";`);

    this.addSql(`alter table "agreement" drop constraint "agreement_application_id_foreign";`);

    this.addSql(`alter table "review_decision" drop constraint "review_decision_application_id_foreign";`);

    this.addSql(`alter table "filing_record" drop constraint "filing_record_application_id_foreign";`);

    this.addSql(`alter table "application_material" drop constraint "application_material_application_id_foreign";`);

    this.addSql(`alter table "project" drop constraint "project_appointment_id_foreign";`);

    this.addSql(`alter table "ledger_entry" drop constraint "ledger_entry_appointment_id_foreign";`);

    this.addSql(`alter table "ip_application" drop constraint "ip_application_appointment_id_foreign";`);

    this.addSql(`alter table "annual_report" drop constraint "annual_report_appointment_id_foreign";`);

    this.addSql(`alter table "achievement" drop constraint "achievement_appointment_id_foreign";`);

    this.addSql(`alter table "agreement" drop constraint "agreement_appointment_id_foreign";`);

    this.addSql(`alter table "evaluation" drop constraint "evaluation_appointment_id_foreign";`);

    this.addSql(`alter table "disbursement" drop constraint "disbursement_project_id_foreign";`);

    this.addSql(`alter table "review_decision" drop constraint "review_decision_actor_id_foreign";`);

    this.addSql(`alter table "filing_record" drop constraint "filing_record_filed_by_id_foreign";`);

    this.addSql(`alter table "filing_record" drop constraint "filing_record_acknowledged_by_id_foreign";`);

    this.addSql(`alter table "evaluation" drop constraint "evaluation_graded_by_id_foreign";`);

    this.addSql(`alter table "disbursement" drop constraint "disbursement_recorded_by_id_foreign";`);

    this.addSql(`alter table "application_material" drop constraint "application_material_uploaded_by_id_foreign";`);

    this.addSql(`alter table "user_session" drop constraint "user_session_user_id_foreign";`);

    this.addSql(`alter table "reward" drop constraint "reward_evaluation_id_foreign";`);

    this.addSql(`drop table if exists "audit_log" cascade;`);

    this.addSql(`drop table if exists "call" cascade;`);

    this.addSql(`drop table if exists "division" cascade;`);

    this.addSql(`drop table if exists "evaluation_cycle" cascade;`);

    this.addSql(`drop table if exists "institution" cascade;`);

    this.addSql(`drop table if exists "public_notice" cascade;`);

    this.addSql(`drop table if exists "sector" cascade;`);

    this.addSql(`drop table if exists "expert" cascade;`);

    this.addSql(`drop table if exists "enterprise" cascade;`);

    this.addSql(`drop table if exists "enterprise_tie" cascade;`);

    this.addSql(`drop table if exists "application" cascade;`);

    this.addSql(`drop table if exists "rule_check" cascade;`);

    this.addSql(`drop table if exists "objection" cascade;`);

    this.addSql(`drop table if exists "candidate_match" cascade;`);

    this.addSql(`drop table if exists "appointment" cascade;`);

    this.addSql(`drop table if exists "project" cascade;`);

    this.addSql(`drop table if exists "ledger_entry" cascade;`);

    this.addSql(`drop table if exists "ip_application" cascade;`);

    this.addSql(`drop table if exists "annual_report" cascade;`);

    this.addSql(`drop table if exists "achievement" cascade;`);

    this.addSql(`drop table if exists "agreement" cascade;`);

    this.addSql(`drop table if exists "setting" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "review_decision" cascade;`);

    this.addSql(`drop table if exists "filing_record" cascade;`);

    this.addSql(`drop table if exists "evaluation" cascade;`);

    this.addSql(`drop table if exists "reward" cascade;`);

    this.addSql(`drop table if exists "disbursement" cascade;`);

    this.addSql(`drop table if exists "application_material" cascade;`);

    this.addSql(`drop table if exists "user_session" cascade;`);

    this.addSql(`drop table if exists "work_calendar_day" cascade;`);
  }

}
