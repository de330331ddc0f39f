/**
 * Entry points of the work desks, part 2 (expert, enterprise, agency, finance), and the bureau's
 * calls and objections: thin, each calls one service. The `nextActions` fields are computed by the services' rules so the dashboard
 * never repeats them; the dry runs (`previewGrade`, `previewDisbursement`) evaluate the same
 * rules as the steps without writing.
 */
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { EvaluationCycle } from '../evaluation/evaluation-cycle.entity';
import { Evaluation } from '../evaluation/evaluation.entity';
import {
  cycleActions,
  cycleProgress,
  evaluationActions,
  EvaluationAction,
  EvaluationService,
  rewardActions,
} from '../evaluation/evaluation.service';
import { User } from '../identity/user.entity';
import { Reward } from '../evaluation/reward.entity';
import { READERS } from '../identity/access';
import { Role } from '../identity/role';
import { Application } from '../application/application.entity';
import { Appointment } from '../appointment/appointment.entity';
import { Call } from '../call/call.entity';
import { CallAction, callActions } from '../call/call.rules';
import { Objection } from '../notice/objection.entity';
import { objectionActions } from '../notice/objection.rules';
import { WorkflowAction } from './pipeline';
import { LedgerEntry } from '../ledger/ledger-entry.entity';
import { LedgerEvidenceService } from '../ledger/ledger-evidence.service';
import { LedgerAction, ledgerActions, LedgerService } from '../ledger/ledger.service';
import { Project } from '../project/project.entity';
import { paidByFunder, ProjectAction, projectActions, ProjectService } from '../project/project.service';
import {
  ApproveGradesInputGql,
  ReturnGradeInputGql,
  ConfirmServicesInputGql,
  DisbursementPreviewGql,
  EvaluationWorkItemGql,
  FunderAmountGql,
  GradePreviewGql,
  PreviewDisbursementInputGql,
  PreviewProjectFundingInputGql,
  ProjectFundingPreviewGql,
  RewardBudgetGql,
  UpdateServiceInputGql,
} from './desk.types';
import { GradeEvaluationInputGql, VersionedIdInputGql } from './workflow.types';

const GRADERS = [Role.ST_BUREAU, Role.EVALUATION_AGENCY];

@Resolver()
export class DeskResolver {
  @Authorized([Role.EXPERT])
  @Mutation(() => LedgerEntry, {
    description:
      '修改服务记录（专家本人，企业确认前；有异议的记录改后重新待确认） / Correct a ledger entry (the expert, until confirmed; a disputed one goes back to the enterprise)',
  })
  updateService(
    @Arg('input', () => UpdateServiceInputGql, { description: '修改后的记录 / The corrected entry' }) input: UpdateServiceInputGql,
    @Ctx() ctx: Context,
  ) {
    return new LedgerService(ctx.em, ctx.viewer!).updateService(input);
  }

  @Authorized([Role.EXPERT])
  @Mutation(() => Int, {
    description: '撤回服务记录（专家本人，企业确认前），返回其行号 / Withdraw a ledger entry (the expert, until confirmed); returns its id',
  })
  withdrawService(
    @Arg('input', () => VersionedIdInputGql, { description: '台账记录及版本号 / The entry and its version' }) input: VersionedIdInputGql,
    @Ctx() ctx: Context,
  ) {
    return new LedgerService(ctx.em, ctx.viewer!).withdrawService(input.id, input.version);
  }

  @Authorized([Role.EXPERT])
  @Mutation(() => Int, {
    description:
      '删除服务记录的一份佐证文件（专家本人，企业确认前），返回其行号 / Remove an evidence file of a ledger entry (the expert, until confirmed); returns its id',
  })
  deleteLedgerEvidence(
    @Arg('evidenceId', () => Int, { description: '佐证文件行号 / Evidence file id' }) evidenceId: number,
    @Ctx() ctx: Context,
  ) {
    return new LedgerEvidenceService(ctx.em, ctx.viewer!).remove(evidenceId);
  }

  @Authorized([Role.ENTERPRISE])
  @Mutation(() => [LedgerEntry], {
    description: '批量确认或提出异议（派驻企业，全部成功或全部不变） / Confirm or dispute several entries (the enterprise; all or none)',
  })
  confirmServices(
    @Arg('input', () => ConfirmServicesInputGql, { description: '记录与决定 / The entries and the decision' })
    input: ConfirmServicesInputGql,
    @Ctx() ctx: Context,
  ) {
    return new LedgerService(ctx.em, ctx.viewer!).confirmServices(input);
  }

  @Authorized(GRADERS)
  @Query(() => [EvaluationWorkItemGql], {
    description: '考核周期工作清单：应考核的任职及其结果 / A cycle’s worklist: the appointments it evaluates and their grades',
  })
  evaluationWorklist(@Arg('cycleId', () => Int, { description: '考核周期行号 / Cycle id' }) cycleId: number, @Ctx() ctx: Context) {
    return new EvaluationService(ctx.em, ctx.viewer!).worklist(cycleId);
  }

