/**
 * Expert import (S&T bureau only: it holds the programme's personal data in clear). Resident
 * ID numbers are validated (GB 11643), matched by their keyed hash (PiiCipher.hash) and stored
 * only encrypted with a masked copy; the gender must agree with the ID number's sequence digit;
 * dates may not lie in the future, and nobody starts working before the age of 16.
 */
import { addYears } from '../../domain/china-time';
import { birthDateOfResidentId, maskPhone, maskResidentId } from '../../domain/identifiers';
import { Gender } from '../expert/expert.entity';
import { Role } from '../identity/role';
import { at, has, Importer, ImportPlan, NamedLookup, pgTextArray, same, tableWritePlan, val } from './import.shared';
import { EXPERTS } from './templates';
import type { RecordRow } from './validate';

interface Existing {
  id: number;
  /** xmin as read while checking: the update skips a row changed since (see `Sql.updateMany`). */
  row_version: string;
  name: string;
  gender: string;
  id_number_hash: string;
  phone_cipher: string | null;
  institution_id: number;
  degree: string;
  title: string;
  discipline: string;
  keywords: string[];
  sector_id: number | null;
  work_started_on: string;
  misconduct_on: string | null;
  top_talent: boolean;
}

/** Fields compared and written, with the column each comes from and its SQL type. */
const FIELDS = [
  ['name', 'name', 'varchar'],
  ['gender', 'gender', 'text'],
  ['institution_id', 'institution', 'int'],
  ['degree', 'degree', 'text'],
  ['title', 'title', 'text'],
  ['discipline', 'discipline', 'varchar'],
  ['keywords', 'keywords', 'text[]'],
  ['sector_id', 'sector', 'int'],
  ['work_started_on', 'workStartedOn', 'date'],
  ['misconduct_on', 'misconductOn', 'date'],
  ['top_talent', 'topTalent', 'boolean'],
] as const;
type Field = (typeof FIELDS)[number][0];
type Values = Record<Field, unknown> & { phone: string | null };

