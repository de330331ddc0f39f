/**
 * The service ledger and the duties of Art. 6-8 and 17: the expert records each service, new
 * technology and IP application; the enterprise confirms or disputes each ledger entry; the
 * expert submits an annual report per year; the yearly indicators of Art. 7 are computed from
 * what was recorded (indicators.ts).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { isIsoDate } from '../../domain/china-time';
import { badInput, notFound } from '../../graphql/errors';
import { Appointment, AppointmentStatus } from '../appointment/appointment.entity';
import { Role } from '../identity/role';
import { assertAppointmentInScope } from '../workflow/scope';
import { assertVersion, lockRow, WorkflowService } from '../workflow/step';
import { conflict, forbidden } from '../workflow/workflow.errors';
import { Achievement } from './achievement.entity';
import { draftAnnualReport } from './annual-report-draft';
import { Enterprise } from '../enterprise/enterprise.entity';
import { AnnualReport } from './annual-report.entity';
import { effectiveEnd, IndicatorCode, IndicatorCounts, IndicatorResult, judgeIndicators, yearWindow } from './indicators';
import { IpApplication } from './ip-application.entity';
import { LedgerEntry } from './ledger-entry.entity';
import { AchievementKind, Confirmation, IpKind, IpStatus, ServiceKind } from './ledger.enums';

export interface ServiceInput {
  appointmentId: number;
  serviceDate: string;
  kind: ServiceKind;
  daysOnSite: number;
  content: string;
  effect: string;
  peopleTrained: number;
}

export interface ServiceEdit extends Omit<ServiceInput, 'appointmentId'> {
  entryId: number;
  version: number;
}

export interface BatchConfirmationInput {
  entryIds: number[];
  confirmed: boolean;
  disputeReason?: string | null;
}

/** What may be done to a ledger entry now (the desks show only these buttons). */
export enum LedgerAction {
  EDIT = 'EDIT',
  WITHDRAW = 'WITHDRAW',
  CONFIRM = 'CONFIRM',
  DISPUTE = 'DISPUTE',
}

/** An appointment whose ledger still takes records (Art. 7; a revoked or ended one is closed). */
export function ledgerOpen(status: AppointmentStatus): boolean {
  return status === AppointmentStatus.ACTIVE || status === AppointmentStatus.COMPLETED;
}

/**
 * The expert edits or withdraws an entry until the enterprise confirms it (a disputed entry may be
 * corrected, which puts it back to the enterprise); the enterprise decides on a pending entry once.
 */
export function ledgerActions(confirmation: Confirmation, appointmentStatus: AppointmentStatus, role: Role): LedgerAction[] {
  if (!ledgerOpen(appointmentStatus)) return [];
  if (role === Role.EXPERT && confirmation !== Confirmation.CONFIRMED) return [LedgerAction.EDIT, LedgerAction.WITHDRAW];
  if (role === Role.ENTERPRISE && confirmation === Confirmation.PENDING) return [LedgerAction.CONFIRM, LedgerAction.DISPUTE];
  return [];
}

/** At most this many entries in one batch confirmation. */
export const CONFIRM_BATCH_MAX = 200;

export interface ConfirmationInput {
  entryId: number;
  confirmed: boolean;
  disputeReason?: string | null;
}

export interface AchievementInput {
  appointmentId: number;
  kind: AchievementKind;
  title: string;
  achievedOn: string;
}

export interface IpInput {
  appointmentId: number;
  kind: IpKind;
  title: string;
  applicationNo: string;
  filedOn: string;
  status?: IpStatus | null;
}

export interface AnnualReportInput {
  appointmentId: number;
  year: number;
  summary: string;
}

export interface IndicatorReport {
  appointmentId: number;
  year: number;
  asOf: string;
  windowStart: string;
  windowEnd: string;
  indicators: IndicatorResult[];
  annualReportSubmitted: boolean;
}

