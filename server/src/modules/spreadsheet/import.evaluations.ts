/**
 * Evaluation results (绩效考核结果, Art. 17), by the S&T bureau or the third-party evaluation
 * agency, matched by (cycle, appointment). The cycle must exist; results of a closed (filed)
 * cycle cannot be added or changed; the appointment must have served during the cycle's
 * period; the date graded lies between the period's start and today.
 *
 * A grade carries the consequences of Art. 17-19 exactly as the grading workflow applies them
 * (`applyGradeConsequences`): a row that makes a result EXCELLENT grants the rewards and makes the
 * expert's open projects priority; one that makes it UNQUALIFIED revokes the appointment as of the
 * date graded, cancels its open projects and bars the expert for two years. Such rows need an
 * ACTIVE or COMPLETED appointment, as in the workflow, and a result whose consequences were
 * applied keeps its grade: an import cannot take back a reward paid or a revocation filed. The
 * report lists each consequence by row, so the preview shows them before anything is written.
 *
 * "The agency assists, the bureau decides" (Art. 17): the agency's rows are proposals (PROPOSED),
 * with no consequence until the bureau approves them on its desk, and the agency cannot change a
 * grade the bureau has decided; the bureau's rows are decided at once (as of the date graded), a
 * row of the bureau on a pending or sent-back proposal deciding it.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { Appointment } from '../appointment/appointment.entity';
import { Evaluation, Grade } from '../evaluation/evaluation.entity';
import { applyGradeConsequences } from '../evaluation/evaluation.service';
import { lockRow } from '../workflow/step';
import { Role } from '../identity/role';
import {
  at,
  Importer,
  ImportNotice,
  ImportPlan,
  lastServiceDay,
  loadAppointments,
  resolveAppointment,
  same,
  tableWritePlan,
  val,
} from './import.shared';
import { EVALUATIONS } from './templates';
import { APPOINTMENT_STATUS, GRADE, label } from './labels';

interface Cycle {
  id: number;
  code: string;
  period_start: string;
  period_end: string;
  status: string;
}

interface Existing {
  id: number;
  /** xmin as read while checking: the update skips a row changed since (see `Sql.updateMany`). */
  row_version: string;
  cycle_id: number;
  appointment_id: number;
  grade: Grade;
  score: number | null;
  graded_on: string;
  remarks: string | null;
  status: string;
  decided_on: string | null;
  decided_by_id: number | null;
}

const FIELDS = ['grade', 'score', 'graded_on', 'remarks'] as const;
const KEYS: Record<(typeof FIELDS)[number], string> = { grade: 'grade', score: 'score', graded_on: 'gradedOn', remarks: 'remarks' };
const CASTS = ['text', 'int', 'date', 'text'];
/** Where the grade stands after the row (Art. 17): the agency proposes, the bureau decides. */
const DECISION = ['status', 'decided_on', 'decided_by_id'];
const DECISION_CASTS = ['text', 'date', 'int'];
const DECIDED = 'DECIDED';
const PROPOSED = 'PROPOSED';
/** Grades with consequences (Art. 17 for UNQUALIFIED, Art. 19 for EXCELLENT). */
const CONSEQUENTIAL = new Set<string>([Grade.EXCELLENT, Grade.UNQUALIFIED]);
/** Appointment states the workflow grades (`EvaluationService.grade`). */
const GRADABLE = new Set(['ACTIVE', 'COMPLETED']);

