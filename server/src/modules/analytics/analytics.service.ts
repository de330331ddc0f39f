/**
 * The dashboard's analytics: turns a filter and the viewer into repository parameters, runs
 * one statement per panel and shapes its JSON into the GraphQL types, with zeros where there
 * is no data.
 *
 * Answers are cached in memory with EXACT invalidation (docs/analytics.md): every tracked
 * table has a write counter that a statement trigger moves on, under a shared advisory lock
 * held until the writer's commit. A request reads all counters once; a cached answer is used
 * only when the counters of the tables its panel reads are unchanged. A fresh answer is stored
 * only when, after reading the counters, no writer of those tables was in flight: then every
 * write counted is committed and visible to the statement that follows, so a stored answer is
 * never older than its counters. On a read replica counters prove nothing and nothing is cached.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { chinaDate } from '../../domain/china-time';
import { badInput } from '../../graphql/errors';
import { Role } from '../identity/role';
import {
  AnalyticsParams,
  complianceSql,
  Executor,
  fundsSql,
  gradesSql,
  headlineSql,
  INDICATORS,
  noJitSql,
  Panel,
  PANEL_TABLES,
  PIPELINE_STAGES,
  pipelinesSql,
  runDocument,
  sectorSpreadSql,
  SUPPORT_CAP_FEN,
  versionsSql,
  writersIdleSql,
  yearToDate,
} from './analytics.repository';
import type { Sql } from './sql';

/** What the service needs to know about the viewer (no GraphQL types here). */
export interface AnalyticsViewer {
  role: Role;
  divisionId: number | null;
}

export interface AnalyticsFilter {
  callYear?: number | null;
  period?: { from: string; to: string } | null;
  counties?: string[] | null;
  sectors?: string[] | null;
}

export interface Ref {
  id: number;
  code: string;
  nameZh: string;
  nameEn: string;
}

const MAX_CODES = 100;
export const MAX_PROJECT_PAGE = 500;
export const DEFAULT_PROJECT_PAGE = 20;

// ---- the answer cache --------------------------------------------------------------------

type Versions = Record<string, number>;

interface CacheEntry {
  versions: number[];
  value: unknown;
}

/** A bounded LRU map of answers with the table counters they were computed at. */
export class AnswerCache {
  private readonly entries = new Map<string, CacheEntry>();
  hits = 0;
  misses = 0;

  constructor(private readonly capacity = 1000) {}

  get(key: string, versions: number[]): unknown {
    const entry = this.entries.get(key);
    if (!entry || entry.versions.length !== versions.length || entry.versions.some((v, i) => v !== versions[i])) {
      this.misses++;
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.hits++;
    return entry.value;
  }

  set(key: string, versions: number[], value: unknown): void {
    this.entries.delete(key);
    this.entries.set(key, { versions, value });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  clear(): void {
    this.entries.clear();
  }
}

/** One cache per server process; its answers are checked against the database on every use. */
export const answerCache = new AnswerCache();

/** The counters read at the start of each request (keyed by the request's EntityManager). */
const requestVersions = new WeakMap<EntityManager, Promise<Versions | null>>();

// ---- helpers -----------------------------------------------------------------------------

function share(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 10000) / 10000 : 0;
}

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

function refOf(row: Record<string, unknown>): Ref {
  return { id: Number(row.id), code: String(row.code), nameZh: String(row.nameZh), nameEn: String(row.nameEn) };
}

function gradeCounts(row: Record<string, unknown> | undefined) {
  const total = num(row?.total);
  const excellent = num(row?.excellent);
  const good = num(row?.good);
  const qualified = num(row?.qualified);
  const unqualified = num(row?.unqualified);
  return {
    total,
    excellent,
    good,
    qualified,
    unqualified,
    excellentShare: share(excellent, total),
    goodShare: share(good, total),
    qualifiedShare: share(qualified, total),
    unqualifiedShare: share(unqualified, total),
  };
}

interface SplitRow {
  projects?: unknown;
  enterprise?: unknown;
  university?: unknown;
  finance?: unknown;
  approved_projects?: unknown;
  approved?: unknown;
  paid_enterprise?: unknown;
  paid_university?: unknown;
  paid_finance?: unknown;
}

function fundSplit(row: SplitRow | undefined) {
  const enterpriseFen = num(row?.enterprise);
  const universityFen = num(row?.university);
  const financeFen = num(row?.finance);
  const totalFen = enterpriseFen + universityFen + financeFen;
  const disbursedEnterpriseFen = num(row?.paid_enterprise);
  const disbursedUniversityFen = num(row?.paid_university);
  const disbursedFinanceFen = num(row?.paid_finance);
  const disbursedFen = disbursedEnterpriseFen + disbursedUniversityFen + disbursedFinanceFen;
  const approvedFen = num(row?.approved);
  return {
    projects: num(row?.projects),
    enterpriseFen,
    universityFen,
    financeFen,
    totalFen,
    enterpriseShare: share(enterpriseFen, totalFen),
    universityShare: share(universityFen, totalFen),
    financeShare: share(financeFen, totalFen),
    approvedProjects: num(row?.approved_projects),
    approvedFen,
    disbursedFen,
    disbursedEnterpriseFen,
    disbursedUniversityFen,
    disbursedFinanceFen,
    disbursedShare: share(disbursedFen, approvedFen),
  };
}

// ---- the service -------------------------------------------------------------------------

export class AnalyticsService {
  private readonly exec: Executor;

