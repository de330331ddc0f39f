/**
 * What experts do while serving (Art. 6, 7): the service ledger, new technologies, processes
 * and products, IP applications, and the annual report (Art. 17) that sums each year up.
 * Only days within the service period and not after the seed date are recorded.
 */
import type { Rng } from '../random';
import type { Row } from '../schema';
import { DISPUTE_REASONS, LEDGER_EFFECTS, POLICY_TOPICS, PROBLEMS, SECTOR_VOCAB } from '../vocab';
import type { ApptInfo, Ctx } from './context';
import { dayNum, instant, isoDay, stamp, yearOf } from './days';
import { patentApplicationNo, softwareRegistrationNo } from './identifiers';

type Kind = 'TECH_SERVICE' | 'TRAINING' | 'POLICY_BRIEFING' | 'RD_MEETING' | 'COOPERATION';
/** Entries a typical expert records per year of service, by kind (Art. 7: ≥10 services, ≥3 briefings or trainings). */
const PER_YEAR: [Kind, number][] = [
  ['TECH_SERVICE', 16],
  ['TRAINING', 3.5],
  ['POLICY_BRIEFING', 2.5],
  ['RD_MEETING', 6],
  ['COOPERATION', 4],
];

interface YearStats {
  services: number;
  days: number;
  briefings: number;
  trained: number;
  achievements: number;
  ips: number;
}

/** Pools of Chinese texts per sector and kind, built once, so millions of entries share strings. */
class TextPools {
  private readonly content = new Map<string, string[]>();
  private readonly effect = new Map<string, string[]>();

  constructor(private readonly rng: Rng) {}

  contentFor(sector: string, kind: Kind): string[] {
    const key = `${sector}:${kind}`;
    let pool = this.content.get(key);
    if (!pool) {
      const v = SECTOR_VOCAB[sector];
      pool = [];
      for (let i = 0; i < 48; i++) {
        const topic = this.rng.pick(v.topics);
        const kw = this.rng.pick(v.keywords);
        pool.push(
          kind === 'TECH_SERVICE'
            ? `${this.rng.pick(['现场指导', '驻企攻关', '诊断分析', '协助调试'])}${topic}，解决${this.rng.pick(PROBLEMS)}问题`
            : kind === 'TRAINING'
              ? `为企业技术骨干开展“${kw}”专题技术培训`
              : kind === 'POLICY_BRIEFING'
                ? `向企业宣讲${this.rng.pick(POLICY_TOPICS)}`
                : kind === 'RD_MEETING'
                  ? `参加企业研发工作会议，研讨${topic}技术路线`
                  : `对接派出单位与企业开展${kw}方向产学研合作`,
        );
      }
      this.content.set(key, pool);
    }
    return pool;
  }

  effectFor(kind: Kind): string[] {
    let pool = this.effect.get(kind);
    if (!pool) {
      pool = [];
      for (let i = 0; i < 40; i++) pool.push(this.rng.pick(LEDGER_EFFECTS[kind]).replace('{n}', String(this.rng.int(3, 30))));
      this.effect.set(kind, pool);
    }
    return pool;
  }
}

function perf(a: ApptInfo): number {
  if (a.grades.includes('UNQUALIFIED')) return 0.4;
  if (a.excellent) return 1.25;
  if (a.grades.includes('GOOD')) return 1.05;
  if (a.grades.includes('QUALIFIED')) return 0.88;
  return a.perf;
}

/** Rounds x to an integer at random, keeping the expectation (2.3 → 2 or 3). */
function roundRandom(rng: Rng, x: number): number {
  const f = Math.floor(x);
  return f + (rng.next() < x - f ? 1 : 0);
}

