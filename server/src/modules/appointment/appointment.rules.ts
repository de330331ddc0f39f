/**
 * The end of an appointment agrees with its status (Art. 5.2, 17). The service-level twin of the
 * database checks `appointment_unended_has_no_end`, `appointment_ended_has_date_and_reason`,
 * `appointment_ended_after_start` and `appointment_terminated_within_period`: every service that
 * creates or ends an appointment calls it before flushing, so the caller sees which field and
 * which article instead of a constraint name. docs/workflow.md "An appointment's end".
 */
import { ruleViolation } from '../workflow/workflow.errors';
import { AppointmentStatus } from './appointment.entity';

export interface AppointmentEnd {
  status: AppointmentStatus;
  serviceStart: string;
  serviceEnd: string;
  recognisedOn?: string | null;
  endedOn?: string | null;
  endReason?: string | null;
}

export const APPOINTMENT_END_RULE = 'APPOINTMENT_END';

/** The article behind each status: revocation is Art. 17, the rest follow the service period of Art. 5.2. */
const ARTICLE: Record<AppointmentStatus, string> = {
  [AppointmentStatus.ACTIVE]: '第五条第2项',
  [AppointmentStatus.COMPLETED]: '第五条第2项',
  [AppointmentStatus.REVOKED]: '第十七条',
  [AppointmentStatus.TERMINATED]: '第五条第2项',
};

export function assertAppointmentEnd(a: AppointmentEnd): void {
  const article = ARTICLE[a.status];
  const fail = (field: string, zh: string, en: string) => ruleViolation(APPOINTMENT_END_RULE, article, zh, en, { field, status: a.status });
  const ended = a.status === AppointmentStatus.REVOKED || a.status === AppointmentStatus.TERMINATED;
  if (!ended) {
    if (a.endedOn) throw fail('endedOn', `${a.status} 的任职没有撤销或终止日期`, `An appointment that is ${a.status} has no end date`);
    if (a.endReason)
      throw fail('endReason', `${a.status} 的任职没有撤销或终止原因`, `An appointment that is ${a.status} has no end reason`);
    return;
  }
  if (!a.endedOn) throw fail('endedOn', `${a.status} 的任职须记录撤销或终止日期`, `An appointment that is ${a.status} needs its end date`);
  if (!a.endReason?.trim()) {
    throw fail('endReason', `${a.status} 的任职须记录撤销或终止原因`, `An appointment that is ${a.status} needs its end reason`);
  }
  const begin = [a.recognisedOn, a.serviceStart].filter((d): d is string => !!d).sort()[0];
  if (a.endedOn < begin) {
    throw fail(
      'endedOn',
      `撤销或终止日期${a.endedOn}早于认定或服务开始日期${begin}`,
      `The end date ${a.endedOn} is before the recognition or start of service, ${begin}`,
    );
  }
  if (a.status === AppointmentStatus.TERMINATED && a.endedOn > a.serviceEnd) {
    throw fail(
      'endedOn',
      `提前终止日期${a.endedOn}晚于服务期限${a.serviceEnd}，应为期满`,
      `An early end on ${a.endedOn} falls after the period's end, ${a.serviceEnd}; that is a completion`,
    );
  }
}