  constructor(
    private readonly em: EntityManager,
    private readonly viewer: AnalyticsViewer,
    private readonly cache: AnswerCache = answerCache,
  ) {
    this.exec = async (statement: Sql) => {
      const { sql, values } = statement.toKnex();
      return em.execute(sql, values);
    };
  }

  /** asOf as given, else today in China time. */
  static asOf(given?: string | null): string {
    return given ?? chinaDate();
  }

  /** Repository parameters for a filter, with the viewer's county scope. */
  params(filter: AnalyticsFilter | null | undefined, asOf: string): AnalyticsParams {
    const f = filter ?? {};
    for (const field of ['counties', 'sectors'] as const) {
      const list = f[field];
      if (list && list.length > MAX_CODES)
        throw badInput(field, `${field} 最多 ${MAX_CODES} 项 / "${field}" takes at most ${MAX_CODES} codes`);
    }
    if (f.callYear !== null && f.callYear !== undefined && (f.callYear < 2000 || f.callYear > 2100)) {
      throw badInput('callYear', 'callYear 须为 2000 到 2100 之间的年份 / "callYear" must be a year from 2000 to 2100');
    }
    // A county bureau sees its own division only; an unbound one sees nothing.
    const scopeDivisionId = this.viewer.role === Role.COUNTY_BUREAU ? (this.viewer.divisionId ?? -1) : null;
    return {
      scopeDivisionId,
      counties: f.counties ? [...new Set(f.counties)].sort() : null,
      sectors: f.sectors ? [...new Set(f.sectors)].sort() : null,
      callYear: f.callYear ?? null,
      period: f.period ? { from: f.period.from, to: f.period.to } : null,
      asOf,
    };
  }

  private versions(): Promise<Versions | null> {
    let pending = requestVersions.get(this.em);
    if (!pending) {
      pending = this.exec(versionsSql()).then(([row]) => (row?.versions ?? null) as Versions | null);
      requestVersions.set(this.em, pending);
    }
    return pending;
  }

  /** The answer from the cache when its tables are unchanged, else computed (and cached when safe). */
  private async cached<T>(panel: Panel, key: unknown, compute: () => Promise<T>): Promise<T> {
    const tables = PANEL_TABLES[panel];
    const all = await this.versions();
    if (!all) {
      await this.exec(noJitSql());
      return compute();
    }
    const versions = tables.map((t) => {
      if (!(t in all)) throw new Error(`analytics: no write counter for table ${t}`);
      return all[t];
    });
    const cacheKey = `${panel}:${JSON.stringify(key)}`;
    const hit = this.cache.get(cacheKey, versions);
    if (hit !== undefined) return hit as T;
    const [row] = await this.exec(writersIdleSql(tables));
    const value = await compute();
    if (row?.idle === true) this.cache.set(cacheKey, versions, value);
    return value;
  }

