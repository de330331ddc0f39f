import { BigIntType, Check, Entity, Enum, Index, ManyToOne, Opt, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { registerEnum } from '../../graphql/enums';
import { Fen, LocalDate } from '../../graphql/scalars';
import { Appointment } from '../appointment/appointment.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Division } from '../geo/division.entity';
import { Sector } from '../geo/sector.entity';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../shared/base.entity';

export enum ProjectStatus {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  IN_PROGRESS = 'IN_PROGRESS',
  ACCEPTED = 'ACCEPTED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}
registerEnum(ProjectStatus, 'ProjectStatus', '协同创新项目状态 / Status of a co-innovation project', {
  PROPOSED: '已申报，待立项 / Proposed, awaiting approval',
  APPROVED: '已立项 / Approved (立项)',
  IN_PROGRESS: '执行中（分批拨付） / Being carried out, funds disbursed in tranches',
  ACCEPTED: '已验收 / Accepted on completion (验收)',
  FAILED: '验收未通过 / Failed acceptance',
  CANCELLED: '已取消（如考核不合格取消资格） / Cancelled, e.g. after an unqualified grade (Art. 17)',
});

/** The 1,000,000-yuan cap of Art. 20 on support (university + finance), in fen. */
export const PROJECT_SUPPORT_CAP_FEN = 100_000_000;

/**
 * 协同创新项目 / A co-innovation project led by the expert and carried out by the enterprise,
 * funded by enterprise, university and city finance (Art. 2, 20, 21). Once approved, the
 * database itself holds the split rules: enterprise at least half of the total, support from
 * university and finance at most 1,000,000 yuan.
 */
@ObjectType('Project', {
  implements: Node,
  description:
    '科技副总协同创新项目：企业、高校、财政三方出资 / A co-innovation project led by the expert, carried out by the enterprise, funded by enterprise, university and finance (Art. 20, 21)',
})
@Entity()
@Check({
  name: 'project_money_nonnegative',
  expression: 'enterprise_fen >= 0 and university_fen >= 0 and finance_fen >= 0',
})
@Check({
  name: 'project_split_rules',
  expression: `status = 'PROPOSED' or (enterprise_fen >= university_fen + finance_fen and university_fen + finance_fen <= ${PROJECT_SUPPORT_CAP_FEN})`,
})
@Index({ properties: ['division', 'status'] })
@Index({ properties: ['sector', 'status'] })
export class Project extends BaseEntity {
  @Field({ description: '项目编号（唯一） / Project code, unique' })
  @Property({ length: 32 })
  @Unique()
  code!: string;

  @Field({ description: '项目名称 / Title' })
  @Property({ length: 200 })
  title!: string;

  @ManyToOne(() => Appointment)
  @Index()
  appointment!: Appointment;

  @ManyToOne(() => Enterprise)
  @Index()
  enterprise!: Enterprise;

  @ManyToOne(() => Division)
  division!: Division;

  @ManyToOne(() => Sector)
  sector!: Sector;

  @Field(() => ProjectStatus, { description: '状态 / Status' })
  @Enum(() => ProjectStatus)
  @Index()
  status!: ProjectStatus;

  @Field(() => Fen, { description: '企业出资（分，不低于总额50%） / Enterprise contribution in fen, at least 50% of the total (Art. 20)' })
  @Property({ type: new BigIntType('number') })
  enterpriseFen!: number;

  @Field(() => Fen, { description: '高校院所出资（分） / University or institute contribution in fen' })
  @Property({ type: new BigIntType('number') })
  universityFen!: number;

  @Field(() => Fen, { description: '财政资金（分） / City finance contribution in fen' })
  @Property({ type: new BigIntType('number') })
  financeFen!: number;

  @Field(() => LocalDate, { description: '申报日期 / Date proposed' })
  @Property({ type: 'date' })
  proposedOn!: string;

  @Field(() => LocalDate, { nullable: true, description: '立项日期 / Date approved' })
  @Property({ type: 'date', nullable: true })
  approvedOn?: string;

  @Field(() => LocalDate, { nullable: true, description: '验收或终止日期 / Date accepted, failed or cancelled' })
  @Property({ type: 'date', nullable: true })
  closedOn?: string;

  @Field(() => Boolean, { description: '优先支持（专家考核优秀，第十九条） / Priority: the expert was graded excellent (Art. 17, 19)' })
  @Property({ type: 'boolean', default: false })
  priority: boolean & Opt = false;

  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