function requireText(field: string, value: string, max: number, zh: string, en: string): string {
  const v = (value ?? '').trim();
  if (!v || [...v].length > max) throw badInput(field, `${zh}须为1至${max}个字符 / ${en} must be 1 to ${max} characters`);
  return v;
}

function requireInt(field: string, value: number, min: number, max: number, zh: string, en: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(field, `${zh}须为${min}至${max}的整数 / ${en} must be a whole number from ${min} to ${max}`);
  }
  return value;
}

export class LedgerService extends WorkflowService {
  /** The expert records one service (Art. 7.1); it waits for the enterprise's confirmation. */
  async recordService(input: ServiceInput): Promise<LedgerEntry> {
    return this.step({ operation: 'recordService', objectType: 'LedgerEntry', subjectIds: [input.appointmentId] }, async (tx) => {
      const appt = await this.ownAppointment(tx, input.appointmentId);
      this.assertWithinService(appt, 'serviceDate', input.serviceDate);
      if (!(Object.values(ServiceKind) as string[]).includes(input.kind))
        throw badInput('kind', '服务类别无效 / kind is not a valid service kind');
      const entry = tx.create(LedgerEntry, {
        appointment: appt,
        division: appt.division,
        serviceDate: input.serviceDate,
        kind: input.kind,
        daysOnSite: requireInt('daysOnSite', input.daysOnSite, 0, 31, '驻企天数', 'daysOnSite'),
        content: requireText('content', input.content, 2000, '服务内容', 'content'),
        effect: requireText('effect', input.effect, 2000, '服务效果', 'effect'),
        peopleTrained: requireInt('peopleTrained', input.peopleTrained, 0, 1000, '培养人数', 'peopleTrained'),
        confirmation: Confirmation.PENDING,
      });
      await tx.flush();
      return { value: entry, objectIds: [entry.id], detail: { appointmentId: appt.id, kind: entry.kind, serviceDate: entry.serviceDate } };
    });
  }

  /** The enterprise confirms or disputes an entry of its own expert's ledger, once. */
  async confirmService(input: ConfirmationInput): Promise<LedgerEntry> {
    return this.step({ operation: 'confirmService', objectType: 'LedgerEntry', subjectIds: [input.entryId] }, async (tx) => {
      if (this.viewer.role !== Role.ENTERPRISE)
        throw forbidden('只有派驻企业可以确认服务台账', 'Only the host enterprise confirms ledger entries');
      const reason = input.confirmed
        ? undefined
        : requireText('disputeReason', input.disputeReason ?? '', 2000, '异议理由', 'disputeReason');
      const entry = await this.decide(tx, input.entryId, input.confirmed, reason);
      return { value: entry, objectIds: [entry.id], detail: { confirmation: entry.confirmation } };
    });
  }

  /**
   * The expert corrects an entry the enterprise has not confirmed, naming the version read; a
   * disputed entry goes back to the enterprise (PENDING) with the correction.
   */
  async updateService(input: ServiceEdit): Promise<LedgerEntry> {
    return this.step({ operation: 'updateService', objectType: 'LedgerEntry', subjectIds: [input.entryId] }, async (tx) => {
      const entry = await this.ownOpenEntry(tx, input.entryId, input.version);
      const appt = await tx.findOneOrFail(Appointment, entry.appointment.id);
      this.assertWithinService(appt, 'serviceDate', input.serviceDate);
      if (!(Object.values(ServiceKind) as string[]).includes(input.kind))
        throw badInput('kind', '服务类别无效 / kind is not a valid service kind');
      const before = entry.confirmation;
      Object.assign(entry, {
        serviceDate: input.serviceDate,
        kind: input.kind,
        daysOnSite: requireInt('daysOnSite', input.daysOnSite, 0, 31, '驻企天数', 'daysOnSite'),
        content: requireText('content', input.content, 2000, '服务内容', 'content'),
        effect: requireText('effect', input.effect, 2000, '服务效果', 'effect'),
        peopleTrained: requireInt('peopleTrained', input.peopleTrained, 0, 1000, '培养人数', 'peopleTrained'),
        confirmation: Confirmation.PENDING,
        confirmedAt: undefined,
        disputeReason: undefined,
      });
      return { value: entry, objectIds: [entry.id], detail: { before, kind: entry.kind, serviceDate: entry.serviceDate } };
    });
  }

