/**
 * The SQL behind the dashboard's panels. Each panel is ONE statement (one round trip) that
 * returns a JSON document of flat rows; the service shapes it for GraphQL. The statements run
 * inside the request's transaction as `techvp_app`, so row-level security applies; for county
 * viewers every statement ALSO names the division explicitly (`division_id = $d`), so the
 * planner uses the division-leading indexes instead of filtering whole tables through RLS.
 *
 * Filters (AnalyticsParams) mean the same everywhere:
 * - counties / sectors: lists of codes; an empty list matches nothing (zeros), null = all;
 * - callYear: the call's year for applications; the cohort year of appointments otherwise
 *   (an appointment recognised through the 2025 call is cohort 2025);
 * - period: a date window; which date it applies to is stated per panel. from > to = empty.
 * Disputed ledger entries never count.
 */
import { and, raw, Sql, sql, textArray, where } from './sql';

export interface AnalyticsParams {
  /** The county a county-bureau viewer is bound to; null for city-wide viewers. */
  scopeDivisionId: number | null;
  /** Division codes (e.g. 371502); null = no restriction, [] = nothing. */
  counties: string[] | null;
  /** Sector codes (e.g. NEW_ENERGY); null = no restriction, [] = nothing. */
  sectors: string[] | null;
  callYear: number | null;
  period: { from: string; to: string } | null;
  /** "Today" of the question, YYYY-MM-DD in China time. */
  asOf: string;
}

export type Row = Record<string, unknown>;
/** Runs one statement and returns its rows (the request's EntityManager, or `pg` in the benchmark). */
export type Executor = (statement: Sql) => Promise<Row[]>;

/** The tables each panel reads: a write to any of them invalidates the panel's cached answers. */
export const PANEL_TABLES = {
  headline: ['appointment', 'ledger_entry', 'ip_application', 'project', 'disbursement', 'division', 'sector'],
  indicatorCompliance: ['appointment', 'ledger_entry', 'achievement', 'ip_application', 'division', 'sector'],
  sectorSpread: ['appointment', 'expert', 'sector', 'division', 'institution'],
  countyPipelines: ['application', 'review_decision', 'call', 'division', 'sector'],
  evaluationGrades: ['evaluation', 'evaluation_cycle', 'reward', 'appointment', 'expert', 'division', 'sector', 'institution'],
  coInnovationFunds: ['project', 'disbursement', 'appointment', 'division', 'sector'],
} as const;
export type Panel = keyof typeof PANEL_TABLES;

/** Every table whose writes are tracked (migration Migration20261125120000_analytics). */
export const TRACKED_TABLES = [...new Set(Object.values(PANEL_TABLES).flat())].sort();

/** The window "so far this year": 1 January of asOf's year to asOf. */
export function yearToDate(asOf: string): { from: string; to: string } {
  return { from: `${asOf.slice(0, 4)}-01-01`, to: asOf };
}

// ---- filter conditions ------------------------------------------------------------------

/** The viewer's county and the counties filter, on a division-id column. */
function divisionConds(column: string, p: AnalyticsParams): Sql[] {
  const c: Sql[] = [];
  if (p.scopeDivisionId !== null) c.push(sql`${raw(column)} = ${p.scopeDivisionId}`);
  if (p.counties) c.push(sql`${raw(column)} in (select id from division where code = any(${textArray(p.counties)}::text[]))`);
  return c;
}

function sectorConds(column: string, p: AnalyticsParams): Sql[] {
  return p.sectors ? [sql`${raw(column)} in (select id from sector where code = any(${textArray(p.sectors)}::text[]))`] : [];
}

function callYearConds(column: string, p: AnalyticsParams): Sql[] {
  return p.callYear !== null ? [sql`${raw(column)} = ${p.callYear}`] : [];
}

function periodConds(column: string, p: AnalyticsParams): Sql[] {
  return p.period ? [sql`${raw(column)} between ${p.period.from}::date and ${p.period.to}::date`] : [];
}

