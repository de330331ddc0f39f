/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 批量签收备案（市委组织部） / Acknowledge several filings (Organisation Dept.) */
export type AcknowledgeFilingsInput = {
  /** 备案记录及读取时的版本号（至多100件） / Filings and the versions you read, at most 100 */
  filings: Array<VersionedIdInput>;
};

/** 协议类别 / Kind of agreement */
export type AgreementKind =
  /** 保密协议（第八条） / Confidentiality agreement with the enterprise (Art. 8) */
  | 'CONFIDENTIALITY'
  /** 企业、专家、派出单位三方协议（第十三条第2项） / Tripartite agreement of enterprise, expert and institution (Art. 13.2) */
  | 'TRIPARTITE';

/** Application 的分组维度 / Dimensions Application can be grouped by */
export type ApplicationDimension =
  /** 征集年度 / Call year */
  | 'CALL_YEAR'
  /** 县（市、区）或功能区 / County-level division or zone */
  | 'COUNTY'
  /** 派出高校院所 / Sending institution of the expert */
  | 'INSTITUTION'
  /** 是否因异议暂停 / On hold by an objection */
  | 'ON_HOLD'
  /** 时间段（需同时给出 period 参数） / Time bucket of a date; needs the period argument */
  | 'PERIOD'
  /** 是否优先推荐 / Recommended with priority */
  | 'PRIORITY'
  /** 导致不通过的规则 / Rule that stopped it */
  | 'REJECTION_RULE'
  /** 产业领域 / Sector */
  | 'SECTOR'
  /** 当前环节 / Current stage */
  | 'STAGE';

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

/** Application 的排序项 / One ordering term for Application lists */
export type ApplicationOrderBy = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 排序字段 / Field */
  field: ApplicationSortField;
};

/** Application 可排序的字段 / Fields Application lists can be ordered by */
export type ApplicationSortField =
  /** 创建时间 / When the row was created */
  | 'createdAt'
  /** 行号（本表内唯一） / Row id, unique within its table */
  | 'id'
  /** 企业承诺每月生活补助及交通费（分，规则N5） / Monthly allowance promised to the expert, in fen (rule N5) */
  | 'monthlyAllowanceFen'
  /** 当前环节 / Current stage */
  | 'stage'
  /** 进入当前环节的时间 / When it entered its current stage */
  | 'stageEnteredAt';

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

