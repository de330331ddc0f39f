/** The audit trail's codes in words (zh / en): operations, results. Roles use the shared role labels. */
const OPERATIONS: Record<string, [string, string]> = {
  login: ['登录', 'Sign-in'],
  loginPassword: ['登录（密码步骤）', 'Sign-in (password step)'],
  loginSecondFactor: ['登录（两步验证）', 'Sign-in (second factor)'],
  logout: ['退出登录', 'Sign-out'],
  logoutAll: ['结束全部会话', 'End all sessions'],
  createUser: ['新建账号', 'Create account'],
  setActive: ['启用或停用账号', 'Enable or disable account'],
  unlock: ['解除登录锁定', 'Lift log-in lock'],
  setPassword: ['设置密码', 'Set password'],
  resetPassword: ['重置密码', 'Reset password'],
  changePassword: ['修改本人密码', 'Change own password'],
  bindUser: ['绑定账号', 'Bind account'],
  enrolTotp: ['绑定两步验证', 'Enrol second factor'],
  disableTotp: ['停用两步验证', 'Disable second factor'],
  resetSecondFactor: ['重置两步验证', 'Reset second factor'],
  useRecoveryCode: ['使用恢复码', 'Use recovery code'],
  'read-personal-data': ['读取明文个人信息', 'Read personal data in clear'],
  createApplication: ['新建申报', 'Create application'],
  updateApplication: ['修改申报', 'Update application'],
  uploadMaterial: ['上传材料', 'Upload material'],
  deleteMaterial: ['删除材料', 'Delete material'],
  readMaterial: ['查看材料', 'Read material'],
  publishCall: ['发布征集通知', 'Publish call'],
  closeCall: ['结束征集', 'Close call'],
  saveCallDraft: ['保存征集草稿', 'Save call draft'],
  updateCallDraft: ['修改征集草稿', 'Edit call draft'],
  publishCallDraft: ['发布征集草稿', 'Publish call draft'],
  publishNotice: ['发布公示', 'Publish notice'],
  acknowledgeFiling: ['备案签收', 'Acknowledge filing'],
  recordService: ['登记服务台账', 'Record service'],
  updateService: ['修改服务台账', 'Update service'],
  withdrawService: ['撤回服务台账', 'Withdraw service'],
  confirmService: ['确认服务台账', 'Confirm service'],
  confirmServices: ['批量确认服务台账', 'Confirm services'],
  openEvaluationCycle: ['开启考核周期', 'Open evaluation cycle'],
  gradeEvaluation: ['评定考核等级', 'Grade evaluation'],
  fileEvaluationResults: ['考核结果备案', 'File evaluation results'],
  disburseReward: ['拨付奖励', 'Disburse reward'],
  proposeProject: ['申报协同创新项目', 'Propose project'],
  approveProject: ['批准项目', 'Approve project'],
  changeProjectFunding: ['调整项目资金', 'Change project funding'],
  disburseProject: ['拨付项目资金', 'Disburse project funds'],
  closeProject: ['项目结题', 'Close project'],
  recordAchievement: ['登记成果', 'Record achievement'],
  recordIpApplication: ['登记知识产权', 'Record IP application'],
  recordCandidate: ['登记人选', 'Record candidate'],
  submitAnnualReport: ['提交年度报告', 'Submit annual report'],
  'document:certificate': ['生成证书', 'Generate certificate'],
  'document:filingPacket': ['生成备案材料', 'Generate filing packet'],
  'document:notice': ['生成公示文件', 'Generate notice'],
};

const RESULTS: Record<string, [string, string]> = {
  OK: ['成功', 'OK'],
  DENIED: ['拒绝', 'Denied'],
  FAILED: ['失败', 'Failed'],
};

const idx = (lang: 'zh' | 'en') => (lang === 'zh' ? 0 : 1);

/** An operation code in words; requests the GraphQL layer records name their operation. */
export function operationLabel(code: string, lang: 'zh' | 'en'): string {
  const known = OPERATIONS[code];
  if (known) return known[idx(lang)];
  const gql = /^graphql:(.+)$/.exec(code);
  if (gql) return lang === 'zh' ? `接口请求 ${gql[1]}` : `API request ${gql[1]}`;
  const sheet = /^spreadsheet:import:(.+)$/.exec(code);
  if (sheet) return lang === 'zh' ? `表格导入 ${sheet[1]}` : `Spreadsheet import ${sheet[1]}`;
  return code;
}

export function resultLabel(code: string, lang: 'zh' | 'en'): string {
  return RESULTS[code]?.[idx(lang)] ?? code;
}
