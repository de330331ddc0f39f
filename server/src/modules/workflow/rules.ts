/**
 * The eligibility rules of the measures (DOMAIN.md "Eligibility rules"), one named object per
 * rule, each citing its article. They are pure: they read plain facts about the expert, the
 * enterprise and the application on a given day, plus the policy settings for the thresholds
 * the text leaves to other regulations, and say pass or fail with a bilingual explanation.
 * The pipeline evaluates all eleven at submission and again at every review (pipeline.ts,
 * `checksRules`), stores each result as a RuleCheck row, and a failing rule blocks the step.
 */
import { addDays, addYears } from '../../domain/china-time';
import { formatYuan } from '../../domain/money';
import { RuleCode } from '../application/application.enums';
import { Degree, ProfessionalTitle } from '../expert/expert.entity';
import { TieKind } from '../enterprise/enterprise-tie.entity';
import type { PolicySettings } from './settings';

export interface ExpertFacts {
  id: number;
  name: string;
  degree: Degree;
  title: ProfessionalTitle;
  workStartedOn: string;
  misconductOn: string | null;
  bannedUntil: string | null;
  institutionId: number;
  institutionName: string;
  /** ACTIVE appointments the expert holds anywhere in the city. */
  activeAppointments: number;
}

export interface EnterpriseFacts {
  id: number;
  name: string;
  divisionName: string;
  registeredOn: string;
  independentLegalPerson: boolean;
  revenueFen: number;
  rdSpendingFen: number;
  violationOn: string | null;
  financesSound: boolean;
  highTech: boolean;
  gazelle: boolean;
  municipalProject: boolean;
  /** Founding or shareholding ties, by expert id and by institution id (rule N2). */
  expertTies: ReadonlyMap<number, TieKind>;
  institutionTies: ReadonlyMap<number, TieKind>;
}

export interface ApplicationFacts {
  monthlyAllowanceFen: number;
  proposedServiceStart: string | null;
  proposedServiceEnd: string | null;
}

export interface RuleContext {
  /** The day the rules are evaluated (China time). */
  today: string;
  expert: ExpertFacts | null;
  enterprise: EnterpriseFacts;
  application: ApplicationFacts;
  settings: PolicySettings;
  /** From two-way selection on, the expert must be known: a missing one fails the expert rules. */
  expertRequired: boolean;
}

export interface RuleOutcome {
  passed: boolean;
  /** "中文 / English". */
  detail: string;
}

export interface EligibilityRule {
  code: RuleCode;
  /** The article as cited in Chinese, stored on RuleCheck rows, e.g. 第五条第1项. */
  article: string;
  /** The same in English, e.g. Art. 5.1. */
  articleEn: string;
  /** What the rule requires. */
  title: string;
  evaluate(ctx: RuleContext): RuleOutcome;
}

export interface RuleResult extends RuleOutcome {
  rule: RuleCode;
  article: string;
  articleEn: string;
}

const out = (passed: boolean, zh: string, en: string): RuleOutcome => ({ passed, detail: `${zh} / ${en}` });

const DEGREE_ZH: Record<Degree, string> = {
  [Degree.DOCTORATE]: '博士学位',
  [Degree.MASTER]: '硕士学位',
  [Degree.BACHELOR]: '学士学位',
  [Degree.OTHER]: '其他学历',
};
const TITLE_ZH: Record<ProfessionalTitle, string> = {
  [ProfessionalTitle.SENIOR]: '正高级职称',
  [ProfessionalTitle.ASSOCIATE_SENIOR]: '副高级职称',
  [ProfessionalTitle.INTERMEDIATE]: '中级职称',
  [ProfessionalTitle.JUNIOR]: '初级职称',
  [ProfessionalTitle.NONE]: '无专业技术职称',
};
const TIE_ZH: Record<TieKind, string> = { [TieKind.FOUNDER]: '创办', [TieKind.INVESTOR]: '入股' };