/** 申报及读取时的版本号 / An application and the version you read */
export type ApplicationVersionInput = {
  /** 申报行号 / Application id */
  applicationId: number;
  /** 读取时的版本号（乐观锁） / The version you read (optimistic locking) */
  version: number;
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

/** 是非条件 / Conditions on a yes/no value */
export type BooleanFilter = {
  /** 等于 / Equal to */
  eq?: boolean | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
};

/** 征集通知可办理的操作 / An action on a yearly call (Art. 12.1) */
export type CallAction =
  /** 关闭征集（市科技局，已发布的征集） / Close the call (bureau; a published call) */
  | 'CLOSE'
  /** 修改草稿（市科技局，未发布的征集） / Edit the draft (bureau; a call not yet published) */
  | 'EDIT'
  /** 发布草稿（市科技局；每年一次，第十二条第1项） / Publish the draft (bureau; one a year, Art. 12.1) */
  | 'PUBLISH';

/** 征集通知草稿（字段与发布时相同，发布前不公开） / A yearly call saved as a draft: the fields of a published one, not public yet */
export type CallDraftInput = {
  /** 申报截止日期（不晚于2030-06-30） / Last day applications are accepted, until 2030-06-30 */
  closesOn: string;
  /** 申报条件 / Conditions for applicants */
  conditions: string;
  /** 申报材料要求；空则为第十三条清单 / Materials required; the Art. 13 list when empty */
  materialsRequired?: string | null | undefined;
  /** 申报开始日期（不早于2025-07-01） / First day applications are accepted, from 2025-07-01 */
  opensOn: string;
  /** 标题 / Title */
  title: string;
  /** 年度（每年一次，2025至2030） / Call year, one per year, 2025-2030 */
  year: number;
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

/** Call 的排序项 / One ordering term for Call lists */
export type CallOrderBy = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 排序字段 / Field */
  field: CallSortField;
};

/** Call 可排序的字段 / Fields Call lists can be ordered by */
export type CallSortField =
  /** 申报截止日期 / Last day applications are accepted */
  | 'closesOn'
  /** 行号（本表内唯一） / Row id, unique within its table */
  | 'id'
  /** 申报开始日期 / First day applications are accepted */
  | 'opensOn'
  /** 年度（每年发布一次；草稿不占用） / Call year; one published call a year, drafts do not count */
  | 'year';

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

/** 专家与企业签订的保密协议，认定时随任职登记（第八条） / The confidentiality agreement of expert and enterprise, recorded with the appointment at recognition (Art. 8) */
export type ConfidentialityAgreementInput = {
  /** 保密范围；不填则按第八条的表述 / What it covers; the wording of Art. 8 when empty */
  content?: string | null | undefined;
  /** 协议文本编号或存档引用 / Number or archive reference of the signed text */
  documentRef: string;
  /** 企业方签字人及职务，如“张某（总经理）”；专家本人为另一方 / Who signed for the enterprise and in what capacity; the expert signs as the other party */
  enterpriseSignatory: string;
  /** 签订日期（不晚于认定日期） / Date signed, not after the recognition */
  signedOn: string;
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

/** 新建申报（企业账号，本企业） / A new application by the enterprise account, for itself */
export type CreateApplicationInput = {
  /** 征集行号 / Call id */
  callId: number;
  /** 企业上年度数据与优先资质（省略则不变） / The enterprise's declared facts; unchanged when omitted */
  enterpriseFacts?: EnterpriseFactsInput | null | undefined;
  /** 每月生活补助及交通费（分，规则N5） / Monthly allowance in fen (rule N5) */
  monthlyAllowanceFen: number;
  /** 拟选派专家行号（可在双向选择时确定） / Proposed expert id (may be chosen in two-way selection) */
  proposedExpertId?: number | null | undefined;
  /** 拟任职务 / Proposed position */
  proposedPosition: Position;
  /** 拟服务结束日期（不少于两年，规则E6） / Proposed end of service, at least two years on (rule E6) */
  proposedServiceEnd: string;
  /** 拟服务开始日期 / Proposed start of service */
  proposedServiceStart: string;
  /** 技术需求 / The technical needs */
  techNeeds: string;
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

/** 决定 / Decision taken at a step */
export type Decision =
  /** 因异议暂停 / Put on hold by an objection */
  | 'HOLD'
  /** 通过 / Passed to the next stage */
  | 'PASS'
  /** 不予通过 / Rejected */
  | 'REJECT'
  /** 异议处理完毕，恢复 / Released after the objection was resolved */
  | 'RELEASE'
  /** 退回修改 / Returned for correction */
  | 'RETURN'
  /** 提交 / Submitted */
  | 'SUBMIT'
  /** 撤回 / Withdrawn */
  | 'WITHDRAW';

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

/** Disbursement 的筛选条件，可用 and / or / not 组合 / Conditions on Disbursement, combinable with and / or / not */
export type DisbursementFilter = {
  /** 金额（分） / Amount in fen */
  amountFen?: FenFilter | null | undefined;
  /** 全部满足 / All of these hold */
  and?: Array<DisbursementFilter> | null | undefined;
  /** 拨付日期 / Date paid */
  disbursedOn?: DateFilter | null | undefined;
  /** 按所在县（市、区）筛选 / Conditions on the county-level division */
  division?: DivisionFilter | null | undefined;
  /** 出资方 / Funder */
  funder?: FunderFilter | null | undefined;
  /** 行号（本表内唯一） / Row id, unique within its table */
  id?: IntFilter | null | undefined;
  /** 不满足 / This does not hold */
  not?: DisbursementFilter | null | undefined;
  /** 任一满足 / At least one of these holds */
  or?: Array<DisbursementFilter> | null | undefined;
  /** 按项目筛选 / Conditions on the project */
  project?: ProjectFilter | null | undefined;
  /** 批次 / Tranche number */
  tranche?: IntFilter | null | undefined;
  /** 凭证号（唯一） / Voucher number, unique */
  voucherNo?: StringFilter | null | undefined;
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

/** 企业随申报填报的上年度数据与优先资质（县级初审核实） / Facts the enterprise declares with its application; the county checks them */
export type EnterpriseFactsInput = {
  /** 瞪羚企业（优先） / Gazelle enterprise (priority) */
  gazelle: boolean;
  /** 高新技术企业（第十二条第2项优先） / High-tech enterprise (priority, Art. 12.2) */
  highTech: boolean;
  /** 承担市级以上科技项目（优先） / Holds a municipal-or-higher S&T project (priority) */
  municipalProject: boolean;
  /** 上年度研发投入（分，规则N4） / Last year's R&D spending in fen (rule N4) */
  rdSpendingFen: number;
  /** 上年度主营业务收入（分，规则N4） / Last year's revenue in fen (rule N4) */
  revenueFen: number;
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

/** Evaluation 的分组维度 / Dimensions Evaluation can be grouped by */
export type EvaluationDimension =
  /** 县（市、区）或功能区 / County-level division or zone */
  | 'COUNTY'
  /** 考核周期 / Evaluation cycle */
  | 'CYCLE'
  /** 等级 / Grade */
  | 'GRADE'
  /** 派出高校院所 / Sending institution of the expert */
  | 'INSTITUTION'
  /** 时间段（需同时给出 period 参数） / Time bucket of a date; needs the period argument */
  | 'PERIOD'
  /** 产业领域 / Sector */
  | 'SECTOR';

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

/** 批量报市委组织部备案（一个备案包） / File several recognitions with the Organisation Dept. as one packet (Art. 12.4) */
export type FilingBatchInput = {
  /** 党组审议通过（PARTY_APPROVED）的申报 / Party-approved applications */
  applications: Array<ApplicationVersionInput>;
};

/** 备案类别 / What is filed with the Organisation Department */
export type FilingKind =
  /** 绩效考核结果（第十七条） / Results of a biennial evaluation (Art. 17) */
  | 'EVALUATION_RESULT'
  /** 拟认定人选（第十二条第4项） / A proposed recognition after party-group review (Art. 12.4) */
  | 'RECOGNITION';

/** FilingKind 条件 / Conditions on a FilingKind value */
export type FilingKindFilter = {
  /** 等于 / Equal to */
  eq?: FilingKind | null | undefined;
  /** 属于列表 / One of */
  in?: Array<FilingKind> | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
  /** 不等于 / Not equal to */
  ne?: FilingKind | null | undefined;
  /** 不属于列表 / None of */
  notIn?: Array<FilingKind> | null | undefined;
};

/** FilingRecord 的筛选条件，可用 and / or / not 组合 / Conditions on FilingRecord, combinable with and / or / not */
export type FilingRecordFilter = {
  /** 签收时间 / When it was acknowledged */
  acknowledgedAt?: DateTimeFilter | null | undefined;
  /** 全部满足 / All of these hold */
  and?: Array<FilingRecordFilter> | null | undefined;
  /** 按备案的申报筛选 / Conditions on the application filed */
  application?: ApplicationFilter | null | undefined;
  /** 按所在县（市、区）筛选 / Conditions on the county-level division */
  division?: DivisionFilter | null | undefined;
  /** 按备案的考核周期筛选 / Conditions on the evaluation cycle filed */
  evaluationCycle?: EvaluationCycleFilter | null | undefined;
  /** 报送日期 / Date filed */
  filedOn?: DateFilter | null | undefined;
  /** 备案编号（唯一） / Filing number, unique */
  filingNo?: StringFilter | null | undefined;
  /** 行号（本表内唯一） / Row id, unique within its table */
  id?: IntFilter | null | undefined;
  /** 类别 / Kind */
  kind?: FilingKindFilter | null | undefined;
  /** 不满足 / This does not hold */
  not?: FilingRecordFilter | null | undefined;
  /** 任一满足 / At least one of these holds */
  or?: Array<FilingRecordFilter> | null | undefined;
  /** 状态 / Status */
  status?: FilingStatusFilter | null | undefined;
  /** 标题 / Title */
  title?: StringFilter | null | undefined;
};

/** FilingRecord 的排序项 / One ordering term for FilingRecord lists */
export type FilingRecordOrderBy = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 排序字段 / Field */
  field: FilingRecordSortField;
};

/** FilingRecord 可排序的字段 / Fields FilingRecord lists can be ordered by */
export type FilingRecordSortField =
  /** 报送日期 / Date filed */
  | 'filedOn'
  /** 备案编号（唯一） / Filing number, unique */
  | 'filingNo'
  /** 行号（本表内唯一） / Row id, unique within its table */
  | 'id'
  /** 状态 / Status */
  | 'status';

/** 备案状态 / Status of a filing record */
export type FilingStatus =
  /** 组织部已签收 / Acknowledged by the Organisation Dept. */
  | 'ACKNOWLEDGED'
  /** 待组织部签收 / Awaiting acknowledgement by the Organisation Dept. */
  | 'PENDING';

/** FilingStatus 条件 / Conditions on a FilingStatus value */
export type FilingStatusFilter = {
  /** 等于 / Equal to */
  eq?: FilingStatus | null | undefined;
  /** 属于列表 / One of */
  in?: Array<FilingStatus> | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
  /** 不等于 / Not equal to */
  ne?: FilingStatus | null | undefined;
  /** 不属于列表 / None of */
  notIn?: Array<FilingStatus> | null | undefined;
};

/** 出资方（第二十条） / Who puts the money in (Art. 20) */
export type Funder =
  /** 企业 / The enterprise */
  | 'ENTERPRISE'
  /** 市财政 / City finance */
  | 'FINANCE'
  /** 高校院所 / The university or institute */
  | 'UNIVERSITY';

/** Funder 条件 / Conditions on a Funder value */
export type FunderFilter = {
  /** 等于 / Equal to */
  eq?: Funder | null | undefined;
  /** 属于列表 / One of */
  in?: Array<Funder> | null | undefined;
  /** 为空（true）或非空（false） / Is null (true) or not null (false) */
  isNull?: boolean | null | undefined;
  /** 不等于 / Not equal to */
  ne?: Funder | null | undefined;
  /** 不属于列表 / None of */
  notIn?: Array<Funder> | null | undefined;
};

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

/** 登录进度 / How far a log-in got */
export type LoginStatus =
  /** 密码正确，该角色须先绑定两步验证（beginTotpEnrolment、confirmTotpEnrolment） / Password accepted: this role must enrol a second factor first (beginTotpEnrolment, confirmTotpEnrolment) */
  | 'ENROLMENT_REQUIRED'
  /** 密码正确，请用 verifySecondFactor 提交6位验证码或恢复码 / Password accepted: send the 6-digit code or a recovery code to verifySecondFactor */
  | 'SECOND_FACTOR_REQUIRED'
  /** 已登录，会话已建立 / Signed in: the session is open */
  | 'SIGNED_IN';

/** 匹配得分的组成部分（第十二条第4项） / A component of the matching score (Art. 12.4) */
export type MatchComponent =
  /** 可派驻（满分10） / Availability (10 points) */
  | 'AVAILABILITY'
  /** 任职经历与考核等级（满分15） / Past appointments and grades (15 points) */
  | 'EXPERIENCE'
  /** 派出单位优势（满分15） / The institution’s strength in the sector (15 points) */
  | 'INSTITUTION'
  /** 领域契合（满分30） / Sector fit (30 points) */
  | 'SECTOR'
  /** 需求与研究方向、成果的文本相似度（满分30） / Similarity of the needs to research fields and achievements (30 points) */
  | 'TEXT';

/** 申报材料（第十三条） / Application material required by Art. 13 */
export type MaterialKind =
  /** 申报表（13.1） / Application form (13.1) */
  | 'APPLICATION_FORM'
  /** 营业执照（13.4） / Business licence (13.4) */
  | 'BUSINESS_LICENCE'
  /** 企业信用报告（13.4） / Credit report (13.4) */
  | 'CREDIT_REPORT'
  /** 专利、奖励、论文、项目及业绩介绍（13.3） / Patents, awards, papers, projects and record (13.3) */
  | 'EXPERT_ACHIEVEMENTS'
  /** 学历学位证书（13.3） / Degree certificates (13.3) */
  | 'EXPERT_DEGREE'
  /** 身份证复印件（13.3） / Expert's identity document (13.3) */
  | 'EXPERT_ID'
  /** 职称证明（13.3） / Professional title proof (13.3) */
  | 'EXPERT_TITLE'
  /** 上年度财务报表（13.4） / Last year's financial statements (13.4) */
  | 'FINANCIAL_STATEMENTS'
  /** 涉企财政资金绿色门槛证明（13.4） / Green-threshold proof for fiscal funds (13.4) */
  | 'GREEN_THRESHOLD'
  /** 研发投入证明（13.4） / Proof of R&D spending (13.4) */
  | 'RD_SPENDING_PROOF'
  /** 三方协议（13.2） / Tripartite agreement (13.2) */
  | 'TRIPARTITE_AGREEMENT';

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

/** 异议状态 / Status of an objection */
export type ObjectionStatus =
  /** 异议不成立，继续认定 / Dismissed: the case continues */
  | 'DISMISSED'
  /** 同一申报的另一异议已成立、案件不予认定，本异议无需再作结论 / Closed without a finding: another objection to the same case was upheld and the case was refused */
  | 'MOOT'
  /** 待处理，案件暂停 / Open: the case is stopped until it is resolved */
  | 'OPEN'
  /** 异议成立，不予认定 / Upheld: the case is rejected */
  | 'UPHELD';

/** 意见 / Opinion gathered in two-way selection (Art. 12.4) */
export type Opinion =
  /** 同意 / Agrees */
  | 'AGREE'
  /** 不同意 / Declines */
  | 'DECLINE'
  /** 待反馈 / Not yet given */
  | 'PENDING';

/** 党组会议批量研究审议（第十二条第4项） / Party-group review of several cases at one meeting (Art. 12.4) */
export type PartyReviewBatchInput = {
  /** 已完成双向选择（MATCHED）的申报 / Matched applications */
  applications: Array<ApplicationVersionInput>;
  /** 党组会议日期（不晚于今天） / Date of the meeting, not after today */
  meetingOn: string;
  /** 会议纪要编号，如 局党组会议纪要〔2026〕12号 / Number of the minutes */
  minuteNo: string;
  /** 审议意见，默认“经局党组会议研究审议通过” / The opinion; standard wording when omitted */
  opinion?: string | null | undefined;
};

/** 批量审核通过（逐件检查规则、权限与版本，逐件记录） / Pass several cases; each is checked and recorded on its own */
export type PassApplicationsInput = {
  /** 申报及读取时的版本号（至多100件） / Applications and the versions you read, at most 100 */
  applications: Array<ApplicationVersionInput>;
  /** 审核意见（可省略，使用默认意见） / Opinion; the standard wording when omitted */
  reason?: string | null | undefined;
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

/** 发布年度征集通知 / A yearly call to publish (Art. 12.1) */
export type PublishCallInput = {
  /** 申报截止日期（不晚于2030-06-30） / Last day applications are accepted, until 2030-06-30 */
  closesOn: string;
  /** 申报条件 / Conditions for applicants */
  conditions: string;
  /** 申报材料要求；空则为第十三条清单 / Materials required; the Art. 13 list when empty */
  materialsRequired?: string | null | undefined;
  /** 申报开始日期（不早于2025-07-01） / First day applications are accepted, from 2025-07-01 */
  opensOn: string;
  /** 标题 / Title */
  title: string;
  /** 年度（每年一次，2025至2030） / Call year, one per year, 2025-2030 */
  year: number;
};

/** 拟认定名单公示，5个工作日（第十二条第5项） / Public notice of proposed recognitions, 5 working days (Art. 12.5) */
export type PublishNoticeInput = {
  /** 已备案的申报 / Filed applications to list */
  applications: Array<ApplicationVersionInput>;
  /** 发布渠道，如 市科技局官方网站 / Where it is published, e.g. the bureau website */
  channel: string;
  /** 公示开始日期，默认今天 / First day; today when omitted */
  startsOn?: string | null | undefined;
  /** 标题 / Title */
  title: string;
};

/** 登记公示异议（案件暂停） / Record an objection: the case stops until it is resolved */
export type RaiseObjectionInput = {
  /** 申报行号 / Application id */
  applicationId: number;
  /** 异议内容 / What the objection says */
  content: string;
  /** 收到日期（公示期内） / Date received, within the notice */
  receivedOn: string;
  /** 读取时的版本号（乐观锁） / The version you read (optimistic locking) */
  version: number;
};

/** 发文认定：申报、版本号及保密协议 / Recognition: the application, its version and the confidentiality agreement */
export type RecogniseApplicationInput = {
  /** 申报行号 / Application id */
  applicationId: number;
  /** 保密协议（第八条，必填） / The confidentiality agreement (Art. 8, required) */
  confidentiality: ConfidentialityAgreementInput;
  /** 读取时的版本号（乐观锁） / The version you read (optimistic locking) */
  version: number;
};

/** 双向选择候选专家及三方意见（第十二条第4项） / A candidate expert and the three opinions (Art. 12.4) */
export type RecordCandidateInput = {
  /** 申报行号 / Application id */
  applicationId: number;
  /** 企业意见 / Enterprise opinion */
  enterpriseOpinion?: Opinion | null | undefined;
  /** 候选专家行号 / Candidate expert id */
  expertId: number;
  /** 专家本人意见 / Expert opinion */
  expertOpinion?: Opinion | null | undefined;
  /** 派出单位意见 / Institution opinion */
  institutionOpinion?: Opinion | null | undefined;
  /** 得分说明 / Why this score */
  rationale: string;
  /** 匹配得分（0-100） / Fit score, 0-100 */
  score: number;
};

/** 处理公示异议 / Resolve an objection */
export type ResolveObjectionInput = {
  /** 异议行号 / Objection id */
  objectionId: number;
  /** 处理结论 / Resolution */
  resolution: string;
  /** true：异议成立（不予认定）；false：不成立 / true: upheld, the case is rejected; false: dismissed */
  upheld: boolean;
  /** 申报读取时的版本号 / The application version you read */
  version: number;
};

/** 审核决定：县级初审、市级复审、双向选择环节或党组审议 / A review decision at the county, city, matching or party-group step */
export type ReviewApplicationInput = {
  /** 申报行号 / Application id */
  applicationId: number;
  /** PASS 通过、RETURN 退回修改、REJECT 不予通过 / PASS, RETURN for correction, or REJECT */
  decision: Decision;
  /** 理由（退回、不予通过必填，引用规则时可省略） / Reason: required to return or reject unless a rule is cited */
  reason?: string | null | undefined;
  /** 不予通过所依据的规则（须当前不满足） / The rule a rejection rests on; it must fail now */
  rule?: RuleCode | null | undefined;
  /** 读取时的版本号（乐观锁） / The version you read (optimistic locking) */
  version: number;
};

/** 流程环节 / Step of the pipeline at which a decision was taken */
export type ReviewStep =
  /** 市级复审 / City re-review (Art. 12.3) */
  | 'CITY_REVIEW'
  /** 县级初审 / County preliminary review (Art. 12.2) */
  | 'COUNTY_REVIEW'
  /** 报组织部备案 / Filing with the Organisation Dept. (Art. 12.4) */
  | 'FILING'
  /** 双向选择与洽谈 / Two-way selection and negotiation (Art. 12.4) */
  | 'MATCHING'
  /** 公示 / Public notice (Art. 12.5) */
  | 'NOTICE'
  /** 异议处理 / Objection handling (Art. 12.5) */
  | 'OBJECTION'
  /** 局党组审议 / Bureau party-group review (Art. 12.4) */
  | 'PARTY_REVIEW'
  /** 发文认定 / Recognition (Art. 12.5) */
  | 'RECOGNITION'
  /** 企业提交 / Submission by the enterprise */
  | 'SUBMISSION'
  /** 撤回 / Withdrawal */
  | 'WITHDRAWAL';

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

/** 确定拟派驻人选（三方均同意） / Choose the candidate all three agreed to */
export type SelectCandidateInput = {
  /** 申报行号 / Application id */
  applicationId: number;
  /** 候选记录行号 / Candidate record id */
  candidateId: number;
  /** 说明 / Note */
  reason?: string | null | undefined;
  /** 读取时的版本号（乐观锁） / The version you read (optimistic locking) */
  version: number;
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

/** 修改草稿或退回的申报 / Corrections to a draft or returned application */
export type UpdateApplicationInput = {
  /** 申报行号 / Application id */
  applicationId: number;
  /** 企业上年度数据与优先资质（省略则不变） / The enterprise's declared facts; unchanged when omitted */
  enterpriseFacts?: EnterpriseFactsInput | null | undefined;
  /** 每月生活补助及交通费（分，规则N5） / Monthly allowance in fen (rule N5) */
  monthlyAllowanceFen: number;
  /** 拟选派专家行号（可在双向选择时确定） / Proposed expert id (may be chosen in two-way selection) */
  proposedExpertId?: number | null | undefined;
  /** 拟任职务 / Proposed position */
  proposedPosition: Position;
  /** 拟服务结束日期（不少于两年，规则E6） / Proposed end of service, at least two years on (rule E6) */
  proposedServiceEnd: string;
  /** 拟服务开始日期 / Proposed start of service */
  proposedServiceStart: string;
  /** 技术需求 / The technical needs */
  techNeeds: string;
  /** 读取时的版本号 / The version you read */
  version: number;
};

/** 修改征集通知草稿 / Edits to a draft call */
export type UpdateCallDraftInput = {
  /** 草稿的行号 / The draft call */
  callId: number;
  /** 申报截止日期（不晚于2030-06-30） / Last day applications are accepted, until 2030-06-30 */
  closesOn: string;
  /** 申报条件 / Conditions for applicants */
  conditions: string;
  /** 申报材料要求；空则为第十三条清单 / Materials required; the Art. 13 list when empty */
  materialsRequired?: string | null | undefined;
  /** 申报开始日期（不早于2025-07-01） / First day applications are accepted, from 2025-07-01 */
  opensOn: string;
  /** 标题 / Title */
  title: string;
  /** 读取时的版本号 / The version you read */
  version: number;
  /** 年度（每年一次，2025至2030） / Call year, one per year, 2025-2030 */
  year: number;
};

/** 记录行号及读取时的版本号 / A record id and the version you read */
export type VersionedIdInput = {
  /** 行号 / Id */
  id: number;
  /** 读取时的版本号 / The version you read */
  version: number;
};

/** 企业撤回申报 / The enterprise withdraws its application */
export type WithdrawApplicationInput = {
  /** 申报行号 / Application id */
  applicationId: number;
  /** 撤回理由 / Why */
  reason: string;
  /** 读取时的版本号（乐观锁） / The version you read (optimistic locking) */
  version: number;
};

/** 流程操作 / An action on an application in the pipeline (Art. 12) */
export type WorkflowAction =
  /** 异议不成立 / Dismiss an objection */
  | 'DISMISS_OBJECTION'
  /** 报组织部备案 / File with the Organisation Department */
  | 'FILE'
  /** 审核通过（县级初审、市级复审、党组审议） / Pass a review (county, city, party group) */
  | 'PASS'
  /** 公示 / Publish the public notice */
  | 'PUBLISH_NOTICE'
  /** 登记公示异议 / Record an objection to the notice */
  | 'RAISE_OBJECTION'
  /** 发文认定并颁发证书 / Recognise: document and certificate */
  | 'RECOGNISE'
  /** 不予通过 / Reject with a rule or a reason */
  | 'REJECT'
  /** 退回修改 / Return for correction */
  | 'RETURN'
  /** 双向选择确定人选 / Select the expert in two-way selection */
  | 'SELECT'
  /** 企业提交申报 / The enterprise submits */
  | 'SUBMIT'
  /** 异议成立 / Uphold an objection (rejects the case) */
  | 'UPHOLD_OBJECTION'
  /** 企业撤回 / The enterprise withdraws */
  | 'WITHDRAW';

export type MeFieldsFragment = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  divisionId: number | null;
  enterpriseId: number | null;
  expertId: number | null;
  readable: Array<string>;
  seesPersonalData: boolean;
  secondFactorEnabled: boolean;
  secondFactorRequired: boolean;
  mustChangePassword: boolean;
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: {
    id: number;
    username: string;
    displayName: string;
    role: Role;
    divisionId: number | null;
    enterpriseId: number | null;
    expertId: number | null;
    readable: Array<string>;
    seesPersonalData: boolean;
    secondFactorEnabled: boolean;
    secondFactorRequired: boolean;
    mustChangePassword: boolean;
  } | null;
};

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;

export type LoginMutation = {
  login: {
    status: LoginStatus;
    challengeToken: string | null;
    message: string | null;
    me: {
      id: number;
      username: string;
      displayName: string;
      role: Role;
      divisionId: number | null;
      enterpriseId: number | null;
      expertId: number | null;
      readable: Array<string>;
      seesPersonalData: boolean;
      secondFactorEnabled: boolean;
      secondFactorRequired: boolean;
      mustChangePassword: boolean;
    } | null;
  } | null;
};

export type LogoutMutationVariables = Exact<{ [key: string]: never }>;

export type LogoutMutation = { logout: boolean };

export type ReferenceQueryVariables = Exact<{ [key: string]: never }>;

export type ReferenceQuery = {
  divisions: Array<{ id: number; code: string; nameZh: string; nameEn: string; sortOrder: number; kind: DivisionKind }>;
  sectors: Array<{ id: number; code: string; nameZh: string; nameEn: string; sortOrder: number; priority: boolean }>;
};

export type CountyPipelinesQueryVariables = Exact<{
  filter?: ApplicationFilter | null | undefined;
  groupBy: Array<ApplicationDimension> | ApplicationDimension;
}>;

export type CountyPipelinesQuery = {
  applicationGroups: Array<{
    count: number;
    key: {
      stage: ApplicationStage | null;
      division: { id: number; code: string; nameZh: string; nameEn: string; sortOrder: number } | null;
      sector: { id: number; code: string; nameZh: string; nameEn: string; sortOrder: number } | null;
    };
  }>;
};

export type FundSplitsQueryVariables = Exact<{
  projects?: ProjectFilter | null | undefined;
  disbursements?: DisbursementFilter | null | undefined;
}>;

export type FundSplitsQuery = {
  projectGroups: Array<{
    count: number;
    key: { sector: { id: number; code: string; nameZh: string; nameEn: string; sortOrder: number } | null };
    sum: { enterpriseFen: number; universityFen: number; financeFen: number; totalFen: number };
  }>;
  disbursementGroups: Array<{ count: number; sum: { amountFen: number } }>;
};

export type GradeRatiosQueryVariables = Exact<{
  filter?: EvaluationFilter | null | undefined;
  groupBy: Array<EvaluationDimension> | EvaluationDimension;
  within?: Array<EvaluationDimension> | EvaluationDimension | null | undefined;
}>;

export type GradeRatiosQuery = {
  evaluationGroups: Array<{
    count: number;
    share: number;
    key: {
      grade: Grade | null;
      division: { id: number; code: string; nameZh: string; nameEn: string; sortOrder: number } | null;
      sector: { id: number; code: string; nameZh: string; nameEn: string; sortOrder: number } | null;
    };
  }>;
};

export type SectorSpreadQueryVariables = Exact<{
  filter?: AppointmentFilter | null | undefined;
}>;

export type SectorSpreadQuery = {
  appointmentGroups: Array<{
    count: number;
    key: {
      status: AppointmentStatus | null;
      sector: { id: number; code: string; nameZh: string; nameEn: string; sortOrder: number; priority: boolean } | null;
    };
  }>;
};

export type DeskTransitionsQueryVariables = Exact<{ [key: string]: never }>;

export type DeskTransitionsQuery = {
  workflowTransitions: Array<{
    from: ApplicationStage;
    action: WorkflowAction;
    to: ApplicationStage;
    step: ReviewStep;
    needsReason: boolean;
    checksRules: boolean;
    article: string;
  }>;
};

export type MyTodoQueryVariables = Exact<{ [key: string]: never }>;

export type MyTodoQuery = { myTodo: Array<{ key: string; count: number; stage: ApplicationStage | null }> };

export type BureauCallYearsQueryVariables = Exact<{ [key: string]: never }>;

export type BureauCallYearsQuery = { calls: { nodes: Array<{ id: number; year: number; status: CallStatus }> } };

export type BureauCallsQueryVariables = Exact<{
  filter?: CallFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
  orderBy?: Array<CallOrderBy> | CallOrderBy | null | undefined;
}>;

export type BureauCallsQuery = {
  calls: {
    totalCount: number;
    nodes: Array<{
      id: number;
      year: number;
      title: string;
      opensOn: string;
      closesOn: string;
      status: CallStatus;
      version: number;
      publishedAt: string | null;
      conditions: string;
      materialsRequired: string;
      nextActions: Array<CallAction>;
    }>;
  };
};

export type BureauPublishCallMutationVariables = Exact<{
  input: PublishCallInput;
}>;

export type BureauPublishCallMutation = { publishCall: { id: number; year: number; status: CallStatus; version: number } };

export type BureauSaveCallDraftMutationVariables = Exact<{
  input: CallDraftInput;
}>;

export type BureauSaveCallDraftMutation = { saveCallDraft: { id: number; year: number; status: CallStatus; version: number } };

export type BureauUpdateCallDraftMutationVariables = Exact<{
  input: UpdateCallDraftInput;
}>;

export type BureauUpdateCallDraftMutation = { updateCallDraft: { id: number; year: number; status: CallStatus; version: number } };

export type BureauPublishCallDraftMutationVariables = Exact<{
  input: VersionedIdInput;
}>;

export type BureauPublishCallDraftMutation = { publishCallDraft: { id: number; year: number; status: CallStatus; version: number } };

export type BureauCloseCallMutationVariables = Exact<{
  input: VersionedIdInput;
}>;

export type BureauCloseCallMutation = { closeCall: { id: number; status: CallStatus; version: number } };

export type BureauCaseRowFragment = {
  id: number;
  version: number;
  stage: ApplicationStage;
  onHold: boolean;
  priorityRecommended: boolean;
  stageEnteredAt: string;
  techNeeds: string;
  nextActions: Array<WorkflowAction>;
  call: { id: number; year: number } | null;
  enterprise: { id: number; name: string } | null;
  division: { id: number; nameZh: string; nameEn: string } | null;
  sector: { id: number; nameZh: string; nameEn: string } | null;
  proposedExpert: { id: number; name: string } | null;
  notice: { id: number; title: string; startsOn: string; endsOn: string; status: NoticeStatus } | null;
};

export type BureauCasesQueryVariables = Exact<{
  filter?: ApplicationFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
  orderBy?: Array<ApplicationOrderBy> | ApplicationOrderBy | null | undefined;
}>;

export type BureauCasesQuery = {
  applications: {
    totalCount: number;
    nodes: Array<{
      id: number;
      version: number;
      stage: ApplicationStage;
      onHold: boolean;
      priorityRecommended: boolean;
      stageEnteredAt: string;
      techNeeds: string;
      nextActions: Array<WorkflowAction>;
      call: { id: number; year: number } | null;
      enterprise: { id: number; name: string } | null;
      division: { id: number; nameZh: string; nameEn: string } | null;
      sector: { id: number; nameZh: string; nameEn: string } | null;
      proposedExpert: { id: number; name: string } | null;
      notice: { id: number; title: string; startsOn: string; endsOn: string; status: NoticeStatus } | null;
    }>;
  };
};

export type BureauMatchingQueryVariables = Exact<{
  id: number;
  first?: number | null | undefined;
}>;

export type BureauMatchingQuery = {
  application: {
    proposedServiceStart: string | null;
    proposedServiceEnd: string | null;
    id: number;
    version: number;
    stage: ApplicationStage;
    onHold: boolean;
    priorityRecommended: boolean;
    stageEnteredAt: string;
    techNeeds: string;
    nextActions: Array<WorkflowAction>;
    candidates: Array<{
      id: number;
      score: number;
      rationale: string;
      enterpriseOpinion: Opinion;
      institutionOpinion: Opinion;
      expertOpinion: Opinion;
      selected: boolean;
      expert: { id: number; name: string } | null;
    }>;
    call: { id: number; year: number } | null;
    enterprise: { id: number; name: string } | null;
    division: { id: number; nameZh: string; nameEn: string } | null;
    sector: { id: number; nameZh: string; nameEn: string } | null;
    proposedExpert: { id: number; name: string } | null;
    notice: { id: number; title: string; startsOn: string; endsOn: string; status: NoticeStatus } | null;
  } | null;
  recommendedExperts: {
    considered: number;
    excludedTotal: number;
    asOf: string;
    ranked: Array<{
      rank: number;
      expertId: number;
      name: string;
      institutionName: string;
      sectorName: string | null;
      discipline: string;
      keywords: Array<string>;
      score: number;
      candidateId: number | null;
      components: Array<{ component: MatchComponent; points: number; max: number; explanation: string }>;
    }>;
    excluded: Array<{
      expertId: number;
      name: string;
      institutionName: string;
      score: number;
      candidateId: number | null;
      conflicts: Array<{ rule: RuleCode; article: string; detail: string }>;
    }>;
  };
};

export type BureauRecordCandidateMutationVariables = Exact<{
  input: RecordCandidateInput;
}>;

export type BureauRecordCandidateMutation = {
  recordCandidate: { id: number; score: number; enterpriseOpinion: Opinion; institutionOpinion: Opinion; expertOpinion: Opinion };
};

export type BureauSelectCandidateMutationVariables = Exact<{
  input: SelectCandidateInput;
}>;

export type BureauSelectCandidateMutation = {
  selectCandidate: { id: number; version: number; stage: ApplicationStage; nextActions: Array<WorkflowAction> };
};

export type BureauPartyReviewBatchMutationVariables = Exact<{
  input: PartyReviewBatchInput;
}>;

export type BureauPartyReviewBatchMutation = {
  partyReviewBatch: Array<{ id: number; version: number; stage: ApplicationStage; nextActions: Array<WorkflowAction> }>;
};

export type BureauFileBatchMutationVariables = Exact<{
  input: FilingBatchInput;
}>;

export type BureauFileBatchMutation = { fileRecognitionBatch: Array<{ id: number; filingNo: string; status: FilingStatus }> };

export type BureauFilingsQueryVariables = Exact<{
  filter?: FilingRecordFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
  orderBy?: Array<FilingRecordOrderBy> | FilingRecordOrderBy | null | undefined;
}>;

export type BureauFilingsQuery = {
  filingRecords: {
    totalCount: number;
    nodes: Array<{ id: number; filingNo: string; title: string; status: FilingStatus; filedOn: string; acknowledgedAt: string | null }>;
  };
};

export type BureauNoticePeriodQueryVariables = Exact<{
  startsOn?: string | null | undefined;
}>;

export type BureauNoticePeriodQuery = {
  noticePeriod: {
    startsOn: string;
    endsOn: string;
    workingDays: number;
    calendarDays: number;
    exceptions: Array<{ day: string; isWorkday: boolean; note: string }>;
  };
};

export type BureauPublishNoticeBatchMutationVariables = Exact<{
  input: PublishNoticeInput;
}>;

export type BureauPublishNoticeBatchMutation = { publishNoticeBatch: { id: number; title: string; startsOn: string; endsOn: string } };

export type BureauNoticeCasesQueryVariables = Exact<{
  filter?: ApplicationFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
  orderBy?: Array<ApplicationOrderBy> | ApplicationOrderBy | null | undefined;
}>;

export type BureauNoticeCasesQuery = {
  applications: {
    totalCount: number;
    nodes: Array<{
      id: number;
      version: number;
      stage: ApplicationStage;
      onHold: boolean;
      priorityRecommended: boolean;
      stageEnteredAt: string;
      techNeeds: string;
      nextActions: Array<WorkflowAction>;
      objections: Array<{
        id: number;
        receivedOn: string;
        content: string;
        status: ObjectionStatus;
        resolution: string | null;
        resolvedOn: string | null;
        nextActions: Array<WorkflowAction>;
      }>;
      call: { id: number; year: number } | null;
      enterprise: { id: number; name: string } | null;
      division: { id: number; nameZh: string; nameEn: string } | null;
      sector: { id: number; nameZh: string; nameEn: string } | null;
      proposedExpert: { id: number; name: string } | null;
      notice: { id: number; title: string; startsOn: string; endsOn: string; status: NoticeStatus } | null;
    }>;
  };
};

export type BureauRaiseObjectionMutationVariables = Exact<{
  input: RaiseObjectionInput;
}>;

export type BureauRaiseObjectionMutation = { raiseObjection: { id: number; status: ObjectionStatus } };

export type BureauResolveObjectionMutationVariables = Exact<{
  input: ResolveObjectionInput;
}>;

export type BureauResolveObjectionMutation = { resolveObjection: { id: number; status: ObjectionStatus } };

export type BureauRecogniseMutationVariables = Exact<{
  input: RecogniseApplicationInput;
}>;

export type BureauRecogniseMutation = {
  recogniseApplication: { id: number; recognitionDocNo: string | null; certificateNo: string | null };
};

export type BureauRecognisedQueryVariables = Exact<{
  filter?: AppointmentFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
  orderBy?: Array<AppointmentOrderBy> | AppointmentOrderBy | null | undefined;
}>;

export type BureauRecognisedQuery = {
  appointments: {
    totalCount: number;
    nodes: Array<{
      id: number;
      recognitionDocNo: string | null;
      certificateNo: string | null;
      recognisedOn: string | null;
      serviceStart: string;
      serviceEnd: string;
      status: AppointmentStatus;
      expert: { id: number; name: string } | null;
      enterprise: { id: number; name: string } | null;
      application: { id: number; notice: { id: number; title: string } | null } | null;
    }>;
  };
};

export type BureauCaseQueryVariables = Exact<{
  id: number;
}>;

export type BureauCaseQuery = {
  application: {
    proposedPosition: Position;
    proposedServiceStart: string | null;
    proposedServiceEnd: string | null;
    monthlyAllowanceFen: number;
    rejectionReason: string | null;
    id: number;
    version: number;
    stage: ApplicationStage;
    onHold: boolean;
    priorityRecommended: boolean;
    stageEnteredAt: string;
    techNeeds: string;
    nextActions: Array<WorkflowAction>;
    reviewHistory: Array<{
      id: number;
      step: ReviewStep;
      decision: Decision;
      fromStage: ApplicationStage;
      toStage: ApplicationStage;
      decidedAt: string;
      actorRole: string;
      reason: string | null;
      ruleCode: RuleCode | null;
      meetingOn: string | null;
      minuteNo: string | null;
    }>;
    ruleChecks: Array<{ id: number; rule: RuleCode; article: string; step: ReviewStep; passed: boolean; detail: string }>;
    call: { id: number; year: number } | null;
    enterprise: { id: number; name: string } | null;
    division: { id: number; nameZh: string; nameEn: string } | null;
    sector: { id: number; nameZh: string; nameEn: string } | null;
    proposedExpert: { id: number; name: string } | null;
    notice: { id: number; title: string; startsOn: string; endsOn: string; status: NoticeStatus } | null;
  } | null;
};

export type BureauReviewMutationVariables = Exact<{
  input: ReviewApplicationInput;
}>;

export type BureauReviewMutation = {
  reviewApplication: { id: number; version: number; stage: ApplicationStage; nextActions: Array<WorkflowAction> };
};

export type EnterpriseApplicationQueryVariables = Exact<{
  id: number;
}>;

export type EnterpriseApplicationQuery = {
  application: {
    version: number;
    nextActions: Array<WorkflowAction>;
    missingMaterials: Array<MaterialKind>;
    proposedExpertId: number | null;
    id: number;
    stage: ApplicationStage;
    stageEnteredAt: string;
    submittedAt: string | null;
    onHold: boolean;
    priorityRecommended: boolean;
    techNeeds: string;
    proposedPosition: Position;
    proposedServiceStart: string | null;
    proposedServiceEnd: string | null;
    monthlyAllowanceFen: number;
    rejectionRule: RuleCode | null;
    rejectionReason: string | null;
    materials: Array<{ id: number; kind: MaterialKind; fileName: string; mimeType: string; sizeBytes: number; uploadedAt: string }>;
    call: { id: number; year: number; title: string } | null;
    division: { id: number; nameZh: string; nameEn: string } | null;
    sector: { id: number; nameZh: string; nameEn: string } | null;
    enterprise: {
      id: number;
      name: string;
      creditCode: string;
      highTech: boolean;
      gazelle: boolean;
      municipalProject: boolean;
      revenueFen: number;
      rdSpendingFen: number;
    } | null;
    proposedExpert: {
      id: number;
      name: string;
      degree: Degree;
      title: ProfessionalTitle;
      institution: { id: number; nameZh: string; nameEn: string } | null;
    } | null;
    ruleChecks: Array<{ id: number; rule: RuleCode; article: string; passed: boolean; detail: string; step: ReviewStep }>;
    reviewHistory: Array<{
      id: number;
      step: ReviewStep;
      decision: Decision;
      fromStage: ApplicationStage;
      toStage: ApplicationStage;
      decidedAt: string;
      actorRole: string;
      reason: string | null;
      ruleCode: RuleCode | null;
    }>;
  } | null;
  previewApplicationRules: Array<{ rule: RuleCode; article: string; articleEn: string; passed: boolean; detail: string }>;
};

export type EnterpriseSelfQueryVariables = Exact<{
  id: number;
}>;

export type EnterpriseSelfQuery = {
  enterprise: {
    id: number;
    name: string;
    revenueFen: number;
    rdSpendingFen: number;
    highTech: boolean;
    gazelle: boolean;
    municipalProject: boolean;
  } | null;
};

export type ExpertSearchQueryVariables = Exact<{
  search: string;
}>;

export type ExpertSearchQuery = {
  expertDirectory: Array<{
    id: number;
    name: string;
    institutionName: string;
    degree: Degree;
    title: ProfessionalTitle;
    discipline: string;
  }>;
};

export type CreateDeskApplicationMutationVariables = Exact<{
  input: CreateApplicationInput;
}>;

export type CreateDeskApplicationMutation = { createApplication: { id: number; version: number } };

export type UpdateDeskApplicationMutationVariables = Exact<{
  input: UpdateApplicationInput;
}>;

export type UpdateDeskApplicationMutation = { updateApplication: { id: number; version: number } };

export type SubmitDeskApplicationMutationVariables = Exact<{
  input: ApplicationVersionInput;
}>;

export type SubmitDeskApplicationMutation = {
  submitApplication: { id: number; version: number; stage: ApplicationStage; nextActions: Array<WorkflowAction> };
};

export type WithdrawDeskApplicationMutationVariables = Exact<{
  input: WithdrawApplicationInput;
}>;

export type WithdrawDeskApplicationMutation = {
  withdrawApplication: { id: number; version: number; stage: ApplicationStage; nextActions: Array<WorkflowAction> };
};

export type DeleteDeskMaterialMutationVariables = Exact<{
  id: number;
}>;

export type DeleteDeskMaterialMutation = { deleteMaterial: Array<MaterialKind> };

export type EnterpriseAppointmentsQueryVariables = Exact<{
  filter?: AppointmentFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
  orderBy?: Array<AppointmentOrderBy> | AppointmentOrderBy | null | undefined;
}>;

export type EnterpriseAppointmentsQuery = {
  appointments: {
    totalCount: number;
    nodes: Array<{
      id: number;
      status: AppointmentStatus;
      position: Position;
      serviceStart: string;
      serviceEnd: string;
      certificateNo: string | null;
      monthlyAllowanceFen: number;
      recognisedOn: string | null;
      expert: { id: number; name: string; institution: { id: number; nameZh: string; nameEn: string } | null } | null;
    }>;
  };
};

export type EnterpriseDeskQueryVariables = Exact<{
  filter?: ApplicationFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
  orderBy?: Array<ApplicationOrderBy> | ApplicationOrderBy | null | undefined;
}>;

export type EnterpriseDeskQuery = {
  applications: {
    totalCount: number;
    nodes: Array<{
      id: number;
      version: number;
      stage: ApplicationStage;
      stageEnteredAt: string;
      submittedAt: string | null;
      nextActions: Array<WorkflowAction>;
      rejectionReason: string | null;
      call: { id: number; year: number; title: string } | null;
      proposedExpert: { id: number; name: string } | null;
    }>;
  };
};

export type EnterpriseOpenCallsQueryVariables = Exact<{ [key: string]: never }>;

export type EnterpriseOpenCallsQuery = {
  calls: { nodes: Array<{ id: number; year: number; title: string; opensOn: string; closesOn: string; version: number }> };
  live: { nodes: Array<{ id: number; call: { id: number } | null }> };
};

export type DeskCaseQueryVariables = Exact<{
  id: number;
}>;

export type DeskCaseQuery = {
  application: {
    version: number;
    nextActions: Array<WorkflowAction>;
    workingDaysWaited: number;
    missingMaterials: Array<MaterialKind>;
    id: number;
    stage: ApplicationStage;
    stageEnteredAt: string;
    submittedAt: string | null;
    onHold: boolean;
    priorityRecommended: boolean;
    techNeeds: string;
    proposedPosition: Position;
    proposedServiceStart: string | null;
    proposedServiceEnd: string | null;
    monthlyAllowanceFen: number;
    rejectionRule: RuleCode | null;
    rejectionReason: string | null;
    materials: Array<{ id: number; kind: MaterialKind; fileName: string; mimeType: string; sizeBytes: number; uploadedAt: string }>;
    call: { id: number; year: number; title: string } | null;
    division: { id: number; nameZh: string; nameEn: string } | null;
    sector: { id: number; nameZh: string; nameEn: string } | null;
    enterprise: {
      id: number;
      name: string;
      creditCode: string;
      highTech: boolean;
      gazelle: boolean;
      municipalProject: boolean;
      revenueFen: number;
      rdSpendingFen: number;
    } | null;
    proposedExpert: {
      id: number;
      name: string;
      degree: Degree;
      title: ProfessionalTitle;
      institution: { id: number; nameZh: string; nameEn: string } | null;
    } | null;
    ruleChecks: Array<{ id: number; rule: RuleCode; article: string; passed: boolean; detail: string; step: ReviewStep }>;
    reviewHistory: Array<{
      id: number;
      step: ReviewStep;
      decision: Decision;
      fromStage: ApplicationStage;
      toStage: ApplicationStage;
      decidedAt: string;
      actorRole: string;
      reason: string | null;
      ruleCode: RuleCode | null;
    }>;
  } | null;
  previewApplicationRules: Array<{ rule: RuleCode; article: string; articleEn: string; passed: boolean; detail: string }>;
};

export type DeskReviewMutationVariables = Exact<{
  input: ReviewApplicationInput;
}>;

export type DeskReviewMutation = {
  reviewApplication: { id: number; version: number; stage: ApplicationStage; nextActions: Array<WorkflowAction> };
};

export type ReviewInboxQueryVariables = Exact<{
  filter?: ApplicationFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
  orderBy?: Array<ApplicationOrderBy> | ApplicationOrderBy | null | undefined;
}>;

export type ReviewInboxQuery = {
  applications: {
    totalCount: number;
    nodes: Array<{
      id: number;
      version: number;
      stage: ApplicationStage;
      stageEnteredAt: string;
      submittedAt: string | null;
      workingDaysWaited: number;
      priorityRecommended: boolean;
      monthlyAllowanceFen: number;
      nextActions: Array<WorkflowAction>;
      enterprise: { id: number; name: string; highTech: boolean; gazelle: boolean; municipalProject: boolean } | null;
      proposedExpert: { id: number; name: string; institution: { id: number; nameZh: string; nameEn: string } | null } | null;
      division: { id: number; nameZh: string; nameEn: string } | null;
      sector: { id: number; nameZh: string; nameEn: string } | null;
      call: { id: number; year: number } | null;
    }>;
  };
};

export type PassApplicationsMutationVariables = Exact<{
  input: PassApplicationsInput;
}>;

export type PassApplicationsMutation = {
  passApplications: Array<{
    id: number;
    ok: boolean;
    version: number | null;
    code: string | null;
    message: string | null;
    rule: string | null;
    article: string | null;
  }>;
};

export type EvaluationDetailQueryVariables = Exact<{
  filter?: EvaluationFilter | null | undefined;
  cycleFilter?: EvaluationFilter | null | undefined;
  dims: Array<EvaluationDimension> | EvaluationDimension;
  within?: Array<EvaluationDimension> | EvaluationDimension | null | undefined;
}>;

export type EvaluationDetailQuery = {
  evaluationCycles: { nodes: Array<{ id: number; code: string; periodStart: string; periodEnd: string; status: CycleStatus }> };
  byDim: Array<{
    count: number;
    share: number;
    key: {
      grade: Grade | null;
      division: { id: number; code: string; nameZh: string; nameEn: string; sortOrder: number } | null;
      sector: { id: number; code: string; nameZh: string; nameEn: string; sortOrder: number } | null;
      institution: { id: number; code: string; nameZh: string; nameEn: string } | null;
    };
  }>;
  byCycle: Array<{
    count: number;
    share: number;
    key: { grade: Grade | null; cycle: { id: number; code: string; periodStart: string } | null };
  }>;
};

export type FilingDeskQueryVariables = Exact<{
  filter?: FilingRecordFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
  orderBy?: Array<FilingRecordOrderBy> | FilingRecordOrderBy | null | undefined;
}>;

export type FilingDeskQuery = {
  filingRecords: {
    totalCount: number;
    nodes: Array<{
      id: number;
      filingNo: string;
      kind: FilingKind;
      status: FilingStatus;
      title: string;
      filedOn: string;
      version: number;
      acknowledgedAt: string | null;
      acknowledgedByName: string | null;
      division: { id: number; nameZh: string; nameEn: string } | null;
    }>;
  };
  pending: { totalCount: number };
};

export type AcknowledgeFilingsMutationVariables = Exact<{
  input: AcknowledgeFilingsInput;
}>;

export type AcknowledgeFilingsMutation = {
  acknowledgeFilings: Array<{ id: number; ok: boolean; version: number | null; code: string | null; message: string | null }>;
};

export type FilingRecordQueryVariables = Exact<{
  id: number;
}>;

export type FilingRecordQuery = {
  filingRecord: {
    id: number;
    filingNo: string;
    kind: FilingKind;
    status: FilingStatus;
    title: string;
    summary: string;
    filedOn: string;
    acknowledgedAt: string | null;
    acknowledgedByName: string | null;
    version: number;
    applicationId: number | null;
    division: { id: number; nameZh: string; nameEn: string } | null;
    application: { id: number; stage: ApplicationStage; enterprise: { id: number; name: string } | null } | null;
    evaluationCycle: { id: number; code: string } | null;
  } | null;
};

export type AcknowledgeFilingMutationVariables = Exact<{
  input: VersionedIdInput;
}>;

export type AcknowledgeFilingMutation = {
  acknowledgeFiling: {
    id: number;
    status: FilingStatus;
    acknowledgedAt: string | null;
    acknowledgedByName: string | null;
    version: number;
  };
};

export type FundsByCountyQueryVariables = Exact<{
  projects?: ProjectFilter | null | undefined;
  disbursements?: DisbursementFilter | null | undefined;
}>;

export type FundsByCountyQuery = {
  projectGroups: Array<{
    count: number;
    key: { division: { id: number; code: string; nameZh: string; nameEn: string; sortOrder: number } | null };
    sum: { enterpriseFen: number; universityFen: number; financeFen: number; totalFen: number };
  }>;
  disbursementGroups: Array<{
    count: number;
    key: { division: { id: number; code: string; nameZh: string; nameEn: string; sortOrder: number } | null };
    sum: { amountFen: number };
  }>;
};

export type FundProjectsQueryVariables = Exact<{
  filter?: ProjectFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type FundProjectsQuery = {
  projects: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: number;
      code: string;
      title: string;
      status: ProjectStatus;
      approvedOn: string | null;
      enterpriseFen: number;
      universityFen: number;
      financeFen: number;
      division: { id: number; nameZh: string; nameEn: string } | null;
      enterprise: { id: number; name: string } | null;
      disbursements: Array<{ id: number; amountFen: number }>;
    }>;
  };
};

export type VerifySecondFactorMutationVariables = Exact<{
  challengeToken: string;
  code: string;
}>;

export type VerifySecondFactorMutation = {
  verifySecondFactor: { status: LoginStatus; me: { id: number; role: Role; readable: Array<string> } | null } | null;
};

export type BeginTotpEnrolmentMutationVariables = Exact<{
  challengeToken?: string | null | undefined;
}>;

export type BeginTotpEnrolmentMutation = { beginTotpEnrolment: { secret: string; otpauthUri: string; qrCodeDataUrl: string } };

export type ConfirmTotpEnrolmentMutationVariables = Exact<{
  code: string;
  challengeToken?: string | null | undefined;
}>;

export type ConfirmTotpEnrolmentMutation = {
  confirmTotpEnrolment: {
    recoveryCodes: Array<string>;
    login: { status: LoginStatus; me: { id: number; role: Role; readable: Array<string> } | null } | null;
  };
};

export type ChangeMyPasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;

export type ChangeMyPasswordMutation = { changeMyPassword: boolean };

export type WaitingCasesQueryVariables = Exact<{
  filter?: ApplicationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type WaitingCasesQuery = {
  applications: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: number;
      stage: ApplicationStage;
      stageEnteredAt: string;
      onHold: boolean;
      division: { id: number; code: string; nameZh: string; nameEn: string } | null;
      sector: { id: number; nameZh: string; nameEn: string } | null;
      enterprise: { id: number; name: string } | null;
      proposedExpert: { id: number; name: string } | null;
      call: { id: number; year: number } | null;
    }>;
  };
};

export type ApplicationListQueryVariables = Exact<{
  filter?: ApplicationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ApplicationListQuery = {
  applications: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: number;
      stage: ApplicationStage;
      stageEnteredAt: string;
      submittedAt: string | null;
      onHold: boolean;
      rejectionRule: RuleCode | null;
      call: { id: number; year: number } | null;
      enterprise: { id: number; name: string } | null;
      proposedExpert: { id: number; name: string } | null;
      division: { id: number; nameZh: string; nameEn: string } | null;
      sector: { id: number; nameZh: string; nameEn: string } | null;
    }>;
  };
};

export type ApplicationDetails_ApplicationFragment = {
  id: number;
  stage: ApplicationStage;
  stageEnteredAt: string;
  submittedAt: string | null;
  onHold: boolean;
  priorityRecommended: boolean;
  techNeeds: string;
  proposedPosition: Position;
  proposedServiceStart: string | null;
  proposedServiceEnd: string | null;
  monthlyAllowanceFen: number;
  rejectionRule: RuleCode | null;
  rejectionReason: string | null;
  call: { id: number; year: number; title: string } | null;
  division: { id: number; nameZh: string; nameEn: string } | null;
  sector: { id: number; nameZh: string; nameEn: string } | null;
  enterprise: {
    id: number;
    name: string;
    creditCode: string;
    highTech: boolean;
    gazelle: boolean;
    municipalProject: boolean;
    revenueFen: number;
    rdSpendingFen: number;
  } | null;
  proposedExpert: {
    id: number;
    name: string;
    degree: Degree;
    title: ProfessionalTitle;
    institution: { id: number; nameZh: string; nameEn: string } | null;
  } | null;
  ruleChecks: Array<{ id: number; rule: RuleCode; article: string; passed: boolean; detail: string; step: ReviewStep }>;
  reviewHistory: Array<{
    id: number;
    step: ReviewStep;
    decision: Decision;
    fromStage: ApplicationStage;
    toStage: ApplicationStage;
    decidedAt: string;
    actorRole: string;
    reason: string | null;
    ruleCode: RuleCode | null;
  }>;
};

export type ApplicationRecordQueryVariables = Exact<{
  id: number;
}>;

export type ApplicationRecordQuery = {
  application: {
    id: number;
    stage: ApplicationStage;
    stageEnteredAt: string;
    submittedAt: string | null;
    onHold: boolean;
    priorityRecommended: boolean;
    techNeeds: string;
    proposedPosition: Position;
    proposedServiceStart: string | null;
    proposedServiceEnd: string | null;
    monthlyAllowanceFen: number;
    rejectionRule: RuleCode | null;
    rejectionReason: string | null;
    call: { id: number; year: number; title: string } | null;
    division: { id: number; nameZh: string; nameEn: string } | null;
    sector: { id: number; nameZh: string; nameEn: string } | null;
    enterprise: {
      id: number;
      name: string;
      creditCode: string;
      highTech: boolean;
      gazelle: boolean;
      municipalProject: boolean;
      revenueFen: number;
      rdSpendingFen: number;
    } | null;
    proposedExpert: {
      id: number;
      name: string;
      degree: Degree;
      title: ProfessionalTitle;
      institution: { id: number; nameZh: string; nameEn: string } | null;
    } | null;
    ruleChecks: Array<{ id: number; rule: RuleCode; article: string; passed: boolean; detail: string; step: ReviewStep }>;
    reviewHistory: Array<{
      id: number;
      step: ReviewStep;
      decision: Decision;
      fromStage: ApplicationStage;
      toStage: ApplicationStage;
      decidedAt: string;
      actorRole: string;
      reason: string | null;
      ruleCode: RuleCode | null;
    }>;
  } | null;
};

export type AppointmentListQueryVariables = Exact<{
  filter?: AppointmentFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type AppointmentListQuery = {
  appointments: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: number;
      status: AppointmentStatus;
      position: Position;
      cohortYear: number;
      serviceStart: string;
      serviceEnd: string;
      expert: { id: number; name: string; institution: { id: number; nameZh: string; nameEn: string } | null } | null;
      enterprise: { id: number; name: string } | null;
      division: { id: number; nameZh: string; nameEn: string } | null;
      sector: { id: number; nameZh: string; nameEn: string } | null;
    }>;
  };
};

export type AppointmentRecordQueryVariables = Exact<{
  id: number;
  ledger?: LedgerEntryFilter | null | undefined;
}>;

export type AppointmentRecordQuery = {
  appointment: {
    id: number;
    certificateNo: string | null;
    recognitionDocNo: string | null;
    recognisedOn: string | null;
    status: AppointmentStatus;
    position: Position;
    origin: AppointmentOrigin;
    cohortYear: number;
    serviceStart: string;
    serviceEnd: string;
    endedOn: string | null;
    endReason: string | null;
    monthlyAllowanceFen: number;
    division: { id: number; nameZh: string; nameEn: string } | null;
    sector: { id: number; nameZh: string; nameEn: string } | null;
    expert: {
      id: number;
      name: string;
      degree: Degree;
      title: ProfessionalTitle;
      discipline: string;
      topTalent: boolean;
      keywords: Array<string>;
      institution: { id: number; nameZh: string; nameEn: string } | null;
    } | null;
    enterprise: {
      id: number;
      name: string;
      creditCode: string;
      highTech: boolean;
      gazelle: boolean;
      employees: number;
      division: { id: number; nameZh: string; nameEn: string } | null;
      sector: { id: number; nameZh: string; nameEn: string } | null;
    } | null;
    agreements: Array<{
      id: number;
      kind: AgreementKind;
      signedOn: string;
      serviceStart: string | null;
      serviceEnd: string | null;
      monthlyAllowanceFen: number | null;
      ipOwnership: string | null;
    }>;
    evaluations: Array<{
      id: number;
      grade: Grade;
      score: number | null;
      gradedOn: string;
      remarks: string | null;
      cycle: { id: number; code: string } | null;
    }>;
    projects: Array<{
      id: number;
      code: string;
      title: string;
      status: ProjectStatus;
      enterpriseFen: number;
      universityFen: number;
      financeFen: number;
    }>;
    application: {
      id: number;
      stage: ApplicationStage;
      reviewHistory: Array<{
        id: number;
        step: ReviewStep;
        decision: Decision;
        fromStage: ApplicationStage;
        toStage: ApplicationStage;
        decidedAt: string;
        actorRole: string;
        reason: string | null;
        ruleCode: RuleCode | null;
      }>;
    } | null;
  } | null;
  ledgerEntryGroups: Array<{
    count: number;
    key: { kind: ServiceKind | null; confirmation: Confirmation | null };
    sum: { daysOnSite: number; peopleTrained: number };
  }>;
  ledgerEntries: {
    totalCount: number;
    nodes: Array<{
      id: number;
      serviceDate: string;
      kind: ServiceKind;
      daysOnSite: number;
      peopleTrained: number;
      content: string;
      confirmation: Confirmation;
    }>;
  };
};

export type EvaluationListQueryVariables = Exact<{
  filter?: EvaluationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type EvaluationListQuery = {
  evaluations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: number;
      grade: Grade;
      score: number | null;
      gradedOn: string;
      appointmentId: number;
      cycle: { id: number; code: string } | null;
      division: { id: number; nameZh: string; nameEn: string } | null;
      sector: { id: number; nameZh: string; nameEn: string } | null;
      appointment: {
        id: number;
        expert: { id: number; name: string; institution: { id: number; nameZh: string; nameEn: string } | null } | null;
        enterprise: { id: number; name: string } | null;
      } | null;
    }>;
  };
};

