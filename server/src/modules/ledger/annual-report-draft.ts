/**
 * The draft of an annual report (年度述职, Art. 17) from the ledger: the year's Art. 7 indicators
 * as confirmed, then every service the enterprise confirmed, grouped by kind with its date,
 * content and effect, then the achievements and IP applications (Art. 7.2). Pure: the ledger
 * service reads, this writes the text the expert then edits before submitting.
 */
import type { IndicatorResult } from './indicators';
import { AchievementKind, IpKind, ServiceKind } from './ledger.enums';

export interface DraftEntry {
  serviceDate: string;
  kind: ServiceKind;
  daysOnSite: number;
  peopleTrained: number;
  content: string;
  effect: string;
}

export interface DraftInput {
  year: number;
  enterpriseName: string;
  windowStart: string;
  windowEnd: string;
  asOf: string;
  indicators: IndicatorResult[];
  /** The year's confirmed entries, in date order. */
  entries: DraftEntry[];
  achievements: Array<{ achievedOn: string; kind: AchievementKind; title: string }>;
  ipApplications: Array<{ filedOn: string; kind: IpKind; title: string; applicationNo: string }>;
}

const KIND_ORDER: readonly ServiceKind[] = [
  ServiceKind.TECH_SERVICE,
  ServiceKind.RD_MEETING,
  ServiceKind.COOPERATION,
  ServiceKind.TALENT,
  ServiceKind.POLICY_BRIEFING,
  ServiceKind.TRAINING,
];

export const SERVICE_KIND_ZH: Record<ServiceKind, string> = {
  TECH_SERVICE: '技术服务',
  RD_MEETING: '研发工作会议',
  COOPERATION: '产学研对接',
  TALENT: '人才引进与培养',
  POLICY_BRIEFING: '政策宣讲',
  TRAINING: '技术培训',
};
const ACHIEVEMENT_ZH: Record<AchievementKind, string> = { NEW_TECHNOLOGY: '新技术', NEW_PROCESS: '新工艺', NEW_PRODUCT: '新产品' };
const IP_ZH: Record<IpKind, string> = { INVENTION_PATENT: '发明专利', UTILITY_MODEL: '实用新型专利', SOFTWARE_COPYRIGHT: '软件著作权' };
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The draft's text (Chinese, the language of the filed report); at most 8000 characters as the report allows. */
export function draftAnnualReport(d: DraftInput, max = 8000): string {
  const lines: string[] = [];
  lines.push(`${d.year}年度述职报告`);
  lines.push(`派驻企业：${d.enterpriseName}；本年度服务期 ${d.windowStart} 至 ${d.windowEnd}；据服务台账，截至 ${d.asOf}。`);
  lines.push('');
  lines.push('一、第七条量化指标完成情况（企业确认数 / 本年度目标）');
  for (const i of d.indicators) lines.push(`${i.label.split(' / ')[0]}：${i.confirmed} / ${i.target}（${i.article}）`);
  lines.push('');
  lines.push(`二、经企业确认的服务（共 ${d.entries.length} 条）`);
  let n = 0;
  for (const kind of KIND_ORDER) {
    const of = d.entries.filter((e) => e.kind === kind);
    if (!of.length) continue;
    const days = of.reduce((s, e) => s + e.daysOnSite, 0);
    const people = of.reduce((s, e) => s + e.peopleTrained, 0);
    lines.push(`（${NUMERALS[n++]}）${SERVICE_KIND_ZH[kind]}：${of.length} 次，驻企 ${days} 天，培养 ${people} 人`);
    of.forEach((e, k) => lines.push(`${k + 1}. ${e.serviceDate} ${e.content}；效果：${e.effect}`));
  }
  if (!d.entries.length) lines.push('本年度暂无经企业确认的服务记录。');
  lines.push('');
  lines.push('三、新技术、新工艺、新产品');
  if (d.achievements.length)
    d.achievements.forEach((a, k) => lines.push(`${k + 1}. ${a.achievedOn} ${ACHIEVEMENT_ZH[a.kind]}：${a.title}`));
  else lines.push('无。');
  lines.push('');
  lines.push('四、知识产权申请');
  if (d.ipApplications.length)
    d.ipApplications.forEach((p, k) => lines.push(`${k + 1}. ${p.filedOn} ${IP_ZH[p.kind]}（申请号 ${p.applicationNo}）：${p.title}`));
  else lines.push('无。');
  lines.push('');
  lines.push('五、存在的问题与下一年度工作打算');
  lines.push('');
  const text = lines.join('\n');
  if ([...text].length <= max) return text;
  // Too long for one report: cut at a line and say so, so the expert shortens rather than loses the end silently.
  const note = '\n……（台账记录较多，草稿已截断，请精简后提交）';
  const chars = [...text].slice(0, max - [...note].length).join('');
  return chars.slice(0, chars.lastIndexOf('\n')) + note;
}
