/**
 * GraphQL inputs and outputs the work desks need beyond the workflow's own (issue 14, part 2):
 * editing and withdrawing ledger entries, batch confirmation, the evaluation worklist, dry runs
 * of a grade's consequences and of a tranche's Art. 20-21 guards, funding per funder and the
 * reward budget of a cycle. Validation mirrors the services, which check again.
 */
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { registerEnum } from '../../graphql/enums';
import { Fen, LocalDate } from '../../graphql/scalars';
import { Appointment } from '../appointment/appointment.entity';
import { CallAction } from '../call/call.rules';
import { APPROVE_BATCH_MAX, EvaluationAction } from '../evaluation/evaluation.service';
import { Evaluation, Grade } from '../evaluation/evaluation.entity';
import { ServiceKind } from '../ledger/ledger.enums';
import { CONFIRM_BATCH_MAX, LedgerAction } from '../ledger/ledger.service';
import { Funder } from '../project/disbursement.entity';
import { Project } from '../project/project.entity';
import { GuardLevel, ProjectAction } from '../project/project.service';
import { ProjectFundingInputGql } from './workflow.types';

registerEnum(LedgerAction, 'LedgerAction', '台账记录可办理的操作 / An action on a ledger entry', {
  EDIT: '修改（专家本人，企业确认前） / Edit (the expert, until the enterprise confirms)',
  WITHDRAW: '撤回（专家本人，企业确认前） / Withdraw (the expert, until the enterprise confirms)',
  CONFIRM: '确认（派驻企业） / Confirm (the host enterprise)',
  DISPUTE: '提出异议（派驻企业，须说明理由） / Dispute (the host enterprise, with a reason)',
});

registerEnum(CallAction, 'CallAction', '征集通知可办理的操作 / An action on a yearly call (Art. 12.1)', {
  EDIT: '修改草稿（市科技局，未发布的征集） / Edit the draft (bureau; a call not yet published)',
  PUBLISH: '发布草稿（市科技局；每年一次，第十二条第1项） / Publish the draft (bureau; one a year, Art. 12.1)',
  CLOSE: '关闭征集（市科技局，已发布的征集） / Close the call (bureau; a published call)',
});

registerEnum(EvaluationAction, 'EvaluationAction', '考核可办理的操作 / An action in an evaluation cycle (Art. 17)', {
  GRADE: '评定等级（市科技局即决定；受托机构为建议） / Grade (the bureau decides at once; the agency proposes)',
  APPROVE_GRADE:
    '批准受托机构的考核建议，执行其后果（市科技局，第十七条） / Approve the agency’s proposal, applying its consequences (bureau, Art. 17)',
  RETURN_GRADE: '退回受托机构的考核建议（市科技局，须说明理由） / Send the agency’s proposal back with a reason (bureau)',
  DISBURSE_REWARD: '拨付奖金（市财政局）或发放证书、金卡（市科技局） / Pay the cash (finance) or hand over certificate and card (bureau)',
  FILE_RESULTS: '报组织部备案并结束周期（市科技局） / File with the Organisation Dept. and close the cycle (bureau)',
});

registerEnum(ProjectAction, 'ProjectAction', '项目可办理的操作 / An action on a co-innovation project (Art. 20, 21)', {
  APPROVE: '立项（市科技局） / Approve (bureau)',
  CHANGE_FUNDING: '调整资金（市科技局） / Change the funding (bureau)',
  DISBURSE: '登记拨付（市财政局） / Record a tranche (finance)',
  ACCEPT: '验收通过（市科技局） / Accept (bureau)',
  FAIL: '验收不通过（市科技局） / Fail (bureau)',
});

registerEnum(GuardLevel, 'GuardLevel', '校验的后果 / What a failing guard does', {
  BLOCK: '不通过则拒绝保存 / Refuses the step when it fails',
  WARN: '不通过仅提示 / Only a warning when it fails',
});

const TEXT = (zh: string, en: string, min: number, max: number) =>
  Length(min, max, { message: `${zh}须为${min}至${max}个字符 / ${en} must be ${min} to ${max} characters` });
const ID = (zh: string, en: string) => Min(1, { message: `${zh}须为正整数 / ${en} must be a positive id` });
const VERSION = Min(1, { message: '版本号须为正整数（读取记录时的 version） / version must be the positive version you read' });

