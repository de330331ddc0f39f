/**
 * The permission matrix (docs/permissions.md shows it as a table): which roles may read which
 * records, which rows of them, and who sees personal data in clear. The GraphQL layer applies
 * it to lists, look-ups, nested fields and aggregates alike; PostgreSQL row-level security
 * (migration `row_level_security`) enforces the same row scopes a second time.
 */
import type { FilterQuery } from '@mikro-orm/core';
import type { Viewer } from '../../graphql/context';
import { Role } from './role';

const BUSINESS: Role[] = [
  Role.LEADERSHIP,
  Role.ANALYST,
  Role.ORG_DEPT,
  Role.ST_BUREAU,
  Role.COUNTY_BUREAU,
  Role.FINANCE,
  Role.HR,
  Role.EVALUATION_AGENCY,
  Role.ENTERPRISE,
  Role.EXPERT,
];
const CITY_WIDE: Role[] = [Role.LEADERSHIP, Role.ANALYST, Role.ORG_DEPT, Role.ST_BUREAU];
const WORKFLOW: Role[] = [...CITY_WIDE, Role.COUNTY_BUREAU];
const SELF_SERVICE: Role[] = [Role.ENTERPRISE, Role.EXPERT];

/** Who may read each kind of record (before row scoping). */
export const READERS: Record<string, Role[]> = {
  // Reference data: every signed-in account, administrators included.
  Division: [...BUSINESS, Role.ADMIN],
  Sector: [...BUSINESS, Role.ADMIN],
  Institution: [...BUSINESS, Role.ADMIN],
  WorkCalendarDay: [...BUSINESS, Role.ADMIN],
  Call: BUSINESS,
  PublicNotice: BUSINESS,
  EvaluationCycle: BUSINESS,
  // The programme's records.
  Expert: [...WORKFLOW, Role.FINANCE, Role.HR, Role.EVALUATION_AGENCY, ...SELF_SERVICE],
  Enterprise: [...WORKFLOW, Role.FINANCE, Role.HR, Role.EVALUATION_AGENCY, ...SELF_SERVICE],
  EnterpriseTie: [...WORKFLOW, Role.ENTERPRISE],
  Application: [...WORKFLOW, ...SELF_SERVICE],
  ReviewDecision: [...WORKFLOW, ...SELF_SERVICE],
  RuleCheck: [...WORKFLOW, ...SELF_SERVICE],
  ApplicationMaterial: [...WORKFLOW, Role.ENTERPRISE],
  CandidateMatch: [...WORKFLOW, ...SELF_SERVICE],
  Objection: WORKFLOW,
  Appointment: [...WORKFLOW, Role.FINANCE, Role.HR, Role.EVALUATION_AGENCY, ...SELF_SERVICE],
  Agreement: [...WORKFLOW, ...SELF_SERVICE],
  LedgerEntry: [...WORKFLOW, Role.EVALUATION_AGENCY, ...SELF_SERVICE],
  LedgerEvidence: [...WORKFLOW, Role.EVALUATION_AGENCY, ...SELF_SERVICE],
  Achievement: [...WORKFLOW, Role.EVALUATION_AGENCY, ...SELF_SERVICE],
  IpApplication: [...WORKFLOW, Role.EVALUATION_AGENCY, ...SELF_SERVICE],
  AnnualReport: [...WORKFLOW, Role.EVALUATION_AGENCY, ...SELF_SERVICE],
  Evaluation: [...WORKFLOW, Role.FINANCE, Role.HR, Role.EVALUATION_AGENCY, ...SELF_SERVICE],
  Reward: [...WORKFLOW, Role.FINANCE, Role.HR, Role.EXPERT],
  Project: [...WORKFLOW, Role.FINANCE, ...SELF_SERVICE],
  Disbursement: [...WORKFLOW, Role.FINANCE, ...SELF_SERVICE],
  FilingRecord: WORKFLOW,
  // Administration.
  User: [Role.ADMIN],
  AuditLog: [Role.ADMIN, Role.ORG_DEPT],
};

/** Roles that see resident ID and phone numbers in clear (each clear read is audited). */
export const CLEAR_PERSONAL_DATA: Role[] = [Role.ST_BUREAU, Role.ORG_DEPT];

export function canRead(resource: string, viewer: Viewer | null): boolean {
  return !!viewer && (READERS[resource] ?? []).includes(viewer.role);
}

type Scope = FilterQuery<object>;
type ScopeBuilder = (id: number) => Scope;

interface RowPaths {
  county?: ScopeBuilder;
  enterprise?: ScopeBuilder;
  expert?: ScopeBuilder;
}

const byDivision: ScopeBuilder = (d) => ({ division: d });
const viaApplication = (inner: (id: number) => Scope) => (id: number) => ({ application: inner(id) });
const viaAppointment = (inner: (id: number) => Scope) => (id: number) => ({ appointment: inner(id) });

const APPLICATION: Required<RowPaths> = {
  county: byDivision,
  enterprise: (e) => ({ enterprise: e }),
  expert: (x) => ({ proposedExpert: x }),
};
const APPOINTMENT: Required<RowPaths> = {
  county: byDivision,
  enterprise: (e) => ({ enterprise: e }),
  expert: (x) => ({ expert: x }),
};

/**
 * The rows each scoped role may see, per resource. A resource absent here is not row-scoped
 * (reference data); a scoped role with no path for a resource sees none of it.
 */
