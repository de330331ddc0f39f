/**
 * The public notice lasts 5 Chinese working days (Art. 12.5), counted with the statutory
 * holidays and make-up workdays of the `work_calendar_day` table: across the 2026 Spring
 * Festival and National Day, in the calendar itself, through the API, and on real notices
 * published by the workflow on those days.
 */
import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { createOrm } from '@techvp/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../server/dist/domain/working-days';
import { Role } from '../../server/dist/modules/identity/role';
import { PipelineService } from '../../server/dist/modules/workflow/pipeline.service';
import { startTestServer, TestServer } from '../support/server';
import { ok } from './support';

/** 春节 2026: Sat 14 Feb is a make-up workday; 16-20 and 23 Feb are holidays. 国庆 2026: 1-7 Oct off, Sat 10 Oct works. */
const CASES = [
  { start: '2026-02-13', end: '2026-02-26', days: ['2026-02-13', '2026-02-14', '2026-02-24', '2026-02-25', '2026-02-26'] },
  { start: '2026-09-30', end: '2026-10-12', days: ['2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12'] },
];

describe('five Chinese working days (Art. 12.5)', () => {
  let api: TestServer;
  let orm: MikroORM<PostgreSqlDriver>;
  let calendar: InstanceType<typeof WorkCalendar>;

  beforeAll(async () => {
    api = await startTestServer({ as: 'analyst' });
    orm = await createOrm({ url: api.db.url, poolMax: 1 });
    const { rows } = await api.db.sql.query('select day::text, is_workday from work_calendar_day');
    calendar = new WorkCalendar(rows.map((r) => ({ day: r.day, isWorkday: r.is_workday })));
  });
  afterAll(async () => {
    await orm?.close(true);
    await api?.close();
  });

  it('holds the published 2026 holidays and make-up workdays', async () => {
    const { rows } = await api.db.sql.query(
      "select day::text, is_workday from work_calendar_day where day between '2026-02-13' and '2026-02-28' or day between '2026-09-30' and '2026-10-12' order by day",
    );
    expect(rows.filter((r) => r.is_workday).map((r) => r.day)).toEqual(['2026-02-14', '2026-02-28', '2026-10-10']);
    expect(rows.filter((r) => !r.is_workday).map((r) => r.day)).toEqual([
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-23',
      '2026-10-01',
      '2026-10-02',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ]);
  });

  for (const c of CASES) {
    it(`a notice starting ${c.start} ends on ${c.end}, counting the make-up workday and skipping the holiday`, async () => {
      expect(calendar.endOfWorkdays(c.start, 5)).toBe(c.end);
      const counted: string[] = [];
      for (let d = c.start; d <= c.end; d = new Date(Date.parse(`${d}T00:00:00Z`) + 86400000).toISOString().slice(0, 10)) {
        if (calendar.isWorkday(d)) counted.push(d);
      }
      expect(counted).toEqual(c.days);
      const res = await ok<{ workingDaysEnd: string }>(
        api,
        await api.login('analyst'),
        'query($s: LocalDate!) { workingDaysEnd(start: $s, days: 5) }',
        {
          s: c.start,
        },
      );
      expect(res.workingDaysEnd).toBe(c.end);
    });
  }

  it('gives a notice published on those days its end date from the calendar', async () => {
    const { rows: filed } = await api.db.sql.query("select id, version from application where stage = 'FILED' order by id limit 2");
    expect(filed).toHaveLength(2);
    const { rows: bureau } = await api.db.sql.query("select id from app_user where username = 'bureau'");
    const viewer = { userId: bureau[0].id, username: 'bureau', role: Role.ST_BUREAU, divisionId: null, enterpriseId: null, expertId: null };
    for (const [i, c] of CASES.entries()) {
      const clock = () => new Date(`${c.start}T09:30:00+08:00`);
      const service = new PipelineService(orm.em.fork(), viewer, clock);
      const notice = await service.publishNotice({
        applications: [{ applicationId: filed[i].id, version: filed[i].version }],
        title: '拟认定科技副总名单公示',
        channel: '市科技局官方网站',
      });
      const { rows } = await api.db.sql.query(
        'select n.starts_on::text, n.ends_on::text, a.stage from public_notice n join application a on a.notice_id = n.id where n.id = $1',
        [notice.id],
      );
      expect(rows[0]).toEqual({ starts_on: c.start, ends_on: c.end, stage: 'IN_NOTICE' });
    }
  });

  it('refuses to count working days in a year whose holiday arrangement is not loaded', async () => {
    const { rows } = await api.db.sql.query('select max(day)::text as last from work_calendar_day');
    const year = Number(rows[0].last.slice(0, 4)) + 1;
    const res = await api.gqlAs(await api.login('analyst'), 'query($s: LocalDate!) { workingDaysEnd(start: $s) }', { s: `${year}-03-02` });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'WORK_CALENDAR', year });
  });
});
