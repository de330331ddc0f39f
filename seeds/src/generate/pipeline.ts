/**
 * Yearly calls, public notices and applications at every stage of Art. 12, each with its full
 * history (`review_decision`), the rules checked (`rule_check`), the Art. 13 materials, the
 * two-way selection (`candidate_match`), the tripartite agreement and any objection.
 * Recognised applications become appointments (origin CALL).
 */
import { createHash } from 'node:crypto';
import type { Rng } from '../random';
import type { Row } from '../schema';
import {
  CITY_RETURN_REASONS,
  COUNTY_RETURN_REASONS,
  OBJECTION_DISMISSED,
  OBJECTION_OPEN,
  OBJECTION_UPHELD,
  PROBLEMS,
  REVIEW_REJECT_REASONS,
  SECTOR_VOCAB,
  TECH_NEED_TEMPLATES,
  WITHDRAW_REASONS,
} from '../vocab';
import { pickAllowance, pickEnterprise, pickExpert, pickPosition, POSITION_ZH, reserve } from './allocate';
import { activeAppointmentOn, type ApptInfo, type Ctx, type EntInfo, type ExpInfo, isTied } from './context';
import { dayNum, firstOfNextMonth, instant, isoDay, periodEnd, plusYears, stamp } from './days';
import type { People } from './people';
import { ARTICLES, evaluateAll, evaluateRule, type Rule } from './rules';

export type Stage =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'COUNTY_APPROVED'
  | 'CITY_APPROVED'
  | 'MATCHED'
  | 'PARTY_APPROVED'
  | 'FILED'
  | 'IN_NOTICE'
  | 'RECOGNISED'
  | 'REJECTED'
  | 'WITHDRAWN';

export interface CallInfo {
  row: Row<'call'>;
  year: number;
  opensN: number;
  closesN: number;
  /** Latest day for a rejection or withdrawal in this call. */
  lastN: number;
}

export interface NoticeInfo {
  row: Row<'public_notice'>;
  call: CallInfo;
  startN: number;
  endN: number;
}

interface Transition {
  step: string;
  decision: string;
  from: Stage;
  to: Stage;
  role: string;
  reason: string | null;
  rule: string | null;
  /** Typical days this step takes, to spread the history realistically. */
  typical: number;
  t: number;
}

export interface AppInfo {
  row: Row<'application'>;
  call: CallInfo;
  ent: EntInfo;
  exp: ExpInfo | null;
  transitions: Transition[];
  submitN: number;
  recN: number | null;
  startN: number | null;
  endN: number | null;
  tripartite: Row<'agreement'> | null;
  topic: string;
}

export interface AppSpec {
  kind: 'notice' | 'progress' | 'draft' | 'reject' | 'withdraw';
  /** progress: current stage; withdraw: stage withdrawn from. */
  stage?: Stage;
  notice?: NoticeInfo;
  recognise?: boolean;
  objection?: 'OPEN' | 'DISMISSED' | 'UPHELD';
  rule?: Rule;
  reasonStep?: 'COUNTY_REVIEW' | 'CITY_REVIEW' | 'MATCHING' | 'PARTY_REVIEW';
  returned?: boolean;
}

const FORWARD: { to: Stage; step: string; role: string; typical: number; reason: string | null }[] = [
  { to: 'SUBMITTED', step: 'SUBMISSION', role: 'ENTERPRISE', typical: 0, reason: null },
  { to: 'COUNTY_APPROVED', step: 'COUNTY_REVIEW', role: 'COUNTY_BUREAU', typical: 12, reason: '企业资质符合要求，技术需求合理，同意推荐' },
  { to: 'CITY_APPROVED', step: 'CITY_REVIEW', role: 'ST_BUREAU', typical: 18, reason: '复审通过，列入派驻企业初步名单并与高校院所对接' },
  { to: 'MATCHED', step: 'MATCHING', role: 'ST_BUREAU', typical: 25, reason: '双向选择洽谈一致，确定拟派驻人选' },
  { to: 'PARTY_APPROVED', step: 'PARTY_REVIEW', role: 'ST_BUREAU', typical: 12, reason: '经局党组会议研究审议通过' },
  { to: 'FILED', step: 'FILING', role: 'ST_BUREAU', typical: 5, reason: '报市委组织部备案' },
];
const ORDER: Stage[] = ['DRAFT', ...FORWARD.map((f) => f.to)];

