/**
 * The deterministic generator of synthetic Liaocheng data: a pure function of (seed, scale,
 * asOf). It uses its own seeded PRNG and never reads the clock, so the same inputs give the
 * same rows, ids included, on every machine.
 *
 * The story it tells, as of `asOf` (default 2026-11-20):
 * - legacy appointments of cohorts 2021–2024, begun before the measures and brought under
 *   them by Art. 23 (no application);
 * - biennial evaluations 2022-2023 and 2024-2025 with all four grades and their consequences;
 * - the 2025 call (closed; recognised in two notice batches) and the 2026 call (still open,
 *   with applications at every stage of Art. 12, including objections in the public notice);
 * - the service ledger, achievements, IP applications, annual reports, co-innovation
 *   projects with their disbursements, and the filings with the Organisation Department.
 * `scale` multiplies enterprises, experts, applications, appointments and all that follows
 * them; divisions, sectors, institutions and calls stay as they are.
 */
import type { Rng } from '../random';
import { type ReferenceRows } from '../reference';
import { AGENCIES } from '../vocab';
import type { GeneratedTables } from '../schema';
import { finalizeAppointments, legacyCohort } from './appointments';
import { Ctx } from './context';
import { dayNum } from './days';
import { cycle, Evaluations } from './evaluation';
import { People } from './people';
import { type AppSpec, type CallInfo, type NoticeInfo, Pipeline } from './pipeline';
import { projects } from './projects';
import type { Rule } from './rules';
import { service } from './service';

export interface GenerateOptions {
  /** Any number or string; the same seed gives the same data. */
  seed?: number | string;
  /** 1 is the city as it is (~600 enterprises, ~450 experts); 50 gives tens of thousands of appointments. */
  scale?: number;
  /** The day the data describes, `YYYY-MM-DD`, between 2026-09-01 and 2027-06-30. */
  asOf?: string;
}

export interface GeneratedData {
  seed: number | string;
  scale: number;
  asOf: string;
  /** Reference rows numbered in file order; the loader maps them to the database's ids by code. */
  reference: ReferenceRows;
  tables: GeneratedTables;
}

export const DEFAULT_SEED = 20250701;
export const DEFAULT_AS_OF = '2026-11-20';

/** Rows per scale unit that must be present: legacy cohorts by year. */
const LEGACY: [number, number][] = [
  [2021, 60],
  [2022, 75],
  [2023, 95],
  [2024, 105],
];

const REJECT_RULES_2025: [Rule, number][] = [
  ['E1', 3],
  ['E2', 2],
  ['E3', 2],
  ['E4', 2],
  ['E5', 2],
  ['E6', 2],
  ['N1', 3],
  ['N2', 2],
  ['N3', 3],
  ['N4', 3],
  ['N5', 2],
];
const REJECT_RULES_2026: [Rule, number][] = [
  ['E1', 2],
  ['E2', 1],
  ['E3', 1],
  ['E4', 2],
  ['E5', 2],
  ['E6', 1],
  ['N1', 2],
  ['N2', 1],
  ['N3', 2],
  ['N4', 2],
  ['N5', 1],
];

