/**
 * The scoring rules of two-way selection (Art. 12.4: enterprises and experts are matched "by
 * needs, ability and expected effect"). The platform recommends; the bureau decides after the
 * enterprise, the institution and the expert have given their opinions. Each component is a
 * named, pure function that returns its points, its maximum and a short bilingual explanation,
 * so that the desk can show why an expert ranks where it does. The maxima add up to 100, the
 * range of `CandidateMatch.score`.
 *
 *   sector fit        30  the expert's sector against the enterprise's
 *   institution       15  how strong the expert's institution is in the enterprise's sector
 *   text similarity   30  the needs text against research keywords, discipline, achievements
 *   experience        15  past appointments, their grades, years of work
 *   availability      10  not committed to another case
 *
 * Who may not be matched at all (E1-E5, N2) is decided by the eligibility rules of
 * `workflow/rules.ts`, not here.
 */

export enum MatchComponent {
  SECTOR = 'SECTOR',
  INSTITUTION = 'INSTITUTION',
  TEXT = 'TEXT',
  EXPERIENCE = 'EXPERIENCE',
  AVAILABILITY = 'AVAILABILITY',
}

export const COMPONENT_MAX: Record<MatchComponent, number> = {
  [MatchComponent.SECTOR]: 30,
  [MatchComponent.INSTITUTION]: 15,
  [MatchComponent.TEXT]: 30,
  [MatchComponent.EXPERIENCE]: 15,
  [MatchComponent.AVAILABILITY]: 10,
};

export interface ComponentScore {
  component: MatchComponent;
  points: number;
  max: number;
  /** "中文 / English". */
  explanation: string;
}

const score = (component: MatchComponent, points: number, zh: string, en: string): ComponentScore => ({
  component,
  points: Math.max(0, Math.min(COMPONENT_MAX[component], Math.round(points))),
  max: COMPONENT_MAX[component],
  explanation: `${zh} / ${en}`,
});

export interface SectorRef {
  id: number;
  nameZh: string;
  nameEn: string;
}

/**
 * Sector fit (Art. 10, 12.4): an expert of the enterprise's own sector fits best; one who has
 * served an enterprise of that sector before fits half; otherwise none.
 */
export function sectorFit(enterprise: SectorRef, expertSector: SectorRef | null, pastAppointmentsInSector: number): ComponentScore {
  const max = COMPONENT_MAX[MatchComponent.SECTOR];
  if (expertSector && expertSector.id === enterprise.id) {
    return score(
      MatchComponent.SECTOR,
      max,
      `专家领域与企业同为${enterprise.nameZh}`,
      `expert and enterprise are both in ${enterprise.nameEn}`,
    );
  }
  if (pastAppointmentsInSector > 0) {
    return score(
      MatchComponent.SECTOR,
      max / 2,
      `专家属${expertSector?.nameZh ?? '未分类领域'}，曾在${enterprise.nameZh}领域企业任职${pastAppointmentsInSector}次`,
      `expert in ${expertSector?.nameEn ?? 'no sector'}, served ${pastAppointmentsInSector} time(s) in ${enterprise.nameEn}`,
    );
  }
  return score(
    MatchComponent.SECTOR,
    0,
    `专家属${expertSector?.nameZh ?? '未分类领域'}，企业属${enterprise.nameZh}`,
    `expert in ${expertSector?.nameEn ?? 'no sector'}, enterprise in ${enterprise.nameEn}`,
  );
}

export interface InstitutionStrength {
  institutionId: number;
  institutionName: string;
  /** The institution's experts in all. */
  experts: number;
  /** Its experts whose sector is the enterprise's. */
  expertsInSector: number;
  /** Appointments its experts have held in enterprises of that sector. */
  appointmentsInSector: number;
}

/** The share of an institution's experts in the sector: the strength the ranking compares. */
export function strengthIndex(s: InstitutionStrength): number {
  return s.experts > 0 ? s.expertsInSector / s.experts : 0;
}

/**
 * The institution's strengths (Art. 12.3-12.4: needs are shared with universities and
 * institutes, which propose experts). The reference data names institutions but not their
 * strengths, so strength is read from the data: the share of the institution's experts who work
 * in the enterprise's sector, relative to the strongest institution in that sector.
 */
export function institutionStrength(s: InstitutionStrength, strongestIndex: number, sector: SectorRef): ComponentScore {
  const index = strengthIndex(s);
  const pct = Math.round(index * 100);
  const points = strongestIndex > 0 ? (COMPONENT_MAX[MatchComponent.INSTITUTION] * index) / strongestIndex : 0;
  return score(
    MatchComponent.INSTITUTION,
    points,
    `${s.institutionName}有${s.expertsInSector}名${sector.nameZh}领域专家（占${pct}%，各单位最高${Math.round(strongestIndex * 100)}%），在该领域任职${s.appointmentsInSector}人次`,
    `${s.expertsInSector} of its ${s.experts} experts are in ${sector.nameEn} (${pct}%; the strongest institution ${Math.round(strongestIndex * 100)}%), ${s.appointmentsInSector} appointment(s) in the sector`,
  );
}

/**
 * Bigrams common to most needs and profiles ("technology", "research", "system"…): they would make
 * every text look alike, so they do not count.
 */
const GENERIC_BIGRAMS = new Set([
  '技术',
  '研发',
  '研究',
  '开发',
  '应用',
  '系统',
  '面向',
  '提升',
  '关键',
  '企业',
  '产品',
  '项目',
  '工程',
  '科学',
]);

