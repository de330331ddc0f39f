/**
 * Service-ledger import (服务台账, Art. 7): each row one service of an appointment. Rules:
 * the date lies within the appointment's service period (up to its revocation or early end)
 * and not in the future; a disputed entry states the enterprise's reason; an expert imports
 * only for their own appointment, enters entries as awaiting the enterprise's confirmation,
 * and cannot change entries the enterprise has already confirmed or disputed; a county bureau
 * imports only for appointments in its county (it collects confirmed paper ledgers, so it may
 * set the confirmation). Matching: 台账编号 when given, else (appointment, date, kind, content).
 */
import { Confirmation, ServiceKind } from '../ledger/ledger.enums';
import { Role } from '../identity/role';
import { CONFIRMATION } from './labels';
import {
  AppointmentRef,
  at,
  has,
  Importer,
  ImportPlan,
  lastServiceDay,
  loadAppointments,
  resolveAppointment,
  same,
  tableWritePlan,
  val,
} from './import.shared';
import { LEDGER } from './templates';
import type { RecordRow } from './validate';

interface Existing {
  id: number;
  /** xmin as read while checking: the update skips a row changed since (see `Sql.updateMany`). */
  row_version: string;
  appointment_id: number;
  service_date: string;
  kind: ServiceKind;
  days_on_site: number;
  content: string;
  effect: string;
  people_trained: number;
  confirmation: Confirmation;
  confirmed_at: string | null;
  dispute_reason: string | null;
}

type Entry = Omit<Existing, 'id' | 'row_version' | 'confirmed_at'> & { division_id: number; confirmed_at: Date | string | null };

const keyOf = (appointment: number, date: string, kind: string, content: string) =>
  `${appointment}\u0001${date}\u0001${kind}\u0001${content}`;

const COLUMNS = [
  'service_date',
  'kind',
  'days_on_site',
  'content',
  'effect',
  'people_trained',
  'confirmation',
  'confirmed_at',
  'dispute_reason',
] as const;
const CASTS = ['date', 'text', 'smallint', 'text', 'text', 'smallint', 'text', 'timestamptz', 'text'];

