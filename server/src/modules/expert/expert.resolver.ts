/** Entry points of the expert module beyond the generated reads: thin, each calls one service. */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Role } from '../identity/role';
import { ExpertCardGql } from '../workflow/workflow.types';
import { ExpertInvitationService } from './expert-invitation.service';
import { InviteExpertInputGql } from './expert.types';

@Resolver()
export class ExpertInvitationResolver {
  @Authorized([Role.ENTERPRISE])
  @Mutation(() => ExpertCardGql, {
    description:
      '邀请新专家（企业账号，本企业申报用；身份证号与手机号加密保存，对企业脱敏，记入审计） / Invite an expert not yet in the directory (the enterprise, for its own application; ID and phone stored encrypted, masked to enterprises; audited)',
  })
  inviteExpert(
    @Arg('input', () => InviteExpertInputGql, { description: '新专家信息 / The new expert' }) input: InviteExpertInputGql,
    @Ctx() ctx: Context,
  ) {
    return new ExpertInvitationService(ctx.em, ctx.viewer!, ctx.pii).invite(input);
  }
}
