/**
 * Enterprise import, matched by unified social credit code (GB 32100, check character
 * validated). The S&T bureau imports any county's enterprises; a county bureau only its own
 * county's (Art. 12.1-2: it reviews them), and a code already registered in another county is
 * reported as such (the database function `techvp_credit_codes_in_use` answers whether a code
 * exists anywhere, and nothing more). Money is exact (yuan with at most two decimals → fen).
 */
import { maskPhone } from '../../domain/identifiers';
import { fenFromDb } from '../../domain/money';
import { Role } from '../identity/role';
import { at, has, Importer, ImportPlan, NamedLookup, same, tableWritePlan, val } from './import.shared';
import { ENTERPRISES } from './templates';
import type { RecordRow } from './validate';

interface Existing {
  id: number;
  /** xmin as read while checking: the update skips a row changed since (see `Sql.updateMany`). */
  row_version: string;
  credit_code: string;
  name: string;
  division_id: number;
  sector_id: number;
  registered_on: string;
  independent_legal_person: boolean;
  high_tech: boolean;
  gazelle: boolean;
  municipal_project: boolean;
  revenue_fen: number;
  rd_spending_fen: number;
  violation_on: string | null;
  finances_sound: boolean;
  employees: number;
  contact_name: string;
  contact_phone_cipher: string | null;
  address: string;
}

/** [column, parsed key, SQL type, value when the cell is empty]. */
const FIELDS = [
  ['name', 'name', 'varchar', undefined],
  ['division_id', 'division', 'int', undefined],
  ['sector_id', 'sector', 'int', undefined],
  ['registered_on', 'registeredOn', 'date', undefined],
  ['independent_legal_person', 'independentLegalPerson', 'boolean', true],
  ['high_tech', 'highTech', 'boolean', false],
  ['gazelle', 'gazelle', 'boolean', false],
  ['municipal_project', 'municipalProject', 'boolean', false],
  ['revenue_fen', 'revenueFen', 'bigint', undefined],
  ['rd_spending_fen', 'rdSpendingFen', 'bigint', undefined],
  ['violation_on', 'violationOn', 'date', null],
  ['finances_sound', 'financesSound', 'boolean', true],
  ['employees', 'employees', 'int', undefined],
  ['contact_name', 'contactName', 'varchar', undefined],
  ['address', 'address', 'varchar', undefined],
] as const;
type Field = (typeof FIELDS)[number][0];

/** "聊城市东昌府区" and "东昌府区" name the same division. */
const divisionNames = (k: string) => [k, k.replace(/^(山东省)?聊城市/, '')];

