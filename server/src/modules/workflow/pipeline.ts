/**
 * The pipeline of Art. 12 as data: every allowed transition of an application, the role that
 * owns it, the step and decision it is recorded as, and whether the eligibility rules are
 * evaluated on it. Nothing else may move a case; tests walk this table exhaustively, and
 * docs/workflow.md shows it as a table.
 */
import { ApplicationStage, Decision, ReviewStep } from '../application/application.enums';
import { Role } from '../identity/role';

/** What someone does to a case. */
export enum WorkflowAction {
  SUBMIT = 'SUBMIT',
  PASS = 'PASS',
  RETURN = 'RETURN',
  REJECT = 'REJECT',
  SELECT = 'SELECT',
  FILE = 'FILE',
  PUBLISH_NOTICE = 'PUBLISH_NOTICE',
  RAISE_OBJECTION = 'RAISE_OBJECTION',
  UPHOLD_OBJECTION = 'UPHOLD_OBJECTION',
  DISMISS_OBJECTION = 'DISMISS_OBJECTION',
  RECOGNISE = 'RECOGNISE',
  WITHDRAW = 'WITHDRAW',
}

export interface Transition {
  from: ApplicationStage;
  action: WorkflowAction;
  to: ApplicationStage;
  step: ReviewStep;
  decision: Decision;
  /** The only roles that may take it. */
  roles: readonly Role[];
  /** Eligibility rules E1–E6, N1–N5 are evaluated, and a failing one blocks the step. */
  checksRules: boolean;
  /** A reason must be given (returns, rejections, withdrawals, objections). */
  needsReason: boolean;
  /** May be taken while an objection holds the case (Art. 12.5: the case is otherwise stopped). */
  whileOnHold: boolean;
  /** The article the step carries out. */
  article: string;
}

const S = ApplicationStage;
const A = WorkflowAction;
const ENTERPRISE = [Role.ENTERPRISE] as const;
const COUNTY = [Role.COUNTY_BUREAU] as const;
const BUREAU = [Role.ST_BUREAU] as const;

type Row = [
  from: ApplicationStage,
  action: WorkflowAction,
  to: ApplicationStage,
  step: ReviewStep,
  decision: Decision,
  roles: readonly Role[],
  article: string,
  flags?: { rules?: boolean; reason?: boolean; onHold?: boolean },
];

/** Review stages: whoever reviews there may pass (or select), return for correction, or reject. */
const REVIEWS: Array<[ApplicationStage, ReviewStep, readonly Role[], string]> = [
  [S.SUBMITTED, ReviewStep.COUNTY_REVIEW, COUNTY, '第十二条第2项'],
  [S.COUNTY_APPROVED, ReviewStep.CITY_REVIEW, BUREAU, '第十二条第3项'],
  [S.CITY_APPROVED, ReviewStep.MATCHING, BUREAU, '第十二条第4项'],
  [S.MATCHED, ReviewStep.PARTY_REVIEW, BUREAU, '第十二条第4项'],
];

/** Stages an enterprise may still withdraw from (every non-final stage). */
const WITHDRAWABLE = [S.DRAFT, S.SUBMITTED, S.COUNTY_APPROVED, S.CITY_APPROVED, S.MATCHED, S.PARTY_APPROVED, S.FILED, S.IN_NOTICE];