/** Where a failing rule stops a case: enterprise rules at the county, expert rules at the city. */
const RULE_STEP: Record<Rule, 'COUNTY_REVIEW' | 'CITY_REVIEW' | 'MATCHING'> = {
  N1: 'COUNTY_REVIEW',
  N3: 'COUNTY_REVIEW',
  N4: 'COUNTY_REVIEW',
  N5: 'COUNTY_REVIEW',
  E6: 'COUNTY_REVIEW',
  E1: 'CITY_REVIEW',
  E2: 'CITY_REVIEW',
  E3: 'CITY_REVIEW',
  E5: 'CITY_REVIEW',
  N2: 'CITY_REVIEW',
  E4: 'MATCHING',
};
const STEP_FROM: Record<string, Stage> = {
  COUNTY_REVIEW: 'SUBMITTED',
  CITY_REVIEW: 'COUNTY_APPROVED',
  MATCHING: 'CITY_APPROVED',
  PARTY_REVIEW: 'MATCHED',
};
const STEP_ROLE: Record<string, string> = {
  COUNTY_REVIEW: 'COUNTY_BUREAU',
  CITY_REVIEW: 'ST_BUREAU',
  MATCHING: 'ST_BUREAU',
  PARTY_REVIEW: 'ST_BUREAU',
};
const STEP_TYPICAL: Record<string, number> = { COUNTY_REVIEW: 12, CITY_REVIEW: 18, MATCHING: 25, PARTY_REVIEW: 12 };

const MATERIALS: [kind: string, zh: string, ext: 'pdf' | 'jpg'][] = [
  ['APPLICATION_FORM', '聊城市科技副总申报表', 'pdf'],
  ['TRIPARTITE_AGREEMENT', '三方协议', 'pdf'],
  ['EXPERT_ID', '身份证复印件', 'jpg'],
  ['EXPERT_DEGREE', '学历学位证书', 'pdf'],
  ['EXPERT_TITLE', '职称证明', 'pdf'],
  ['EXPERT_ACHIEVEMENTS', '专利奖励论文项目及业绩介绍', 'pdf'],
  ['BUSINESS_LICENCE', '营业执照', 'pdf'],
  ['FINANCIAL_STATEMENTS', '上年度财务报表', 'pdf'],
  ['CREDIT_REPORT', '企业信用报告', 'pdf'],
  ['RD_SPENDING_PROOF', '研发投入证明', 'pdf'],
  ['GREEN_THRESHOLD', '涉企财政资金绿色门槛证明', 'pdf'],
];

function transition(
  f: Stage,
  to: Stage,
  step: string,
  decision: string,
  role: string,
  typical: number,
  reason: string | null = null,
  rule: string | null = null,
): Transition {
  return { step, decision, from: f, to, role, reason, rule, typical, t: 0 };
}

/** The forward passes from DRAFT up to `stage`, optionally with a return for correction on the way. */
function forwardTo(rng: Rng, stage: Stage, allowReturns: boolean): Transition[] {
  const upto = ORDER.indexOf(stage);
  const out: Transition[] = [];
  for (let i = 1; i <= upto; i++) {
    const f = FORWARD[i - 1];
    const from = ORDER[i - 1];
    if (allowReturns && f.to === 'COUNTY_APPROVED' && rng.chance(0.12)) {
      out.push(transition('SUBMITTED', 'DRAFT', 'COUNTY_REVIEW', 'RETURN', 'COUNTY_BUREAU', 8, rng.pick(COUNTY_RETURN_REASONS)));
      out.push(transition('DRAFT', 'SUBMITTED', 'SUBMISSION', 'SUBMIT', 'ENTERPRISE', 6, '按意见修改后重新提交'));
    }
    if (allowReturns && f.to === 'CITY_APPROVED' && rng.chance(0.05)) {
      out.push(transition('COUNTY_APPROVED', 'DRAFT', 'CITY_REVIEW', 'RETURN', 'ST_BUREAU', 10, rng.pick(CITY_RETURN_REASONS)));
      out.push(transition('DRAFT', 'SUBMITTED', 'SUBMISSION', 'SUBMIT', 'ENTERPRISE', 6, '按意见修改后重新提交'));
      out.push(transition('SUBMITTED', 'COUNTY_APPROVED', 'COUNTY_REVIEW', 'PASS', 'COUNTY_BUREAU', 5, FORWARD[1].reason));
    }
    out.push(transition(from, f.to, f.step, f.step === 'SUBMISSION' ? 'SUBMIT' : 'PASS', f.role, f.typical, f.reason));
  }
  return out;
}

/** Days for transitions 1..k after day `first`, the last on `last`, in order, spread by typical length. */
function spreadDays(rng: Rng, first: number, last: number, typicals: number[]): number[] {
  const k = typicals.length;
  if (k === 0) return [];
  const span = Math.max(0, last - first);
  const out: number[] = [];
  if (span >= k) {
    const w = typicals.map((x) => Math.max(1, x) * rng.real(0.5, 1.8));
    const total = w.reduce((a, b) => a + b, 0);
    const extra = span - k;
    const gaps = w.map((x) => 1 + Math.floor((extra * x) / total));
    let rem = span - gaps.reduce((a, b) => a + b, 0);
    for (let i = 0; rem > 0; i = (i + 1) % k, rem--) gaps[i]++;
    let d = first;
    for (const g of gaps) out.push((d += g));
  } else {
    for (let i = 1; i <= k; i++) out.push(first + Math.floor((i * span) / k));
  }
  return out;
}

export class Pipeline {
  private readonly filedApps: AppInfo[] = [];
  readonly recognised = new Map<number, AppInfo[]>();