  /**
   * The expert withdraws an entry the enterprise has not confirmed: the row is deleted, the audit
   * row keeps what it said (a confirmed entry is part of the record and stays).
   */
  async withdrawService(entryId: number, version: number): Promise<number> {
    return this.step({ operation: 'withdrawService', objectType: 'LedgerEntry', subjectIds: [entryId] }, async (tx) => {
      const entry = await this.ownOpenEntry(tx, entryId, version);
      const detail = {
        appointmentId: entry.appointment.id,
        serviceDate: entry.serviceDate,
        kind: entry.kind,
        daysOnSite: entry.daysOnSite,
        peopleTrained: entry.peopleTrained,
        confirmation: entry.confirmation,
      };
      tx.remove(entry);
      await tx.flush();
      return { value: entryId, objectIds: [entryId], detail };
    });
  }

  /**
   * The enterprise confirms or disputes several pending entries at once: all or none (one entry
   * already decided, or not its own, refuses the whole batch and writes nothing).
   */
  async confirmServices(input: BatchConfirmationInput): Promise<LedgerEntry[]> {
    const ids = [...new Set(input.entryIds ?? [])];
    return this.step({ operation: 'confirmServices', objectType: 'LedgerEntry', subjectIds: ids }, async (tx) => {
      if (this.viewer.role !== Role.ENTERPRISE)
        throw forbidden('只有派驻企业可以确认服务台账', 'Only the host enterprise confirms ledger entries');
      if (ids.length === 0 || ids.length > CONFIRM_BATCH_MAX) {
        throw badInput('entryIds', `一次确认1至${CONFIRM_BATCH_MAX}条 / Confirm 1 to ${CONFIRM_BATCH_MAX} entries at a time`);
      }
      const reason = input.confirmed
        ? undefined
        : requireText('disputeReason', input.disputeReason ?? '', 2000, '异议理由', 'disputeReason');
      const out: LedgerEntry[] = [];
      for (const id of ids.sort((a, b) => a - b)) out.push(await this.decide(tx, id, input.confirmed, reason));
      return { value: out, objectIds: out.map((e) => e.id), detail: { confirmation: out[0].confirmation, count: out.length } };
    });
  }

  /** A new technology, process or product (Art. 7.2). */
  async recordAchievement(input: AchievementInput): Promise<Achievement> {
    return this.step({ operation: 'recordAchievement', objectType: 'Achievement', subjectIds: [input.appointmentId] }, async (tx) => {
      const appt = await this.ownAppointment(tx, input.appointmentId);
      this.assertWithinService(appt, 'achievedOn', input.achievedOn);
      if (!(Object.values(AchievementKind) as string[]).includes(input.kind)) throw badInput('kind', '成果类别无效 / kind is not valid');
      const row = tx.create(Achievement, {
        appointment: appt,
        kind: input.kind,
        title: requireText('title', input.title, 200, '名称', 'title'),
        achievedOn: input.achievedOn,
      });
      await tx.flush();
      return { value: row, objectIds: [row.id] };
    });
  }

