/**
 * Reads the facts the eligibility rules need from the database, as the viewer (row-level
 * security applies). The one city-wide fact a county or enterprise account may not read, how
 * many active appointments an expert holds elsewhere (rule E4), comes from the
 * `techvp_expert_standing` function, which returns that count and nothing more.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../graphql/errors';
import { Application } from '../application/application.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import { EnterpriseTie, TieKind } from '../enterprise/enterprise-tie.entity';
import { Expert } from '../expert/expert.entity';
import { Division } from '../geo/division.entity';
import { Institution } from '../institution/institution.entity';
import type { EnterpriseFacts, ExpertFacts, RuleContext } from './rules';
import type { PolicySettings } from './settings';

export interface ExpertStanding {
  found: boolean;
  activeAppointments: number;
}

export async function expertStanding(em: EntityManager, expertId: number): Promise<ExpertStanding> {
  const [row] = await em.execute<Array<{ found: boolean; active_appointments: number }>>(
    'select found, active_appointments from techvp_expert_standing(?)',
    [expertId],
  );
  return { found: !!row?.found, activeAppointments: Number(row?.active_appointments ?? 0) };
}

export async function expertFacts(em: EntityManager, expertId: number): Promise<ExpertFacts | null> {
  const expert = await em.findOne(Expert, expertId);
  if (!expert) return null;
  const institution = await em.findOneOrFail(Institution, expert.institution.id);
  const standing = await expertStanding(em, expertId);
  return {
    id: expert.id,
    name: expert.name,
    degree: expert.degree,
    title: expert.title,
    workStartedOn: expert.workStartedOn,
    misconductOn: expert.misconductOn ?? null,
    bannedUntil: expert.bannedUntil ?? null,
    institutionId: institution.id,
    institutionName: institution.nameZh,
    activeAppointments: standing.activeAppointments,
  };
}

export async function enterpriseFacts(em: EntityManager, enterpriseId: number): Promise<EnterpriseFacts> {
  const e = await em.findOneOrFail(Enterprise, enterpriseId);
  const division = await em.findOneOrFail(Division, e.division.id);
  const ties = await em.find(EnterpriseTie, { enterprise: enterpriseId });
  const expertTies = new Map<number, TieKind>();
  const institutionTies = new Map<number, TieKind>();
  for (const t of ties) {
    if (t.expert) expertTies.set(t.expert.id, t.kind);
    if (t.institution) institutionTies.set(t.institution.id, t.kind);
  }
  return {
    id: e.id,
    name: e.name,
    divisionName: division.nameZh,
    registeredOn: e.registeredOn,
    independentLegalPerson: e.independentLegalPerson,
    revenueFen: e.revenueFen,
    rdSpendingFen: e.rdSpendingFen,
    violationOn: e.violationOn ?? null,
    financesSound: e.financesSound,
    highTech: e.highTech,
    gazelle: e.gazelle,
    municipalProject: e.municipalProject,
    expertTies,
    institutionTies,
  };
}

/** Everything the rules need about one application, with `expertId` overriding the proposed expert. */
export async function ruleContextFor(
  em: EntityManager,
  app: Application,
  opts: { today: string; settings: PolicySettings; expertRequired: boolean; expertId?: number | null },
): Promise<RuleContext> {
  const expertId = opts.expertId !== undefined ? opts.expertId : (app.proposedExpert?.id ?? null);
  const expert = expertId ? await expertFacts(em, expertId) : null;
  // An expert that is named but cannot be read must not pass the expert rules as "not yet known".
  if (expertId && !expert) throw notFound('Expert', String(expertId));
  return {
    today: opts.today,
    expert,
    enterprise: await enterpriseFacts(em, app.enterprise.id),
    application: {
      monthlyAllowanceFen: app.monthlyAllowanceFen,
      proposedServiceStart: app.proposedServiceStart ?? null,
      proposedServiceEnd: app.proposedServiceEnd ?? null,
    },
    settings: opts.settings,
    expertRequired: opts.expertRequired,
  };
}
