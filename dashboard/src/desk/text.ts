/** The kit's own words (zh / en). Desk pages keep theirs in their own chunk the same way: `useText(TABLE)`. */
import { useI18n } from '../app/i18n';

export function useText<T>(table: { zh: T; en: T }): T {
  const { lang } = useI18n();
  return table[lang];
}

export const KIT_TEXT = {
  zh: {
    confirm: '确认办理',
    cancel: '取消',
    reason: '理由',
    reasonRequired: '此操作须填写理由',
    irreversible: '此操作不可撤销，办理后案件不能退回本环节。',
    willMove: (from: string, to: string) => `案件将从「${from}」进入「${to}」。`,
    stays: (stage: string) => `案件仍在「${stage}」环节。`,
    basis: '依据',
    done: (label: string, subject: string, to: string) => `已${label}：${subject}，现为「${to}」`,
    failed: '办理未成功',
    rule: '规则',
    field: '字段',
    stale: '该案件已被他人办理或修改，您看到的不是最新版本。请重新加载后再决定。',
    reload: '重新加载',
    search: '查询',
    reset: '重置',
    total: (n: number) => `共 ${n} 条`,
    back: '返回列表',
    noActions: '当前无可办理的操作',
    selected: (n: number) => `已选 ${n} 项`,
    todo: '待办',
  },
  en: {
    confirm: 'Confirm',
    cancel: 'Cancel',
    reason: 'Reason',
    reasonRequired: 'This step needs a reason',
    irreversible: 'This cannot be undone: the case will not come back to this step.',
    willMove: (from: string, to: string) => `The case moves from "${from}" to "${to}".`,
    stays: (stage: string) => `The case stays at "${stage}".`,
    basis: 'Basis',
    done: (label: string, subject: string, to: string) => `${label}: ${subject}, now "${to}"`,
    failed: 'The step did not go through',
    rule: 'Rule',
    field: 'Field',
    stale: 'Someone else has acted on or changed this case; you are not seeing the latest version. Reload before deciding.',
    reload: 'Reload',
    search: 'Search',
    reset: 'Reset',
    total: (n: number) => `${n} in all`,
    back: 'Back to the list',
    noActions: 'Nothing to do on it now',
    selected: (n: number) => `${n} selected`,
    todo: 'To do',
  },
};

/** Default button labels per workflow action; a desk may use its own words (e.g. 县级初审 通过). */
export const ACTION_LABELS: Record<string, [string, string]> = {
  SUBMIT: ['提交申报', 'Submit'],
  PASS: ['通过', 'Pass'],
  RETURN: ['退回修改', 'Return for correction'],
  REJECT: ['不通过', 'Reject'],
  SELECT: ['确定人选', 'Select the expert'],
  FILE: ['报组织部备案', 'File with the Org. Dept.'],
  PUBLISH_NOTICE: ['发布公示', 'Publish the notice'],
  RAISE_OBJECTION: ['登记异议', 'Record an objection'],
  UPHOLD_OBJECTION: ['异议成立', 'Uphold the objection'],
  DISMISS_OBJECTION: ['异议不成立', 'Dismiss the objection'],
  RECOGNISE: ['发文认定', 'Recognise'],
  WITHDRAW: ['撤回申报', 'Withdraw'],
};
