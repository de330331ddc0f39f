/**
 * The Chinese words office workers use for each enumerated value, as they appear in
 * templates, exports and official documents. Imports accept these labels (and, for scripts,
 * the English codes); exports write them.
 */
import { ApplicationStage, Position } from '../application/application.enums';
import { AppointmentOrigin, AppointmentStatus } from '../appointment/appointment.entity';
import { Grade } from '../evaluation/evaluation.entity';
import { CycleStatus } from '../evaluation/evaluation-cycle.entity';
import { Degree, Gender, ProfessionalTitle } from '../expert/expert.entity';
import { FilingKind, FilingStatus } from '../filing/filing-record.entity';
import { Confirmation, ServiceKind } from '../ledger/ledger.enums';
import { Funder } from '../project/disbursement.entity';
import { ProjectStatus } from '../project/project.entity';

export type Labels<E extends string> = Record<E, string>;

export const GENDER: Labels<Gender> = { MALE: '男', FEMALE: '女' };
export const DEGREE: Labels<Degree> = { DOCTORATE: '博士', MASTER: '硕士', BACHELOR: '学士', OTHER: '其他' };
export const TITLE: Labels<ProfessionalTitle> = {
  SENIOR: '正高级',
  ASSOCIATE_SENIOR: '副高级',
  INTERMEDIATE: '中级',
  JUNIOR: '初级',
  NONE: '无',
};
export const SERVICE_KIND: Labels<ServiceKind> = {
  TECH_SERVICE: '技术服务',
  TRAINING: '技术培训',
  POLICY_BRIEFING: '政策宣讲',
  RD_MEETING: '研发工作会议',
  COOPERATION: '产学研对接',
  TALENT: '人才引进与培养',
};
export const CONFIRMATION: Labels<Confirmation> = { PENDING: '待企业确认', CONFIRMED: '企业已确认', DISPUTED: '企业有异议' };
export const GRADE: Labels<Grade> = { EXCELLENT: '优秀', GOOD: '良好', QUALIFIED: '合格', UNQUALIFIED: '不合格' };
export const POSITION: Labels<Position> = {
  DEPUTY_GENERAL_MANAGER: '副总经理',
  DEPUTY_CHIEF_ENGINEER: '副总工程师',
  ASSISTANT_GENERAL_MANAGER: '总经理助理',
};
export const APPOINTMENT_STATUS: Labels<AppointmentStatus> = {
  ACTIVE: '在任',
  COMPLETED: '期满',
  REVOKED: '已撤销',
  TERMINATED: '提前终止',
};
export const APPOINTMENT_ORIGIN: Labels<AppointmentOrigin> = { CALL: '年度征集认定', LEGACY: '办法施行前纳入管理' };
export const STAGE: Labels<ApplicationStage> = {
  DRAFT: '填报中',
  SUBMITTED: '待县级初审',
  COUNTY_APPROVED: '待市级复审',
  CITY_APPROVED: '双向选择中',
  MATCHED: '待党组审议',
  PARTY_APPROVED: '待报备案',
  FILED: '已备案待公示',
  IN_NOTICE: '公示中',
  RECOGNISED: '已认定',
  REJECTED: '未通过',
  WITHDRAWN: '已撤回',
};
export const PROJECT_STATUS: Labels<ProjectStatus> = {
  PROPOSED: '已申报待立项',
  APPROVED: '已立项',
  IN_PROGRESS: '执行中',
  ACCEPTED: '已验收',
  FAILED: '验收未通过',
  CANCELLED: '已取消',
};
export const FUNDER: Labels<Funder> = { ENTERPRISE: '企业', UNIVERSITY: '高校院所', FINANCE: '市财政' };
export const FILING_KIND: Labels<FilingKind> = { RECOGNITION: '拟认定人选', EVALUATION_RESULT: '绩效考核结果' };
export const FILING_STATUS: Labels<FilingStatus> = { PENDING: '待签收', ACKNOWLEDGED: '已签收' };
export const CYCLE_STATUS: Labels<CycleStatus> = { OPEN: '评定中', CLOSED: '已结束' };

/** 是 / 否 for booleans. */
export const yesNo = (value: boolean): string => (value ? '是' : '否');

/** The label of a value, or the value itself when it has none (never throws on new values). */
export function label<E extends string>(labels: Labels<E>, value: E | null | undefined): string {
  if (value === null || value === undefined) return '';
  return labels[value] ?? value;
}
