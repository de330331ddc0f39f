import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { LocalDate } from '../../graphql/scalars';
import { Role } from '../identity/role';
import { replaceYearArrangement } from './calendar.service';

@InputType('WorkCalendarDayInput', { description: '一天的调整 / One calendar exception' })
class WorkCalendarDayInput {
  @Field(() => LocalDate, { description: '日期 / Date' })
  day!: string;

  @Field(() => Boolean, {
    description: 'true：周末调休上班；false：工作日放假 / true: make-up workday on a weekend; false: holiday on a weekday',
  })
  isWorkday!: boolean;

  @Field({ description: '说明，如 春节 / Note, e.g. Spring Festival' })
  note!: string;
}

@Resolver()
export class CalendarResolver {
  @Authorized([Role.ST_BUREAU])
  @Mutation(() => Int, {
    description:
      '载入某年的节假日安排（替换该年已有调整），公示按此计算工作日（第十二条第5项） / Load a year’s holiday arrangement, replacing that year’s; notices count working days with it (Art. 12.5)',
  })
  async setWorkCalendarYear(
    @Arg('year', () => Int, { description: '年份 / Year' }) year: number,
    @Arg('days', () => [WorkCalendarDayInput], { description: '该年全部调整日 / Every exception of that year' })
    days: WorkCalendarDayInput[],
    @Ctx() ctx: Context,
  ): Promise<number> {
    return replaceYearArrangement(ctx.em, year, days);
  }
}
