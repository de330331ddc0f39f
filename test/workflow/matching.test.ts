/**
 * Two-way selection's recommendations (Art. 12.4) on a hand-made set of experts whose needs
 * text, sectors, experience and conflicts are chosen so that the ranking and the exclusions are
 * known: the needs are about deuterated drugs and ruthenium-palladium catalysis, words the
 * synthetic city data never uses, so no seeded expert can match the text.
 */
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TestServer } from '../support/server';
import { CREATE_APPLICATION, demoBindings, draft, fails, ok, openCall, today } from './support';

const NEEDS = '氘代药物分子的钌钯协同催化合成工艺放大与杂质控制';
const PERFECT = ['氘代药物', '钌钯催化', '杂质控制'];

let seq = 0;

/** A hand-made expert: a doctorate and senior title, working since 2005, no record; overrides as given. */
async function buildExpert(
  sql: pg.Pool,
  o: { name: string; institutionId: number; sectorId: number | null; keywords: string[]; bannedUntil?: string; discipline?: string },
): Promise<number> {
  const n = `${process.pid}${++seq}`.padStart(12, '0').slice(-12);
  const { rows } = await sql.query(
    `insert into expert (name, gender, id_number_cipher, id_number_hash, id_number_masked, institution_id, degree, title,
                         discipline, keywords, sector_id, work_started_on, banned_until)
     values ($1, 'FEMALE', 'test-cipher', $2, $3, $4, 'DOCTORATE', 'SENIOR', $5, $6, $7, '2005-09-01', $8) returning id`,
    [
      o.name,
      `matching-test-${n}`,
      `370102********${n.slice(-4)}`,
      o.institutionId,
      o.discipline ?? '药物化学',
      o.keywords,
      o.sectorId,
      o.bannedUntil ?? null,
    ],
  );
  return rows[0].id;
}

/** An appointment of `expertId` at another enterprise, ACTIVE or COMPLETED. */
async function buildAppointment(sql: pg.Pool, expertId: number, enterpriseId: number, status: 'ACTIVE' | 'COMPLETED'): Promise<void> {
  await sql.query(
    `insert into appointment (expert_id, enterprise_id, division_id, sector_id, origin, cohort_year, position, service_start, service_end,
                              status, monthly_allowance_fen)
     select $1, e.id, e.division_id, e.sector_id, 'LEGACY', 2023, 'DEPUTY_CHIEF_ENGINEER', $3::date, ($3::date + interval '3 years')::date,
            $4, 200000
       from enterprise e where e.id = $2`,
    [expertId, enterpriseId, status === 'ACTIVE' ? today() : '2021-01-01', status],
  );
}

const RECOMMEND = `query($a: Int!, $first: Int) { recommendedExperts(applicationId: $a, first: $first) {
  applicationId sectorName considered excludedTotal
  ranked { rank expertId name score candidateId components { component points max explanation } }
  excluded { expertId name score conflicts { rule article passed detail } }
} }`;

interface Component {
  component: string;
  points: number;
  max: number;
  explanation: string;
}
interface Ranked {
  rank: number;
  expertId: number;
  score: number;
  candidateId: number | null;
  components: Component[];
}
interface Excluded {
  expertId: number;
  score: number;
  conflicts: Array<{ rule: string; article: string; passed: boolean; detail: string }>;
}
interface Recommendations {
  considered: number;
  excludedTotal: number;
  ranked: Ranked[];
  excluded: Excluded[];
}

