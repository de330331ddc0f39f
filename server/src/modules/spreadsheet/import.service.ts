/**
 * Spreadsheet imports: experts, enterprises, service-ledger entries and evaluation results
 * from .xlsx or CSV. The whole file is read (streamed), every cell and row is checked, and
 * only a file without a single problem is written, all of it, inside the caller's transaction
 * (behind a savepoint, so a database refusal undoes every row). A dry run does the same writes
 * and rolls them back, so its counts are exactly what a real import would do. Re-importing the
 * same file changes nothing: rows are matched with existing records by natural keys and only
 * differences are written. Every attempt, dry run or refused file included, is recorded in the
 * audit trail as the transaction's last step.
 *
 * Free of HTTP: the caller passes the bytes, the viewer and a progress callback.
 */
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { chinaDate } from '../../domain/china-time';
import type { PiiCipher } from '../../domain/pii';
import type { Viewer } from '../../graphql/context';
import { AppError, ErrorCode, toPublicError } from '../../graphql/errors';
import { AuditService } from '../audit/audit.service';
import { enterpriseImporter } from './import.enterprises';
import { evaluationImporter } from './import.evaluations';
import { expertImporter } from './import.experts';
import { ledgerImporter } from './import.ledger';
import { Importer, ImportNotice, ImportPlan, Sql } from './import.shared';
import { detectFormat, FileFormat, readRows, UnreadableFile } from './parse';
import { ImportKind, isExampleRow, NON_DATA_SHEETS } from './templates';
import { cellText, HeaderMap, isBlank, mapHeader, Problem, ProblemList, readRecord, RecordRow } from './validate';

export const IMPORTERS: Record<ImportKind, Importer> = {
  experts: expertImporter,
  enterprises: enterpriseImporter,
  ledger: ledgerImporter,
  evaluations: evaluationImporter,
};

/** Rows beyond this are refused (Excel's own limit is 1,048,576). */
export const MAX_IMPORT_ROWS = 200_000;

export type ImportPhase = 'reading' | 'checking' | 'writing' | 'done';

export interface ImportProgress {
  phase: ImportPhase;
  /** Data rows read from the file so far. */
  rowsRead: number;
  /** Rows written to the database so far (during `writing`). */
  rowsWritten: number;
  /** Rows to write, once known (from `writing` on). */
  rowsToWrite: number | null;
}

export interface ImportReport {
  ok: boolean;
  kind: ImportKind;
  dryRun: boolean;
  format: FileFormat | null;
  sheet: string | null;
  /** Data rows in the file (blank rows and the template's untouched example row excluded). */
  rows: number;
  /** Rows added, changed and left as they were; all zero when the file was refused. */
  inserted: number;
  updated: number;
  unchanged: number;
  /** Example rows skipped. */
  skipped: number;
  problems: Problem[];
  /** Every problem found (the list above stops at 5,000). */
  problemCount: number;
  problemsTruncated: boolean;
  /**
   * Consequences of the rows beyond the rows themselves, by row (an evaluation grade's rewards or
   * revocation, Art. 17-19); in a preview, what the import would do. Empty when refused.
   */
  notices: ImportNotice[];
  /** SHA-256 of the file, as recorded in the audit trail. */
  fileSha256: string;
  durationMs: number;
}

export interface ImportOptions {
  kind: ImportKind;
  data: Buffer;
  dryRun: boolean;
  fileName?: string | null;
  onProgress?: (progress: ImportProgress) => void;
  /** Request id and client address, for the audit trail. */
  requestId?: string;
  ip?: string | null;
}

/** Roles that may import each kind (row scopes narrow them further). */
export function importRoles(kind: ImportKind) {
  return IMPORTERS[kind].roles;
}

