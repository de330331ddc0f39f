import { registerEnum } from '../../graphql/enums';

/** Where an application stands in the pipeline of Art. 12 (see DOMAIN.md "The pipeline"). */
export enum ApplicationStage {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  COUNTY_APPROVED = 'COUNTY_APPROVED',
  CITY_APPROVED = 'CITY_APPROVED',
  MATCHED = 'MATCHED',
  PARTY_APPROVED = 'PARTY_APPROVED',
  FILED = 'FILED',
  IN_NOTICE = 'IN_NOTICE',
  RECOGNISED = 'RECOGNISED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnum(ApplicationStage, 'ApplicationStage', '申报所处环节（第十二条） / Stage of an application in the pipeline (Art. 12)', {
  DRAFT: '填报中或退回修改 / Being prepared, or returned for correction',
  SUBMITTED: '已提交，待县级初审 / Submitted, awaiting county preliminary review (Art. 12.2)',
  COUNTY_APPROVED: '县级初审通过，待市级复审 / County review passed, awaiting city re-review (Art. 12.3)',
  CITY_APPROVED: '市级复审通过，双向选择中 / City re-review passed, in two-way selection (Art. 12.4)',
  MATCHED: '已对接确定人选，待党组审议 / Matched with an expert, awaiting party-group review (Art. 12.4)',
  PARTY_APPROVED: '党组审议通过，待报组织部备案 / Party-group review passed, awaiting filing (Art. 12.4)',
  FILED: '已报市委组织部备案，待公示 / Filed with the Organisation Dept., awaiting public notice (Art. 12.4)',
  IN_NOTICE: '公示中 / In public notice, 5 working days (Art. 12.5)',
  RECOGNISED: '已认定并发证 / Recognised, document and certificate issued (Art. 12.5)',
  REJECTED: '未通过 / Rejected, with the rule or reason that stopped it',
  WITHDRAWN: '已撤回 / Withdrawn by the enterprise',
});

/** Stages in pipeline order, for funnels and "reached at least" counts. */
export const PIPELINE_ORDER: ApplicationStage[] = [
  ApplicationStage.DRAFT,
  ApplicationStage.SUBMITTED,
  ApplicationStage.COUNTY_APPROVED,
  ApplicationStage.CITY_APPROVED,
  ApplicationStage.MATCHED,
  ApplicationStage.PARTY_APPROVED,
  ApplicationStage.FILED,
  ApplicationStage.IN_NOTICE,
  ApplicationStage.RECOGNISED,
];

export enum Position {
  DEPUTY_GENERAL_MANAGER = 'DEPUTY_GENERAL_MANAGER',
  DEPUTY_CHIEF_ENGINEER = 'DEPUTY_CHIEF_ENGINEER',
  ASSISTANT_GENERAL_MANAGER = 'ASSISTANT_GENERAL_MANAGER',
}
registerEnum(Position, 'Position', '兼任职务（第二条） / Position held in the enterprise (Art. 2)', {
  DEPUTY_GENERAL_MANAGER: '副总经理 / Deputy general manager',
  DEPUTY_CHIEF_ENGINEER: '副总工程师 / Deputy chief engineer',
  ASSISTANT_GENERAL_MANAGER: '总经理助理 / Assistant to the general manager',
});

/** The materials of Art. 13, one checklist item each. */
export enum MaterialKind {
  APPLICATION_FORM = 'APPLICATION_FORM',
  TRIPARTITE_AGREEMENT = 'TRIPARTITE_AGREEMENT',
  EXPERT_ID = 'EXPERT_ID',
  EXPERT_DEGREE = 'EXPERT_DEGREE',
  EXPERT_TITLE = 'EXPERT_TITLE',
  EXPERT_ACHIEVEMENTS = 'EXPERT_ACHIEVEMENTS',
  BUSINESS_LICENCE = 'BUSINESS_LICENCE',
  FINANCIAL_STATEMENTS = 'FINANCIAL_STATEMENTS',
  CREDIT_REPORT = 'CREDIT_REPORT',
  RD_SPENDING_PROOF = 'RD_SPENDING_PROOF',
  GREEN_THRESHOLD = 'GREEN_THRESHOLD',
}
registerEnum(MaterialKind, 'MaterialKind', '申报材料（第十三条） / Application material required by Art. 13', {
  APPLICATION_FORM: '申报表（13.1） / Application form (13.1)',
  TRIPARTITE_AGREEMENT: '三方协议（13.2） / Tripartite agreement (13.2)',
  EXPERT_ID: "身份证复印件（13.3） / Expert's identity document (13.3)",
  EXPERT_DEGREE: '学历学位证书（13.3） / Degree certificates (13.3)',
  EXPERT_TITLE: '职称证明（13.3） / Professional title proof (13.3)',
  EXPERT_ACHIEVEMENTS: '专利、奖励、论文、项目及业绩介绍（13.3） / Patents, awards, papers, projects and record (13.3)',
  BUSINESS_LICENCE: '营业执照（13.4） / Business licence (13.4)',
  FINANCIAL_STATEMENTS: "上年度财务报表（13.4） / Last year's financial statements (13.4)",
  CREDIT_REPORT: '企业信用报告（13.4） / Credit report (13.4)',
  RD_SPENDING_PROOF: '研发投入证明（13.4） / Proof of R&D spending (13.4)',
  GREEN_THRESHOLD: '涉企财政资金绿色门槛证明（13.4） / Green-threshold proof for fiscal funds (13.4)',
});