/** Expert rules before an expert is known: pass, to be checked again after two-way selection. */
function withExpert(ctx: RuleContext, check: (expert: ExpertFacts) => RuleOutcome): RuleOutcome {
  if (ctx.expert) return check(ctx.expert);
  if (ctx.expertRequired) return out(false, '尚未确定拟选派专家', 'no expert has been chosen yet');
  return out(true, '未指定专家，待双向选择后核验', 'no expert proposed yet; checked again after two-way selection');
}

/** The minimum R&D ratio in basis points for a revenue, by the N4 bands. */
export function rdThresholdBasisPoints(revenueFen: number, settings: PolicySettings): number {
  const band =
    settings.rdBands.find((b) => b.revenueUpToYuan === null || revenueFen <= b.revenueUpToYuan * 100) ?? settings.rdBands.at(-1)!;
  return Math.round(band.minRatio * 10_000);
}

function percent(basisPoints: number): string {
  return `${(basisPoints / 100).toFixed(2).replace(/\.?0+$/, '')}%`;
}

export const E1: EligibilityRule = {
  code: RuleCode.E1,
  article: '第二条、第五条第1项',
  articleEn: 'Art. 2, 5.1',
  title: '博士学位或副高级及以上职称 / A doctorate or an associate-senior title or above',
  evaluate: (ctx) =>
    withExpert(ctx, (x) => {
      const ok = x.degree === Degree.DOCTORATE || x.title === ProfessionalTitle.SENIOR || x.title === ProfessionalTitle.ASSOCIATE_SENIOR;
      const what = `${DEGREE_ZH[x.degree]}，${TITLE_ZH[x.title]}`;
      return ok
        ? out(true, `${what}，符合条件`, `degree ${x.degree}, title ${x.title}: eligible`)
        : out(
            false,
            `${what}：不具有博士学位或副高级及以上职称`,
            `degree ${x.degree}, title ${x.title}: neither a doctorate nor an associate-senior title`,
          );
    }),
};

export const E2: EligibilityRule = {
  code: RuleCode.E2,
  article: '第五条第1项',
  articleEn: 'Art. 5.1',
  title: '两年以上工作经历 / At least two years of work experience',
  evaluate: (ctx) =>
    withExpert(ctx, (x) => {
      const years = ctx.settings.minWorkYears;
      const ok = x.workStartedOn <= addYears(ctx.today, -years);
      return ok
        ? out(true, `${x.workStartedOn}参加工作，工作经历满${years}年`, `working since ${x.workStartedOn}: at least ${years} years`)
        : out(
            false,
            `${x.workStartedOn}参加工作，至${ctx.today}工作经历不满${years}年`,
            `working since ${x.workStartedOn}: less than ${years} years by ${ctx.today}`,
          );
    }),
};

export const E3: EligibilityRule = {
  code: RuleCode.E3,
  article: '第五条第4项',
  articleEn: 'Art. 5.4',
  title: '近三年无学术不端、科研失信记录 / No academic misconduct or research-integrity record in the last three years',
  evaluate: (ctx) =>
    withExpert(ctx, (x) => {
      const years = ctx.settings.misconductLookbackYears;
      if (x.misconductOn === null)
        return out(true, `近${years}年无学术不端、科研失信记录`, `no misconduct record in the last ${years} years`);
      const ok = x.misconductOn < addYears(ctx.today, -years);
      return ok
        ? out(
            true,
            `最近一次失信记录为${x.misconductOn}，已超过${years}年`,
            `latest record ${x.misconductOn}, more than ${years} years ago`,
          )
        : out(
            false,
            `${x.misconductOn}存在学术不端或科研失信记录，距今不足${years}年`,
            `misconduct record on ${x.misconductOn}, within ${years} years`,
          );
    }),
};

export const E4: EligibilityRule = {
  code: RuleCode.E4,
  article: '第五条第5项',
  articleEn: 'Art. 5.5',
  title: '只服务一家企业 / Serves one enterprise only: no other active appointment',
  evaluate: (ctx) =>
    withExpert(ctx, (x) =>
      x.activeAppointments === 0
        ? out(true, '当前未在任何企业担任科技副总', 'holds no active appointment')
        : out(
            false,
            `已在任科技副总（${x.activeAppointments}项在任），只能服务一家企业`,
            `already holds ${x.activeAppointments} active appointment(s); may serve one enterprise only`,
          ),
    ),
};