export const ledgerImporter: Importer = {
  spec: LEDGER,
  roles: [Role.ST_BUREAU, Role.COUNTY_BUREAU, Role.EXPERT],

  async plan(scope, rows, problems, header): Promise<ImportPlan> {
    const { viewer, today } = scope;
    const refs = await loadAppointments(scope.sql, rows);
    const good: Array<{ row: RecordRow; appt: AppointmentRef }> = [];

    for (const r of rows) {
      const appt = resolveAppointment(r, refs, header, problems);
      const apptCell = at(header, val(r, 'certificateNo') ? 'certificateNo' : 'appointmentId');
      if (appt && viewer.role === Role.COUNTY_BUREAU && appt.division_id !== viewer.divisionId) {
        problems.add(r.row, apptCell, '该任职不在本县（市、区） / the appointment is not in your county');
      }
      if (appt && viewer.role === Role.EXPERT && appt.expert_id !== viewer.expertId) {
        problems.add(r.row, apptCell, '只能导入本人任职的服务台账 / you may only import the ledger of your own appointment');
      }
      const date = val<string>(r, 'serviceDate');
      if (date && date > today) {
        problems.add(
          r.row,
          at(header, 'serviceDate'),
          `服务日期 ${date} 晚于今天（${today}） / the date of service ${date} is in the future`,
        );
      } else if (date && appt && (date < appt.service_start || date > lastServiceDay(appt))) {
        problems.add(
          r.row,
          at(header, 'serviceDate'),
          `服务日期 ${date} 不在服务期 ${appt.service_start} 至 ${lastServiceDay(appt)} 内 / ${date} is outside the service period ${appt.service_start} to ${lastServiceDay(appt)}`,
        );
      }
      const confirmation = val<Confirmation>(r, 'confirmation');
      const reason = val<string>(r, 'disputeReason');
      if (confirmation === Confirmation.DISPUTED && !reason && !r.failed.has('disputeReason')) {
        problems.add(
          r.row,
          at(header, 'disputeReason') ?? at(header, 'confirmation'),
          '企业有异议时须填写异议理由 / a disputed entry needs the reason for the dispute',
        );
      }
      if (reason && confirmation !== Confirmation.DISPUTED) {
        problems.add(
          r.row,
          at(header, 'disputeReason'),
          '只有“企业有异议”的记录才填写异议理由 / a reason is only given for disputed entries',
        );
      }
      if (viewer.role === Role.EXPERT && confirmation && confirmation !== Confirmation.PENDING) {
        problems.add(
          r.row,
          at(header, 'confirmation'),
          `专家不能自行填写“${CONFIRMATION[confirmation]}”，由企业确认 / the enterprise, not the expert, confirms or disputes entries`,
        );
      }
      if (appt && !problems.badRows.has(r.row)) good.push({ row: r, appt });
    }

    // Duplicates within the file.
    const firstById = new Map<number, number>();
    const firstByKey = new Map<string, number>();
    const keyed: Array<{ row: RecordRow; appt: AppointmentRef; key: string }> = [];
    const withId: Array<{ row: RecordRow; appt: AppointmentRef; id: number }> = [];
    for (const g of good) {
      const id = val<number>(g.row, 'entryId');
      if (typeof id === 'number') {
        const first = firstById.get(id);
        if (first !== undefined) {
          problems.add(g.row.row, at(header, 'entryId'), `台账编号 ${id} 与第${first}行重复 / ledger number ${id} repeats row ${first}`);
        } else {
          firstById.set(id, g.row.row);
          withId.push({ ...g, id });
        }
        continue;
      }
      const key = keyOf(g.appt.id, val(g.row, 'serviceDate')!, val(g.row, 'kind')!, val(g.row, 'content')!);
      const first = firstByKey.get(key);
      if (first !== undefined) {
        problems.add(
          g.row.row,
          at(header, 'content'),
          `与第${first}行是同一条服务（同一任职、日期、类别和内容） / the same service as row ${first} (same appointment, date, kind and content)`,
        );
      } else {
        firstByKey.set(key, g.row.row);
        keyed.push({ ...g, key });
      }
    }

    // Existing entries: by number, and all entries of the appointments matched by content.
    const cols =
      'id, xmin::text as row_version, appointment_id, service_date, kind, days_on_site, content, effect, people_trained, confirmation, confirmed_at, dispute_reason';
    const byId = new Map<number, Existing>();
    for (const e of await scope.sql.allIn<Existing, number>(
      withId.map((w) => w.id),
      (p) => `select ${cols} from ledger_entry where id in (${p})`,
    )) {
      byId.set(e.id, e);
    }
    const byKey = new Map<string, Existing[]>();
    for (const e of await scope.sql.allIn<Existing, number>(
      keyed.map((k) => k.appt.id),
      (p) => `select ${cols} from ledger_entry where appointment_id in (${p})`,
      200,
    )) {
      const k = keyOf(e.appointment_id, e.service_date, e.kind, e.content);
      const list = byKey.get(k);
      if (list) list.push(e);
      else byKey.set(k, [e]);
    }

    const inserts: Entry[] = [];
    const updates: Array<{ id: number; row_version: string } & Entry> = [];
    let unchanged = 0;
    const claimed = new Map<number, number>();

    const consider = (r: RecordRow, appt: AppointmentRef, existing: Existing | undefined) => {
      const present = has(r, 'confirmation') && val(r, 'confirmation') !== null;
      const confirmation = present ? val<Confirmation>(r, 'confirmation')! : (existing?.confirmation ?? Confirmation.PENDING);
      const entry: Entry = {
        appointment_id: appt.id,
        division_id: appt.division_id,
        service_date: val(r, 'serviceDate')!,
        kind: val(r, 'kind')!,
        days_on_site: val(r, 'daysOnSite')!,
        content: val(r, 'content')!,
        effect: val(r, 'effect')!,
        people_trained: val(r, 'peopleTrained')!,
        confirmation,
        dispute_reason: present ? (val<string>(r, 'disputeReason') ?? null) : (existing?.dispute_reason ?? null),
        confirmed_at: existing?.confirmed_at ?? null,
      };
      if (!existing) {
        entry.confirmed_at = confirmation === Confirmation.PENDING ? null : scope.now;
        inserts.push(entry);
        return;
      }
      const changed = COLUMNS.some((c) => c !== 'confirmed_at' && !same(entry[c], existing[c]));
      if (!changed) {
        unchanged++;
        return;
      }
      if (viewer.role === Role.EXPERT && existing.confirmation !== Confirmation.PENDING) {
        problems.add(
          r.row,
          null,
          `该台账已是“${CONFIRMATION[existing.confirmation]}”，专家不能再修改 / the enterprise has already confirmed or disputed this entry: the expert may not change it`,
        );
        return;
      }
      if (entry.confirmation !== existing.confirmation) {
        entry.confirmed_at = entry.confirmation === Confirmation.PENDING ? null : scope.now;
      }
      updates.push({ id: existing.id, row_version: existing.row_version, ...entry });
    };

    for (const w of withId) {
      const existing = byId.get(w.id);
      if (!existing) {
        problems.add(
          w.row.row,
          at(header, 'entryId'),
          `台账编号 ${w.id} 不存在或不在您的管理范围内；新记录请留空 / no ledger entry ${w.id} that you may manage; leave it empty for new entries`,
        );
        continue;
      }
      if (existing.appointment_id !== w.appt.id) {
        problems.add(
          w.row.row,
          at(header, 'entryId'),
          `台账编号 ${w.id} 属于另一任职，不能改挂 / ledger entry ${w.id} belongs to another appointment`,
        );
        continue;
      }
      claimed.set(existing.id, w.row.row);
      consider(w.row, w.appt, existing);
    }
    for (const k of keyed) {
      const matches = byKey.get(k.key) ?? [];
      if (matches.length > 1) {
        problems.add(
          k.row.row,
          at(header, 'content'),
          `已有${matches.length}条相同的服务记录（编号 ${matches.map((m) => m.id).join('、')}），请填写台账编号指明要更新哪一条 / ${matches.length} identical entries exist (${matches.map((m) => m.id).join(', ')}): give the ledger number`,
        );
        continue;
      }
      const existing = matches[0];
      if (existing && claimed.has(existing.id)) {
        problems.add(
          k.row.row,
          at(header, 'content'),
          `与第${claimed.get(existing.id)}行（台账编号 ${existing.id}）是同一条记录 / the same entry as row ${claimed.get(existing.id)}`,
        );
        continue;
      }
      consider(k.row, k.appt, existing);
    }

    const insertCols = ['appointment_id', 'division_id', ...COLUMNS];
    return tableWritePlan(scope.sql, {
      table: 'ledger_entry',
      size: 1000,
      insert: {
        columns: insertCols,
        casts: ['int', 'int', ...CASTS],
        rows: inserts.map((e) => insertCols.map((c) => e[c as keyof Entry] ?? null)),
      },
      update: {
        columns: [...COLUMNS],
        casts: CASTS,
        rows: updates.map((e) => [e.id, ...COLUMNS.map((c) => e[c] ?? null), e.row_version]),
      },
      unchanged,
    });
  },
};