export function service(ctx: Ctx, rng: Rng): void {
  const pools = new TextPools(rng.fork('texts'));
  const patentSerial = new Map<string, number>();
  const nextSerial = (key: string) => {
    const n = (patentSerial.get(key) ?? rng.int(100_000, 400_000)) + rng.int(1, 37);
    patentSerial.set(key, n);
    return n;
  };
  const ledger = ctx.t.ledger_entry;

  for (const a of ctx.appts) {
    const from = a.startN;
    const to = Math.min(a.endedN ?? a.serviceEndN, ctx.asOfN);
    if (to < from) continue;
    const p = perf(a);
    const sector = a.ent.sectorCode;
    const stats = new Map<number, YearStats>();
    const statsOf = (n: number) => {
      const y = yearOf(n);
      let s = stats.get(y);
      if (!s) stats.set(y, (s = { services: 0, days: 0, briefings: 0, trained: 0, achievements: 0, ips: 0 }));
      return s;
    };

    // Ledger: per service year, a number of entries of each kind in proportion to the time served.
    const entries: { n: number; kind: Kind }[] = [];
    for (let segStart = from; segStart <= to; segStart += 365) {
      const segEnd = Math.min(to, segStart + 364);
      const frac = (segEnd - segStart + 1) / 365;
      for (const [kind, perYear] of PER_YEAR) {
        const count = roundRandom(rng, perYear * p * frac * rng.real(0.85, 1.15));
        for (let i = 0; i < count; i++) entries.push({ n: rng.int(segStart, segEnd), kind });
      }
    }
    entries.sort((x, y) => x.n - y.n);
    for (const { n, kind } of entries) {
      const days =
        kind === 'TECH_SERVICE'
          ? rng.weighted([1, 2, 3, 4], [30, 35, 25, 10])
          : kind === 'TRAINING'
            ? 1
            : kind === 'COOPERATION'
              ? rng.int(0, 2)
              : rng.int(0, 1);
      const trained = kind === 'TRAINING' ? rng.int(5, 25) : kind === 'TECH_SERVICE' && rng.chance(0.3) ? rng.int(1, 3) : 0;
      const age = ctx.asOfN - n;
      let confirmation: string;
      if (age < 14) confirmation = age > 0 && rng.chance(0.3) ? 'CONFIRMED' : 'PENDING';
      else {
        const r = rng.next();
        confirmation = r < 0.955 ? 'CONFIRMED' : r < 0.97 ? 'DISPUTED' : 'PENDING';
      }
      const decided =
        confirmation === 'PENDING' ? null : stamp(instant(n + rng.int(1, Math.max(1, Math.min(13, age))), 9 * 60 + rng.int(0, 540)));
      const effect =
        kind === 'TRAINING'
          ? `培训技术人员${trained}人，${rng.pick(['考核合格', '建立跟踪评估台账', '掌握新工艺操作要点'])}`
          : rng.pick(pools.effectFor(kind));
      ledger.push({
        id: ctx.id('ledger_entry'),
        appointment_id: a.row.id,
        division_id: a.row.division_id,
        service_date: isoDay(n),
        kind,
        days_on_site: days,
        content: rng.pick(pools.contentFor(sector, kind)),
        effect,
        people_trained: trained,
        confirmation,
        confirmed_at: decided,
        dispute_reason: confirmation === 'DISPUTED' ? rng.pick(DISPUTE_REASONS) : null,
      });
      const s = statsOf(n);
      if (kind === 'TECH_SERVICE') s.services++;
      if (kind === 'TRAINING' || kind === 'POLICY_BRIEFING') s.briefings++;
      s.days += days;
      s.trained += trained;
    }

    // Art. 7.2: at least one new technology, process or product and one IP application a year.
    const vocab = SECTOR_VOCAB[sector];
    for (let y = yearOf(from); y <= yearOf(to); y++) {
      const ys = Math.max(from, dayNum(`${y}-01-01`));
      const ye = Math.min(to, dayNum(`${y}-12-31`));
      if (ye - ys < 90) continue;
      const achievements = p >= 0.8 ? rng.int(1, 2) : rng.int(0, 1);
      for (let i = 0; i < achievements; i++) {
        const kind = rng.pick(['NEW_TECHNOLOGY', 'NEW_PROCESS', 'NEW_PRODUCT']);
        const topic = rng.pick(vocab.topics);
        const n = rng.int(ys, ye);
        ctx.t.achievement.push({
          id: ctx.id('achievement'),
          appointment_id: a.row.id,
          kind,
          title:
            kind === 'NEW_TECHNOLOGY'
              ? `${topic}关键技术`
              : kind === 'NEW_PROCESS'
                ? `${topic}新工艺`
                : `${rng.pick(vocab.keywords)}系列新产品`,
          achieved_on: isoDay(n),
        });
        statsOf(n).achievements++;
      }
      const ips = p >= 0.8 ? rng.int(1, 2) : rng.int(0, 1);
      for (let i = 0; i < ips; i++) {
        const software = sector === 'AI' || sector === 'NEXT_GEN_IT' ? 0.5 : 0.12;
        const r = rng.next();
        const kind = r < software ? 'SOFTWARE_COPYRIGHT' : r < software + (1 - software) * 0.45 ? 'INVENTION_PATENT' : 'UTILITY_MODEL';
        const n = rng.int(ys, ye);
        const fy = yearOf(n);
        const age = ctx.asOfN - n;
        let applicationNo: string;
        let title: string;
        let status: string;
        if (kind === 'SOFTWARE_COPYRIGHT') {
          applicationNo = softwareRegistrationNo(fy, nextSerial(`S${fy}`));
          title = `${rng.pick(vocab.topics)}管理软件V${rng.int(1, 3)}.0`;
          status = age > 60 ? 'GRANTED' : 'FILED';
        } else if (kind === 'INVENTION_PATENT') {
          applicationNo = patentApplicationNo(fy, 1, nextSerial(`I${fy}`));
          title = `一种${rng.pick(vocab.topics)}的方法`;
          const q = rng.next();
          status = age > 700 ? (q < 0.55 ? 'GRANTED' : q < 0.7 ? 'REJECTED' : 'FILED') : 'FILED';
        } else {
          applicationNo = patentApplicationNo(fy, 2, nextSerial(`U${fy}`));
          title = `一种${rng.pick(vocab.keywords)}装置`;
          status = age > 240 && rng.chance(0.92) ? 'GRANTED' : 'FILED';
        }
        ctx.t.ip_application.push({
          id: ctx.id('ip_application'),
          appointment_id: a.row.id,
          kind,
          title,
          application_no: applicationNo,
          filed_on: isoDay(n),
          status,
        });
        statsOf(n).ips++;
      }
    }

    // Annual report (Art. 17) for each completed calendar year served at least three months;
    // revoked or terminated experts report no year they did not finish.
    for (let y = yearOf(from); y <= yearOf(to); y++) {
      const yEnd = dayNum(`${y}-12-31`);
      if (yEnd >= ctx.asOfN) continue;
      const ys = Math.max(from, dayNum(`${y}-01-01`));
      const ye = Math.min(to, yEnd);
      if (ye - ys < 90) continue;
      if (a.endedN !== null && a.endedN < yEnd) continue;
      const submittedN = dayNum(`${y + 1}-01-05`) + rng.int(0, 25);
      if (submittedN > ctx.asOfN) continue;
      const s = stats.get(y) ?? { services: 0, days: 0, briefings: 0, trained: 0, achievements: 0, ips: 0 };
      const row: Row<'annual_report'> = {
        id: ctx.id('annual_report'),
        appointment_id: a.row.id,
        year: y,
        submitted_on: isoDay(submittedN),
        summary: `${y}年度述职：开展技术服务${s.services}次，累计驻企${s.days}天，开展政策宣讲和技术培训${s.briefings}次，培养技术骨干${s.trained}人，协助开发新技术、新工艺或新产品${s.achievements}项，推动申请知识产权${s.ips}项。`,
      };
      ctx.t.annual_report.push(row);
    }
  }
}