export type ExpertRecordQueryVariables = Exact<{
  id: number;
}>;

export type ExpertRecordQuery = {
  expert: {
    id: number;
    name: string;
    gender: Gender;
    degree: Degree;
    title: ProfessionalTitle;
    discipline: string;
    keywords: Array<string>;
    topTalent: boolean;
    workStartedOn: string;
    bannedUntil: string | null;
    institution: { id: number; nameZh: string; nameEn: string } | null;
    sector: { id: number; nameZh: string; nameEn: string } | null;
    appointments: Array<{
      id: number;
      status: AppointmentStatus;
      position: Position;
      serviceStart: string;
      serviceEnd: string;
      cohortYear: number;
      enterprise: { id: number; name: string } | null;
      division: { id: number; nameZh: string; nameEn: string } | null;
    }>;
  } | null;
};

export type EnterpriseRecordQueryVariables = Exact<{
  id: number;
}>;

export type EnterpriseRecordQuery = {
  enterprise: {
    id: number;
    name: string;
    creditCode: string;
    address: string;
    registeredOn: string;
    employees: number;
    highTech: boolean;
    gazelle: boolean;
    municipalProject: boolean;
    revenueFen: number;
    rdSpendingFen: number;
    division: { id: number; nameZh: string; nameEn: string } | null;
    sector: { id: number; nameZh: string; nameEn: string } | null;
    appointments: Array<{
      id: number;
      status: AppointmentStatus;
      position: Position;
      serviceStart: string;
      serviceEnd: string;
      expert: { id: number; name: string } | null;
    }>;
    applications: Array<{
      id: number;
      stage: ApplicationStage;
      submittedAt: string | null;
      call: { id: number; year: number } | null;
      proposedExpert: { id: number; name: string } | null;
    }>;
    projects: Array<{
      id: number;
      code: string;
      title: string;
      status: ProjectStatus;
      enterpriseFen: number;
      universityFen: number;
      financeFen: number;
    }>;
  } | null;
};