  constructor(
    private readonly ctx: Ctx,
    private readonly people: People,
  ) {}

  call(year: number, opens: string, closes: string, published: string, lastN: number): CallInfo {
    const ctx = this.ctx;
    const opensN = dayNum(opens);
    const closesN = dayNum(closes);
    const row: Row<'call'> = {
      id: ctx.id('call'),
      year,
      title: `关于征集聊城市${year}年度“科技副总”选派需求的通知`,
      opens_on: opens,
      closes_on: closes,
      status: ctx.asOfN > closesN ? 'CLOSED' : 'PUBLISHED',
      conditions:
        '申报企业须在聊城市行政区域内注册，具有独立法人资格，注册满1年，近三年无重大违法违规和不良信用记录，财务制度健全，研发投入比例符合规定，每月为科技副总提供不低于1000元生活补助及交通费（第九条、第十一条）；拟选派专家须具有博士学位或副高级及以上职称，两年以上工作经历，近三年无学术不端、科研失信记录，只服务一家企业且连续服务不少于两年（第五条）。承担市级以上科技计划项目、高新技术企业、瞪羚企业优先推荐（第十二条）。',
      materials_required:
        '1.聊城市“科技副总”申报表；2.企业、专家及其所在单位三方协议；3.专家身份证、学历学位证书、职称证明、专利、奖励、论文、项目等材料；4.企业营业执照、上年度财务报表、企业信用报告、研发投入证明、涉企财政资金绿色门槛证明等（第十三条）。',
      published_at: `${published}T10:00:00+08:00`,
    };
    ctx.t.call.push(row);
    const info: CallInfo = { row, year, opensN, closesN, lastN };
    this.recognised.set(year, []);
    return info;
  }

  /** A public notice of at least 5 Chinese working days starting on the first working day on or after `startN`. */
  notice(call: CallInfo, startN: number, batch: number, extraWorkdays = 0): NoticeInfo {
    const ctx = this.ctx;
    const start = ctx.workdayOnOrAfter(startN);
    const end = dayNum(ctx.cal.endOfWorkdays(isoDay(start), 5 + extraWorkdays));
    const row: Row<'public_notice'> = {
      id: ctx.id('public_notice'),
      call_id: call.row.id,
      title: `聊城市${call.year}年度“科技副总”拟认定人选公示（第${'一二三四五六'[batch - 1]}批）`,
      starts_on: isoDay(start),
      ends_on: isoDay(end),
      channel: '聊城市科学技术局官方网站',
      status: ctx.asOfN > end ? 'CLOSED' : 'OPEN',
      published_at: `${isoDay(start)}T09:00:00+08:00`,
    };
    ctx.t.public_notice.push(row);
    return { row, call, startN: start, endN: end };
  }

