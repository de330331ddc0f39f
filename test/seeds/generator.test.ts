import { createHash } from 'node:crypto';
import { generate, type GeneratedData, institutionCode } from '@techvp/seeds';
import { validateCreditCode, validateResidentId } from '@techvp/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fingerprint of everything generated, Buffers included. */
function fingerprint(data: GeneratedData): string {
  const hash = createHash('sha256');
  for (const [table, rows] of Object.entries(data.tables)) {
    hash.update(table);
    for (const row of rows as object[]) {
      hash.update(
        JSON.stringify(row, (_k, v) => (v && v.type === 'Buffer' && Array.isArray(v.data) ? Buffer.from(v.data).toString('hex') : v)),
      );
    }
  }
  return hash.digest('hex');
}

function counts(data: GeneratedData): Record<string, number> {
  return Object.fromEntries(Object.entries(data.tables).map(([t, rows]) => [t, (rows as unknown[]).length]));
}

describe('the synthetic data generator (pure, no database)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives identical rows for the same seed, scale and date, and different rows for another seed', () => {
    const a = generate({ seed: 42, scale: 0.3, asOf: '2026-11-20' });
    const b = generate({ seed: 42, scale: 0.3, asOf: '2026-11-20' });
    const c = generate({ seed: 43, scale: 0.3, asOf: '2026-11-20' });
    expect(fingerprint(b)).toBe(fingerprint(a));
    expect(fingerprint(c)).not.toBe(fingerprint(a));
  });

  it('never reads the clock or Math.random', () => {
    const random = vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random called');
    });
    const now = vi.spyOn(Date, 'now').mockImplementation(() => {
      throw new Error('Date.now called');
    });
    expect(() => generate({ seed: 7, scale: 0.2 })).not.toThrow();
    expect(random).not.toHaveBeenCalled();
    expect(now).not.toHaveBeenCalled();
  });

  it('grows every scaled table in proportion to the scale and keeps calls, notices and cycles fixed', () => {
    const one = counts(generate({ seed: 5, scale: 1 }));
    const two = counts(generate({ seed: 5, scale: 2 }));
    for (const t of ['call', 'public_notice', 'evaluation_cycle']) expect(two[t], t).toBe(one[t]);
    const scaled = [
      'expert',
      'enterprise',
      'application',
      'application_material',
      'review_decision',
      'rule_check',
      'candidate_match',
      'appointment',
      'agreement',
      'filing_record',
      'evaluation',
      'reward',
      'project',
      'disbursement',
      'ledger_entry',
      'achievement',
      'ip_application',
      'annual_report',
      'objection',
    ];
    for (const t of scaled) {
      const ratio = two[t] / one[t];
      expect(ratio, `${t}: ${one[t]} at scale 1, ${two[t]} at scale 2`).toBeGreaterThan(1.75);
      expect(ratio, `${t}: ${one[t]} at scale 1, ${two[t]} at scale 2`).toBeLessThan(2.25);
    }
  });

  it('has the city at scale 1: every division and sector, all institutions, ~600 enterprises, ~450 experts, and enough for scale 50', () => {
    const data = generate({ scale: 1 });
    const t = data.tables;
    expect(data.reference.division).toHaveLength(11);
    expect(data.reference.institution).toHaveLength(40);
    expect(data.reference.institution[0].code).toBe(institutionCode('Liaocheng University'));
    expect(data.reference.institution[0].code).toBe('liaocheng-university');
    expect(new Set(t.enterprise.map((e) => e.division_id)).size).toBe(11);
    expect(new Set(t.enterprise.map((e) => e.sector_id)).size).toBe(8);
    expect(t.enterprise.length).toBeGreaterThan(570);
    expect(t.enterprise.length).toBeLessThan(660);
    expect(t.expert.length).toBeGreaterThan(430);
    expect(t.expert.length).toBeLessThan(490);
    expect(new Set(t.expert.map((e) => e.institution_id)).size).toBe(40);
    expect(
      t.enterprise.some((e) => e.high_tech) && t.enterprise.some((e) => e.gazelle) && t.enterprise.some((e) => e.municipal_project),
    ).toBe(true);
    // × 50 must give at least 20,000 appointments and 1,000,000 ledger entries.
    expect(t.appointment.length * 50).toBeGreaterThanOrEqual(20_000);
    expect(t.ledger_entry.length * 50).toBeGreaterThanOrEqual(1_000_000);
  });

  it('makes resident IDs (GB 11643) and credit codes (GB 32100) with valid check characters', () => {
    const data = generate({ seed: 11, scale: 0.5 });
    const zones = new Set(data.reference.division.filter((d) => d.kind === 'FUNCTIONAL_ZONE').map((d) => d.id));
    const codeOf = new Map(data.reference.division.map((d) => [d.id, d.code]));
    for (const x of data.tables.expert) {
      expect(validateResidentId(x.id_number), x.id_number).toEqual({ ok: true });
      const birth = `${x.id_number.slice(6, 10)}-${x.id_number.slice(10, 12)}-${x.id_number.slice(12, 14)}`;
      const age = 2026 - Number(birth.slice(0, 4));
      expect(age, x.id_number).toBeGreaterThanOrEqual(24);
      expect(age, x.id_number).toBeLessThanOrEqual(64);
      expect(x.work_started_on > birth).toBe(true);
      expect(Number(x.id_number[16]) % 2 === 1, 'odd sequence digit for men').toBe(x.gender === 'MALE');
    }
    for (const e of data.tables.enterprise) {
      expect(validateCreditCode(e.credit_code), e.credit_code).toEqual({ ok: true });
      expect(e.credit_code.slice(0, 8)).toBe(`91${zones.has(e.division_id) ? '371500' : codeOf.get(e.division_id)}`);
    }
  });

  it('refuses a date outside the story it tells and a scale that is not positive', () => {
    expect(() => generate({ asOf: '2024-01-01' })).toThrow(RangeError);
    expect(() => generate({ scale: 0 })).toThrow(RangeError);
  });
});
