/**
 * Which pages each account may open: by role (leadership views are not for self-service or
 * administrator accounts) and by the record types the server says it may read (`me.readable`).
 * The server enforces the same again on every query; this only keeps the menu honest.
 */
export type PageKey =
  | 'overview'
  | 'sectors'
  | 'pipelines'
  | 'evaluations'
  | 'funds'
  | 'appointments'
  | 'applications'
  | 'projects'
  | 'evaluationList'
  | 'filings'
  | 'import'
  | 'analyst';

const VIEWERS = ['LEADERSHIP', 'ANALYST', 'ORG_DEPT', 'ST_BUREAU', 'COUNTY_BUREAU', 'FINANCE', 'HR', 'EVALUATION_AGENCY'];
const EVERYONE_BUT_ADMIN = [...VIEWERS, 'ENTERPRISE', 'EXPERT'];
/**
 * Roles that may import at least one kind of spreadsheet: the union of the server's
 * `importRoles` (docs/spreadsheets.md, "Who may import"). The import page offers each viewer
 * only the kinds `/api/spreadsheets/meta` lists for its role; test/browser/import.test.ts
 * checks that this list equals the meta's union.
 */
export const IMPORTERS = ['ST_BUREAU', 'COUNTY_BUREAU', 'EXPERT', 'EVALUATION_AGENCY'];

interface PageRule {
  roles: string[];
  /** Record types the page reads; all must be readable. */
  reads: string[];
}

export const PAGE_RULES: Record<PageKey, PageRule> = {
  overview: { roles: VIEWERS, reads: ['Appointment'] },
  sectors: { roles: VIEWERS, reads: ['Appointment'] },
  pipelines: { roles: VIEWERS, reads: ['Application'] },
  evaluations: { roles: VIEWERS, reads: ['Evaluation'] },
  funds: { roles: VIEWERS, reads: ['Project'] },
  appointments: { roles: EVERYONE_BUT_ADMIN, reads: ['Appointment'] },
  applications: { roles: EVERYONE_BUT_ADMIN, reads: ['Application'] },
  projects: { roles: EVERYONE_BUT_ADMIN, reads: ['Project'] },
  evaluationList: { roles: EVERYONE_BUT_ADMIN, reads: ['Evaluation'] },
  filings: { roles: ['ORG_DEPT', 'ST_BUREAU', 'LEADERSHIP', 'COUNTY_BUREAU'], reads: ['FilingRecord'] },
  // Reads no GraphQL list: the page is drawn from /api/spreadsheets/meta.
  import: { roles: IMPORTERS, reads: [] },
  analyst: { roles: ['ANALYST', 'ST_BUREAU', 'ADMIN'], reads: [] },
};

export function canOpen(page: PageKey, role: string, readable: readonly string[]): boolean {
  const rule = PAGE_RULES[page];
  return rule.roles.includes(role) && rule.reads.every((r) => readable.includes(r));
}

export function pagesFor(role: string, readable: readonly string[]): PageKey[] {
  return (Object.keys(PAGE_RULES) as PageKey[]).filter((p) => canOpen(p, role, readable));
}

/** Where an account lands after signing in. */
export function homeOf(role: string, readable: readonly string[]): string {
  if (role === 'ORG_DEPT' && canOpen('filings', role, readable)) return '/filings';
  // An enterprise account works at its desk (app/desks.tsx).
  if (role === 'ENTERPRISE') return '/desk/enterprise';
  const pages = pagesFor(role, readable);
  if (pages.includes('overview')) return '/';
  const first = pages[0];
  return first ? PAGE_PATHS[first] : '/';
}

export const PAGE_PATHS: Record<PageKey, string> = {
  overview: '/',
  sectors: '/sectors',
  pipelines: '/pipelines',
  evaluations: '/evaluations',
  funds: '/funds',
  appointments: '/appointments',
  applications: '/applications',
  projects: '/projects',
  evaluationList: '/evaluation-records',
  filings: '/filings',
  import: '/import',
  analyst: '/analyst',
};