  build(rng: Rng, call: CallInfo, spec: AppSpec): AppInfo {
    const ctx = this.ctx;
    const asOfN = ctx.asOfN;
    const term = rng.chance(0.8) ? 2 : 3;
    let trs: Transition[] = [];
    let firstN: number;
    let createdN: number;
    let reserveTo: number;
    let recN: number | null = null;
    let startN: number | null = null;
    let endN: number | null = null;
    let objection: { receivedN: number; resolvedN: number | null; content: string; status: string; resolution: string | null } | null =
      null;
    let rejectionReason: string | null = null;
    let rejectionRule: string | null = null;
    let withExpert = true;

    if (spec.kind === 'notice') {
      const notice = spec.notice!;
      trs = forwardTo(rng, 'FILED', true);
      const lastN = notice.startN - rng.int(2, 8);
      firstN = rng.int(call.opensN, Math.max(call.opensN, Math.min(call.closesN, lastN - 40)));
      this.schedule(rng, trs, firstN, lastN);
      const inNotice = transition('FILED', 'IN_NOTICE', 'NOTICE', 'PASS', 'ST_BUREAU', 0, `列入${notice.row.title}`);
      inNotice.t = instant(notice.startN, 9 * 60 + rng.int(0, 40));
      trs.push(inNotice);
      let latestEvent = notice.endN;
      if (spec.objection) {
        const receivedN = rng.int(notice.startN, Math.max(notice.startN, Math.min(notice.endN, asOfN - 1)));
        const content = rng.pick(
          spec.objection === 'OPEN' ? OBJECTION_OPEN : spec.objection === 'DISMISSED' ? OBJECTION_DISMISSED : OBJECTION_UPHELD,
        );
        const hold = transition('IN_NOTICE', 'IN_NOTICE', 'OBJECTION', 'HOLD', 'ST_BUREAU', 0, `收到异议：${content}`);
        hold.t = instant(receivedN, 14 * 60 + rng.int(0, 180));
        trs.push(hold);
        objection = { receivedN, resolvedN: null, content, status: spec.objection, resolution: null };
        if (spec.objection !== 'OPEN') {
          const resolvedN = Math.min(asOfN, receivedN + rng.int(2, spec.objection === 'UPHELD' ? 10 : 7));
          objection.resolvedN = resolvedN;
          if (spec.objection === 'DISMISSED') {
            objection.resolution = '经调查核实，异议反映问题不属实，异议不成立，继续认定程序';
            const release = transition('IN_NOTICE', 'IN_NOTICE', 'OBJECTION', 'RELEASE', 'ST_BUREAU', 0, objection.resolution);
            release.t = instant(resolvedN, 15 * 60 + rng.int(0, 120));
            trs.push(release);
          } else {
            objection.resolution = '经调查核实，异议反映问题属实，异议成立，不予认定';
            const reject = transition('IN_NOTICE', 'REJECTED', 'OBJECTION', 'REJECT', 'ST_BUREAU', 0, objection.resolution);
            reject.t = instant(resolvedN, 15 * 60 + rng.int(0, 120));
            trs.push(reject);
            rejectionReason = objection.resolution;
          }
          latestEvent = Math.max(latestEvent, resolvedN);
        }
      }
      startN = firstOfNextMonth(notice.endN + 10);
      if (spec.recognise) {
        recN = Math.min(asOfN, ctx.workdayOnOrAfter(Math.max(notice.endN + rng.int(3, 8), latestEvent + rng.int(1, 3))));
        while (startN <= recN) startN = firstOfNextMonth(startN);
        const rec = transition(
          'IN_NOTICE',
          'RECOGNISED',
          'RECOGNITION',
          'PASS',
          'ST_BUREAU',
          0,
          '公示期满无异议（或异议已处理），正式发文认定并颁发证书',
        );
        rec.t = instant(recN, 10 * 60 + rng.int(0, 90));
        trs.push(rec);
      }
      endN = periodEnd(startN, term);
      createdN = firstN - rng.int(3, 15);
      reserveTo = spec.objection === 'UPHELD' ? objection!.resolvedN! : endN;
    } else if (spec.kind === 'progress') {
      trs = forwardTo(rng, spec.stage!, true);
      let lastN = Math.max(call.opensN, asOfN - rng.int(1, 20));
      if (trs.length === 1) lastN = Math.min(lastN, call.closesN);
      const typical = trs.slice(1).reduce((a, t) => a + t.typical, 0) * rng.real(0.7, 1.3);
      firstN = trs.length === 1 ? lastN : Math.max(call.opensN, Math.min(call.closesN, lastN - Math.round(typical)));
      this.schedule(rng, trs, firstN, lastN);
      startN = firstOfNextMonth(asOfN + rng.int(20, 80));
      endN = periodEnd(startN, term);
      createdN = firstN - rng.int(3, 15);
      reserveTo = endN;
    } else if (spec.kind === 'draft') {
      withExpert = rng.chance(0.7);
      if (spec.returned) {
        const upto: Stage = rng.chance(0.6) ? 'SUBMITTED' : 'COUNTY_APPROVED';
        trs = forwardTo(rng, upto, false);
        const city = upto === 'COUNTY_APPROVED';
        rejectionReason = rng.pick(city ? CITY_RETURN_REASONS : COUNTY_RETURN_REASONS);
        trs.push(
          transition(
            upto,
            'DRAFT',
            city ? 'CITY_REVIEW' : 'COUNTY_REVIEW',
            'RETURN',
            city ? 'ST_BUREAU' : 'COUNTY_BUREAU',
            8,
            rejectionReason,
          ),
        );
        withExpert = true;
        const lastN = Math.max(call.opensN + trs.length, asOfN - rng.int(1, 15));
        const typical = trs.slice(1).reduce((a, t) => a + t.typical, 0) * rng.real(0.7, 1.3);
        firstN = Math.max(call.opensN, Math.min(call.closesN, lastN - Math.round(typical)));
        this.schedule(rng, trs, firstN, lastN);
        createdN = firstN - rng.int(3, 15);
      } else {
        createdN = rng.int(call.opensN, Math.max(call.opensN, Math.min(asOfN - 1, call.closesN)));
        firstN = createdN;
      }
      if (rng.chance(0.6) || spec.returned) {
        startN = firstOfNextMonth(asOfN + rng.int(30, 90));
        endN = periodEnd(startN, term);
      }
      reserveTo = endN ?? asOfN + 365;
    } else {
      // reject or withdraw
      let from: Stage;
      let terminal: Transition;
      if (spec.kind === 'reject') {
        const step = spec.rule ? RULE_STEP[spec.rule] : spec.reasonStep!;
        from = STEP_FROM[step];
        trs = forwardTo(rng, from, !spec.rule);
        terminal = transition(from, 'REJECTED', step, 'REJECT', STEP_ROLE[step], STEP_TYPICAL[step]);
        if (!spec.rule) {
          rejectionReason = rng.pick(REVIEW_REJECT_REASONS[step]);
          terminal.reason = rejectionReason;
        }
      } else {
        from = spec.stage ?? 'DRAFT';
        trs = from === 'DRAFT' ? [] : forwardTo(rng, from, false);
        terminal = transition(from, 'WITHDRAWN', 'WITHDRAWAL', 'WITHDRAW', 'ENTERPRISE', 10, rng.pick(WITHDRAW_REASONS));
        if (from === 'DRAFT') withExpert = rng.chance(0.5);
      }
      trs.push(terminal);
      const latest = call.lastN;
      firstN = rng.int(call.opensN, Math.max(call.opensN, Math.min(call.closesN, latest - 15)));
      const typical = trs.slice(1).reduce((a, t) => a + t.typical, 0) * rng.real(0.7, 1.3);
      const lastN = trs.length === 1 ? firstN : Math.min(latest, firstN + Math.max(trs.length, Math.round(typical)));
      this.schedule(rng, trs, firstN, lastN);
      createdN = firstN - rng.int(3, 15);
      startN = firstOfNextMonth(firstN + rng.int(90, 150));
      endN = spec.rule === 'E6' ? plusYears(startN, 1) - 1 + rng.pick([0, 181]) : periodEnd(startN, term);
      reserveTo = lastN;
    }

    // Who: chosen for the day the case was (first) submitted, so every rule holds or fails as intended.
    const atN = firstN;
    const { ent, exp } = this.participants(rng, call, spec, atN, createdN, reserveTo, withExpert);
    if (exp && exp.pool === 'main' && spec.rule !== 'E4' && spec.rule !== 'E5') reserve(exp, Math.min(createdN, firstN), reserveTo);
    ent.appliedIn.add(call.year);
    const allowanceFen = spec.rule === 'N5' ? rng.pick([50_000, 60_000, 80_000]) : pickAllowance(rng);

    const submitted = trs.some((t) => t.decision === 'SUBMIT');
    const outcomes = submitted ? evaluateAll({ exp, ent, atN, allowanceFen, startN, endN }) : [];
    const failing = outcomes.filter((o) => !o.passed).map((o) => o.rule);
    const expected = spec.rule ? [spec.rule] : [];
    if (submitted && failing.join() !== expected.join()) {
      throw new Error(`seed generator: application meant to fail [${expected}] fails [${failing}] (call ${call.year}, ${spec.kind})`);
    }
    if (spec.rule) {
      const fail = outcomes.find((o) => o.rule === spec.rule)!;
      rejectionRule = spec.rule;
      rejectionReason = `不符合规则${spec.rule}（${ARTICLES[spec.rule]}）：${fail.detail}`;
      const terminal = trs[trs.length - 1];
      terminal.rule = spec.rule;
      terminal.reason = rejectionReason;
    }

    const vocab = SECTOR_VOCAB[ent.sectorCode];
    const topic = rng.pick(vocab.topics);
    const last = trs[trs.length - 1];
    let stage: Stage = trs.length ? last.to : 'DRAFT';
    const stageChanging = trs.filter((t) => t.from !== t.to);
    const stageEnteredT = stageChanging.length ? stageChanging[stageChanging.length - 1].t : ctx.officeTime(rng, createdN);
    const submits = trs.filter((t) => t.decision === 'SUBMIT');
    if (spec.kind === 'draft' && spec.returned) stage = 'DRAFT';
    const reached = new Set(trs.map((t) => t.to));
    const priority = reached.has('COUNTY_APPROVED') && (ent.row.high_tech || ent.row.gazelle || ent.row.municipal_project);
    // Art. 12.2: municipal-project holders, high-tech and gazelle enterprises are recommended first.
    if (priority) for (const t of trs) if (t.to === 'COUNTY_APPROVED' && t.decision === 'PASS') t.reason = `${t.reason}（优先推荐）`;

    const row: Row<'application'> = {
      id: ctx.id('application'),
      call_id: call.row.id,
      enterprise_id: ent.row.id,
      division_id: ent.row.division_id,
      sector_id: ent.row.sector_id,
      proposed_expert_id: exp ? exp.row.id : null,
      tech_needs: rng.pick(TECH_NEED_TEMPLATES).replace('{topic}', topic).replace('{problem}', rng.pick(PROBLEMS)),
      proposed_position: pickPosition(rng),
      proposed_service_start: startN === null ? null : isoDay(startN),
      proposed_service_end: endN === null ? null : isoDay(endN),
      monthly_allowance_fen: allowanceFen,
      stage,
      on_hold: objection?.status === 'OPEN',
      priority_recommended: priority,
      submitted_at: submits.length ? stamp(submits[submits.length - 1].t) : null,
      stage_entered_at: stamp(stageEnteredT),
      rejection_rule: rejectionRule,
      rejection_reason: rejectionReason,
      notice_id: spec.notice ? spec.notice.row.id : null,
    };
    ctx.t.application.push(row);

    for (const tr of trs) {
      ctx.t.review_decision.push({
        id: ctx.id('review_decision'),
        application_id: row.id,
        step: tr.step,
        decision: tr.decision,
        from_stage: tr.from,
        to_stage: tr.to,
        reason: tr.reason,
        rule_code: tr.rule,
        actor_role: tr.role,
        decided_at: stamp(tr.t),
      });
    }

    // Rules: all eleven on submission; the failing one again where the reviewer stopped the case;
    // the expert rules again once two-way selection has fixed the expert.
    if (submitted) {
      const at = stamp(submits[0].t + 2);
      for (const o of outcomes) this.ruleCheck(row.id, o.rule, 'SUBMISSION', o.passed, o.detail, at);
      if (spec.rule) {
        const fail = outcomes.find((o) => o.rule === spec.rule)!;
        this.ruleCheck(row.id, spec.rule, last.step, false, fail.detail, stamp(last.t - 3));
      }
      const matched = trs.find((t) => t.to === 'MATCHED');
      if (matched) {
        const mN = Math.floor(matched.t / 1440);
        for (const r of ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'N2'] as Rule[]) {
          const o = evaluateRule(r, { exp, ent, atN: mN, allowanceFen, startN, endN });
          if (!o.passed) throw new Error(`seed generator: matched expert fails ${r} on ${isoDay(mN)}`);
          this.ruleCheck(row.id, r, 'MATCHING', true, o.detail, stamp(matched.t - 5));
        }
      }
    }