const ROW_PATHS: Record<string, RowPaths> = {
  Enterprise: {
    county: byDivision,
    enterprise: (e) => ({ id: e }),
    expert: (x) => ({ appointments: { expert: x } }),
  },
  EnterpriseTie: { county: (d) => ({ enterprise: { division: d } }), enterprise: (e) => ({ enterprise: e }) },
  Expert: {
    county: (d) => ({ $or: [{ appointments: { division: d } }, { applications: { division: d } }] }),
    enterprise: (e) => ({ $or: [{ appointments: { enterprise: e } }, { applications: { enterprise: e } }, { invitedBy: e }] }),
    expert: (x) => ({ id: x }),
  },
  Application: APPLICATION,
  ReviewDecision: {
    county: viaApplication(APPLICATION.county),
    enterprise: viaApplication(APPLICATION.enterprise),
    expert: viaApplication(APPLICATION.expert),
  },
  RuleCheck: {
    county: viaApplication(APPLICATION.county),
    enterprise: viaApplication(APPLICATION.enterprise),
    expert: viaApplication(APPLICATION.expert),
  },
  ApplicationMaterial: { county: viaApplication(APPLICATION.county), enterprise: viaApplication(APPLICATION.enterprise) },
  CandidateMatch: {
    county: viaApplication(APPLICATION.county),
    enterprise: viaApplication(APPLICATION.enterprise),
    expert: (x) => ({ expert: x }),
  },
  Objection: { county: viaApplication(APPLICATION.county) },
  Appointment: APPOINTMENT,
  Agreement: {
    county: (d) => ({ $or: [{ application: { division: d } }, { appointment: { division: d } }] }),
    enterprise: (e) => ({ $or: [{ application: { enterprise: e } }, { appointment: { enterprise: e } }] }),
    expert: (x) => ({ $or: [{ application: { proposedExpert: x } }, { appointment: { expert: x } }] }),
  },
  LedgerEntry: { county: byDivision, enterprise: viaAppointment(APPOINTMENT.enterprise), expert: viaAppointment(APPOINTMENT.expert) },
  LedgerEvidence: {
    county: (d) => ({ entry: { division: d } }),
    enterprise: (e) => ({ entry: { appointment: { enterprise: e } } }),
    expert: (x) => ({ entry: { appointment: { expert: x } } }),
  },
  Achievement: {
    county: viaAppointment(byDivision),
    enterprise: viaAppointment(APPOINTMENT.enterprise),
    expert: viaAppointment(APPOINTMENT.expert),
  },
  IpApplication: {
    county: viaAppointment(byDivision),
    enterprise: viaAppointment(APPOINTMENT.enterprise),
    expert: viaAppointment(APPOINTMENT.expert),
  },
  AnnualReport: {
    county: viaAppointment(byDivision),
    enterprise: viaAppointment(APPOINTMENT.enterprise),
    expert: viaAppointment(APPOINTMENT.expert),
  },
  Evaluation: { county: byDivision, enterprise: viaAppointment(APPOINTMENT.enterprise), expert: viaAppointment(APPOINTMENT.expert) },
  Reward: { county: byDivision, expert: (x) => ({ expert: x }) },
  Project: { county: byDivision, enterprise: (e) => ({ enterprise: e }), expert: viaAppointment(APPOINTMENT.expert) },
  Disbursement: {
    county: byDivision,
    enterprise: (e) => ({ project: { enterprise: e } }),
    expert: (x) => ({ project: { appointment: { expert: x } } }),
  },
  FilingRecord: { county: byDivision },
};

let applicationScoping = true;

/**
 * Tests only: switches the application-level row scoping off, to prove that PostgreSQL's
 * row-level security alone still keeps every county to its own rows. Never used by the server.
 */
export function setApplicationScopingForTests(enabled: boolean): void {
  applicationScoping = enabled;
}

/** Record types whose rows are scoped for county, enterprise and expert accounts. */
export const ROW_SCOPED_RESOURCES = Object.keys(ROW_PATHS);

/** Matches no row: used when a scoped role has no path to a resource, or lacks its binding. */
const NOTHING: Scope = { id: { $lt: 0 } };

/**
 * The extra condition on `resource` for this viewer: null when all rows are visible.
 * Callers must already have checked `canRead`.
 */
export function rowScope(resource: string, viewer: Viewer | null): Scope | null {
  if (!applicationScoping) return null;
  if (!viewer) return NOTHING;
  const paths = ROW_PATHS[resource];
  if (!paths) return null;
  switch (viewer.role) {
    case Role.COUNTY_BUREAU:
      return paths.county && viewer.divisionId ? paths.county(viewer.divisionId) : NOTHING;
    case Role.ENTERPRISE:
      return paths.enterprise && viewer.enterpriseId ? paths.enterprise(viewer.enterpriseId) : NOTHING;
    case Role.EXPERT:
      return paths.expert && viewer.expertId ? paths.expert(viewer.expertId) : NOTHING;
    default:
      return null;
  }
}

/** The PostgreSQL session settings that the row-level security policies read. */
export function databaseScope(viewer: Viewer | null): Record<string, string> {
  if (!viewer) return { 'techvp.scope': 'none' };
  switch (viewer.role) {
    case Role.COUNTY_BUREAU:
      return { 'techvp.scope': 'county', 'techvp.division_id': String(viewer.divisionId ?? -1) };
    case Role.ENTERPRISE:
      return { 'techvp.scope': 'enterprise', 'techvp.enterprise_id': String(viewer.enterpriseId ?? -1) };
    case Role.EXPERT:
      return { 'techvp.scope': 'expert', 'techvp.expert_id': String(viewer.expertId ?? -1) };
    case Role.ADMIN:
      return { 'techvp.scope': 'admin' };
    default:
      return { 'techvp.scope': 'all' };
  }
}