export const E5: EligibilityRule = {
  code: RuleCode.E5,
  article: '第十七条',
  articleEn: 'Art. 17',
  title: '不在考核不合格后两年禁止申报期内 / Not within the two-year ban after an unqualified evaluation',
  evaluate: (ctx) =>
    withExpert(ctx, (x) =>
      x.bannedUntil !== null && ctx.today < x.bannedUntil
        ? out(false, `绩效考核不合格，${x.bannedUntil}前不得再次申报`, `graded unqualified: may not apply again before ${x.bannedUntil}`)
        : out(true, '不在考核不合格后的两年禁止申报期内', 'not within a two-year ban after an unqualified grade'),
    ),
};

export const E6: EligibilityRule = {
  code: RuleCode.E6,
  article: '第五条第2项',
  articleEn: 'Art. 5.2',
  title: '连续服务不少于两年 / A service period of at least two years with the same enterprise',
  evaluate: (ctx) => {
    const { proposedServiceStart: start, proposedServiceEnd: end } = ctx.application;
    if (!start || !end) return out(false, '未填写拟服务期限', 'the proposed service period is missing');
    const minEnd = addDays(addYears(start, 2), -1);
    return end >= minEnd
      ? out(true, `拟服务期限${start}至${end}，不少于两年`, `proposed service ${start} to ${end}: at least two years`)
      : out(
          false,
          `拟服务期限${start}至${end}，不足两年（至少至${minEnd}）`,
          `proposed service ${start} to ${end}: shorter than two years (must run to ${minEnd})`,
        );
  },
};

export const N1: EligibilityRule = {
  code: RuleCode.N1,
  article: '第九条第1项',
  articleEn: 'Art. 9.1',
  title: '聊城注册、独立法人、注册满一年 / Registered in Liaocheng, an independent legal person, registered at least one year',
  evaluate: (ctx) => {
    const e = ctx.enterprise;
    const years = ctx.settings.minRegisteredYears;
    if (!e.independentLegalPerson) return out(false, '分支机构，不具有独立法人资格', 'a branch, not an independent legal person');
    const ok = e.registeredOn <= addYears(ctx.today, -years);
    return ok
      ? out(
          true,
          `在聊城市${e.divisionName}注册的独立法人，注册于${e.registeredOn}，满${years}年`,
          `independent legal person registered in ${e.divisionName}, Liaocheng, on ${e.registeredOn}: at least ${years} year(s)`,
        )
      : out(false, `注册于${e.registeredOn}，注册不满${years}年`, `registered on ${e.registeredOn}: less than ${years} year(s)`);
  },
};

export const N2: EligibilityRule = {
  code: RuleCode.N2,
  article: '第九条第1项',
  articleEn: 'Art. 9.1',
  title: '非专家本人或其所在单位创办、入股 / Not founded by, nor invested in by, the expert or the expert’s institution',
  evaluate: (ctx) =>
    withExpert(ctx, (x) => {
      const byExpert = ctx.enterprise.expertTies.get(x.id);
      if (byExpert) return out(false, `拟选派专家本人${TIE_ZH[byExpert]}该企业`, `the expert is its ${byExpert.toLowerCase()}`);
      const byInstitution = ctx.enterprise.institutionTies.get(x.institutionId);
      if (byInstitution) {
        return out(
          false,
          `企业由拟选派专家所在单位${x.institutionName}${TIE_ZH[byInstitution]}`,
          `the expert's institution is its ${byInstitution.toLowerCase()}`,
        );
      }
      return out(true, '非拟选派专家本人或其所在单位创办、入股的企业', 'neither founded nor invested in by the expert or the institution');
    }),
};