    this.materials(rng, row.id, submitted ? MATERIALS.length : rng.int(2, 9), submitted ? submits[0].t : null, createdN);
    if (reached.has('CITY_APPROVED')) this.candidates(rng, row.id, ent, exp, spec, reached.has('MATCHED'), topic);

    let tripartite: Row<'agreement'> | null = null;
    if (submitted && exp) {
      tripartite = {
        id: ctx.id('agreement'),
        application_id: row.id,
        appointment_id: null,
        kind: 'TRIPARTITE',
        signed_on: isoDay(firstN - rng.int(3, 20)),
        service_start: startN === null ? null : isoDay(startN),
        service_end: endN === null ? null : isoDay(endN),
        content: `${exp.row.name}（${exp.institution.name_zh}）受聘担任${ent.row.name}${POSITION_ZH[row.proposed_position]}，负责${topic}等技术创新工作，每年驻企服务不少于30天`,
        ip_ownership: rng.pick([
          '职务技术成果知识产权归企业所有，专家享有署名权和获得奖励的权利',
          '合作研发成果由企业与派出单位共有，企业享有优先实施权和受让权',
        ]),
        funding_terms: `企业每月提供生活补助及交通费${allowanceFen / 100}元，并保障必需的科研经费`,
        monthly_allowance_fen: allowanceFen,
        enterprise_signatory: null,
        document_ref: null,
      };
      ctx.t.agreement.push(tripartite);
    }

