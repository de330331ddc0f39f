/**
 * Independent computations of the dashboard's figures, straight from the seeded tables (plain
 * SQL as the superuser, arithmetic in JavaScript), written apart from the code under test.
 * `division` (a division id) restricts everything to one county, as a county bureau sees it.
 */
import type pg from 'pg';

export const AS_OF = '2026-11-20';
export const YEAR_START = '2026-01-01';

type Db = pg.Pool;

const n = (v: unknown) => Number(v ?? 0);

export async function divisionId(db: Db, code: string): Promise<number> {
  const { rows } = await db.query('select id from division where code = $1', [code]);
  return rows[0].id as number;
}

/** `and <alias>.division_id = $k` when restricted to a county. */
function county(alias: string, division: number | null, params: unknown[]): string {
  if (division === null) return '';
  params.push(division);
  return ` and ${alias}.division_id = $${params.length}`;
}

/** With an explicit period, active experts are those whose service overlaps it. */
export async function expectedHeadline(db: Db, division: number | null, from = YEAR_START, to = AS_OF, period = false) {
  const q = async (text: string, extra: string) => {
    const params: unknown[] = [from, to];
    const { rows } = await db.query(text.replace('{county}', county(extra, division, params)), params);
    return rows[0];
  };
  const overlap = period ? 'and a.service_start <= $2 and coalesce(a.ended_on, a.service_end) >= $1' : 'and $1::date <= $2::date';
  const active = await q(`select count(distinct a.expert_id) as n from appointment a where a.status = 'ACTIVE' ${overlap} {county}`, 'a');
  const served = await q(
    `select count(distinct a.enterprise_id) as n from appointment a
      where a.service_start <= $2 and coalesce(a.ended_on, a.service_end) >= $1 {county}`,
    'a',
  );
  const ledger = await q(
    `select count(*) as n, coalesce(sum(l.days_on_site), 0) as days, coalesce(sum(l.people_trained), 0) as trained
       from ledger_entry l where l.service_date >= $1 and l.service_date <= $2 and l.confirmation in ('PENDING', 'CONFIRMED') {county}`,
    'l',
  );
  const ips = await q(
    `select count(*) as n from ip_application i join appointment a on a.id = i.appointment_id
      where i.filed_on >= $1 and i.filed_on <= $2 {county}`,
    'a',
  );
  const approved = await q(
    `select coalesce(sum(j.enterprise_fen) + sum(j.university_fen) + sum(j.finance_fen), 0) as fen from project j
      where j.approved_on >= $1 and j.approved_on <= $2 {county}`,
    'j',
  );
  const disbursed = await q(
    `select coalesce(sum(d.amount_fen), 0) as fen from disbursement d where d.disbursed_on >= $1 and d.disbursed_on <= $2 {county}`,
    'd',
  );
  return {
    from,
    to,
    activeExperts: n(active.n),
    enterprisesServed: n(served.n),
    ledgerServices: n(ledger.n),
    daysOnSite: n(ledger.days),
    trainees: n(ledger.trained),
    ipApplications: n(ips.n),
    approvedFen: n(approved.fen),
    disbursedFen: n(disbursed.fen),
  };
}

const DAY = 86_400_000;
const days = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);