  /** An IP application the enterprise filed with the expert's help (Art. 7.2). */
  async recordIpApplication(input: IpInput): Promise<IpApplication> {
    return this.step({ operation: 'recordIpApplication', objectType: 'IpApplication', subjectIds: [input.appointmentId] }, async (tx) => {
      const appt = await this.ownAppointment(tx, input.appointmentId);
      this.assertWithinService(appt, 'filedOn', input.filedOn);
      if (!(Object.values(IpKind) as string[]).includes(input.kind)) throw badInput('kind', '知识产权类别无效 / kind is not valid');
      const applicationNo = requireText('applicationNo', input.applicationNo, 32, '申请号', 'applicationNo');
      if (!/^[0-9A-Za-z.-]+$/.test(applicationNo)) {
        throw badInput('applicationNo', '申请号只含字母、数字、点和连字符 / applicationNo has only letters, digits, dots and hyphens');
      }
      if (await tx.count(IpApplication, { applicationNo }))
        throw conflict('该申请号已登记', 'This application number is already recorded', { field: 'applicationNo' });
      const row = tx.create(IpApplication, {
        appointment: appt,
        kind: input.kind,
        title: requireText('title', input.title, 200, '名称', 'title'),
        applicationNo,
        filedOn: input.filedOn,
        status: input.status ?? IpStatus.FILED,
      });
      await tx.flush();
      return { value: row, objectIds: [row.id] };
    });
  }

  /** The years an annual report may be written for: each calendar year served, up to this one. */
  private reportYears(appt: Appointment): { first: number; last: number } {
    const first = Number(appt.serviceStart.slice(0, 4));
    const last = Math.min(Number(effectiveEnd(appt.serviceEnd, appt.endedOn).slice(0, 4)), Number(this.today().slice(0, 4)));
    return { first, last: Math.max(first, last) };
  }

  /**
   * A draft of the annual report (Art. 17) for any year the appointment served: the year's
   * indicators as confirmed, the confirmed services by kind with dates, content and effect, the
   * achievements and IP applications (Art. 7). Nothing is written; the expert edits and submits.
   */
  async annualReportDraft(
    appointmentId: number,
    year: number,
  ): Promise<{ appointmentId: number; year: number; asOf: string; text: string; entries: number }> {
    const appt = await this.ownAppointment(this.em, appointmentId);
    const { first, last } = this.reportYears(appt);
    requireInt('year', year, first, last, `述职年度（第十七条，服务期内${first}至${last}年）`, 'year');
    const report = await this.indicators(appt.id, year);
    const asOf = report.windowEnd < report.asOf ? report.windowEnd : report.asOf;
    const entries = await this.em.find(
      LedgerEntry,
      { appointment: appt, confirmation: Confirmation.CONFIRMED, serviceDate: { $gte: report.windowStart, $lte: asOf } },
      { orderBy: { serviceDate: 'asc', id: 'asc' } },
    );
    const achievements = await this.em.find(
      Achievement,
      { appointment: appt, achievedOn: { $gte: report.windowStart, $lte: asOf } },
      { orderBy: { achievedOn: 'asc', id: 'asc' } },
    );
    const ips = await this.em.find(
      IpApplication,
      { appointment: appt, filedOn: { $gte: report.windowStart, $lte: asOf } },
      { orderBy: { filedOn: 'asc', id: 'asc' } },
    );
    const enterprise = await this.em.findOneOrFail(Enterprise, appt.enterprise.id);
    const text = draftAnnualReport({
      year,
      enterpriseName: enterprise.name,
      windowStart: report.windowStart,
      windowEnd: report.windowEnd,
      asOf,
      indicators: report.indicators,
      entries,
      achievements,
      ipApplications: ips,
    });
    return { appointmentId: appt.id, year, asOf, text, entries: entries.length };
  }

