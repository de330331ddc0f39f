/**
 * Evaluation results (绩效考核结果, Art. 17), by the S&T bureau or the third-party evaluation
 * agency, matched by (cycle, appointment). The cycle must exist; results of a closed (filed)
 * cycle cannot be added or changed; the appointment must have served during the cycle's
 * period; the date graded lies between the period's start and today.
 *
 * Recording a grade does not by itself revoke an appointment or grant a reward: those
 * consequences (Art. 17-19) belong to the evaluation workflow that acts on filed results.
 */
import { Grade } from '../evaluation/evaluation.entity';
import { Role } from '../identity/role';
import { at, Importer, ImportPlan, lastServiceDay, loadAppointments, resolveAppointment, same, val } from './import.shared';
import { EVALUATIONS } from './templates';

interface Cycle {
  id: number;
  code: string;
  period_start: string;
  period_end: string;
  status: string;
}

interface Existing {
  id: number;
  cycle_id: number;
  appointment_id: number;
  grade: Grade;
  score: number | null;
  graded_on: string;
  remarks: string | null;
}

const FIELDS = ['grade', 'score', 'graded_on', 'remarks'] as const;
const KEYS: Record<(typeof FIELDS)[number], string> = { grade: 'grade', score: 'score', graded_on: 'gradedOn', remarks: 'remarks' };
const CASTS = ['text', 'int', 'date', 'text'];

export const evaluationImporter: Importer = {
  spec: EVALUATIONS,
  roles: [Role.ST_BUREAU, Role.EVALUATION_AGENCY],

  async plan(scope, rows, problems, header): Promise<ImportPlan> {
    const { sql, today, viewer } = scope;
    const cycles = new Map(
      (await sql.all<Cycle>('select id, code, period_start, period_end, status from evaluation_cycle')).map((c) => [c.code, c]),
    );
    const refs = await loadAppointments(sql, rows);

    type Item = {
      row: number;
      cycle: Cycle;
      appt: { id: number; division_id: number; sector_id: number };
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
        items.push({ row: r.row, cycle, appt, values: Object.fromEntries(FIELDS.map((f) => [f, r.values[KEYS[f]]])) });
      }
    }

    const existing = new Map<string, Existing>();
    for (const e of await sql.allIn<Existing, number>(
      items.map((i) => i.appt.id),
      (p) => `select id, cycle_id, appointment_id, grade, score, graded_on, remarks from evaluation where appointment_id in (${p})`,
    )) {
      existing.set(`${e.cycle_id}:${e.appointment_id}`, e);
    }

    const inserts: unknown[][] = [];
    const updates: unknown[][] = [];
    let unchanged = 0;
    for (const it of items) {
      const old = existing.get(`${it.cycle.id}:${it.appt.id}`);
      // Absent optional columns keep what is stored.
      const merged = Object.fromEntries(FIELDS.map((f) => [f, it.values[f] === undefined ? (old?.[f] ?? null) : it.values[f]]));
      if (old && FIELDS.every((f) => same(merged[f], old[f]))) {
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
      if (old) updates.push([old.id, ...FIELDS.map((f) => merged[f]), viewer.userId]);
      else inserts.push([it.cycle.id, it.appt.id, it.appt.division_id, it.appt.sector_id, ...FIELDS.map((f) => merged[f]), viewer.userId]);
    }

    const touched: number[] = [];
    return {
      inserted: inserts.length,
      updated: updates.length,
      unchanged,
      touched: () => touched,
      async write(progress) {
        let written = 0;
        const step = (n: number) => progress((written += n));
        touched.push(
          ...(await sql.insertMany(
            'evaluation',
            ['cycle_id', 'appointment_id', 'division_id', 'sector_id', ...FIELDS, 'graded_by_id'],
            ['int', 'int', 'int', 'int', ...CASTS, 'int'],
            inserts,
            1000,
            step,
          )),
        );
        await sql.updateMany(
          'evaluation',
          ['id', ...FIELDS, 'graded_by_id'],
          ['int', ...CASTS, 'int'],
          [...[...FIELDS, 'graded_by_id'].map((c) => `"${c}" = v."${c}"`), '"version" = t."version" + 1', '"updated_at" = now()'],
          updates,
          1000,
          step,
        );
        touched.push(...updates.map((u) => u[0] as number));
      },
    };
  },
};