export function generate(options: GenerateOptions = {}): GeneratedData {
  const seed = options.seed ?? DEFAULT_SEED;
  const scale = options.scale ?? 1;
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`scale must be a positive number, not ${scale}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(dayNum(asOf)) || asOf < '2026-09-01' || asOf > '2027-06-30') {
    throw new RangeError(`asOf must be a date from 2026-09-01 to 2027-06-30, not "${asOf}"`);
  }

  const ctx = new Ctx(seed, scale, asOf);
  const rng = ctx.rng;
  const people = new People(ctx);
  // Floors keep small scales workable: enough people to staff every stage of both calls.
  people.populate(rng.fork('people'), Math.max(160, Math.round(600 * scale)), Math.max(120, Math.round(450 * scale)));

  const legacyRng = rng.fork('legacy');
  for (const [year, base] of LEGACY) legacyCohort(ctx, legacyRng, year, ctx.count(base));

  const evaluations = new Evaluations(ctx);
  const c1 = cycle(ctx, '2022-2023', '2022-01-01', '2023-12-31', '2024-03-18', null);
  evaluations.run(rng.fork('cycle-2022-2023'), c1);

  const pipeline = new Pipeline(ctx, people);
  const call2025 = pipeline.call(2025, '2025-07-15', '2025-09-30', '2025-07-10', dayNum('2025-12-31'));
  const call2026 = pipeline.call(2026, '2026-05-06', '2026-12-15', '2026-04-28', ctx.asOfN - 1);
  const a = pipeline.notice(call2025, dayNum('2025-11-17'), 1);
  const b = pipeline.notice(call2025, dayNum('2025-12-29'), 2);
  const c = pipeline.notice(call2026, ctx.asOfN - 56, 1);
  const d = pipeline.notice(call2026, ctx.workdayOnOrBefore(ctx.asOfN - 2), 2);

  buildCall2025(ctx, pipeline, rng.fork('call-2025'), call2025, a, b);
  pipeline.appoint(rng.fork('appoint-2025'), 2025);

  const c2 = cycle(ctx, '2024-2025', '2024-01-01', '2025-12-31', '2026-03-16', AGENCIES[0]);
  evaluations.run(rng.fork('cycle-2024-2025'), c2);

  buildCall2026(ctx, pipeline, rng.fork('call-2026'), call2026, c, d);
  pipeline.appoint(rng.fork('appoint-2026'), 2026);

  finalizeAppointments(ctx, rng.fork('finalize'));
  pipeline.filings(rng.fork('filings'));
  projects(ctx, rng.fork('projects'));
  service(ctx, rng.fork('service'));

  return { seed, scale, asOf, reference: ctx.ref, tables: ctx.t };
}

function times(n: number, spec: () => AppSpec, out: AppSpec[]): void {
  for (let i = 0; i < n; i++) out.push(spec());
}

function buildCall2025(ctx: Ctx, p: Pipeline, rng: Rng, call: CallInfo, a: NoticeInfo, b: NoticeInfo): void {
  const specs: AppSpec[] = [];
  const recognisedA = ctx.count(50);
  times(ctx.count(2), () => ({ kind: 'notice', notice: a, recognise: true, objection: 'DISMISSED' }), specs);
  times(recognisedA, () => ({ kind: 'notice', notice: a, recognise: true }), specs);
  times(ctx.count(30), () => ({ kind: 'notice', notice: b, recognise: true }), specs);
  times(ctx.count(1), () => ({ kind: 'notice', notice: b, objection: 'UPHELD' }), specs);
  for (const [rule, n] of REJECT_RULES_2025) times(ctx.count(n), () => ({ kind: 'reject', rule }), specs);
  times(ctx.count(2), () => ({ kind: 'reject', reasonStep: 'COUNTY_REVIEW' }), specs);
  times(ctx.count(1), () => ({ kind: 'reject', reasonStep: 'CITY_REVIEW' }), specs);
  times(ctx.count(1), () => ({ kind: 'reject', reasonStep: 'MATCHING' }), specs);
  times(ctx.count(1), () => ({ kind: 'reject', reasonStep: 'PARTY_REVIEW' }), specs);
  for (const stage of ['DRAFT', 'SUBMITTED', 'COUNTY_APPROVED', 'CITY_APPROVED'] as const) {
    times(ctx.count(2), () => ({ kind: 'withdraw', stage }), specs);
  }
  for (const spec of specs) p.build(rng, call, spec);
}

function buildCall2026(ctx: Ctx, p: Pipeline, rng: Rng, call: CallInfo, c: NoticeInfo, d: NoticeInfo): void {
  const specs: AppSpec[] = [];
  times(ctx.count(1), () => ({ kind: 'notice', notice: c, recognise: true, objection: 'DISMISSED' }), specs);
  times(ctx.count(21), () => ({ kind: 'notice', notice: c, recognise: true }), specs);
  times(ctx.count(1), () => ({ kind: 'notice', notice: c, objection: 'OPEN' }), specs);
  times(ctx.count(1), () => ({ kind: 'notice', notice: c, objection: 'UPHELD' }), specs);
  times(ctx.count(1), () => ({ kind: 'notice', notice: d, objection: 'OPEN' }), specs);
  times(ctx.count(1), () => ({ kind: 'notice', notice: d, objection: 'DISMISSED' }), specs);
  times(ctx.count(8), () => ({ kind: 'notice', notice: d }), specs);
  const progress: [AppSpec['stage'], number][] = [
    ['FILED', 8],
    ['PARTY_APPROVED', 8],
    ['MATCHED', 10],
    ['CITY_APPROVED', 12],
    ['COUNTY_APPROVED', 12],
    ['SUBMITTED', 14],
  ];
  for (const [stage, n] of progress) times(ctx.count(n), () => ({ kind: 'progress', stage }), specs);
  times(ctx.count(12), () => ({ kind: 'draft' }), specs);
  times(ctx.count(3), () => ({ kind: 'draft', returned: true }), specs);
  for (const [rule, n] of REJECT_RULES_2026) times(ctx.count(n), () => ({ kind: 'reject', rule }), specs);
  times(ctx.count(2), () => ({ kind: 'reject', reasonStep: 'COUNTY_REVIEW' }), specs);
  times(ctx.count(1), () => ({ kind: 'reject', reasonStep: 'CITY_REVIEW' }), specs);
  times(ctx.count(1), () => ({ kind: 'reject', reasonStep: 'MATCHING' }), specs);
  for (const stage of ['DRAFT', 'SUBMITTED', 'COUNTY_APPROVED'] as const) {
    times(ctx.count(stage === 'DRAFT' ? 2 : 1.5), () => ({ kind: 'withdraw', stage }), specs);
  }
  for (const spec of specs) p.build(rng, call, spec);
}