export type ProjectListQueryVariables = Exact<{
  filter?: ProjectFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ProjectListQuery = {
  projects: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: number;
      code: string;
      title: string;
      status: ProjectStatus;
      proposedOn: string;
      enterpriseFen: number;
      universityFen: number;
      financeFen: number;
      enterprise: { id: number; name: string } | null;
      division: { id: number; nameZh: string; nameEn: string } | null;
      sector: { id: number; nameZh: string; nameEn: string } | null;
    }>;
  };
};

export type ProjectRecordQueryVariables = Exact<{
  id: number;
}>;

export type ProjectRecordQuery = {
  project: {
    id: number;
    code: string;
    title: string;
    status: ProjectStatus;
    priority: boolean;
    proposedOn: string;
    approvedOn: string | null;
    closedOn: string | null;
    enterpriseFen: number;
    universityFen: number;
    financeFen: number;
    appointmentId: number;
    division: { id: number; nameZh: string; nameEn: string } | null;
    sector: { id: number; nameZh: string; nameEn: string } | null;
    enterprise: { id: number; name: string } | null;
    appointment: { id: number; expert: { id: number; name: string } | null } | null;
    disbursements: Array<{ id: number; funder: Funder; tranche: number; amountFen: number; disbursedOn: string; voucherNo: string }>;
  } | null;
};

