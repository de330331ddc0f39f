/**
 * Two-way selection's recommendations (Art. 12.4): for one application, every expert in the
 * city scored against the enterprise's needs (matching.scoring.ts), ranked, with the experts who
 * may not be matched listed apart. Who may not be matched is what the eligibility rules say at
 * selection (`workflow/rules.ts`: E1-E3 qualifications, E4 already serving, E5 banned, N2 a
 * founding or shareholding tie of the expert or the institution): the same rule objects, so the
 * desk never recommends someone `selectCandidate` would refuse.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../graphql/context';
import { chinaDate } from '../../domain/china-time';
import { badInput, notFound } from '../../graphql/errors';
import { Application } from '../application/application.entity';
import { CandidateMatch } from '../application/candidate-match.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Sector } from '../geo/sector.entity';
import { Role } from '../identity/role';
import { enterpriseFacts } from '../workflow/facts';
import { E1, E2, E3, E4, E5, evaluateRules, N2, RuleResult, type RuleContext } from '../workflow/rules';
import { assertApplicationInScope } from '../workflow/scope';
import { loadPolicy } from '../workflow/settings';
import { forbidden } from '../workflow/workflow.errors';
import { ExpertRow, MatchingRepository } from './matching.repository';
import {
  availability,
  ComponentScore,
  experience,
  institutionStrength,
  sectorFit,
  strengthIndex,
  textSimilarity,
  totalScore,
} from './matching.scoring';

/** The rules that exclude an expert from two-way selection, in the order shown. */
export const MATCHING_EXCLUSION_RULES = [E4, E5, N2, E1, E2, E3] as const;

export const DEFAULT_FIRST = 20;
export const MAX_FIRST = 100;

export interface ScoredExpert {
  expertId: number;
  name: string;
  institutionId: number;
  institutionName: string;
  sectorName: string | null;
  discipline: string;
  keywords: string[];
  score: number;
  components: ComponentScore[];
  /** The candidate record, when the bureau has recorded this expert already. */
  candidateId: number | null;
}

export interface RankedExpert extends ScoredExpert {
  rank: number;
}

export interface ExcludedExpert extends ScoredExpert {
  /** The failing rules, with article and explanation. */
  conflicts: RuleResult[];
}

export interface Recommendations {
  applicationId: number;
  enterpriseName: string;
  sectorName: string;
  techNeeds: string;
  asOf: string;
  /** Experts considered in all (everyone in the city). */
  considered: number;
  ranked: RankedExpert[];
  /**
   * Experts a rule excludes who would otherwise have ranked within the list (score at least the
   * last ranked one's), plus the application's proposed expert if excluded, by score.
   */
  excluded: ExcludedExpert[];
  /** How many experts the rules exclude in all. */
  excludedTotal: number;
}

function fullYears(from: string, to: string): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return Math.max(0, to.slice(5) < from.slice(5) ? years - 1 : years);
}

const byScore = (a: ScoredExpert, b: ScoredExpert) => b.score - a.score || a.expertId - b.expertId;

export class MatchingService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async recommend(applicationId: number, first: number = DEFAULT_FIRST): Promise<Recommendations> {
    if (this.viewer.role !== Role.ST_BUREAU) {
      throw forbidden('只有市科技局组织双向选择', 'Only the S&T bureau runs two-way selection');
    }
    if (!Number.isInteger(first) || first < 1 || first > MAX_FIRST) {
      throw badInput('first', `推荐人数须为1至${MAX_FIRST} / first must be 1 to ${MAX_FIRST}`);
    }
    const app = await this.em.findOne(Application, applicationId);
    if (!app) throw notFound('Application', String(applicationId));
    assertApplicationInScope(app, this.viewer);
    const enterprise = await this.em.findOneOrFail(Enterprise, app.enterprise.id);
    const sector = await this.em.findOneOrFail(Sector, enterprise.sector.id);
    const today = chinaDate(this.clock());
    const repo = new MatchingRepository(this.em);
    // One after another: they share the request's transaction (one connection).
    const experts = await repo.experts(app.id, sector.id);
    const strengths = await repo.institutionStrengths(sector.id);
    const settings = await loadPolicy(this.em);
    const facts = await enterpriseFacts(this.em, enterprise.id);
    const candidates = await this.em.find(CandidateMatch, { application: app });
    const candidateOf = new Map(candidates.map((c) => [c.expert.id, c.id]));
    const strengthOf = new Map(strengths.map((s) => [s.institutionId, s]));
    const strongest = Math.max(0, ...strengths.map(strengthIndex));
    const sectorRef = { id: sector.id, nameZh: sector.nameZh, nameEn: sector.nameEn };

    const ranked: ScoredExpert[] = [];
    const excluded: ExcludedExpert[] = [];
    for (const x of experts) {
      const components = [
        sectorFit(
          sectorRef,
          x.sectorId === null ? null : { id: x.sectorId, nameZh: x.sectorZh!, nameEn: x.sectorEn! },
          x.pastAppointmentsInSector,
        ),
        institutionStrength(strengthOf.get(x.institutionId)!, strongest, sectorRef),
        textSimilarity(app.techNeeds, { keywords: x.keywords, discipline: x.discipline, achievements: x.achievements }),
        experience(x.pastAppointments, x.grades, fullYears(x.workStartedOn, today)),
        availability(x.chosenElsewhere, x.candidateElsewhere),
      ];
      const scored: ScoredExpert = {
        expertId: x.id,
        name: x.name,
        institutionId: x.institutionId,
        institutionName: x.institutionName,
        sectorName: x.sectorZh,
        discipline: x.discipline,
        keywords: x.keywords,
        score: totalScore(components),
        components,
        candidateId: candidateOf.get(x.id) ?? null,
      };
      const conflicts = this.conflicts(x, facts, settings, today, app);
      if (conflicts.length) excluded.push({ ...scored, conflicts });
      else ranked.push(scored);
    }
    ranked.sort(byScore);
    excluded.sort(byScore);
    const top = ranked.slice(0, first).map((r, i) => ({ ...r, rank: i + 1 }));
    const floor = top.length === first ? top[top.length - 1].score : -1;
    const proposed = app.proposedExpert?.id ?? null;
    return {
      applicationId: app.id,
      enterpriseName: enterprise.name,
      sectorName: sector.nameZh,
      techNeeds: app.techNeeds,
      asOf: today,
      considered: experts.length,
      ranked: top,
      excluded: excluded.filter((e) => e.score >= floor || e.expertId === proposed || e.candidateId !== null),
      excludedTotal: excluded.length,
    };
  }

  /** The exclusion rules that fail for this expert and enterprise today (rules.ts, not a copy). */
  private conflicts(
    x: ExpertRow,
    enterprise: RuleContext['enterprise'],
    settings: RuleContext['settings'],
    today: string,
    app: Application,
  ): RuleResult[] {
    const ctx: RuleContext = {
      today,
      expert: {
        id: x.id,
        name: x.name,
        degree: x.degree,
        title: x.title,
        workStartedOn: x.workStartedOn,
        misconductOn: x.misconductOn,
        bannedUntil: x.bannedUntil,
        institutionId: x.institutionId,
        institutionName: x.institutionName,
        activeAppointments: x.activeAppointments,
      },
      enterprise,
      application: {
        monthlyAllowanceFen: app.monthlyAllowanceFen,
        proposedServiceStart: app.proposedServiceStart ?? null,
        proposedServiceEnd: app.proposedServiceEnd ?? null,
      },
      settings,
      expertRequired: true,
    };
    return evaluateRules(ctx, MATCHING_EXCLUSION_RULES).filter((r) => !r.passed);
  }
}
