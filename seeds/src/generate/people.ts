/**
 * Enterprises, experts and the founding / shareholding ties between them (rule N2).
 * Enterprises spread over divisions and sectors by each division's industry weights.
 */
import type { Rng } from '../random';
import type { Row } from '../schema';
import {
  COMPANY_FORMS,
  GIVEN_FEMALE,
  GIVEN_MALE,
  NAME_PREFIXES,
  ROADS,
  SECTOR_VOCAB,
  SURNAMES,
  SURNAME_WEIGHTS,
  TRADE_CHARS,
} from '../vocab';
import { type Ctx, type EntInfo, type ExpInfo } from './context';
import { dayNum, isoDay, plusYears } from './days';
import { creditCode, mobile, residentId } from './identifiers';

export function personName(rng: Rng, male: boolean): string {
  const given = male ? GIVEN_MALE : GIVEN_FEMALE;
  const surname = rng.weighted(SURNAMES, SURNAME_WEIGHTS);
  return rng.chance(0.7) ? surname + rng.pick(given) + rng.pick(given) : surname + rng.pick(given);
}

/** Minimum R&D-to-revenue ratio of rule N4 (setting n4.rdRatio): the high-tech enterprise rule. */
export function rdThreshold(revenueFen: number): number {
  const yuan = revenueFen / 100;
  return yuan <= 50_000_000 ? 0.05 : yuan <= 200_000_000 ? 0.04 : 0.03;
}

export type EnterpriseKind = 'ok' | 'young' | 'branch' | 'violation' | 'unsound' | 'lowRd';

export class People {
  private readonly names = new Set<string>();
  private readonly codes = new Set<string>();
  private readonly idNumbers = new Set<string>();
  private readonly divisionWeights: number[];
  private readonly sectorDemand: Map<string, number>;

  constructor(private readonly ctx: Ctx) {
    this.divisionWeights = ctx.file.divisions.map((d) => Object.values(d.industries).reduce((a, b) => a + b, 0));
    this.sectorDemand = new Map(ctx.ref.sector.map((s) => [s.code, 0]));
    for (const d of ctx.file.divisions) {
      for (const [code, w] of Object.entries(d.industries)) this.sectorDemand.set(code, (this.sectorDemand.get(code) ?? 0) + w);
    }
  }

  /** The city's enterprises: every division and every sector present, then weighted at random. */
  populate(rng: Rng, enterprises: number, experts: number): void {
    const ctx = this.ctx;
    const divisions = ctx.file.divisions;
    for (let i = 0; i < enterprises; i++) {
      let divIdx: number;
      let sectorCode: string | undefined;
      if (i < divisions.length) divIdx = i;
      else if (i < divisions.length + ctx.ref.sector.length) {
        sectorCode = ctx.ref.sector[i - divisions.length].code;
        const having = divisions.map((d) => d.industries[sectorCode!] ?? 0);
        divIdx = rng.weightedIndex(having.some((w) => w > 0) ? having : this.divisionWeights);
      } else divIdx = rng.weightedIndex(this.divisionWeights);
      this.enterprise(rng, { divIdx, sectorCode, kind: 'ok' });
    }
    const sectors = [...this.sectorDemand.keys()];
    const demand = sectors.map((s) => this.sectorDemand.get(s)!);
    for (let i = 0; i < experts; i++) {
      const sectorCode = i < sectors.length ? sectors[i] : rng.weighted(sectors, demand);
      this.expert(rng, { pool: 'main', sectorCode });
    }
    this.ties(rng);
  }

