/**
 * The eligibility rules, each with a passing and a failing case named after its article, on
 * plain facts (the API tests show the same rules blocking real steps).
 */
import { describe, expect, it } from 'vitest';
import { RuleCode } from '../../server/dist/modules/application/application.enums';
import { TieKind } from '../../server/dist/modules/enterprise/enterprise-tie.entity';
import { Degree, ProfessionalTitle } from '../../server/dist/modules/expert/expert.entity';
import {
  E1,
  E2,
  E3,
  E4,
  E5,
  E6,
  evaluateRules,
  N1,
  N2,
  N3,
  N4,
  N5,
  priorityGrounds,
  priorityRecommended,
  RULES,
  type EligibilityRule,
  type EnterpriseFacts,
  type ExpertFacts,
  type RuleContext,
} from '../../server/dist/modules/workflow/rules';
import { DEFAULT_POLICY, policyFrom } from '../../server/dist/modules/workflow/settings';

const TODAY = '2026-11-25';

function expert(overrides: Partial<ExpertFacts> = {}): ExpertFacts {
  return {
    id: 7,
    name: '测试专家',
    degree: Degree.DOCTORATE,
    title: ProfessionalTitle.ASSOCIATE_SENIOR,
    workStartedOn: '2015-09-01',
    misconductOn: null,
    bannedUntil: null,
    institutionId: 3,
    institutionName: '聊城大学',
    activeAppointments: 0,
    ...overrides,
  };
}

function enterprise(overrides: Partial<EnterpriseFacts> = {}): EnterpriseFacts {
  return {
    id: 42,
    name: '聊城测试科技有限公司',
    divisionName: '东昌府区',
    registeredOn: '2018-04-10',
    independentLegalPerson: true,
    revenueFen: 3_000_000_000, // 30 million yuan: the 5% band
    rdSpendingFen: 180_000_000, // 6%
    violationOn: null,
    financesSound: true,
    highTech: false,
    gazelle: false,
    municipalProject: false,
    expertTies: new Map(),
    institutionTies: new Map(),
    ...overrides,
  };
}

function ctx(overrides: Partial<RuleContext> = {}): RuleContext {
  return {
    today: TODAY,
    expert: expert(),
    enterprise: enterprise(),
    application: { monthlyAllowanceFen: 200_000, proposedServiceStart: '2027-03-01', proposedServiceEnd: '2029-02-28' },
    settings: DEFAULT_POLICY,
    expertRequired: false,
    ...overrides,
  };
}

function expectRule(rule: EligibilityRule, c: RuleContext, passed: boolean, detail?: RegExp) {
  const out = rule.evaluate(c);
  expect(out.passed, out.detail).toBe(passed);
  expect(out.detail).toContain(' / ');
  if (detail) expect(out.detail).toMatch(detail);
}