@InputType('UpdateServiceInput', {
  description: '修改一条服务记录（专家本人，企业确认前） / Correct a ledger entry (the expert, until the enterprise confirms)',
})
export class UpdateServiceInputGql {
  @Field(() => Int, { description: '台账记录行号 / Ledger entry id' })
  @ID('台账记录', 'entryId')
  entryId!: number;

  @Field(() => Int, { description: '读取时的版本号 / The version you read' })
  @VERSION
  version!: number;

  @Field(() => LocalDate, { description: '服务日期 / Date of service' })
  serviceDate!: string;

  @Field(() => ServiceKind, { description: '服务类别 / Kind' })
  kind!: ServiceKind;

  @Field(() => Int, { description: '驻企天数（0-31） / Days on site, 0-31' })
  @IsInt()
  @Min(0, { message: '驻企天数不小于0 / daysOnSite is at least 0' })
  @Max(31, { message: '驻企天数不大于31 / daysOnSite is at most 31' })
  daysOnSite!: number;

  @Field({ description: '服务内容 / What was done' })
  @TEXT('服务内容', 'content', 1, 2000)
  content!: string;

  @Field({ description: '服务效果 / Effect' })
  @TEXT('服务效果', 'effect', 1, 2000)
  effect!: string;

  @Field(() => Int, { description: '培养技术骨干人数 / Technical staff trained' })
  @IsInt()
  @Min(0, { message: '培养人数不小于0 / peopleTrained is at least 0' })
  @Max(1000, { message: '培养人数不大于1000 / peopleTrained is at most 1000' })
  peopleTrained!: number;
}

@InputType('ConfirmServicesInput', {
  description: '批量确认或提出异议（派驻企业，全部成功或全部不变） / Confirm or dispute several entries (the enterprise; all or none)',
})
export class ConfirmServicesInputGql {
  @Field(() => [Int], { description: `台账记录行号（1至${CONFIRM_BATCH_MAX}条） / Ledger entry ids, 1 to ${CONFIRM_BATCH_MAX}` })
  @ArrayMinSize(1, { message: '至少选择一条记录 / Choose at least one entry' })
  @ArrayMaxSize(CONFIRM_BATCH_MAX, { message: `一次最多${CONFIRM_BATCH_MAX}条 / At most ${CONFIRM_BATCH_MAX} entries at a time` })
  entryIds!: number[];

  @Field({ description: 'true 确认，false 提出异议 / true to confirm, false to dispute' })
  confirmed!: boolean;

  @Field(() => String, { nullable: true, description: '异议理由（提出异议时必填） / Why, when disputing' })
  @IsOptional()
  @MaxLength(2000, { message: '异议理由不超过2000字 / disputeReason is at most 2000 characters' })
  disputeReason?: string | null;
}

@InputType('ApproveGradesInput', {
  description: '批准受托机构的考核建议（市科技局；全部成功或全部不变） / Approve the agency’s proposals (bureau; all or none)',
})
export class ApproveGradesInputGql {
  @Field(() => [Int], {
    description: `考核结果行号（1至${APPROVE_BATCH_MAX}条） / Evaluation ids, 1 to ${APPROVE_BATCH_MAX}`,
  })
  @ArrayMinSize(1, { message: '至少选择一条考核建议 / Choose at least one proposal' })
  @ArrayMaxSize(APPROVE_BATCH_MAX, {
    message: `一次最多批准${APPROVE_BATCH_MAX}条 / At most ${APPROVE_BATCH_MAX} proposals at a time`,
  })
  evaluationIds!: number[];
}

@InputType('ReturnGradeInput', {
  description: '退回受托机构的考核建议（市科技局） / Send the agency’s proposal back (bureau)',
})
export class ReturnGradeInputGql {
  @Field(() => Int, { description: '考核结果行号 / Evaluation id' })
  @ID('考核结果', 'evaluationId')
  evaluationId!: number;

  @Field({ description: '退回理由（2至500字） / Why, 2 to 500 characters' })
  @TEXT('退回理由', 'reason', 2, 500)
  reason!: string;
}

@InputType('PreviewDisbursementInput', {
  description: '试算一笔拨付（不保存） / A tranche to check before saving (nothing is written)',
})
export class PreviewDisbursementInputGql {
  @Field(() => Int, { description: '项目行号 / Project id' })
  @ID('项目', 'projectId')
  projectId!: number;