    if (objection) {
      ctx.t.objection.push({
        id: ctx.id('objection'),
        notice_id: spec.notice!.row.id,
        application_id: row.id,
        received_on: isoDay(objection.receivedN),
        content: objection.content,
        status: objection.status,
        resolved_on: objection.resolvedN === null ? null : isoDay(objection.resolvedN),
        resolution: objection.resolution,
      });
    }

    const info: AppInfo = { row, call, ent, exp, transitions: trs, submitN: firstN, recN, startN, endN, tripartite, topic };
    if (reached.has('FILED')) this.filedApps.push(info);
    if (stage === 'RECOGNISED') this.recognised.get(call.year)!.push(info);
    return info;
  }

  private schedule(rng: Rng, trs: Transition[], firstN: number, lastN: number): void {
    if (!trs.length) return;
    const days = [
      firstN,
      ...spreadDays(
        rng,
        firstN,
        lastN,
        trs.slice(1).map((t) => t.typical),
      ),
    ];
    let prev = -Infinity;
    trs.forEach((tr, i) => {
      let t = this.ctx.officeTime(rng, days[i]);
      if (t <= prev) t = prev + rng.int(5, 40);
      tr.t = t;
      prev = t;
    });
  }

  private participants(
    rng: Rng,
    call: CallInfo,
    spec: AppSpec,
    atN: number,
    createdN: number,
    reserveTo: number,
    withExpert: boolean,
  ): { ent: EntInfo; exp: ExpInfo | null } {
    const ctx = this.ctx;
    const from = Math.min(createdN, atN);
    const rule = spec.rule;
    const fresh = (kind: 'young' | 'branch' | 'violation' | 'unsound' | 'lowRd') => this.people.enterprise(rng, { kind, atN });
    let ent: EntInfo;
    if (rule === 'N1') ent = fresh(rng.chance(0.5) ? 'young' : 'branch');
    else if (rule === 'N3') ent = fresh(rng.chance(0.6) ? 'violation' : 'unsound');
    else if (rule === 'N4') ent = fresh('lowRd');
    else ent = pickEnterprise(ctx, rng, atN, call.year);

    if (!withExpert) return { ent, exp: null };
    if (rule === 'E1' || rule === 'E2' || rule === 'E3') {
      for (;;) {
        const exp = this.people.expert(rng, { pool: rule, sectorCode: ent.sectorCode, atN });
        if (!isTied(ent, exp)) return { ent, exp };
      }
    }
    if (rule === 'E4' || rule === 'E5') {
      const holds = (x: ExpInfo) => activeAppointmentOn(x, atN) !== undefined;
      const banned = (x: ExpInfo) => x.banFromN !== null && x.banFromN <= atN && atN < x.banUntilN!;
      const passesOthers = (x: ExpInfo) =>
        x.pool === 'main' &&
        !isTied(ent, x) &&
        x.workN <= plusYears(atN, -2) &&
        (x.misconductN === null || x.misconductN < plusYears(atN, -3));
      const wanted =
        rule === 'E4'
          ? (x: ExpInfo) => holds(x) && !banned(x) && passesOthers(x)
          : (x: ExpInfo) => banned(x) && !holds(x) && passesOthers(x);
      const all = ctx.exps;
      let exp: ExpInfo | undefined;
      for (let i = 0; i < 400 && !exp; i++) {
        const x = all[Math.floor(rng.next() * all.length)];
        if (wanted(x)) exp = x;
      }
      exp ??= all.find(wanted);
      if (!exp) throw new Error(`seed generator: no expert to illustrate rule ${rule} on ${isoDay(atN)}`);
      return { ent, exp };
    }
    const exp = pickExpert(ctx, rng, ent, from, reserveTo, atN);
    if (!exp) throw new Error(`seed generator: no free eligible expert on ${isoDay(atN)}; the scale is too small`);
    if (rule === 'N2') {
      // The expert, or the expert's institution, founded or holds shares in the enterprise.
      this.people.tie(rng, ent, rng.chance(0.5) ? { expert: exp } : { institution: exp.institution }, atN);
    }
    return { ent, exp };
  }

  private ruleCheck(applicationId: number, rule: Rule, step: string, passed: boolean, detail: string, at: string): void {
    this.ctx.t.rule_check.push({
      id: this.ctx.id('rule_check'),
      application_id: applicationId,
      rule,
      article: ARTICLES[rule],
      step,
      passed,
      detail,
      evaluated_at: at,
    });
  }

  private materials(rng: Rng, applicationId: number, count: number, submitT: number | null, createdN: number): void {
    const ctx = this.ctx;
    const kinds =
      count >= MATERIALS.length ? MATERIALS : rng.sample(MATERIALS, count).sort((a, b) => MATERIALS.indexOf(a) - MATERIALS.indexOf(b));
    for (const [kind, zh, ext] of kinds) {
      const text = Buffer.from(`techvp synthetic ${kind} for application ${applicationId}\n`, 'utf8');
      const content =
        ext === 'pdf'
          ? Buffer.concat([Buffer.from('%PDF-1.4\n%'), text, Buffer.from('%%EOF\n')])
          : Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xfe]), text, Buffer.from([0xff, 0xd9])]);
      const uploadedT =
        submitT !== null ? submitT - rng.int(10, 5 * 1440) : ctx.officeTime(rng, Math.min(ctx.asOfN, createdN + rng.int(0, 20)));
      ctx.t.application_material.push({
        id: ctx.id('application_material'),
        application_id: applicationId,
        kind,
        file_name: `${zh}.${ext}`,
        mime_type: ext === 'pdf' ? 'application/pdf' : 'image/jpeg',
        size_bytes: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        content,
        uploaded_at: stamp(uploadedT),
      });
    }
  }

  private candidates(
    rng: Rng,
    applicationId: number,
    ent: EntInfo,
    exp: ExpInfo | null,
    spec: AppSpec,
    matched: boolean,
    topic: string,
  ): void {
    const ctx = this.ctx;
    const sameSector = ctx.expertsBySector.get(ent.sectorCode) ?? ctx.exps;
    // A few more experts of the sector, by random draws (the sector may hold thousands at scale 50).
    const others: ExpInfo[] = [];
    const wanted = rng.int(1, 3);
    for (let i = 0; i < 30 && others.length < wanted; i++) {
      const x = sameSector[Math.floor(rng.next() * sameSector.length)];
      if (x !== exp && !others.includes(x) && !isTied(ent, x)) others.push(x);
    }
    const list: { x: ExpInfo; selected: boolean }[] = [];
    if (exp) list.push({ x: exp, selected: matched });
    for (const x of others) list.push({ x, selected: false });
    const pendingStage = !matched && spec.kind !== 'reject';
    for (const { x, selected } of rng.shuffled(list)) {
      let opinions: [string, string, string];
      if (selected) opinions = ['AGREE', 'AGREE', 'AGREE'];
      else if (pendingStage)
        opinions = [rng.pick(['PENDING', 'PENDING', 'AGREE']), rng.pick(['PENDING', 'AGREE']), rng.pick(['PENDING', 'PENDING', 'AGREE'])];
      else if (spec.rule === 'E4' && x === exp) opinions = ['AGREE', 'AGREE', 'AGREE'];
      else {
        opinions = [rng.pick(['AGREE', 'DECLINE']), rng.pick(['AGREE', 'DECLINE', 'PENDING']), 'DECLINE'];
        if (rng.chance(0.4)) opinions = ['DECLINE', opinions[1], rng.pick(['AGREE', 'DECLINE'])];
      }
      const kw = x.row.keywords.slice(0, 2).join('、');
      const score = selected ? rng.int(78, 98) : rng.int(40, 88);
      ctx.t.candidate_match.push({
        id: ctx.id('candidate_match'),
        application_id: applicationId,
        expert_id: x.row.id,
        score,
        rationale: `研究方向（${kw}）与企业需求“${topic}”${score >= 75 ? '高度契合' : score >= 60 ? '较为相关' : '部分相关'}；${x.institution.name_zh}在该领域具有科研平台支撑`,
        enterprise_opinion: opinions[0],
        institution_opinion: opinions[1],
        expert_opinion: opinions[2],
        selected,
      });
    }
  }

  /** Recognised applications become appointments, numbered without gaps per call year. */
  appoint(rng: Rng, year: number): ApptInfo[] {
    const ctx = this.ctx;
    const apps = this.recognised
      .get(year)!
      .slice()
      .sort((a, b) => a.recN! - b.recN! || a.row.id - b.row.id);
    const out: ApptInfo[] = [];
    apps.forEach((app, i) => {
      const exp = app.exp!;
      const seq = i + 1;
      const startN = app.startN!;
      const endN = app.endN!;
      let endedN: number | null = null;
      if (rng.chance(0.02) && startN + 90 < ctx.asOfN - 1) endedN = rng.int(startN + 60, Math.min(ctx.asOfN - 1, endN - 1));
      const row: Row<'appointment'> = {
        id: ctx.id('appointment'),
        expert_id: exp.row.id,
        enterprise_id: app.ent.row.id,
        division_id: app.ent.row.division_id,
        sector_id: app.ent.row.sector_id,
        application_id: app.row.id,
        origin: 'CALL',
        cohort_year: year,
        position: app.row.proposed_position,
        service_start: isoDay(startN),
        service_end: isoDay(endN),
        recognition_doc_no: `聊科副总〔${year}〕${seq}号`,
        certificate_no: `聊科副总证〔${year}〕第${String(seq).padStart(4, '0')}号`,
        recognised_on: isoDay(app.recN!),
        status: 'ACTIVE',
        ended_on: endedN === null ? null : isoDay(endedN),
        end_reason: null,
        monthly_allowance_fen: app.row.monthly_allowance_fen,
      };
      ctx.t.appointment.push(row);
      if (app.tripartite) app.tripartite.appointment_id = row.id;
      const info: ApptInfo = {
        row,
        ent: app.ent,
        exp,
        startN,
        serviceEndN: endN,
        recN: app.recN!,
        endedN,
        grades: [],
        excellent: false,
        perf: rng.real(0.8, 1.15),
      };
      exp.appts.push(info);
      ctx.appts.push(info);
      out.push(info);
    });
    return out;
  }

  /** Recognitions filed with the Organisation Department (Art. 12.4), numbered per call year. */
  filings(rng: Rng): void {
    const ctx = this.ctx;
    const byYear = new Map<number, { app: AppInfo; filedT: number }[]>();
    for (const app of this.filedApps) {
      const filed = app.transitions.find((t) => t.to === 'FILED')!;
      const list = byYear.get(app.call.year) ?? [];
      list.push({ app, filedT: filed.t });
      byYear.set(app.call.year, list);
    }
    for (const [year, list] of [...byYear.entries()].sort((a, b) => a[0] - b[0])) {
      list.sort((a, b) => a.filedT - b.filedT || a.app.row.id - b.app.row.id);
      list.forEach(({ app, filedT }, i) => {
        const filedN = Math.floor(filedT / 1440);
        const ackN = filedN + rng.int(1, 6);
        // The Organisation Dept. signs for most filings within days; the latest ones may still wait.
        const recent = ctx.asOfN - filedN < 45;
        const acknowledged = ackN <= ctx.asOfN && rng.chance(app.row.stage === 'FILED' ? 0.4 : recent ? 0.8 : 0.99);
        const exp = app.exp!;
        const party = app.transitions.find((t) => t.to === 'PARTY_APPROVED');
        ctx.t.filing_record.push({
          id: ctx.id('filing_record'),
          filing_no: `聊科副总备〔${year}〕${i + 1}号`,
          kind: 'RECOGNITION',
          application_id: app.row.id,
          evaluation_cycle_id: null,
          division_id: app.row.division_id,
          title: `关于${app.ent.row.name}“科技副总”拟认定人选的备案报告`,
          summary: `经市科技局党组${party ? isoDay(Math.floor(party.t / 1440)) : ''}研究审议，拟认定${exp.row.name}（${exp.institution.name_zh}）为${app.ent.row.name}“科技副总”，兼任${POSITION_ZH[app.row.proposed_position]}，服务期限${app.row.proposed_service_start}至${app.row.proposed_service_end}。`,
          filed_on: isoDay(filedN),
          status: acknowledged ? 'ACKNOWLEDGED' : 'PENDING',
          acknowledged_at: acknowledged ? stamp(instant(ackN, 9 * 60 + rng.int(30, 420))) : null,
        });
      });
    }
  }
}
