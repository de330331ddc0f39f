/**
 * The to-do counts of the menu (待办): how many cases wait for the viewer's role, per desk.
 * Which stages wait for a role comes from the transition table (pipeline.ts), never from a
 * second list; rows are limited to the viewer's scope (county, enterprise) here and again by
 * PostgreSQL row-level security.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Viewer } from '../../graphql/context';
import { ApplicationStage } from '../application/application.enums';
import { Application } from '../application/application.entity';
import { FilingRecord, FilingStatus } from '../filing/filing-record.entity';
import { canRead, rowScope } from '../identity/access';
import { Role } from '../identity/role';
import { TRANSITIONS, WorkflowAction } from './pipeline';

export interface TodoCount {
  /** `application.<STAGE>` or `filing.PENDING`; desks add their own keys. */
  key: string;
  count: number;
  stage: ApplicationStage | null;
}

/** Stages at which `role` has a step to take (withdrawal is a right, not a to-do). */
export function todoStages(role: Role): ApplicationStage[] {
  const stages = TRANSITIONS.filter((t) => t.roles.includes(role) && t.action !== WorkflowAction.WITHDRAW).map((t) => t.from);
  return [...new Set(stages)];
}

export class TodoService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
  ) {}

  async counts(): Promise<TodoCount[]> {
    const out: TodoCount[] = [];
    if (canRead('Application', this.viewer)) {
      const scope = (rowScope('Application', this.viewer) ?? {}) as FilterQuery<Application>;
      for (const stage of todoStages(this.viewer.role)) {
        const where = { ...(scope as object), stage } as FilterQuery<Application>;
        out.push({ key: `application.${stage}`, stage, count: await this.em.count(Application, where) });
      }
    }
    if (this.viewer.role === Role.ORG_DEPT) {
      out.push({ key: 'filing.PENDING', stage: null, count: await this.em.count(FilingRecord, { status: FilingStatus.PENDING }) });
    }
    return out;
  }
}