  async headline(filter: AnalyticsFilter | null | undefined, asOf: string) {
    const p = this.params(filter, asOf);
    return this.cached('headline', p, async () => {
      const doc = await runDocument<Record<string, unknown>>(this.exec, headlineSql(p));
      const ledger = (doc.ledger ?? {}) as Record<string, unknown>;
      return {
        from: String(doc.from),
        to: String(doc.to),
        activeExperts: num(doc.activeExperts),
        enterprisesServed: num(doc.enterprisesServed),
        ledgerServices: num(ledger.services),
        daysOnSite: num(ledger.days),
        trainees: num(ledger.trained),
        ipApplications: num(doc.ipApplications),
        approvedFen: num(doc.approvedFen),
        disbursedFen: num(doc.disbursedFen),
      };
    });
  }

  async indicatorCompliance(filter: AnalyticsFilter | null | undefined, asOf: string) {
    const p = this.params(filter, asOf);
    return this.cached('indicatorCompliance', p, async () => {
      type G = { divisionId: number | null; appointed: number; meetingAll: number; atRiskAny: number };
      type I = { divisionId: number | null; code: string; met: number; atRisk: number };
      const doc = await runDocument<{ divisions: Ref[]; groups: G[]; indicators: I[] }>(this.exec, complianceSql(p));
      const group = (division: Ref | null) => {
        const id = division ? division.id : null;
        const g = doc.groups.find((r) => r.divisionId === id);
        const appointed = num(g?.appointed);
        return {
          division,
          appointedExperts: appointed,
          meetingAll: num(g?.meetingAll),
          atRiskAny: num(g?.atRiskAny),
          indicators: INDICATORS.map(({ code, target }) => {
            const r = doc.indicators.find((x) => x.divisionId === id && x.code === code);
            const met = num(r?.met);
            const atRisk = num(r?.atRisk);
            return { indicator: code, target, met, share: share(met, appointed), atRisk, atRiskShare: share(atRisk, appointed) };
          }),
        };
      };
      return {
        asOf,
        yearStart: yearToDate(asOf).from,
        total: group(null),
        byCounty: doc.divisions.map((d) => group(refOf(d as never))),
      };
    });
  }

  async sectorSpread(filter: AnalyticsFilter | null | undefined, asOf: string) {
    const p = this.params(filter, asOf);
    return this.cached('sectorSpread', p, async () => {
      type S = Ref & { priority: boolean };
      type C = { sectorId: number; appointments: number; active: number };
      const doc = await runDocument<{
        sectors: S[];
        bySector: C[];
        byCounty: Array<C & { division: Ref }>;
        byInstitution: Array<C & { institution: Ref }>;
        trend: Array<{ year: number; sectorId: number; started: number; inService: number }>;
      }>(this.exec, sectorSpreadSql(p));
      const sectorById = new Map(doc.sectors.map((s) => [s.id, s]));
      const ref = (id: number): Ref => refOf(sectorById.get(id) as never);
      const appointments = doc.bySector.reduce((n, r) => n + num(r.appointments), 0);
      const active = doc.bySector.reduce((n, r) => n + num(r.active), 0);
      const priority = doc.bySector.filter((r) => sectorById.get(r.sectorId)?.priority);
      const priorityAppointments = priority.reduce((n, r) => n + num(r.appointments), 0);
      const priorityActive = priority.reduce((n, r) => n + num(r.active), 0);
      return {
        totals: {
          appointments,
          activeExperts: active,
          priorityAppointments,
          priorityShare: share(priorityAppointments, appointments),
          priorityActiveExperts: priorityActive,
          priorityActiveShare: share(priorityActive, active),
        },
        sectors: doc.sectors.map((s) => {
          const r = doc.bySector.find((x) => x.sectorId === s.id);
          return {
            sector: refOf(s as never),
            priority: s.priority,
            appointments: num(r?.appointments),
            activeExperts: num(r?.active),
            share: share(num(r?.appointments), appointments),
          };
        }),
        byCounty: doc.byCounty.map((r) => ({
          sector: ref(r.sectorId),
          key: refOf(r.division as never),
          appointments: num(r.appointments),
          activeExperts: num(r.active),
        })),
        byInstitution: doc.byInstitution.map((r) => ({
          sector: ref(r.sectorId),
          key: refOf(r.institution as never),
          appointments: num(r.appointments),
          activeExperts: num(r.active),
        })),
        trend: doc.trend.map((r) => ({ year: num(r.year), sector: ref(r.sectorId), started: num(r.started), inService: num(r.inService) })),
      };
    });
  }