  @Field(() => Funder, { description: '出资方 / Funder' })
  funder!: Funder;

  @Field(() => Fen, { description: '金额（分） / Amount in fen' })
  @Min(1, { message: '拨付金额须大于0 / amountFen must be above zero' })
  amountFen!: number;

  @Field(() => String, { nullable: true, description: '凭证号（填写则检查是否已使用） / Voucher number; checked for reuse when given' })
  @IsOptional()
  @Matches(/^[0-9A-Za-z-]{0,32}$/, { message: '凭证号为1至32位字母、数字或连字符 / voucherNo is 1 to 32 letters, digits or hyphens' })
  voucherNo?: string | null;
}

@InputType('PreviewProjectFundingInput', {
  description:
    '试算项目三方出资（申报、立项或调整前，不保存） / Project amounts to check before proposing, approving or changing them (nothing is written)',
})
export class PreviewProjectFundingInputGql extends ProjectFundingInputGql {
  @Field(() => Int, {
    nullable: true,
    description: '已有项目的行号（调整时另查不得低于已拨付） / An existing project: also checks no funder goes below what it paid',
  })
  @IsOptional()
  @ID('项目', 'projectId')
  projectId?: number | null;
}

@ObjectType('EvaluationWorkItem', { description: '考核工作清单的一项 / One appointment in a cycle’s worklist' })
export class EvaluationWorkItemGql {
  @Field(() => Appointment, { description: '应考核的任职 / The appointment to evaluate' })
  appointment!: Appointment;

  @Field(() => Evaluation, { nullable: true, description: '已评定的结果；未评定为空 / The grade once given; null before' })
  evaluation!: Evaluation | null;

  @Field(() => [EvaluationAction], { description: '您现在可以办理的操作 / The actions you may take on it now' })
  nextActions!: EvaluationAction[];
}

@ObjectType('GradePreview', {
  description: '评定等级前试算的后果（第十七至十九条，不保存） / What a grade would set off (Art. 17-19), computed without writing',
})
export class GradePreviewGql {
  @Field({ description: '考核周期代码 / Cycle code' })
  cycleCode!: string;

  @Field(() => Int, { description: '任职行号 / Appointment id' })
  appointmentId!: number;

  @Field(() => Grade, { description: '拟评等级 / The grade' })
  grade!: Grade;

  @Field(() => LocalDate, { description: '评定日期（今天） / Grading day (today)' })
  gradedOn!: string;

  @Field(() => Fen, { description: '优秀：奖金（分），否则为0 / Excellent: the cash reward in fen; 0 otherwise' })
  rewardFen!: number;

  @Field({ description: '优秀：颁发证书 / Excellent: a certificate is issued' })
  certificate!: boolean;

  @Field({ description: '优秀：发放人才服务金卡（B） / Excellent: a Talent Service Gold Card B is issued (Art. 18)' })
  goldCardB!: boolean;

  @Field(() => [Project], {
    description: '优秀：转为优先支持的在研项目（第十九条） / Excellent: open projects that become priority (Art. 19)',
  })
  prioritisedProjects!: Project[];

  @Field({ description: '不合格：撤销科技副总资格 / Unqualified: the appointment is revoked (Art. 17)' })
  revokes!: boolean;

  @Field(() => [Project], { description: '不合格：将取消的项目 / Unqualified: open projects that are cancelled (Art. 17)' })
  cancelledProjects!: Project[];

  @Field(() => LocalDate, { nullable: true, description: '不合格：禁止申报至 / Unqualified: barred from applying until (Art. 17)' })
  bannedUntil!: string | null;
}

@ObjectType('FunderAmount', { description: '一方出资的批准、已拨付与余额 / Approved, paid and remaining money of one funder' })
export class FunderAmountGql {
  @Field(() => Funder, { description: '出资方 / Funder' })
  funder!: Funder;

  @Field(() => Fen, { description: '批准金额（分） / Approved, in fen' })
  approvedFen!: number;

  @Field(() => Fen, { description: '已拨付（分） / Paid, in fen' })
  paidFen!: number;

  @Field(() => Fen, { description: '余额（分） / Remaining, in fen' })
  remainingFen!: number;
}

