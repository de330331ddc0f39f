import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_SETTINGS, loadReferenceData, REFERENCE_FILE } from '@techvp/seeds';
import { publishedOverrides } from '@techvp/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigratedDatabase, ENGINE } from '../support/db';

type Db = Awaited<ReturnType<typeof createMigratedDatabase>>;

const SHARED_FILE = path.resolve(__dirname, '..', '..', '..', 'shared', 'data', 'liaocheng.json');

describe('the reference data copy', () => {
  it.skipIf(!fs.existsSync(SHARED_FILE))('is byte-identical to ../shared/data/liaocheng.json', () => {
    expect(REFERENCE_FILE).toBe(path.resolve(__dirname, '..', '..', 'seeds', 'data', 'liaocheng.json'));
    expect(fs.readFileSync(REFERENCE_FILE).equals(fs.readFileSync(SHARED_FILE))).toBe(true);
  });
});

describe(`loading reference data on ${ENGINE} PostgreSQL`, () => {
  let db: Db;
  beforeAll(async () => {
    db = await createMigratedDatabase();
  });
  afterAll(async () => db?.close());

  const snapshot = async () => {
    const tables = ['division', 'sector', 'institution', 'work_calendar_day', 'setting'];
    const out: Record<string, unknown[]> = {};
    for (const t of tables)
      out[t] = (await db.sql.query(`select * from ${t} order by id`)).rows.map(({ created_at: _c, updated_at: _u, ...r }) => r);
    return out;
  };

  it('loads the 8 GB/T 2260 divisions, the 3 functional zones, the sectors, the 40 institutions, the calendar and the settings', async () => {
    const result = await loadReferenceData(db.sql);
    expect(result).toEqual({
      divisions: 11,
      sectors: 8,
      institutions: 40,
      calendarDays: publishedOverrides().length,
      settings: DEFAULT_SETTINGS.length,
    });
    const { rows: divisions } = await db.sql.query('select code, name_zh, kind, sort_order from division order by sort_order');
    expect(divisions.filter((d) => /^\d{6}$/.test(d.code))).toHaveLength(8);
    expect(divisions[0]).toEqual({ code: '371502', name_zh: '东昌府区', kind: 'DISTRICT', sort_order: 1 });
    expect(divisions.find((d) => d.code === '371581')).toMatchObject({ name_zh: '临清市', kind: 'COUNTY_CITY' });
    expect(divisions.filter((d) => d.kind === 'FUNCTIONAL_ZONE')).toHaveLength(3);
    const { rows: sectors } = await db.sql.query('select code, priority from sector order by sort_order');
    // Art. 10 names 传统产业转型升级 among the priority fields, like the seven others.
    expect(sectors.filter((s) => s.priority)).toHaveLength(8);
    expect(sectors.at(-1)).toEqual({ code: 'TRADITIONAL_UPGRADE', priority: true });
    const { rows: inst } = await db.sql.query(
      `select code, kind from institution where name_zh in ('聊城大学', '中国科学院自动化研究所') order by code`,
    );
    expect(inst).toEqual([
      { code: 'institute-of-automation-cas', kind: 'INSTITUTE' },
      { code: 'liaocheng-university', kind: 'UNIVERSITY' },
    ]);
    const { rows: settings } = await db.sql.query(
      `select key, value from setting where key in ('n4.rdRatio', 'n5.minMonthlyAllowanceFen') order by key`,
    );
    expect(settings).toEqual([
      {
        key: 'n4.rdRatio',
        value: [
          { revenueUpToYuan: 50000000, minRatio: 0.05 },
          { revenueUpToYuan: 200000000, minRatio: 0.04 },
          { revenueUpToYuan: null, minRatio: 0.03 },
        ],
      },
      { key: 'n5.minMonthlyAllowanceFen', value: 100000 },
    ]);
    const { rows: days } = await db.sql.query(
      `select day::text as day, is_workday from work_calendar_day where day in ('2026-01-01', '2026-01-04')`,
    );
    expect(days.sort((a, b) => a.day.localeCompare(b.day))).toEqual([
      { day: '2026-01-01', is_workday: false },
      { day: '2026-01-04', is_workday: true },
    ]);
  });

  it('changes nothing when loaded again (upsert by natural key)', async () => {
    const before = await snapshot();
    await loadReferenceData(db.sql);
    await loadReferenceData(db.sql);
    expect(await snapshot()).toEqual(before);
  });

  it("keeps the bureau's own edits of settings and calendar days across restarts", async () => {
    await db.sql.query(`update setting set value = '150000'::jsonb where key = 'n5.minMonthlyAllowanceFen'`);
    await db.sql.query(`update work_calendar_day set note = '元旦（局调整）' where day = '2026-01-01'`);
    await loadReferenceData(db.sql);
    const { rows } = await db.sql.query(`select value from setting where key = 'n5.minMonthlyAllowanceFen'`);
    expect(rows[0].value).toBe(150000);
    const { rows: day } = await db.sql.query(`select note from work_calendar_day where day = '2026-01-01'`);
    expect(day[0].note).toBe('元旦（局调整）');
  });

  it('restores a division renamed by hand to what the reference file says', async () => {
    await db.sql.query(`update division set name_zh = '改名区' where code = '371502'`);
    await loadReferenceData(db.sql);
    const { rows } = await db.sql.query(`select name_zh from division where code = '371502'`);
    expect(rows[0].name_zh).toBe('东昌府区');
  });
});