/** Divisions the answer may show (the viewer's county, the counties filter), for zero-filled grids. */
function divisionsInView(p: AnalyticsParams): Sql {
  return sql`(select coalesce(json_agg(json_build_object('id', d.id, 'code', d.code, 'nameZh', d.name_zh, 'nameEn', d.name_en)
                                       order by d.sort_order), '[]')
              from division d ${where(divisionConds('d.id', p))})`;
}

function sectorsInView(p: AnalyticsParams): Sql {
  return sql`(select coalesce(json_agg(json_build_object('id', s.id, 'code', s.code, 'nameZh', s.name_zh, 'nameEn', s.name_en,
                                                         'priority', s.priority) order by s.sort_order), '[]')
              from sector s ${where(sectorConds('s.id', p))})`;
}

/** The appointment's service overlaps the window (an empty window, from > to, overlaps nothing). */
function overlaps(w: { from: string; to: string }): Sql {
  return sql`a.service_start <= ${w.to}::date and coalesce(a.ended_on, a.service_end) >= ${w.from}::date and ${w.from}::date <= ${w.to}::date`;
}

/** Appointments matching county, sector and cohort (and, with a period, in service during it). */
function appointmentsCte(p: AnalyticsParams, opts: { period: boolean }): Sql {
  const conds = [...divisionConds('a.division_id', p), ...sectorConds('a.sector_id', p), ...callYearConds('a.cohort_year', p)];
  if (opts.period && p.period) {
    conds.push(overlaps(p.period));
  }
  return sql`select a.id, a.expert_id, a.enterprise_id, a.division_id, a.sector_id, a.status, a.cohort_year,
                    a.service_start, coalesce(a.ended_on, a.service_end) as service_stop
               from appointment a
             ${where(conds)}`;
}

// ---- headline ---------------------------------------------------------------------------

/**
 * Conditions on the appointment a row belongs to, as `exists (…)` on the appointment's primary
 * key: row-level security makes the planner expect one row from any filtered scan, so these
 * queries avoid joining derived sets and let each row look its appointment up by key instead.
 * Returns nothing when no appointment-level condition applies.
 */
function appointmentExists(column: string, p: AnalyticsParams, extra: Sql[] = [], opts: { division?: boolean } = {}): Sql[] {
  const conds = [
    ...(opts.division ? divisionConds('a.division_id', p) : []),
    ...sectorConds('a.sector_id', p),
    ...callYearConds('a.cohort_year', p),
    ...extra,
  ];
  return conds.length ? [sql`exists (select 1 from appointment a where a.id = ${raw(column)} ${and(conds)})`] : [];
}

/**
 * Headline figures over a window (the period, else this year up to asOf): active experts
 * (ACTIVE appointments; with a period, those in service during it), enterprises served (an
 * appointment in service during the window), ledger services, days on site and people trained
 * (ledger entries dated in the window), IP applications filed, money approved (three sources
 * of projects approved in the window) and disbursed (disbursements dated in the window).
 */
