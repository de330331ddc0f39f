/** Two-way selection's recommendations (Art. 12.4). Thin: reads the arguments, calls the service. */
import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Role } from '../identity/role';
import { DEFAULT_FIRST, MatchingService } from './matching.service';
import { ExpertRecommendationsGql } from './matching.types';

@Resolver()
export class MatchingResolver {
  @Authorized([Role.ST_BUREAU])
  @Query(() => ExpertRecommendationsGql, {
    description:
      '为一项申报推荐专家：按领域、单位优势、需求相似度、经历、可派驻评分排序，并列出因E4、E5、N2等规则被排除者（市科技局） / Recommend experts for an application: ranked by sector, institution, needs similarity, experience and availability, with those excluded by E4, E5, N2 and the other expert rules listed apart (S&T bureau)',
  })
  recommendedExperts(
    @Arg('applicationId', () => Int, { description: '申报行号 / Application id' }) applicationId: number,
    @Arg('first', () => Int, { defaultValue: DEFAULT_FIRST, description: '推荐人数（1-100） / How many to rank, 1-100' }) first: number,
    @Ctx() ctx: Context,
  ) {
    return new MatchingService(ctx.em, ctx.viewer!).recommend(applicationId, first);
  }
}

export const MATCHING_RESOLVERS = [MatchingResolver];
