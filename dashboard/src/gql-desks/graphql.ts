/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 账号可办理的操作（系统管理员） / An action on an account (administrator) */
export type AccountAction =
  /** 绑定企业、专家或区划（仅企业、专家、县级账号） / Bind to an enterprise, expert or county (those accounts only) */
  | 'BIND'
  /** 停用（不能停用本人账号） / Disable (not one’s own account) */
  | 'DISABLE'
  /** 启用 / Enable */
  | 'ENABLE'
  /** 重置为临时密码（不能重置本人密码） / Reset to a temporary password (not one’s own) */
  | 'RESET_PASSWORD'
  /** 解除登录锁定（有失败次数或已锁定时） / Lift the log-in lock (after failed log-ins or while locked) */
  | 'UNLOCK';

/** Achievement 的筛选条件，可用 and / or / not 组合 / Conditions on Achievement, combinable with and / or / not */
export type AchievementFilter = {
  /** 完成日期 / Date achieved */
  achievedOn?: DateFilter | null | undefined;
  /** 全部满足 / All of these hold */
  and?: Array<AchievementFilter> | null | undefined;
  /** 按任职筛选 / Conditions on the appointment */
  appointment?: AppointmentFilter | null | undefined;
  /** 行号（本表内唯一） / Row id, unique within its table */
  id?: IntFilter | null | undefined;
  /** 类别 / Kind */
  kind?: AchievementKindFilter | null | undefined;
  /** 不满足 / This does not hold */
  not?: AchievementFilter | null | undefined;
  /** 任一满足 / At least one of these holds */
  or?: Array<AchievementFilter> | null | undefined;
  /** 名称 / Title */
  title?: StringFilter | null | undefined;
};

/** 成果类别（第七条第2项） / Kind of achievement (Art. 7.2) */
export type AchievementKind =
  /** 新工艺 / New process */
  | 'NEW_PROCESS'
  /** 新产品 / New product */
  | 'NEW_PRODUCT'
  /** 新技术 / New technology */
  | 'NEW_TECHNOLOGY';

/** AchievementKind 条件 / Conditions on a AchievementKind value */
export type AchievementKindFilter = {
  /** 等于 / Equal to */
  eq?: AchievementKind | null | undefined;
  /** 属于列表 / One of */
  in?: Array<AchievementKind> | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
  /** 不等于 / Not equal to */
  ne?: AchievementKind | null | undefined;
  /** 不属于列表 / None of */
  notIn?: Array<AchievementKind> | null | undefined;
};

/** Achievement 的排序项 / One ordering term for Achievement lists */
export type AchievementOrderBy = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 排序字段 / Field */
  field: AchievementSortField;
};

/** Achievement 可排序的字段 / Fields Achievement lists can be ordered by */
export type AchievementSortField =
  /** 完成日期 / Date achieved */
  | 'achievedOn'
  /** 行号（本表内唯一） / Row id, unique within its table */
  | 'id';

/** Application 的筛选条件，可用 and / or / not 组合 / Conditions on Application, combinable with and / or / not */
export type ApplicationFilter = {
  /** 全部满足 / All of these hold */
  and?: Array<ApplicationFilter> | null | undefined;
  /** 按所属征集筛选 / Conditions on the call */
  call?: CallFilter | null | undefined;
  /** 按所在县（市、区）筛选 / Conditions on the county-level division */
  division?: DivisionFilter | null | undefined;
  /** 按申报企业筛选 / Conditions on the applying enterprise */
  enterprise?: EnterpriseFilter | null | undefined;
  /** 行号（本表内唯一） / Row id, unique within its table */
  id?: IntFilter | null | undefined;
  /** 企业承诺每月生活补助及交通费（分，规则N5） / Monthly allowance promised to the expert, in fen (rule N5) */
  monthlyAllowanceFen?: FenFilter | null | undefined;
  /** 不满足 / This does not hold */
  not?: ApplicationFilter | null | undefined;
  /** 按所在公示筛选 / Conditions on the public notice */
  notice?: PublicNoticeFilter | null | undefined;
  /** 是否因异议暂停 / On hold because of an open objection (Art. 12.5) */
  onHold?: BooleanFilter | null | undefined;
  /** 任一满足 / At least one of these holds */
  or?: Array<ApplicationFilter> | null | undefined;
  /** 是否优先推荐（第十二条第2项） / Recommended with priority (Art. 12.2) */
  priorityRecommended?: BooleanFilter | null | undefined;
  /** 按拟选派专家筛选 / Conditions on the proposed expert */
  proposedExpert?: ExpertFilter | null | undefined;
  /** 拟任职务 / Proposed position */
  proposedPosition?: PositionFilter | null | undefined;
  /** 拟服务结束日期 / Proposed end of service */
  proposedServiceEnd?: DateFilter | null | undefined;
  /** 拟服务开始日期 / Proposed start of service */
  proposedServiceStart?: DateFilter | null | undefined;
  /** 不通过或退回的理由 / Reason given for rejection or return */
  rejectionReason?: StringFilter | null | undefined;
  /** 导致不通过的规则（仅限 E1-E6、N1-N5） / The rule that stopped it, if a rule did (one of E1-E6, N1-N5) */
  rejectionRule?: RuleCodeFilter | null | undefined;
  /** 按所属领域筛选 / Conditions on the sector */
  sector?: SectorFilter | null | undefined;
  /** 当前环节 / Current stage */
  stage?: ApplicationStageFilter | null | undefined;
  /** 进入当前环节的时间 / When it entered its current stage */
  stageEnteredAt?: DateTimeFilter | null | undefined;
  /** 提交时间 / When it was submitted */
  submittedAt?: DateTimeFilter | null | undefined;
  /** 技术需求 / The enterprise's technical needs */
  techNeeds?: StringFilter | null | undefined;
};

/** 申报所处环节（第十二条） / Stage of an application in the pipeline (Art. 12) */
export type ApplicationStage =
  /** 市级复审通过，双向选择中 / City re-review passed, in two-way selection (Art. 12.4) */
  | 'CITY_APPROVED'
  /** 县级初审通过，待市级复审 / County review passed, awaiting city re-review (Art. 12.3) */
  | 'COUNTY_APPROVED'
  /** 填报中或退回修改 / Being prepared, or returned for correction */
  | 'DRAFT'
  /** 已报市委组织部备案，待公示 / Filed with the Organisation Dept., awaiting public notice (Art. 12.4) */
  | 'FILED'
  /** 公示中 / In public notice, 5 working days (Art. 12.5) */
  | 'IN_NOTICE'
  /** 已对接确定人选，待党组审议 / Matched with an expert, awaiting party-group review (Art. 12.4) */
  | 'MATCHED'
  /** 党组审议通过，待报组织部备案 / Party-group review passed, awaiting filing (Art. 12.4) */
  | 'PARTY_APPROVED'
  /** 已认定并发证 / Recognised, document and certificate issued (Art. 12.5) */
  | 'RECOGNISED'
  /** 未通过 / Rejected, with the rule or reason that stopped it */
  | 'REJECTED'
  /** 已提交，待县级初审 / Submitted, awaiting county preliminary review (Art. 12.2) */
  | 'SUBMITTED'
  /** 已撤回 / Withdrawn by the enterprise */
  | 'WITHDRAWN';

/** ApplicationStage 条件 / Conditions on a ApplicationStage value */
export type ApplicationStageFilter = {
  /** 等于 / Equal to */
  eq?: ApplicationStage | null | undefined;
  /** 属于列表 / One of */
  in?: Array<ApplicationStage> | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
  /** 不等于 / Not equal to */
  ne?: ApplicationStage | null | undefined;
  /** 不属于列表 / None of */
  notIn?: Array<ApplicationStage> | null | undefined;
};

/** Appointment 的筛选条件，可用 and / or / not 组合 / Conditions on Appointment, combinable with and / or / not */
export type AppointmentFilter = {
  /** 全部满足 / All of these hold */
  and?: Array<AppointmentFilter> | null | undefined;
  /** 按来源申报筛选 / Conditions on the application it came from */
  application?: ApplicationFilter | null | undefined;
  /** 证书编号（唯一） / Certificate number, unique */
  certificateNo?: StringFilter | null | undefined;
  /** 批次年度 / Cohort year */
  cohortYear?: IntFilter | null | undefined;
  /** 按所在县（市、区）筛选 / Conditions on the county-level division */
  division?: DivisionFilter | null | undefined;
  /** 撤销或终止日期；在任、期满者为空，撤销、终止者必填 / Date revoked or ended early; empty while serving or completed, required once revoked or terminated */
  endedOn?: DateFilter | null | undefined;
  /** 按派驻企业筛选 / Conditions on the host enterprise */
  enterprise?: EnterpriseFilter | null | undefined;
  /** 按专家筛选 / Conditions on the expert */
  expert?: ExpertFilter | null | undefined;
  /** 行号（本表内唯一） / Row id, unique within its table */
  id?: IntFilter | null | undefined;
  /** 企业每月生活补助及交通费（分） / Monthly allowance paid by the enterprise, in fen (Art. 11.2) */
  monthlyAllowanceFen?: FenFilter | null | undefined;
  /** 不满足 / This does not hold */
  not?: AppointmentFilter | null | undefined;
  /** 任一满足 / At least one of these holds */
  or?: Array<AppointmentFilter> | null | undefined;
  /** 来源 / Origin */
  origin?: AppointmentOriginFilter | null | undefined;
  /** 兼任职务 / Position held */
  position?: PositionFilter | null | undefined;
  /** 认定日期 / Date of recognition */
  recognisedOn?: DateFilter | null | undefined;
  /** 认定文号，如 聊科副总〔2026〕1号 / Recognition document number */
  recognitionDocNo?: StringFilter | null | undefined;
  /** 按所属领域筛选 / Conditions on the sector */
  sector?: SectorFilter | null | undefined;
  /** 服务结束日期（不少于两年，规则E6） / End of service, at least two years after the start (rule E6) */
  serviceEnd?: DateFilter | null | undefined;
  /** 服务开始日期 / Start of service */
  serviceStart?: DateFilter | null | undefined;
  /** 状态 / Status */
  status?: AppointmentStatusFilter | null | undefined;
};

/** Appointment 的排序项 / One ordering term for Appointment lists */
export type AppointmentOrderBy = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 排序字段 / Field */
  field: AppointmentSortField;
};

/** 任职来源 / How the appointment came about */
export type AppointmentOrigin =
  /** 按本办法年度征集认定 / Recognised through a yearly call under the measures */
  | 'CALL'
  /** 本办法施行前已开展，按第二十三条纳入管理 / Begun before the measures and brought under them by Art. 23 */
  | 'LEGACY';

/** AppointmentOrigin 条件 / Conditions on a AppointmentOrigin value */
export type AppointmentOriginFilter = {
  /** 等于 / Equal to */
  eq?: AppointmentOrigin | null | undefined;
  /** 属于列表 / One of */
  in?: Array<AppointmentOrigin> | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
  /** 不等于 / Not equal to */
  ne?: AppointmentOrigin | null | undefined;
  /** 不属于列表 / None of */
  notIn?: Array<AppointmentOrigin> | null | undefined;
};

/** Appointment 可排序的字段 / Fields Appointment lists can be ordered by */
export type AppointmentSortField =
  /** 批次年度 / Cohort year */
  | 'cohortYear'
  /** 行号（本表内唯一） / Row id, unique within its table */
  | 'id'
  /** 企业每月生活补助及交通费（分） / Monthly allowance paid by the enterprise, in fen (Art. 11.2) */
  | 'monthlyAllowanceFen'
  /** 服务结束日期（不少于两年，规则E6） / End of service, at least two years after the start (rule E6) */
  | 'serviceEnd'
  /** 服务开始日期 / Start of service */
  | 'serviceStart'
  /** 状态 / Status */
  | 'status';

/** 任职状态 / Status of an appointment */
export type AppointmentStatus =
  /** 在任 / Serving */
  | 'ACTIVE'
  /** 期满 / Service period completed */
  | 'COMPLETED'
  /** 考核不合格被撤销（第十七条） / Revoked after an unqualified evaluation (Art. 17) */
  | 'REVOKED'
  /** 提前终止 / Ended early for another reason */
  | 'TERMINATED';

/** AppointmentStatus 条件 / Conditions on a AppointmentStatus value */
export type AppointmentStatusFilter = {
  /** 等于 / Equal to */
  eq?: AppointmentStatus | null | undefined;
  /** 属于列表 / One of */
  in?: Array<AppointmentStatus> | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
  /** 不等于 / Not equal to */
  ne?: AppointmentStatus | null | undefined;
  /** 不属于列表 / None of */
  notIn?: Array<AppointmentStatus> | null | undefined;
};

/** AuditLog 的筛选条件，可用 and / or / not 组合 / Conditions on AuditLog, combinable with and / or / not */
export type AuditLogFilter = {
  /** 全部满足 / All of these hold */
  and?: Array<AuditLogFilter> | null | undefined;
  /** 时间 / When */
  at?: DateTimeFilter | null | undefined;
  /** 行号（本表内唯一） / Row id, unique within its table */
  id?: IntFilter | null | undefined;
  /** 不满足 / This does not hold */
  not?: AuditLogFilter | null | undefined;
  /** 对象编号 / Ids of the objects touched */
  objectIds?: StringFilter | null | undefined;
  /** 对象类型 / Type of object touched */
  objectType?: StringFilter | null | undefined;
  /** 操作 / Operation */
  operation?: StringFilter | null | undefined;
  /** 任一满足 / At least one of these holds */
  or?: Array<AuditLogFilter> | null | undefined;
  /** 结果：OK、DENIED、FAILED / Result: OK, DENIED or FAILED */
  result?: StringFilter | null | undefined;
  /** 角色 / Role at the time */
  role?: StringFilter | null | undefined;
  /** 用户名 / Who (log-in name); null for anonymous */
  username?: StringFilter | null | undefined;
};

/** AuditLog 的排序项 / One ordering term for AuditLog lists */
export type AuditLogOrderBy = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 排序字段 / Field */
  field: AuditLogSortField;
};

/** AuditLog 可排序的字段 / Fields AuditLog lists can be ordered by */
export type AuditLogSortField =
  /** 时间 / When */
  | 'at'
  /** 行号（本表内唯一） / Row id, unique within its table */
  | 'id';

/** 绑定账号：企业账号绑定企业，专家账号绑定专家，县级账号绑定区划 / Bind an account to its enterprise, expert or county */
export type BindUserInput = {
  /** 区划行号（县级账号） / Division id, for county accounts */
  divisionId?: number | null | undefined;
  /** 企业行号（企业账号） / Enterprise id, for enterprise accounts */
  enterpriseId?: number | null | undefined;
  /** 专家行号（专家账号） / Expert id, for expert accounts */
  expertId?: number | null | undefined;
  /** 账号行号 / Account id */
  userId: number;
};

/** 账号绑定的对象类别 / What an account is bound to */
export type BindingKind =
  /** 县（市、区）（县级账号） / County (county accounts) */
  | 'DIVISION'
  /** 企业（企业账号） / Enterprise (enterprise accounts) */
  | 'ENTERPRISE'
  /** 专家（专家账号） / Expert (expert accounts) */
  | 'EXPERT';

/** 是非条件 / Conditions on a yes/no value */
export type BooleanFilter = {
  /** 等于 / Equal to */
  eq?: boolean | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
};