export function headlineSql(p: AnalyticsParams): Sql {
  const w = p.period ?? yearToDate(p.asOf);
  const apptConds = [...divisionConds('a.division_id', p), ...sectorConds('a.sector_id', p), ...callYearConds('a.cohort_year', p)];
  const inWindow = overlaps(w);
  const activeConds = [sql`a.status = 'ACTIVE'`, ...apptConds, ...(p.period ? [inWindow] : [])];
  const cohortOfProject =
    p.callYear !== null ? [sql`exists (select 1 from appointment a where a.id = j.appointment_id and a.cohort_year = ${p.callYear})`] : [];
  const projectOf = [...divisionConds('j.division_id', p), ...sectorConds('j.sector_id', p), ...cohortOfProject];
  const disbursementConds = [sql`d.disbursed_on between ${w.from}::date and ${w.to}::date`, ...divisionConds('d.division_id', p)];
  if (p.sectors !== null || p.callYear !== null) {
    disbursementConds.push(sql`exists (select 1 from project j where j.id = d.project_id ${and(projectOf)})`);
  }
  return sql`
    select json_build_object(
      'from', ${w.from}::text,
      'to', ${w.to}::text,
      'activeExperts', (select count(distinct a.expert_id) from appointment a ${where(activeConds)}),
      'enterprisesServed', (select count(distinct a.enterprise_id) from appointment a ${where([...apptConds, inWindow])}),
      'ledger', (select json_build_object('services', count(*), 'days', coalesce(sum(l.days_on_site), 0),
                                          'trained', coalesce(sum(l.people_trained), 0))
                   from ledger_entry l
                  where l.service_date between ${w.from}::date and ${w.to}::date
                    and l.confirmation <> 'DISPUTED'
                    ${and([...divisionConds('l.division_id', p), ...appointmentExists('l.appointment_id', p)])}),
      'ipApplications', (select count(*) from ip_application i
                          where i.filed_on between ${w.from}::date and ${w.to}::date
                          ${and(appointmentExists('i.appointment_id', p, [], { division: true }))}),
      'approvedFen', (select coalesce(sum(j.enterprise_fen + j.university_fen + j.finance_fen), 0) from project j
                       where j.approved_on between ${w.from}::date and ${w.to}::date ${and(projectOf)}),
      'disbursedFen', (select coalesce(sum(d.amount_fen), 0) from disbursement d ${where(disbursementConds)})
    ) as doc`;
}

// ---- indicator compliance (Art. 7) --------------------------------------------------------

/** The yearly indicators of Art. 7 with their targets, in display order. */
export const INDICATORS = [
  { code: 'TECH_SERVICES', target: 10 },
  { code: 'DAYS_ON_SITE', target: 30 },
  { code: 'NEW_ACHIEVEMENTS', target: 1 },
  { code: 'IP_APPLICATIONS', target: 1 },
  { code: 'BRIEFINGS_AND_TRAININGS', target: 3 },
  { code: 'STAFF_TRAINED', target: 10 },
] as const;

/**
 * For each appointed expert (ACTIVE appointment begun by asOf), this year's values up to asOf,
 * whether each indicator is met, and whether it is at risk: the value projected pro rata from
 * the days served this year to the days this year's service spans (to 31 December) falls short,
 * i.e. value × span < target × elapsed, in exact integers. The values come from one pass over
 * the ledger, achievements and IP applications (UNION ALL, one GROUP BY), without joins.
 */
