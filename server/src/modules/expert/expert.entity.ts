import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Opt, Property, Unique } from '@mikro-orm/core';
import type { Application } from '../application/application.entity';
import type { Appointment } from '../appointment/appointment.entity';
import { Field, ObjectType } from 'type-graphql';
import { registerEnum } from '../../graphql/enums';
import { LocalDate } from '../../graphql/scalars';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Sector } from '../geo/sector.entity';
import { Institution } from '../institution/institution.entity';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../shared/base.entity';

export enum Degree {
  DOCTORATE = 'DOCTORATE',
  MASTER = 'MASTER',
  BACHELOR = 'BACHELOR',
  OTHER = 'OTHER',
}
registerEnum(Degree, 'Degree', '最高学位 / Highest degree (rule E1, Art. 2, 5.1)', {
  DOCTORATE: '博士 / Doctorate',
  MASTER: '硕士 / Master',
  BACHELOR: '学士 / Bachelor',
  OTHER: '其他 / Other',
});

export enum ProfessionalTitle {
  SENIOR = 'SENIOR',
  ASSOCIATE_SENIOR = 'ASSOCIATE_SENIOR',
  INTERMEDIATE = 'INTERMEDIATE',
  JUNIOR = 'JUNIOR',
  NONE = 'NONE',
}
registerEnum(ProfessionalTitle, 'ProfessionalTitle', '专业技术职称 / Professional title (rule E1, Art. 2, 5.1)', {
  SENIOR: '正高级 / Senior',
  ASSOCIATE_SENIOR: '副高级 / Associate senior',
  INTERMEDIATE: '中级 / Intermediate',
  JUNIOR: '初级 / Junior',
  NONE: '无 / None',
});

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnum(Gender, 'Gender', '性别 / Gender', { MALE: '男 / Male', FEMALE: '女 / Female' });

/**
 * 专家（科技副总人选） / A researcher who serves, or may serve, as a technology vice-president.
 * Resident ID and phone numbers are personal data: stored encrypted, with a keyed hash for the
 * unique index, and a masked copy for display.
 */
@ObjectType('Expert', {
  implements: Node,
  description:
    '专家（高校院所科研人员，科技副总人选） / A university or institute researcher who serves or may serve as a technology vice-president (Art. 2, 5)',
})
@Entity()
export class Expert extends BaseEntity {
  @Field({ description: '姓名 / Full name' })
  @Property({ length: 64 })
  @Index()
  name!: string;

  @Field(() => Gender, { description: '性别 / Gender' })
  @Enum(() => Gender)
  gender!: Gender;

  /** AES-256-GCM ciphertext of the resident ID number (see domain/pii.ts). */
  @Property({ columnType: 'text', lazy: true })
  idNumberCipher!: string;

  /** HMAC-SHA256 of the resident ID number: unique natural key, exact look-up. */
  @Property({ length: 64 })
  @Unique()
  idNumberHash!: string;

  /** Masked resident ID, `370102********1234`. */
  @Property({ length: 18 })
  idNumberMasked!: string;

  @Property({ columnType: 'text', lazy: true, nullable: true })
  phoneCipher?: string;

  @Property({ length: 16, nullable: true })
  phoneMasked?: string;

  @ManyToOne(() => Institution)
  @Index()
  institution!: Institution;

  @Field(() => Degree, { description: '最高学位 / Highest degree' })
  @Enum(() => Degree)
  degree!: Degree;

  @Field(() => ProfessionalTitle, { description: '专业技术职称 / Professional title' })
  @Enum(() => ProfessionalTitle)
  title!: ProfessionalTitle;

  @Field({ description: '学科专业 / Discipline' })
  @Property({ length: 64 })
  discipline!: string;

  @Field(() => [String], { description: '研究方向关键词 / Research keywords, used by the matching helper' })
  @Property({ type: 'text[]' })
  keywords!: string[];

  @ManyToOne(() => Sector, { nullable: true })
  @Index()
  sector?: Sector;

  @Field(() => LocalDate, { description: '参加工作日期（规则E2：两年以上工作经历） / Date the expert started working (rule E2)' })
  @Property({ type: 'date' })
  workStartedOn!: string;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      '最近一次学术不端或科研失信记录日期（规则E3：近三年内不得有） / Date of the latest academic-misconduct or research-integrity record (rule E3)',
  })
  @Property({ type: 'date', nullable: true })
  misconductOn?: string;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      '禁止申报截止日期（考核不合格后两年，规则E5） / End of the two-year ban after an unqualified evaluation (rule E5, Art. 17)',
  })
  @Property({ type: 'date', nullable: true })
  bannedUntil?: string;

  @Field(() => Boolean, { description: '是否顶尖人才（第十六条，一事一议） / Top talent handled case by case (Art. 16)' })
  @Property({ type: 'boolean', default: false })
  topTalent: boolean & Opt = false;

  /**
   * The enterprise that invited this expert from its application form because the expert was
   * not yet in the directory (Art. 12.1, 13.3); that enterprise may then see the record.
   */
  @ManyToOne(() => Enterprise, { nullable: true, fieldName: 'invited_by_enterprise_id' })
  @Index()
  invitedBy?: Enterprise;

  /** When the enterprise invited the expert. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  invitedAt?: Date;

  /** Inverse sides, used by access scopes (not columns). */
  @OneToMany('Appointment', 'expert')
  appointments = new Collection<Appointment>(this);

  @OneToMany('Application', 'proposedExpert')
  applications = new Collection<Application>(this);
}
