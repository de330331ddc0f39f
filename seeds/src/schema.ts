/**
 * The columns the seeds write, table by table, with their PostgreSQL types: the single place
 * that ties generated rows to the migration (server/src/db/migrations). Row types are derived
 * from it, so a column added here is checked everywhere it is produced and written.
 *
 * Columns left to their defaults are not listed: created_at / updated_at (now()), version (1)
 * and the user references (actor_id, filed_by_id, …) that stay null until accounts exist.
 */

/** Element types understood by the bulk writer; a trailing `?` marks a nullable column. */
export type PgType = 'int' | 'smallint' | 'bigint' | 'bool' | 'text' | 'date' | 'timestamptz' | 'bytea' | 'text[]';
type Spec = Record<string, PgType | `${PgType}?`>;

type TsOf<T extends PgType> = T extends 'int' | 'smallint' | 'bigint'
  ? number
  : T extends 'bool'
    ? boolean
    : T extends 'bytea'
      ? Buffer
      : T extends 'text[]'
        ? string[]
        : string;
type ColumnTs<T> = T extends `${infer B extends PgType}?` ? TsOf<B> | null : T extends PgType ? TsOf<T> : never;

const reference = {
  division: { id: 'int', code: 'text', name_zh: 'text', name_en: 'text', kind: 'text', sort_order: 'int' },
  sector: { id: 'int', code: 'text', name_zh: 'text', name_en: 'text', priority: 'bool', sort_order: 'int' },
  institution: { id: 'int', code: 'text', name_zh: 'text', name_en: 'text', kind: 'text', city: 'text' },
} as const satisfies Record<string, Spec>;

/** Synthetic tables in foreign-key order: each refers only to tables before it. */
const synthetic = {
  expert: {
    id: 'int',
    name: 'text',
    gender: 'text',
    id_number_cipher: 'text',
    id_number_hash: 'text',
    id_number_masked: 'text',
    phone_cipher: 'text?',
    phone_masked: 'text?',
    institution_id: 'int',
    degree: 'text',
    title: 'text',
    discipline: 'text',
    keywords: 'text[]',
    sector_id: 'int?',
    work_started_on: 'date',
    misconduct_on: 'date?',
    banned_until: 'date?',
    top_talent: 'bool',
  },
  enterprise: {
    id: 'int',
    name: 'text',
    credit_code: 'text',
    division_id: 'int',
    sector_id: 'int',
    registered_on: 'date',
    independent_legal_person: 'bool',
    high_tech: 'bool',
    gazelle: 'bool',
    municipal_project: 'bool',
    revenue_fen: 'bigint',
    rd_spending_fen: 'bigint',
    violation_on: 'date?',
    finances_sound: 'bool',
    employees: 'int',
    contact_name: 'text',
    contact_phone_cipher: 'text?',
    contact_phone_masked: 'text?',
    address: 'text',
  },
  enterprise_tie: { id: 'int', enterprise_id: 'int', expert_id: 'int?', institution_id: 'int?', kind: 'text', since: 'date' },
  call: {
    id: 'int',
    year: 'int',
    title: 'text',
    opens_on: 'date',
    closes_on: 'date',
    status: 'text',
    conditions: 'text',
    materials_required: 'text',
    published_at: 'timestamptz?',
  },
  public_notice: {
    id: 'int',
    call_id: 'int',
    title: 'text',
    starts_on: 'date',
    ends_on: 'date',
    channel: 'text',
    status: 'text',
    published_at: 'timestamptz',
  },
  application: {
    id: 'int',
    call_id: 'int',
    enterprise_id: 'int',
    division_id: 'int',
    sector_id: 'int',
    proposed_expert_id: 'int?',
    tech_needs: 'text',
    proposed_position: 'text',
    proposed_service_start: 'date?',
    proposed_service_end: 'date?',
    monthly_allowance_fen: 'bigint',
    stage: 'text',
    on_hold: 'bool',
    priority_recommended: 'bool',
    submitted_at: 'timestamptz?',
    stage_entered_at: 'timestamptz',
    rejection_rule: 'text?',
    rejection_reason: 'text?',
    notice_id: 'int?',
  },
  application_material: {
    id: 'int',
    application_id: 'int',
    kind: 'text',
    file_name: 'text',
    mime_type: 'text',
    size_bytes: 'int',
    sha256: 'text',
    content: 'bytea?',
    uploaded_at: 'timestamptz',
  },
  review_decision: {
    id: 'int',
    application_id: 'int',
    step: 'text',
    decision: 'text',
    from_stage: 'text',
    to_stage: 'text',
    reason: 'text?',
    rule_code: 'text?',
    actor_role: 'text',
    decided_at: 'timestamptz',
  },
  rule_check: {
    id: 'int',
    application_id: 'int',
    rule: 'text',
    article: 'text',
    step: 'text',
    passed: 'bool',
    detail: 'text',
    evaluated_at: 'timestamptz',
  },
  candidate_match: {
    id: 'int',
    application_id: 'int',
    expert_id: 'int',
    score: 'int',
    rationale: 'text',
    enterprise_opinion: 'text',
    institution_opinion: 'text',
    expert_opinion: 'text',
    selected: 'bool',
  },
  objection: {
    id: 'int',
    notice_id: 'int',
    application_id: 'int',
    received_on: 'date',
    content: 'text',
    status: 'text',
    resolved_on: 'date?',
    resolution: 'text?',
  },
  appointment: {
    id: 'int',
    expert_id: 'int',
    enterprise_id: 'int',
    division_id: 'int',
    sector_id: 'int',
    application_id: 'int?',
    origin: 'text',
    cohort_year: 'int',
    position: 'text',
    service_start: 'date',
    service_end: 'date',
    recognition_doc_no: 'text?',
    certificate_no: 'text?',
    recognised_on: 'date?',
    status: 'text',
    ended_on: 'date?',
    end_reason: 'text?',
    monthly_allowance_fen: 'bigint',
  },
  agreement: {
    id: 'int',
    application_id: 'int?',
    appointment_id: 'int?',
    kind: 'text',
    signed_on: 'date',
    service_start: 'date?',
    service_end: 'date?',
    content: 'text',
    ip_ownership: 'text?',
    funding_terms: 'text?',
    monthly_allowance_fen: 'bigint?',
    enterprise_signatory: 'text?',
    document_ref: 'text?',
  },
  evaluation_cycle: { id: 'int', code: 'text', period_start: 'date', period_end: 'date', agency: 'text?', status: 'text' },
  filing_record: {
    id: 'int',
    filing_no: 'text',
    kind: 'text',
    application_id: 'int?',
    evaluation_cycle_id: 'int?',
    division_id: 'int?',
    title: 'text',
    summary: 'text',
    filed_on: 'date',
    status: 'text',
    acknowledged_at: 'timestamptz?',
  },
  evaluation: {
    id: 'int',
    cycle_id: 'int',
    appointment_id: 'int',
    division_id: 'int',
    sector_id: 'int',
    grade: 'text',
    score: 'int?',
    graded_on: 'date',
    remarks: 'text?',
  },
  reward: {
    id: 'int',
    evaluation_id: 'int',
    expert_id: 'int',
    division_id: 'int',
    kind: 'text',
    amount_fen: 'bigint',
    serial_no: 'text?',
    status: 'text',
    granted_on: 'date',
    disbursed_on: 'date?',
  },
  project: {
    id: 'int',
    code: 'text',
    title: 'text',
    appointment_id: 'int',
    enterprise_id: 'int',
    division_id: 'int',
    sector_id: 'int',
    status: 'text',
    enterprise_fen: 'bigint',
    university_fen: 'bigint',
    finance_fen: 'bigint',
    proposed_on: 'date',
    approved_on: 'date?',
    closed_on: 'date?',
    priority: 'bool',
  },
  disbursement: {
    id: 'int',
    project_id: 'int',
    division_id: 'int',
    funder: 'text',
    tranche: 'smallint',
    amount_fen: 'bigint',
    disbursed_on: 'date',
    voucher_no: 'text',
  },
  ledger_entry: {
    id: 'int',
    appointment_id: 'int',
    division_id: 'int',
    service_date: 'date',
    kind: 'text',
    days_on_site: 'smallint',
    content: 'text',
    effect: 'text',
    people_trained: 'smallint',
    confirmation: 'text',
    confirmed_at: 'timestamptz?',
    dispute_reason: 'text?',
  },
  achievement: { id: 'int', appointment_id: 'int', kind: 'text', title: 'text', achieved_on: 'date' },
  ip_application: {
    id: 'int',
    appointment_id: 'int',
    kind: 'text',
    title: 'text',
    application_no: 'text',
    filed_on: 'date',
    status: 'text',
  },
  annual_report: { id: 'int', appointment_id: 'int', year: 'int', submitted_on: 'date', summary: 'text' },
} as const satisfies Record<string, Spec>;