export function complianceSql(p: AnalyticsParams): Sql {
  const { from: yearStart, to: asOf } = yearToDate(p.asOf);
  const yearEnd = `${p.asOf.slice(0, 4)}-12-31`;
  const appointed = [sql`a.status = 'ACTIVE'`, sql`a.service_start <= ${asOf}::date`];
  // The appointed experts' rows are fetched appointment by appointment through the
  // (appointment_id, date) indexes: a few thousand index range scans, not a table scan.
  const ofAppointed = (column: string) =>
    sql`${raw(column)} in (select a.id from appointment a ${where([...appointed, ...divisionConds('a.division_id', p), ...sectorConds('a.sector_id', p), ...callYearConds('a.cohort_year', p)])})`;
  const indicators = INDICATORS.map((i, n) => `('${i.code}', ${n + 1}, ${i.target})`).join(', ');
  return sql`
    with facts as (
      select a.id as appointment_id, a.division_id, greatest(a.service_start, ${yearStart}::date) as counted_from,
             0 as services, 0 as days, 0 as achievements, 0 as ips, 0 as briefings, 0 as trained
        from appointment a
       ${where([...appointed, ...divisionConds('a.division_id', p), ...sectorConds('a.sector_id', p), ...callYearConds('a.cohort_year', p)])}
      union all
      select l.appointment_id, null, null,
             (l.kind = 'TECH_SERVICE')::int, l.days_on_site, 0, 0, (l.kind in ('POLICY_BRIEFING', 'TRAINING'))::int, l.people_trained
        from ledger_entry l
       where l.service_date between ${yearStart}::date and ${asOf}::date
         and l.confirmation <> 'DISPUTED'
         ${and(divisionConds('l.division_id', p))}
         and ${ofAppointed('l.appointment_id')}
      union all
      select x.appointment_id, null, null, 0, 0, 1, 0, 0, 0
        from achievement x
       where x.achieved_on between ${yearStart}::date and ${asOf}::date and ${ofAppointed('x.appointment_id')}
      union all
      select i.appointment_id, null, null, 0, 0, 0, 1, 0, 0
        from ip_application i
       where i.filed_on between ${yearStart}::date and ${asOf}::date and ${ofAppointed('i.appointment_id')}
    ),
    per_appointment as materialized (
      select appointment_id as id, max(division_id) as division_id,
             (${yearEnd}::date - max(counted_from)) + 1 as span_days,
             (${asOf}::date - max(counted_from)) + 1 as elapsed_days,
             sum(services) as services, sum(days) as days, sum(achievements) as achievements, sum(ips) as ips,
             sum(briefings) as briefings, sum(trained) as trained
        from facts
       group by appointment_id
    ),
    indicator(code, ord, target) as (values ${raw(indicators)}),
    checks as materialized (
      select pa.id, pa.division_id, i.code, v.value >= i.target as met,
             v.value * pa.span_days < i.target * pa.elapsed_days as at_risk
        from per_appointment pa
       cross join indicator i
       cross join lateral (select case i.code
                                    when 'TECH_SERVICES' then pa.services
                                    when 'DAYS_ON_SITE' then pa.days
                                    when 'NEW_ACHIEVEMENTS' then pa.achievements
                                    when 'IP_APPLICATIONS' then pa.ips
                                    when 'BRIEFINGS_AND_TRAININGS' then pa.briefings
                                    else pa.trained end as value) v
    ),
    experts as (
      select id, division_id, bool_and(met) as all_met, bool_or(at_risk) as any_risk from checks group by id, division_id
    )
    select json_build_object(
      'divisions', ${divisionsInView(p)},
      'groups', (select coalesce(json_agg(g), '[]') from (
                   select division_id as "divisionId", count(*) as appointed,
                          count(*) filter (where all_met) as "meetingAll", count(*) filter (where any_risk) as "atRiskAny"
                     from experts group by grouping sets ((division_id), ())) g),
      'indicators', (select coalesce(json_agg(g), '[]') from (
                   select division_id as "divisionId", code, count(*) filter (where met) as met,
                          count(*) filter (where at_risk) as "atRisk"
                     from checks group by grouping sets ((division_id, code), (code))) g)
    ) as doc`;
}

// ---- sector spread ------------------------------------------------------------------------

/**
 * Appointments and active experts per sector, per sector and county, per sector and sending
 * institution, and per year (started that year / in service during it, up to asOf's year).
 * The period selects appointments in service during it.
 */
