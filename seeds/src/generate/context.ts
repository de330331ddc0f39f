/**
 * The state shared by the generator's parts: the seeded random streams, the rows produced so
 * far (ids assigned in creation order) and the facts the rules need about each expert,
 * enterprise and appointment (who is busy when, who is tied to whom, who is banned).
 */
import { WorkCalendar, publishedOverrides } from '@techvp/server';
import { type ReferenceFile, type ReferenceRows, readReferenceFile, referenceRows } from '../reference';
import { Rng } from '../random';
import { type EnterpriseSeed, type ExpertSeed, type GeneratedTables, type Row, SYNTHETIC_TABLES, type SyntheticTable } from '../schema';
import { dayNum, isoDay as isoOf } from './days';

export interface EntInfo {
  row: EnterpriseSeed;
  regN: number;
  /** Meets N1, N3 and N4 whenever registered long enough: may host appointments. */
  eligible: boolean;
  sectorCode: string;
  divisionCode: string;
  divisionName: string;
  tiedExperts: Map<number, string>;
  tiedInstitutions: Map<number, string>;
  /** Calls (by year) in which it already has an application. */
  appliedIn: Set<number>;
}

export interface ExpInfo {
  row: ExpertSeed;
  institution: Row<'institution'>;
  sectorCode: string;
  workN: number;
  misconductN: number | null;
  /** The two-year ban of Art. 17, as [from, until). */
  banFromN: number | null;
  banUntilN: number | null;
  /** Intervals (days, inclusive) during which the expert serves or is reserved by a live application. */
  busy: [number, number][];
  appts: ApptInfo[];
  /** Main pool (eligible by E1); 'E1' | 'E2' | 'E3' experts exist only for rejected applications. */
  pool: 'main' | 'E1' | 'E2' | 'E3';
}

export interface ApptInfo {
  row: Row<'appointment'>;
  ent: EntInfo;
  exp: ExpInfo;
  startN: number;
  serviceEndN: number;
  recN: number;
  /** Day it ended early (terminated or revoked), if it did. */
  endedN: number | null;
  grades: string[];
  excellent: boolean;
  /** How diligently the ledger is kept: 1 is a typical expert. */
  perf: number;
}

export class Ctx {
  readonly rng: Rng;
  readonly asOf: string;
  readonly asOfN: number;
  readonly scale: number;
  readonly file: ReferenceFile;
  readonly ref: ReferenceRows;
  readonly cal: WorkCalendar;
  readonly t: GeneratedTables;
  readonly ents: EntInfo[] = [];
  readonly exps: ExpInfo[] = [];
  readonly appts: ApptInfo[] = [];
  readonly divisionByCode = new Map<string, Row<'division'>>();
  readonly sectorByCode = new Map<string, Row<'sector'>>();
  readonly expertsBySector = new Map<string, ExpInfo[]>();
  readonly eligibleEnts: EntInfo[] = [];
  private readonly nextId = new Map<SyntheticTable, number>();

  constructor(seed: string | number, scale: number, asOf: string) {
    this.rng = new Rng(`techvp:${seed}`);
    this.asOf = asOf;
    this.asOfN = dayNum(asOf);
    this.scale = scale;
    this.file = readReferenceFile();
    this.ref = referenceRows(this.file);
    this.cal = new WorkCalendar(publishedOverrides());
    const t = {} as Record<SyntheticTable, unknown[]>;
    for (const name of SYNTHETIC_TABLES) t[name] = [];
    this.t = t as GeneratedTables;
    for (const d of this.ref.division) this.divisionByCode.set(d.code, d);
    for (const s of this.ref.sector) this.sectorByCode.set(s.code, s);
  }

  /** Next id of a table: 1, 2, 3, … in creation order. */
  id(table: SyntheticTable): number {
    const n = (this.nextId.get(table) ?? 0) + 1;
    this.nextId.set(table, n);
    return n;
  }

  /** A count that grows with the scale; `min` keeps rare cases present at small scales. */
  count(base: number, min = 1): number {
    return Math.max(min, Math.round(base * this.scale));
  }

  /** A random instant during office hours on day `n`. */
  officeTime(rng: Rng, n: number): number {
    return n * 1440 + rng.int(8 * 60 + 30, 17 * 60 + 30);
  }

  /** The latest working day on or before day `n`. */
  workdayOnOrBefore(n: number): number {
    let d = n;
    while (!this.cal.isWorkday(isoOf(d))) d--;
    return d;
  }

  /** The first working day on or after day `n`. */
  workdayOnOrAfter(n: number): number {
    return dayNum(this.cal.nextWorkday(isoOf(n)));
  }
}

/** Whether the expert is free over [from, to] (no appointment or live application). */
export function isFree(exp: ExpInfo, from: number, to: number): boolean {
  for (const [a, b] of exp.busy) if (a <= to && from <= b) return false;
  return true;
}

/** The appointment the expert holds on day `n`, if any. */
export function activeAppointmentOn(exp: ExpInfo, n: number): ApptInfo | undefined {
  return exp.appts.find((a) => a.startN <= n && n <= (a.endedN ?? a.serviceEndN));
}

export function isTied(ent: EntInfo, exp: ExpInfo): boolean {
  return ent.tiedExperts.has(exp.row.id) || ent.tiedInstitutions.has(exp.row.institution_id);
}
