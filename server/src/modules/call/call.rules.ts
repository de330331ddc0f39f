/**
 * What may be done to a yearly call (Art. 12.1): the one place for the rule, used by the
 * service's steps (`updateCallDraft`, `publishCallDraft`, `closeCall`) and by the call's
 * `nextActions` field, so the dashboard shows a button exactly when the step would be accepted.
 */
import { Role } from '../identity/role';
import { CallStatus } from './call.entity';

export enum CallAction {
  EDIT = 'EDIT',
  PUBLISH = 'PUBLISH',
  CLOSE = 'CLOSE',
}

/** Only a draft is edited or published: a published call is public and no longer changes. */
export function callDraft(status: CallStatus): boolean {
  return status === CallStatus.DRAFT;
}

/** Only a published call can be closed (a draft was never open, a closed one is over). */
export function callClosable(status: CallStatus): boolean {
  return status === CallStatus.PUBLISHED;
}

/** The actions `role` may take now on a call in `status`: the bureau's, nobody else's. */
export function callActions(status: CallStatus, role: Role): CallAction[] {
  if (role !== Role.ST_BUREAU) return [];
  if (callDraft(status)) return [CallAction.EDIT, CallAction.PUBLISH];
  return callClosable(status) ? [CallAction.CLOSE] : [];
}