/** Call 的筛选条件，可用 and / or / not 组合 / Conditions on Call, combinable with and / or / not */
export type CallFilter = {
  /** 全部满足 / All of these hold */
  and?: Array<CallFilter> | null | undefined;
  /** 申报截止日期 / Last day applications are accepted */
  closesOn?: DateFilter | null | undefined;
  /** 行号（本表内唯一） / Row id, unique within its table */
  id?: IntFilter | null | undefined;
  /** 不满足 / This does not hold */
  not?: CallFilter | null | undefined;
  /** 申报开始日期 / First day applications are accepted */
  opensOn?: DateFilter | null | undefined;
  /** 任一满足 / At least one of these holds */
  or?: Array<CallFilter> | null | undefined;
  /** 发布时间 / When it was published */
  publishedAt?: DateTimeFilter | null | undefined;
  /** 状态 / Status */
  status?: CallStatusFilter | null | undefined;
  /** 标题 / Title */
  title?: StringFilter | null | undefined;
  /** 年度（每年发布一次；草稿不占用） / Call year; one published call a year, drafts do not count */
  year?: IntFilter | null | undefined;
};

/** 征集通知状态 / Status of a yearly call */
export type CallStatus =
  /** 已截止 / Closed */
  | 'CLOSED'
  /** 草稿 / Draft, not yet published */
  | 'DRAFT'
  /** 已发布，接受申报 / Published, accepting applications */
  | 'PUBLISHED';

/** CallStatus 条件 / Conditions on a CallStatus value */
export type CallStatusFilter = {
  /** 等于 / Equal to */
  eq?: CallStatus | null | undefined;
  /** 属于列表 / One of */
  in?: Array<CallStatus> | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
  /** 不等于 / Not equal to */
  ne?: CallStatus | null | undefined;
  /** 不属于列表 / None of */
  notIn?: Array<CallStatus> | null | undefined;
};

/** 企业确认或提出异议 / The enterprise confirms or disputes an entry */
export type ConfirmServiceInput = {
  /** true 确认，false 提出异议 / true to confirm, false to dispute */
  confirmed: boolean;
  /** 异议理由（提出异议时必填） / Why, when disputing */
  disputeReason?: string | null | undefined;
  /** 台账记录行号 / Ledger entry id */
  entryId: number;
};

/** 批量确认或提出异议（派驻企业，全部成功或全部不变） / Confirm or dispute several entries (the enterprise; all or none) */
export type ConfirmServicesInput = {
  /** true 确认，false 提出异议 / true to confirm, false to dispute */
  confirmed: boolean;
  /** 异议理由（提出异议时必填） / Why, when disputing */
  disputeReason?: string | null | undefined;
  /** 台账记录行号（1至200条） / Ledger entry ids, 1 to 200 */
  entryIds: Array<number>;
};

/** 企业确认状态 / The enterprise's confirmation of a ledger entry */
export type Confirmation =
  /** 企业已确认 / Confirmed by the enterprise */
  | 'CONFIRMED'
  /** 企业有异议 / Disputed by the enterprise */
  | 'DISPUTED'
  /** 待企业确认 / Awaiting the enterprise */
  | 'PENDING';

/** Confirmation 条件 / Conditions on a Confirmation value */
export type ConfirmationFilter = {
  /** 等于 / Equal to */
  eq?: Confirmation | null | undefined;
  /** 属于列表 / One of */
  in?: Array<Confirmation> | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
  /** 不等于 / Not equal to */
  ne?: Confirmation | null | undefined;
  /** 不属于列表 / None of */
  notIn?: Array<Confirmation> | null | undefined;
};

/** 新建账号 / A new account */
export type CreateUserInput = {
  /** 显示名称 / Display name */
  displayName: string;
  /** 县级账号绑定的区划行号 / Division, for county accounts */
  divisionId?: number | null | undefined;
  /** 企业账号绑定的企业行号 / Enterprise, for enterprise accounts */
  enterpriseId?: number | null | undefined;
  /** 专家账号绑定的专家行号 / Expert, for expert accounts */
  expertId?: number | null | undefined;
  /** 初始密码（至少12位，含三类字符） / Initial password: at least 12 characters of three classes */
  password: string;
  /** 角色 / Role */
  role: Role;
  /** 登录名 / Log-in name */
  username: string;
};

/** 考核周期状态 / Status of an evaluation cycle */
export type CycleStatus =
  /** 已结束并备案 / Closed and filed */
  | 'CLOSED'
  /** 评定中 / Grading in progress */
  | 'OPEN';

/** CycleStatus 条件 / Conditions on a CycleStatus value */
export type CycleStatusFilter = {
  /** 等于 / Equal to */
  eq?: CycleStatus | null | undefined;
  /** 属于列表 / One of */
  in?: Array<CycleStatus> | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
  /** 不等于 / Not equal to */
  ne?: CycleStatus | null | undefined;
  /** 不属于列表 / None of */
  notIn?: Array<CycleStatus> | null | undefined;
};

/** 日期条件（YYYY-MM-DD，中国时间） / Conditions on a calendar date (YYYY-MM-DD, China time) */
export type DateFilter = {
  /** 等于 / On */
  eq?: string | null | undefined;
  /** 晚于 / After */
  gt?: string | null | undefined;
  /** 不早于 / On or after */
  gte?: string | null | undefined;
  /** 属于列表 / One of */
  in?: Array<string> | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
  /** 早于 / Before */
  lt?: string | null | undefined;
  /** 不晚于 / On or before */
  lte?: string | null | undefined;
  /** 不等于 / Not on */
  ne?: string | null | undefined;
};

/** 时间条件 / Conditions on an instant */
export type DateTimeFilter = {
  /** 晚于 / After */
  gt?: string | null | undefined;
  /** 不早于 / At or after */
  gte?: string | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
  /** 早于 / Before */
  lt?: string | null | undefined;
  /** 不晚于 / At or before */
  lte?: string | null | undefined;
};

/** 最高学位 / Highest degree (rule E1, Art. 2, 5.1) */
export type Degree =
  /** 学士 / Bachelor */
  | 'BACHELOR'
  /** 博士 / Doctorate */
  | 'DOCTORATE'
  /** 硕士 / Master */
  | 'MASTER'
  /** 其他 / Other */
  | 'OTHER';

/** Degree 条件 / Conditions on a Degree value */
export type DegreeFilter = {
  /** 等于 / Equal to */
  eq?: Degree | null | undefined;
  /** 属于列表 / One of */
  in?: Array<Degree> | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
  /** 不等于 / Not equal to */
  ne?: Degree | null | undefined;
  /** 不属于列表 / None of */
  notIn?: Array<Degree> | null | undefined;
};

/** 登记一笔拨付（市财政局） / Record one tranche (finance bureau) */
export type DisburseProjectInput = {
  /** 金额（分） / Amount in fen */
  amountFen: number;
  /** 拨付日期，默认今天 / Date paid; today when omitted */
  disbursedOn?: string | null | undefined;
  /** 出资方 / Funder */
  funder: Funder;
  /** 项目行号 / Project id */
  projectId: number;
  /** 凭证号（唯一） / Voucher number, unique */
  voucherNo: string;
};

/** Division 的筛选条件，可用 and / or / not 组合 / Conditions on Division, combinable with and / or / not */
export type DivisionFilter = {
  /** 全部满足 / All of these hold */
  and?: Array<DivisionFilter> | null | undefined;
  /** 区划代码（GB/T 2260；功能区为自定代码） / Division code (GB/T 2260; own stable code for zones) */
  code?: StringFilter | null | undefined;
  /** 行号（本表内唯一） / Row id, unique within its table */
  id?: IntFilter | null | undefined;
  /** 类别 / Kind of division */
  kind?: DivisionKindFilter | null | undefined;
  /** 英文名称 / Name in English */
  nameEn?: StringFilter | null | undefined;
  /** 中文名称 / Name in Chinese */
  nameZh?: StringFilter | null | undefined;
  /** 不满足 / This does not hold */
  not?: DivisionFilter | null | undefined;
  /** 任一满足 / At least one of these holds */
  or?: Array<DivisionFilter> | null | undefined;
  /** 显示顺序 / Display order */
  sortOrder?: IntFilter | null | undefined;
};

/** 县级区划类别 / Kind of county-level division */
export type DivisionKind =
  /** 县 / County */
  | 'COUNTY'
  /** 县级市 / County-level city */
  | 'COUNTY_CITY'
  /** 市辖区 / District */
  | 'DISTRICT'
  /** 功能区（按县级管理） / Functional zone, filing like a county */
  | 'FUNCTIONAL_ZONE';

/** DivisionKind 条件 / Conditions on a DivisionKind value */
export type DivisionKindFilter = {
  /** 等于 / Equal to */
  eq?: DivisionKind | null | undefined;
  /** 属于列表 / One of */
  in?: Array<DivisionKind> | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
  /** 不等于 / Not equal to */
  ne?: DivisionKind | null | undefined;
  /** 不属于列表 / None of */
  notIn?: Array<DivisionKind> | null | undefined;
};

/** Enterprise 的筛选条件，可用 and / or / not 组合 / Conditions on Enterprise, combinable with and / or / not */
export type EnterpriseFilter = {
  /** 全部满足 / All of these hold */
  and?: Array<EnterpriseFilter> | null | undefined;
  /** 统一社会信用代码（GB 32100，唯一） / Unified social credit code (GB 32100), unique */
  creditCode?: StringFilter | null | undefined;
  /** 按所在县（市、区）筛选 / Conditions on the county-level division */
  division?: DivisionFilter | null | undefined;
  /** 职工人数 / Number of employees */
  employees?: IntFilter | null | undefined;
  /** 财务制度健全 / Sound financial management (rule N3) */
  financesSound?: BooleanFilter | null | undefined;
  /** 瞪羚企业 / Gazelle enterprise (priority, Art. 12.2) */
  gazelle?: BooleanFilter | null | undefined;
  /** 高新技术企业 / Certified high-tech enterprise (priority, Art. 12.2) */
  highTech?: BooleanFilter | null | undefined;
  /** 行号（本表内唯一） / Row id, unique within its table */
  id?: IntFilter | null | undefined;
  /** 是否独立法人 / Independent legal person (rule N1) */
  independentLegalPerson?: BooleanFilter | null | undefined;
  /** 承担市级以上科技计划项目 / Holds a municipal-or-higher S&T programme project (priority, Art. 12.2) */
  municipalProject?: BooleanFilter | null | undefined;
  /** 企业名称 / Registered name */
  name?: StringFilter | null | undefined;
  /** 不满足 / This does not hold */
  not?: EnterpriseFilter | null | undefined;
  /** 任一满足 / At least one of these holds */
  or?: Array<EnterpriseFilter> | null | undefined;
  /** 上年度研发投入（分） / Last year's R&D spending, in fen (rule N4) */
  rdSpendingFen?: FenFilter | null | undefined;
  /** 注册日期（规则N1：满一年） / Registration date (rule N1: at least one year) */
  registeredOn?: DateFilter | null | undefined;
  /** 上年度主营业务收入（分） / Last year's main business revenue, in fen (rule N4) */
  revenueFen?: FenFilter | null | undefined;
  /** 按所属领域筛选 / Conditions on the sector */
  sector?: SectorFilter | null | undefined;
  /** 最近一次重大违法违规或不良信用记录日期（规则N3：近三年内不得有） / Date of the latest major violation or bad-credit record (rule N3) */
  violationOn?: DateFilter | null | undefined;
};

/** 考核可办理的操作 / An action in an evaluation cycle (Art. 17) */
export type EvaluationAction =
  /** 批准受托机构的考核建议，执行其后果（市科技局，第十七条） / Approve the agency’s proposal, applying its consequences (bureau, Art. 17) */
  | 'APPROVE_GRADE'
  /** 拨付奖金（市财政局）或发放证书、金卡（市科技局） / Pay the cash (finance) or hand over certificate and card (bureau) */
  | 'DISBURSE_REWARD'
  /** 报组织部备案并结束周期（市科技局） / File with the Organisation Dept. and close the cycle (bureau) */
  | 'FILE_RESULTS'
  /** 评定等级（市科技局即决定；受托机构为建议） / Grade (the bureau decides at once; the agency proposes) */
  | 'GRADE'
  /** 退回受托机构的考核建议（市科技局，须说明理由） / Send the agency’s proposal back with a reason (bureau) */
  | 'RETURN_GRADE';

/** EvaluationCycle 的筛选条件，可用 and / or / not 组合 / Conditions on EvaluationCycle, combinable with and / or / not */
export type EvaluationCycleFilter = {
  /** 受托第三方机构 / Third-party agency, if one assisted */
  agency?: StringFilter | null | undefined;
  /** 全部满足 / All of these hold */
  and?: Array<EvaluationCycleFilter> | null | undefined;
  /** 周期代码，如 2025-2026 / Cycle code, e.g. 2025-2026 */
  code?: StringFilter | null | undefined;
  /** 行号（本表内唯一） / Row id, unique within its table */
  id?: IntFilter | null | undefined;
  /** 不满足 / This does not hold */
  not?: EvaluationCycleFilter | null | undefined;
  /** 任一满足 / At least one of these holds */
  or?: Array<EvaluationCycleFilter> | null | undefined;
  /** 考核期结束 / End of the period evaluated */
  periodEnd?: DateFilter | null | undefined;
  /** 考核期开始 / Start of the period evaluated */
  periodStart?: DateFilter | null | undefined;
  /** 状态 / Status */
  status?: CycleStatusFilter | null | undefined;
};

/** Evaluation 的筛选条件，可用 and / or / not 组合 / Conditions on Evaluation, combinable with and / or / not */
export type EvaluationFilter = {
  /** 全部满足 / All of these hold */
  and?: Array<EvaluationFilter> | null | undefined;
  /** 按任职筛选 / Conditions on the appointment */
  appointment?: AppointmentFilter | null | undefined;
  /** 按考核周期筛选 / Conditions on the cycle */
  cycle?: EvaluationCycleFilter | null | undefined;
  /** 按所在县（市、区）筛选 / Conditions on the county-level division */
  division?: DivisionFilter | null | undefined;
  /** 等级 / Grade */
  grade?: GradeFilter | null | undefined;
  /** 评定日期 / Date graded */
  gradedOn?: DateFilter | null | undefined;
  /** 行号（本表内唯一） / Row id, unique within its table */
  id?: IntFilter | null | undefined;
  /** 不满足 / This does not hold */
  not?: EvaluationFilter | null | undefined;
  /** 任一满足 / At least one of these holds */
  or?: Array<EvaluationFilter> | null | undefined;
  /** 评语 / Remarks */
  remarks?: StringFilter | null | undefined;
  /** 得分（0-100） / Score, 0-100 */
  score?: IntFilter | null | undefined;
  /** 按所属领域筛选 / Conditions on the sector */
  sector?: SectorFilter | null | undefined;
};

/** 考核等级的状态（第十七条） / Where a grade stands (Art. 17) */
export type EvaluationStatus =
  /** 市科技局已决定，后果已执行 / Decided by the bureau; its consequences applied */
  | 'DECIDED'
  /** 受托机构建议，待市科技局决定 / Proposed by the agency, awaiting the bureau */
  | 'PROPOSED'
  /** 市科技局退回，待重新评定 / Sent back by the bureau, to be graded again */
  | 'RETURNED';

