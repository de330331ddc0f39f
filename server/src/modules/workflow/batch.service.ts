/**
 * The bureau's batch steps (Art. 12.4-12.5): the party group reviews several cases at one
 * meeting, several recognitions go to the Organisation Department as one packet, one public
 * notice lists several cases. Each case still takes its own step of the pipeline service (the
 * transition table, its role, scope, version, rules, decision record and audit row); the batch
 * runs them in one transaction and is all or nothing: if any case is refused, none moves, and
 * the error lists every refused case with its rule and article.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../graphql/context';
import { addDays, chinaDate, isIsoDate } from '../../domain/china-time';
import { AppError, badInput, ErrorCode, notFound, toPublicError } from '../../graphql/errors';
import { Decision, ReviewStep } from '../application/application.enums';
import { Application } from '../application/application.entity';
import { ReviewDecision } from '../application/review-decision.entity';
import { AuditService } from '../audit/audit.service';
import { WorkCalendarDay } from '../calendar/work-calendar-day.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import type { FilingRecord } from '../filing/filing-record.entity';
import { Role } from '../identity/role';
import type { PublicNotice } from '../notice/public-notice.entity';
import { permit, WorkflowAction } from './pipeline';
import { NoticeInput, PipelineService } from './pipeline.service';
import { assertApplicationInScope } from './scope';
import { loadPolicy } from './settings';
import { Clock, systemClock } from './step';
import { forbidden } from './workflow.errors';

export const MAX_BATCH = 100;

export interface CaseRef {
  applicationId: number;
  version: number;
}

/** One refused case of a batch. */
export interface BatchFailure {
  applicationId: number;
  enterpriseName: string | null;
  code: string;
  rule: string | null;
  article: string | null;
  message: string;
}

export interface PartyReviewInput {
  applications: CaseRef[];
  /** The day of the party-group meeting (China time). */
  meetingOn: string;
  /** The number of its minutes, e.g. 局党组会议纪要〔2026〕12号. */
  minuteNo: string;
  /** The group's opinion; the standard wording when omitted. */
  opinion?: string | null;
}

export interface NoticePeriod {
  startsOn: string;
  endsOn: string;
  workingDays: number;
  calendarDays: number;
  /** Holidays on weekdays and make-up workdays on weekends inside the period. */
  exceptions: Array<{ day: string; isWorkday: boolean; note: string }>;
}

/** The batch error: one code, every refused case in `failures`. */
function batchError(action: string, actionEn: string, total: number, failures: BatchFailure[]): AppError {
  const list = failures
    .map((f) => `申报${f.applicationId}${f.enterpriseName ? `（${f.enterpriseName}）` : ''}：${f.message.split(' / ')[0]}`)
    .join('；');
  const listEn = failures.map((f) => `application ${f.applicationId}: ${f.message.split(' / ')[1] ?? f.message}`).join('; ');
  const codes = new Set(failures.map((f) => f.code));
  const code = codes.size === 1 ? (failures[0].code as ErrorCode) : ErrorCode.CONFLICT;
  const first = failures[0];
  return new AppError(
    code,
    `${total}项中有${failures.length}项不能${action}，全部未办理：${list} / ${failures.length} of ${total} cannot be ${actionEn}; none was: ${listEn}`,
    { failures, ...(first.rule ? { rule: first.rule, article: first.article } : {}) },
  );
}

