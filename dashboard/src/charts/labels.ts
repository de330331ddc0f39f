/** Bilingual labels of the reference data and enum codes the charts show. */
import type { Lang } from './format.js';

export interface Ref {
  id: number;
  code: string;
  nameZh: string;
  nameEn: string;
  sortOrder?: number;
}

export function refLabel(ref: Pick<Ref, 'nameZh' | 'nameEn'> | null | undefined, lang: Lang): string {
  if (!ref) return lang === 'zh' ? '未知' : 'Unknown';
  return lang === 'zh' ? ref.nameZh : ref.nameEn;
}

type Pair = [zh: string, en: string];

export const ENUM_LABELS: Record<string, Record<string, Pair>> = {
  stage: {
    DRAFT: ['草稿', 'Draft'],
    SUBMITTED: ['已申报', 'Submitted'],
    COUNTY_APPROVED: ['县级初审通过', 'County approved'],
    CITY_APPROVED: ['市级复审通过', 'City approved'],
    MATCHED: ['已双选匹配', 'Matched'],
    PARTY_APPROVED: ['党组审议通过', 'Party group approved'],
    FILED: ['已备案', 'Filed'],
    IN_NOTICE: ['公示中', 'In public notice'],
    RECOGNISED: ['已认定', 'Recognised'],
    REJECTED: ['未通过', 'Rejected'],
    WITHDRAWN: ['已撤回', 'Withdrawn'],
  },
  grade: {
    EXCELLENT: ['优秀', 'Excellent'],
    GOOD: ['良好', 'Good'],
    QUALIFIED: ['合格', 'Qualified'],
    UNQUALIFIED: ['不合格', 'Unqualified'],
  },
  appointmentStatus: {
    ACTIVE: ['在岗', 'Active'],
    COMPLETED: ['期满', 'Completed'],
    REVOKED: ['撤销', 'Revoked'],
    TERMINATED: ['终止', 'Terminated'],
  },
  projectStatus: {
    PROPOSED: ['申报中', 'Proposed'],
    APPROVED: ['已立项', 'Approved'],
    IN_PROGRESS: ['执行中', 'In progress'],
    ACCEPTED: ['已验收', 'Accepted'],
    FAILED: ['未通过验收', 'Failed'],
    CANCELLED: ['已撤销', 'Cancelled'],
  },
  funder: {
    ENTERPRISE: ['企业', 'Enterprise'],
    UNIVERSITY: ['高校院所', 'University'],
    FINANCE: ['市财政', 'City finance'],
  },
  serviceKind: {
    TECH_SERVICE: ['技术服务', 'Technical service'],
    RD_MEETING: ['研发会议', 'R&D meeting'],
    TRAINING: ['培训', 'Training'],
    POLICY_BRIEFING: ['政策宣讲', 'Policy briefing'],
    COOPERATION: ['产学研合作', 'Cooperation'],
    TALENT: ['人才引进与培养', 'Talent introduction and training'],
  },
  confirmation: {
    CONFIRMED: ['已确认', 'Confirmed'],
    PENDING: ['待确认', 'Pending'],
    DISPUTED: ['有异议', 'Disputed'],
  },
  position: {
    DEPUTY_GENERAL_MANAGER: ['副总经理', 'Deputy general manager'],
    DEPUTY_CHIEF_ENGINEER: ['副总工程师', 'Deputy chief engineer'],
    ASSISTANT_GENERAL_MANAGER: ['总经理助理', 'Assistant to the general manager'],
  },
  origin: { CALL: ['年度征集', 'Yearly call'], LEGACY: ['既有聘任', 'Legacy'] },
  filingStatus: { PENDING: ['待签收', 'Awaiting receipt'], ACKNOWLEDGED: ['已签收', 'Acknowledged'] },
  filingKind: { RECOGNITION: ['认定备案', 'Recognition'], EVALUATION_RESULT: ['考核结果备案', 'Evaluation result'] },
  decision: {
    SUBMIT: ['提交', 'Submit'],
    PASS: ['通过', 'Pass'],
    REJECT: ['不通过', 'Reject'],
    RETURN: ['退回修改', 'Return'],
    HOLD: ['暂停', 'Hold'],
    RELEASE: ['恢复', 'Release'],
    WITHDRAW: ['撤回', 'Withdraw'],
  },
  step: {
    SUBMISSION: ['企业申报', 'Submission'],
    COUNTY_REVIEW: ['县级初审', 'County review'],
    CITY_REVIEW: ['市级复审', 'City review'],
    MATCHING: ['双向选择', 'Matching'],
    PARTY_REVIEW: ['党组审议', 'Party group review'],
    FILING: ['组织部备案', 'Filing'],
    NOTICE: ['公示', 'Public notice'],
    OBJECTION: ['异议处理', 'Objection'],
    RECOGNITION: ['发文认定', 'Recognition'],
    WITHDRAWAL: ['撤回', 'Withdrawal'],
  },
  agreementKind: { TRIPARTITE: ['三方协议', 'Tripartite agreement'], CONFIDENTIALITY: ['保密协议', 'Confidentiality agreement'] },
  degree: { DOCTORATE: ['博士', 'Doctorate'], MASTER: ['硕士', 'Master'], BACHELOR: ['学士', 'Bachelor'], OTHER: ['其他', 'Other'] },
  title: {
    SENIOR: ['正高级', 'Senior'],
    ASSOCIATE_SENIOR: ['副高级', 'Associate senior'],
    INTERMEDIATE: ['中级', 'Intermediate'],
    JUNIOR: ['初级', 'Junior'],
    NONE: ['无', 'None'],
  },
  role: {
    ADMIN: ['系统管理员', 'Administrator'],
    LEADERSHIP: ['市领导', 'City leadership'],
    ANALYST: ['分析员', 'Analyst'],
    ORG_DEPT: ['市委组织部', 'Organisation Dept.'],
    ST_BUREAU: ['市科技局', 'S&T bureau'],
    COUNTY_BUREAU: ['县级科技主管部门', 'County bureau'],
    FINANCE: ['市财政局', 'Finance bureau'],
    HR: ['市人社局', 'HR bureau'],
    EVALUATION_AGENCY: ['第三方考核机构', 'Evaluation agency'],
    ENTERPRISE: ['企业', 'Enterprise'],
    EXPERT: ['专家', 'Expert'],
  },
  rule: {
    E1: ['E1 学历职称', 'E1 degree or title'],
    E2: ['E2 工作经历', 'E2 work experience'],
    E3: ['E3 科研诚信', 'E3 research integrity'],
    E4: ['E4 仅服务一家企业', 'E4 one enterprise only'],
    E5: ['E5 不合格禁入期', 'E5 ban after unqualified'],
    E6: ['E6 服务期限', 'E6 service period'],
    N1: ['N1 注册满一年', 'N1 registered one year'],
    N2: ['N2 无关联投资', 'N2 no related investment'],
    N3: ['N3 信用与财务', 'N3 credit and finances'],
    N4: ['N4 研发投入', 'N4 R&D spending'],
    N5: ['N5 生活补贴', 'N5 allowance'],
  },
};

/** The label of an enum code in a family (stage, grade, …); the code itself when unknown. */
export function enumLabel(family: keyof typeof ENUM_LABELS | string, code: string | null | undefined, lang: Lang): string {
  if (!code) return lang === 'zh' ? '—' : '—';
  const pair = ENUM_LABELS[family]?.[code];
  return pair ? pair[lang === 'zh' ? 0 : 1] : code;
}
