/** The bureau's batch steps and the notice period (Art. 12.4-12.5). Thin: arguments in, one service call. */
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { LocalDate } from '../../graphql/scalars';
import { Application } from '../application/application.entity';
import { FilingRecord } from '../filing/filing-record.entity';
import { Role } from '../identity/role';
import { PublicNotice } from '../notice/public-notice.entity';
import { BatchService } from './batch.service';
import { FilingBatchInputGql, NoticePeriodGql, PartyReviewBatchInputGql } from './batch.types';
import { PublishNoticeInputGql } from './workflow.types';

const batches = (ctx: Context) => new BatchService(ctx.em, ctx.viewer!);

@Resolver()
export class BatchResolver {
  @Authorized([Role.ST_BUREAU])
  @Mutation(() => [Application], {
    description:
      '党组会议批量审议通过 → PARTY_APPROVED（全部或全不；逐项说明不能办理的原因） / Party-group approval of several cases at one meeting → PARTY_APPROVED (all or none; each refused case explained)',
  })
  partyReviewBatch(
    @Arg('input', () => PartyReviewBatchInputGql, { description: '会议及申报 / The meeting and the cases' })
    input: PartyReviewBatchInputGql,
    @Ctx() ctx: Context,
  ) {
    return batches(ctx).partyReview(input);
  }

  @Authorized([Role.ST_BUREAU])
  @Mutation(() => [FilingRecord], {
    description:
      '批量报市委组织部备案（一个备案包）→ FILED（全部或全不） / File several cases with the Organisation Dept. as one packet → FILED (all or none)',
  })
  fileRecognitionBatch(
    @Arg('input', () => FilingBatchInputGql, { description: '申报 / The cases' }) input: FilingBatchInputGql,
    @Ctx() ctx: Context,
  ) {
    return batches(ctx).file(input.applications);
  }

  @Authorized([Role.ST_BUREAU])
  @Mutation(() => PublicNotice, {
    description:
      '一批已备案申报发布公示，5个工作日 → IN_NOTICE（全部或全不；逐项说明） / Publish one notice for a batch of filed cases → IN_NOTICE (all or none; each refused case explained)',
  })
  publishNoticeBatch(
    @Arg('input', () => PublishNoticeInputGql, { description: '公示 / The notice' }) input: PublishNoticeInputGql,
    @Ctx() ctx: Context,
  ) {
    return batches(ctx).publishNotice(input);
  }

  @Authorized([Role.ST_BUREAU])
  @Query(() => NoticePeriodGql, {
    description:
      '公示期预览：从某日起按中国工作日（含节假日与调休）计算的结束日期 / The notice period from a day: its end by the Chinese working-day calendar, with holidays and make-up days',
  })
  noticePeriod(
    @Arg('startsOn', () => LocalDate, { nullable: true, description: '公示开始日期，默认今天 / First day; today when omitted' })
    startsOn: string | null,
    @Ctx() ctx: Context,
  ) {
    return batches(ctx).noticePeriod(startsOn);
  }
}
