import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TestServer } from '../support/server';

/** The 2027 Spring Festival as a bureau would load it (illustrative dates for the test). */
const SPRING_2027 = [
  { day: '2027-02-05', isWorkday: false, note: '春节' },
  { day: '2027-02-08', isWorkday: false, note: '春节' },
  { day: '2027-02-09', isWorkday: false, note: '春节' },
  { day: '2027-02-10', isWorkday: false, note: '春节' },
  { day: '2027-02-11', isWorkday: false, note: '春节' },
  { day: '2027-02-20', isWorkday: true, note: '春节调休上班' },
];

describe('the bureau loads a year’s holiday arrangement', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ as: 'bureau' });
  });
  afterAll(async () => api?.close());

  const SET = 'mutation($y: Int!, $d: [WorkCalendarDayInput!]!) { setWorkCalendarYear(year: $y, days: $d) }';

  it('refuses to count 2027 working days until 2027 is loaded, then counts across the holiday', async () => {
    const before = await api.gql('{ workingDaysEnd(start: "2027-02-03", days: 5) }');
    expect(before.errors?.[0].extensions).toMatchObject({ rule: 'WORK_CALENDAR' });
    const loaded = await api.gql<{ setWorkCalendarYear: number }>(SET, { y: 2027, d: SPRING_2027 });
    expect(loaded.errors).toBeUndefined();
    expect(loaded.data!.setWorkCalendarYear).toBe(6);
    // Wed 3, Thu 4 Feb, then the holiday to Thu 11, then Fri 12, Mon 15, Tue 16.
    const after = await api.gql<{ workingDaysEnd: string }>('{ workingDaysEnd(start: "2027-02-03", days: 5) }');
    expect(after.data!.workingDaysEnd).toBe('2027-02-16');
  });

  it('replaces the year as a whole and refuses inconsistent days with the field named, writing nothing', async () => {
    const bad = await api.gql(SET, { y: 2027, d: [{ day: '2027-02-06', isWorkday: false, note: '周六' }] });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days[0].isWorkday' });
    const wrongYear = await api.gql(SET, { y: 2027, d: [{ day: '2028-01-03', isWorkday: false, note: '元旦' }] });
    expect(wrongYear.errors?.[0].extensions).toMatchObject({ field: 'days[0].day' });
    const { rows } = await api.db.sql.query(
      "select count(*)::int as n from work_calendar_day where day between '2027-01-01' and '2027-12-31'",
    );
    expect(rows[0].n).toBe(SPRING_2027.length);
  });

  it('is the bureau’s alone', async () => {
    const analyst = await api.login('analyst');
    const res = await api.gqlAs(analyst, SET, { y: 2027, d: SPRING_2027 });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
