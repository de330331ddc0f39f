/**
 * Choosing who serves where: an enterprise that meets N1–N4 on the day, and an expert who
 * meets E1–E5 on the day, is free for the whole period (E4, E6: one enterprise at a time) and
 * has no founding or shareholding tie to the enterprise (N2).
 */
import type { Rng } from '../random';
import { type Ctx, type EntInfo, type ExpInfo, isFree, isTied } from './context';
import { plusYears } from './days';

export function expertEligibleOn(exp: ExpInfo, n: number): boolean {
  if (exp.pool !== 'main') return false;
  const r = exp.row;
  if (r.degree !== 'DOCTORATE' && r.title !== 'SENIOR' && r.title !== 'ASSOCIATE_SENIOR') return false;
  if (exp.workN > plusYears(n, -2)) return false;
  if (exp.misconductN !== null && exp.misconductN >= plusYears(n, -3)) return false;
  // Once banned (Art. 17), never again before the ban ends, whatever day is asked about.
  if (exp.banUntilN !== null && n < exp.banUntilN) return false;
  return true;
}

/** An eligible enterprise registered at least a year before `atN`, optionally not yet in `callYear`. */
export function pickEnterprise(ctx: Ctx, rng: Rng, atN: number, callYear?: number): EntInfo {
  const pool = ctx.eligibleEnts;
  const ok = (e: EntInfo) => e.regN <= plusYears(atN, -1) && (callYear === undefined || !e.appliedIn.has(callYear));
  for (let i = 0; i < 60; i++) {
    const e = pool[Math.floor(rng.next() * pool.length)];
    if (ok(e)) return e;
  }
  const start = Math.floor(rng.next() * pool.length);
  for (let i = 0; i < pool.length; i++) {
    const e = pool[(start + i) % pool.length];
    if (ok(e)) return e;
  }
  throw new Error('seed generator: no eligible enterprise left; the scale is too small for this many applications');
}

/**
 * A main-pool expert eligible on `atN`, free over [from, to] and not tied to `ent`; mostly from
 * the enterprise's own sector. Null when nobody fits.
 */
export function pickExpert(ctx: Ctx, rng: Rng, ent: EntInfo, from: number, to: number, atN: number): ExpInfo | null {
  const fits = (x: ExpInfo) => isFree(x, from, to) && expertEligibleOn(x, atN) && !isTied(ent, x);
  const same = ctx.expertsBySector.get(ent.sectorCode) ?? [];
  const all = ctx.exps;
  if (same.length && rng.chance(0.75)) {
    for (let i = 0; i < 40; i++) {
      const x = same[Math.floor(rng.next() * same.length)];
      if (fits(x)) return x;
    }
  }
  for (let i = 0; i < 80; i++) {
    const x = all[Math.floor(rng.next() * all.length)];
    if (fits(x)) return x;
  }
  const start = Math.floor(rng.next() * all.length);
  for (let i = 0; i < all.length; i++) {
    const x = all[(start + i) % all.length];
    if (fits(x)) return x;
  }
  return null;
}

export function reserve(exp: ExpInfo, from: number, to: number): void {
  exp.busy.push([from, to]);
}

export const POSITIONS = ['DEPUTY_CHIEF_ENGINEER', 'DEPUTY_GENERAL_MANAGER', 'ASSISTANT_GENERAL_MANAGER'];
const POSITION_WEIGHTS = [45, 30, 25];
export const POSITION_ZH: Record<string, string> = {
  DEPUTY_GENERAL_MANAGER: '副总经理',
  DEPUTY_CHIEF_ENGINEER: '副总工程师',
  ASSISTANT_GENERAL_MANAGER: '总经理助理',
};

export function pickPosition(rng: Rng): string {
  return rng.weighted(POSITIONS, POSITION_WEIGHTS);
}

const ALLOWANCES = [100_000, 150_000, 200_000, 300_000, 400_000, 500_000, 800_000];
const ALLOWANCE_WEIGHTS = [15, 15, 25, 20, 10, 10, 5];

/** Monthly allowance in fen (rule N5: at least 1,000 yuan). */
export function pickAllowance(rng: Rng): number {
  return rng.weighted(ALLOWANCES, ALLOWANCE_WEIGHTS);
}