export const N3: EligibilityRule = {
  code: RuleCode.N3,
  article: '第九条第1项',
  articleEn: 'Art. 9.1',
  title: '近三年无重大违法和不良信用，财务健全 / No major violation or bad credit in three years; sound finances',
  evaluate: (ctx) => {
    const e = ctx.enterprise;
    const years = ctx.settings.violationLookbackYears;
    if (!e.financesSound) return out(false, '财务制度不健全', 'financial management is not sound');
    if (e.violationOn !== null && e.violationOn >= addYears(ctx.today, -years)) {
      return out(
        false,
        `${e.violationOn}存在重大违法违规或不良信用记录，距今不足${years}年`,
        `major violation or bad-credit record on ${e.violationOn}, within ${years} years`,
      );
    }
    return out(
      true,
      `近${years}年无重大违法违规和不良信用记录，财务制度健全`,
      `no major violation or bad credit in ${years} years; sound finances`,
    );
  },
};

export const N4: EligibilityRule = {
  code: RuleCode.N4,
  article: '第九条第2项',
  articleEn: 'Art. 9.2',
  title: '研发投入占主营业务收入比例符合规定 / R&D spending ratio meets the requirement',
  evaluate: (ctx) => {
    const e = ctx.enterprise;
    const bp = rdThresholdBasisPoints(e.revenueFen, ctx.settings);
    // Exact: rd / revenue >= bp / 10000, in integers.
    const ok = BigInt(e.rdSpendingFen) * 10_000n >= BigInt(e.revenueFen) * BigInt(bp);
    const actual = e.revenueFen > 0 ? `${((e.rdSpendingFen / e.revenueFen) * 100).toFixed(2)}%` : '—';
    const zh = `上年度主营业务收入${formatYuan(e.revenueFen)}元，研发投入${formatYuan(e.rdSpendingFen)}元，占比${actual}，要求不低于${percent(bp)}`;
    const en = `revenue ${formatYuan(e.revenueFen)} yuan, R&D ${formatYuan(e.rdSpendingFen)} yuan (${actual}); at least ${percent(bp)} required`;
    return out(ok, zh, en);
  },
};

export const N5: EligibilityRule = {
  code: RuleCode.N5,
  article: '第十一条第2项',
  articleEn: 'Art. 11.2',
  title: '每月生活补助不低于1000元 / A monthly allowance of at least 1,000 yuan',
  evaluate: (ctx) => {
    const fen = ctx.application.monthlyAllowanceFen;
    const min = ctx.settings.minMonthlyAllowanceFen;
    return fen >= min
      ? out(
          true,
          `每月生活补助及交通费${formatYuan(fen)}元，不低于${formatYuan(min)}元`,
          `monthly allowance ${formatYuan(fen)} yuan, at least ${formatYuan(min)}`,
        )
      : out(
          false,
          `每月生活补助及交通费${formatYuan(fen)}元，低于${formatYuan(min)}元`,
          `monthly allowance ${formatYuan(fen)} yuan, below ${formatYuan(min)}`,
        );
  },
};

/** All eleven, in the order they are shown. */
export const RULES: readonly EligibilityRule[] = [E1, E2, E3, E4, E5, E6, N1, N2, N3, N4, N5];

export function ruleByCode(code: RuleCode): EligibilityRule {
  return RULES.find((r) => r.code === code)!;
}

export function evaluateRules(ctx: RuleContext, rules: readonly EligibilityRule[] = RULES): RuleResult[] {
  return rules.map((r) => ({ rule: r.code, article: r.article, articleEn: r.articleEn, ...r.evaluate(ctx) }));
}

/** Art. 12.2: holders of municipal-or-higher S&T projects, high-tech and gazelle enterprises are recommended first. */
export function priorityRecommended(e: Pick<EnterpriseFacts, 'highTech' | 'gazelle' | 'municipalProject'>): boolean {
  return e.highTech || e.gazelle || e.municipalProject;
}

/** Why an enterprise is recommended first, e.g. 高新技术企业、瞪羚企业 (empty when it is not). */
export function priorityGrounds(e: Pick<EnterpriseFacts, 'highTech' | 'gazelle' | 'municipalProject'>): string[] {
  const grounds: string[] = [];
  if (e.municipalProject) grounds.push('承担市级以上科技计划项目');
  if (e.highTech) grounds.push('高新技术企业');
  if (e.gazelle) grounds.push('瞪羚企业');
  return grounds;
}