  async countyPipelines(filter: AnalyticsFilter | null | undefined, asOf: string) {
    const p = this.params(filter, asOf);
    return this.cached('countyPipelines', p, async () => {
      type K = { divisionId: number | null; callYear: number };
      const doc = await runDocument<{
        divisions: Ref[];
        calls: number[];
        applications: Array<K & { n: number }>;
        reached: Array<K & { stage: string; n: number }>;
        stays: Array<K & { stage: string; visits: number; medianDays: number | null }>;
        waits: Array<K & { stage: string; n: number; onHold: number; medianDays: number | null; maxDays: number | null }>;
      }>(this.exec, pipelinesSql(p));
      const same = (a: K, divisionId: number | null, callYear: number) => a.divisionId === divisionId && a.callYear === callYear;
      const pipeline = (division: Ref | null, callYear: number) => {
        const id = division ? division.id : null;
        const reached = (stage: string) => num(doc.reached.find((r) => same(r, id, callYear) && r.stage === stage)?.n);
        return {
          division,
          callYear,
          applications: num(doc.applications.find((r) => same(r, id, callYear))?.n),
          stages: PIPELINE_STAGES.map((stage, i) => {
            const stay = doc.stays.find((r) => same(r, id, callYear) && r.stage === stage);
            const wait = doc.waits.find((r) => same(r, id, callYear) && r.stage === stage);
            const inPipeline = i > 0 && i < 8;
            return {
              stage,
              reached: reached(stage),
              conversionRate: inPipeline ? share(reached(stage), reached(PIPELINE_STAGES[i - 1])) : null,
              medianDaysInStage: stay?.medianDays == null ? null : Number(stay.medianDays),
              completedStays: num(stay?.visits),
              waiting: num(wait?.n),
              onHold: num(wait?.onHold),
              medianWaitingDays: wait?.medianDays == null ? null : Number(wait.medianDays),
              maxWaitingDays: wait?.maxDays == null ? null : Number(wait.maxDays),
            };
          }),
        };
      };
      return {
        asOf,
        pipelines: doc.calls.flatMap((year) => [pipeline(null, year), ...doc.divisions.map((d) => pipeline(refOf(d as never), year))]),
      };
    });
  }

  async evaluationGrades(filter: AnalyticsFilter | null | undefined, asOf: string) {
    const p = this.params(filter, asOf);
    return this.cached('evaluationGrades', p, async () => {
      type Cycle = { id: number; code: string; periodStart: string; periodEnd: string; status: string };
      type Counts = Record<string, unknown> & { cycleId: number };
      const doc = await runDocument<{
        cycles: Cycle[];
        byCycle: Array<Counts & { revoked: number }>;
        rewards: Array<{ cycleId: number; granted: number; cash: number; cashPaid: number; goldCards: number; certificates: number }>;
        byCounty: Array<Counts & { key: Ref }>;
        bySector: Array<Counts & { key: Ref }>;
        byInstitution: Array<Counts & { key: Ref }>;
      }>(this.exec, gradesSql(p));
      const codeOf = new Map(doc.cycles.map((c) => [c.id, c.code]));
      const breakdown = (rows: Array<Counts & { key: Ref }>) =>
        rows.map((r) => ({ cycleCode: codeOf.get(r.cycleId) ?? '', key: refOf(r.key as never), grades: gradeCounts(r) }));
      return {
        cycles: doc.cycles.map((c) => {
          const g = doc.byCycle.find((r) => r.cycleId === c.id);
          const rw = doc.rewards.find((r) => r.cycleId === c.id);
          return {
            cycle: c,
            grades: gradeCounts(g),
            rewardsGranted: num(rw?.granted),
            cashRewardFen: num(rw?.cash),
            cashPaidFen: num(rw?.cashPaid),
            goldCards: num(rw?.goldCards),
            certificates: num(rw?.certificates),
            appointmentsRevoked: num(g?.revoked),
          };
        }),
        byCounty: breakdown(doc.byCounty),
        bySector: breakdown(doc.bySector),
        byInstitution: breakdown(doc.byInstitution),
      };
    });
  }

