/**
 * The eligibility rules of DOMAIN.md evaluated on the generator's own facts, to write the
 * `rule_check` rows and to make sure every generated case passes or fails exactly as intended.
 * (The platform's own rule services live in the server; tests check the data independently.)
 */
import { formatYuan } from '@techvp/server';
import { activeAppointmentOn, type EntInfo, type ExpInfo } from './context';
import { isoDay, plusYears } from './days';
import { rdThreshold } from './people';

export const RULES = ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'N1', 'N2', 'N3', 'N4', 'N5'] as const;
export type Rule = (typeof RULES)[number];

export const ARTICLES: Record<Rule, string> = {
  E1: '第二条、第五条第1项',
  E2: '第五条第1项',
  E3: '第五条第4项',
  E4: '第五条第5项',
  E5: '第十七条',
  E6: '第五条第2项',
  N1: '第九条第1项',
  N2: '第九条第1项',
  N3: '第九条第1项',
  N4: '第九条第2项',
  N5: '第十一条第2项',
};

const DEGREE_ZH: Record<string, string> = { DOCTORATE: '博士学位', MASTER: '硕士学位', BACHELOR: '学士学位', OTHER: '其他学历' };
const TITLE_ZH: Record<string, string> = {
  SENIOR: '正高级职称',
  ASSOCIATE_SENIOR: '副高级职称',
  INTERMEDIATE: '中级职称',
  JUNIOR: '初级职称',
  NONE: '无专业技术职称',
};

export interface RuleSubject {
  exp: ExpInfo | null;
  ent: EntInfo;
  /** Day the rules are evaluated. */
  atN: number;
  allowanceFen: number;
  startN: number | null;
  endN: number | null;
}

export interface RuleOutcome {
  rule: Rule;
  passed: boolean;
  detail: string;
}

function wan(fen: number): string {
  return (fen / 1_000_000).toFixed(2);
}

export function evaluateRule(rule: Rule, s: RuleSubject): RuleOutcome {
  const { exp, ent, atN } = s;
  const at = isoDay(atN);
  const out = (passed: boolean, detail: string): RuleOutcome => ({ rule, passed, detail });
  switch (rule) {
    case 'E1': {
      if (!exp) return out(true, '未指定专家，待双向选择后核验');
      const ok = exp.row.degree === 'DOCTORATE' || exp.row.title === 'SENIOR' || exp.row.title === 'ASSOCIATE_SENIOR';
      const what = `${DEGREE_ZH[exp.row.degree]}，${TITLE_ZH[exp.row.title]}`;
      return out(ok, ok ? `${what}，符合条件` : `${what}：不具有博士学位或副高级及以上职称`);
    }
    case 'E2': {
      if (!exp) return out(true, '未指定专家，待双向选择后核验');
      const ok = exp.workN <= plusYears(atN, -2);
      const years = Math.floor((atN - exp.workN) / 365.25);
      return out(ok, `${exp.row.work_started_on}参加工作，至${at}工作经历${ok ? `${years}年，满两年` : '不满两年'}`);
    }
    case 'E3': {
      if (!exp) return out(true, '未指定专家，待双向选择后核验');
      if (exp.misconductN === null) return out(true, '近三年无学术不端、科研失信记录');
      const ok = exp.misconductN < plusYears(atN, -3);
      return out(
        ok,
        ok ? `最近一次失信记录为${exp.row.misconduct_on}，已超过三年` : `${exp.row.misconduct_on}存在科研失信记录，距今不足三年`,
      );
    }
    case 'E4': {
      if (!exp) return out(true, '未指定专家，待双向选择后核验');
      const a = activeAppointmentOn(exp, atN);
      return a
        ? out(false, `已在${a.ent.row.name}担任科技副总（${a.row.service_start}至${a.row.service_end}），只能服务一家企业`)
        : out(true, '当前未在其他企业担任科技副总');
    }
    case 'E5': {
      if (!exp) return out(true, '未指定专家，待双向选择后核验');
      const banned = exp.banFromN !== null && exp.banUntilN !== null && exp.banFromN <= atN && atN < exp.banUntilN;
      return banned
        ? out(false, `绩效考核不合格，${isoDay(exp.banUntilN!)}前不得再次申报`)
        : out(true, '不在考核不合格后的两年禁止申报期内');
    }
    case 'E6': {
      if (s.startN === null || s.endN === null) return out(true, '服务期限待三方协议约定');
      const ok = s.endN >= plusYears(s.startN, 2) - 1;
      return out(ok, `拟服务期限${isoDay(s.startN)}至${isoDay(s.endN)}，${ok ? '不少于两年' : '不足两年'}`);
    }
    case 'N1': {
      if (!ent.row.independent_legal_person) return out(false, '分支机构，不具有独立法人资格');
      const ok = ent.regN <= plusYears(atN, -1);
      return out(ok, `在聊城市${ent.divisionName}注册的独立法人，注册于${ent.row.registered_on}${ok ? '，满一年' : '，注册不满一年'}`);
    }
    case 'N2': {
      if (!exp) return out(true, '未指定专家，待双向选择后核验');
      const byExpert = ent.tiedExperts.get(exp.row.id);
      const byInstitution = ent.tiedInstitutions.get(exp.row.institution_id);
      const verb = (k: string) => (k === 'FOUNDER' ? '创办' : '入股');
      if (byExpert) return out(false, `拟选派专家本人${verb(byExpert)}该企业`);
      if (byInstitution) return out(false, `企业由拟选派专家所在单位${exp.institution.name_zh}${verb(byInstitution)}`);
      return out(true, '非拟选派专家本人或其所在单位创办、入股的企业');
    }
    case 'N3': {
      if (!ent.row.finances_sound) return out(false, '财务制度不健全');
      const recent = ent.row.violation_on !== null && ent.row.violation_on >= isoDay(plusYears(atN, -3));
      return recent
        ? out(false, `${ent.row.violation_on}存在重大违法违规或不良信用记录，距今不足三年`)
        : out(true, '近三年无重大违法违规和不良信用记录，财务制度健全');
    }
    case 'N4': {
      const th = rdThreshold(ent.row.revenue_fen);
      const ok = ent.row.rd_spending_fen >= ent.row.revenue_fen * th;
      const pct = ((ent.row.rd_spending_fen / ent.row.revenue_fen) * 100).toFixed(2);
      return out(
        ok,
        `上年度主营业务收入${wan(ent.row.revenue_fen)}万元，研发投入${wan(ent.row.rd_spending_fen)}万元，占比${pct}%，要求不低于${th * 100}%`,
      );
    }
    case 'N5': {
      const ok = s.allowanceFen >= 100_000;
      return out(ok, `每月生活补助及交通费${formatYuan(s.allowanceFen)}元，${ok ? '不低于' : '低于'}1000元`);
    }
  }
}

export function evaluateAll(s: RuleSubject): RuleOutcome[] {
  return RULES.map((r) => evaluateRule(r, s));
}