export const evaluationImporter: Importer = {
  spec: EVALUATIONS,
  roles: [Role.ST_BUREAU, Role.EVALUATION_AGENCY],

  async plan(scope, rows, problems, header): Promise<ImportPlan> {
    const { sql, today, viewer, em } = scope;
    const decides = viewer.role === Role.ST_BUREAU;
    // A share lock: filing a cycle (which closes it) waits until this import is done.
    const cycles = new Map(
      (await sql.all<Cycle>('select id, code, period_start, period_end, status from evaluation_cycle for share')).map((c) => [c.code, c]),
    );
    const refs = await loadAppointments(sql, rows);

    type Item = {
      row: number;
      cycle: Cycle;
      appt: { id: number; division_id: number; sector_id: number; status: string };
      apptCell: ReturnType<typeof at>;
      values: Record<string, unknown>;
    };
    const items: Item[] = [];
    const firstByKey = new Map<string, number>();
    for (const r of rows) {
      const code = val<string>(r, 'cycle');
      const cycle = code ? cycles.get(code) : undefined;
      if (code && !cycle) {
        problems.add(
          r.row,
          at(header, 'cycle'),
          `考核周期“${code}”不存在（现有：${[...cycles.keys()].join('、')}） / no evaluation cycle "${code}"`,
        );
      }
      const appt = resolveAppointment(r, refs, header, problems);
      const apptCell = at(header, val(r, 'certificateNo') ? 'certificateNo' : 'appointmentId');
      if (cycle && appt && (appt.service_start > cycle.period_end || lastServiceDay(appt) < cycle.period_start)) {
        problems.add(
          r.row,
          apptCell,
          `该任职在考核期 ${cycle.period_start} 至 ${cycle.period_end} 内未在岗 / the appointment did not serve during the cycle's period`,
        );
      }
      const graded = val<string>(r, 'gradedOn');
      if (graded && graded > today) {
        problems.add(r.row, at(header, 'gradedOn'), `评定日期 ${graded} 晚于今天 / ${graded} is in the future`);
      } else if (graded && cycle && graded < cycle.period_start) {
        problems.add(
          r.row,
          at(header, 'gradedOn'),
          `评定日期 ${graded} 早于考核期开始（${cycle.period_start}） / graded before the period began`,
        );
      }
      if (!cycle || !appt) continue;
      const key = `${cycle.id}:${appt.id}`;
      const first = firstByKey.get(key);
      if (first !== undefined) {
        problems.add(r.row, apptCell, `与第${first}行是同一考核周期的同一任职 / the same cycle and appointment as row ${first}`);
        continue;
      }
      firstByKey.set(key, r.row);
      if (!problems.badRows.has(r.row)) {
        items.push({ row: r.row, cycle, appt, apptCell, values: Object.fromEntries(FIELDS.map((f) => [f, r.values[KEYS[f]]])) });
      }
    }

    const existing = new Map<string, Existing>();
    for (const e of await sql.allIn<Existing, number>(
      items.map((i) => i.appt.id),
      (p) =>
        `select id, xmin::text as row_version, cycle_id, appointment_id, grade, score, graded_on, remarks, status, decided_on, decided_by_id from evaluation where appointment_id in (${p})`,
    )) {
      existing.set(`${e.cycle_id}:${e.appointment_id}`, e);
    }

    const inserts: unknown[][] = [];
    const updates: unknown[][] = [];
    /** Rows whose new grade has consequences, applied after the writes. */
    const consequential: Array<{ row: number; cycle: Cycle; appointmentId: number; grade: string; gradedOn: string }> = [];
    let unchanged = 0;
    for (const it of items) {
      const old = existing.get(`${it.cycle.id}:${it.appt.id}`);
      // Absent optional columns keep what is stored.
      const merged = Object.fromEntries(FIELDS.map((f) => [f, it.values[f] === undefined ? (old?.[f] ?? null) : it.values[f]]));
      const decided = old?.status === 'DECIDED';
      if (old && FIELDS.every((f) => same(merged[f], old[f])) && (decided || !decides)) {
        unchanged++;
        continue;
      }
      if (it.cycle.status === 'CLOSED') {
        problems.add(
          it.row,
          at(header, 'cycle'),
          `考核周期 ${it.cycle.code} 已结束并备案，结果不能${old ? '修改' : '新增'} / cycle ${it.cycle.code} is closed and filed: results cannot be ${old ? 'changed' : 'added'}`,
        );
        continue;
      }
      const grade = merged.grade as string;
      if (old && decided && !decides) {
        problems.add(
          it.row,
          at(header, 'grade'),
          `该任职在 ${it.cycle.code} 周期的等级已由市科技局决定，受托机构不能修改（第十七条） / the bureau has decided this grade: the agency cannot change it (Art. 17)`,
        );
        continue;
      }
      if (old && decided && old.grade !== grade && CONSEQUENTIAL.has(old.grade)) {
        problems.add(
          it.row,
          at(header, 'grade'),
          `该任职在 ${it.cycle.code} 周期已评为“${label(GRADE, old.grade)}”，其${old.grade === Grade.EXCELLENT ? '奖励（第十九条）' : '撤销与禁报（第十七条）'}已执行，等级不能通过导入更改 / the stored ${old.grade} grade has had its Art. ${old.grade === Grade.EXCELLENT ? '19 rewards' : '17 revocation and ban'} applied: an import cannot change it`,
        );
        continue;
      }
      if (decides && CONSEQUENTIAL.has(grade) && !(decided && old?.grade === grade)) {
        if (!GRADABLE.has(it.appt.status)) {
          problems.add(
            it.row,
            it.apptCell,
            `任职状态为“${label(APPOINTMENT_STATUS, it.appt.status as never)}”，不能评为“${label(GRADE, grade as Grade)}”：只有在任或期满的任职参加考核 / the appointment is ${it.appt.status}: only an active or completed appointment is graded`,
          );
          continue;
        }
        consequential.push({ row: it.row, cycle: it.cycle, appointmentId: it.appt.id, grade, gradedOn: merged.graded_on as string });
      }
      // A decided grade keeps who decided it and when; a proposal the bureau's row decides takes its date.
      const decision = decided
        ? [DECIDED, old.decided_on, old.decided_by_id]
        : decides
          ? [DECIDED, merged.graded_on, viewer.userId]
          : [PROPOSED, null, null];
      if (old) {
        updates.push([old.id, ...FIELDS.map((f) => merged[f]), viewer.userId, ...decision, old.row_version]);
      } else {
        inserts.push([
          it.cycle.id,
          it.appt.id,
          it.appt.division_id,
          it.appt.sector_id,
          ...FIELDS.map((f) => merged[f]),
          viewer.userId,
          ...decision,
        ]);
      }
    }

    const notices: ImportNotice[] = [];
    return tableWritePlan(sql, {
      table: 'evaluation',
      size: 1000,
      insert: {
        columns: ['cycle_id', 'appointment_id', 'division_id', 'sector_id', ...FIELDS, 'graded_by_id', ...DECISION],
        casts: ['int', 'int', 'int', 'int', ...CASTS, 'int', ...DECISION_CASTS],
        rows: inserts,
      },
      update: {
        columns: [...FIELDS, 'graded_by_id', ...DECISION],
        casts: [...CASTS, 'int', ...DECISION_CASTS],
        rows: updates,
        extraSet: ['"version" = t."version" + 1', '"return_reason" = null'],
      },
      unchanged,
      after: () => applyConsequences(em, consequential, notices),
      notices: () => notices,
    });
  },
};