/** Art. 7 per appointed expert, computed in JavaScript from the raw rows. */
export async function expectedCompliance(db: Db, division: number | null) {
  const params: unknown[] = [AS_OF];
  const { rows: appts } = await db.query(
    `select a.id, a.division_id, to_char(a.service_start, 'YYYY-MM-DD') as start from appointment a
      where a.status = 'ACTIVE' and a.service_start <= $1 ${county('a', division, params)}`,
    params,
  );
  const values = new Map<number, Record<string, number>>();
  for (const a of appts)
    values.set(a.id, {
      TECH_SERVICES: 0,
      DAYS_ON_SITE: 0,
      NEW_ACHIEVEMENTS: 0,
      IP_APPLICATIONS: 0,
      BRIEFINGS_AND_TRAININGS: 0,
      STAFF_TRAINED: 0,
    });
  const { rows: ledger } = await db.query(
    `select appointment_id, kind, days_on_site, people_trained from ledger_entry
      where service_date between $1 and $2 and confirmation <> 'DISPUTED'`,
    [YEAR_START, AS_OF],
  );
  for (const l of ledger) {
    const v = values.get(l.appointment_id);
    if (!v) continue;
    if (l.kind === 'TECH_SERVICE') v.TECH_SERVICES++;
    if (l.kind === 'TRAINING' || l.kind === 'POLICY_BRIEFING') v.BRIEFINGS_AND_TRAININGS++;
    v.DAYS_ON_SITE += l.days_on_site;
    v.STAFF_TRAINED += l.people_trained;
  }
  for (const [table, column, key] of [
    ['achievement', 'achieved_on', 'NEW_ACHIEVEMENTS'],
    ['ip_application', 'filed_on', 'IP_APPLICATIONS'],
  ]) {
    const { rows } = await db.query(`select appointment_id from ${table} where ${column} between $1 and $2`, [YEAR_START, AS_OF]);
    for (const r of rows) {
      const v = values.get(r.appointment_id);
      if (v) v[key]++;
    }
  }
  const targets: Record<string, number> = {
    TECH_SERVICES: 10,
    DAYS_ON_SITE: 30,
    NEW_ACHIEVEMENTS: 1,
    IP_APPLICATIONS: 1,
    BRIEFINGS_AND_TRAININGS: 3,
    STAFF_TRAINED: 10,
  };
  type Group = { appointed: number; meetingAll: number; atRiskAny: number; met: Record<string, number>; atRisk: Record<string, number> };
  const groups = new Map<number | null, Group>();
  const groupOf = (key: number | null) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { appointed: 0, meetingAll: 0, atRiskAny: 0, met: {}, atRisk: {} }));
    return g;
  };
  for (const a of appts) {
    const from = a.start > YEAR_START ? a.start : YEAR_START;
    const elapsed = days(from, AS_OF) + 1;
    const span = days(from, '2026-12-31') + 1;
    const v = values.get(a.id)!;
    let all = true;
    let risk = false;
    for (const g of [groupOf(null), groupOf(a.division_id)]) g.appointed++;
    for (const [code, target] of Object.entries(targets)) {
      const met = v[code] >= target;
      // Projected to year end pro rata: value / elapsed * span < target.
      const atRisk = (v[code] / elapsed) * span < target - 1e-9;
      all &&= met;
      risk ||= atRisk;
      for (const g of [groupOf(null), groupOf(a.division_id)]) {
        g.met[code] = (g.met[code] ?? 0) + (met ? 1 : 0);
        g.atRisk[code] = (g.atRisk[code] ?? 0) + (atRisk ? 1 : 0);
      }
    }
    for (const g of [groupOf(null), groupOf(a.division_id)]) {
      g.meetingAll += all ? 1 : 0;
      g.atRiskAny += risk ? 1 : 0;
    }
  }
  return { groups, targets };
}

export async function expectedSectorSpread(db: Db, division: number | null) {
  const params: unknown[] = [];
  const c = county('a', division, params);
  const { rows: bySector } = await db.query(
    `select s.code, s.priority, count(a.id) as appointments,
            count(distinct a.expert_id) filter (where a.status = 'ACTIVE') as active
       from sector s left join appointment a on a.sector_id = s.id ${c}
      group by s.code, s.priority order by s.code`,
    params,
  );
  const { rows: byInstitution } = await db.query(
    `select s.code as sector, i.code as institution, count(*) as appointments
       from appointment a join sector s on s.id = a.sector_id join expert x on x.id = a.expert_id join institution i on i.id = x.institution_id
      where true ${c} group by s.code, i.code`,
    params,
  );
  const { rows: byCounty } = await db.query(
    `select s.code as sector, d.code as county, count(*) as appointments,
            count(*) filter (where a.status = 'ACTIVE') as active
       from appointment a join sector s on s.id = a.sector_id join division d on d.id = a.division_id
      where true ${c} group by s.code, d.code`,
    params,
  );
  const { rows: appts } = await db.query(
    `select s.code as sector, extract(year from a.service_start)::int as y0,
            extract(year from coalesce(a.ended_on, a.service_end))::int as y1
       from appointment a join sector s on s.id = a.sector_id where true ${c}`,
    params,
  );
  const trend = new Map<string, { started: number; inService: number }>();
  for (const a of appts) {
    for (let y = a.y0; y <= Math.min(a.y1, 2026); y++) {
      const key = `${y}:${a.sector}`;
      const t = trend.get(key) ?? { started: 0, inService: 0 };
      t.inService++;
      if (y === a.y0) t.started++;
      trend.set(key, t);
    }
  }
  return { bySector, byInstitution, byCounty, trend };
}

