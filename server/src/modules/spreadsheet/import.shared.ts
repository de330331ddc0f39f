/**
 * What every import kind shares: SQL inside the request's transaction (as techvp_app, under
 * row-level security), look-ups of the records that rows refer to, and the plan an import kind
 * hands back (counts, and a writer that runs only when the whole file is clean).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../graphql/context';
import { AppError, ErrorCode } from '../../graphql/errors';
import type { PiiCipher } from '../../domain/pii';
import type { Role } from '../identity/role';
import type { HeaderMap, ProblemList, RecordRow, SheetSpec } from './validate';

/** Readable SQL in the caller's transaction; `?` placeholders. */
export class Sql {
  constructor(private readonly em: EntityManager) {}

  all<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.em.getConnection().execute<T[]>(sql, params, 'all', this.em.getTransactionContext());
  }

  async run(sql: string, params: unknown[] = []): Promise<void> {
    await this.em.getConnection().execute(sql, params, 'run', this.em.getTransactionContext());
  }

  /** Runs `select … where col in (…)` in chunks, for long key lists. */
  async allIn<T, K>(keys: K[], query: (placeholders: string) => string, size = 1000): Promise<T[]> {
    const out: T[] = [];
    const unique = [...new Set(keys)];
    for (let i = 0; i < unique.length; i += size) {
      const chunk = unique.slice(i, i + size);
      out.push(...(await this.all<T>(query(chunk.map(() => '?').join(', ')), chunk)));
    }
    return out;
  }

  /**
   * Inserts rows in multi-row statements of `size` rows. `casts` gives each column's SQL type
   * (so that nulls and text keep their types in VALUES lists).
   */
  async insertMany(
    table: string,
    columns: string[],
    casts: string[],
    rows: unknown[][],
    size: number,
    progress?: (n: number) => void,
  ): Promise<number[]> {
    const tuple = `(${casts.map((c) => `?::${c}`).join(', ')})`;
    const ids: number[] = [];
    for (let i = 0; i < rows.length; i += size) {
      const chunk = rows.slice(i, i + size);
      const out = await this.all<{ id: number }>(
        `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${chunk.map(() => tuple).join(', ')} returning id`,
        chunk.flat(),
      );
      ids.push(...out.map((o) => o.id));
      progress?.(chunk.length);
    }
    return ids;
  }

  /**
   * Updates rows by id from a VALUES list. Each row is `[id, ...values of columns, row_version]`,
   * where `row_version` is the row's `xmin` as read while checking the file: a row changed by
   * someone else since then is not overwritten, and the whole import stops with a CONFLICT
   * instead (optimistic concurrency, as the GraphQL mutations do with `version`). `extraSet`
   * adds assignments such as `"version" = t."version" + 1`.
   */
  async updateMany(
    table: string,
    columns: string[],
    casts: string[],
    rows: unknown[][],
    size: number,
    progress?: (n: number) => void,
    extraSet: string[] = [],
  ): Promise<void> {
    const tuple = `(${['int', ...casts, 'text'].map((c) => `?::${c}`).join(', ')})`;
    const names = ['id', ...columns, 'row_version'].map((c) => `"${c}"`).join(', ');
    const set = [...columns.map((c) => `"${c}" = v."${c}"`), ...extraSet, '"updated_at" = now()'].join(', ');
    for (let i = 0; i < rows.length; i += size) {
      const chunk = rows.slice(i, i + size);
      const done = await this.all<{ id: number }>(
        `update "${table}" as t set ${set}
           from (values ${chunk.map(() => tuple).join(', ')}) as v(${names})
          where t.id = v.id and t.xmin::text = v.row_version
          returning t.id`,
        chunk.flat(),
      );
      if (done.length !== chunk.length) {
        const changed = chunk.length - done.length;
        throw new AppError(
          ErrorCode.CONFLICT,
          `检查文件之后，有${changed}条记录被他人修改，为免覆盖，本次未写入任何数据，请重新导入 / ${changed} record(s) were changed by someone else after the file was checked: nothing was written, so as not to overwrite them; import the file again`,
          { table, changed },
        );
      }
      progress?.(chunk.length);
    }
  }
}