export function sectorSpreadSql(p: AnalyticsParams): Sql {
  return sql`
    with a as (
      select s.*, x.institution_id
        from (${appointmentsCte(p, { period: true })}) s
        join expert x on x.id = s.expert_id
    ),
    by_sector as (
      select sector_id, count(*) as appointments, count(distinct expert_id) filter (where status = 'ACTIVE') as active
        from a group by sector_id
    ),
    by_county as (
      select sector_id, division_id, count(*) as appointments, count(distinct expert_id) filter (where status = 'ACTIVE') as active
        from a group by sector_id, division_id
    ),
    by_institution as (
      select sector_id, institution_id, count(*) as appointments, count(distinct expert_id) filter (where status = 'ACTIVE') as active
        from a group by sector_id, institution_id
    ),
    years as (
      select generate_series((select min(extract(year from service_start))::int from a), ${Number(p.asOf.slice(0, 4))}::int) as year
    ),
    trend as (
      select y.year, a.sector_id,
             count(*) filter (where extract(year from a.service_start) = y.year) as started,
             count(*) as in_service
        from years y
        join a on a.service_start <= make_date(y.year, 12, 31) and a.service_stop >= make_date(y.year, 1, 1)
       group by y.year, a.sector_id
    )
    select json_build_object(
      'sectors', ${sectorsInView(p)},
      'bySector', (select coalesce(json_agg(json_build_object('sectorId', sector_id, 'appointments', appointments, 'active', active)), '[]')
                     from by_sector),
      'byCounty', (select coalesce(json_agg(json_build_object('sectorId', b.sector_id, 'appointments', b.appointments, 'active', b.active,
                                 'division', json_build_object('id', d.id, 'code', d.code, 'nameZh', d.name_zh, 'nameEn', d.name_en))
                                 order by b.sector_id, d.sort_order), '[]')
                     from by_county b join division d on d.id = b.division_id),
      'byInstitution', (select coalesce(json_agg(json_build_object('sectorId', b.sector_id, 'appointments', b.appointments, 'active', b.active,
                                 'institution', json_build_object('id', i.id, 'code', i.code, 'nameZh', i.name_zh, 'nameEn', i.name_en))
                                 order by b.sector_id, b.appointments desc, i.id), '[]')
                     from by_institution b join institution i on i.id = b.institution_id),
      'trend', (select coalesce(json_agg(json_build_object('year', year, 'sectorId', sector_id, 'started', started, 'inService', in_service)
                                 order by year, sector_id), '[]')
                  from trend)
    ) as doc`;
}

// ---- county pipelines --------------------------------------------------------------------

/** Stages a case can reach, in pipeline order, then the two ends off the pipeline. */
export const PIPELINE_STAGES = [
  'SUBMITTED',
  'COUNTY_APPROVED',
  'CITY_APPROVED',
  'MATCHED',
  'PARTY_APPROVED',
  'FILED',
  'IN_NOTICE',
  'RECOGNISED',
  'REJECTED',
  'WITHDRAWN',
] as const;
/** Stages a case waits in for someone's decision. */
export const WAITING_STAGES = ['SUBMITTED', 'COUNTY_APPROVED', 'CITY_APPROVED', 'MATCHED', 'PARTY_APPROVED', 'FILED', 'IN_NOTICE'];

/**
 * Per county and call (and per call for all counties in view): applications, how many reached
 * each stage (a review decision moved them there, or they are there now), the median days a
 * stay in each stage lasted (entry to the next stage-changing decision; holds and releases
 * during the notice do not end a stay), and the cases waiting now with how long they have been
 * in their stage at asOf. The period selects applications by their submission date (China time).
 */