/**
 * The character bigrams of a text. Chinese has no spaces between words, and word segmentation
 * needs a dictionary; overlapping pairs of Han characters capture most two-character words
 * (精密, 磨削, 轴承) without one, deterministically. Runs of Latin letters or digits count as one
 * token each (e.g. "plc", "5g"); punctuation and spaces break runs, so no pair spans them.
 */
export function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.toLowerCase().match(/\p{Script=Han}+|[a-z0-9]+/gu) ?? []) {
    if (!/\p{Script=Han}/u.test(run)) {
      out.add(run);
      continue;
    }
    if (run.length === 1) out.add(run);
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  }
  for (const g of GENERIC_BIGRAMS) out.delete(g);
  return out;
}

/**
 * Cosine similarity of two bigram sets (binary vectors): |A∩B| / sqrt(|A|·|B|). It is 1 for
 * the same text and 0 for texts without a common pair, and does not favour long profiles the way
 * a raw overlap count would.
 */
export function bigramCosine(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let common = 0;
  for (const g of a) if (b.has(g)) common++;
  return common / Math.sqrt(a.size * b.size);
}

/**
 * A needs text and a profile that share most of the profile's words reach about 0.4 (a needs
 * paragraph is several times longer than a keyword list): that earns the full 30 points.
 */
export const FULL_SIMILARITY = 0.4;

export interface ExpertProfile {
  keywords: string[];
  discipline: string;
  /** Titles of the expert's recorded achievements (new technologies, processes, products). */
  achievements: string[];
}

/**
 * Text similarity (Art. 12.4, "by needs"): the enterprise's needs against the expert's research
 * keywords, discipline and achievements. The explanation names the keywords that appear in
 * the needs (at least half of their bigrams do).
 */
export function textSimilarity(needs: string, profile: ExpertProfile): ComponentScore {
  const needGrams = bigrams(needs);
  const profileGrams = bigrams([...profile.keywords, profile.discipline, ...profile.achievements].join('，'));
  const cosine = bigramCosine(needGrams, profileGrams);
  const matched = profile.keywords.filter((k) => {
    const g = bigrams(k);
    if (!g.size) return false;
    let hit = 0;
    for (const x of g) if (needGrams.has(x)) hit++;
    return hit * 2 >= g.size;
  });
  const points = COMPONENT_MAX[MatchComponent.TEXT] * Math.min(1, cosine / FULL_SIMILARITY);
  const c = cosine.toFixed(2);
  return matched.length
    ? score(
        MatchComponent.TEXT,
        points,
        `技术需求与研究方向相近：${matched.join('、')}（相似度${c}）`,
        `the needs match the research fields ${matched.join(', ')} (similarity ${c})`,
      )
    : score(
        MatchComponent.TEXT,
        points,
        `技术需求与研究方向、成果相似度${c}`,
        `similarity of the needs to research fields and achievements ${c}`,
      );
}

export type PastGrade = 'EXCELLENT' | 'GOOD' | 'QUALIFIED' | 'UNQUALIFIED';

const GRADE_POINTS: Record<PastGrade, number> = { EXCELLENT: 5, GOOD: 3, QUALIFIED: 1, UNQUALIFIED: 0 };
const GRADE_ZH: Record<PastGrade, string> = { EXCELLENT: '优秀', GOOD: '良好', QUALIFIED: '合格', UNQUALIFIED: '不合格' };

/**
 * Experience ("ability and expected effect", Art. 12.4; grades of Art. 17): 4 points for each past
 * appointment served to its end or ended early (at most 2), the best grade earned (excellent 5,
 * good 3, qualified 1), and 1 point per ten years of work (at most 2).
 */
export function experience(pastAppointments: number, grades: PastGrade[], workYears: number): ComponentScore {
  const served = Math.min(2, pastAppointments) * 4;
  const best = grades.length ? grades.reduce((a, g) => (GRADE_POINTS[g] > GRADE_POINTS[a] ? g : a)) : null;
  const gradePoints = best ? GRADE_POINTS[best] : 0;
  const years = Math.min(2, Math.floor(workYears / 10));
  const gradeZh = best ? `，最好考核等级${GRADE_ZH[best]}` : '';
  const gradeEn = best ? `, best grade ${best.toLowerCase()}` : '';
  return score(
    MatchComponent.EXPERIENCE,
    served + gradePoints + years,
    `曾任科技副总${pastAppointments}次${gradeZh}，工作${workYears}年`,
    `${pastAppointments} past appointment(s)${gradeEn}, ${workYears} years of work`,
  );
}

/**
 * Availability (Art. 5.5: one enterprise at a time): an expert already chosen for another
 * enterprise's case scores nothing, one still a candidate elsewhere half.
 */
export function availability(chosenElsewhere: number, candidateElsewhere: number): ComponentScore {
  const max = COMPONENT_MAX[MatchComponent.AVAILABILITY];
  if (chosenElsewhere > 0) {
    return score(
      MatchComponent.AVAILABILITY,
      0,
      `已确定为另外${chosenElsewhere}项申报的拟派驻人选`,
      `already chosen for ${chosenElsewhere} other application(s)`,
    );
  }
  if (candidateElsewhere > 0) {
    return score(
      MatchComponent.AVAILABILITY,
      max / 2,
      `同时是另外${candidateElsewhere}项申报的候选人`,
      `also a candidate for ${candidateElsewhere} other application(s)`,
    );
  }
  return score(MatchComponent.AVAILABILITY, max, '未在任，也未被其他申报选定', 'not serving and not chosen elsewhere');
}

export function totalScore(components: ComponentScore[]): number {
  return components.reduce((s, c) => s + c.points, 0);
}