export type SectorDetailQueryVariables = Exact<{
  filter?: AppointmentFilter | null | undefined;
  trendFilter?: AppointmentFilter | null | undefined;
}>;

export type SectorDetailQuery = {
  grid: Array<{
    count: number;
    key: {
      sector: { id: number; code: string; nameZh: string; nameEn: string; sortOrder: number; priority: boolean } | null;
      division: { id: number; code: string; nameZh: string; nameEn: string; sortOrder: number } | null;
    };
  }>;
  trend: Array<{
    count: number;
    key: {
      cohortYear: number | null;
      sector: { id: number; code: string; nameZh: string; nameEn: string; sortOrder: number; priority: boolean } | null;
    };
  }>;
};

export const MeFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Me' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'divisionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seesPersonalData' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secondFactorEnabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secondFactorRequired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustChangePassword' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeFieldsFragment, unknown>;
export const BureauCaseRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BureauCaseRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Application' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onHold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priorityRecommended' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stageEnteredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'techNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'call' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sector' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposedExpert' },
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
            name: { kind: 'Name', value: 'notice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BureauCaseRowFragment, unknown>;
export const ApplicationDetails_ApplicationFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApplicationDetails_application' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Application' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stageEnteredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onHold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priorityRecommended' } },
          { kind: 'Field', name: { kind: 'Name', value: 'techNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedServiceStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedServiceEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monthlyAllowanceFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionRule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'call' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sector' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'highTech' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gazelle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipalProject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revenueFen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rdSpendingFen' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposedExpert' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'degree' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'institution' },
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
            name: { kind: 'Name', value: 'ruleChecks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'article' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ruleCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApplicationDetails_ApplicationFragment, unknown>;
export const MeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Me' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'divisionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seesPersonalData' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secondFactorEnabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secondFactorRequired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustChangePassword' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Login' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'username' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'login' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'username' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'username' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'challengeToken' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'me' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeFields' } }],
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
      name: { kind: 'Name', value: 'MeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Me' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'divisionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enterpriseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seesPersonalData' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secondFactorEnabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secondFactorRequired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustChangePassword' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Logout' },
      selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'logout' } }] },
    },
  ],
} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const ReferenceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Reference' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'divisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sectors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferenceQuery, ReferenceQueryVariables>;
export const CountyPipelinesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CountyPipelines' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApplicationFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApplicationDimension' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'applicationGroups' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '500' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'key' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'division' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sector' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CountyPipelinesQuery, CountyPipelinesQueryVariables>;
export const FundSplitsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FundSplits' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'projects' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'disbursements' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DisbursementFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'projectGroups' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'projects' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'SECTOR' }] },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'key' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sector' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sum' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'enterpriseFen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'universityFen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'financeFen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'totalFen' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'disbursementGroups' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'disbursements' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'groupBy' }, value: { kind: 'ListValue', values: [] } },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '1' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sum' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'amountFen' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FundSplitsQuery, FundSplitsQueryVariables>;
export const GradeRatiosDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GradeRatios' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'EvaluationFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'EvaluationDimension' } } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'within' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'EvaluationDimension' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evaluationGroups' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'shareWithin' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'within' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '200' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'key' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'division' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sector' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GradeRatiosQuery, GradeRatiosQueryVariables>;
export const SectorSpreadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SectorSpread' },
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
            name: { kind: 'Name', value: 'appointmentGroups' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: {
                  kind: 'ListValue',
                  values: [
                    { kind: 'EnumValue', value: 'SECTOR' },
                    { kind: 'EnumValue', value: 'STATUS' },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '200' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'key' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sector' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SectorSpreadQuery, SectorSpreadQueryVariables>;
export const DeskTransitionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DeskTransitions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workflowTransitions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'needsReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checksRules' } },
                { kind: 'Field', name: { kind: 'Name', value: 'article' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeskTransitionsQuery, DeskTransitionsQueryVariables>;
export const MyTodoDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyTodo' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myTodo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyTodoQuery, MyTodoQueryVariables>;
export const BureauCallYearsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BureauCallYears' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'calls' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } }],
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
                      { kind: 'Field', name: { kind: 'Name', value: 'year' } },
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
} as unknown as DocumentNode<BureauCallYearsQuery, BureauCallYearsQueryVariables>;
export const BureauCallsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BureauCalls' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CallFilter' } },
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
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CallOrderBy' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'calls' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opensOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closesOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'conditions' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'materialsRequired' } },
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
} as unknown as DocumentNode<BureauCallsQuery, BureauCallsQueryVariables>;
export const BureauPublishCallDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BureauPublishCall' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PublishCallInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishCall' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BureauPublishCallMutation, BureauPublishCallMutationVariables>;
export const BureauSaveCallDraftDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BureauSaveCallDraft' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CallDraftInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveCallDraft' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BureauSaveCallDraftMutation, BureauSaveCallDraftMutationVariables>;
export const BureauUpdateCallDraftDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BureauUpdateCallDraft' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateCallDraftInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateCallDraft' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BureauUpdateCallDraftMutation, BureauUpdateCallDraftMutationVariables>;
export const BureauPublishCallDraftDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BureauPublishCallDraft' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'VersionedIdInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishCallDraft' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BureauPublishCallDraftMutation, BureauPublishCallDraftMutationVariables>;
export const BureauCloseCallDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BureauCloseCall' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'VersionedIdInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeCall' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BureauCloseCallMutation, BureauCloseCallMutationVariables>;
export const BureauCasesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BureauCases' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApplicationFilter' } },
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
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApplicationOrderBy' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'applications' },
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
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BureauCaseRow' } }],
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
      name: { kind: 'Name', value: 'BureauCaseRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Application' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onHold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priorityRecommended' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stageEnteredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'techNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'call' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sector' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposedExpert' },
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
            name: { kind: 'Name', value: 'notice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BureauCasesQuery, BureauCasesQueryVariables>;
export const BureauMatchingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BureauMatching' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'application' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BureauCaseRow' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposedServiceStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposedServiceEnd' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'candidates' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'enterpriseOpinion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'institutionOpinion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expertOpinion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'selected' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendedExperts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'applicationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'considered' } },
                { kind: 'Field', name: { kind: 'Name', value: 'excludedTotal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ranked' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expertId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'institutionName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sectorName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'discipline' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'keywords' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'components' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'component' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'points' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'max' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'excluded' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expertId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'institutionName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'candidateId' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'conflicts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'article' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
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
      name: { kind: 'Name', value: 'BureauCaseRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Application' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onHold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priorityRecommended' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stageEnteredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'techNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'call' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sector' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposedExpert' },
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
            name: { kind: 'Name', value: 'notice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BureauMatchingQuery, BureauMatchingQueryVariables>;
export const BureauRecordCandidateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BureauRecordCandidate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordCandidateInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordCandidate' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'enterpriseOpinion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'institutionOpinion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expertOpinion' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BureauRecordCandidateMutation, BureauRecordCandidateMutationVariables>;
export const BureauSelectCandidateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BureauSelectCandidate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SelectCandidateInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'selectCandidate' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BureauSelectCandidateMutation, BureauSelectCandidateMutationVariables>;
export const BureauPartyReviewBatchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BureauPartyReviewBatch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PartyReviewBatchInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partyReviewBatch' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BureauPartyReviewBatchMutation, BureauPartyReviewBatchMutationVariables>;
export const BureauFileBatchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BureauFileBatch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'FilingBatchInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fileRecognitionBatch' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'filingNo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BureauFileBatchMutation, BureauFileBatchMutationVariables>;
export const BureauFilingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BureauFilings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'FilingRecordFilter' } },
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
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'FilingRecordOrderBy' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'filingRecords' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'filingNo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'filedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
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
} as unknown as DocumentNode<BureauFilingsQuery, BureauFilingsQueryVariables>;
export const BureauNoticePeriodDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BureauNoticePeriod' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'startsOn' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocalDate' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'noticePeriod' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'startsOn' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'startsOn' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workingDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'calendarDays' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'exceptions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'isWorkday' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
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
} as unknown as DocumentNode<BureauNoticePeriodQuery, BureauNoticePeriodQueryVariables>;
export const BureauPublishNoticeBatchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BureauPublishNoticeBatch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PublishNoticeInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishNoticeBatch' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BureauPublishNoticeBatchMutation, BureauPublishNoticeBatchMutationVariables>;
export const BureauNoticeCasesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BureauNoticeCases' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApplicationFilter' } },
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
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApplicationOrderBy' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'applications' },
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
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BureauCaseRow' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'objections' },
                        arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } }],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'receivedOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'resolution' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'resolvedOn' } },
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
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BureauCaseRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Application' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onHold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priorityRecommended' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stageEnteredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'techNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'call' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sector' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposedExpert' },
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
            name: { kind: 'Name', value: 'notice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BureauNoticeCasesQuery, BureauNoticeCasesQueryVariables>;
export const BureauRaiseObjectionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BureauRaiseObjection' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RaiseObjectionInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'raiseObjection' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BureauRaiseObjectionMutation, BureauRaiseObjectionMutationVariables>;
export const BureauResolveObjectionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BureauResolveObjection' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ResolveObjectionInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resolveObjection' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BureauResolveObjectionMutation, BureauResolveObjectionMutationVariables>;
export const BureauRecogniseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BureauRecognise' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecogniseApplicationInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recogniseApplication' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'recognitionDocNo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'certificateNo' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BureauRecogniseMutation, BureauRecogniseMutationVariables>;
export const BureauRecognisedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BureauRecognised' },
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
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recognitionDocNo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'certificateNo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recognisedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'serviceStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'serviceEnd' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
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
                        name: { kind: 'Name', value: 'application' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'notice' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
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
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BureauRecognisedQuery, BureauRecognisedQueryVariables>;
export const BureauCaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BureauCase' },
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
            name: { kind: 'Name', value: 'application' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BureauCaseRow' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposedPosition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposedServiceStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposedServiceEnd' } },
                { kind: 'Field', name: { kind: 'Name', value: 'monthlyAllowanceFen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviewHistory' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromStage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toStage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ruleCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'meetingOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'minuteNo' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ruleChecks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'article' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
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
      name: { kind: 'Name', value: 'BureauCaseRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Application' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onHold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priorityRecommended' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stageEnteredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'techNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'call' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sector' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposedExpert' },
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
            name: { kind: 'Name', value: 'notice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BureauCaseQuery, BureauCaseQueryVariables>;
export const BureauReviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BureauReview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewApplicationInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewApplication' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BureauReviewMutation, BureauReviewMutationVariables>;
export const EnterpriseApplicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EnterpriseApplication' },
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
            name: { kind: 'Name', value: 'application' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApplicationDetails_application' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'missingMaterials' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposedExpertId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'materials' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'previewApplicationRules' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'applicationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'article' } },
                { kind: 'Field', name: { kind: 'Name', value: 'articleEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApplicationDetails_application' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Application' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stageEnteredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onHold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priorityRecommended' } },
          { kind: 'Field', name: { kind: 'Name', value: 'techNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedServiceStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedServiceEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monthlyAllowanceFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionRule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'call' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sector' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'highTech' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gazelle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipalProject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revenueFen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rdSpendingFen' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposedExpert' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'degree' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'institution' },
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
            name: { kind: 'Name', value: 'ruleChecks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'article' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ruleCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnterpriseApplicationQuery, EnterpriseApplicationQueryVariables>;
export const EnterpriseSelfDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EnterpriseSelf' },
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
            name: { kind: 'Name', value: 'enterprise' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revenueFen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rdSpendingFen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'highTech' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gazelle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipalProject' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnterpriseSelfQuery, EnterpriseSelfQueryVariables>;
export const ExpertSearchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExpertSearch' },
      variableDefinitions: [
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
            name: { kind: 'Name', value: 'expertDirectory' },
            arguments: [
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
} as unknown as DocumentNode<ExpertSearchQuery, ExpertSearchQueryVariables>;
export const CreateDeskApplicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateDeskApplication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateApplicationInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createApplication' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateDeskApplicationMutation, CreateDeskApplicationMutationVariables>;
export const UpdateDeskApplicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateDeskApplication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateApplicationInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateApplication' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateDeskApplicationMutation, UpdateDeskApplicationMutationVariables>;
export const SubmitDeskApplicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitDeskApplication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApplicationVersionInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitApplication' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitDeskApplicationMutation, SubmitDeskApplicationMutationVariables>;
export const WithdrawDeskApplicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawDeskApplication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'WithdrawApplicationInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawApplication' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawDeskApplicationMutation, WithdrawDeskApplicationMutationVariables>;
export const DeleteDeskMaterialDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteDeskMaterial' },
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
            name: { kind: 'Name', value: 'deleteMaterial' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'materialId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteDeskMaterialMutation, DeleteDeskMaterialMutationVariables>;
export const EnterpriseAppointmentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EnterpriseAppointments' },
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
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'serviceStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'serviceEnd' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'certificateNo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'monthlyAllowanceFen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recognisedOn' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'expert' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'institution' },
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
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnterpriseAppointmentsQuery, EnterpriseAppointmentsQueryVariables>;
export const EnterpriseDeskDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EnterpriseDesk' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApplicationFilter' } },
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
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApplicationOrderBy' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'applications' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stageEnteredAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'call' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'proposedExpert' },
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
} as unknown as DocumentNode<EnterpriseDeskQuery, EnterpriseDeskQueryVariables>;
export const EnterpriseOpenCallsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EnterpriseOpenCalls' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'calls' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'status' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          { kind: 'ObjectField', name: { kind: 'Name', value: 'eq' }, value: { kind: 'EnumValue', value: 'PUBLISHED' } },
                        ],
                      },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '5' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opensOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closesOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'live' },
            name: { kind: 'Name', value: 'applications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'stage' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'notIn' },
                            value: {
                              kind: 'ListValue',
                              values: [
                                { kind: 'EnumValue', value: 'REJECTED' },
                                { kind: 'EnumValue', value: 'WITHDRAWN' },
                              ],
                            },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
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
                        name: { kind: 'Name', value: 'call' },
                        selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
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
} as unknown as DocumentNode<EnterpriseOpenCallsQuery, EnterpriseOpenCallsQueryVariables>;
export const DeskCaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DeskCase' },
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
            name: { kind: 'Name', value: 'application' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApplicationDetails_application' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workingDaysWaited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'missingMaterials' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'materials' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'previewApplicationRules' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'applicationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'article' } },
                { kind: 'Field', name: { kind: 'Name', value: 'articleEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApplicationDetails_application' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Application' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stageEnteredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onHold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priorityRecommended' } },
          { kind: 'Field', name: { kind: 'Name', value: 'techNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedServiceStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedServiceEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monthlyAllowanceFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionRule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'call' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sector' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'highTech' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gazelle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipalProject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revenueFen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rdSpendingFen' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposedExpert' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'degree' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'institution' },
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
            name: { kind: 'Name', value: 'ruleChecks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'article' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ruleCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeskCaseQuery, DeskCaseQueryVariables>;
export const DeskReviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeskReview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewApplicationInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewApplication' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeskReviewMutation, DeskReviewMutationVariables>;
export const ReviewInboxDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReviewInbox' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApplicationFilter' } },
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
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApplicationOrderBy' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'applications' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stageEnteredAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'workingDaysWaited' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'priorityRecommended' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'monthlyAllowanceFen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nextActions' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'enterprise' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'highTech' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'gazelle' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'municipalProject' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'proposedExpert' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'institution' },
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
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sector' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'call' },
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
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewInboxQuery, ReviewInboxQueryVariables>;
export const PassApplicationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PassApplications' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PassApplicationsInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'passApplications' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'ok' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'article' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PassApplicationsMutation, PassApplicationsMutationVariables>;
export const EvaluationDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EvaluationDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'EvaluationFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'cycleFilter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'EvaluationFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'dims' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'EvaluationDimension' } } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'within' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'EvaluationDimension' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evaluationCycles' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: {
                  kind: 'ListValue',
                  values: [
                    {
                      kind: 'ObjectValue',
                      fields: [
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'field' }, value: { kind: 'EnumValue', value: 'periodStart' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byDim' },
            name: { kind: 'Name', value: 'evaluationGroups' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'dims' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'shareWithin' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'within' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '1000' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'key' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'division' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sector' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'institution' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byCycle' },
            name: { kind: 'Name', value: 'evaluationGroups' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'cycleFilter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: {
                  kind: 'ListValue',
                  values: [
                    { kind: 'EnumValue', value: 'CYCLE' },
                    { kind: 'EnumValue', value: 'GRADE' },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'shareWithin' },
                value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'CYCLE' }] },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '200' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'key' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'cycle' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvaluationDetailQuery, EvaluationDetailQueryVariables>;
export const FilingDeskDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FilingDesk' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'FilingRecordFilter' } },
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
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'FilingRecordOrderBy' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'filingRecords' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'filingNo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'filedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedByName' } },
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
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'pending' },
            name: { kind: 'Name', value: 'filingRecords' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'status' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          { kind: 'ObjectField', name: { kind: 'Name', value: 'eq' }, value: { kind: 'EnumValue', value: 'PENDING' } },
                        ],
                      },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FilingDeskQuery, FilingDeskQueryVariables>;
