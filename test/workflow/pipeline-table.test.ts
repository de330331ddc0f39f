/**
 * The transition table, exhaustively: every stage × action × role × hold combination is either
 * one of the transitions written out below (our independent reading of Art. 12) or refused,
 * and for the right reason.
 */
import { describe, expect, it } from 'vitest';
import { ApplicationStage, Decision, ReviewStep } from '../../server/dist/modules/application/application.enums';
import { Role } from '../../server/dist/modules/identity/role';
import { actionsFor, FINAL_STAGES, permit, TRANSITIONS, WorkflowAction } from '../../server/dist/modules/workflow/pipeline';

/** from, action, to, step, decision, role — straight from DOMAIN.md "The pipeline". */
const EXPECTED: Array<[string, string, string, string, string, string]> = [
  ['DRAFT', 'SUBMIT', 'SUBMITTED', 'SUBMISSION', 'SUBMIT', 'ENTERPRISE'],
  ['SUBMITTED', 'PASS', 'COUNTY_APPROVED', 'COUNTY_REVIEW', 'PASS', 'COUNTY_BUREAU'],
  ['SUBMITTED', 'RETURN', 'DRAFT', 'COUNTY_REVIEW', 'RETURN', 'COUNTY_BUREAU'],
  ['SUBMITTED', 'REJECT', 'REJECTED', 'COUNTY_REVIEW', 'REJECT', 'COUNTY_BUREAU'],
  ['COUNTY_APPROVED', 'PASS', 'CITY_APPROVED', 'CITY_REVIEW', 'PASS', 'ST_BUREAU'],
  ['COUNTY_APPROVED', 'RETURN', 'DRAFT', 'CITY_REVIEW', 'RETURN', 'ST_BUREAU'],
  ['COUNTY_APPROVED', 'REJECT', 'REJECTED', 'CITY_REVIEW', 'REJECT', 'ST_BUREAU'],
  ['CITY_APPROVED', 'SELECT', 'MATCHED', 'MATCHING', 'PASS', 'ST_BUREAU'],
  ['CITY_APPROVED', 'RETURN', 'DRAFT', 'MATCHING', 'RETURN', 'ST_BUREAU'],
  ['CITY_APPROVED', 'REJECT', 'REJECTED', 'MATCHING', 'REJECT', 'ST_BUREAU'],
  ['MATCHED', 'PASS', 'PARTY_APPROVED', 'PARTY_REVIEW', 'PASS', 'ST_BUREAU'],
  ['MATCHED', 'RETURN', 'DRAFT', 'PARTY_REVIEW', 'RETURN', 'ST_BUREAU'],
  ['MATCHED', 'REJECT', 'REJECTED', 'PARTY_REVIEW', 'REJECT', 'ST_BUREAU'],
  ['PARTY_APPROVED', 'FILE', 'FILED', 'FILING', 'PASS', 'ST_BUREAU'],
  ['FILED', 'PUBLISH_NOTICE', 'IN_NOTICE', 'NOTICE', 'PASS', 'ST_BUREAU'],
  ['IN_NOTICE', 'RAISE_OBJECTION', 'IN_NOTICE', 'OBJECTION', 'HOLD', 'ST_BUREAU'],
  ['IN_NOTICE', 'UPHOLD_OBJECTION', 'REJECTED', 'OBJECTION', 'REJECT', 'ST_BUREAU'],
  ['IN_NOTICE', 'DISMISS_OBJECTION', 'IN_NOTICE', 'OBJECTION', 'RELEASE', 'ST_BUREAU'],
  ['IN_NOTICE', 'RECOGNISE', 'RECOGNISED', 'RECOGNITION', 'PASS', 'ST_BUREAU'],
  ...['DRAFT', 'SUBMITTED', 'COUNTY_APPROVED', 'CITY_APPROVED', 'MATCHED', 'PARTY_APPROVED', 'FILED', 'IN_NOTICE'].map(
    (from): [string, string, string, string, string, string] => [from, 'WITHDRAW', 'WITHDRAWN', 'WITHDRAWAL', 'WITHDRAW', 'ENTERPRISE'],
  ),
];