  enterprise(rng: Rng, o: { divIdx?: number; sectorCode?: string; kind: EnterpriseKind; atN?: number }): EntInfo {
    const ctx = this.ctx;
    const divIdx = o.divIdx ?? rng.weightedIndex(this.divisionWeights);
    const div = ctx.file.divisions[divIdx];
    const industries = Object.entries(div.industries);
    const sectorCode =
      o.sectorCode ??
      rng.weighted(
        industries.map(([c]) => c),
        industries.map(([, w]) => w),
      );
    const vocab = SECTOR_VOCAB[sectorCode];
    const atN = o.atN ?? ctx.asOfN;

    let name: string;
    do {
      const base =
        rng.pick(NAME_PREFIXES) + rng.pick(TRADE_CHARS) + rng.pick(TRADE_CHARS) + rng.pick(vocab.nameWords) + rng.pick(COMPANY_FORMS);
      name = o.kind === 'branch' ? base.replace(/^聊城市?|^山东聊城/, '山东') + '聊城分公司' : base;
    } while (this.names.has(name));
    this.names.add(name);

    const gbCode = /^\d{6}$/.test(div.code) ? div.code : ctx.file.city.code;
    let code: string;
    do code = creditCode(rng, gbCode);
    while (this.codes.has(code));
    this.codes.add(code);

    const regN = o.kind === 'young' ? atN - rng.int(60, 300) : rng.int(dayNum('1996-01-01'), dayNum('2023-06-30'));
    const revenueYuan = Math.round(rng.logUniform(3_000_000, 3_000_000_000) / 1000) * 1000;
    const revenueFen = revenueYuan * 100;
    const th = rdThreshold(revenueFen);
    const ratio = o.kind === 'lowRd' ? Math.max(0.002, th - rng.real(0.008, 0.025)) : th + rng.real(0.003, 0.05);
    const rdUnit = 10_000; // 100 yuan
    const rdFen =
      o.kind === 'lowRd' ? Math.floor((revenueFen * ratio) / rdUnit) * rdUnit : Math.ceil((revenueFen * ratio) / rdUnit) * rdUnit;

    let violationN: number | null = null;
    if (o.kind === 'violation') violationN = atN - rng.int(60, 900);
    else if (rng.chance(0.06) && regN < dayNum('2016-06-30')) violationN = rng.int(regN + 200, dayNum('2017-12-31'));

    const employees = Math.max(15, Math.min(6000, Math.round(revenueYuan / rng.real(300_000, 1_200_000))));
    const male = rng.chance(0.65);
    const row = {
      id: ctx.id('enterprise'),
      name,
      credit_code: code,
      division_id: ctx.divisionByCode.get(div.code)!.id,
      sector_id: ctx.sectorByCode.get(sectorCode)!.id,
      registered_on: isoDay(regN),
      independent_legal_person: o.kind !== 'branch',
      high_tech: rng.chance(ratio > th + 0.02 ? 0.55 : 0.3),
      gazelle: rng.chance(0.1),
      municipal_project: rng.chance(0.22),
      revenue_fen: revenueFen,
      rd_spending_fen: rdFen,
      violation_on: violationN === null ? null : isoDay(violationN),
      finances_sound: o.kind !== 'unsound',
      employees,
      contact_name: personName(rng, male),
      contact_phone: rng.chance(0.92) ? mobile(rng) : null,
      address: `聊城市${div.zh}${rng.pick(ROADS)}${rng.int(1, 999)}号`,
    };
    ctx.t.enterprise.push(row);
    const info: EntInfo = {
      row,
      regN,
      eligible: o.kind === 'ok',
      sectorCode,
      divisionCode: div.code,
      divisionName: div.zh,
      tiedExperts: new Map(),
      tiedInstitutions: new Map(),
      appliedIn: new Set(),
    };
    ctx.ents.push(info);
    if (info.eligible) ctx.eligibleEnts.push(info);
    return info;
  }

  private institutionWeights?: number[];