export const expertImporter: Importer = {
  spec: EXPERTS,
  roles: [Role.ST_BUREAU],

  async plan(scope, rows, problems, header): Promise<ImportPlan> {
    const { sql, pii, today } = scope;
    const institutions = new NamedLookup(await sql.all('select id, code, name_zh from institution'));
    const sectors = new NamedLookup(await sql.all('select id, code, name_zh from sector'));

    const good: Array<{ row: RecordRow; hash: string; idNumber: string; values: Partial<Values> }> = [];
    const firstByHash = new Map<string, number>();
    for (const r of rows) {
      const idNumber = val<string>(r, 'idNumber');
      const values: Partial<Values> = {};
      for (const [field, key] of FIELDS) if (has(r, key)) values[field] = r.values[key];
      if (has(r, 'phone')) values.phone = val<string>(r, 'phone') ?? null;

      const institution = val<string>(r, 'institution');
      if (institution) {
        const id = institutions.find(institution);
        if (id === undefined) {
          problems.add(
            r.row,
            at(header, 'institution'),
            `派出单位“${institution}”不在高校院所名录中 / unknown institution "${institution}" (see the list in the template)`,
          );
        }
        values.institution_id = id;
      }
      if (has(r, 'sector')) {
        const sector = val<string>(r, 'sector');
        const id = sector ? sectors.find(sector) : null;
        if (sector && id === undefined) {
          problems.add(r.row, at(header, 'sector'), `产业领域“${sector}”不存在 / unknown sector "${sector}"`);
        }
        values.sector_id = id ?? null;
      }
      if (has(r, 'keywords')) values.keywords = val<string[]>(r, 'keywords') ?? [];
      if (has(r, 'topTalent')) values.top_talent = val<boolean>(r, 'topTalent') ?? false;

      const gender = val<Gender>(r, 'gender');
      if (idNumber && gender) {
        const male = Number(idNumber[16]) % 2 === 1;
        if ((gender === Gender.MALE) !== male) {
          problems.add(
            r.row,
            at(header, 'gender'),
            `性别与身份证号第17位（${male ? '男' : '女'}）不一致 / the gender disagrees with the ID number's 17th digit`,
          );
        }
      }
      const started = val<string>(r, 'workStartedOn');
      if (started && started > today) {
        problems.add(r.row, at(header, 'workStartedOn'), `参加工作日期 ${started} 晚于今天 / ${started} is in the future`);
      } else if (started && idNumber && started < addYears(birthDateOfResidentId(idNumber), 16)) {
        problems.add(
          r.row,
          at(header, 'workStartedOn'),
          `参加工作日期 ${started} 早于年满16周岁 / ${started} is before the expert turned 16 (by the ID number)`,
        );
      }
      const misconduct = val<string>(r, 'misconductOn');
      if (misconduct && misconduct > today) {
        problems.add(r.row, at(header, 'misconductOn'), `学术不端记录日期 ${misconduct} 晚于今天 / ${misconduct} is in the future`);
      }
      if (!idNumber) continue;
      const hash = pii.hash(idNumber);
      const first = firstByHash.get(hash);
      if (first !== undefined) {
        problems.add(r.row, at(header, 'idNumber'), `身份证号与第${first}行重复 / the same resident ID number as row ${first}`);
        continue;
      }
      firstByHash.set(hash, r.row);
      if (!problems.badRows.has(r.row)) good.push({ row: r, hash, idNumber, values });
    }

    const existing = new Map<string, Existing>();
    for (const e of await sql.allIn<Existing, string>(
      good.map((g) => g.hash),
      (
        p,
      ) => `select id, xmin::text as row_version, name, gender, id_number_hash, phone_cipher, institution_id, degree, title, discipline, keywords, sector_id,
                     work_started_on, misconduct_on, top_talent
                from expert where id_number_hash in (${p})`,
    )) {
      existing.set(e.id_number_hash, e);
    }

    const inserts: unknown[][] = [];
    const updates: unknown[][] = [];
    let unchanged = 0;
    for (const g of good) {
      const old = existing.get(g.hash);
      if (!old) {
        const v = g.values;
        const phone = v.phone ?? null;
        inserts.push([
          ...FIELDS.map(([f]) =>
            f === 'keywords' ? pgTextArray((v.keywords as string[]) ?? []) : f === 'top_talent' ? (v.top_talent ?? false) : (v[f] ?? null),
          ),
          pii.encrypt(g.idNumber),
          g.hash,
          maskResidentId(g.idNumber),
          phone ? pii.encrypt(phone) : null,
          phone ? maskPhone(phone) : null,
        ]);
        continue;
      }
      const merged: Record<Field, unknown> = Object.fromEntries(FIELDS.map(([f]) => [f, f in g.values ? g.values[f] : old[f]])) as never;
      const oldPhone = old.phone_cipher ? pii.decrypt(old.phone_cipher) : null;
      const phoneChanged = 'phone' in g.values && !same(g.values.phone, oldPhone);
      const changed = phoneChanged || FIELDS.some(([f]) => !same(merged[f], old[f]));
      if (!changed) {
        unchanged++;
        continue;
      }
      const phone = phoneChanged ? (g.values.phone ?? null) : oldPhone;
      updates.push([
        old.id,
        ...FIELDS.map(([f]) => (f === 'keywords' ? pgTextArray(merged.keywords as string[]) : merged[f])),
        phoneChanged ? (phone ? pii.encrypt(phone) : null) : old.phone_cipher,
        phone ? maskPhone(phone) : null,
        old.row_version,
      ]);
    }

    const cols = FIELDS.map(([f]) => f as string);
    const casts = FIELDS.map(([, , c]) => c as string);
    return tableWritePlan(sql, {
      table: 'expert',
      size: 500,
      insert: {
        columns: [...cols, 'id_number_cipher', 'id_number_hash', 'id_number_masked', 'phone_cipher', 'phone_masked'],
        casts: [...casts, 'text', 'varchar', 'varchar', 'text', 'varchar'],
        rows: inserts,
      },
      update: { columns: [...cols, 'phone_cipher', 'phone_masked'], casts: [...casts, 'text', 'varchar'], rows: updates },
      unchanged,
    });
  },
};