/** Expert 的筛选条件，可用 and / or / not 组合 / Conditions on Expert, combinable with and / or / not */
export type ExpertFilter = {
  /** 全部满足 / All of these hold */
  and?: Array<ExpertFilter> | null | undefined;
  /** 禁止申报截止日期（考核不合格后两年，规则E5） / End of the two-year ban after an unqualified evaluation (rule E5, Art. 17) */
  bannedUntil?: DateFilter | null | undefined;
  /** 最高学位 / Highest degree */
  degree?: DegreeFilter | null | undefined;
  /** 学科专业 / Discipline */
  discipline?: StringFilter | null | undefined;
  /** 性别 / Gender */
  gender?: GenderFilter | null | undefined;
  /** 行号（本表内唯一） / Row id, unique within its table */
  id?: IntFilter | null | undefined;
  /** 按派出单位筛选 / Conditions on the sending institution */
  institution?: InstitutionFilter | null | undefined;
  /** 最近一次学术不端或科研失信记录日期（规则E3：近三年内不得有） / Date of the latest academic-misconduct or research-integrity record (rule E3) */
  misconductOn?: DateFilter | null | undefined;
  /** 姓名 / Full name */
  name?: StringFilter | null | undefined;
  /** 不满足 / This does not hold */
  not?: ExpertFilter | null | undefined;
  /** 任一满足 / At least one of these holds */
  or?: Array<ExpertFilter> | null | undefined;
  /** 按主要领域筛选 / Conditions on the main sector */
  sector?: SectorFilter | null | undefined;
  /** 专业技术职称 / Professional title */
  title?: ProfessionalTitleFilter | null | undefined;
  /** 是否顶尖人才（第十六条，一事一议） / Top talent handled case by case (Art. 16) */
  topTalent?: BooleanFilter | null | undefined;
  /** 参加工作日期（规则E2：两年以上工作经历） / Date the expert started working (rule E2) */
  workStartedOn?: DateFilter | null | undefined;
};

/** 金额条件（分） / Conditions on an amount of money, in fen */
export type FenFilter = {
  /** 等于 / Equal to */
  eq?: number | null | undefined;
  /** 大于 / Greater than */
  gt?: number | null | undefined;
  /** 大于等于 / Greater than or equal */
  gte?: number | null | undefined;
  /** 属于列表 / One of */
  in?: Array<number> | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
  /** 小于 / Less than */
  lt?: number | null | undefined;
  /** 小于等于 / Less than or equal */
  lte?: number | null | undefined;
  /** 不等于 / Not equal to */
  ne?: number | null | undefined;
};

/** 出资方（第二十条） / Who puts the money in (Art. 20) */
export type Funder =
  /** 企业 / The enterprise */
  | 'ENTERPRISE'
  /** 市财政 / City finance */
  | 'FINANCE'
  /** 高校院所 / The university or institute */
  | 'UNIVERSITY';

/** 性别 / Gender */
export type Gender =
  /** 女 / Female */
  | 'FEMALE'
  /** 男 / Male */
  | 'MALE';

/** Gender 条件 / Conditions on a Gender value */
export type GenderFilter = {
  /** 等于 / Equal to */
  eq?: Gender | null | undefined;
  /** 属于列表 / One of */
  in?: Array<Gender> | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
  /** 不等于 / Not equal to */
  ne?: Gender | null | undefined;
  /** 不属于列表 / None of */
  notIn?: Array<Gender> | null | undefined;
};

/** 考核等级（第十七条） / Evaluation grade (Art. 17) */
export type Grade =
  /** 优秀：奖励5万元、证书、人才服务金卡（B） / Excellent: 50,000-yuan reward, certificate, Gold Card B (Art. 17, 18) */
  | 'EXCELLENT'
  /** 良好 / Good */
  | 'GOOD'
  /** 合格 / Qualified */
  | 'QUALIFIED'
  /** 不合格：撤销资格、取消项目资格、两年内不得申报 / Unqualified: revoked, project eligibility cancelled, two-year ban (Art. 17) */
  | 'UNQUALIFIED';

/** 评定考核等级（第十七条） / Grade an appointment (Art. 17) */
export type GradeEvaluationInput = {
  /** 任职行号 / Appointment id */
  appointmentId: number;
  /** 考核周期行号 / Cycle id */
  cycleId: number;
  /** 等级 / Grade */
  grade: Grade;
  /** 评语 / Remarks */
  remarks?: string | null | undefined;
  /** 得分（0-100） / Score, 0-100 */
  score?: number | null | undefined;
};

/** Grade 条件 / Conditions on a Grade value */
export type GradeFilter = {
  /** 等于 / Equal to */
  eq?: Grade | null | undefined;
  /** 属于列表 / One of */
  in?: Array<Grade> | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
  /** 不等于 / Not equal to */
  ne?: Grade | null | undefined;
  /** 不属于列表 / None of */
  notIn?: Array<Grade> | null | undefined;
};

/** 校验的后果 / What a failing guard does */
export type GuardLevel =
  /** 不通过则拒绝保存 / Refuses the step when it fails */
  | 'BLOCK'
  /** 不通过仅提示 / Only a warning when it fails */
  | 'WARN';

/** 第七条年度工作量化指标 / A yearly indicator of Art. 7 */
export type IndicatorCode =
  /** 政策宣讲或技术培训不少于3次（第七条第3项） / At least 3 briefings or trainings (Art. 7.3) */
  | 'BRIEFINGS_AND_TRAININGS'
  /** 驻企服务不少于30天（第七条第1项） / At least 30 days on site (Art. 7.1) */
  | 'DAYS_ON_SITE'
  /** 知识产权申请至少1项（第七条第2项） / At least 1 IP application (Art. 7.2) */
  | 'IP_APPLICATIONS'
  /** 新技术、新工艺或新产品至少1项（第七条第2项） / At least 1 new technology, process or product (Art. 7.2) */
  | 'NEW_TECHNOLOGIES'
  /** 培养技术骨干不少于10人（第七条第3项） / At least 10 technical staff trained (Art. 7.3) */
  | 'PEOPLE_TRAINED'
  /** 技术服务不少于10次（第七条第1项） / At least 10 technical services (Art. 7.1) */
  | 'TECH_SERVICES';

/** 指标完成情况 / Where an indicator stands */
export type IndicatorStatus =
  /** 按进度难以完成 / At risk at the pace so far */
  | 'AT_RISK'
  /** 已完成 / Met */
  | 'MET'
  /** 年度已过未完成 / Missed: the year is over */
  | 'MISSED'
  /** 按进度可完成 / On track at the pace so far */
  | 'ON_TRACK';

/** Institution 的筛选条件，可用 and / or / not 组合 / Conditions on Institution, combinable with and / or / not */
export type InstitutionFilter = {
  /** 全部满足 / All of these hold */
  and?: Array<InstitutionFilter> | null | undefined;
  /** 所在城市 / City where it is located */
  city?: StringFilter | null | undefined;
  /** 单位代码（英文名称的稳定缩写） / Stable institution code derived from its English name */
  code?: StringFilter | null | undefined;
  /** 行号（本表内唯一） / Row id, unique within its table */
  id?: IntFilter | null | undefined;
  /** 类别 / Kind */
  kind?: InstitutionKindFilter | null | undefined;
  /** 英文名称 / Name in English */
  nameEn?: StringFilter | null | undefined;
  /** 中文名称 / Name in Chinese */
  nameZh?: StringFilter | null | undefined;
  /** 不满足 / This does not hold */
  not?: InstitutionFilter | null | undefined;
  /** 任一满足 / At least one of these holds */
  or?: Array<InstitutionFilter> | null | undefined;
};

/** 派出单位类别 / Kind of sending institution */
export type InstitutionKind =
  /** 科研院所 / Research institute */
  | 'INSTITUTE'
  /** 高校 / University */
  | 'UNIVERSITY';

/** InstitutionKind 条件 / Conditions on a InstitutionKind value */
export type InstitutionKindFilter = {
  /** 等于 / Equal to */
  eq?: InstitutionKind | null | undefined;
  /** 属于列表 / One of */
  in?: Array<InstitutionKind> | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
  /** 不等于 / Not equal to */
  ne?: InstitutionKind | null | undefined;
  /** 不属于列表 / None of */
  notIn?: Array<InstitutionKind> | null | undefined;
};

/** 整数条件 / Conditions on an integer */
export type IntFilter = {
  /** 等于 / Equal to */
  eq?: number | null | undefined;
  /** 大于 / Greater than */
  gt?: number | null | undefined;
  /** 大于等于 / Greater than or equal */
  gte?: number | null | undefined;
  /** 属于列表 / One of */
  in?: Array<number> | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
  /** 小于 / Less than */
  lt?: number | null | undefined;
  /** 小于等于 / Less than or equal */
  lte?: number | null | undefined;
  /** 不等于 / Not equal to */
  ne?: number | null | undefined;
  /** 不属于列表 / None of */
  notIn?: Array<number> | null | undefined;
};

/** 邀请新专家：专家库中没有的人选，由申报企业录入（第十二条第1项、第十三条第3项） / Invite an expert who is not yet in the directory, entered by the applying enterprise (Art. 12.1, 13.3) */
export type InviteExpertInput = {
  /** 最高学位（规则E1） / Highest degree (rule E1) */
  degree: Degree;
  /** 学科专业 / Discipline */
  discipline: string;
  /** 身份证号（18位，校验位按GB 11643；加密保存，对企业脱敏显示） / Resident ID number, 18 characters with the GB 11643 check digit; stored encrypted, shown masked to enterprises */
  idNumber: string;
  /** 派出单位（高校院所名录中的行号） / Sending institution, an id from the institutions list */
  institutionId: number;
  /** 姓名 / Full name */
  name: string;
  /** 手机号（11位，加密保存，对企业脱敏显示） / Mobile phone, 11 digits; stored encrypted, shown masked to enterprises */
  phone: string;
  /** 研究方向（1至10项） / Research fields, 1 to 10 */
  researchFields: Array<string>;
  /** 专业技术职称（规则E1） / Professional title (rule E1) */
  title: ProfessionalTitle;
  /** 参加工作日期（规则E2：两年以上工作经历） / Date the expert started working (rule E2) */
  workStartedOn: string;
};

/** IpApplication 的筛选条件，可用 and / or / not 组合 / Conditions on IpApplication, combinable with and / or / not */
export type IpApplicationFilter = {
  /** 全部满足 / All of these hold */
  and?: Array<IpApplicationFilter> | null | undefined;
  /** 申请号（唯一） / Application number, unique */
  applicationNo?: StringFilter | null | undefined;
  /** 按任职筛选 / Conditions on the appointment */
  appointment?: AppointmentFilter | null | undefined;
  /** 申请日期 / Filing date */
  filedOn?: DateFilter | null | undefined;
  /** 行号（本表内唯一） / Row id, unique within its table */
  id?: IntFilter | null | undefined;
  /** 类别 / Kind */
  kind?: IpKindFilter | null | undefined;
  /** 不满足 / This does not hold */
  not?: IpApplicationFilter | null | undefined;
  /** 任一满足 / At least one of these holds */
  or?: Array<IpApplicationFilter> | null | undefined;
  /** 状态 / Status */
  status?: IpStatusFilter | null | undefined;
  /** 名称 / Title */
  title?: StringFilter | null | undefined;
};

/** IpApplication 的排序项 / One ordering term for IpApplication lists */
export type IpApplicationOrderBy = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 排序字段 / Field */
  field: IpApplicationSortField;
};

/** IpApplication 可排序的字段 / Fields IpApplication lists can be ordered by */
export type IpApplicationSortField =
  /** 申请日期 / Filing date */
  | 'filedOn'
  /** 行号（本表内唯一） / Row id, unique within its table */
  | 'id';

/** 知识产权类别（第七条第2项） / Kind of intellectual property (Art. 7.2) */
export type IpKind =
  /** 发明专利 / Invention patent */
  | 'INVENTION_PATENT'
  /** 软件著作权 / Software copyright */
  | 'SOFTWARE_COPYRIGHT'
  /** 实用新型专利 / Utility model patent */
  | 'UTILITY_MODEL';

/** IpKind 条件 / Conditions on a IpKind value */
export type IpKindFilter = {
  /** 等于 / Equal to */
  eq?: IpKind | null | undefined;
  /** 属于列表 / One of */
  in?: Array<IpKind> | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
  /** 不等于 / Not equal to */
  ne?: IpKind | null | undefined;
  /** 不属于列表 / None of */
  notIn?: Array<IpKind> | null | undefined;
};

/** 知识产权状态 / Status of an IP application */
export type IpStatus =
  /** 已申请 / Filed */
  | 'FILED'
  /** 已授权 / Granted */
  | 'GRANTED'
  /** 被驳回 / Rejected */
  | 'REJECTED';

/** IpStatus 条件 / Conditions on a IpStatus value */
export type IpStatusFilter = {
  /** 等于 / Equal to */
  eq?: IpStatus | null | undefined;
  /** 属于列表 / One of */
  in?: Array<IpStatus> | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
  /** 不等于 / Not equal to */
  ne?: IpStatus | null | undefined;
  /** 不属于列表 / None of */
  notIn?: Array<IpStatus> | null | undefined;
};

/** 台账记录可办理的操作 / An action on a ledger entry */
export type LedgerAction =
  /** 确认（派驻企业） / Confirm (the host enterprise) */
  | 'CONFIRM'
  /** 提出异议（派驻企业，须说明理由） / Dispute (the host enterprise, with a reason) */
  | 'DISPUTE'
  /** 修改（专家本人，企业确认前） / Edit (the expert, until the enterprise confirms) */
  | 'EDIT'
  /** 撤回（专家本人，企业确认前） / Withdraw (the expert, until the enterprise confirms) */
  | 'WITHDRAW';

/** LedgerEntry 的筛选条件，可用 and / or / not 组合 / Conditions on LedgerEntry, combinable with and / or / not */
export type LedgerEntryFilter = {
  /** 全部满足 / All of these hold */
  and?: Array<LedgerEntryFilter> | null | undefined;
  /** 按任职筛选 / Conditions on the appointment */
  appointment?: AppointmentFilter | null | undefined;
  /** 企业确认状态 / Enterprise confirmation */
  confirmation?: ConfirmationFilter | null | undefined;
  /** 服务内容 / What was done */
  content?: StringFilter | null | undefined;
  /** 驻企天数 / Days on site */
  daysOnSite?: IntFilter | null | undefined;
  /** 按所在县（市、区）筛选 / Conditions on the county-level division */
  division?: DivisionFilter | null | undefined;
  /** 服务效果 / Effect for the enterprise */
  effect?: StringFilter | null | undefined;
  /** 行号（本表内唯一） / Row id, unique within its table */
  id?: IntFilter | null | undefined;
  /** 服务类别 / Kind of service */
  kind?: ServiceKindFilter | null | undefined;
  /** 不满足 / This does not hold */
  not?: LedgerEntryFilter | null | undefined;
  /** 任一满足 / At least one of these holds */
  or?: Array<LedgerEntryFilter> | null | undefined;
  /** 培养技术骨干人数 / Technical staff trained */
  peopleTrained?: IntFilter | null | undefined;
  /** 服务日期 / Date of service */
  serviceDate?: DateFilter | null | undefined;
};

/** LedgerEntry 的排序项 / One ordering term for LedgerEntry lists */
export type LedgerEntryOrderBy = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 排序字段 / Field */
  field: LedgerEntrySortField;
};

/** LedgerEntry 可排序的字段 / Fields LedgerEntry lists can be ordered by */
export type LedgerEntrySortField =
  /** 驻企天数 / Days on site */
  | 'daysOnSite'
  /** 行号（本表内唯一） / Row id, unique within its table */
  | 'id'
  /** 培养技术骨干人数 / Technical staff trained */
  | 'peopleTrained'
  /** 服务日期 / Date of service */
  | 'serviceDate';

/** 公示状态 / Status of a public notice */
export type NoticeStatus =
  /** 公示期满 / Period over */
  | 'CLOSED'
  /** 公示中 / Running */
  | 'OPEN';

