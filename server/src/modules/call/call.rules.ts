/**
 * What may be done to a yearly call (Art. 12.1): the one place for the rule, used by the
 * service's `closeCall` and by the call's `nextActions` field, so the dashboard shows the
 * Close button exactly when the step would be accepted.
 */
import { Role } from '../identity/role';
import { CallStatus } from './call.entity';

export enum CallAction {
  CLOSE = 'CLOSE',
}

/** Only a published call can be closed (a draft was never open, a closed one is over). */
export function callClosable(status: CallStatus): boolean {
  return status === CallStatus.PUBLISHED;
}

/** The actions `role` may take now on a call in `status`. */
export function callActions(status: CallStatus, role: Role): CallAction[] {
  return role === Role.ST_BUREAU && callClosable(status) ? [CallAction.CLOSE] : [];
}