const ROWS: Row[] = [
  [S.DRAFT, A.SUBMIT, S.SUBMITTED, ReviewStep.SUBMISSION, Decision.SUBMIT, ENTERPRISE, '第十二条第1项、第十三条', { rules: true }],
  [S.SUBMITTED, A.PASS, S.COUNTY_APPROVED, ReviewStep.COUNTY_REVIEW, Decision.PASS, COUNTY, '第十二条第2项', { rules: true }],
  [S.COUNTY_APPROVED, A.PASS, S.CITY_APPROVED, ReviewStep.CITY_REVIEW, Decision.PASS, BUREAU, '第十二条第3项', { rules: true }],
  [S.CITY_APPROVED, A.SELECT, S.MATCHED, ReviewStep.MATCHING, Decision.PASS, BUREAU, '第十二条第4项', { rules: true }],
  [S.MATCHED, A.PASS, S.PARTY_APPROVED, ReviewStep.PARTY_REVIEW, Decision.PASS, BUREAU, '第十二条第4项', { rules: true }],
  ...REVIEWS.flatMap(([from, step, roles, article]): Row[] => [
    [from, A.RETURN, S.DRAFT, step, Decision.RETURN, roles, article, { reason: true }],
    [from, A.REJECT, S.REJECTED, step, Decision.REJECT, roles, article, { reason: true }],
  ]),
  [S.PARTY_APPROVED, A.FILE, S.FILED, ReviewStep.FILING, Decision.PASS, BUREAU, '第十二条第4项'],
  [S.FILED, A.PUBLISH_NOTICE, S.IN_NOTICE, ReviewStep.NOTICE, Decision.PASS, BUREAU, '第十二条第5项'],
  [
    S.IN_NOTICE,
    A.RAISE_OBJECTION,
    S.IN_NOTICE,
    ReviewStep.OBJECTION,
    Decision.HOLD,
    BUREAU,
    '第十二条第5项',
    { reason: true, onHold: true },
  ],
  [
    S.IN_NOTICE,
    A.UPHOLD_OBJECTION,
    S.REJECTED,
    ReviewStep.OBJECTION,
    Decision.REJECT,
    BUREAU,
    '第十二条第5项',
    { reason: true, onHold: true },
  ],
  [
    S.IN_NOTICE,
    A.DISMISS_OBJECTION,
    S.IN_NOTICE,
    ReviewStep.OBJECTION,
    Decision.RELEASE,
    BUREAU,
    '第十二条第5项',
    { reason: true, onHold: true },
  ],
  [S.IN_NOTICE, A.RECOGNISE, S.RECOGNISED, ReviewStep.RECOGNITION, Decision.PASS, BUREAU, '第十二条第5项', { rules: true }],
  ...WITHDRAWABLE.map((from): Row => [
    from,
    A.WITHDRAW,
    S.WITHDRAWN,
    ReviewStep.WITHDRAWAL,
    Decision.WITHDRAW,
    ENTERPRISE,
    '—',
    { reason: true },
  ]),
];

/** Every allowed transition. Anything not listed here is refused. */
export const TRANSITIONS: readonly Transition[] = Object.freeze(
  ROWS.map(([from, action, to, step, decision, roles, article, flags = {}]) =>
    Object.freeze({
      from,
      action,
      to,
      step,
      decision,
      roles: Object.freeze([...roles]),
      checksRules: flags.rules ?? false,
      needsReason: flags.reason ?? false,
      whileOnHold: flags.onHold ?? false,
      article,
    }),
  ),
);

/** Final stages: nothing leaves them. */
export const FINAL_STAGES: readonly ApplicationStage[] = [S.RECOGNISED, S.REJECTED, S.WITHDRAWN];

/** The transition for `action` from `stage`, if the table allows one. */
export function findTransition(stage: ApplicationStage, action: WorkflowAction): Transition | undefined {
  return TRANSITIONS.find((t) => t.from === stage && t.action === action);
}

export type Refusal =
  | { kind: 'NO_TRANSITION'; stage: ApplicationStage; action: WorkflowAction }
  | { kind: 'WRONG_ROLE'; transition: Transition; role: Role }
  | { kind: 'ON_HOLD'; transition: Transition };

/** Decides whether `role` may take `action` on a case at `stage` (holding aside row scope, version and rules). */
export function permit(
  stage: ApplicationStage,
  action: WorkflowAction,
  role: Role,
  onHold = false,
): { ok: true; transition: Transition } | ({ ok: false } & Refusal) {
  const transition = findTransition(stage, action);
  if (!transition) return { ok: false, kind: 'NO_TRANSITION', stage, action };
  if (!transition.roles.includes(role)) return { ok: false, kind: 'WRONG_ROLE', transition, role };
  if (onHold && !transition.whileOnHold) return { ok: false, kind: 'ON_HOLD', transition };
  return { ok: true, transition };
}

/** The actions `role` may take now on a case at `stage` (for the application's `nextActions`). */
export function actionsFor(stage: ApplicationStage, role: Role, onHold = false): WorkflowAction[] {
  return TRANSITIONS.filter((t) => t.from === stage && t.roles.includes(role) && (!onHold || t.whileOnHold)).map((t) => t.action);
}