/** NoticeStatus 条件 / Conditions on a NoticeStatus value */
export type NoticeStatusFilter = {
  /** 等于 / Equal to */
  eq?: NoticeStatus | null | undefined;
  /** 属于列表 / One of */
  in?: Array<NoticeStatus> | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
  /** 不等于 / Not equal to */
  ne?: NoticeStatus | null | undefined;
  /** 不属于列表 / None of */
  notIn?: Array<NoticeStatus> | null | undefined;
};

/** 开启绩效考核周期（两年一次） / Open a biennial evaluation cycle */
export type OpenEvaluationCycleInput = {
  /** 受托第三方机构 / Third-party agency */
  agency?: string | null | undefined;
  /** 周期代码，如 2026-2027 / Cycle code, e.g. 2026-2027 */
  code: string;
  /** 考核期结束 / End of the period evaluated */
  periodEnd: string;
  /** 考核期开始 / Start of the period evaluated */
  periodStart: string;
};

/** 兼任职务（第二条） / Position held in the enterprise (Art. 2) */
export type Position =
  /** 总经理助理 / Assistant to the general manager */
  | 'ASSISTANT_GENERAL_MANAGER'
  /** 副总工程师 / Deputy chief engineer */
  | 'DEPUTY_CHIEF_ENGINEER'
  /** 副总经理 / Deputy general manager */
  | 'DEPUTY_GENERAL_MANAGER';

/** Position 条件 / Conditions on a Position value */
export type PositionFilter = {
  /** 等于 / Equal to */
  eq?: Position | null | undefined;
  /** 属于列表 / One of */
  in?: Array<Position> | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
  /** 不等于 / Not equal to */
  ne?: Position | null | undefined;
  /** 不属于列表 / None of */
  notIn?: Array<Position> | null | undefined;
};

/** 试算一笔拨付（不保存） / A tranche to check before saving (nothing is written) */
export type PreviewDisbursementInput = {
  /** 金额（分） / Amount in fen */
  amountFen: number;
  /** 出资方 / Funder */
  funder: Funder;
  /** 项目行号 / Project id */
  projectId: number;
  /** 凭证号（填写则检查是否已使用） / Voucher number; checked for reuse when given */
  voucherNo?: string | null | undefined;
};

/** 试算项目三方出资（申报、立项或调整前，不保存） / Project amounts to check before proposing, approving or changing them (nothing is written) */
export type PreviewProjectFundingInput = {
  /** 企业出资（不低于总额50%） / Enterprise, at least 50% of the total */
  enterpriseFen: number;
  /** 财政资金（高校与财政合计不超过100万元） / City finance; university plus finance at most 1,000,000 yuan */
  financeFen: number;
  /** 已有项目的行号（调整时另查不得低于已拨付） / An existing project: also checks no funder goes below what it paid */
  projectId?: number | null | undefined;
  /** 高校院所出资 / University or institute */
  universityFen: number;
};

/** 专业技术职称 / Professional title (rule E1, Art. 2, 5.1) */
export type ProfessionalTitle =
  /** 副高级 / Associate senior */
  | 'ASSOCIATE_SENIOR'
  /** 中级 / Intermediate */
  | 'INTERMEDIATE'
  /** 初级 / Junior */
  | 'JUNIOR'
  /** 无 / None */
  | 'NONE'
  /** 正高级 / Senior */
  | 'SENIOR';

/** ProfessionalTitle 条件 / Conditions on a ProfessionalTitle value */
export type ProfessionalTitleFilter = {
  /** 等于 / Equal to */
  eq?: ProfessionalTitle | null | undefined;
  /** 属于列表 / One of */
  in?: Array<ProfessionalTitle> | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
  /** 不等于 / Not equal to */
  ne?: ProfessionalTitle | null | undefined;
  /** 不属于列表 / None of */
  notIn?: Array<ProfessionalTitle> | null | undefined;
};

/** 项目可办理的操作 / An action on a co-innovation project (Art. 20, 21) */
export type ProjectAction =
  /** 验收通过（市科技局） / Accept (bureau) */
  | 'ACCEPT'
  /** 立项（市科技局） / Approve (bureau) */
  | 'APPROVE'
  /** 调整资金（市科技局） / Change the funding (bureau) */
  | 'CHANGE_FUNDING'
  /** 登记拨付（市财政局） / Record a tranche (finance) */
  | 'DISBURSE'
  /** 验收不通过（市科技局） / Fail (bureau) */
  | 'FAIL';

/** 项目及读取时的版本号，可附调整后的金额 / A project, the version you read, and optionally new amounts */
export type ProjectDecisionInput = {
  /** 批准或调整后的金额 / Approved or changed amounts */
  funding?: ProjectFundingInput | null | undefined;
  /** 项目行号 / Project id */
  projectId: number;
  /** 读取时的版本号 / The version you read */
  version: number;
};

/** Project 的筛选条件，可用 and / or / not 组合 / Conditions on Project, combinable with and / or / not */
export type ProjectFilter = {
  /** 全部满足 / All of these hold */
  and?: Array<ProjectFilter> | null | undefined;
  /** 按牵头科技副总的任职筛选 / Conditions on the appointment of the lead expert */
  appointment?: AppointmentFilter | null | undefined;
  /** 立项日期 / Date approved */
  approvedOn?: DateFilter | null | undefined;
  /** 验收或终止日期 / Date accepted, failed or cancelled */
  closedOn?: DateFilter | null | undefined;
  /** 项目编号（唯一） / Project code, unique */
  code?: StringFilter | null | undefined;
  /** 按所在县（市、区）筛选 / Conditions on the county-level division */
  division?: DivisionFilter | null | undefined;
  /** 按实施企业筛选 / Conditions on the enterprise carrying it out */
  enterprise?: EnterpriseFilter | null | undefined;
  /** 企业出资（分，不低于总额50%） / Enterprise contribution in fen, at least 50% of the total (Art. 20) */
  enterpriseFen?: FenFilter | null | undefined;
  /** 财政资金（分） / City finance contribution in fen */
  financeFen?: FenFilter | null | undefined;
  /** 行号（本表内唯一） / Row id, unique within its table */
  id?: IntFilter | null | undefined;
  /** 不满足 / This does not hold */
  not?: ProjectFilter | null | undefined;
  /** 任一满足 / At least one of these holds */
  or?: Array<ProjectFilter> | null | undefined;
  /** 优先支持（专家考核优秀，第十九条） / Priority: the expert was graded excellent (Art. 17, 19) */
  priority?: BooleanFilter | null | undefined;
  /** 申报日期 / Date proposed */
  proposedOn?: DateFilter | null | undefined;
  /** 按所属领域筛选 / Conditions on the sector */
  sector?: SectorFilter | null | undefined;
  /** 状态 / Status */
  status?: ProjectStatusFilter | null | undefined;
  /** 项目名称 / Title */
  title?: StringFilter | null | undefined;
  /** 高校院所出资（分） / University or institute contribution in fen */
  universityFen?: FenFilter | null | undefined;
};

/** 项目三方出资（分，第二十条） / The three contributions in fen (Art. 20) */
export type ProjectFundingInput = {
  /** 企业出资（不低于总额50%） / Enterprise, at least 50% of the total */
  enterpriseFen: number;
  /** 财政资金（高校与财政合计不超过100万元） / City finance; university plus finance at most 1,000,000 yuan */
  financeFen: number;
  /** 高校院所出资 / University or institute */
  universityFen: number;
};

/** Project 的排序项 / One ordering term for Project lists */
export type ProjectOrderBy = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 排序字段 / Field */
  field: ProjectSortField;
};

/** Project 可排序的字段 / Fields Project lists can be ordered by */
export type ProjectSortField =
  /** 项目编号（唯一） / Project code, unique */
  | 'code'
  /** 企业出资（分，不低于总额50%） / Enterprise contribution in fen, at least 50% of the total (Art. 20) */
  | 'enterpriseFen'
  /** 财政资金（分） / City finance contribution in fen */
  | 'financeFen'
  /** 行号（本表内唯一） / Row id, unique within its table */
  | 'id'
  /** 申报日期 / Date proposed */
  | 'proposedOn'
  /** 状态 / Status */
  | 'status'
  /** 高校院所出资（分） / University or institute contribution in fen */
  | 'universityFen';

/** 协同创新项目状态 / Status of a co-innovation project */
export type ProjectStatus =
  /** 已验收 / Accepted on completion (验收) */
  | 'ACCEPTED'
  /** 已立项 / Approved (立项) */
  | 'APPROVED'
  /** 已取消（如考核不合格取消资格） / Cancelled, e.g. after an unqualified grade (Art. 17) */
  | 'CANCELLED'
  /** 验收未通过 / Failed acceptance */
  | 'FAILED'
  /** 执行中（分批拨付） / Being carried out, funds disbursed in tranches */
  | 'IN_PROGRESS'
  /** 已申报，待立项 / Proposed, awaiting approval */
  | 'PROPOSED';

/** ProjectStatus 条件 / Conditions on a ProjectStatus value */
export type ProjectStatusFilter = {
  /** 等于 / Equal to */
  eq?: ProjectStatus | null | undefined;
  /** 属于列表 / One of */
  in?: Array<ProjectStatus> | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
  /** 不等于 / Not equal to */
  ne?: ProjectStatus | null | undefined;
  /** 不属于列表 / None of */
  notIn?: Array<ProjectStatus> | null | undefined;
};

/** 申报协同创新项目 / Propose a co-innovation project */
export type ProposeProjectInput = {
  /** 牵头专家的任职行号 / Appointment of the leading expert */
  appointmentId: number;
  /** 企业出资（不低于总额50%） / Enterprise, at least 50% of the total */
  enterpriseFen: number;
  /** 财政资金（高校与财政合计不超过100万元） / City finance; university plus finance at most 1,000,000 yuan */
  financeFen: number;
  /** 项目名称 / Title */
  title: string;
  /** 高校院所出资 / University or institute */
  universityFen: number;
};

/** PublicNotice 的筛选条件，可用 and / or / not 组合 / Conditions on PublicNotice, combinable with and / or / not */
export type PublicNoticeFilter = {
  /** 全部满足 / All of these hold */
  and?: Array<PublicNoticeFilter> | null | undefined;
  /** 按所属征集筛选 / Conditions on the call */
  call?: CallFilter | null | undefined;
  /** 发布渠道 / Where it was published */
  channel?: StringFilter | null | undefined;
  /** 公示结束日期 / Last day of the notice */
  endsOn?: DateFilter | null | undefined;
  /** 行号（本表内唯一） / Row id, unique within its table */
  id?: IntFilter | null | undefined;
  /** 不满足 / This does not hold */
  not?: PublicNoticeFilter | null | undefined;
  /** 任一满足 / At least one of these holds */
  or?: Array<PublicNoticeFilter> | null | undefined;
  /** 发布时间 / When it was published */
  publishedAt?: DateTimeFilter | null | undefined;
  /** 公示开始日期 / First day of the notice */
  startsOn?: DateFilter | null | undefined;
  /** 状态 / Status */
  status?: NoticeStatusFilter | null | undefined;
  /** 标题 / Title */
  title?: StringFilter | null | undefined;
};

/** 新技术、新工艺、新产品（第七条第2项） / A new technology, process or product (Art. 7.2) */
export type RecordAchievementInput = {
  /** 完成日期 / Date achieved */
  achievedOn: string;
  /** 任职行号 / Appointment id */
  appointmentId: number;
  /** 类别 / Kind */
  kind: AchievementKind;
  /** 名称 / Title */
  title: string;
};

/** 知识产权申请（第七条第2项） / An IP application (Art. 7.2) */
export type RecordIpApplicationInput = {
  /** 申请号 / Application number */
  applicationNo: string;
  /** 任职行号 / Appointment id */
  appointmentId: number;
  /** 申请日期 / Filing date */
  filedOn: string;
  /** 类别 / Kind */
  kind: IpKind;
  /** 状态，默认 FILED / Status, FILED by default */
  status?: IpStatus | null | undefined;
  /** 名称 / Title */
  title: string;
};

/** 服务台账记录（专家本人，第七条第1项） / A ledger entry by the expert (Art. 7.1) */
export type RecordServiceInput = {
  /** 任职行号 / Appointment id */
  appointmentId: number;
  /** 服务内容 / What was done */
  content: string;
  /** 驻企天数（0-31） / Days on site, 0-31 */
  daysOnSite: number;
  /** 服务效果 / Effect */
  effect: string;
  /** 服务类别 / Kind */
  kind: ServiceKind;
  /** 培养技术骨干人数 / Technical staff trained */
  peopleTrained: number;
  /** 服务日期 / Date of service */
  serviceDate: string;
};

/** Reward 的筛选条件，可用 and / or / not 组合 / Conditions on Reward, combinable with and / or / not */
export type RewardFilter = {
  /** 金额（分；证书与金卡为0） / Amount in fen (0 for certificate and card) */
  amountFen?: FenFilter | null | undefined;
  /** 全部满足 / All of these hold */
  and?: Array<RewardFilter> | null | undefined;
  /** 拨付或发放日期 / Date paid or handed over */
  disbursedOn?: DateFilter | null | undefined;
  /** 按所在县（市、区）筛选 / Conditions on the county-level division */
  division?: DivisionFilter | null | undefined;
  /** 按考核结果筛选 / Conditions on the evaluation */
  evaluation?: EvaluationFilter | null | undefined;
  /** 按获奖专家筛选 / Conditions on the expert */
  expert?: ExpertFilter | null | undefined;
  /** 授予日期 / Date granted */
  grantedOn?: DateFilter | null | undefined;
  /** 行号（本表内唯一） / Row id, unique within its table */
  id?: IntFilter | null | undefined;
  /** 类别 / Kind */
  kind?: RewardKindFilter | null | undefined;
  /** 不满足 / This does not hold */
  not?: RewardFilter | null | undefined;
  /** 任一满足 / At least one of these holds */
  or?: Array<RewardFilter> | null | undefined;
  /** 证书或金卡编号 / Certificate or card number */
  serialNo?: StringFilter | null | undefined;
  /** 状态 / Status */
  status?: RewardStatusFilter | null | undefined;
  /** 奖金拨付凭证号（市财政局） / Voucher number of the cash payment (finance) */
  voucherNo?: StringFilter | null | undefined;
};

/** 奖励类别（第十七、十八条） / Kind of reward for an excellent grade (Art. 17, 18) */
export type RewardKind =
  /** 5万元奖励金 / 50,000-yuan cash reward (Art. 17) */
  | 'CASH'
  /** 优秀科技副总证书 / Certificate of excellence (Art. 17) */
  | 'CERTIFICATE'
  /** 聊城市人才服务金卡（B） / Liaocheng Talent Service Gold Card B (Art. 18) */
  | 'GOLD_CARD_B';

/** RewardKind 条件 / Conditions on a RewardKind value */
export type RewardKindFilter = {
  /** 等于 / Equal to */
  eq?: RewardKind | null | undefined;
  /** 属于列表 / One of */
  in?: Array<RewardKind> | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
  /** 不等于 / Not equal to */
  ne?: RewardKind | null | undefined;
  /** 不属于列表 / None of */
  notIn?: Array<RewardKind> | null | undefined;
};

/** Reward 的排序项 / One ordering term for Reward lists */
export type RewardOrderBy = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 排序字段 / Field */
  field: RewardSortField;
};

/** Reward 可排序的字段 / Fields Reward lists can be ordered by */
export type RewardSortField =
  /** 金额（分；证书与金卡为0） / Amount in fen (0 for certificate and card) */
  | 'amountFen'
  /** 授予日期 / Date granted */
  | 'grantedOn'
  /** 行号（本表内唯一） / Row id, unique within its table */
  | 'id';