/** Only the objection steps go on while an objection holds the case. */
const ON_HOLD_ALLOWED = new Set(['RAISE_OBJECTION', 'UPHOLD_OBJECTION', 'DISMISS_OBJECTION']);
const RULE_STEPS = new Set(['SUBMIT', 'PASS', 'SELECT', 'RECOGNISE']);
const REASON_STEPS = new Set(['RETURN', 'REJECT', 'WITHDRAW', 'RAISE_OBJECTION', 'UPHOLD_OBJECTION', 'DISMISS_OBJECTION']);

const stages = Object.values(ApplicationStage) as ApplicationStage[];
const actions = Object.values(WorkflowAction) as WorkflowAction[];
const roles = Object.values(Role) as Role[];

describe('the pipeline transition table (Art. 12)', () => {
  it('lists exactly the transitions of the measures, each with its step, decision and one owning role', () => {
    const actual = TRANSITIONS.map((t) => [t.from, t.action, t.to, t.step, t.decision, t.roles.join('|')].join(' '));
    expect(actual.sort()).toEqual(EXPECTED.map((e) => e.join(' ')).sort());
    expect(new Set(actual.map((a) => a.split(' ').slice(0, 2).join(' '))).size).toBe(actual.length);
    for (const t of TRANSITIONS) {
      expect(Object.values(ReviewStep)).toContain(t.step);
      expect(Object.values(Decision)).toContain(t.decision);
      expect(t.checksRules).toBe(RULE_STEPS.has(t.action));
      expect(t.needsReason).toBe(REASON_STEPS.has(t.action));
      expect(t.whileOnHold).toBe(ON_HOLD_ALLOWED.has(t.action));
      expect(t.article).toMatch(/^(第十二条|—)/);
    }
  });

  it('decides every stage × action × role × hold combination', () => {
    let allowed = 0;
    let checked = 0;
    for (const stage of stages) {
      for (const action of actions) {
        const row = EXPECTED.find((e) => e[0] === stage && e[1] === action);
        for (const role of roles) {
          for (const onHold of [false, true]) {
            checked++;
            const d = permit(stage, action, role, onHold);
            if (!row) {
              expect(d).toMatchObject({ ok: false, kind: 'NO_TRANSITION' });
            } else if (row[5] !== role) {
              expect(d).toMatchObject({ ok: false, kind: 'WRONG_ROLE' });
            } else if (onHold && !ON_HOLD_ALLOWED.has(action)) {
              expect(d).toMatchObject({ ok: false, kind: 'ON_HOLD' });
            } else {
              expect(d.ok).toBe(true);
              if (d.ok) expect(d.transition.to).toBe(row[2]);
              allowed++;
            }
          }
        }
      }
    }
    expect(checked).toBe(stages.length * actions.length * roles.length * 2);
    // Each row allowed for its one role, plus again while on hold for the three objection steps.
    expect(allowed).toBe(EXPECTED.length + 3);
  });

  it('lets nothing leave a final stage', () => {
    expect([...FINAL_STAGES].sort()).toEqual(['RECOGNISED', 'REJECTED', 'WITHDRAWN']);
    for (const stage of FINAL_STAGES) for (const role of roles) expect(actionsFor(stage, role)).toEqual([]);
  });

  it('offers each role exactly its own next actions', () => {
    expect(actionsFor(ApplicationStage.DRAFT, Role.ENTERPRISE).sort()).toEqual(['SUBMIT', 'WITHDRAW']);
    expect(actionsFor(ApplicationStage.SUBMITTED, Role.COUNTY_BUREAU).sort()).toEqual(['PASS', 'REJECT', 'RETURN']);
    expect(actionsFor(ApplicationStage.SUBMITTED, Role.ST_BUREAU)).toEqual([]);
    expect(actionsFor(ApplicationStage.IN_NOTICE, Role.ST_BUREAU, true).sort()).toEqual([
      'DISMISS_OBJECTION',
      'RAISE_OBJECTION',
      'UPHOLD_OBJECTION',
    ]);
    expect(actionsFor(ApplicationStage.IN_NOTICE, Role.ENTERPRISE, true)).toEqual([]);
    for (const role of [
      Role.ADMIN,
      Role.LEADERSHIP,
      Role.ANALYST,
      Role.FINANCE,
      Role.HR,
      Role.EVALUATION_AGENCY,
      Role.EXPERT,
      Role.ORG_DEPT,
    ]) {
      for (const stage of stages) expect(actionsFor(stage, role)).toEqual([]);
    }
  });
});