export const REFERENCE_COLUMNS = reference;
export const SYNTHETIC_COLUMNS = synthetic;

export type ReferenceTable = keyof typeof reference;
export type SyntheticTable = keyof typeof synthetic;
export type SeedTable = ReferenceTable | SyntheticTable;
type AllSpecs = typeof reference & typeof synthetic;

/** One database row of a table, keyed by column name. */
export type Row<T extends SeedTable> = { -readonly [K in keyof AllSpecs[T]]: ColumnTs<AllSpecs[T][K]> };

/** Synthetic tables in the order they are written (foreign keys point backwards only). */
export const SYNTHETIC_TABLES = Object.keys(synthetic) as SyntheticTable[];

/** The personal-data columns the generator leaves to the loader, which holds the key. */
export type PiiColumns = 'id_number_cipher' | 'id_number_hash' | 'id_number_masked' | 'phone_cipher' | 'phone_masked';
export type ContactPiiColumns = 'contact_phone_cipher' | 'contact_phone_masked';

/** An expert as generated: clear resident ID and phone, encrypted by the loader. */
export type ExpertSeed = Omit<Row<'expert'>, PiiColumns> & { id_number: string; phone: string | null };
/** An enterprise as generated: clear contact phone, encrypted by the loader. */
export type EnterpriseSeed = Omit<Row<'enterprise'>, ContactPiiColumns> & { contact_phone: string | null };

/** What the generator produces for each synthetic table. */
export type GeneratedTables = {
  [T in SyntheticTable]: T extends 'expert' ? ExpertSeed[] : T extends 'enterprise' ? EnterpriseSeed[] : Row<T>[];
};