/** 奖励状态 / Status of a reward */
export type RewardStatus =
  /** 已拨付或已发放 / Paid out or handed over */
  | 'DISBURSED'
  /** 已授予（奖金待财政拨付） / Granted; cash awaits disbursement by finance */
  | 'GRANTED';

/** RewardStatus 条件 / Conditions on a RewardStatus value */
export type RewardStatusFilter = {
  /** 等于 / Equal to */
  eq?: RewardStatus | null | undefined;
  /** 属于列表 / One of */
  in?: Array<RewardStatus> | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
  /** 不等于 / Not equal to */
  ne?: RewardStatus | null | undefined;
  /** 不属于列表 / None of */
  notIn?: Array<RewardStatus> | null | undefined;
};

/** 用户角色 / Role of a user account */
export type Role =
  /** 系统管理员（管理账号，与业务角色分离） / System administrator: manages accounts, separate from business roles */
  | 'ADMIN'
  /** 分析员：GraphQL 查询，个人信息脱敏 / Analyst: GraphQL queries, personal data masked */
  | 'ANALYST'
  /** 县（市、区）科技主管部门：本辖区初审 / County bureau: its own county only, preliminary review */
  | 'COUNTY_BUREAU'
  /** 企业账号：本企业申报与台账确认 / Enterprise account: its own applications and ledger confirmations */
  | 'ENTERPRISE'
  /** 受托第三方考核机构 / Third-party evaluation agency (Art. 17) */
  | 'EVALUATION_AGENCY'
  /** 专家账号：本人任职与服务台账 / Expert account: own appointment and service ledger */
  | 'EXPERT'
  /** 市财政局：预算与拨付（第三、四、二十一条） / Finance bureau: budgets and disbursements (Art. 3, 4, 21) */
  | 'FINANCE'
  /** 市人社局：人才政策落实（第三、十八条） / HR bureau: talent-policy follow-up (Art. 3, 18) */
  | 'HR'
  /** 市领导：驾驶舱，不含个人信息 / City leadership: dashboards, no personal data */
  | 'LEADERSHIP'
  /** 市委组织部：备案记录签收 / Organisation Department: filing records */
  | 'ORG_DEPT'
  /** 市科技局：组织实施全流程（第三条） / S&T bureau: runs the programme (Art. 3) */
  | 'ST_BUREAU';

/** Role 条件 / Conditions on a Role value */
export type RoleFilter = {
  /** 等于 / Equal to */
  eq?: Role | null | undefined;
  /** 属于列表 / One of */
  in?: Array<Role> | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
  /** 不等于 / Not equal to */
  ne?: Role | null | undefined;
  /** 不属于列表 / None of */
  notIn?: Array<Role> | null | undefined;
};

/** 资格规则 / Eligibility rule, each citing its article */
export type RuleCode =
  /** 博士学位或副高级以上职称（第二条、第五条第1项） / Doctorate or associate-senior title or above (Art. 2, 5.1) */
  | 'E1'
  /** 两年以上工作经历（第五条第1项） / At least two years of work experience (Art. 5.1) */
  | 'E2'
  /** 近三年无学术不端、科研失信记录（第五条第4项） / No misconduct record in three years (Art. 5.4) */
  | 'E3'
  /** 只服务一家企业（第五条第5项） / Serves one enterprise only (Art. 5.5) */
  | 'E4'
  /** 不在考核不合格后两年禁止期内（第十七条） / Not within the two-year ban after an unqualified grade (Art. 17) */
  | 'E5'
  /** 连续服务不少于两年（第五条第2项） / Service period of at least two years (Art. 5.2) */
  | 'E6'
  /** 聊城注册、独立法人、注册满一年（第九条第1项） / Registered in Liaocheng, independent, at least one year (Art. 9.1) */
  | 'N1'
  /** 非专家本人或其单位创办、入股（第九条第1项） / Not founded or invested in by the expert or institution (Art. 9.1) */
  | 'N2'
  /** 近三年无重大违法和不良信用，财务健全（第九条第1项） / No major violation or bad credit in three years; sound finances (Art. 9.1) */
  | 'N3'
  /** 研发投入比例符合规定（第九条第2项） / R&D spending ratio meets the requirement (Art. 9.2) */
  | 'N4'
  /** 每月生活补助不低于1000元（第十一条第2项） / Monthly allowance of at least 1,000 yuan (Art. 11.2) */
  | 'N5';

/** RuleCode 条件 / Conditions on a RuleCode value */
export type RuleCodeFilter = {
  /** 等于 / Equal to */
  eq?: RuleCode | null | undefined;
  /** 属于列表 / One of */
  in?: Array<RuleCode> | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
  /** 不等于 / Not equal to */
  ne?: RuleCode | null | undefined;
  /** 不属于列表 / None of */
  notIn?: Array<RuleCode> | null | undefined;
};

/** Sector 的筛选条件，可用 and / or / not 组合 / Conditions on Sector, combinable with and / or / not */
export type SectorFilter = {
  /** 全部满足 / All of these hold */
  and?: Array<SectorFilter> | null | undefined;
  /** 领域代码，如 AI、NEW_MATERIALS / Sector code, e.g. AI, NEW_MATERIALS */
  code?: StringFilter | null | undefined;
  /** 行号（本表内唯一） / Row id, unique within its table */
  id?: IntFilter | null | undefined;
  /** 中文名称 / Name in Chinese */
  nameZh?: StringFilter | null | undefined;
  /** 不满足 / This does not hold */
  not?: SectorFilter | null | undefined;
  /** 任一满足 / At least one of these holds */
  or?: Array<SectorFilter> | null | undefined;
  /** 是否第十条重点领域 / Whether it is a priority sector of Art. 10 */
  priority?: BooleanFilter | null | undefined;
  /** 显示顺序 / Display order */
  sortOrder?: IntFilter | null | undefined;
};

/** 服务类别（第六、七条） / Kind of service recorded in the ledger (Art. 6, 7) */
export type ServiceKind =
  /** 产学研对接 / University-industry cooperation work (Art. 6.2) */
  | 'COOPERATION'
  /** 政策宣讲（计入每年不少于3次宣讲或培训） / Policy briefing, counts toward the 3 a year (Art. 7.3) */
  | 'POLICY_BRIEFING'
  /** 研发工作会议 / R&D work meeting (Art. 6.1) */
  | 'RD_MEETING'
  /** 人才引进与培养（计入驻企天数与培养人数，不计入技术服务或宣讲培训次数） / Talent introduction and training, counts toward days on site and people trained (Art. 6.3, 7.1, 7.3) */
  | 'TALENT'
  /** 技术服务（计入每年不少于10次） / Technical service, counts toward the 10 a year (Art. 7.1) */
  | 'TECH_SERVICE'
  /** 技术培训（计入每年不少于3次宣讲或培训） / Technical training, counts toward the 3 a year (Art. 7.3) */
  | 'TRAINING';

/** ServiceKind 条件 / Conditions on a ServiceKind value */
export type ServiceKindFilter = {
  /** 等于 / Equal to */
  eq?: ServiceKind | null | undefined;
  /** 属于列表 / One of */
  in?: Array<ServiceKind> | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
  /** 不等于 / Not equal to */
  ne?: ServiceKind | null | undefined;
  /** 不属于列表 / None of */
  notIn?: Array<ServiceKind> | null | undefined;
};

/** 排序方向 / Sort direction */
export type SortDirection =
  /** 升序 / Ascending */
  | 'ASC'
  /** 降序 / Descending */
  | 'DESC';

/** 文本条件 / Conditions on a text */
export type StringFilter = {
  /** 包含（不区分大小写） / Contains, case-insensitive */
  contains?: string | null | undefined;
  /** 等于 / Equal to */
  eq?: string | null | undefined;
  /** 属于列表 / One of */
  in?: Array<string> | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
  /** 不等于 / Not equal to */
  ne?: string | null | undefined;
  /** 不属于列表 / None of */
  notIn?: Array<string> | null | undefined;
  /** 以此开头 / Starts with */
  startsWith?: string | null | undefined;
};

/** 年度述职（第十七条） / The annual report (Art. 17) */
export type SubmitAnnualReportInput = {
  /** 任职行号 / Appointment id */
  appointmentId: number;
  /** 述职摘要 / Summary */
  summary: string;
  /** 述职年度 / Year reported on */
  year: number;
};

/** 修改一条服务记录（专家本人，企业确认前） / Correct a ledger entry (the expert, until the enterprise confirms) */
export type UpdateServiceInput = {
  /** 服务内容 / What was done */
  content: string;
  /** 驻企天数（0-31） / Days on site, 0-31 */
  daysOnSite: number;
  /** 服务效果 / Effect */
  effect: string;
  /** 台账记录行号 / Ledger entry id */
  entryId: number;
  /** 服务类别 / Kind */
  kind: ServiceKind;
  /** 培养技术骨干人数 / Technical staff trained */
  peopleTrained: number;
  /** 服务日期 / Date of service */
  serviceDate: string;
  /** 读取时的版本号 / The version you read */
  version: number;
};

/** User 的筛选条件，可用 and / or / not 组合 / Conditions on User, combinable with and / or / not */
export type UserFilter = {
  /** 是否启用 / Whether the account may log in */
  active?: BooleanFilter | null | undefined;
  /** 全部满足 / All of these hold */
  and?: Array<UserFilter> | null | undefined;
  /** 显示名称 / Display name */
  displayName?: StringFilter | null | undefined;
  /** 按绑定的县（市、区）筛选 / Conditions on the bound division */
  division?: DivisionFilter | null | undefined;
  /** 连续登录失败次数 / Consecutive failed log-in attempts */
  failedAttempts?: IntFilter | null | undefined;
  /** 行号（本表内唯一） / Row id, unique within its table */
  id?: IntFilter | null | undefined;
  /** 最近登录时间 / Last successful log-in */
  lastLoginAt?: DateTimeFilter | null | undefined;
  /** 锁定至 / Locked until */
  lockedUntil?: DateTimeFilter | null | undefined;
  /** 不满足 / This does not hold */
  not?: UserFilter | null | undefined;
  /** 任一满足 / At least one of these holds */
  or?: Array<UserFilter> | null | undefined;
  /** 角色 / Role */
  role?: RoleFilter | null | undefined;
  /** 登录名（唯一） / Log-in name, unique */
  username?: StringFilter | null | undefined;
};

/** User 的排序项 / One ordering term for User lists */
export type UserOrderBy = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 排序字段 / Field */
  field: UserSortField;
};

/** User 可排序的字段 / Fields User lists can be ordered by */
export type UserSortField =
  /** 行号（本表内唯一） / Row id, unique within its table */
  | 'id'
  /** 角色 / Role */
  | 'role'
  /** 登录名（唯一） / Log-in name, unique */
  | 'username';

/** 记录行号及读取时的版本号 / A record id and the version you read */
export type VersionedIdInput = {
  /** 行号 / Id */
  id: number;
  /** 读取时的版本号 / The version you read */
  version: number;
};

export type AdminUsersQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
  orderBy?: Array<UserOrderBy> | UserOrderBy | null | undefined;
}>;

export type AdminUsersQuery = {
  users: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: number;
      username: string;
      displayName: string;
      role: Role;
      active: boolean;
      failedAttempts: number;
      lockedUntil: string | null;
      lastLoginAt: string | null;
      mustChangePassword: boolean;
      divisionId: number | null;
      boundEnterpriseId: number | null;
      boundExpertId: number | null;
      nextActions: Array<AccountAction>;
    }>;
  };
};

export type AdminBindingCandidatesQueryVariables = Exact<{
  kind: BindingKind;
  search: string;
}>;

export type AdminBindingCandidatesQuery = { bindingCandidates: Array<{ id: number; name: string; detail: string }> };

export type AdminCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;

export type AdminCreateUserMutation = { createUser: number };

export type AdminSetUserActiveMutationVariables = Exact<{
  userId: number;
  active: boolean;
}>;

export type AdminSetUserActiveMutation = { setUserActive: boolean };

export type AdminUnlockUserMutationVariables = Exact<{
  userId: number;
}>;

export type AdminUnlockUserMutation = { unlockUser: boolean };

export type AdminResetPasswordMutationVariables = Exact<{
  userId: number;
}>;

export type AdminResetPasswordMutation = { resetUserPassword: string };

export type AdminBindUserMutationVariables = Exact<{
  input: BindUserInput;
}>;

export type AdminBindUserMutation = {
  bindUser: { id: number; boundEnterpriseId: number | null; boundExpertId: number | null; divisionId: number | null };
};

export type AuditTrailQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
  orderBy?: Array<AuditLogOrderBy> | AuditLogOrderBy | null | undefined;
}>;

export type AuditTrailQuery = {
  auditLogs: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: string;
      at: string;
      username: string | null;
      role: string | null;
      operation: string;
      objectType: string | null;
      objectIds: string | null;
      result: string;
    }>;
  };
};

export type AuditEntryQueryVariables = Exact<{
  id: number;
}>;

export type AuditEntryQuery = {
  auditLog: {
    id: string;
    at: string;
    username: string | null;
    role: string | null;
    operation: string;
    objectType: string | null;
    objectIds: string | null;
    result: string;
    detailJson: string | null;
    hash: string;
    prevHash: string;
  } | null;
};

export type VerifyAuditChainQueryVariables = Exact<{ [key: string]: never }>;

export type VerifyAuditChainQuery = {
  verifyAuditChain: { ok: boolean; checked: number; firstBrokenId: string | null; reason: string | null };
};

export type EnterpriseDeskAppointmentsQueryVariables = Exact<{
  enterpriseId: number;
}>;

export type EnterpriseDeskAppointmentsQuery = {
  appointments: {
    nodes: Array<{
      id: number;
      status: AppointmentStatus;
      serviceStart: string;
      serviceEnd: string;
      expert: { id: number; name: string } | null;
    }>;
  };
};

export type ConfirmServiceMutationVariables = Exact<{
  input: ConfirmServiceInput;
}>;

export type ConfirmServiceMutation = {
  confirmService: {
    id: number;
    version: number;
    serviceDate: string;
    kind: ServiceKind;
    daysOnSite: number;
    content: string;
    effect: string;
    peopleTrained: number;
    confirmation: Confirmation;
    confirmedAt: string | null;
    disputeReason: string | null;
    nextActions: Array<LedgerAction>;
  };
};

export type ConfirmServicesMutationVariables = Exact<{
  input: ConfirmServicesInput;
}>;

export type ConfirmServicesMutation = {
  confirmServices: Array<{
    id: number;
    version: number;
    serviceDate: string;
    kind: ServiceKind;
    daysOnSite: number;
    content: string;
    effect: string;
    peopleTrained: number;
    confirmation: Confirmation;
    confirmedAt: string | null;
    disputeReason: string | null;
    nextActions: Array<LedgerAction>;
  }>;
};

export type InviteInstitutionsQueryVariables = Exact<{ [key: string]: never }>;

export type InviteInstitutionsQuery = { institutions: Array<{ id: number; nameZh: string; nameEn: string }> };

export type InviteDeskExpertMutationVariables = Exact<{
  input: InviteExpertInput;
}>;

export type InviteDeskExpertMutation = {
  inviteExpert: {
    id: number;
    name: string;
    institutionId: number;
    institutionName: string;
    degree: Degree;
    title: ProfessionalTitle;
    discipline: string;
  };
};

export type EvaluationDeskCyclesQueryVariables = Exact<{ [key: string]: never }>;