/**
 * Applies Art. 17-19 to each row whose new grade carries consequences, in file order, under the
 * appointment's row lock, and describes what was done on the row's notice.
 */
async function applyConsequences(
  em: EntityManager,
  rows: Array<{ row: number; cycle: { id: number; code: string }; appointmentId: number; grade: string; gradedOn: string }>,
  notices: ImportNotice[],
): Promise<void> {
  for (const r of rows) {
    await lockRow(em, 'appointment', r.appointmentId);
    const appt = await em.findOneOrFail(Appointment, r.appointmentId, { refresh: true });
    const evaluation = await em.findOneOrFail(Evaluation, { cycle: r.cycle.id, appointment: r.appointmentId }, { refresh: true });
    const done = await applyGradeConsequences(em, evaluation, appt, r.cycle.code, r.gradedOn);
    await em.flush();
    if (done.rewards) {
      notices.push({
        row: r.row,
        kind: 'REWARD',
        message: `评为优秀：授予奖金、优秀证书和人才服务金卡B卡（${done.rewards
          .filter((x) => x.includes(' '))
          .map((x) => x.split(' ')[1])
          .join(
            '、',
          )}）${done.prioritisedProjects?.length ? `，${done.prioritisedProjects.length}个协同创新项目优先支持` : ''}（第十九条） / EXCELLENT: cash reward, certificate and gold card granted (Art. 19)`,
      });
    }
    if (done.revoked) {
      notices.push({
        row: r.row,
        kind: 'REVOCATION',
        message: `评为不合格：自${r.gradedOn}起撤销该任职${done.revoked.cancelledProjects.length ? `，取消${done.revoked.cancelledProjects.length}个未结项目` : ''}，专家${done.revoked.bannedUntil}前不得再次申报（第十七条） / UNQUALIFIED: appointment revoked, open projects cancelled, expert barred until ${done.revoked.bannedUntil} (Art. 17)`,
      });
    }
  }
}
