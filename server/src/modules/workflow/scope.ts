/**
 * The explicit row checks behind every workflow step: a county bureau acts only on its own
 * division's cases, an enterprise only on its own, an expert only on their own appointment.
 * Lists and look-ups already apply the same scopes (modules/identity/access.ts) and PostgreSQL
 * row-level security hides other rows; these checks make a service safe on its own too.
 */
import type { Viewer } from '../../graphql/context';
import { Role } from '../identity/role';
import { forbidden } from './workflow.errors';

interface Ref {
  id: number;
}

export function assertApplicationInScope(app: { id: number; division: Ref; enterprise: Ref }, viewer: Viewer): void {
  if (viewer.role === Role.COUNTY_BUREAU && app.division.id !== viewer.divisionId) {
    throw forbidden(`申报 ${app.id} 不属于本县（市、区）`, `Application ${app.id} belongs to another county`, { field: 'applicationId' });
  }
  if (viewer.role === Role.ENTERPRISE && app.enterprise.id !== viewer.enterpriseId) {
    throw forbidden(`申报 ${app.id} 不是本企业的申报`, `Application ${app.id} is not your enterprise's`, { field: 'applicationId' });
  }
  if (viewer.role === Role.EXPERT) {
    throw forbidden('专家账号不能办理申报', 'Expert accounts do not act on applications', { field: 'applicationId' });
  }
}

export function assertAppointmentInScope(appt: { id: number; division: Ref; enterprise: Ref; expert: Ref }, viewer: Viewer): void {
  if (viewer.role === Role.COUNTY_BUREAU && appt.division.id !== viewer.divisionId) {
    throw forbidden(`任职 ${appt.id} 不属于本县（市、区）`, `Appointment ${appt.id} belongs to another county`, { field: 'appointmentId' });
  }
  if (viewer.role === Role.ENTERPRISE && appt.enterprise.id !== viewer.enterpriseId) {
    throw forbidden(`任职 ${appt.id} 不在本企业`, `Appointment ${appt.id} is not at your enterprise`, { field: 'appointmentId' });
  }
  if (viewer.role === Role.EXPERT && appt.expert.id !== viewer.expertId) {
    throw forbidden(`任职 ${appt.id} 不是您本人的任职`, `Appointment ${appt.id} is not yours`, { field: 'appointmentId' });
  }
}