describe('expert rules (Art. 2, 5, 17)', () => {
  it('E1 (Art. 2, 5.1) passes a doctorate or an associate-senior or senior title', () => {
    expectRule(E1, ctx(), true);
    expectRule(E1, ctx({ expert: expert({ degree: Degree.MASTER, title: ProfessionalTitle.SENIOR }) }), true);
    expectRule(E1, ctx({ expert: expert({ degree: Degree.BACHELOR, title: ProfessionalTitle.ASSOCIATE_SENIOR }) }), true);
  });
  it('E1 (Art. 2, 5.1) fails a master with an intermediate title', () => {
    expectRule(E1, ctx({ expert: expert({ degree: Degree.MASTER, title: ProfessionalTitle.INTERMEDIATE }) }), false, /不具有博士学位/);
  });

  it('E2 (Art. 5.1) passes two years of work experience to the day', () => {
    expectRule(E2, ctx({ expert: expert({ workStartedOn: '2024-11-25' }) }), true);
  });
  it('E2 (Art. 5.1) fails less than two years of work experience', () => {
    expectRule(E2, ctx({ expert: expert({ workStartedOn: '2024-11-26' }) }), false, /不满2年/);
  });

  it('E3 (Art. 5.4) passes no misconduct record, or one more than three years old', () => {
    expectRule(E3, ctx(), true);
    expectRule(E3, ctx({ expert: expert({ misconductOn: '2023-11-24' }) }), true);
  });
  it('E3 (Art. 5.4) fails a misconduct record within three years', () => {
    expectRule(E3, ctx({ expert: expert({ misconductOn: '2023-11-25' }) }), false, /学术不端或科研失信记录/);
  });

  it('E4 (Art. 5.5) passes an expert with no active appointment', () => {
    expectRule(E4, ctx(), true);
  });
  it('E4 (Art. 5.5) fails an expert who already serves an enterprise', () => {
    expectRule(E4, ctx({ expert: expert({ activeAppointments: 1 }) }), false, /只能服务一家企业/);
  });

  it('E5 (Art. 17) passes once the two-year ban has run out', () => {
    expectRule(E5, ctx({ expert: expert({ bannedUntil: TODAY }) }), true);
    expectRule(E5, ctx({ expert: expert({ bannedUntil: '2025-01-01' }) }), true);
  });
  it('E5 (Art. 17) fails within two years of an unqualified grade', () => {
    expectRule(E5, ctx({ expert: expert({ bannedUntil: '2026-11-26' }) }), false, /2026-11-26前不得再次申报/);
  });

  it('E6 (Art. 5.2) passes a service period of exactly two years', () => {
    expectRule(E6, ctx(), true);
    expectRule(
      E6,
      ctx({ application: { monthlyAllowanceFen: 200_000, proposedServiceStart: '2028-02-29', proposedServiceEnd: '2030-02-27' } }),
      true,
    );
  });
  it('E6 (Art. 5.2) fails a period one day short of two years, or none', () => {
    expectRule(
      E6,
      ctx({ application: { monthlyAllowanceFen: 200_000, proposedServiceStart: '2027-03-01', proposedServiceEnd: '2029-02-27' } }),
      false,
      /不足两年/,
    );
    expectRule(
      E6,
      ctx({ application: { monthlyAllowanceFen: 200_000, proposedServiceStart: null, proposedServiceEnd: null } }),
      false,
      /未填写/,
    );
  });

  it('leaves the expert rules open before two-way selection, and fails them once an expert is required', () => {
    for (const rule of [E1, E2, E3, E4, E5, N2]) {
      expectRule(rule, ctx({ expert: null }), true, /待双向选择后核验/);
      expectRule(rule, ctx({ expert: null, expertRequired: true }), false, /尚未确定拟选派专家/);
    }
  });
});

describe('enterprise rules (Art. 9, 11)', () => {
  it('N1 (Art. 9.1) passes an independent legal person registered a year ago to the day', () => {
    expectRule(N1, ctx({ enterprise: enterprise({ registeredOn: '2025-11-25' }) }), true, /独立法人/);
  });
  it('N1 (Art. 9.1) fails a branch, or a registration less than a year old', () => {
    expectRule(N1, ctx({ enterprise: enterprise({ independentLegalPerson: false }) }), false, /分支机构/);
    expectRule(N1, ctx({ enterprise: enterprise({ registeredOn: '2025-11-26' }) }), false, /注册不满1年/);
  });

  it('N2 (Art. 9.1) passes an enterprise with no tie to the expert or the institution', () => {
    expectRule(
      N2,
      ctx({ enterprise: enterprise({ expertTies: new Map([[99, TieKind.FOUNDER]]), institutionTies: new Map([[98, TieKind.INVESTOR]]) }) }),
      true,
    );
  });
  it('N2 (Art. 9.1) fails an enterprise founded by the expert or invested in by the institution', () => {
    expectRule(N2, ctx({ enterprise: enterprise({ expertTies: new Map([[7, TieKind.FOUNDER]]) }) }), false, /本人创办/);
    expectRule(N2, ctx({ enterprise: enterprise({ institutionTies: new Map([[3, TieKind.INVESTOR]]) }) }), false, /聊城大学入股/);
  });

  it('N3 (Art. 9.1) passes sound finances and a violation more than three years old', () => {
    expectRule(N3, ctx({ enterprise: enterprise({ violationOn: '2023-11-24' }) }), true);
  });
  it('N3 (Art. 9.1) fails a violation within three years, or unsound finances', () => {
    expectRule(N3, ctx({ enterprise: enterprise({ violationOn: '2023-11-25' }) }), false, /距今不足3年/);
    expectRule(N3, ctx({ enterprise: enterprise({ financesSound: false }) }), false, /财务制度不健全/);
  });

  it('N4 (Art. 9.2) passes each revenue band exactly at its threshold', () => {
    // Up to 50M yuan: 5%; up to 200M: 4%; above: 3% (the national high-tech rule).
    expectRule(N4, ctx({ enterprise: enterprise({ revenueFen: 5_000_000_000, rdSpendingFen: 250_000_000 }) }), true, /不低于5%/);
    expectRule(N4, ctx({ enterprise: enterprise({ revenueFen: 20_000_000_000, rdSpendingFen: 800_000_000 }) }), true, /不低于4%/);
    expectRule(N4, ctx({ enterprise: enterprise({ revenueFen: 20_000_000_001, rdSpendingFen: 600_000_001 }) }), true, /不低于3%/);
  });
  it('N4 (Art. 9.2) fails one fen below the threshold', () => {
    expectRule(N4, ctx({ enterprise: enterprise({ revenueFen: 5_000_000_000, rdSpendingFen: 249_999_999 }) }), false);
    expectRule(N4, ctx({ enterprise: enterprise({ revenueFen: 20_000_000_000, rdSpendingFen: 799_999_999 }) }), false);
  });

  it('N5 (Art. 11.2) passes an allowance of 1,000 yuan a month', () => {
    expectRule(N5, ctx({ application: { ...ctx().application, monthlyAllowanceFen: 100_000 } }), true);
  });
  it('N5 (Art. 11.2) fails an allowance one fen short', () => {
    expectRule(N5, ctx({ application: { ...ctx().application, monthlyAllowanceFen: 99_999 } }), false, /低于1000.00元/);
  });
});