  @Authorized(GRADERS)
  @Query(() => GradePreviewGql, {
    description: '试算评定等级的后果（不保存；检查与评定相同） / What a grade would set off, without writing (same checks as grading)',
  })
  previewGrade(
    @Arg('input', () => GradeEvaluationInputGql, { description: '拟评定的等级 / The grade considered' }) input: GradeEvaluationInputGql,
    @Ctx() ctx: Context,
  ) {
    return new EvaluationService(ctx.em, ctx.viewer!).previewGrade(input);
  }

  @Authorized([Role.ST_BUREAU])
  @Query(() => GradePreviewGql, {
    description: '试算批准一条考核建议的后果（市科技局；不保存） / What approving a proposal would set off (bureau; nothing written)',
  })
  previewGradeApproval(
    @Arg('evaluationId', () => Int, { description: '考核结果行号 / Evaluation id' }) evaluationId: number,
    @Ctx() ctx: Context,
  ) {
    return new EvaluationService(ctx.em, ctx.viewer!).previewApproval(evaluationId);
  }

  @Authorized([Role.ST_BUREAU])
  @Mutation(() => [Evaluation], {
    description:
      '批准受托机构的考核建议（市科技局，第十七条）：等级即决定，其后果即执行；全部成功或全部不变 / Approve the agency’s proposals (bureau, Art. 17): each grade is decided and its consequences applied; all or none',
  })
  approveGrades(
    @Arg('input', () => ApproveGradesInputGql, { description: '要批准的考核建议 / The proposals' }) input: ApproveGradesInputGql,
    @Ctx() ctx: Context,
  ) {
    return new EvaluationService(ctx.em, ctx.viewer!).approveGrades(input.evaluationIds);
  }

  @Authorized([Role.ST_BUREAU])
  @Mutation(() => Evaluation, {
    description:
      '退回受托机构的考核建议（市科技局，须说明理由；不执行任何后果） / Send the agency’s proposal back with a reason (bureau; no consequence)',
  })
  returnGrade(
    @Arg('input', () => ReturnGradeInputGql, { description: '考核建议及退回理由 / The proposal and why' }) input: ReturnGradeInputGql,
    @Ctx() ctx: Context,
  ) {
    return new EvaluationService(ctx.em, ctx.viewer!).returnGrade(input.evaluationId, input.reason);
  }

  @Authorized([Role.FINANCE])
  @Query(() => DisbursementPreviewGql, {
    description: '试算一笔拨付的第二十、二十一条校验（不保存） / The Art. 20-21 guards on a tranche, without writing',
  })
  previewDisbursement(
    @Arg('input', () => PreviewDisbursementInputGql, { description: '拟登记的拨付 / The tranche considered' })
    input: PreviewDisbursementInputGql,
    @Ctx() ctx: Context,
  ) {
    return new ProjectService(ctx.em, ctx.viewer!).previewDisbursement({ ...input, voucherNo: input.voucherNo ?? '' });
  }

  @Authorized([Role.ST_BUREAU, Role.ENTERPRISE])
  @Query(() => ProjectFundingPreviewGql, {
    description:
      '试算项目三方出资的第二十条校验（申报、立项或调整前；不保存） / The Art. 20 guards on a project’s amounts before proposing, approving or changing them, without writing',
  })
  previewProjectFunding(
    @Arg('input', () => PreviewProjectFundingInputGql, { description: '拟定的三方出资 / The amounts considered' })
    input: PreviewProjectFundingInputGql,
    @Ctx() ctx: Context,
  ) {
    const { projectId, ...funding } = input;
    return new ProjectService(ctx.em, ctx.viewer!).previewFunding(funding, projectId);
  }

  @Authorized([Role.FINANCE, Role.ST_BUREAU])
  @Query(() => RewardBudgetGql, { description: '考核周期的奖金授予与拨付 / The cash rewards of a cycle: granted, paid, to pay' })
  rewardBudget(@Arg('cycleId', () => Int, { description: '考核周期行号 / Cycle id' }) cycleId: number, @Ctx() ctx: Context) {
    return new EvaluationService(ctx.em, ctx.viewer!).rewardBudget(cycleId);
  }
}

@Resolver(() => LedgerEntry)
export class LedgerEntryDeskFields {
  @FieldResolver(() => Int, { description: '版本号，修改或撤回时原样提交（乐观锁） / Version: pass it back when editing or withdrawing' })
  version(@Root() row: LedgerEntry): number {
    return row.version;
  }

  @FieldResolver(() => [LedgerAction], { description: '您现在可以办理的操作 / The actions you may take on it now' })
  async nextActions(@Root() row: LedgerEntry, @Ctx() ctx: Context): Promise<LedgerAction[]> {
    if (!ctx.viewer) return [];
    // Batched: one look-up of the page's appointments, not one per entry.
    const appt = await ctx.loaders.one(Appointment, row.appointment.id);
    return appt ? ledgerActions(row.confirmation, appt.status, ctx.viewer.role) : [];
  }
}

@Resolver(() => Project)
export class ProjectDeskFields {
  @FieldResolver(() => [ProjectAction], { description: '您现在可以办理的操作 / The actions you may take on it now' })
  nextActions(@Root() row: Project, @Ctx() ctx: Context): ProjectAction[] {
    return ctx.viewer ? projectActions(row.status, ctx.viewer.role) : [];
  }

