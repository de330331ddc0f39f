/**
 * An objection's resolution (Art. 12.5): the service-level twin of the database checks
 * `objection_open_unresolved`, `objection_resolved_has_date_and_result` and
 * `objection_resolved_after_received`. docs/workflow.md "Objections".
 */
import type { ApplicationStage } from '../application/application.enums';
import type { Role } from '../identity/role';
import { permit, WorkflowAction } from '../workflow/pipeline';
import { ruleViolation } from '../workflow/workflow.errors';
import { ObjectionStatus } from './objection.entity';

/** An objection still waits for its finding only while it is open. */
export function objectionOpen(status: ObjectionStatus): boolean {
  return status === ObjectionStatus.OPEN;
}

/**
 * The findings `role` may record now on an objection (for its `nextActions`): the same checks
 * as `resolveObjection`, which refuses a resolved objection and asks the pipeline table
 * (`permit`) whether the case's stage allows upholding or dismissing.
 */
export function objectionActions(status: ObjectionStatus, app: { stage: ApplicationStage; onHold: boolean }, role: Role): WorkflowAction[] {
  if (!objectionOpen(status)) return [];
  return [WorkflowAction.UPHOLD_OBJECTION, WorkflowAction.DISMISS_OBJECTION].filter((a) => permit(app.stage, a, role, app.onHold).ok);
}

export interface ObjectionResolution {
  status: ObjectionStatus;
  receivedOn: string;
  resolvedOn?: string | null;
  resolution?: string | null;
}

export const OBJECTION_RESOLUTION_RULE = 'OBJECTION_RESOLUTION';
const ARTICLE = '第十二条第5项';

export function assertObjectionResolution(o: ObjectionResolution): void {
  const fail = (field: string, zh: string, en: string) =>
    ruleViolation(OBJECTION_RESOLUTION_RULE, ARTICLE, zh, en, { field, status: o.status });
  if (o.status === ObjectionStatus.OPEN) {
    if (o.resolvedOn) throw fail('resolvedOn', '待处理的异议没有处理日期', 'An open objection has no resolution date');
    if (o.resolution) throw fail('resolution', '待处理的异议没有处理结论', 'An open objection has no resolution');
    return;
  }
  if (!o.resolvedOn) throw fail('resolvedOn', '已处理的异议须记录处理日期', 'A resolved objection needs its resolution date');
  if (!o.resolution?.trim()) throw fail('resolution', '已处理的异议须记录处理结论', 'A resolved objection needs its resolution');
  if (o.resolvedOn < o.receivedOn) {
    throw fail(
      'resolvedOn',
      `处理日期${o.resolvedOn}早于收到日期${o.receivedOn}`,
      `Resolved on ${o.resolvedOn}, before it was received on ${o.receivedOn}`,
    );
  }
}

/** Why an open objection is closed without a finding when another one of the same case is upheld. */
export function mootResolution(upheldId: number): string {
  return `同一申报的异议（#${upheldId}）已成立，案件不予认定，本异议无需再作结论（第十二条第5项） / Objection #${upheldId} to the same case was upheld and the case refused; this one is closed without a finding (Art. 12.5)`;
}
