/**
 * The ledger's service kinds (Art. 6): talent introduction and training (人才引进与培养, Art. 6.3)
 * is recorded like the others and counts toward days on site and people trained (Art. 7.1, 7.3),
 * not toward the ten technical services nor the three briefings or trainings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TestServer } from '../support/server';
import { demoBindings, ok, today } from './support';

const RECORD = 'mutation($input: RecordServiceInput!) { recordService(input: $input) { id kind } }';
const INDICATORS = `query($a: Int!, $y: Int!) { appointmentIndicators(appointmentId: $a, year: $y) { indicators { code actual } } }`;

describe('service kinds of the ledger (Art. 6, 7)', () => {
  let api: TestServer;
  let expert: string;
  let appointmentId: number;

  beforeAll(async () => {
    api = await startTestServer({ as: null });
    expert = await api.login('expert');
    const ids = await demoBindings(api.db.sql);
    const { rows } = await api.db.sql.query("select id from appointment where expert_id = $1 and status = 'ACTIVE'", [ids.expertId]);
    appointmentId = rows[0].id;
  });
  afterAll(async () => api?.close());

  const actual = async () => {
    const res = await ok<{ appointmentIndicators: { indicators: Array<{ code: string; actual: number }> } }>(api, expert, INDICATORS, {
      a: appointmentId,
      y: Number(today().slice(0, 4)),
    });
    return Object.fromEntries(res.appointmentIndicators.indicators.map((i) => [i.code, i.actual]));
  };

  it('records a talent introduction and training service (Art. 6.3), counted in days on site and people trained only', async () => {
    const before = await actual();
    const res = await ok<{ recordService: { id: number; kind: string } }>(api, expert, RECORD, {
      input: {
        appointmentId,
        serviceDate: today(),
        kind: 'TALENT',
        daysOnSite: 2,
        content: '组织聊城大学机械专业学生到企业实习实训',
        effect: '6名学生完成实训，2名签约留聊',
        peopleTrained: 6,
      },
    });
    expect(res.recordService.kind).toBe('TALENT');
    const { rows } = await api.db.sql.query('select kind, days_on_site, people_trained from ledger_entry where id = $1', [
      res.recordService.id,
    ]);
    expect(rows[0]).toEqual({ kind: 'TALENT', days_on_site: 2, people_trained: 6 });
    const after = await actual();
    expect(after).toEqual({
      ...before,
      DAYS_ON_SITE: before.DAYS_ON_SITE + 2,
      PEOPLE_TRAINED: before.PEOPLE_TRAINED + 6,
    });
  });

  it('the database accepts the six kinds and refuses any other', async () => {
    const { rows } = await api.db.sql.query(
      "select pg_get_constraintdef(oid) as def from pg_constraint where conname = 'ledger_entry_kind_check'",
    );
    for (const kind of ['TECH_SERVICE', 'TRAINING', 'POLICY_BRIEFING', 'RD_MEETING', 'COOPERATION', 'TALENT'])
      expect(rows[0].def).toContain(`'${kind}'`);
    await expect(
      api.db.sql.query("update ledger_entry set kind = 'HOLIDAY' where id = (select min(id) from ledger_entry)"),
    ).rejects.toThrow(/ledger_entry_kind_check/);
  });
});