export enum ReviewStep {
  SUBMISSION = 'SUBMISSION',
  COUNTY_REVIEW = 'COUNTY_REVIEW',
  CITY_REVIEW = 'CITY_REVIEW',
  MATCHING = 'MATCHING',
  PARTY_REVIEW = 'PARTY_REVIEW',
  FILING = 'FILING',
  NOTICE = 'NOTICE',
  OBJECTION = 'OBJECTION',
  RECOGNITION = 'RECOGNITION',
  WITHDRAWAL = 'WITHDRAWAL',
}
registerEnum(ReviewStep, 'ReviewStep', '流程环节 / Step of the pipeline at which a decision was taken', {
  SUBMISSION: '企业提交 / Submission by the enterprise',
  COUNTY_REVIEW: '县级初审 / County preliminary review (Art. 12.2)',
  CITY_REVIEW: '市级复审 / City re-review (Art. 12.3)',
  MATCHING: '双向选择与洽谈 / Two-way selection and negotiation (Art. 12.4)',
  PARTY_REVIEW: '局党组审议 / Bureau party-group review (Art. 12.4)',
  FILING: '报组织部备案 / Filing with the Organisation Dept. (Art. 12.4)',
  NOTICE: '公示 / Public notice (Art. 12.5)',
  OBJECTION: '异议处理 / Objection handling (Art. 12.5)',
  RECOGNITION: '发文认定 / Recognition (Art. 12.5)',
  WITHDRAWAL: '撤回 / Withdrawal',
});

export enum Decision {
  SUBMIT = 'SUBMIT',
  PASS = 'PASS',
  RETURN = 'RETURN',
  REJECT = 'REJECT',
  WITHDRAW = 'WITHDRAW',
  HOLD = 'HOLD',
  RELEASE = 'RELEASE',
}
registerEnum(Decision, 'Decision', '决定 / Decision taken at a step', {
  SUBMIT: '提交 / Submitted',
  PASS: '通过 / Passed to the next stage',
  RETURN: '退回修改 / Returned for correction',
  REJECT: '不予通过 / Rejected',
  WITHDRAW: '撤回 / Withdrawn',
  HOLD: '因异议暂停 / Put on hold by an objection',
  RELEASE: '异议处理完毕，恢复 / Released after the objection was resolved',
});

export enum RuleCode {
  E1 = 'E1',
  E2 = 'E2',
  E3 = 'E3',
  E4 = 'E4',
  E5 = 'E5',
  E6 = 'E6',
  N1 = 'N1',
  N2 = 'N2',
  N3 = 'N3',
  N4 = 'N4',
  N5 = 'N5',
}
registerEnum(RuleCode, 'RuleCode', '资格规则 / Eligibility rule, each citing its article', {
  E1: '博士学位或副高级以上职称（第二条、第五条第1项） / Doctorate or associate-senior title or above (Art. 2, 5.1)',
  E2: '两年以上工作经历（第五条第1项） / At least two years of work experience (Art. 5.1)',
  E3: '近三年无学术不端、科研失信记录（第五条第4项） / No misconduct record in three years (Art. 5.4)',
  E4: '只服务一家企业（第五条第5项） / Serves one enterprise only (Art. 5.5)',
  E5: '不在考核不合格后两年禁止期内（第十七条） / Not within the two-year ban after an unqualified grade (Art. 17)',
  E6: '连续服务不少于两年（第五条第2项） / Service period of at least two years (Art. 5.2)',
  N1: '聊城注册、独立法人、注册满一年（第九条第1项） / Registered in Liaocheng, independent, at least one year (Art. 9.1)',
  N2: '非专家本人或其单位创办、入股（第九条第1项） / Not founded or invested in by the expert or institution (Art. 9.1)',
  N3: '近三年无重大违法和不良信用，财务健全（第九条第1项） / No major violation or bad credit in three years; sound finances (Art. 9.1)',
  N4: '研发投入比例符合规定（第九条第2项） / R&D spending ratio meets the requirement (Art. 9.2)',
  N5: '每月生活补助不低于1000元（第十一条第2项） / Monthly allowance of at least 1,000 yuan (Art. 11.2)',
});

export enum Opinion {
  PENDING = 'PENDING',
  AGREE = 'AGREE',
  DECLINE = 'DECLINE',
}
registerEnum(Opinion, 'Opinion', '意见 / Opinion gathered in two-way selection (Art. 12.4)', {
  PENDING: '待反馈 / Not yet given',
  AGREE: '同意 / Agrees',
  DECLINE: '不同意 / Declines',
});