  /** The annual report (年度述职, Art. 17): one per appointment and year. */
  async submitAnnualReport(input: AnnualReportInput): Promise<AnnualReport> {
    return this.step({ operation: 'submitAnnualReport', objectType: 'AnnualReport', subjectIds: [input.appointmentId] }, async (tx) => {
      const appt = await this.ownAppointment(tx, input.appointmentId);
      const today = this.today();
      const { first, last } = this.reportYears(appt);
      requireInt('year', input.year, first, last, `述职年度（第十七条，服务期内${first}至${last}年）`, 'year');
      if (await tx.count(AnnualReport, { appointment: appt, year: input.year })) {
        throw conflict(`${input.year}年度述职已提交`, `The annual report for ${input.year} has already been submitted`, { field: 'year' });
      }
      const row = tx.create(AnnualReport, {
        appointment: appt,
        year: input.year,
        submittedOn: today,
        summary: requireText('summary', input.summary, 8000, '述职摘要', 'summary'),
      });
      await tx.flush();
      return { value: row, objectIds: [row.id], detail: { year: input.year } };
    });
  }

  /** Art. 7 indicators of one appointment for one calendar year, as of a day (default today). */
  async indicators(appointmentId: number, year: number, asOf?: string | null): Promise<IndicatorReport> {
    const appt = await this.em.findOne(Appointment, appointmentId);
    if (!appt) throw notFound('Appointment', String(appointmentId));
    assertAppointmentInScope(appt, this.viewer);
    const day = asOf ?? this.today();
    if (!isIsoDate(day)) throw badInput('asOf', 'asOf 须为有效日期 / asOf must be a valid date');
    requireInt('year', year, 2000, 2100, '年度', 'year');
    const window = yearWindow(year, appt.serviceStart, effectiveEnd(appt.serviceEnd, appt.endedOn));
    const counts = await this.count(this.em, appt.id, window.start, window.end < day ? window.end : day);
    return {
      appointmentId: appt.id,
      year,
      asOf: day,
      windowStart: window.start,
      windowEnd: window.end,
      indicators: judgeIndicators(window, day, counts),
      annualReportSubmitted: (await this.em.count(AnnualReport, { appointment: appt, year })) > 0,
    };
  }

  /** Counts per indicator between two days (entries the enterprise disputed are left out of `actual`). */
  private async count(em: EntityManager, appointmentId: number, from: string, to: string): Promise<IndicatorCounts> {
    const [l] = await em.execute<Array<Record<string, string | number | null>>>(
      `select count(*) filter (where kind = 'TECH_SERVICE' and confirmation <> 'DISPUTED') as services,
              count(*) filter (where kind = 'TECH_SERVICE' and confirmation = 'CONFIRMED') as services_c,
              coalesce(sum(days_on_site) filter (where confirmation <> 'DISPUTED'), 0) as days,
              coalesce(sum(days_on_site) filter (where confirmation = 'CONFIRMED'), 0) as days_c,
              count(*) filter (where kind in ('TRAINING', 'POLICY_BRIEFING') and confirmation <> 'DISPUTED') as briefings,
              count(*) filter (where kind in ('TRAINING', 'POLICY_BRIEFING') and confirmation = 'CONFIRMED') as briefings_c,
              coalesce(sum(people_trained) filter (where confirmation <> 'DISPUTED'), 0) as trained,
              coalesce(sum(people_trained) filter (where confirmation = 'CONFIRMED'), 0) as trained_c
         from ledger_entry where appointment_id = ? and service_date between ? and ?`,
      [appointmentId, from, to],
    );
    const [x] = await em.execute<Array<{ achievements: string; ips: string }>>(
      `select (select count(*) from achievement where appointment_id = ? and achieved_on between ? and ?) as achievements,
              (select count(*) from ip_application where appointment_id = ? and filed_on between ? and ?) as ips`,
      [appointmentId, from, to, appointmentId, from, to],
    );
    const n = (v: unknown) => Number(v ?? 0);
    // Achievements and IP applications are the expert's own records: "confirmed" equals "actual".
    return {
      [IndicatorCode.TECH_SERVICES]: { actual: n(l.services), confirmed: n(l.services_c) },
      [IndicatorCode.DAYS_ON_SITE]: { actual: n(l.days), confirmed: n(l.days_c) },
      [IndicatorCode.NEW_TECHNOLOGIES]: { actual: n(x.achievements), confirmed: n(x.achievements) },
      [IndicatorCode.IP_APPLICATIONS]: { actual: n(x.ips), confirmed: n(x.ips) },
      [IndicatorCode.BRIEFINGS_AND_TRAININGS]: { actual: n(l.briefings), confirmed: n(l.briefings_c) },
      [IndicatorCode.PEOPLE_TRAINED]: { actual: n(l.trained), confirmed: n(l.trained_c) },
    };
  }