export class SpreadsheetImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly pii: PiiCipher,
    private readonly audit = new AuditService(),
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async run(opts: ImportOptions): Promise<ImportReport> {
    const started = Date.now();
    const importer = IMPORTERS[opts.kind];
    if (!importer.roles.includes(this.viewer.role)) {
      throw new AppError(
        ErrorCode.FORBIDDEN,
        `角色 ${this.viewer.role} 无权导入${importer.spec.title.split(' / ')[0]} / role ${this.viewer.role} may not import ${opts.kind}`,
        { field: 'kind' },
      );
    }
    const spec = importer.spec;
    const problems = new ProblemList(spec.sheetName);
    const sha = createHash('sha256').update(opts.data).digest('hex');
    const progress: ImportProgress = { phase: 'reading', rowsRead: 0, rowsWritten: 0, rowsToWrite: null };
    let lastReport = 0;
    const report = (force = false) => {
      const now = Date.now();
      if (!opts.onProgress || (!force && now - lastReport < 200)) return;
      lastReport = now;
      opts.onProgress({ ...progress });
    };

    let format: FileFormat | null = null;
    let sheet: string | null = null;
    let header: HeaderMap | null = null;
    let headerSeen = false;
    let skipped = 0;
    const rows: RecordRow[] = [];
    try {
      format = detectFormat(opts.data);
      for await (const raw of readRows(opts.data, format, NON_DATA_SHEETS)) {
        if (sheet === null) problems.sheet = sheet = raw.sheet;
        if (raw.cells.every(isBlank)) continue;
        if (!headerSeen) {
          headerSeen = true;
          header = mapHeader(spec, raw.cells, raw.row, problems);
          if (!header) break;
          continue;
        }
        const h = header!;
        const texts = new Map<string, string>();
        for (const [i, c] of h.byIndex) texts.set(c.key, cellText(raw.cells[i] ?? null));
        if (isExampleRow(spec, texts)) {
          skipped++;
          continue;
        }
        if (rows.length >= MAX_IMPORT_ROWS) {
          problems.file(`文件超过${MAX_IMPORT_ROWS}行，请拆分后导入 / more than ${MAX_IMPORT_ROWS} rows: split the file`);
          break;
        }
        rows.push(readRecord(h, raw.cells, raw.row, problems));
        progress.rowsRead = rows.length;
        if (rows.length % 1000 === 0) report();
      }
    } catch (err) {
      if (!(err instanceof UnreadableFile)) throw err;
      problems.file(err.message);
    }
    if (problems.count === 0 && !headerSeen) problems.file('文件中没有任何内容 / the file has no content: not even a header row');
    else if (problems.count === 0 && rows.length === 0) {
      problems.file('文件中只有表头，没有数据行 / the file has a header but no data rows');
    }
    progress.phase = 'checking';
    report(true);

    const scope = {
      em: this.em,
      sql: new Sql(this.em),
      viewer: this.viewer,
      pii: this.pii,
      today: chinaDate(this.clock()),
      now: this.clock(),
    };
    let plan: ImportPlan | null = null;
    if (header && rows.length > 0) plan = await importer.plan(scope, rows, problems, header);

    let written = false;
    if (plan && problems.count === 0) {
      progress.phase = 'writing';
      progress.rowsToWrite = plan.inserted + plan.updated;
      report(true);
      // A savepoint makes the writes one unit even inside the request's transaction: a
      // refusal by the database (or a dry run) takes every row back, and the audit row that
      // follows still commits.
      await scope.sql.run('savepoint techvp_import');
      try {
        await plan.write((n) => {
          progress.rowsWritten = n;
          report();
        });
        if (opts.dryRun) await this.rollbackTo(scope.sql);
        else await scope.sql.run('release savepoint techvp_import');
        written = !opts.dryRun;
      } catch (err) {
        await this.rollbackTo(scope.sql);
        const known = toPublicError(err);
        if (!known) throw err;
        problems.file(`数据库拒绝了导入，未写入任何数据：${known.message}`);
      }
    }
    const ok = problems.count === 0;
    progress.phase = 'done';
    report(true);

    const result: ImportReport = {
      ok,
      kind: opts.kind,
      dryRun: opts.dryRun,
      format,
      sheet,
      rows: rows.length,
      inserted: ok && plan ? plan.inserted : 0,
      updated: ok && plan ? plan.updated : 0,
      unchanged: ok && plan ? plan.unchanged : 0,
      skipped,
      problems: problems.sorted(),
      problemCount: problems.count,
      problemsTruncated: problems.truncated,
      notices: ok && plan?.notices ? plan.notices() : [],
      fileSha256: sha,
      durationMs: Date.now() - started,
    };
    await this.audit.record(this.em, {
      username: this.viewer.username,
      role: this.viewer.role,
      operation: opts.dryRun ? `spreadsheet:import-preview:${opts.kind}` : `spreadsheet:import:${opts.kind}`,
      objectType: spec.kind,
      objectIds: written && plan ? plan.touched() : null,
      result: ok ? 'OK' : 'FAILED',
      detail: {
        file: opts.fileName ?? null,
        sha256: sha,
        format,
        rows: result.rows,
        inserted: result.inserted,
        updated: result.updated,
        unchanged: result.unchanged,
        problems: result.problemCount,
        notices: result.notices.length ? result.notices.map((n) => `${n.row}:${n.kind}`) : undefined,
        dryRun: opts.dryRun,
        requestId: opts.requestId ?? null,
        ip: opts.ip ?? null,
      },
    });
    return result;
  }

  /** Takes the writes back; entities the writes loaded or created are forgotten with them. */
  private async rollbackTo(sql: Sql): Promise<void> {
    await sql.run('rollback to savepoint techvp_import');
    this.em.clear();
  }
}