  /** An expert. `pool` other than 'main' makes one who fails E1, E2 or E3 on day `atN`. */
  expert(rng: Rng, o: { pool: ExpInfo['pool']; sectorCode: string; atN?: number }): ExpInfo {
    const ctx = this.ctx;
    const atN = o.atN ?? ctx.asOfN;
    this.institutionWeights ??= ctx.file.institutions.map((inst, i) =>
      i === 0 ? 25 : ['济南', '青岛', '泰安', '淄博', '曲阜', '烟台', '临沂', '德州', '威海', '聊城'].includes(inst.city) ? 3 : 1,
    );
    const institution = ctx.ref.institution[rng.weightedIndex(this.institutionWeights)];
    const male = rng.chance(0.7);
    let degree: string;
    let title: string;
    let minAge = 31;
    let startAge: [number, number] = [27, 31];
    if (o.pool === 'E1') {
      degree = rng.pick(['MASTER', 'MASTER', 'BACHELOR']);
      title = rng.pick(['INTERMEDIATE', 'INTERMEDIATE', 'JUNIOR', 'NONE']);
      minAge = 30;
      startAge = degree === 'MASTER' ? [24, 26] : [22, 23];
    } else if (o.pool === 'E2') {
      degree = 'DOCTORATE';
      title = 'INTERMEDIATE';
    } else {
      const r = rng.next();
      degree = r < 0.85 ? 'DOCTORATE' : r < 0.97 ? 'MASTER' : 'BACHELOR';
      if (degree === 'DOCTORATE') title = rng.weighted(['SENIOR', 'ASSOCIATE_SENIOR', 'INTERMEDIATE'], [35, 45, 20]);
      else title = degree === 'MASTER' ? rng.weighted(['SENIOR', 'ASSOCIATE_SENIOR'], [40, 60]) : 'SENIOR';
      if (degree === 'MASTER') {
        minAge = 38;
        startAge = [24, 27];
      } else if (degree === 'BACHELOR') {
        minAge = 45;
        startAge = [22, 23];
      }
      if (title === 'SENIOR') minAge = Math.max(minAge, 38);
    }

    let birthN: number;
    let workN: number;
    if (o.pool === 'E2') {
      workN = atN - rng.int(150, 600);
      birthN = plusYears(workN, -rng.int(28, 31)) - rng.int(0, 200);
    } else {
      const age = rng.int(minAge, o.pool === 'E1' ? 45 : 62);
      birthN = plusYears(ctx.asOfN, -age) - rng.int(0, 364);
      workN = plusYears(birthN, rng.int(startAge[0], startAge[1])) + rng.int(0, 200);
      const latest = o.pool === 'main' ? ctx.asOfN - 400 : plusYears(atN, -3);
      if (workN > latest) workN = latest;
    }

    let misconductN: number | null = null;
    if (o.pool === 'E3') misconductN = Math.max(workN + 30, atN - rng.int(90, 900));
    else if (o.pool === 'main' && rng.chance(0.03) && workN < dayNum('2016-06-30')) {
      misconductN = rng.int(workN + 365, dayNum('2017-12-31'));
    }

    let idNumber: string;
    do idNumber = residentId(rng, isoDay(birthN), male);
    while (this.idNumbers.has(idNumber));
    this.idNumbers.add(idNumber);

    const vocab = SECTOR_VOCAB[o.sectorCode];
    const row = {
      id: ctx.id('expert'),
      name: personName(rng, male),
      gender: male ? 'MALE' : 'FEMALE',
      id_number: idNumber,
      phone: rng.chance(0.95) ? mobile(rng) : null,
      institution_id: institution.id,
      degree,
      title,
      discipline: rng.pick(vocab.disciplines),
      keywords: rng.sample(vocab.keywords, rng.int(3, 5)),
      sector_id: rng.chance(0.95) ? ctx.sectorByCode.get(o.sectorCode)!.id : null,
      work_started_on: isoDay(workN),
      misconduct_on: misconductN === null ? null : isoDay(misconductN),
      banned_until: null as string | null,
      top_talent: o.pool === 'main' && title === 'SENIOR' && rng.chance(0.02),
    };
    ctx.t.expert.push(row);
    const info: ExpInfo = {
      row,
      institution,
      sectorCode: o.sectorCode,
      workN,
      misconductN,
      banFromN: null,
      banUntilN: null,
      busy: [],
      appts: [],
      pool: o.pool,
    };
    ctx.exps.push(info);
    if (o.pool === 'main') {
      const list = ctx.expertsBySector.get(o.sectorCode) ?? [];
      list.push(info);
      ctx.expertsBySector.set(o.sectorCode, list);
    }
    return info;
  }

  /** Some enterprises were founded by, or have shares held by, an expert or an institution. */
  private ties(rng: Rng): void {
    const ctx = this.ctx;
    for (const ent of ctx.eligibleEnts) {
      const r = rng.next();
      if (r < 0.03) this.tie(rng, ent, { institution: rng.pick(ctx.ref.institution) });
      else if (r < 0.05) this.tie(rng, ent, { expert: rng.pick(ctx.exps) });
    }
  }

  tie(rng: Rng, ent: EntInfo, party: { expert?: ExpInfo; institution?: Row<'institution'> }, beforeN?: number): void {
    const ctx = this.ctx;
    const founder = rng.chance(party.institution ? 0.4 : 0.3);
    const latest = Math.min(beforeN ?? ctx.asOfN, ctx.asOfN) - 30;
    const sinceN = founder || latest <= ent.regN ? ent.regN : rng.int(ent.regN, latest);
    const kind = founder ? 'FOUNDER' : 'INVESTOR';
    ctx.t.enterprise_tie.push({
      id: ctx.id('enterprise_tie'),
      enterprise_id: ent.row.id,
      expert_id: party.expert ? party.expert.row.id : null,
      institution_id: party.institution ? party.institution.id : null,
      kind,
      since: isoDay(sinceN),
    });
    if (party.expert) ent.tiedExperts.set(party.expert.row.id, kind);
    if (party.institution) ent.tiedInstitutions.set(party.institution.id, kind);
  }
}