export type EvaluationDeskCyclesQuery = {
  evaluationCycles: {
    nodes: Array<{
      id: number;
      code: string;
      periodStart: string;
      periodEnd: string;
      agency: string | null;
      status: CycleStatus;
      nextActions: Array<EvaluationAction>;
    }>;
  };
};

export type EvaluationWorklistQueryVariables = Exact<{
  cycleId: number;
}>;

export type EvaluationWorklistQuery = {
  evaluationWorklist: Array<{
    nextActions: Array<EvaluationAction>;
    appointment: {
      id: number;
      status: AppointmentStatus;
      serviceStart: string;
      serviceEnd: string;
      expert: { id: number; name: string } | null;
      enterprise: { id: number; name: string } | null;
      division: { id: number; nameZh: string; nameEn: string } | null;
    };
    evaluation: { id: number; grade: Grade; score: number | null; gradedOn: string; status: EvaluationStatus } | null;
  }>;
};

export type EvaluationSubjectQueryVariables = Exact<{
  appointmentId: number;
  cycleId: number;
  yearA: number;
  yearB: number;
  from: string;
  to: string;
}>;

export type EvaluationSubjectQuery = {
  evaluationCycle: {
    id: number;
    code: string;
    periodStart: string;
    periodEnd: string;
    status: CycleStatus;
    nextActions: Array<EvaluationAction>;
  } | null;
  appointment: {
    id: number;
    status: AppointmentStatus;
    serviceStart: string;
    serviceEnd: string;
    endedOn: string | null;
    endReason: string | null;
    expert: { id: number; name: string; bannedUntil: string | null } | null;
    enterprise: { id: number; name: string } | null;
    annualReports: Array<{ id: number; year: number; submittedOn: string; summary: string }>;
    evaluations: Array<{
      id: number;
      grade: Grade;
      score: number | null;
      gradedOn: string;
      remarks: string | null;
      status: EvaluationStatus;
      decidedOn: string | null;
      returnReason: string | null;
      gradedByName: string | null;
      nextActions: Array<EvaluationAction>;
      cycle: { id: number; code: string } | null;
      rewards: Array<{
        id: number;
        kind: RewardKind;
        amountFen: number;
        serialNo: string | null;
        status: RewardStatus;
        disbursedOn: string | null;
        nextActions: Array<EvaluationAction>;
      }>;
    }>;
    projects: Array<{ id: number; code: string; title: string; status: ProjectStatus; priority: boolean }>;
  } | null;
  a: {
    appointmentId: number;
    year: number;
    asOf: string;
    windowStart: string;
    windowEnd: string;
    annualReportSubmitted: boolean;
    indicators: Array<{
      code: IndicatorCode;
      article: string;
      label: string;
      annualTarget: number;
      target: number;
      actual: number;
      confirmed: number;
      projected: number;
      status: IndicatorStatus;
    }>;
  };
  b: {
    appointmentId: number;
    year: number;
    asOf: string;
    windowStart: string;
    windowEnd: string;
    annualReportSubmitted: boolean;
    indicators: Array<{
      code: IndicatorCode;
      article: string;
      label: string;
      annualTarget: number;
      target: number;
      actual: number;
      confirmed: number;
      projected: number;
      status: IndicatorStatus;
    }>;
  };
  achievements: { totalCount: number; nodes: Array<{ id: number; kind: AchievementKind; title: string; achievedOn: string }> };
  ipApplications: {
    totalCount: number;
    nodes: Array<{ id: number; kind: IpKind; title: string; applicationNo: string; filedOn: string; status: IpStatus }>;
  };
  ledger: {
    totalCount: number;
    nodes: Array<{
      id: number;
      version: number;
      serviceDate: string;
      kind: ServiceKind;
      daysOnSite: number;
      content: string;
      effect: string;
      peopleTrained: number;
      confirmation: Confirmation;
      confirmedAt: string | null;
      disputeReason: string | null;
      nextActions: Array<LedgerAction>;
    }>;
  };
};

export type PreviewGradeQueryVariables = Exact<{
  input: GradeEvaluationInput;
}>;

export type PreviewGradeQuery = {
  previewGrade: {
    cycleCode: string;
    grade: Grade;
    gradedOn: string;
    rewardFen: number;
    certificate: boolean;
    goldCardB: boolean;
    revokes: boolean;
    bannedUntil: string | null;
    prioritisedProjects: Array<{ id: number; code: string; title: string }>;
    cancelledProjects: Array<{ id: number; code: string; title: string }>;
  };
};

export type GradeEvaluationMutationVariables = Exact<{
  input: GradeEvaluationInput;
}>;

export type GradeEvaluationMutation = {
  gradeEvaluation: { id: number; grade: Grade; score: number | null; gradedOn: string; status: EvaluationStatus };
};

export type PreviewGradeApprovalQueryVariables = Exact<{
  evaluationId: number;
}>;

export type PreviewGradeApprovalQuery = {
  previewGradeApproval: {
    cycleCode: string;
    grade: Grade;
    gradedOn: string;
    rewardFen: number;
    certificate: boolean;
    goldCardB: boolean;
    revokes: boolean;
    bannedUntil: string | null;
    prioritisedProjects: Array<{ id: number; code: string; title: string }>;
    cancelledProjects: Array<{ id: number; code: string; title: string }>;
  };
};

export type ApproveGradesMutationVariables = Exact<{
  evaluationIds: Array<number> | number;
}>;

export type ApproveGradesMutation = { approveGrades: Array<{ id: number; status: EvaluationStatus; decidedOn: string | null }> };

export type ReturnGradeMutationVariables = Exact<{
  evaluationId: number;
  reason: string;
}>;

export type ReturnGradeMutation = { returnGrade: { id: number; status: EvaluationStatus; returnReason: string | null } };

export type OpenEvaluationCycleMutationVariables = Exact<{
  input: OpenEvaluationCycleInput;
}>;

export type OpenEvaluationCycleMutation = { openEvaluationCycle: { id: number; code: string; status: CycleStatus } };

export type HandOverRewardMutationVariables = Exact<{
  rewardId: number;
}>;

export type HandOverRewardMutation = { disburseReward: { id: number; status: RewardStatus; disbursedOn: string | null } };

export type FileEvaluationResultsMutationVariables = Exact<{
  cycleId: number;
}>;

export type FileEvaluationResultsMutation = { fileEvaluationResults: { id: number; filingNo: string } };

export type EvaluationSubjectCycleQueryVariables = Exact<{
  cycleId: number;
}>;

export type EvaluationSubjectCycleQuery = { evaluationCycle: { id: number; code: string; periodStart: string; periodEnd: string } | null };

export type DeskLedgerEntryFragment = {
  id: number;
  version: number;
  serviceDate: string;
  kind: ServiceKind;
  daysOnSite: number;
  content: string;
  effect: string;
  peopleTrained: number;
  confirmation: Confirmation;
  confirmedAt: string | null;
  disputeReason: string | null;
  nextActions: Array<LedgerAction>;
};

export type DeskIndicatorReportFragment = {
  appointmentId: number;
  year: number;
  asOf: string;
  windowStart: string;
  windowEnd: string;
  annualReportSubmitted: boolean;
  indicators: Array<{
    code: IndicatorCode;
    article: string;
    label: string;
    annualTarget: number;
    target: number;
    actual: number;
    confirmed: number;
    projected: number;
    status: IndicatorStatus;
  }>;
};

export type ExpertDeskAppointmentsQueryVariables = Exact<{
  expertId: number;
}>;

export type ExpertDeskAppointmentsQuery = {
  appointments: {
    nodes: Array<{
      id: number;
      status: AppointmentStatus;
      serviceStart: string;
      serviceEnd: string;
      endedOn: string | null;
      enterprise: { id: number; name: string } | null;
    }>;
  };
};

export type ExpertDeskIndicatorsQueryVariables = Exact<{
  appointmentId: number;
  year: number;
}>;

export type ExpertDeskIndicatorsQuery = {
  appointmentIndicators: {
    appointmentId: number;
    year: number;
    asOf: string;
    windowStart: string;
    windowEnd: string;
    annualReportSubmitted: boolean;
    indicators: Array<{
      code: IndicatorCode;
      article: string;
      label: string;
      annualTarget: number;
      target: number;
      actual: number;
      confirmed: number;
      projected: number;
      status: IndicatorStatus;
    }>;
  };
};

export type ExpertDeskLedgerQueryVariables = Exact<{
  filter?: LedgerEntryFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
  orderBy?: Array<LedgerEntryOrderBy> | LedgerEntryOrderBy | null | undefined;
}>;

export type ExpertDeskLedgerQuery = {
  ledgerEntries: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: number;
      version: number;
      serviceDate: string;
      kind: ServiceKind;
      daysOnSite: number;
      content: string;
      effect: string;
      peopleTrained: number;
      confirmation: Confirmation;
      confirmedAt: string | null;
      disputeReason: string | null;
      nextActions: Array<LedgerAction>;
    }>;
  };
};

export type ExpertDeskRecordsQueryVariables = Exact<{
  appointmentId: number;
}>;

export type ExpertDeskRecordsQuery = {
  appointment: {
    id: number;
    achievements: Array<{ id: number; kind: AchievementKind; title: string; achievedOn: string }>;
    ipApplications: Array<{ id: number; kind: IpKind; title: string; applicationNo: string; filedOn: string; status: IpStatus }>;
    annualReports: Array<{ id: number; year: number; submittedOn: string; summary: string }>;
  } | null;
};

export type RecordServiceMutationVariables = Exact<{
  input: RecordServiceInput;
}>;

export type RecordServiceMutation = {
  recordService: {
    id: number;
    version: number;
    serviceDate: string;
    kind: ServiceKind;
    daysOnSite: number;
    content: string;
    effect: string;
    peopleTrained: number;
    confirmation: Confirmation;
    confirmedAt: string | null;
    disputeReason: string | null;
    nextActions: Array<LedgerAction>;
  };
};

export type UpdateServiceMutationVariables = Exact<{
  input: UpdateServiceInput;
}>;

export type UpdateServiceMutation = {
  updateService: {
    id: number;
    version: number;
    serviceDate: string;
    kind: ServiceKind;
    daysOnSite: number;
    content: string;
    effect: string;
    peopleTrained: number;
    confirmation: Confirmation;
    confirmedAt: string | null;
    disputeReason: string | null;
    nextActions: Array<LedgerAction>;
  };
};

export type WithdrawServiceMutationVariables = Exact<{
  id: number;
  version: number;
}>;

export type WithdrawServiceMutation = { withdrawService: number };

export type RecordAchievementMutationVariables = Exact<{
  input: RecordAchievementInput;
}>;

export type RecordAchievementMutation = { recordAchievement: { id: number } };

export type RecordIpApplicationMutationVariables = Exact<{
  input: RecordIpApplicationInput;
}>;

export type RecordIpApplicationMutation = { recordIpApplication: { id: number } };

export type SubmitAnnualReportMutationVariables = Exact<{
  input: SubmitAnnualReportInput;
}>;

export type SubmitAnnualReportMutation = { submitAnnualReport: { id: number; year: number } };

export type ExpertDeskEvidenceQueryVariables = Exact<{
  entryId?: number | null | undefined;
}>;

export type ExpertDeskEvidenceQuery = {
  ledgerEntry: {
    id: number;
    nextActions: Array<LedgerAction>;
    evidence: Array<{ id: number; fileName: string; mimeType: string; sizeBytes: number; uploadedAt: string }>;
  } | null;
};

export type DeleteLedgerEvidenceMutationVariables = Exact<{
  id: number;
}>;

export type DeleteLedgerEvidenceMutation = { deleteLedgerEvidence: number };

export type ExpertDeskReportDraftQueryVariables = Exact<{
  appointmentId: number;
  year: number;
}>;

export type ExpertDeskReportDraftQuery = {
  annualReportDraft: { appointmentId: number; year: number; asOf: string; entries: number; text: string };
};

export type ExpertDeskAchievementsQueryVariables = Exact<{
  filter?: AchievementFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
  orderBy?: Array<AchievementOrderBy> | AchievementOrderBy | null | undefined;
}>;

export type ExpertDeskAchievementsQuery = {
  achievements: { totalCount: number; nodes: Array<{ id: number; kind: AchievementKind; title: string; achievedOn: string }> };
};

export type ExpertDeskIpApplicationsQueryVariables = Exact<{
  filter?: IpApplicationFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
  orderBy?: Array<IpApplicationOrderBy> | IpApplicationOrderBy | null | undefined;
}>;

export type ExpertDeskIpApplicationsQuery = {
  ipApplications: {
    totalCount: number;
    nodes: Array<{ id: number; kind: IpKind; title: string; applicationNo: string; filedOn: string; status: IpStatus }>;
  };
};

export type FinanceFundingFragment = {
  id: number;
  code: string;
  title: string;
  status: ProjectStatus;
  priority: boolean;
  approvedOn: string | null;
  enterpriseFen: number;
  universityFen: number;
  financeFen: number;
  nextActions: Array<ProjectAction>;
  funding: Array<{ funder: Funder; approvedFen: number; paidFen: number; remainingFen: number }>;
};

export type FinanceProjectsQueryVariables = Exact<{
  filter?: ProjectFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
  orderBy?: Array<ProjectOrderBy> | ProjectOrderBy | null | undefined;
}>;

export type FinanceProjectsQuery = {
  projects: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: number;
      code: string;
      title: string;
      status: ProjectStatus;
      priority: boolean;
      approvedOn: string | null;
      enterpriseFen: number;
      universityFen: number;
      financeFen: number;
      nextActions: Array<ProjectAction>;
      enterprise: { id: number; name: string } | null;
      funding: Array<{ funder: Funder; approvedFen: number; paidFen: number; remainingFen: number }>;
    }>;
  };
};

export type FinanceProjectQueryVariables = Exact<{
  id: number;
}>;

export type FinanceProjectQuery = {
  project: {
    id: number;
    code: string;
    title: string;
    status: ProjectStatus;
    priority: boolean;
    approvedOn: string | null;
    enterpriseFen: number;
    universityFen: number;
    financeFen: number;
    nextActions: Array<ProjectAction>;
    enterprise: { id: number; name: string } | null;
    appointment: { id: number; expert: { id: number; name: string } | null } | null;
    disbursements: Array<{ id: number; funder: Funder; tranche: number; amountFen: number; disbursedOn: string; voucherNo: string }>;
    funding: Array<{ funder: Funder; approvedFen: number; paidFen: number; remainingFen: number }>;
  } | null;
};

export type PreviewDisbursementQueryVariables = Exact<{
  input: PreviewDisbursementInput;
}>;

export type PreviewDisbursementQuery = {
  previewDisbursement: {
    tranche: number;
    allowed: boolean;
    voucherUsed: boolean;
    guards: Array<{ code: string; article: string; level: GuardLevel; passed: boolean; message: string }>;
  };
};

export type DisburseProjectMutationVariables = Exact<{
  input: DisburseProjectInput;
}>;

export type DisburseProjectMutation = { disburseProject: { id: number; tranche: number; amountFen: number; voucherNo: string } };

export type FinanceRewardCyclesQueryVariables = Exact<{ [key: string]: never }>;

export type FinanceRewardCyclesQuery = { evaluationCycles: { nodes: Array<{ id: number; code: string; status: CycleStatus }> } };

export type FinanceRewardsQueryVariables = Exact<{
  cycleId: number;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;

export type FinanceRewardsQuery = {
  rewardBudget: {
    cycleId: number;
    cycleCode: string;
    rewards: number;
    paidRewards: number;
    grantedFen: number;
    paidFen: number;
    unpaidFen: number;
  };
  rewards: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: number;
      kind: RewardKind;
      amountFen: number;
      status: RewardStatus;
      grantedOn: string;
      disbursedOn: string | null;
      nextActions: Array<EvaluationAction>;
      expert: { id: number; name: string } | null;
    }>;
  };
};