  @Authorized(READERS.Disbursement)
  @FieldResolver(() => [FunderAmountGql], {
    description: '各出资方的批准、已拨付与余额 / Approved, paid and remaining money per funder',
  })
  async funding(@Root() row: Project, @Ctx() ctx: Context) {
    // Batched over the page: one statement for every project's payments, not one per row.
    const paid = await ctx.loaders.batch('projectPaidByFunder', (ids) => paidByFunder(ctx.em, ids)).load(row.id);
    return new ProjectService(ctx.em, ctx.viewer!).funding(row, paid);
  }
}

@Resolver(() => Reward)
export class RewardDeskFields {
  @FieldResolver(() => [EvaluationAction], { description: '您现在可以办理的操作 / The actions you may take on it now' })
  nextActions(@Root() row: Reward, @Ctx() ctx: Context): EvaluationAction[] {
    return ctx.viewer ? rewardActions(row.kind, row.status, ctx.viewer.role) : [];
  }
}

@Resolver(() => EvaluationCycle)
export class EvaluationCycleDeskFields {
  @FieldResolver(() => [EvaluationAction], { description: '您现在可以办理的操作 / The actions you may take on it now' })
  async nextActions(@Root() row: EvaluationCycle, @Ctx() ctx: Context): Promise<EvaluationAction[]> {
    if (!ctx.viewer) return [];
    // Batched: one grouped count for every cycle asked for, not one count per row.
    const progress = await ctx.loaders.batch('cycleProgress', (ids) => cycleProgress(ctx.em, ids)).load(row.id);
    return cycleActions(row.status, progress.due, progress.undecided, ctx.viewer.role);
  }
}

@Resolver(() => Evaluation)
export class EvaluationDeskFields {
  @FieldResolver(() => [EvaluationAction], { description: '您现在可以办理的操作 / The actions you may take on it now' })
  async nextActions(@Root() row: Evaluation, @Ctx() ctx: Context): Promise<EvaluationAction[]> {
    if (!ctx.viewer) return [];
    const cycle = await ctx.loaders.one(EvaluationCycle, row.cycle.id);
    return cycle ? evaluationActions(cycle.status, row.status, ctx.viewer.role) : [];
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      '评定或提出建议的人（姓名；仅市科技局与第三方考核机构可见，其他角色为空） / Who graded or proposed it: name (the S&T bureau and the evaluation agency only; null for other roles)',
  })
  gradedByName(@Root() row: Evaluation, @Ctx() ctx: Context): Promise<string | null> | null {
    return row.gradedBy && seesGraders(ctx) ? userName(ctx, row.gradedBy.id) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      '决定人（姓名；仅市科技局与第三方考核机构可见，其他角色为空） / Who decided it: name (the S&T bureau and the evaluation agency only; null for other roles)',
  })
  decidedByName(@Root() row: Evaluation, @Ctx() ctx: Context): Promise<string | null> | null {
    return row.decidedBy && seesGraders(ctx) ? userName(ctx, row.decidedBy.id) : null;
  }
}

/** Who graded and who decided are the bureau's and the agency's business (Art. 17); others read null, like a masked field. */
function seesGraders(ctx: Context): boolean {
  return ctx.viewer?.role === Role.ST_BUREAU || ctx.viewer?.role === Role.EVALUATION_AGENCY;
}

/** A user's display name, one statement for the whole page. */
function userName(ctx: Context, id: number): Promise<string | null> {
  return ctx.loaders
    .batch('userDisplayName', async (ids) => {
      const users = await ctx.em.find(User, { id: { $in: [...ids] } }, { fields: ['id', 'displayName'] });
      const names = new Map(users.map((u) => [u.id, u.displayName]));
      return ids.map((i) => names.get(i) ?? null);
    })
    .load(id);
}

@Resolver(() => Call)
export class CallDeskFields {
  @FieldResolver(() => [CallAction], { description: '您现在可以办理的操作 / The actions you may take on it now' })
  nextActions(@Root() row: Call, @Ctx() ctx: Context): CallAction[] {
    return ctx.viewer ? callActions(row.status, ctx.viewer.role) : [];
  }
}

@Resolver(() => Objection)
export class ObjectionDeskFields {
  @FieldResolver(() => [WorkflowAction], {
    description: '您现在可以办理的操作（异议成立或不成立） / The actions you may take on it now (uphold or dismiss)',
  })
  async nextActions(@Root() row: Objection, @Ctx() ctx: Context): Promise<WorkflowAction[]> {
    if (!ctx.viewer) return [];
    // Batched: one look-up of the page's applications, not one per objection.
    const app = await ctx.loaders.one(Application, row.application.id);
    return app ? objectionActions(row.status, app, ctx.viewer.role) : [];
  }
}

export const DESK_RESOLVERS = [
  DeskResolver,
  LedgerEntryDeskFields,
  ProjectDeskFields,
  RewardDeskFields,
  EvaluationCycleDeskFields,
  EvaluationDeskFields,
  CallDeskFields,
  ObjectionDeskFields,
];