export function pipelinesSql(p: AnalyticsParams): Sql {
  const appConds = [
    ...divisionConds('p.division_id', p),
    ...sectorConds('p.sector_id', p),
    ...callYearConds('c.year', p),
    ...periodConds(`(p.submitted_at at time zone 'Asia/Shanghai')::date`, p),
  ];
  const waiting = WAITING_STAGES.map((s) => `'${s}'`).join(', ');
  // Without a filter every application is in p: reading all decisions in one scan beats looking
  // them up application by application (which the planner, blind under row-level security, picks).
  const restrictToP = appConds.length ? raw('and r.application_id in (select id from p)') : raw('');
  return sql`
    with p as (
      select p.id, p.division_id, c.year as call_year, p.stage, p.on_hold, p.stage_entered_at
        from application p
        join call c on c.id = p.call_id
       ${where(appConds)}
    ),
    moves as (
      select r.application_id, r.to_stage as stage, r.decided_at,
             lead(r.decided_at) over (partition by r.application_id order by r.decided_at, r.id) as left_at
        from review_decision r
       where r.from_stage <> r.to_stage
         ${restrictToP}
    ),
    reached as (
      select application_id, stage from moves
      union
      select id, stage from p
    ),
    stays as (
      select p.division_id, p.call_year, m.stage, extract(epoch from m.left_at - m.decided_at) / 86400 as days
        from moves m join p on p.id = m.application_id
       where m.left_at is not null
    ),
    waits as (
      select p.division_id, p.call_year, p.stage, p.on_hold,
             greatest(0, ${p.asOf}::date - (p.stage_entered_at at time zone 'Asia/Shanghai')::date) as days
        from p
       where p.stage in (${raw(waiting)})
    )
    select json_build_object(
      'divisions', ${divisionsInView(p)},
      'calls', (select coalesce(json_agg(c.year order by c.year), '[]') from call c ${where(callYearConds('c.year', p))}),
      'applications', (select coalesce(json_agg(g), '[]') from (
          select division_id as "divisionId", call_year as "callYear", count(*) as n
            from p group by grouping sets ((division_id, call_year), (call_year))) g),
      'reached', (select coalesce(json_agg(g), '[]') from (
          select p.division_id as "divisionId", p.call_year as "callYear", r.stage, count(*) as n
            from reached r join p on p.id = r.application_id
           group by grouping sets ((p.division_id, p.call_year, r.stage), (p.call_year, r.stage))) g),
      'stays', (select coalesce(json_agg(g), '[]') from (
          select division_id as "divisionId", call_year as "callYear", stage, count(*) as visits,
                 round(percentile_cont(0.5) within group (order by days)::numeric, 2) as "medianDays"
            from stays group by grouping sets ((division_id, call_year, stage), (call_year, stage))) g),
      'waits', (select coalesce(json_agg(g), '[]') from (
          select division_id as "divisionId", call_year as "callYear", stage, count(*) as n,
                 count(*) filter (where on_hold) as "onHold",
                 round(percentile_cont(0.5) within group (order by days)::numeric, 2) as "medianDays", max(days) as "maxDays"
            from waits group by grouping sets ((division_id, call_year, stage), (call_year, stage))) g)
    ) as doc`;
}

// ---- evaluation grades -------------------------------------------------------------------

/**
 * Grades per evaluation cycle, overall and by county, sector and sending institution; the
 * rewards granted for those evaluations and the appointments revoked after an unqualified
 * grade. The period selects evaluations by grading date; proposals awaiting the bureau are left out.
 */