  async coInnovationFunds(
    filter: AnalyticsFilter | null | undefined,
    asOf: string,
    page: { limit?: number | null; offset?: number | null } = {},
  ) {
    const limit = page.limit ?? DEFAULT_PROJECT_PAGE;
    const offset = page.offset ?? 0;
    if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PROJECT_PAGE)
      throw badInput(
        'projectLimit',
        `projectLimit 须在 0 到 ${MAX_PROJECT_PAGE} 之间 / "projectLimit" must be between 0 and ${MAX_PROJECT_PAGE}`,
      );
    if (!Number.isInteger(offset) || offset < 0)
      throw badInput('projectOffset', 'projectOffset 不得为负 / "projectOffset" may not be negative');
    const p = this.params(filter, asOf);
    return this.cached('coInnovationFunds', { ...p, limit, offset }, async () => {
      type Split = SplitRow & { kind: string; sector_id: number | null; division_id: number | null; year: number | null };
      type Project = SplitRow & {
        id: number;
        code: string;
        title: string;
        status: string;
        division_id: number;
        sector_id: number;
        proposed_on: string;
        approved_on: string | null;
      };
      type Flag = {
        id: number;
        code: string;
        title: string;
        status: string;
        enterprise: number;
        university: number;
        finance: number;
        below_half: boolean;
        above_cap: boolean;
      };
      const doc = await runDocument<{
        divisions: Ref[];
        sectors: Array<Ref & { priority: boolean }>;
        splits: Split[];
        projectCount: number;
        projects: Project[];
        flagged: Flag[];
      }>(this.exec, fundsSql(p, { limit, offset }));
      const total = doc.splits.find((s) => s.kind === 'total');
      const divisionRef = new Map(doc.divisions.map((d) => [d.id, refOf(d as never)]));
      const sectorRef = new Map(doc.sectors.map((s) => [s.id, refOf(s as never)]));
      return {
        total: fundSplit(total),
        bySector: doc.sectors.map((s) => ({
          key: refOf(s as never),
          split: fundSplit(doc.splits.find((x) => x.kind === 'sector' && x.sector_id === s.id)),
        })),
        byCounty: doc.divisions.map((d) => ({
          key: refOf(d as never),
          split: fundSplit(doc.splits.find((x) => x.kind === 'county' && x.division_id === d.id)),
        })),
        byYear: doc.splits
          .filter((x) => x.kind === 'year')
          .sort((a, b) => num(a.year) - num(b.year))
          .map((x) => ({ year: num(x.year), split: fundSplit(x) })),
        projectCount: num(doc.projectCount),
        projects: doc.projects.map((x) => ({
          projectId: x.id,
          code: x.code,
          title: x.title,
          status: x.status,
          division: divisionRef.get(x.division_id)!,
          sector: sectorRef.get(x.sector_id)!,
          proposedOn: x.proposed_on,
          approvedOn: x.approved_on,
          split: fundSplit({
            ...x,
            projects: 1,
            approved_projects: x.approved ? 1 : 0,
            approved: x.approved ? num(x.enterprise) + num(x.university) + num(x.finance) : 0,
          }),
        })),
        flagged: doc.flagged.map((x) => {
          const support = num(x.university) + num(x.finance);
          return {
            projectId: x.id,
            code: x.code,
            title: x.title,
            status: x.status,
            enterpriseFen: num(x.enterprise),
            supportFen: support,
            enterpriseShare: share(num(x.enterprise), num(x.enterprise) + support),
            rules: [...(x.below_half ? ['ENTERPRISE_BELOW_HALF'] : []), ...(support > SUPPORT_CAP_FEN ? ['SUPPORT_ABOVE_CAP'] : [])],
          };
        }),
      };
    });
  }
}
