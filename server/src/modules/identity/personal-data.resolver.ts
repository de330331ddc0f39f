import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Expert } from '../expert/expert.entity';
import { READERS } from './access';
import { personalValue } from './personal-data';

const RULE =
  '市科技局、市委组织部及本人可见明文（每次查看记入审计），市领导不可见，其他角色仅见脱敏值 / In clear for the S&T bureau, the Organisation Department and the person themself (each read audited); hidden from leadership; masked for everyone else';

@Resolver(() => Expert)
export class ExpertPersonalDataResolver {
  @Authorized(READERS.Expert)
  @FieldResolver(() => String, { nullable: true, description: `身份证号，如 370102********1234。${RULE}` })
  idNumber(@Root() expert: Expert, @Ctx() ctx: Context): Promise<string | null> {
    return personalValue(ctx, 'Expert.idNumber', expert.id, expert.idNumberMasked);
  }

  @Authorized(READERS.Expert)
  @FieldResolver(() => String, { nullable: true, description: `手机号，如 138****1234。${RULE}` })
  phone(@Root() expert: Expert, @Ctx() ctx: Context): Promise<string | null> {
    return personalValue(ctx, 'Expert.phone', expert.id, expert.phoneMasked);
  }
}

@Resolver(() => Enterprise)
export class EnterprisePersonalDataResolver {
  @Authorized(READERS.Enterprise)
  @FieldResolver(() => String, {
    nullable: true,
    description: `联系人手机号，如 138****1234。县级科技部门与企业本身亦可见明文。${RULE}`,
  })
  contactPhone(@Root() enterprise: Enterprise, @Ctx() ctx: Context): Promise<string | null> {
    return personalValue(ctx, 'Enterprise.contactPhone', enterprise.id, enterprise.contactPhoneMasked);
  }
}