export function gradesSql(p: AnalyticsParams): Sql {
  const conds = [
    ...divisionConds('e.division_id', p),
    ...sectorConds('e.sector_id', p),
    ...callYearConds('a.cohort_year', p),
    ...periodConds('e.graded_on', p),
    // Only grades the bureau decided count (Art. 17): an agency's proposal is not a result yet.
    raw(`e.status = 'DECIDED'`),
  ];
  const counts = raw(`count(*) as total,
             count(*) filter (where grade = 'EXCELLENT') as excellent,
             count(*) filter (where grade = 'GOOD') as good,
             count(*) filter (where grade = 'QUALIFIED') as qualified,
             count(*) filter (where grade = 'UNQUALIFIED') as unqualified`);
  const ref = (alias: string) =>
    raw(`json_build_object('id', ${alias}.id, 'code', ${alias}.code, 'nameZh', ${alias}.name_zh, 'nameEn', ${alias}.name_en)`);
  return sql`
    with e as (
      select e.id, e.cycle_id, e.division_id, e.sector_id, x.institution_id, e.grade, a.status as appointment_status
        from evaluation e
        join appointment a on a.id = e.appointment_id
        join expert x on x.id = a.expert_id
       ${where(conds)}
    ),
    rewards as (
      select e.cycle_id, count(*) as granted,
             coalesce(sum(r.amount_fen) filter (where r.kind = 'CASH'), 0) as cash,
             coalesce(sum(r.amount_fen) filter (where r.kind = 'CASH' and r.status = 'DISBURSED'), 0) as cash_paid,
             count(*) filter (where r.kind = 'GOLD_CARD_B') as gold_cards,
             count(*) filter (where r.kind = 'CERTIFICATE') as certificates
        from reward r join e on e.id = r.evaluation_id
       ${where(divisionConds('r.division_id', p))}
       group by e.cycle_id
    )
    select json_build_object(
      'cycles', (select coalesce(json_agg(json_build_object('id', c.id, 'code', c.code, 'periodStart', c.period_start,
                                   'periodEnd', c.period_end, 'status', c.status) order by c.period_start), '[]')
                   from evaluation_cycle c),
      'byCycle', (select coalesce(json_agg(g), '[]') from (
          select cycle_id as "cycleId", ${counts},
                 count(*) filter (where grade = 'UNQUALIFIED' and appointment_status = 'REVOKED') as revoked
            from e group by cycle_id) g),
      'rewards', (select coalesce(json_agg(json_build_object('cycleId', cycle_id, 'granted', granted, 'cash', cash,
                                   'cashPaid', cash_paid, 'goldCards', gold_cards, 'certificates', certificates)), '[]')
                    from rewards),
      'byCounty', (select coalesce(json_agg(g order by g."cycleId", g.sort), '[]') from (
          select e.cycle_id as "cycleId", ${ref('d')} as key, d.sort_order as sort, ${counts}
            from e join division d on d.id = e.division_id group by e.cycle_id, d.id) g),
      'bySector', (select coalesce(json_agg(g order by g."cycleId", g.sort), '[]') from (
          select e.cycle_id as "cycleId", ${ref('s')} as key, s.sort_order as sort, ${counts}
            from e join sector s on s.id = e.sector_id group by e.cycle_id, s.id) g),
      'byInstitution', (select coalesce(json_agg(g order by g."cycleId", g.total desc, g.sort), '[]') from (
          select e.cycle_id as "cycleId", ${ref('i')} as key, i.id as sort, ${counts}
            from e join institution i on i.id = e.institution_id group by e.cycle_id, i.id) g)
    ) as doc`;
}

// ---- co-innovation funds (Art. 4, 20, 21) -------------------------------------------------

/** Art. 20: the enterprise funds at least half; support (university + finance) at most 1,000,000 yuan. */
export const SUPPORT_CAP_FEN = 100_000_000;

/**
 * The three-way split (enterprise / university / finance) of the projects' funds, in total and
 * by sector, county and year of proposal; money approved (projects with an approval date)
 * against money disbursed; the projects by size; and every project breaking Art. 20 (the
 * database only lets such a row exist while it is PROPOSED). The period selects projects by
 * proposal date. Amounts are exact integer fen.
 */
