/**
 * Biennial evaluations (Art. 17) and their consequences: EXCELLENT brings the 50,000-yuan
 * reward, the certificate and the Talent Service Gold Card B (Art. 17, 18) and priority for
 * projects (Art. 19); UNQUALIFIED revokes the appointment, cancels its projects and bans the
 * expert for two years. Results are filed with the Organisation Department.
 */
import type { Rng } from '../random';
import type { Row } from '../schema';
import { EVALUATION_REMARKS } from '../vocab';
import type { ApptInfo, Ctx } from './context';
import { dayNum, instant, isoDay, plusYears, stamp, yearOf } from './days';

export interface CycleInfo {
  row: Row<'evaluation_cycle'>;
  startN: number;
  endN: number;
  gradedN: number;
}

const GRADES = ['EXCELLENT', 'GOOD', 'QUALIFIED', 'UNQUALIFIED'];
const GRADE_WEIGHTS = [15, 40, 40, 5];
const SCORES: Record<string, [number, number]> = { EXCELLENT: [90, 99], GOOD: [80, 89], QUALIFIED: [62, 79], UNQUALIFIED: [35, 59] };

export function cycle(ctx: Ctx, code: string, start: string, end: string, graded: string, agency: string | null): CycleInfo {
  const row: Row<'evaluation_cycle'> = {
    id: ctx.id('evaluation_cycle'),
    code,
    period_start: start,
    period_end: end,
    agency,
    status: 'CLOSED',
  };
  ctx.t.evaluation_cycle.push(row);
  return { row, startN: dayNum(start), endN: dayNum(end), gradedN: dayNum(graded) };
}

export class Evaluations {
  private certificateSeq = new Map<number, number>();
  private cardSeq = new Map<number, number>();

  constructor(private readonly ctx: Ctx) {}

  /** Grades every appointment that served at least a year of the cycle and was not ended early. */
  run(rng: Rng, c: CycleInfo): void {
    const ctx = this.ctx;
    const graded: { a: ApptInfo; grade: string; gradedN: number }[] = [];
    const mayFail = (a: ApptInfo, gradedN: number) =>
      a.endedN === null && a.serviceEndN > gradedN && a.exp.busy.every(([s]) => s <= a.recN);
    for (const a of ctx.appts) {
      const effEnd = a.endedN ?? a.serviceEndN;
      const overlap = Math.min(effEnd, c.endN) - Math.max(a.startN, c.startN) + 1;
      if (overlap < 365) continue;
      if (a.endedN !== null && a.endedN < c.gradedN + 10) continue;
      const gradedN = c.gradedN + rng.int(0, 6);
      let grade = rng.weighted(GRADES, GRADE_WEIGHTS);
      if (grade === 'UNQUALIFIED' && !mayFail(a, gradedN)) grade = 'QUALIFIED';
      graded.push({ a, grade, gradedN });
    }
    // Every grade is present in every cycle, even at small scales.
    for (const g of ['UNQUALIFIED', 'EXCELLENT', 'GOOD', 'QUALIFIED']) {
      if (graded.some((x) => x.grade === g)) continue;
      const counts = new Map<string, number>();
      for (const x of graded) counts.set(x.grade, (counts.get(x.grade) ?? 0) + 1);
      const donor = graded.find((x) => (counts.get(x.grade) ?? 0) > 1 && (g !== 'UNQUALIFIED' || mayFail(x.a, x.gradedN)));
      if (donor) donor.grade = g;
    }

    for (const { a, grade, gradedN } of graded) {
      const [lo, hi] = SCORES[grade];
      const row: Row<'evaluation'> = {
        id: ctx.id('evaluation'),
        cycle_id: c.row.id,
        appointment_id: a.row.id,
        division_id: a.row.division_id,
        sector_id: a.row.sector_id,
        grade,
        score: rng.chance(0.95) ? rng.int(lo, hi) : null,
        graded_on: isoDay(gradedN),
        remarks: rng.pick(EVALUATION_REMARKS[grade]),
      };
      ctx.t.evaluation.push(row);
      a.grades.push(grade);
      if (grade === 'UNQUALIFIED') this.revoke(a, gradedN, c);
      if (grade === 'EXCELLENT') this.reward(rng, a, row, gradedN, c);
    }

    const lastGraded = Math.max(c.gradedN, ...graded.map((x) => x.gradedN));
    const filedN = Math.min(ctx.asOfN, lastGraded + rng.int(5, 12));
    const ackN = filedN + rng.int(1, 5);
    const count = (g: string) => graded.filter((x) => x.grade === g).length;
    ctx.t.filing_record.push({
      id: ctx.id('filing_record'),
      filing_no: `聊科副总考备〔${yearOf(filedN)}〕${c.row.id}号`,
      kind: 'EVALUATION_RESULT',
      application_id: null,
      evaluation_cycle_id: c.row.id,
      division_id: null,
      title: `关于${c.row.code}年度“科技副总”绩效考核结果的备案报告`,
      summary: `${c.row.code}年度共考核科技副总${graded.length}名，其中优秀${count('EXCELLENT')}名、良好${count('GOOD')}名、合格${count('QUALIFIED')}名、不合格${count('UNQUALIFIED')}名${c.row.agency ? `；考核委托${c.row.agency}协助完成` : ''}。`,
      filed_on: isoDay(filedN),
      status: ackN <= ctx.asOfN ? 'ACKNOWLEDGED' : 'PENDING',
      acknowledged_at: ackN <= ctx.asOfN ? stamp(instant(ackN, 10 * 60 + rng.int(0, 300))) : null,
    });
  }