@ObjectType('DisbursementGuard', { description: '一项第二十、二十一条校验 / One Art. 20-21 guard on a tranche' })
export class DisbursementGuardGql {
  @Field({ description: '校验代码：OVER_APPROVED、SUPPORT_CAP、ENTERPRISE_SHARE / Guard code' })
  code!: string;

  @Field({ description: '条款 / Article' })
  article!: string;

  @Field(() => GuardLevel, { description: '不通过时拒绝或提示 / Refuses or warns when failing' })
  level!: GuardLevel;

  @Field({ description: '是否通过 / Whether it passes' })
  passed!: boolean;

  @Field({ description: '说明 / What it found' })
  message!: string;
}

@ObjectType('DisbursementPreview', { description: '拨付试算结果（不保存） / A tranche checked before saving (nothing written)' })
export class DisbursementPreviewGql {
  @Field(() => Int, { description: '项目行号 / Project id' })
  projectId!: number;

  @Field(() => Funder, { description: '出资方 / Funder' })
  funder!: Funder;

  @Field(() => Fen, { description: '金额（分） / Amount in fen' })
  amountFen!: number;

  @Field(() => Int, { description: '将登记为第几批 / The tranche number it would get' })
  tranche!: number;

  @Field(() => [DisbursementGuardGql], { description: '各项校验 / The guards' })
  guards!: DisbursementGuardGql[];

  @Field({ description: '凭证号是否已被使用 / Whether the voucher number is already used' })
  voucherUsed!: boolean;

  @Field({ description: '按现状保存是否会被接受 / Whether saving it now would be accepted' })
  allowed!: boolean;
}

@ObjectType('FundingGuard', { description: '一项第二十、二十一条项目资金校验 / One Art. 20-21 guard on a project’s amounts' })
export class FundingGuardGql {
  @Field({ description: '校验代码：ENTERPRISE_SHARE、SUPPORT_CAP、BELOW_PAID / Guard code' })
  code!: string;

  @Field({ description: '条款 / Article' })
  article!: string;

  @Field({ description: '是否通过（不通过则拒绝保存） / Whether it passes; saving is refused when not' })
  passed!: boolean;

  @Field({ description: '说明及计算结果 / What it computed' })
  message!: string;

  @Field(() => [String], { description: '涉及的字段 / The fields concerned' })
  fields!: string[];
}

@ObjectType('ProjectFundingPreview', {
  description: '项目资金试算结果（第二十条，不保存） / Project amounts checked before saving (Art. 20; nothing written)',
})
export class ProjectFundingPreviewGql {
  @Field(() => Fen, { description: '项目总额（分） / Project total, fen' })
  totalFen!: number;

  @Field(() => Fen, { description: '高校与财政支持合计（分） / Support from university and finance, fen' })
  supportFen!: number;

  @Field(() => Int, { description: '企业出资占总额（万分比，向下取整） / Enterprise share of the total, basis points, rounded down' })
  enterpriseShareBp!: number;

  @Field(() => Int, { description: '企业出资最低占比（万分比） / Minimum enterprise share, basis points' })
  minEnterpriseShareBp!: number;

  @Field(() => Fen, { description: '单个项目支持上限（分） / Support cap per project, fen' })
  supportCapFen!: number;

  @Field(() => [FundingGuardGql], { description: '各项校验 / The guards' })
  guards!: FundingGuardGql[];

  @Field({ description: '按现状保存是否会被接受 / Whether saving these amounts now would be accepted' })
  allowed!: boolean;
}

@ObjectType('RewardBudget', { description: '考核周期的奖金预算与拨付 / The cash rewards of a cycle: granted, paid, to pay' })
export class RewardBudgetGql {
  @Field(() => Int, { description: '考核周期行号 / Cycle id' })
  cycleId!: number;

  @Field({ description: '周期代码 / Cycle code' })
  cycleCode!: string;

  @Field(() => Int, { description: '奖金笔数（优秀人数） / Cash rewards granted (excellent grades)' })
  rewards!: number;

  @Field(() => Int, { description: '已拨付笔数 / Of which paid' })
  paidRewards!: number;

  @Field(() => Fen, { description: '授予总额（分） / Granted, in fen' })
  grantedFen!: number;

  @Field(() => Fen, { description: '已拨付（分） / Paid, in fen' })
  paidFen!: number;

  @Field(() => Fen, { description: '待拨付（分） / Still to pay, in fen' })
  unpaidFen!: number;
}
