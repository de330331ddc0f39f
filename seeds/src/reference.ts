/**
 * Reference data: Liaocheng's divisions and functional zones, the sectors of Art. 10, the
 * institutions that send experts (all from data/liaocheng.json, never retyped), the Chinese
 * work calendar for the 5-working-day notice (Art. 12.5), and the default policy settings.
 * `loadReferenceData` upserts them by natural key and runs on every start-up.
 */
import fs from 'node:fs';
import path from 'node:path';
import { publishedOverrides } from '@techvp/server';
import { type Db, inTransaction, withClient } from './db';
import type { Row } from './schema';

export interface ReferenceFile {
  about: string;
  city: { code: string; zh: string; en: string };
  sectors: { code: string; zh: string; en: string; priority: boolean }[];
  divisions: { code: string; zh: string; en: string; kind: string; industries: Record<string, number> }[];
  institutions: { zh: string; en: string; type: string; city: string }[];
}

/** The package's own copy, so the repository works without ../shared at run time. */
export const REFERENCE_FILE = path.resolve(__dirname, '..', 'data', 'liaocheng.json');

let cached: ReferenceFile | undefined;
export function readReferenceFile(): ReferenceFile {
  cached ??= JSON.parse(fs.readFileSync(REFERENCE_FILE, 'utf8')) as ReferenceFile;
  return cached;
}

const DIVISION_KINDS: Record<string, string> = {
  district: 'DISTRICT',
  county: 'COUNTY',
  'county-level city': 'COUNTY_CITY',
  'functional zone': 'FUNCTIONAL_ZONE',
};
const INSTITUTION_KINDS: Record<string, string> = { university: 'UNIVERSITY', institute: 'INSTITUTE' };