  /** Art. 17: revoked, projects cancelled (see projects), no new application for two years. */
  private revoke(a: ApptInfo, gradedN: number, c: CycleInfo): void {
    a.endedN = gradedN;
    a.row.status = 'REVOKED';
    a.row.ended_on = isoDay(gradedN);
    a.row.end_reason = `${c.row.code}年度绩效考核不合格，撤销科技副总选派资格，取消协同创新项目承担资格，两年内不得再次申报（第十七条）`;
    const exp = a.exp;
    exp.banFromN = gradedN;
    exp.banUntilN = plusYears(gradedN, 2);
    exp.row.banned_until = isoDay(exp.banUntilN);
  }

  private reward(rng: Rng, a: ApptInfo, evaluation: Row<'evaluation'>, gradedN: number, c: CycleInfo): void {
    const ctx = this.ctx;
    a.excellent = true;
    const year = yearOf(gradedN);
    const grantedN = gradedN + rng.int(5, 20);
    const cashPaidN = grantedN + rng.int(20, 75);
    // Older cycles are fully paid; finance still owes some of the latest cycle's cash.
    const cashPaid = cashPaidN <= ctx.asOfN && (c.gradedN < ctx.asOfN - 400 || rng.chance(0.7));
    const cardN = grantedN + rng.int(7, 30);
    const cert = (this.certificateSeq.get(year) ?? 0) + 1;
    this.certificateSeq.set(year, cert);
    const card = (this.cardSeq.get(year) ?? 0) + 1;
    this.cardSeq.set(year, card);
    const base = { evaluation_id: evaluation.id, expert_id: a.exp.row.id, division_id: a.row.division_id, granted_on: isoDay(grantedN) };
    ctx.t.reward.push(
      {
        id: ctx.id('reward'),
        ...base,
        kind: 'CASH',
        amount_fen: 5_000_000,
        serial_no: null,
        status: cashPaid ? 'DISBURSED' : 'GRANTED',
        disbursed_on: cashPaid ? isoDay(cashPaidN) : null,
      },
      {
        id: ctx.id('reward'),
        ...base,
        kind: 'CERTIFICATE',
        amount_fen: 0,
        serial_no: `聊科副总优〔${year}〕${cert}号`,
        status: 'DISBURSED',
        disbursed_on: isoDay(grantedN),
      },
      {
        id: ctx.id('reward'),
        ...base,
        kind: 'GOLD_CARD_B',
        amount_fen: 0,
        serial_no: `LCRC-B-${year}-${String(card).padStart(5, '0')}`,
        status: cardN <= ctx.asOfN ? 'DISBURSED' : 'GRANTED',
        disbursed_on: cardN <= ctx.asOfN ? isoDay(cardN) : null,
      },
    );
  }
}