  /** One decision of the enterprise on a pending entry of its own expert's ledger (row locked). */
  private async decide(tx: EntityManager, entryId: number, confirmed: boolean, reason: string | undefined): Promise<LedgerEntry> {
    if (!(await lockRow(tx, 'ledger_entry', entryId))) throw notFound('LedgerEntry', String(entryId));
    const entry = await tx.findOneOrFail(LedgerEntry, entryId, { refresh: true });
    const appt = await tx.findOneOrFail(Appointment, entry.appointment.id);
    assertAppointmentInScope(appt, this.viewer);
    if (entry.confirmation !== Confirmation.PENDING) {
      throw conflict(
        `记录${entry.serviceDate}已${entry.confirmation === Confirmation.CONFIRMED ? '确认' : '提出异议'}`,
        `The entry of ${entry.serviceDate} is already ${entry.confirmation}`,
        { field: 'entryId', entryId },
      );
    }
    entry.confirmation = confirmed ? Confirmation.CONFIRMED : Confirmation.DISPUTED;
    entry.disputeReason = confirmed ? undefined : reason;
    entry.confirmedAt = this.now();
    return entry;
  }

  /** An entry of the expert's own ledger that the enterprise has not confirmed, locked, at the version read. */
  private async ownOpenEntry(tx: EntityManager, entryId: number, version: number): Promise<LedgerEntry> {
    if (this.viewer.role !== Role.EXPERT) throw forbidden('只有专家本人可以修改服务台账', 'Only the expert changes ledger entries');
    if (!(await lockRow(tx, 'ledger_entry', entryId))) throw notFound('LedgerEntry', String(entryId));
    const entry = await tx.findOneOrFail(LedgerEntry, entryId, { refresh: true });
    await this.ownAppointment(tx, entry.appointment.id);
    if (entry.confirmation === Confirmation.CONFIRMED) {
      throw conflict('企业已确认该记录，不能再修改或撤回', 'The enterprise has confirmed this entry; it can no longer change', {
        field: 'entryId',
      });
    }
    assertVersion('LedgerEntry', entry, version);
    return entry;
  }

  /** The expert's own appointment, still serving or just completed. */
  private async ownAppointment(tx: EntityManager, appointmentId: number): Promise<Appointment> {
    if (this.viewer.role !== Role.EXPERT) throw forbidden('只有专家本人可以填写服务台账', 'Only the expert records services');
    const appt = await tx.findOne(Appointment, appointmentId);
    if (!appt) throw notFound('Appointment', String(appointmentId));
    assertAppointmentInScope(appt, this.viewer);
    if (!ledgerOpen(appt.status)) {
      throw conflict(`任职状态为 ${appt.status}，不能再填写台账`, `The appointment is ${appt.status}; nothing more can be recorded`, {
        status: appt.status,
      });
    }
    return appt;
  }

  private assertWithinService(appt: Appointment, field: string, day: string): void {
    if (!day || !isIsoDate(day)) throw badInput(field, `${field} 须为有效日期 YYYY-MM-DD / ${field} must be a valid date YYYY-MM-DD`);
    const end = effectiveEnd(appt.serviceEnd, appt.endedOn);
    const today = this.today();
    const last = end < today ? end : today;
    if (day < appt.serviceStart || day > last) {
      throw badInput(
        field,
        `日期须在服务期${appt.serviceStart}至${last}内 / The date must fall within the service, ${appt.serviceStart} to ${last}`,
      );
    }
  }
}