export type DisburseRewardMutationVariables = Exact<{
  rewardId: number;
}>;

export type DisburseRewardMutation = { disburseReward: { id: number; status: RewardStatus; disbursedOn: string | null } };

export type FinanceRewardListQueryVariables = Exact<{
  cycleId: number;
  filter: RewardFilter;
  orderBy?: Array<RewardOrderBy> | RewardOrderBy | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;

export type FinanceRewardListQuery = {
  rewards: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: number;
      kind: RewardKind;
      amountFen: number;
      status: RewardStatus;
      grantedOn: string;
      disbursedOn: string | null;
      voucherNo: string | null;
      nextActions: Array<EvaluationAction>;
      expert: { id: number; name: string } | null;
    }>;
  };
};

export type PayRewardMutationVariables = Exact<{
  rewardId: number;
  voucherNo: string;
  paidOn: string;
}>;

export type PayRewardMutation = {
  disburseReward: { id: number; status: RewardStatus; disbursedOn: string | null; voucherNo: string | null };
};

export type HrGoldCardsQueryVariables = Exact<{
  filter?: RewardFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
  orderBy?: Array<RewardOrderBy> | RewardOrderBy | null | undefined;
}>;

export type HrGoldCardsQuery = {
  rewards: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: number;
      kind: RewardKind;
      serialNo: string | null;
      status: RewardStatus;
      grantedOn: string;
      disbursedOn: string | null;
      expert: { id: number; name: string } | null;
      evaluation: { id: number; cycle: { id: number; code: string } | null } | null;
    }>;
  };
};

export type HrRecognitionsQueryVariables = Exact<{
  filter?: AppointmentFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
  orderBy?: Array<AppointmentOrderBy> | AppointmentOrderBy | null | undefined;
}>;

export type HrRecognitionsQuery = {
  appointments: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: number;
      status: AppointmentStatus;
      recognisedOn: string | null;
      recognitionDocNo: string | null;
      certificateNo: string | null;
      serviceStart: string;
      serviceEnd: string;
      expert: { id: number; name: string } | null;
      enterprise: { id: number; name: string } | null;
    }>;
  };
};

export type DeskProjectFragment = {
  id: number;
  code: string;
  title: string;
  status: ProjectStatus;
  priority: boolean;
  version: number;
  proposedOn: string;
  approvedOn: string | null;
  closedOn: string | null;
  enterpriseFen: number;
  universityFen: number;
  financeFen: number;
  nextActions: Array<ProjectAction>;
  enterprise: { id: number; name: string } | null;
};

export type DeskProjectsQueryVariables = Exact<{
  filter?: ProjectFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
  orderBy?: Array<ProjectOrderBy> | ProjectOrderBy | null | undefined;
}>;

export type DeskProjectsQuery = {
  projects: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: number;
      code: string;
      title: string;
      status: ProjectStatus;
      priority: boolean;
      version: number;
      proposedOn: string;
      approvedOn: string | null;
      closedOn: string | null;
      enterpriseFen: number;
      universityFen: number;
      financeFen: number;
      nextActions: Array<ProjectAction>;
      appointment: { id: number; expert: { id: number; name: string } | null } | null;
      enterprise: { id: number; name: string } | null;
    }>;
  };
};

export type DeskProjectQueryVariables = Exact<{
  id: number;
}>;

export type DeskProjectQuery = {
  project: {
    id: number;
    code: string;
    title: string;
    status: ProjectStatus;
    priority: boolean;
    version: number;
    proposedOn: string;
    approvedOn: string | null;
    closedOn: string | null;
    enterpriseFen: number;
    universityFen: number;
    financeFen: number;
    nextActions: Array<ProjectAction>;
    appointment: { id: number; expert: { id: number; name: string } | null } | null;
    funding: Array<{ funder: Funder; approvedFen: number; paidFen: number; remainingFen: number }>;
    disbursements: Array<{ id: number; funder: Funder; tranche: number; amountFen: number; disbursedOn: string; voucherNo: string }>;
    enterprise: { id: number; name: string } | null;
  } | null;
};

export type ProjectAppointmentsQueryVariables = Exact<{
  filter?: AppointmentFilter | null | undefined;
}>;

export type ProjectAppointmentsQuery = {
  appointments: {
    nodes: Array<{ id: number; expert: { id: number; name: string } | null; enterprise: { id: number; name: string } | null }>;
  };
};

export type PreviewProjectFundingQueryVariables = Exact<{
  input: PreviewProjectFundingInput;
}>;

export type PreviewProjectFundingQuery = {
  previewProjectFunding: {
    totalFen: number;
    supportFen: number;
    enterpriseShareBp: number;
    minEnterpriseShareBp: number;
    supportCapFen: number;
    allowed: boolean;
    guards: Array<{ code: string; article: string; passed: boolean; message: string; fields: Array<string> }>;
  };
};

export type DeskProposeProjectMutationVariables = Exact<{
  input: ProposeProjectInput;
}>;

export type DeskProposeProjectMutation = {
  proposeProject: {
    id: number;
    code: string;
    title: string;
    status: ProjectStatus;
    priority: boolean;
    version: number;
    proposedOn: string;
    approvedOn: string | null;
    closedOn: string | null;
    enterpriseFen: number;
    universityFen: number;
    financeFen: number;
    nextActions: Array<ProjectAction>;
    enterprise: { id: number; name: string } | null;
  };
};

export type DeskApproveProjectMutationVariables = Exact<{
  input: ProjectDecisionInput;
}>;

export type DeskApproveProjectMutation = {
  approveProject: {
    id: number;
    code: string;
    title: string;
    status: ProjectStatus;
    priority: boolean;
    version: number;
    proposedOn: string;
    approvedOn: string | null;
    closedOn: string | null;
    enterpriseFen: number;
    universityFen: number;
    financeFen: number;
    nextActions: Array<ProjectAction>;
    enterprise: { id: number; name: string } | null;
  };
};

export type DeskChangeProjectFundingMutationVariables = Exact<{
  input: ProjectDecisionInput;
}>;

export type DeskChangeProjectFundingMutation = {
  changeProjectFunding: {
    id: number;
    code: string;
    title: string;
    status: ProjectStatus;
    priority: boolean;
    version: number;
    proposedOn: string;
    approvedOn: string | null;
    closedOn: string | null;
    enterpriseFen: number;
    universityFen: number;
    financeFen: number;
    nextActions: Array<ProjectAction>;
    enterprise: { id: number; name: string } | null;
  };
};

export type DeskCloseProjectMutationVariables = Exact<{
  input: VersionedIdInput;
  accepted: boolean;
}>;

export type DeskCloseProjectMutation = {
  closeProject: {
    id: number;
    code: string;
    title: string;
    status: ProjectStatus;
    priority: boolean;
    version: number;
    proposedOn: string;
    approvedOn: string | null;
    closedOn: string | null;
    enterpriseFen: number;
    universityFen: number;
    financeFen: number;
    nextActions: Array<ProjectAction>;
    enterprise: { id: number; name: string } | null;
  };
};