describe('recommended experts for two-way selection (Art. 12.4)', () => {
  let api: TestServer;
  let bureau: string;
  let applicationId: number;
  const x: Record<string, number> = {};

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    bureau = await api.login('bureau');
    const enterprise = await api.login('enterprise');
    const ids = await demoBindings(api.db.sql);
    const sql = api.db.sql;
    const { rows: ent } = await sql.query('select sector_id from enterprise where id = $1', [ids.enterpriseId]);
    const sectorId: number = ent[0].sector_id;
    const { rows: other } = await sql.query('select id from sector where id <> $1 order by id limit 1', [sectorId]);
    // Two institutions without a tie to the enterprise; the second then gets one (N2 by institution).
    const { rows: inst } = await sql.query(
      `select i.id from institution i where not exists (select 1 from enterprise_tie t where t.enterprise_id = $1 and t.institution_id = i.id)
        order by i.id limit 2`,
      [ids.enterpriseId],
    );
    const [home, tied] = inst.map((r) => r.id as number);
    const { rows: elsewhere } = await sql.query('select id from enterprise where id <> $1 order by id limit 1', [ids.enterpriseId]);

    x.best = await buildExpert(sql, { name: '测试甲', institutionId: home, sectorId, keywords: PERFECT });
    await buildAppointment(sql, x.best, elsewhere[0].id, 'COMPLETED');
    x.second = await buildExpert(sql, { name: '测试乙', institutionId: home, sectorId, keywords: ['氘代药物', '合成工艺'] });
    x.otherSector = await buildExpert(sql, { name: '测试丙', institutionId: home, sectorId: other[0].id, keywords: PERFECT });
    x.serving = await buildExpert(sql, { name: '测试丁', institutionId: home, sectorId, keywords: PERFECT });
    await buildAppointment(sql, x.serving, elsewhere[0].id, 'ACTIVE');
    x.banned = await buildExpert(sql, { name: '测试戊', institutionId: home, sectorId, keywords: PERFECT, bannedUntil: '2099-01-01' });
    x.founder = await buildExpert(sql, { name: '测试己', institutionId: home, sectorId, keywords: PERFECT });
    await sql.query(`insert into enterprise_tie (enterprise_id, expert_id, kind, since) values ($1, $2, 'FOUNDER', '2019-05-01')`, [
      ids.enterpriseId,
      x.founder,
    ]);
    x.tiedInstitution = await buildExpert(sql, { name: '测试庚', institutionId: tied, sectorId, keywords: PERFECT });
    await sql.query(`insert into enterprise_tie (enterprise_id, institution_id, kind, since) values ($1, $2, 'INVESTOR', '2020-03-01')`, [
      ids.enterpriseId,
      tied,
    ]);

    const year = Number(today().slice(0, 4)) + 1;
    const callId = await openCall(api, bureau, year);
    const created = await ok<{ createApplication: { id: number } }>(api, enterprise, CREATE_APPLICATION, {
      input: draft(callId, null, { techNeeds: NEEDS }),
    });
    applicationId = created.createApplication.id;
  });
  afterAll(async () => api?.close());

  async function recommend(first = 50): Promise<Recommendations> {
    return (await ok<{ recommendedExperts: Recommendations }>(api, bureau, RECOMMEND, { a: applicationId, first })).recommendedExperts;
  }

  it('ranks by sector fit, needs similarity and experience, with every component explained', async () => {
    const r = await recommend();
    const rankOf = (id: number) => r.ranked.find((e) => e.expertId === id)?.rank;
    // The best fit (same sector, all three research fields in the needs, a completed appointment) comes first in the city.
    expect(rankOf(x.best)).toBe(1);
    expect(rankOf(x.second)).toBeGreaterThan(1);
    expect(rankOf(x.otherSector)).toBeGreaterThan(rankOf(x.second)!);

    const best = r.ranked[0];
    const part = (e: Ranked, c: string) => e.components.find((p) => p.component === c)!;
    expect(best.components.map((c) => c.component)).toEqual(['SECTOR', 'INSTITUTION', 'TEXT', 'EXPERIENCE', 'AVAILABILITY']);
    expect(best.components.reduce((s, c) => s + c.max, 0)).toBe(100);
    expect(best.score).toBe(best.components.reduce((s, c) => s + c.points, 0));
    expect(part(best, 'SECTOR')).toMatchObject({ points: 30, max: 30 });
    expect(part(best, 'TEXT').points).toBe(30);
    expect(part(best, 'TEXT').explanation).toContain('氘代药物、钌钯催化、杂质控制');
    expect(part(best, 'EXPERIENCE').explanation).toMatch(/^曾任科技副总1次/);
    expect(part(best, 'AVAILABILITY')).toMatchObject({ points: 10, max: 10 });

    // The second differs from the best only by experience: one past appointment is 4 points.
    const second = r.ranked.find((e) => e.expertId === x.second)!;
    expect(best.score - second.score).toBe(4);
    expect(part(second, 'TEXT').explanation).toContain('氘代药物');
    // The one of another sector loses the sector points only.
    const otherSector = r.ranked.find((e) => e.expertId === x.otherSector)!;
    expect(part(otherSector, 'SECTOR').points).toBe(0);
    expect(part(otherSector, 'TEXT').points).toBe(30);
    // Deterministic: the same question gives the same answer.
    expect(await recommend()).toEqual(r);
  });

  it('lists experts already serving (E4), banned (E5) or tied to the enterprise (N2) apart, never in the ranking', async () => {
    const r = await recommend();
    const ranked = new Set(r.ranked.map((e) => e.expertId));
    const excluded = new Map(r.excluded.map((e) => [e.expertId, e]));
    for (const id of [x.serving, x.banned, x.founder, x.tiedInstitution]) {
      expect(ranked.has(id)).toBe(false);
      expect(excluded.has(id)).toBe(true);
    }
    expect(excluded.get(x.serving)!.conflicts.map((c) => [c.rule, c.article])).toEqual([['E4', '第五条第5项']]);
    expect(excluded.get(x.banned)!.conflicts.map((c) => [c.rule, c.article])).toEqual([['E5', '第十七条']]);
    expect(excluded.get(x.banned)!.conflicts[0].detail).toContain('2099-01-01');
    expect(excluded.get(x.founder)!.conflicts.map((c) => c.rule)).toEqual(['N2']);
    expect(excluded.get(x.founder)!.conflicts[0].detail).toContain('创办');
    expect(excluded.get(x.tiedInstitution)!.conflicts.map((c) => c.rule)).toEqual(['N2']);
    expect(excluded.get(x.tiedInstitution)!.conflicts[0].detail).toContain('入股');
    // They would have ranked: as good a text and sector fit as the best.
    expect(excluded.get(x.serving)!.score).toBeGreaterThanOrEqual(r.ranked.at(-1)!.score);
    // Every serving expert of the city is excluded, as the database counts them.
    const { rows } = await api.db.sql.query(
      `select count(distinct x.id)::int as n from expert x
        where exists (select 1 from appointment a where a.expert_id = x.id and a.status = 'ACTIVE')`,
    );
    expect(r.excludedTotal).toBeGreaterThanOrEqual(rows[0].n);
    const { rows: all } = await api.db.sql.query('select count(*)::int as n from expert');
    expect(r.considered).toBe(all[0].n);
  });

  it('marks an expert already recorded as a candidate', async () => {
    // Recording a candidate needs CITY_APPROVED; the flag is read from candidate_match, so put one in directly.
    const { rows } = await api.db.sql.query(
      `insert into candidate_match (application_id, expert_id, score, rationale, enterprise_opinion, institution_opinion, expert_opinion)
       values ($1, $2, 80, '测试', 'PENDING', 'PENDING', 'PENDING') returning id`,
      [applicationId, x.second],
    );
    const r = await recommend();
    expect(r.ranked.find((e) => e.expertId === x.second)!.candidateId).toBe(rows[0].id);
    expect(r.ranked.find((e) => e.expertId === x.best)!.candidateId).toBeNull();
  });

  it('is for the S&T bureau only and checks its arguments', async () => {
    const county = await api.login('county-371502');
    await fails(api, county, 'FORBIDDEN', RECOMMEND, { a: applicationId, first: 5 });
    const tooMany = await fails(api, bureau, 'BAD_USER_INPUT', RECOMMEND, { a: applicationId, first: 500 });
    expect(tooMany.field).toBe('first');
    await fails(api, bureau, 'NOT_FOUND', RECOMMEND, { a: 999_999_999, first: 5 });
    const five = await recommend(5);
    expect(five.ranked.map((e) => e.rank)).toEqual([1, 2, 3, 4, 5]);
  });
});