export const AcknowledgeFilingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcknowledgeFilings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AcknowledgeFilingsInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acknowledgeFilings' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'ok' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcknowledgeFilingsMutation, AcknowledgeFilingsMutationVariables>;
export const FilingRecordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FilingRecord' },
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
            name: { kind: 'Name', value: 'filingRecord' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filingNo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'applicationId' } },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'application' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evaluationCycle' },
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
} as unknown as DocumentNode<FilingRecordQuery, FilingRecordQueryVariables>;
export const AcknowledgeFilingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcknowledgeFiling' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'VersionedIdInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acknowledgeFiling' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcknowledgeFilingMutation, AcknowledgeFilingMutationVariables>;
export const FundsByCountyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FundsByCounty' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'projects' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'disbursements' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DisbursementFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'projectGroups' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'projects' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'COUNTY' }] },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'key' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'division' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sum' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'enterpriseFen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'universityFen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'financeFen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'totalFen' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'disbursementGroups' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'disbursements' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'COUNTY' }] },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'key' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'division' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sum' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'amountFen' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FundsByCountyQuery, FundsByCountyQueryVariables>;
export const FundProjectsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FundProjects' },
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
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
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
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
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
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'field' }, value: { kind: 'EnumValue', value: 'proposedOn' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'approvedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'enterpriseFen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'universityFen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'financeFen' } },
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
                        name: { kind: 'Name', value: 'disbursements' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'amountFen' } },
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
} as unknown as DocumentNode<FundProjectsQuery, FundProjectsQueryVariables>;
export const VerifySecondFactorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'VerifySecondFactor' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'challengeToken' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifySecondFactor' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'challengeToken' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'challengeToken' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'me' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'readable' } },
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
} as unknown as DocumentNode<VerifySecondFactorMutation, VerifySecondFactorMutationVariables>;
export const BeginTotpEnrolmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BeginTotpEnrolment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'challengeToken' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'beginTotpEnrolment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'challengeToken' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'challengeToken' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
                { kind: 'Field', name: { kind: 'Name', value: 'otpauthUri' } },
                { kind: 'Field', name: { kind: 'Name', value: 'qrCodeDataUrl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BeginTotpEnrolmentMutation, BeginTotpEnrolmentMutationVariables>;
export const ConfirmTotpEnrolmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmTotpEnrolment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'challengeToken' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmTotpEnrolment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'challengeToken' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'challengeToken' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'recoveryCodes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'login' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'me' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'readable' } },
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
} as unknown as DocumentNode<ConfirmTotpEnrolmentMutation, ConfirmTotpEnrolmentMutationVariables>;
export const ChangeMyPasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangeMyPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'currentPassword' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'newPassword' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changeMyPassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'currentPassword' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'currentPassword' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'newPassword' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'newPassword' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangeMyPasswordMutation, ChangeMyPasswordMutationVariables>;
export const WaitingCasesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WaitingCases' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApplicationFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'applications' },
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
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
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
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'field' },
                          value: { kind: 'EnumValue', value: 'stageEnteredAt' },
                        },
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'direction' }, value: { kind: 'EnumValue', value: 'ASC' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stageEnteredAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'onHold' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'division' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sector' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
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
                        name: { kind: 'Name', value: 'proposedExpert' },
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
                        name: { kind: 'Name', value: 'call' },
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
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WaitingCasesQuery, WaitingCasesQueryVariables>;
export const ApplicationListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ApplicationList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApplicationFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'applications' },
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
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
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
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'field' },
                          value: { kind: 'EnumValue', value: 'stageEnteredAt' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stageEnteredAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'onHold' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rejectionRule' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'call' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'year' } },
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
                        name: { kind: 'Name', value: 'proposedExpert' },
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
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sector' },
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
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApplicationListQuery, ApplicationListQueryVariables>;
export const ApplicationRecordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ApplicationRecord' },
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
            name: { kind: 'Name', value: 'application' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApplicationDetails_application' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApplicationDetails_application' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Application' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stageEnteredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onHold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priorityRecommended' } },
          { kind: 'Field', name: { kind: 'Name', value: 'techNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedServiceStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedServiceEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monthlyAllowanceFen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionRule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'call' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sector' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'highTech' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gazelle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipalProject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revenueFen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rdSpendingFen' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposedExpert' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'degree' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'institution' },
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
            name: { kind: 'Name', value: 'ruleChecks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'article' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ruleCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApplicationRecordQuery, ApplicationRecordQueryVariables>;
export const AppointmentListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AppointmentList' },
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
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
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
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cohortYear' } },
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
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'institution' },
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
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sector' },
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
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppointmentListQuery, AppointmentListQueryVariables>;
export const AppointmentRecordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AppointmentRecord' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ledger' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LedgerEntryFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'appointment' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'certificateNo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recognitionDocNo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recognisedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cohortYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serviceStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serviceEnd' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'monthlyAllowanceFen' } },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sector' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'expert' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'degree' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'discipline' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'topTalent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'keywords' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'institution' },
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
                  name: { kind: 'Name', value: 'enterprise' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'highTech' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'gazelle' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'employees' } },
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
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sector' },
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
                  name: { kind: 'Name', value: 'agreements' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'signedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'serviceStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'serviceEnd' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'monthlyAllowanceFen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ipOwnership' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'enterpriseFen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'universityFen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'financeFen' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'application' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'reviewHistory' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fromStage' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'toStage' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ruleCode' } },
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
            kind: 'Field',
            name: { kind: 'Name', value: 'ledgerEntryGroups' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ledger' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: {
                  kind: 'ListValue',
                  values: [
                    { kind: 'EnumValue', value: 'KIND' },
                    { kind: 'EnumValue', value: 'CONFIRMATION' },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '50' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'key' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'confirmation' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sum' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'daysOnSite' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'peopleTrained' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ledgerEntries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ledger' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
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
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'daysOnSite' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'peopleTrained' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'confirmation' } },
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
} as unknown as DocumentNode<AppointmentRecordQuery, AppointmentRecordQueryVariables>;
export const EvaluationListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EvaluationList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'EvaluationFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evaluations' },
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
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
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
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'field' }, value: { kind: 'EnumValue', value: 'gradedOn' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'gradedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'appointmentId' } },
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
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sector' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
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
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'institution' },
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
      },
    },
  ],
} as unknown as DocumentNode<EvaluationListQuery, EvaluationListQueryVariables>;
export const ExpertRecordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExpertRecord' },
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
            name: { kind: 'Name', value: 'expert' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
                { kind: 'Field', name: { kind: 'Name', value: 'degree' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'discipline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keywords' } },
                { kind: 'Field', name: { kind: 'Name', value: 'topTalent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workStartedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bannedUntil' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'institution' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sector' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'appointments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'serviceStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'serviceEnd' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cohortYear' } },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExpertRecordQuery, ExpertRecordQueryVariables>;
export const EnterpriseRecordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EnterpriseRecord' },
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
            name: { kind: 'Name', value: 'enterprise' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'registeredOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employees' } },
                { kind: 'Field', name: { kind: 'Name', value: 'highTech' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gazelle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipalProject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revenueFen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rdSpendingFen' } },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sector' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'appointments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'applications' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'call' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'proposedExpert' },
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
                  name: { kind: 'Name', value: 'projects' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'enterpriseFen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'universityFen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'financeFen' } },
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
} as unknown as DocumentNode<EnterpriseRecordQuery, EnterpriseRecordQueryVariables>;
export const ProjectListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProjectList' },
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
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
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
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
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
                        { kind: 'ObjectField', name: { kind: 'Name', value: 'field' }, value: { kind: 'EnumValue', value: 'proposedOn' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'proposedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'enterpriseFen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'universityFen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'financeFen' } },
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
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sector' },
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
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectListQuery, ProjectListQueryVariables>;
export const ProjectRecordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProjectRecord' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'enterpriseFen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'universityFen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'financeFen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'appointmentId' } },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sector' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
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
  ],
} as unknown as DocumentNode<ProjectRecordQuery, ProjectRecordQueryVariables>;
export const SectorDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SectorDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AppointmentFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'trendFilter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AppointmentFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'grid' },
            name: { kind: 'Name', value: 'appointmentGroups' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: {
                  kind: 'ListValue',
                  values: [
                    { kind: 'EnumValue', value: 'SECTOR' },
                    { kind: 'EnumValue', value: 'COUNTY' },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '500' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'key' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sector' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
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
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'trend' },
            name: { kind: 'Name', value: 'appointmentGroups' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'trendFilter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: {
                  kind: 'ListValue',
                  values: [
                    { kind: 'EnumValue', value: 'COHORT_YEAR' },
                    { kind: 'EnumValue', value: 'SECTOR' },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '500' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'key' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cohortYear' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sector' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SectorDetailQuery, SectorDetailQueryVariables>;
