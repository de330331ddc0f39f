// Relative imports carry .js: these pure modules are also compiled by the tests as Node ESM.
/**
 * The dashboard's global filters (year, county, sector), kept in the URL so a link reproduces
 * the view, and their translation into each list's GraphQL filter. Pure functions.
 *
 * What "year" means per record: appointments → cohort year (入选年度); applications → call year;
 * evaluations → cycles covering that year; projects → year proposed; disbursements → year paid;
 * ledger entries → year of service.
 */
import type {
  ApplicationFilter,
  AppointmentFilter,
  DisbursementFilter,
  EvaluationFilter,
  LedgerEntryFilter,
  ProjectFilter,
} from '../gql/graphql.js';

export interface GlobalFilters {
  year?: number;
  /** Division code (GB/T 2260 or the zone's code). */
  county?: string;
  /** Sector code. */
  sector?: string;
}

export const FILTER_KEYS = ['year', 'county', 'sector'] as const;

export function parseFilters(search: URLSearchParams): GlobalFilters {
  const f: GlobalFilters = {};
  const year = Number(search.get('year'));
  if (Number.isInteger(year) && year >= 2000 && year <= 2100) f.year = year;
  const county = search.get('county');
  if (county && /^[A-Za-z0-9-]{2,20}$/.test(county)) f.county = county;
  const sector = search.get('sector');
  if (sector && /^[A-Z0-9_]{2,40}$/.test(sector)) f.sector = sector;
  return f;
}

/** Applies a change to the URL's query: undefined removes a key; other keys are kept. */
export function withFilters(search: URLSearchParams, patch: Partial<Record<string, string | number | undefined>>): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined || v === '') next.delete(k);
    else next.set(k, String(v));
  }
  next.sort();
  return next;
}

function yearRange(year: number): { gte: string; lte: string } {
  return { gte: `${year}-01-01`, lte: `${year}-12-31` };
}

function place(f: GlobalFilters) {
  return {
    ...(f.county ? { division: { code: { eq: f.county } } } : {}),
    ...(f.sector ? { sector: { code: { eq: f.sector } } } : {}),
  };
}

export function appointmentWhere(f: GlobalFilters, extra: AppointmentFilter = {}): AppointmentFilter {
  return { ...place(f), ...(f.year ? { cohortYear: { eq: f.year } } : {}), ...extra };
}

export function applicationWhere(f: GlobalFilters, extra: ApplicationFilter = {}): ApplicationFilter {
  return { ...place(f), ...(f.year ? { call: { year: { eq: f.year } } } : {}), ...extra };
}

export function evaluationWhere(f: GlobalFilters, extra: EvaluationFilter = {}): EvaluationFilter {
  const cycle = f.year ? { cycle: { periodStart: { lte: `${f.year}-12-31` }, periodEnd: { gte: `${f.year}-01-01` } } } : {};
  return { ...place(f), ...cycle, ...extra };
}

export function projectWhere(f: GlobalFilters, extra: ProjectFilter = {}): ProjectFilter {
  return { ...place(f), ...(f.year ? { proposedOn: yearRange(f.year) } : {}), ...extra };
}

export function disbursementWhere(f: GlobalFilters, extra: DisbursementFilter = {}): DisbursementFilter {
  return {
    ...(f.county ? { division: { code: { eq: f.county } } } : {}),
    ...(f.sector ? { project: { sector: { code: { eq: f.sector } } } } : {}),
    ...(f.year ? { disbursedOn: yearRange(f.year) } : {}),
    ...extra,
  };
}

export function ledgerWhere(f: GlobalFilters, extra: LedgerEntryFilter = {}): LedgerEntryFilter {
  return {
    ...(f.county ? { division: { code: { eq: f.county } } } : {}),
    ...(f.sector ? { appointment: { sector: { code: { eq: f.sector } } } } : {}),
    ...(f.year ? { serviceDate: yearRange(f.year) } : {}),
    ...extra,
  };
}