export class BatchService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly clock: Clock = systemClock,
  ) {}

  private today(): string {
    return chinaDate(this.clock());
  }

  /** Party-group review (党组研究审议, Art. 12.4) of several MATCHED cases at one meeting → PARTY_APPROVED. */
  async partyReview(input: PartyReviewInput): Promise<Application[]> {
    this.requireBureau();
    const refs = this.refs(input.applications);
    if (!input.meetingOn || !isIsoDate(input.meetingOn)) {
      throw badInput('meetingOn', '会议日期须为有效日期 YYYY-MM-DD / meetingOn must be a valid date YYYY-MM-DD');
    }
    if (input.meetingOn > this.today()) throw badInput('meetingOn', '会议日期不得晚于今天 / meetingOn must not be after today');
    const minuteNo = (input.minuteNo ?? '').trim();
    if (!minuteNo || [...minuteNo].length > 64)
      throw badInput('minuteNo', '会议纪要编号须为1至64个字符 / minuteNo must be 1 to 64 characters');
    const opinion = input.opinion?.trim() || '经局党组会议研究审议通过';
    const reason = `${opinion}（${input.meetingOn}，${minuteNo}）`;
    return this.run('partyReview', '党组审议通过', 'approved by the party group', refs, async (tx, pipeline, ref) => {
      const app = await pipeline.review({ applicationId: ref.applicationId, version: ref.version, decision: Decision.PASS, reason });
      // The decision the step just wrote gets the meeting it was taken at.
      const decision = await tx.findOneOrFail(
        ReviewDecision,
        { application: app.id, step: ReviewStep.PARTY_REVIEW, decision: Decision.PASS },
        { orderBy: { decidedAt: 'desc', id: 'desc' } },
      );
      decision.meetingOn = input.meetingOn;
      decision.minuteNo = minuteNo;
      await tx.flush();
      return app;
    });
  }

  /** Files several PARTY_APPROVED cases with the Organisation Department at once → FILED (Art. 12.4). */
  async file(applications: CaseRef[]): Promise<FilingRecord[]> {
    this.requireBureau();
    const refs = this.refs(applications);
    return this.run('fileRecognition', '报送备案', 'filed', refs, (_tx, pipeline, ref) => pipeline.file(ref.applicationId, ref.version));
  }

  /**
   * One public notice for several FILED cases (Art. 12.5). Each case is checked first (scope,
   * version, stage) so that the error names every case that cannot be listed; the notice
   * itself is the pipeline's `publishNotice`.
   */
  async publishNotice(input: NoticeInput): Promise<PublicNotice> {
    this.requireBureau();
    const refs = this.refs(input.applications);
    const failures: BatchFailure[] = [];
    for (const ref of refs) {
      const app = await this.em.findOne(Application, ref.applicationId, { refresh: true });
      if (!app) {
        failures.push(this.failure(ref.applicationId, null, toPublicError(notFound('Application', String(ref.applicationId)))!));
        continue;
      }
      const enterprise = await this.em.findOne(Enterprise, app.enterprise.id);
      try {
        assertApplicationInScope(app, this.viewer);
        if (app.version !== ref.version) {
          throw new AppError(
            ErrorCode.CONFLICT,
            `已被他人修改（版本 ${app.version}，您看到的是 ${ref.version}），请刷新 / changed by someone else (version ${app.version}, you saw ${ref.version}); reload`,
          );
        }
        const p = permit(app.stage, WorkflowAction.PUBLISH_NOTICE, this.viewer.role, app.onHold);
        if (!p.ok) {
          throw new AppError(
            ErrorCode.CONFLICT,
            `处于 ${app.stage} 环节，只有已备案（FILED）的申报可以公示 / at ${app.stage}; only FILED cases can be published`,
            { stage: app.stage },
          );
        }
      } catch (err) {
        failures.push(this.failure(app.id, enterprise?.name ?? null, toPublicError(err)!));
      }
    }
    if (failures.length) {
      const err = batchError('公示', 'published', refs.length, failures);
      await this.auditDenied('publishNotice', refs, err);
      throw err;
    }
    return new PipelineService(this.em, this.viewer, this.clock).publishNotice(input);
  }

  /**
   * The period a notice published today (or on `startsOn`) would run: `notice.workingDays`
   * working days of the Chinese calendar (Art. 12.5), with the holidays and make-up workdays in it.
   */
  async noticePeriod(startsOn?: string | null): Promise<NoticePeriod> {
    const start = startsOn ?? this.today();
    const settings = await loadPolicy(this.em);
    const endsOn = await new PipelineService(this.em, this.viewer, this.clock).workingDaysEnd(start, settings.noticeWorkingDays);
    const days = await this.em.find(WorkCalendarDay, { day: { $gte: start, $lte: endsOn } }, { orderBy: { day: 'asc' } });
    let calendarDays = 1;
    for (let d = start; d < endsOn; d = addDays(d, 1)) calendarDays++;
    return {
      startsOn: start,
      endsOn,
      workingDays: settings.noticeWorkingDays,
      calendarDays,
      exceptions: days.map((d) => ({ day: d.day, isWorkday: d.isWorkday, note: d.note })),
    };
  }

  // ---- the machinery -------------------------------------------------------------------------

  private requireBureau(): void {
    if (this.viewer.role !== Role.ST_BUREAU) throw forbidden('只有市科技局可以批量办理', 'Only the S&T bureau acts in batches');
  }

  private refs(list: CaseRef[]): CaseRef[] {
    if (!list?.length || list.length > MAX_BATCH) {
      throw badInput('applications', `一次办理1至${MAX_BATCH}项申报 / A batch lists 1 to ${MAX_BATCH} applications`);
    }
    const ids = list.map((r) => r.applicationId);
    if (new Set(ids).size !== ids.length) throw badInput('applications', '申报重复 / An application is listed twice');
    return list;
  }

  private failure(applicationId: number, enterpriseName: string | null, err: AppError): BatchFailure {
    return {
      applicationId,
      enterpriseName,
      code: err.code,
      rule: (err.details.rule as string | undefined) ?? null,
      article: (err.details.article as string | undefined) ?? null,
      message: err.message,
    };
  }

  /**
   * Runs the step on every case inside one transaction, each in its own savepoint. A refused
   * case is noted and the others are still tried, so that the answer lists every problem; then
   * any refusal rolls the whole batch back.
   */
  private async run<T>(
    operation: string,
    action: string,
    actionEn: string,
    refs: CaseRef[],
    work: (tx: EntityManager, pipeline: PipelineService, ref: CaseRef) => Promise<T>,
  ): Promise<T[]> {
    let failed: AppError | null = null;
    try {
      return await this.em.transactional(async (tx) => {
        const pipeline = new PipelineService(tx, this.viewer, this.clock);
        const out: T[] = [];
        const failures: BatchFailure[] = [];
        for (const ref of refs) {
          try {
            out.push(await work(tx, pipeline, ref));
          } catch (err) {
            const known = toPublicError(err);
            if (!known) throw err;
            const app = await tx.findOne(Application, ref.applicationId);
            const enterprise = app ? await tx.findOne(Enterprise, app.enterprise.id) : null;
            failures.push(this.failure(ref.applicationId, enterprise?.name ?? null, known));
          }
        }
        if (failures.length) {
          failed = batchError(action, actionEn, refs.length, failures);
          throw failed;
        }
        return out;
      });
    } catch (err) {
      if (failed) await this.auditDenied(operation, refs, failed);
      throw err;
    }
  }

  /** The refused batch, audited after its steps (and their own audit rows) were rolled back. */
  private async auditDenied(operation: string, refs: CaseRef[], err: AppError): Promise<void> {
    await new AuditService().record(this.em, {
      username: this.viewer.username,
      role: this.viewer.role,
      operation: `batch.${operation}`,
      objectType: 'Application',
      objectIds: refs.map((r) => r.applicationId),
      result: 'DENIED',
      detail: {
        code: err.code,
        failures: (err.details.failures as BatchFailure[]).map((f) => ({ applicationId: f.applicationId, code: f.code, rule: f.rule })),
      },
    });
  }
}