describe('rules as data', () => {
  it('are the eleven of DOMAIN.md, each citing its article', () => {
    expect(RULES.map((r) => [r.code, r.article])).toEqual([
      ['E1', '第二条、第五条第1项'],
      ['E2', '第五条第1项'],
      ['E3', '第五条第4项'],
      ['E4', '第五条第5项'],
      ['E5', '第十七条'],
      ['E6', '第五条第2项'],
      ['N1', '第九条第1项'],
      ['N2', '第九条第1项'],
      ['N3', '第九条第1项'],
      ['N4', '第九条第2项'],
      ['N5', '第十一条第2项'],
    ]);
    expect(RULES.map((r) => r.code)).toEqual(Object.values(RuleCode));
    const results = evaluateRules(ctx());
    expect(results.every((r) => r.passed)).toBe(true);
  });

  it('take the thresholds the text leaves to other regulations from the settings', () => {
    const strict = policyFrom({
      'n5.minMonthlyAllowanceFen': 300_000,
      'e2.minWorkYears': 12,
      'e3.misconductLookbackYears': 10,
      'n1.minRegisteredYears': 10,
      'n3.lookbackYears': 10,
      'n4.rdRatio': [{ revenueUpToYuan: null, minRatio: 0.07 }],
    });
    const c = ctx({
      settings: strict,
      expert: expert({ misconductOn: '2018-01-01' }),
      enterprise: enterprise({ violationOn: '2018-01-01' }),
    });
    expect(
      evaluateRules(c)
        .filter((r) => !r.passed)
        .map((r) => r.rule),
    ).toEqual(['E2', 'E3', 'N1', 'N3', 'N4', 'N5']);
    expect(evaluateRules({ ...c, settings: DEFAULT_POLICY }).every((r) => r.passed)).toBe(true);
    // Unusable values keep the published defaults.
    expect(policyFrom({ 'n5.minMonthlyAllowanceFen': 'lots', 'n4.rdRatio': [] })).toEqual(DEFAULT_POLICY);
  });

  it('recommend municipal-project, high-tech and gazelle enterprises first (Art. 12.2)', () => {
    expect(priorityRecommended(enterprise())).toBe(false);
    expect(priorityRecommended(enterprise({ gazelle: true }))).toBe(true);
    expect(priorityGrounds(enterprise({ municipalProject: true, highTech: true }))).toEqual(['承担市级以上科技计划项目', '高新技术企业']);
  });
});
