/** GraphQL inputs and outputs of the bureau's batch steps and the notice period (Art. 12.4-12.5). */
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, ValidateNested } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars';
import { ApplicationVersionInputGql } from './workflow.types';

@InputType('PartyReviewBatchInput', {
  description: '党组会议批量研究审议（第十二条第4项） / Party-group review of several cases at one meeting (Art. 12.4)',
})
export class PartyReviewBatchInputGql {
  @Field(() => [ApplicationVersionInputGql], { description: '已完成双向选择（MATCHED）的申报 / Matched applications' })
  @ArrayMinSize(1, { message: '至少一项申报 / at least one application' })
  @ArrayMaxSize(100, { message: '至多100项申报 / at most 100 applications' })
  @ValidateNested({ each: true })
  applications!: ApplicationVersionInputGql[];

  @Field(() => LocalDate, { description: '党组会议日期（不晚于今天） / Date of the meeting, not after today' })
  meetingOn!: string;

  @Field({ description: '会议纪要编号，如 局党组会议纪要〔2026〕12号 / Number of the minutes' })
  @Length(1, 64, { message: '会议纪要编号须为1至64个字符 / minuteNo must be 1 to 64 characters' })
  minuteNo!: string;

  @Field(() => String, {
    nullable: true,
    description: '审议意见，默认“经局党组会议研究审议通过” / The opinion; standard wording when omitted',
  })
  @IsOptional()
  @Length(1, 1000, { message: '审议意见须为1至1000个字符 / opinion must be 1 to 1000 characters' })
  opinion?: string | null;
}

@InputType('FilingBatchInput', {
  description: '批量报市委组织部备案（一个备案包） / File several recognitions with the Organisation Dept. as one packet (Art. 12.4)',
})
export class FilingBatchInputGql {
  @Field(() => [ApplicationVersionInputGql], { description: '党组审议通过（PARTY_APPROVED）的申报 / Party-approved applications' })
  @ArrayMinSize(1, { message: '至少一项申报 / at least one application' })
  @ArrayMaxSize(100, { message: '至多100项申报 / at most 100 applications' })
  @ValidateNested({ each: true })
  applications!: ApplicationVersionInputGql[];
}

@ObjectType('CalendarException', { description: '节假日或调休上班日 / A holiday on a weekday or a make-up workday on a weekend' })
export class CalendarExceptionGql {
  @Field(() => LocalDate, { description: '日期 / Day' })
  day!: string;

  @Field({ description: '是否上班（调休） / Whether it is a working day (make-up day)' })
  isWorkday!: boolean;

  @Field({ description: '说明，如 春节 / Note, e.g. Spring Festival' })
  note!: string;
}

@ObjectType('NoticePeriod', {
  description: '公示期：按中国工作日计算（第十二条第5项） / A notice period counted in Chinese working days (Art. 12.5)',
})
export class NoticePeriodGql {
  @Field(() => LocalDate, { description: '公示开始日期 / First day' })
  startsOn!: string;

  @Field(() => LocalDate, { description: '公示结束日期（第N个工作日） / Last day: the Nth working day' })
  endsOn!: string;

  @Field(() => Int, { description: '工作日数（设置 notice.workingDays，默认5） / Working days (setting notice.workingDays, 5)' })
  workingDays!: number;

  @Field(() => Int, { description: '自然日数（含首尾） / Calendar days, both ends included' })
  calendarDays!: number;

  @Field(() => [CalendarExceptionGql], { description: '期间的节假日与调休 / Holidays and make-up days within it' })
  exceptions!: CalendarExceptionGql[];
}
