/**
 * What two-way selection reads, in two statements: every expert with the facts the scoring and
 * the eligibility rules need, and each institution's standing in the enterprise's sector. Run
 * as the viewer (the S&T bureau reads the whole city under row-level security).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Degree, ProfessionalTitle } from '../expert/expert.entity';
import type { PastGrade } from './matching.scoring';
import type { InstitutionStrength } from './matching.scoring';

/** Stages at which an application's proposed expert is fixed: chosen for that enterprise (constants, inlined). */
const CHOSEN_STAGES = ['MATCHED', 'PARTY_APPROVED', 'FILED', 'IN_NOTICE'];

export interface ExpertRow {
  id: number;
  name: string;
  degree: Degree;
  title: ProfessionalTitle;
  discipline: string;
  keywords: string[];
  sectorId: number | null;
  sectorZh: string | null;
  sectorEn: string | null;
  workStartedOn: string;
  misconductOn: string | null;
  bannedUntil: string | null;
  institutionId: number;
  institutionName: string;
  activeAppointments: number;
  /** Appointments served to their end or ended early (not revoked). */
  pastAppointments: number;
  pastAppointmentsInSector: number;
  grades: PastGrade[];
  achievements: string[];
  /** Other applications at MATCHED or later with this expert as the proposed expert. */
  chosenElsewhere: number;
  /** Other applications in two-way selection with this expert among the candidates. */
  candidateElsewhere: number;
}

const EXPERTS_SQL = `
select x.id, x.name, x.degree, x.title, x.discipline, x.keywords,
       x.sector_id, s.name_zh as sector_zh, s.name_en as sector_en,
       x.work_started_on::text as work_started_on, x.misconduct_on::text as misconduct_on,
       x.banned_until::text as banned_until,
       x.institution_id, i.name_zh as institution_name,
       (select count(*) from appointment a where a.expert_id = x.id and a.status = 'ACTIVE')::int as active_appointments,
       (select count(*) from appointment a
         where a.expert_id = x.id and a.status in ('COMPLETED', 'TERMINATED'))::int as past_appointments,
       (select count(*) from appointment a
         where a.expert_id = x.id and a.status in ('COMPLETED', 'TERMINATED') and a.sector_id = ?)::int as past_in_sector,
       coalesce((select array_agg(distinct ev.grade) from evaluation ev join appointment a on a.id = ev.appointment_id
                  where a.expert_id = x.id and ev.status = 'DECIDED'), '{}') as grades,
       coalesce((select array_agg(ac.title order by ac.id) from achievement ac join appointment a on a.id = ac.appointment_id
                  where a.expert_id = x.id), '{}') as achievements,
       (select count(*) from application p
         where p.proposed_expert_id = x.id and p.id <> ? and p.stage in (${CHOSEN_STAGES.map((st) => `'${st}'`).join(', ')}))::int as chosen_elsewhere,
       (select count(*) from candidate_match c join application p on p.id = c.application_id
         where c.expert_id = x.id and p.id <> ? and p.stage = 'CITY_APPROVED')::int as candidate_elsewhere
  from expert x
  join institution i on i.id = x.institution_id
  left join sector s on s.id = x.sector_id
 order by x.id`;

const STRENGTH_SQL = `
select i.id as institution_id, i.name_zh as institution_name,
       count(x.id)::int as experts,
       count(x.id) filter (where x.sector_id = ?)::int as experts_in_sector,
       (select count(*) from appointment a join expert y on y.id = a.expert_id
         where y.institution_id = i.id and a.sector_id = ?)::int as appointments_in_sector
  from institution i
  left join expert x on x.institution_id = i.id
 group by i.id, i.name_zh
 order by i.id`;

/** Postgres text[] comes back as an array from `pg`; a literal `{a,b}` from some paths. */
function textArray(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  if (typeof v === 'string' && v.startsWith('{')) {
    const inner = v.slice(1, -1);
    return inner ? inner.split(',').map((s) => s.replace(/^"|"$/g, '')) : [];
  }
  return [];
}

export class MatchingRepository {
  constructor(private readonly em: EntityManager) {}

  async experts(applicationId: number, sectorId: number): Promise<ExpertRow[]> {
    const rows = await this.em.execute<Array<Record<string, unknown>>>(EXPERTS_SQL, [sectorId, applicationId, applicationId]);
    return rows.map((r) => ({
      id: Number(r.id),
      name: String(r.name),
      degree: r.degree as Degree,
      title: r.title as ProfessionalTitle,
      discipline: String(r.discipline),
      keywords: textArray(r.keywords),
      sectorId: r.sector_id === null ? null : Number(r.sector_id),
      sectorZh: (r.sector_zh as string | null) ?? null,
      sectorEn: (r.sector_en as string | null) ?? null,
      workStartedOn: String(r.work_started_on),
      misconductOn: (r.misconduct_on as string | null) ?? null,
      bannedUntil: (r.banned_until as string | null) ?? null,
      institutionId: Number(r.institution_id),
      institutionName: String(r.institution_name),
      activeAppointments: Number(r.active_appointments),
      pastAppointments: Number(r.past_appointments),
      pastAppointmentsInSector: Number(r.past_in_sector),
      grades: textArray(r.grades) as PastGrade[],
      achievements: textArray(r.achievements),
      chosenElsewhere: Number(r.chosen_elsewhere),
      candidateElsewhere: Number(r.candidate_elsewhere),
    }));
  }

  async institutionStrengths(sectorId: number): Promise<InstitutionStrength[]> {
    const rows = await this.em.execute<Array<Record<string, unknown>>>(STRENGTH_SQL, [sectorId, sectorId]);
    return rows.map((r) => ({
      institutionId: Number(r.institution_id),
      institutionName: String(r.institution_name),
      experts: Number(r.experts),
      expertsInSector: Number(r.experts_in_sector),
      appointmentsInSector: Number(r.appointments_in_sector),
    }));
  }
}