export function fundsSql(p: AnalyticsParams, page: { limit: number; offset: number }): Sql {
  // A disbursement carries its project's division: the county is matched on it directly.
  const otherConds = [
    ...sectorConds('j.sector_id', p),
    ...(p.callYear !== null
      ? [sql`exists (select 1 from appointment a where a.id = j.appointment_id and a.cohort_year = ${p.callYear})`]
      : []),
    ...periodConds('j.proposed_on', p),
  ];
  const projectConds = [...divisionConds('j.division_id', p), ...otherConds];
  const paidConds = divisionConds('d.division_id', p);
  if (otherConds.length) paidConds.push(sql`exists (select 1 from project j where j.id = d.project_id ${and(otherConds)})`);
  // Projects and their disbursements in one pass (UNION ALL, one GROUP BY): no join between
  // derived sets, whose sizes row-level security hides from the planner.
  return sql`
    with facts as (
      select j.id as project_id, j.code, j.title, j.status, j.division_id, j.sector_id, j.proposed_on, j.approved_on,
             j.enterprise_fen, j.university_fen, j.finance_fen,
             0::bigint as paid_enterprise, 0::bigint as paid_university, 0::bigint as paid_finance
        from project j
       ${where(projectConds)}
      union all
      select d.project_id, null, null, null, null, null, null, null, null, null, null,
             case when d.funder = 'ENTERPRISE' then d.amount_fen else 0 end,
             case when d.funder = 'UNIVERSITY' then d.amount_fen else 0 end,
             case when d.funder = 'FINANCE' then d.amount_fen else 0 end
        from disbursement d
       ${where(paidConds)}
    ),
    f as materialized (
      select project_id as id, max(code) as code, max(title) as title, max(status) as status,
             max(division_id) as division_id, max(sector_id) as sector_id,
             max(proposed_on) as proposed_on, max(approved_on) as approved_on,
             extract(year from max(proposed_on))::int as year,
             max(enterprise_fen) as enterprise_fen, max(university_fen) as university_fen, max(finance_fen) as finance_fen,
             max(enterprise_fen) + max(university_fen) + max(finance_fen) as total_fen,
             max(approved_on) is not null as approved,
             sum(paid_enterprise) as paid_enterprise, sum(paid_university) as paid_university, sum(paid_finance) as paid_finance
        from facts
       group by project_id
      having count(code) > 0
    ),
    splits as (
      select case grouping(sector_id, division_id, year) when 7 then 'total' when 3 then 'sector' when 5 then 'county' else 'year' end as kind,
             sector_id, division_id, year,
             count(*) as projects,
             sum(enterprise_fen) as enterprise, sum(university_fen) as university, sum(finance_fen) as finance,
             count(*) filter (where approved) as approved_projects,
             coalesce(sum(total_fen) filter (where approved), 0) as approved,
             sum(paid_enterprise) as paid_enterprise, sum(paid_university) as paid_university, sum(paid_finance) as paid_finance
        from f
       group by grouping sets ((), (sector_id), (division_id), (year))
    )
    select json_build_object(
      'divisions', ${divisionsInView(p)},
      'sectors', ${sectorsInView(p)},
      'splits', (select coalesce(json_agg(s), '[]') from splits s),
      'projectCount', (select count(*) from f),
      'projects', (select coalesce(json_agg(t), '[]') from (
          select id, code, title, status, division_id, sector_id, proposed_on, approved_on,
                 enterprise_fen as enterprise, university_fen as university, finance_fen as finance, approved,
                 paid_enterprise, paid_university, paid_finance
            from f order by total_fen desc, id limit ${page.limit} offset ${page.offset}) t),
      'flagged', (select coalesce(json_agg(t order by t.id), '[]') from (
          select id, code, title, status, enterprise_fen as enterprise, university_fen as university, finance_fen as finance,
                 enterprise_fen < university_fen + finance_fen as below_half,
                 university_fen + finance_fen > ${SUPPORT_CAP_FEN} as above_cap
            from f
           where enterprise_fen < university_fen + finance_fen or university_fen + finance_fen > ${SUPPORT_CAP_FEN}) t)
    ) as doc`;
}

// ---- change tracking (exact cache invalidation) -------------------------------------------

/** Current write counters of the tracked tables; null on a read replica (cannot be trusted there). */
export function versionsSql(): Sql {
  return sql`select analytics_versions() as versions`;
}

/** True when no transaction writing any of these tables is in flight (and this one wrote nothing). */
export function writersIdleSql(tables: readonly string[]): Sql {
  return sql`select analytics_writers_idle(${textArray(tables)}::text[]) as idle, ${noJit()}`;
}

/**
 * Row-level security hides row counts from the planner, whose inflated cost estimates would
 * switch on JIT compilation (~1 s at scale 50) for statements that run in tens of ms. The
 * setting is local to the request's transaction.
 */
function noJit(): Sql {
  return raw(`set_config('jit', 'off', true) as jit`);
}

export function noJitSql(): Sql {
  return sql`select ${noJit()}`;
}

/** Runs a panel statement and returns its JSON document. */
export async function runDocument<T>(exec: Executor, statement: Sql): Promise<T> {
  const [row] = await exec(statement);
  const doc = row?.doc;
  return (typeof doc === 'string' ? JSON.parse(doc) : doc) as T;
}