export const DeskLedgerEntryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeskLedgerEntry' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LedgerEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysOnSite' } },
          { kind: 'Field', name: { kind: 'Name', value: 'content' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effect' } },
          { kind: 'Field', name: { kind: 'Name', value: 'peopleTrained' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disputeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeskLedgerEntryFragment, unknown>;
export const DeskIndicatorReportFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeskIndicatorReport' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IndicatorReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'appointmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
          { kind: 'Field', name: { kind: 'Name', value: 'windowStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'windowEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualReportSubmitted' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicators' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'article' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'annualTarget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confirmed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projected' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeskIndicatorReportFragment, unknown>;
export const FinanceFundingFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FinanceFunding' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'universityFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'financeFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'funding' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'funder' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvedFen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paidFen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'remainingFen' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FinanceFundingFragment, unknown>;
export const DeskProjectFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeskProject' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'universityFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'financeFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeskProjectFragment, unknown>;
export const AdminUsersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminUsers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserOrderBy' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'users' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'failedAttempts' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lockedUntil' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastLoginAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mustChangePassword' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'divisionId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'boundEnterpriseId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'boundExpertId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const AdminBindingCandidatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminBindingCandidates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'BindingKind' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bindingCandidates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminBindingCandidatesQuery, AdminBindingCandidatesQueryVariables>;
export const AdminCreateUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminCreateUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateUserInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminCreateUserMutation, AdminCreateUserMutationVariables>;
export const AdminSetUserActiveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminSetUserActive' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'active' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setUserActive' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'active' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'active' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminSetUserActiveMutation, AdminSetUserActiveMutationVariables>;
export const AdminUnlockUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminUnlockUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unlockUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminUnlockUserMutation, AdminUnlockUserMutationVariables>;
export const AdminResetPasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminResetPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resetUserPassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminResetPasswordMutation, AdminResetPasswordMutationVariables>;
export const AdminBindUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminBindUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'BindUserInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bindUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'boundEnterpriseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'boundExpertId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'divisionId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminBindUserMutation, AdminBindUserMutationVariables>;
export const AuditTrailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditTrail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditLogFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditLogOrderBy' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditLogs' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operation' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'objectType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'objectIds' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'result' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const AuditEntryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditEntry' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditLog' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'operation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'objectType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'objectIds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'result' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detailJson' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hash' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prevHash' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditEntryQuery, AuditEntryQueryVariables>;
export const VerifyAuditChainDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VerifyAuditChain' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifyAuditChain' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'ok' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checked' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstBrokenId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerifyAuditChainQuery, VerifyAuditChainQueryVariables>;
export const EnterpriseDeskAppointmentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EnterpriseDeskAppointments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'enterpriseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'appointments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'enterprise' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'id' },
                            value: {
                              kind: 'ObjectValue',
                              fields: [
                                {
                                  kind: 'ObjectField',
                                  name: { kind: 'Name', value: 'eq' },
                                  value: { kind: 'Variable', name: { kind: 'Name', value: 'enterpriseId' } },
                                },
                              ],
                            },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: {
                  kind: 'ListValue',
                  values: [
                    {
                      kind: 'ObjectValue',
                      fields: [
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'field' },
                          value: { kind: 'EnumValue', value: 'serviceStart' },
                        },
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'direction' }, value: { kind: 'EnumValue', value: 'DESC' } },
                      ],
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'serviceStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'serviceEnd' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'expert' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnterpriseDeskAppointmentsQuery, EnterpriseDeskAppointmentsQueryVariables>;
export const ConfirmServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConfirmServiceInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmService' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeskLedgerEntry' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeskLedgerEntry' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LedgerEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysOnSite' } },
          { kind: 'Field', name: { kind: 'Name', value: 'content' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effect' } },
          { kind: 'Field', name: { kind: 'Name', value: 'peopleTrained' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disputeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConfirmServiceMutation, ConfirmServiceMutationVariables>;
export const ConfirmServicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmServices' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConfirmServicesInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmServices' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeskLedgerEntry' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeskLedgerEntry' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LedgerEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysOnSite' } },
          { kind: 'Field', name: { kind: 'Name', value: 'content' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effect' } },
          { kind: 'Field', name: { kind: 'Name', value: 'peopleTrained' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disputeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConfirmServicesMutation, ConfirmServicesMutationVariables>;
export const InviteInstitutionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InviteInstitutions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'institutions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InviteInstitutionsQuery, InviteInstitutionsQueryVariables>;
export const InviteDeskExpertDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'InviteDeskExpert' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'InviteExpertInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inviteExpert' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'institutionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'institutionName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'degree' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'discipline' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InviteDeskExpertMutation, InviteDeskExpertMutationVariables>;
export const EvaluationDeskCyclesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EvaluationDeskCycles' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evaluationCycles' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: {
                  kind: 'ListValue',
                  values: [
                    {
                      kind: 'ObjectValue',
                      fields: [
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'field' }, value: { kind: 'EnumValue', value: 'code' } },
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'direction' }, value: { kind: 'EnumValue', value: 'DESC' } },
                      ],
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvaluationDeskCyclesQuery, EvaluationDeskCyclesQueryVariables>;
export const EvaluationWorklistDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EvaluationWorklist' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'cycleId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evaluationWorklist' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'cycleId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'cycleId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'appointment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'serviceStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'serviceEnd' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'expert' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'enterprise' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'division' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evaluation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'gradedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvaluationWorklistQuery, EvaluationWorklistQueryVariables>;
export const EvaluationSubjectDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EvaluationSubject' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'appointmentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'cycleId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'yearA' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'yearB' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocalDate' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocalDate' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evaluationCycle' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'cycleId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'appointment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'appointmentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serviceStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serviceEnd' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endReason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'expert' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bannedUntil' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'enterprise' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'annualReports' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'submittedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evaluations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'gradedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'remarks' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'decidedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'returnReason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'gradedByName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'cycle' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rewards' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'amountFen' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'serialNo' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'disbursedOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'projects' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'a' },
            name: { kind: 'Name', value: 'appointmentIndicators' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'appointmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'appointmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'yearA' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeskIndicatorReport' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'b' },
            name: { kind: 'Name', value: 'appointmentIndicators' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'appointmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'appointmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'yearB' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeskIndicatorReport' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'achievements' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'appointment' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'id' },
                            value: {
                              kind: 'ObjectValue',
                              fields: [
                                {
                                  kind: 'ObjectField',
                                  name: { kind: 'Name', value: 'eq' },
                                  value: { kind: 'Variable', name: { kind: 'Name', value: 'appointmentId' } },
                                },
                              ],
                            },
                          },
                        ],
                      },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'achievedOn' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'gte' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
                          },
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'lte' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '200' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: {
                  kind: 'ListValue',
                  values: [
                    {
                      kind: 'ObjectValue',
                      fields: [
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'field' }, value: { kind: 'EnumValue', value: 'achievedOn' } },
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'direction' }, value: { kind: 'EnumValue', value: 'DESC' } },
                      ],
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'achievedOn' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ipApplications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'appointment' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'id' },
                            value: {
                              kind: 'ObjectValue',
                              fields: [
                                {
                                  kind: 'ObjectField',
                                  name: { kind: 'Name', value: 'eq' },
                                  value: { kind: 'Variable', name: { kind: 'Name', value: 'appointmentId' } },
                                },
                              ],
                            },
                          },
                        ],
                      },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'filedOn' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'gte' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
                          },
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'lte' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '200' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: {
                  kind: 'ListValue',
                  values: [
                    {
                      kind: 'ObjectValue',
                      fields: [
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'field' }, value: { kind: 'EnumValue', value: 'filedOn' } },
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'direction' }, value: { kind: 'EnumValue', value: 'DESC' } },
                      ],
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'applicationNo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'filedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'ledger' },
            name: { kind: 'Name', value: 'ledgerEntries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'appointment' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'id' },
                            value: {
                              kind: 'ObjectValue',
                              fields: [
                                {
                                  kind: 'ObjectField',
                                  name: { kind: 'Name', value: 'eq' },
                                  value: { kind: 'Variable', name: { kind: 'Name', value: 'appointmentId' } },
                                },
                              ],
                            },
                          },
                        ],
                      },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'serviceDate' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'gte' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
                          },
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'lte' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '500' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: {
                  kind: 'ListValue',
                  values: [
                    {
                      kind: 'ObjectValue',
                      fields: [
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'field' }, value: { kind: 'EnumValue', value: 'serviceDate' } },
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'direction' }, value: { kind: 'EnumValue', value: 'DESC' } },
                      ],
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeskLedgerEntry' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeskIndicatorReport' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IndicatorReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'appointmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
          { kind: 'Field', name: { kind: 'Name', value: 'windowStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'windowEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualReportSubmitted' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicators' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'article' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'annualTarget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confirmed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projected' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeskLedgerEntry' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LedgerEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysOnSite' } },
          { kind: 'Field', name: { kind: 'Name', value: 'content' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effect' } },
          { kind: 'Field', name: { kind: 'Name', value: 'peopleTrained' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disputeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvaluationSubjectQuery, EvaluationSubjectQueryVariables>;
export const PreviewGradeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PreviewGrade' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'GradeEvaluationInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'previewGrade' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cycleCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gradedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rewardFen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'certificate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'goldCardB' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revokes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bannedUntil' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'prioritisedProjects' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'cancelledProjects' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PreviewGradeQuery, PreviewGradeQueryVariables>;
export const GradeEvaluationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GradeEvaluation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'GradeEvaluationInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gradeEvaluation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gradedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GradeEvaluationMutation, GradeEvaluationMutationVariables>;
export const PreviewGradeApprovalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PreviewGradeApproval' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'evaluationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'previewGradeApproval' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'evaluationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'evaluationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cycleCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gradedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rewardFen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'certificate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'goldCardB' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revokes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bannedUntil' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'prioritisedProjects' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'cancelledProjects' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PreviewGradeApprovalQuery, PreviewGradeApprovalQueryVariables>;
export const ApproveGradesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApproveGrades' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'evaluationIds' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'ListType', type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveGrades' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'evaluationIds' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'evaluationIds' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApproveGradesMutation, ApproveGradesMutationVariables>;
export const ReturnGradeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReturnGrade' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'evaluationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'returnGrade' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'evaluationId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'evaluationId' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'reason' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'returnReason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReturnGradeMutation, ReturnGradeMutationVariables>;
export const OpenEvaluationCycleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OpenEvaluationCycle' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'OpenEvaluationCycleInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openEvaluationCycle' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OpenEvaluationCycleMutation, OpenEvaluationCycleMutationVariables>;
export const HandOverRewardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'HandOverReward' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'rewardId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'disburseReward' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'rewardId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'rewardId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disbursedOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HandOverRewardMutation, HandOverRewardMutationVariables>;
export const FileEvaluationResultsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'FileEvaluationResults' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'cycleId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fileEvaluationResults' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'cycleId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'cycleId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filingNo' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FileEvaluationResultsMutation, FileEvaluationResultsMutationVariables>;
export const EvaluationSubjectCycleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EvaluationSubjectCycle' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'cycleId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evaluationCycle' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'cycleId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvaluationSubjectCycleQuery, EvaluationSubjectCycleQueryVariables>;
export const ExpertDeskAppointmentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExpertDeskAppointments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expertId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'appointments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'expert' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'id' },
                            value: {
                              kind: 'ObjectValue',
                              fields: [
                                {
                                  kind: 'ObjectField',
                                  name: { kind: 'Name', value: 'eq' },
                                  value: { kind: 'Variable', name: { kind: 'Name', value: 'expertId' } },
                                },
                              ],
                            },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: {
                  kind: 'ListValue',
                  values: [
                    {
                      kind: 'ObjectValue',
                      fields: [
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'field' },
                          value: { kind: 'EnumValue', value: 'serviceStart' },
                        },
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'direction' }, value: { kind: 'EnumValue', value: 'DESC' } },
                      ],
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'serviceStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'serviceEnd' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endedOn' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'enterprise' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExpertDeskAppointmentsQuery, ExpertDeskAppointmentsQueryVariables>;
export const ExpertDeskIndicatorsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExpertDeskIndicators' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'appointmentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'appointmentIndicators' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'appointmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'appointmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeskIndicatorReport' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeskIndicatorReport' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IndicatorReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'appointmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
          { kind: 'Field', name: { kind: 'Name', value: 'windowStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'windowEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualReportSubmitted' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicators' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'article' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'annualTarget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confirmed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projected' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExpertDeskIndicatorsQuery, ExpertDeskIndicatorsQueryVariables>;
export const ExpertDeskLedgerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExpertDeskLedger' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LedgerEntryFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LedgerEntryOrderBy' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ledgerEntries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeskLedgerEntry' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeskLedgerEntry' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LedgerEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysOnSite' } },
          { kind: 'Field', name: { kind: 'Name', value: 'content' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effect' } },
          { kind: 'Field', name: { kind: 'Name', value: 'peopleTrained' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disputeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExpertDeskLedgerQuery, ExpertDeskLedgerQueryVariables>;
export const ExpertDeskRecordsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExpertDeskRecords' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'appointmentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'appointment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'appointmentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'achievements' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'achievedOn' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ipApplications' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'applicationNo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'filedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'annualReports' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'submittedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExpertDeskRecordsQuery, ExpertDeskRecordsQueryVariables>;
export const RecordServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordServiceInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordService' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeskLedgerEntry' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeskLedgerEntry' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LedgerEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysOnSite' } },
          { kind: 'Field', name: { kind: 'Name', value: 'content' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effect' } },
          { kind: 'Field', name: { kind: 'Name', value: 'peopleTrained' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disputeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordServiceMutation, RecordServiceMutationVariables>;
export const UpdateServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateServiceInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateService' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeskLedgerEntry' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeskLedgerEntry' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LedgerEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysOnSite' } },
          { kind: 'Field', name: { kind: 'Name', value: 'content' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effect' } },
          { kind: 'Field', name: { kind: 'Name', value: 'peopleTrained' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disputeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateServiceMutation, UpdateServiceMutationVariables>;
export const WithdrawServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawService' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'id' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'version' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
                    },
                  ],
                },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawServiceMutation, WithdrawServiceMutationVariables>;
export const RecordAchievementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordAchievement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordAchievementInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordAchievement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordAchievementMutation, RecordAchievementMutationVariables>;
export const RecordIpApplicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordIpApplication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordIpApplicationInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordIpApplication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordIpApplicationMutation, RecordIpApplicationMutationVariables>;
export const SubmitAnnualReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitAnnualReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SubmitAnnualReportInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitAnnualReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitAnnualReportMutation, SubmitAnnualReportMutationVariables>;
export const ExpertDeskEvidenceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExpertDeskEvidence' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'entryId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ledgerEntry' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'entryId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'uploadedAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExpertDeskEvidenceQuery, ExpertDeskEvidenceQueryVariables>;
export const DeleteLedgerEvidenceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteLedgerEvidence' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteLedgerEvidence' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'evidenceId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteLedgerEvidenceMutation, DeleteLedgerEvidenceMutationVariables>;
export const ExpertDeskReportDraftDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExpertDeskReportDraft' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'appointmentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'annualReportDraft' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'appointmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'appointmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'appointmentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                { kind: 'Field', name: { kind: 'Name', value: 'entries' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExpertDeskReportDraftQuery, ExpertDeskReportDraftQueryVariables>;
export const ExpertDeskAchievementsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExpertDeskAchievements' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AchievementFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AchievementOrderBy' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'achievements' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'achievedOn' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExpertDeskAchievementsQuery, ExpertDeskAchievementsQueryVariables>;
export const ExpertDeskIpApplicationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExpertDeskIpApplications' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'IpApplicationFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'IpApplicationOrderBy' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ipApplications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'applicationNo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'filedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExpertDeskIpApplicationsQuery, ExpertDeskIpApplicationsQueryVariables>;
export const FinanceProjectsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FinanceProjects' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectOrderBy' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'projects' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FinanceFunding' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'enterprise' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FinanceFunding' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'universityFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'financeFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'funding' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'funder' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvedFen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paidFen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'remainingFen' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FinanceProjectsQuery, FinanceProjectsQueryVariables>;
export const FinanceProjectDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FinanceProject' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'project' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FinanceFunding' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'enterprise' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'appointment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'expert' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'disbursements' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'funder' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tranche' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amountFen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'disbursedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'voucherNo' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FinanceFunding' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'universityFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'financeFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'funding' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'funder' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvedFen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paidFen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'remainingFen' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FinanceProjectQuery, FinanceProjectQueryVariables>;
export const PreviewDisbursementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PreviewDisbursement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PreviewDisbursementInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'previewDisbursement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'tranche' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allowed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voucherUsed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'guards' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'article' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PreviewDisbursementQuery, PreviewDisbursementQueryVariables>;
export const DisburseProjectDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DisburseProject' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DisburseProjectInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'disburseProject' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tranche' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amountFen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voucherNo' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DisburseProjectMutation, DisburseProjectMutationVariables>;
export const FinanceRewardCyclesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FinanceRewardCycles' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evaluationCycles' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: {
                  kind: 'ListValue',
                  values: [
                    {
                      kind: 'ObjectValue',
                      fields: [
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'field' }, value: { kind: 'EnumValue', value: 'code' } },
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'direction' }, value: { kind: 'EnumValue', value: 'DESC' } },
                      ],
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FinanceRewardCyclesQuery, FinanceRewardCyclesQueryVariables>;
export const FinanceRewardsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FinanceRewards' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'cycleId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rewardBudget' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'cycleId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'cycleId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cycleId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cycleCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rewards' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paidRewards' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grantedFen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paidFen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unpaidFen' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rewards' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [{ kind: 'ObjectField', name: { kind: 'Name', value: 'eq' }, value: { kind: 'EnumValue', value: 'CASH' } }],
                      },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'evaluation' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'cycle' },
                            value: {
                              kind: 'ObjectValue',
                              fields: [
                                {
                                  kind: 'ObjectField',
                                  name: { kind: 'Name', value: 'id' },
                                  value: {
                                    kind: 'ObjectValue',
                                    fields: [
                                      {
                                        kind: 'ObjectField',
                                        name: { kind: 'Name', value: 'eq' },
                                        value: { kind: 'Variable', name: { kind: 'Name', value: 'cycleId' } },
                                      },
                                    ],
                                  },
                                },
                              ],
                            },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: {
                  kind: 'ListValue',
                  values: [
                    {
                      kind: 'ObjectValue',
                      fields: [
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'field' }, value: { kind: 'EnumValue', value: 'grantedOn' } },
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'direction' }, value: { kind: 'EnumValue', value: 'DESC' } },
                      ],
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amountFen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'grantedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'disbursedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'expert' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FinanceRewardsQuery, FinanceRewardsQueryVariables>;
export const DisburseRewardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DisburseReward' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'rewardId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'disburseReward' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'rewardId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'rewardId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disbursedOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DisburseRewardMutation, DisburseRewardMutationVariables>;
export const FinanceRewardListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FinanceRewardList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'cycleId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RewardFilter' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RewardOrderBy' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rewards' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'and' },
                      value: {
                        kind: 'ListValue',
                        values: [
                          {
                            kind: 'ObjectValue',
                            fields: [
                              {
                                kind: 'ObjectField',
                                name: { kind: 'Name', value: 'kind' },
                                value: {
                                  kind: 'ObjectValue',
                                  fields: [
                                    {
                                      kind: 'ObjectField',
                                      name: { kind: 'Name', value: 'eq' },
                                      value: { kind: 'EnumValue', value: 'CASH' },
                                    },
                                  ],
                                },
                              },
                              {
                                kind: 'ObjectField',
                                name: { kind: 'Name', value: 'evaluation' },
                                value: {
                                  kind: 'ObjectValue',
                                  fields: [
                                    {
                                      kind: 'ObjectField',
                                      name: { kind: 'Name', value: 'cycle' },
                                      value: {
                                        kind: 'ObjectValue',
                                        fields: [
                                          {
                                            kind: 'ObjectField',
                                            name: { kind: 'Name', value: 'id' },
                                            value: {
                                              kind: 'ObjectValue',
                                              fields: [
                                                {
                                                  kind: 'ObjectField',
                                                  name: { kind: 'Name', value: 'eq' },
                                                  value: { kind: 'Variable', name: { kind: 'Name', value: 'cycleId' } },
                                                },
                                              ],
                                            },
                                          },
                                        ],
                                      },
                                    },
                                  ],
                                },
                              },
                            ],
                          },
                          { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
                        ],
                      },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amountFen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'grantedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'disbursedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'voucherNo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'expert' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FinanceRewardListQuery, FinanceRewardListQueryVariables>;
export const PayRewardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PayReward' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'rewardId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'voucherNo' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'paidOn' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocalDate' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'disburseReward' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'rewardId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'rewardId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'voucherNo' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'voucherNo' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'paidOn' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'paidOn' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disbursedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voucherNo' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PayRewardMutation, PayRewardMutationVariables>;
export const HrGoldCardsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'HrGoldCards' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'RewardFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RewardOrderBy' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rewards' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'serialNo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'grantedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'disbursedOn' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'expert' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'evaluation' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'cycle' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HrGoldCardsQuery, HrGoldCardsQueryVariables>;
export const HrRecognitionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'HrRecognitions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AppointmentFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AppointmentOrderBy' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'appointments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recognisedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recognitionDocNo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'certificateNo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'serviceStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'serviceEnd' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'expert' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'enterprise' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HrRecognitionsQuery, HrRecognitionsQueryVariables>;
export const DeskProjectsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DeskProjects' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectOrderBy' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'projects' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeskProject' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'appointment' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'expert' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeskProject' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'universityFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'financeFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeskProjectsQuery, DeskProjectsQueryVariables>;
export const DeskProjectDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DeskProject' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'project' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeskProject' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'appointment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'expert' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'funding' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'funder' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'approvedFen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'paidFen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'remainingFen' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'disbursements' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'funder' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tranche' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amountFen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'disbursedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'voucherNo' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeskProject' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'universityFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'financeFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeskProjectQuery, DeskProjectQueryVariables>;
export const ProjectAppointmentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProjectAppointments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AppointmentFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'appointments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: {
                  kind: 'ListValue',
                  values: [
                    {
                      kind: 'ObjectValue',
                      fields: [
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'field' }, value: { kind: 'EnumValue', value: 'id' } },
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'direction' }, value: { kind: 'EnumValue', value: 'DESC' } },
                      ],
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'expert' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'enterprise' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectAppointmentsQuery, ProjectAppointmentsQueryVariables>;
export const PreviewProjectFundingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PreviewProjectFunding' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PreviewProjectFundingInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'previewProjectFunding' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalFen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'supportFen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'enterpriseShareBp' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minEnterpriseShareBp' } },
                { kind: 'Field', name: { kind: 'Name', value: 'supportCapFen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allowed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'guards' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'article' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PreviewProjectFundingQuery, PreviewProjectFundingQueryVariables>;
export const DeskProposeProjectDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeskProposeProject' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProposeProjectInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposeProject' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeskProject' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeskProject' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'universityFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'financeFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeskProposeProjectMutation, DeskProposeProjectMutationVariables>;
export const DeskApproveProjectDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeskApproveProject' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectDecisionInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveProject' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeskProject' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeskProject' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'universityFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'financeFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeskApproveProjectMutation, DeskApproveProjectMutationVariables>;
export const DeskChangeProjectFundingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeskChangeProjectFunding' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectDecisionInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changeProjectFunding' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeskProject' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeskProject' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'universityFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'financeFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeskChangeProjectFundingMutation, DeskChangeProjectFundingMutationVariables>;
export const DeskCloseProjectDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeskCloseProject' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'VersionedIdInput' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accepted' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeProject' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'accepted' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accepted' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeskProject' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeskProject' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'universityFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'financeFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enterprise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeskCloseProjectMutation, DeskCloseProjectMutationVariables>;
