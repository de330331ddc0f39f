/** GraphQL input of the expert module: an enterprise invites an expert not yet in the directory. */
import { ArrayMaxSize, ArrayMinSize, Length, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars';
import { Degree, ProfessionalTitle } from './expert.entity';

@InputType('InviteExpertInput', {
  description:
    '邀请新专家：专家库中没有的人选，由申报企业录入（第十二条第1项、第十三条第3项） / Invite an expert who is not yet in the directory, entered by the applying enterprise (Art. 12.1, 13.3)',
})
export class InviteExpertInputGql {
  @Field({ description: '姓名 / Full name' })
  @Length(1, 64, { message: '姓名（name）须为1至64个字符 / name must be 1 to 64 characters' })
  name!: string;

  @Field(() => Int, { description: '派出单位（高校院所名录中的行号） / Sending institution, an id from the institutions list' })
  @Min(1, { message: '派出单位（institutionId）须为正整数 / institutionId must be a positive id' })
  institutionId!: number;

  @Field(() => Degree, { description: '最高学位（规则E1） / Highest degree (rule E1)' })
  degree!: Degree;

  @Field(() => ProfessionalTitle, { description: '专业技术职称（规则E1） / Professional title (rule E1)' })
  title!: ProfessionalTitle;

  @Field({ description: '学科专业 / Discipline' })
  @Length(1, 64, { message: '学科专业（discipline）须为1至64个字符 / discipline must be 1 to 64 characters' })
  discipline!: string;

  @Field(() => [String], { description: '研究方向（1至10项） / Research fields, 1 to 10' })
  @ArrayMinSize(1, { message: '研究方向（researchFields）至少1项 / researchFields needs at least one item' })
  @ArrayMaxSize(10, { message: '研究方向（researchFields）至多10项 / researchFields has at most 10 items' })
  researchFields!: string[];

  @Field(() => LocalDate, { description: '参加工作日期（规则E2：两年以上工作经历） / Date the expert started working (rule E2)' })
  workStartedOn!: string;

  @Field({
    description: '手机号（11位，加密保存，对企业脱敏显示） / Mobile phone, 11 digits; stored encrypted, shown masked to enterprises',
  })
  phone!: string;

  @Field({
    description:
      '身份证号（18位，校验位按GB 11643；加密保存，对企业脱敏显示） / Resident ID number, 18 characters with the GB 11643 check digit; stored encrypted, shown masked to enterprises',
  })
  idNumber!: string;
}