const STAGES = [
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
];
const WAITING = ['SUBMITTED', 'COUNTY_APPROVED', 'CITY_APPROVED', 'MATCHED', 'PARTY_APPROVED', 'FILED', 'IN_NOTICE'];

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The pipeline of one call (all counties, or one), from applications and their decision history. */
export async function expectedPipeline(db: Db, callYear: number, division: number | null) {
  const params: unknown[] = [callYear];
  const { rows: apps } = await db.query(
    `select p.id, p.stage, p.on_hold, to_char(p.stage_entered_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as entered
       from application p join call c on c.id = p.call_id where c.year = $1 ${county('p', division, params)}`,
    params,
  );
  const ids = apps.map((a) => a.id);
  const { rows: decisions } = await db.query(
    `select application_id, from_stage, to_stage, decided_at, id from review_decision where application_id = any($1::int[])
      order by application_id, decided_at, id`,
    [ids],
  );
  const reached = new Map<string, Set<number>>(STAGES.map((s) => [s, new Set<number>()]));
  const stays = new Map<string, number[]>(STAGES.map((s) => [s, []]));
  for (const a of apps) reached.get(a.stage)?.add(a.id);
  const byApp = new Map<number, typeof decisions>();
  for (const d of decisions) {
    if (d.from_stage === d.to_stage) continue;
    byApp.set(d.application_id, [...(byApp.get(d.application_id) ?? []), d]);
  }
  for (const list of byApp.values()) {
    list.forEach((d, i) => {
      reached.get(d.to_stage)?.add(d.application_id);
      const next = list[i + 1];
      if (next && stays.has(d.to_stage)) stays.get(d.to_stage)!.push((next.decided_at.getTime() - d.decided_at.getTime()) / DAY);
    });
  }
  const waits = new Map<string, { n: number; onHold: number; days: number[] }>();
  for (const a of apps) {
    if (!WAITING.includes(a.stage)) continue;
    const w = waits.get(a.stage) ?? { n: 0, onHold: 0, days: [] };
    w.n++;
    if (a.on_hold) w.onHold++;
    w.days.push(Math.max(0, days(a.entered, AS_OF)));
    waits.set(a.stage, w);
  }
  return { applications: apps.length, reached, stays, waits };
}

export async function expectedGrades(db: Db, division: number | null) {
  const params: unknown[] = [];
  const { rows: grades } = await db.query(
    `select c.code, e.grade, count(*) as n from evaluation e join evaluation_cycle c on c.id = e.cycle_id
      where true ${county('e', division, params)} group by c.code, e.grade`,
    params,
  );
  const p2: unknown[] = [];
  const { rows: rewards } = await db.query(
    `select c.code, count(*) as granted, coalesce(sum(r.amount_fen) filter (where r.kind = 'CASH'), 0) as cash,
            count(*) filter (where r.kind = 'GOLD_CARD_B') as gold
       from reward r join evaluation e on e.id = r.evaluation_id join evaluation_cycle c on c.id = e.cycle_id
      where true ${county('e', division, p2)} group by c.code`,
    p2,
  );
  const p3: unknown[] = [];
  const { rows: revoked } = await db.query(
    `select c.code, count(*) as n from evaluation e join evaluation_cycle c on c.id = e.cycle_id join appointment a on a.id = e.appointment_id
      where e.grade = 'UNQUALIFIED' and a.status = 'REVOKED' ${county('e', division, p3)} group by c.code`,
    p3,
  );
  const p4: unknown[] = [];
  const { rows: byInstitution } = await db.query(
    `select c.code, i.code as institution, count(*) as n, count(*) filter (where e.grade = 'EXCELLENT') as excellent
       from evaluation e join evaluation_cycle c on c.id = e.cycle_id join appointment a on a.id = e.appointment_id
       join expert x on x.id = a.expert_id join institution i on i.id = x.institution_id
      where true ${county('e', division, p4)} group by c.code, i.code`,
    p4,
  );
  return { grades, rewards, revoked, byInstitution };
}

export async function expectedFunds(db: Db, division: number | null) {
  const params: unknown[] = [];
  const c = county('j', division, params);
  const { rows: total } = await db.query(
    `select count(*) as projects, coalesce(sum(enterprise_fen), 0) as e, coalesce(sum(university_fen), 0) as u, coalesce(sum(finance_fen), 0) as f,
            coalesce(sum(enterprise_fen + university_fen + finance_fen) filter (where approved_on is not null), 0) as approved
       from project j where true ${c}`,
    params,
  );
  const { rows: paid } = await db.query(
    `select d.funder, sum(d.amount_fen) as fen from disbursement d join project j on j.id = d.project_id where true ${c} group by d.funder`,
    params,
  );
  const { rows: bySector } = await db.query(
    `select s.code, count(j.id) as projects, coalesce(sum(j.finance_fen), 0) as f from sector s left join project j on j.sector_id = s.id ${c}
      group by s.code`,
    params,
  );
  const { rows: byYear } = await db.query(
    `select extract(year from proposed_on)::int as year, count(*) as projects, sum(enterprise_fen) as e from project j where true ${c} group by 1 order by 1`,
    params,
  );
  const { rows: top } = await db.query(
    `select code from project j where true ${c} order by enterprise_fen + university_fen + finance_fen desc, id limit 5`,
    params,
  );
  return { total: total[0], paid, bySector, byYear, top };
}
