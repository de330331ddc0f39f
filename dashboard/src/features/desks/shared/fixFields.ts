// Relative imports carry .js: these pure modules are also compiled by the tests as Node ESM.
/**
 * The fields a reviewer may ask to correct when returning a case (退回修改). They travel in the
 * recorded reason as one readable line, "需修改项：技术需求、每月生活补助。", followed by the
 * reviewer's words, so the history reads naturally and the enterprise's form can highlight them.
 */

export const FIX_FIELDS = [
  { key: 'techNeeds', zh: '技术需求', en: 'Technical needs' },
  { key: 'proposedExpertId', zh: '拟选派专家', en: 'Proposed expert' },
  { key: 'proposedPosition', zh: '拟任职务', en: 'Position' },
  { key: 'servicePeriod', zh: '服务期限', en: 'Service period' },
  { key: 'monthlyAllowance', zh: '每月生活补助', en: 'Monthly allowance' },
  { key: 'enterpriseFacts', zh: '上年度收入与研发投入', en: "Last year's revenue and R&D" },
  { key: 'credentials', zh: '优先资质', en: 'Priority credentials' },
  { key: 'materials', zh: '申报材料', en: 'Materials' },
] as const;

export type FixField = (typeof FIX_FIELDS)[number]['key'];

const PREFIX = '需修改项：';

export function composeReturnReason(fields: readonly string[], text: string): string {
  const labels = FIX_FIELDS.filter((f) => fields.includes(f.key)).map((f) => f.zh);
  return labels.length ? `${PREFIX}${labels.join('、')}。${text.trim()}` : text.trim();
}

export function parseReturnReason(reason: string | null | undefined): { fields: FixField[]; text: string } {
  if (!reason) return { fields: [], text: '' };
  if (!reason.startsWith(PREFIX)) return { fields: [], text: reason };
  const end = reason.indexOf('。');
  const list = reason.slice(PREFIX.length, end < 0 ? undefined : end).split('、');
  const fields = FIX_FIELDS.filter((f) => list.includes(f.zh)).map((f) => f.key);
  return { fields, text: end < 0 ? '' : reason.slice(end + 1) };
}
