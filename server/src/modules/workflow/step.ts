/**
 * How every workflow step runs: in one transaction of its own (a savepoint inside the request's
 * transaction, so a refused or failed step leaves nothing half-written), flushed, and closed by
 * its audit row as the last statement. A refusal (rule, permission, conflict) is audited as
 * DENIED after the step has rolled back.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../graphql/context';
import { AppError, ErrorCode, toPublicError } from '../../graphql/errors';
import { chinaDate } from '../../domain/china-time';
import { AuditService } from '../audit/audit.service';
import { staleVersion } from './workflow.errors';

export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** What a step gives back: its value and what the audit row names. */
export interface StepResult<T> {
  value: T;
  objectIds: Array<string | number>;
  detail?: unknown;
}

export interface StepSpec {
  /** The audit operation, e.g. `reviewApplication`. */
  operation: string;
  /** The audited record type, e.g. `Application`. */
  objectType: string;
  /** Ids to name in a DENIED audit row (the step's own result names them when it succeeds). */
  subjectIds?: Array<string | number>;
}

const REFUSALS = new Set<ErrorCode>([ErrorCode.FORBIDDEN, ErrorCode.RULE_VIOLATION, ErrorCode.CONFLICT, ErrorCode.NOT_FOUND]);

/** Shared by the workflow services: the viewer, the clock and the step runner. */
export abstract class WorkflowService {
  constructor(
    protected readonly em: EntityManager,
    protected readonly viewer: Viewer,
    protected readonly clock: Clock = systemClock,
    /** Audit rows carry the real instant, whatever business date the clock gives. */
    protected readonly audit: AuditService = new AuditService(),
  ) {}

  /** Today in China. */
  protected today(): string {
    return chinaDate(this.clock());
  }

  protected now(): Date {
    return this.clock();
  }

  /**
   * Runs one step in its own (nested) transaction and audits it last. `afterRefusal` may record
   * something about a refused step (e.g. the rule results that blocked it) once the step's own
   * writes are rolled back.
   */
  protected async step<T>(
    spec: StepSpec,
    fn: (tx: EntityManager) => Promise<StepResult<T>>,
    afterRefusal?: (em: EntityManager, err: AppError) => Promise<void>,
  ): Promise<T> {
    try {
      return await this.em.transactional(async (tx) => {
        const result = await fn(tx);
        await tx.flush();
        await this.audit.record(tx, {
          username: this.viewer.username,
          role: this.viewer.role,
          operation: spec.operation,
          objectType: spec.objectType,
          objectIds: result.objectIds,
          result: 'OK',
          detail: result.detail,
        });
        return result.value;
      });
    } catch (err) {
      const known = toPublicError(err);
      if (known && REFUSALS.has(known.code as ErrorCode)) {
        if (afterRefusal) await this.em.transactional((tx) => afterRefusal(tx, known));
        await this.audit.record(this.em, {
          username: this.viewer.username,
          role: this.viewer.role,
          operation: spec.operation,
          objectType: spec.objectType,
          objectIds: spec.subjectIds ?? null,
          result: 'DENIED',
          detail: { code: known.code, ...pick(known.details, ['rule', 'article', 'field', 'type']) },
        });
      }
      throw err;
    }
  }
}

function pick(details: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => details[k] !== undefined).map((k) => [k, details[k]]));
}

/** Optimistic locking: the caller passes the version it saw; anything else is a conflict. */
export function assertVersion(type: string, entity: { id: number; version: number }, expected: number): void {
  if (entity.version !== expected) throw staleVersion(type, entity.id, expected, entity.version);
}

/** Takes the row lock of one record for the rest of the step (`select … for update`). */
export async function lockRow(tx: EntityManager, table: string, id: number): Promise<boolean> {
  const rows = await tx.execute<Array<{ id: number }>>(`select id from "${table}" where id = ? for update`, [id]);
  return rows.length > 0;
}

export type Series =
  'RECOGNITION_DOC' | 'CERTIFICATE' | 'RECOGNITION_FILING' | 'EVALUATION_FILING' | 'EXCELLENCE_CERTIFICATE' | 'GOLD_CARD' | 'PROJECT';

/**
 * The next number of a series for a year, unique and gap-free: the counter row stays locked
 * until the step's transaction ends, and a rollback gives the number back.
 */
export async function nextSerial(tx: EntityManager, series: Series, year: number): Promise<number> {
  const [row] = await tx.execute<Array<{ n: number }>>('select techvp_next_serial(?, ?) as n', [series, year]);
  return Number(row.n);
}

/** The formatted numbers of each series (the seeds write the same formats). */
export const SERIAL_FORMATS: Record<Series, (year: number, n: number) => string> = {
  RECOGNITION_DOC: (y, n) => `聊科副总〔${y}〕${n}号`,
  CERTIFICATE: (y, n) => `聊科副总证〔${y}〕第${String(n).padStart(4, '0')}号`,
  RECOGNITION_FILING: (y, n) => `聊科副总备〔${y}〕${n}号`,
  EVALUATION_FILING: (y, n) => `聊科副总考备〔${y}〕${n}号`,
  EXCELLENCE_CERTIFICATE: (y, n) => `聊科副总优〔${y}〕${n}号`,
  GOLD_CARD: (y, n) => `LCRC-B-${y}-${String(n).padStart(5, '0')}`,
  PROJECT: (y, n) => `XTCX-${y}-${String(n).padStart(5, '0')}`,
};

export async function nextNumber(tx: EntityManager, series: Series, year: number): Promise<string> {
  return SERIAL_FORMATS[series](year, await nextSerial(tx, series, year));
}
