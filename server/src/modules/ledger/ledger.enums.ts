import { registerEnum } from '../../graphql/enums';

export enum ServiceKind {
  TECH_SERVICE = 'TECH_SERVICE',
  TRAINING = 'TRAINING',
  POLICY_BRIEFING = 'POLICY_BRIEFING',
  RD_MEETING = 'RD_MEETING',
  COOPERATION = 'COOPERATION',
  TALENT = 'TALENT',
}
registerEnum(ServiceKind, 'ServiceKind', '服务类别（第六、七条） / Kind of service recorded in the ledger (Art. 6, 7)', {
  TECH_SERVICE: '技术服务（计入每年不少于10次） / Technical service, counts toward the 10 a year (Art. 7.1)',
  TRAINING: '技术培训（计入每年不少于3次宣讲或培训） / Technical training, counts toward the 3 a year (Art. 7.3)',
  POLICY_BRIEFING: '政策宣讲（计入每年不少于3次宣讲或培训） / Policy briefing, counts toward the 3 a year (Art. 7.3)',
  RD_MEETING: '研发工作会议 / R&D work meeting (Art. 6.1)',
  COOPERATION: '产学研对接 / University-industry cooperation work (Art. 6.2)',
  TALENT:
    '人才引进与培养（计入驻企天数与培养人数，不计入技术服务或宣讲培训次数） / Talent introduction and training, counts toward days on site and people trained (Art. 6.3, 7.1, 7.3)',
});

export enum Confirmation {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  DISPUTED = 'DISPUTED',
}
registerEnum(Confirmation, 'Confirmation', "企业确认状态 / The enterprise's confirmation of a ledger entry", {
  PENDING: '待企业确认 / Awaiting the enterprise',
  CONFIRMED: '企业已确认 / Confirmed by the enterprise',
  DISPUTED: '企业有异议 / Disputed by the enterprise',
});

export enum AchievementKind {
  NEW_TECHNOLOGY = 'NEW_TECHNOLOGY',
  NEW_PROCESS = 'NEW_PROCESS',
  NEW_PRODUCT = 'NEW_PRODUCT',
}
registerEnum(AchievementKind, 'AchievementKind', '成果类别（第七条第2项） / Kind of achievement (Art. 7.2)', {
  NEW_TECHNOLOGY: '新技术 / New technology',
  NEW_PROCESS: '新工艺 / New process',
  NEW_PRODUCT: '新产品 / New product',
});

export enum IpKind {
  INVENTION_PATENT = 'INVENTION_PATENT',
  UTILITY_MODEL = 'UTILITY_MODEL',
  SOFTWARE_COPYRIGHT = 'SOFTWARE_COPYRIGHT',
}
registerEnum(IpKind, 'IpKind', '知识产权类别（第七条第2项） / Kind of intellectual property (Art. 7.2)', {
  INVENTION_PATENT: '发明专利 / Invention patent',
  UTILITY_MODEL: '实用新型专利 / Utility model patent',
  SOFTWARE_COPYRIGHT: '软件著作权 / Software copyright',
});

export enum IpStatus {
  FILED = 'FILED',
  GRANTED = 'GRANTED',
  REJECTED = 'REJECTED',
}
registerEnum(IpStatus, 'IpStatus', '知识产权状态 / Status of an IP application', {
  FILED: '已申请 / Filed',
  GRANTED: '已授权 / Granted',
  REJECTED: '被驳回 / Rejected',
});