/** Stable institution code: the English name as a slug, e.g. `liaocheng-university`. */
export function institutionCode(nameEn: string): string {
  return nameEn
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function mapped(table: Record<string, string>, key: string, what: string): string {
  const v = table[key];
  if (!v) throw new Error(`liaocheng.json: unknown ${what} "${key}"`);
  return v;
}

/** Reference rows with ids in file order (1-based); the database may number them differently. */
export interface ReferenceRows {
  division: Row<'division'>[];
  sector: Row<'sector'>[];
  institution: Row<'institution'>[];
}

export function referenceRows(file: ReferenceFile = readReferenceFile()): ReferenceRows {
  const division = file.divisions.map((d, i) => ({
    id: i + 1,
    code: d.code,
    name_zh: d.zh,
    name_en: d.en,
    kind: mapped(DIVISION_KINDS, d.kind, 'division kind'),
    sort_order: i + 1,
  }));
  const sector = file.sectors.map((s, i) => ({
    id: i + 1,
    code: s.code,
    name_zh: s.zh,
    name_en: s.en,
    priority: s.priority,
    sort_order: i + 1,
  }));
  const institution = file.institutions.map((s, i) => ({
    id: i + 1,
    code: institutionCode(s.en),
    name_zh: s.zh,
    name_en: s.en,
    kind: mapped(INSTITUTION_KINDS, s.type, 'institution type'),
    city: s.city,
  }));
  const codes = new Set(institution.map((r) => r.code));
  if (codes.size !== institution.length) throw new Error('liaocheng.json: two institutions share an English name slug');
  return { division, sector, institution };
}

export interface SettingDefault {
  key: string;
  value: unknown;
  description: string;
}

/** Thresholds the measures leave to "national or city rules": defaults, editable by the bureau. */
export const DEFAULT_SETTINGS: SettingDefault[] = [
  {
    key: 'n4.rdRatio',
    value: [
      { revenueUpToYuan: 50_000_000, minRatio: 0.05 },
      { revenueUpToYuan: 200_000_000, minRatio: 0.04 },
      { revenueUpToYuan: null, minRatio: 0.03 },
    ],
    description:
      '规则N4（第九条第2项）：研发投入占主营业务收入比例下限，默认按高新技术企业认定标准 / Rule N4 (Art. 9.2): minimum R&D-to-revenue ratio by revenue band; default is the national high-tech enterprise rule',
  },
  {
    key: 'n5.minMonthlyAllowanceFen',
    value: 100_000,
    description: '规则N5（第十一条第2项）：每月生活补助及交通费下限（分） / Rule N5 (Art. 11.2): minimum monthly allowance, in fen',
  },
  {
    key: 'e2.minWorkYears',
    value: 2,
    description: '规则E2（第五条第1项）：最少工作年限 / Rule E2 (Art. 5.1): minimum years of work experience',
  },
  {
    key: 'e3.misconductLookbackYears',
    value: 3,
    description: '规则E3（第五条第4项）：学术不端记录回溯年限 / Rule E3 (Art. 5.4): years without a misconduct record',
  },
  {
    key: 'n1.minRegisteredYears',
    value: 1,
    description: '规则N1（第九条第1项）：企业注册最少年限 / Rule N1 (Art. 9.1): minimum years since registration',
  },
  {
    key: 'n3.lookbackYears',
    value: 3,
    description:
      '规则N3（第九条第1项）：重大违法和不良信用回溯年限 / Rule N3 (Art. 9.1): years without a major violation or bad-credit record',
  },
  {
    key: 'notice.workingDays',
    value: 5,
    description: '公示期（第十二条第5项）：工作日数 / Public notice (Art. 12.5): length in Chinese working days',
  },
  {
    key: 'evaluation.excellentRewardFen',
    value: 5_000_000,
    description: '考核优秀奖励（第十七条）：金额（分） / Reward for an excellent grade (Art. 17), in fen',
  },
  {
    key: 'project.supportCapFen',
    value: 100_000_000,
    description:
      '协同创新项目（第二十条）：单个项目支持资金上限（分） / Co-innovation project (Art. 20): cap on support per project, in fen',
  },
  {
    key: 'project.minEnterpriseShare',
    value: 0.5,
    description:
      '协同创新项目（第二十条）：企业投入不低于项目总额的比例 / Co-innovation project (Art. 20): minimum enterprise share of the total',
  },
];

export interface ReferenceLoadResult {
  divisions: number;
  sectors: number;
  institutions: number;
  calendarDays: number;
  settings: number;
}

/**
 * Upserts the reference data by natural key in one transaction. Divisions, sectors and
 * institutions follow the file (changed rows are updated); calendar days and settings are only
 * added when missing, so the bureau's own edits survive every restart.
 */
export async function loadReferenceData(db: Db): Promise<ReferenceLoadResult> {
  return withClient(db, (client) => inTransaction(client, () => upsertReferenceData(client)));
}

/** The work of loadReferenceData, on a client already inside a transaction. */
export async function upsertReferenceData(client: import('pg').ClientBase): Promise<ReferenceLoadResult> {
  const ref = referenceRows();
  const d = ref.division;
  await client.query(
    `insert into division (code, name_zh, name_en, kind, sort_order)
     select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[])
     on conflict (code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en, kind = excluded.kind,
       sort_order = excluded.sort_order, updated_at = now()
     where (division.name_zh, division.name_en, division.kind, division.sort_order)
       is distinct from (excluded.name_zh, excluded.name_en, excluded.kind, excluded.sort_order)`,
    [d.map((r) => r.code), d.map((r) => r.name_zh), d.map((r) => r.name_en), d.map((r) => r.kind), d.map((r) => r.sort_order)],
  );
  const s = ref.sector;
  await client.query(
    `insert into sector (code, name_zh, name_en, priority, sort_order)
     select * from unnest($1::text[], $2::text[], $3::text[], $4::bool[], $5::int[])
     on conflict (code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en, priority = excluded.priority,
       sort_order = excluded.sort_order, updated_at = now()
     where (sector.name_zh, sector.name_en, sector.priority, sector.sort_order)
       is distinct from (excluded.name_zh, excluded.name_en, excluded.priority, excluded.sort_order)`,
    [s.map((r) => r.code), s.map((r) => r.name_zh), s.map((r) => r.name_en), s.map((r) => r.priority), s.map((r) => r.sort_order)],
  );
  const i = ref.institution;
  await client.query(
    `insert into institution (code, name_zh, name_en, kind, city)
     select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
     on conflict (code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en, kind = excluded.kind,
       city = excluded.city, updated_at = now()
     where (institution.name_zh, institution.name_en, institution.kind, institution.city)
       is distinct from (excluded.name_zh, excluded.name_en, excluded.kind, excluded.city)`,
    [i.map((r) => r.code), i.map((r) => r.name_zh), i.map((r) => r.name_en), i.map((r) => r.kind), i.map((r) => r.city)],
  );
  const days = publishedOverrides();
  await client.query(
    `insert into work_calendar_day (day, is_workday, note)
     select * from unnest($1::date[], $2::bool[], $3::text[])
     on conflict (day) do nothing`,
    [days.map((o) => o.day), days.map((o) => o.isWorkday), days.map((o) => o.note ?? '')],
  );
  await client.query(
    `insert into setting (key, value, description)
     select k, v::jsonb, d from unnest($1::text[], $2::text[], $3::text[]) as t(k, v, d)
     on conflict (key) do nothing`,
    [DEFAULT_SETTINGS.map((x) => x.key), DEFAULT_SETTINGS.map((x) => JSON.stringify(x.value)), DEFAULT_SETTINGS.map((x) => x.description)],
  );
  const { rows } = await client.query<Record<keyof ReferenceLoadResult, string>>(
    `select (select count(*) from division) as divisions, (select count(*) from sector) as sectors,
            (select count(*) from institution) as institutions, (select count(*) from work_calendar_day) as "calendarDays",
            (select count(*) from setting) as settings`,
  );
  const r = rows[0];
  return {
    divisions: Number(r.divisions),
    sectors: Number(r.sectors),
    institutions: Number(r.institutions),
    calendarDays: Number(r.calendarDays),
    settings: Number(r.settings),
  };
}