export const enterpriseImporter: Importer = {
  spec: ENTERPRISES,
  roles: [Role.ST_BUREAU, Role.COUNTY_BUREAU],

  async plan(scope, rows, problems, header): Promise<ImportPlan> {
    const { sql, pii, viewer, today } = scope;
    const divisions = new NamedLookup(await sql.all('select id, code, name_zh from division'), divisionNames);
    const sectors = new NamedLookup(await sql.all('select id, code, name_zh from sector'));

    const good: Array<{ row: RecordRow; code: string; values: Partial<Record<Field, unknown>>; phone?: string | null }> = [];
    const firstByCode = new Map<string, number>();
    for (const r of rows) {
      const values: Partial<Record<Field, unknown>> = {};
      for (const [field, key, , empty] of FIELDS) {
        if (!has(r, key)) continue;
        const v = r.values[key];
        values[field] = v === null && empty !== undefined ? empty : v;
      }
      const division = val<string>(r, 'division');
      if (division) {
        const id = divisions.find(division);
        if (id === undefined) {
          problems.add(
            r.row,
            at(header, 'division'),
            `县（市、区）“${division}”不存在，请填写名称或区划代码 / unknown county-level division "${division}": give its name or code`,
          );
        } else if (viewer.role === Role.COUNTY_BUREAU && id !== viewer.divisionId) {
          problems.add(r.row, at(header, 'division'), `只能导入本县（市、区）的企业 / you may only import enterprises of your own county`);
        }
        values.division_id = id;
      }
      const sector = val<string>(r, 'sector');
      if (sector) {
        const id = sectors.find(sector);
        if (id === undefined) problems.add(r.row, at(header, 'sector'), `产业领域“${sector}”不存在 / unknown sector "${sector}"`);
        values.sector_id = id;
      }
      for (const [key, what] of [
        ['registeredOn', '注册日期 / registration date'],
        ['violationOn', '不良信用记录日期 / violation date'],
      ] as const) {
        const d = val<string>(r, key);
        if (d && d > today)
          problems.add(r.row, at(header, key), `${what.split(' / ')[0]} ${d} 晚于今天 / the ${what.split(' / ')[1]} ${d} is in the future`);
      }
      const code = val<string>(r, 'creditCode');
      if (!code) continue;
      const first = firstByCode.get(code);
      if (first !== undefined) {
        problems.add(r.row, at(header, 'creditCode'), `统一社会信用代码与第${first}行重复 / the same credit code as row ${first}`);
        continue;
      }
      firstByCode.set(code, r.row);
      if (!problems.badRows.has(r.row))
        good.push({ row: r, code, values, ...(has(r, 'contactPhone') ? { phone: val<string>(r, 'contactPhone') ?? null } : {}) });
    }

    const existing = new Map<string, Existing>();
    type Stored = Omit<Existing, 'revenue_fen' | 'rd_spending_fen'> & { revenue_fen: string; rd_spending_fen: string };
    for (const e of await sql.allIn<Stored, string>(
      good.map((g) => g.code),
      (
        p,
      ) => `select id, xmin::text as row_version, credit_code, name, division_id, sector_id, registered_on, independent_legal_person, high_tech, gazelle,
                     municipal_project, revenue_fen, rd_spending_fen, violation_on,
                     finances_sound, employees, contact_name, contact_phone_cipher, address
                from enterprise where credit_code in (${p})`,
    )) {
      existing.set(e.credit_code, { ...e, revenue_fen: fenFromDb(e.revenue_fen), rd_spending_fen: fenFromDb(e.rd_spending_fen) });
    }
    // Codes that exist but are not visible to this account belong to another county.
    const unseen = good.filter((g) => !existing.has(g.code)).map((g) => g.code);
    const taken = new Set(
      unseen.length
        ? (await sql.allIn<{ code: string }, string>(unseen, (p) => `select techvp_credit_codes_in_use(array[${p}]::text[]) as code`)).map(
            (t) => t.code,
          )
        : [],
    );

    const inserts: unknown[][] = [];
    const updates: unknown[][] = [];
    let unchanged = 0;
    for (const g of good) {
      const old = existing.get(g.code);
      if (!old && taken.has(g.code)) {
        problems.add(
          g.row.row,
          at(header, 'creditCode'),
          '该统一社会信用代码已登记在其他县（市、区），请联系市科技局 / this credit code is registered in another county: contact the city bureau',
        );
        continue;
      }
      if (!old) {
        inserts.push([
          g.code,
          ...FIELDS.map(([f, , , empty]) => g.values[f] ?? (empty === undefined ? null : empty)),
          g.phone ? pii.encrypt(g.phone) : null,
          g.phone ? maskPhone(g.phone) : null,
        ]);
        continue;
      }
      const merged = Object.fromEntries(FIELDS.map(([f]) => [f, f in g.values ? g.values[f] : old[f]])) as Record<Field, unknown>;
      const oldPhone = old.contact_phone_cipher ? pii.decrypt(old.contact_phone_cipher) : null;
      const phoneChanged = 'phone' in g && !same(g.phone, oldPhone);
      if (!phoneChanged && FIELDS.every(([f]) => same(merged[f], old[f]))) {
        unchanged++;
        continue;
      }
      const phone = phoneChanged ? (g.phone ?? null) : oldPhone;
      updates.push([
        old.id,
        ...FIELDS.map(([f]) => merged[f]),
        phoneChanged ? (phone ? pii.encrypt(phone) : null) : old.contact_phone_cipher,
        phone ? maskPhone(phone) : null,
        old.row_version,
      ]);
    }

    const cols = FIELDS.map(([f]) => f as string);
    const casts = FIELDS.map(([, , c]) => c as string);
    return tableWritePlan(sql, {
      table: 'enterprise',
      size: 500,
      insert: {
        columns: ['credit_code', ...cols, 'contact_phone_cipher', 'contact_phone_masked'],
        casts: ['varchar', ...casts, 'text', 'varchar'],
        rows: inserts,
      },
      update: { columns: [...cols, 'contact_phone_cipher', 'contact_phone_masked'], casts: [...casts, 'text', 'varchar'], rows: updates },
      unchanged,
    });
  },
};
