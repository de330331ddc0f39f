/**
 * `analytics(asOf) { headline … indicatorCompliance … sectorSpread … countyPipelines …
 * evaluationGrades … coInnovationFunds … }`: one namespace, one field per dashboard panel, all
 * answerable in one request. Who may ask for what: docs/permissions-analytics.md.
 */
import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { LocalDate } from '../../graphql/scalars';
import { Role } from '../identity/role';
import { AnalyticsService } from './analytics.service';
import {
  Analytics,
  AnalyticsFilterInput,
  AnalyticsHeadline,
  CoInnovationFunds,
  CountyPipelines,
  EvaluationGrades,
  IndicatorCompliance,
  SectorSpread,
} from './analytics.types';

/** Roles that see the whole dashboard (county bureaus: their own county only). */
const DASHBOARD: Role[] = [Role.LEADERSHIP, Role.ANALYST, Role.ORG_DEPT, Role.ST_BUREAU, Role.COUNTY_BUREAU];
export const ANALYTICS_ROLES = {
  analytics: [...DASHBOARD, Role.FINANCE, Role.HR],
  headline: DASHBOARD,
  indicatorCompliance: DASHBOARD,
  sectorSpread: [...DASHBOARD, Role.HR],
  countyPipelines: DASHBOARD,
  evaluationGrades: [...DASHBOARD, Role.HR],
  coInnovationFunds: [...DASHBOARD, Role.FINANCE],
};

const filterArg = {
  nullable: true,
  description: '筛选条件（不给出则为可见范围全部） / Filter; without it, everything in view',
} as const;

function service(ctx: Context): AnalyticsService {
  const viewer = ctx.viewer!;
  return new AnalyticsService(ctx.em, { role: viewer.role, divisionId: viewer.divisionId });
}

@Resolver(() => Analytics)
export class AnalyticsResolver {
  @Authorized(ANALYTICS_ROLES.analytics)
  @Query(() => Analytics, {
    description:
      '驾驶舱统计，各面板为其字段；县级账号仅见本县 / Dashboard analytics, one field per panel; county accounts see their own county only',
  })
  analytics(
    @Arg('asOf', () => LocalDate, {
      nullable: true,
      description:
        '统计基准日（“今年”即其所在年），默认中国时间今天 / The day figures are as of ("this year" is its year); default today in China time',
    })
    asOf?: string | null,
  ): Analytics {
    return { asOf: AnalyticsService.asOf(asOf) };
  }

  @Authorized(ANALYTICS_ROLES.headline)
  @FieldResolver(() => AnalyticsHeadline, { description: '核心指标 / Headline figures' })
  headline(
    @Root() root: Analytics,
    @Arg('filter', () => AnalyticsFilterInput, filterArg) filter: AnalyticsFilterInput | null,
    @Ctx() ctx: Context,
  ) {
    return service(ctx).headline(filter, root.asOf);
  }

  @Authorized(ANALYTICS_ROLES.indicatorCompliance)
  @FieldResolver(() => IndicatorCompliance, { description: '年度工作指标达标情况（第七条） / Yearly indicator compliance (Art. 7)' })
  indicatorCompliance(
    @Root() root: Analytics,
    @Arg('filter', () => AnalyticsFilterInput, filterArg) filter: AnalyticsFilterInput | null,
    @Ctx() ctx: Context,
  ) {
    return service(ctx).indicatorCompliance(filter, root.asOf);
  }

  @Authorized(ANALYTICS_ROLES.sectorSpread)
  @FieldResolver(() => SectorSpread, { description: '专家产业领域分布 / How experts spread across sectors' })
  sectorSpread(
    @Root() root: Analytics,
    @Arg('filter', () => AnalyticsFilterInput, filterArg) filter: AnalyticsFilterInput | null,
    @Ctx() ctx: Context,
  ) {
    return service(ctx).sectorSpread(filter, root.asOf);
  }

  @Authorized(ANALYTICS_ROLES.countyPipelines)
  @FieldResolver(() => CountyPipelines, { description: '各县申报流程 / County pipelines' })
  countyPipelines(
    @Root() root: Analytics,
    @Arg('filter', () => AnalyticsFilterInput, filterArg) filter: AnalyticsFilterInput | null,
    @Ctx() ctx: Context,
  ) {
    return service(ctx).countyPipelines(filter, root.asOf);
  }

  @Authorized(ANALYTICS_ROLES.evaluationGrades)
  @FieldResolver(() => EvaluationGrades, { description: '考核等级比例 / Evaluation grade ratios' })
  evaluationGrades(
    @Root() root: Analytics,
    @Arg('filter', () => AnalyticsFilterInput, filterArg) filter: AnalyticsFilterInput | null,
    @Ctx() ctx: Context,
  ) {
    return service(ctx).evaluationGrades(filter, root.asOf);
  }

  @Authorized(ANALYTICS_ROLES.coInnovationFunds)
  @FieldResolver(() => CoInnovationFunds, { description: '协同创新项目资金构成 / Co-innovation fund splits' })
  coInnovationFunds(
    @Root() root: Analytics,
    @Arg('filter', () => AnalyticsFilterInput, filterArg) filter: AnalyticsFilterInput | null,
    @Arg('projectLimit', () => Int, {
      nullable: true,
      description: '列出的项目数（默认20，最多500） / Projects listed (default 20, at most 500)',
    })
    projectLimit: number | null,
    @Arg('projectOffset', () => Int, { nullable: true, description: '跳过的项目数（默认0） / Projects skipped (default 0)' })
    projectOffset: number | null,
    @Ctx() ctx: Context,
  ) {
    return service(ctx).coInnovationFunds(filter, root.asOf, { limit: projectLimit, offset: projectOffset });
  }
}