/** A PostgreSQL text[] literal, for a `?::text[]` parameter. */
export function pgTextArray(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

export interface ImportScope {
  em: EntityManager;
  sql: Sql;
  viewer: Viewer;
  pii: PiiCipher;
  /** Today in China (YYYY-MM-DD): "not in the future" means not after this. */
  today: string;
  /** When this import runs (written to confirmed_at and the like). */
  now: Date;
}

/** What an import kind decided about a clean file; `write` runs only when nothing was wrong. */
export interface ImportPlan {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Writes everything; calls `progress` with the number of rows written so far. */
  write(progress: (written: number) => void): Promise<void>;
  /** Ids touched, for the audit trail (may be summarised). */
  touched(): number[];
  /** What the writes did beyond the rows themselves (e.g. rewards an evaluation grade granted). */
  notices?(): ImportNotice[];
}

/** A consequence of one row, shown in the report (and in a preview, before anything is kept). */
export interface ImportNotice {
  /** The row number the spreadsheet program shows. */
  row: number;
  /** What happened, for grouping: REWARD or REVOCATION so far. */
  kind: string;
  /** 中文 / English. */
  message: string;
}

export interface Importer {
  spec: SheetSpec;
  /** Roles that may import this kind (row scopes narrow it further). */
  roles: Role[];
  /** Checks the rows against the database and the domain rules; reports problems; plans writes. */
  plan(scope: ImportScope, rows: RecordRow[], problems: ProblemList, header: HeaderMap): Promise<ImportPlan>;
}

/** The writes of a plan into one table: new rows inserted, matched rows updated by id. */
export interface TableWrites {
  table: string;
  /** Rows per statement. */
  size: number;
  insert: { columns: string[]; casts: string[]; rows: unknown[][] };
  /** Each row is `[id, ...values of columns, row_version]` (see `Sql.updateMany`). */
  update: { columns: string[]; casts: string[]; rows: unknown[][]; extraSet?: string[] };
  unchanged: number;
  /** Runs after the rows are written, in the same savepoint (e.g. a grade's consequences). */
  after?: () => Promise<void>;
  notices?: () => ImportNotice[];
}

/** The plan that writes `w`: counts, the writer with progress, and the ids touched. */
export function tableWritePlan(sql: Sql, w: TableWrites): ImportPlan {
  const touched: number[] = [];
  return {
    inserted: w.insert.rows.length,
    updated: w.update.rows.length,
    unchanged: w.unchanged,
    touched: () => touched,
    notices: w.notices,
    async write(progress) {
      let written = 0;
      const step = (n: number) => progress((written += n));
      touched.push(...(await sql.insertMany(w.table, w.insert.columns, w.insert.casts, w.insert.rows, w.size, step)));
      await sql.updateMany(w.table, w.update.columns, w.update.casts, w.update.rows, w.size, step, w.update.extraSet);
      touched.push(...w.update.rows.map((u) => u[0] as number));
      await w.after?.();
    },
  };
}

/** Where a column is in the file, for problem reports (null when the column is absent). */
export const at = (header: HeaderMap, key: string) => header.position.get(key) ?? null;

/** A value of a parsed row, when the cell was present and valid. */
export function val<T>(row: RecordRow, key: string): T | undefined {
  return key in row.values ? (row.values[key] as T) : undefined;
}

/** Whether a column is present in the file and its cell was valid. */
export const has = (row: RecordRow, key: string): boolean => key in row.values;

/** Reference records by code or Chinese name (divisions, sectors, institutions). */
export class NamedLookup {
  private readonly byKey = new Map<string, number>();
  constructor(
    rows: Array<{ id: number; code: string; name_zh: string }>,
    private readonly names: (key: string) => string[] = (k) => [k],
  ) {
    for (const r of rows) {
      this.byKey.set(r.code.toUpperCase(), r.id);
      this.byKey.set(r.name_zh.normalize('NFKC'), r.id);
    }
  }
  find(text: string): number | undefined {
    for (const k of this.names(text.normalize('NFKC').trim())) {
      const id = this.byKey.get(k) ?? this.byKey.get(k.toUpperCase());
      if (id !== undefined) return id;
    }
    return undefined;
  }
}

export interface AppointmentRef {
  id: number;
  certificate_no: string | null;
  expert_id: number;
  enterprise_id: number;
  division_id: number;
  sector_id: number;
  service_start: string;
  service_end: string;
  ended_on: string | null;
  status: string;
}

/**
 * The appointments rows refer to (by certificate number or appointment number), as the
 * viewer may see them: row-level security hides the others, and they are then reported as
 * not found rather than as someone else's.
 */
export async function loadAppointments(
  sql: Sql,
  rows: RecordRow[],
): Promise<{ byCert: Map<string, AppointmentRef>; byId: Map<number, AppointmentRef> }> {
  const certs = rows.map((r) => val<string>(r, 'certificateNo')).filter((c): c is string => !!c);
  const ids = rows.map((r) => val<number>(r, 'appointmentId')).filter((c): c is number => typeof c === 'number');
  const cols = `id, certificate_no, expert_id, enterprise_id, division_id, sector_id, service_start, service_end, ended_on, status`;
  const found = [
    ...(await sql.allIn<AppointmentRef, string>(certs, (p) => `select ${cols} from appointment where certificate_no in (${p})`)),
    ...(await sql.allIn<AppointmentRef, number>(ids, (p) => `select ${cols} from appointment where id in (${p})`)),
  ];
  const byCert = new Map<string, AppointmentRef>();
  const byId = new Map<number, AppointmentRef>();
  for (const a of found) {
    byId.set(a.id, a);
    if (a.certificate_no) byCert.set(a.certificate_no, a);
  }
  return { byCert, byId };
}

/**
 * Resolves a row's appointment from 证书编号 and/or 任职编号, reporting a missing reference,
 * an unknown one, or two that disagree.
 */
export function resolveAppointment(
  row: RecordRow,
  refs: { byCert: Map<string, AppointmentRef>; byId: Map<number, AppointmentRef> },
  header: HeaderMap,
  problems: ProblemList,
): AppointmentRef | null {
  if (row.failed.has('certificateNo') || row.failed.has('appointmentId')) return null;
  const cert = val<string>(row, 'certificateNo') ?? null;
  const id = val<number>(row, 'appointmentId') ?? null;
  if (!cert && id === null) {
    problems.add(
      row.row,
      at(header, 'certificateNo') ?? at(header, 'appointmentId'),
      '证书编号和任职编号至少填写一项 / give the certificate number or the appointment number',
    );
    return null;
  }
  const byCert = cert ? refs.byCert.get(cert) : undefined;
  const byId = id !== null ? refs.byId.get(id) : undefined;
  if (cert && !byCert) {
    problems.add(
      row.row,
      at(header, 'certificateNo'),
      `证书编号“${cert}”不存在或不在您的管理范围内 / no certificate ${cert} among the appointments you may manage`,
    );
    return null;
  }
  if (id !== null && !byId) {
    problems.add(
      row.row,
      at(header, 'appointmentId'),
      `任职编号 ${id} 不存在或不在您的管理范围内 / no appointment ${id} among those you may manage`,
    );
    return null;
  }
  if (byCert && byId && byCert.id !== byId.id) {
    problems.add(
      row.row,
      at(header, 'appointmentId'),
      `任职编号 ${id} 与证书编号“${cert}”不是同一任职 / appointment ${id} is not the one with certificate ${cert}`,
    );
    return null;
  }
  return (byCert ?? byId)!;
}

/** The last day an appointment could be served: its end, or the day it was revoked or ended. */
export const lastServiceDay = (a: AppointmentRef): string => (a.ended_on && a.ended_on < a.service_end ? a.ended_on : a.service_end);

export const same = (a: unknown, b: unknown): boolean => {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return (a ?? null) === (b ?? null);
};
