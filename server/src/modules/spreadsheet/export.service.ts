/**
 * Exports of every list view (appointments, applications, experts, enterprises, ledger
 * entries, evaluations, projects, disbursements, filing records) as .xlsx or CSV, streamed page
 * by page: Chinese headers, the rows the viewer may read (the resource's own filter translation
 * plus the role's row scope, and PostgreSQL's row-level security under it), personal data as
 * the role may see it (modules/identity/personal-data.ts `disclosure`: clear, masked or hidden),
 * and the filter that produced the file written into it (a 筛选条件 sheet, or a first `#` line
 * in CSV). The four importable lists use exactly their import layout, so an exported file
 * imports again with no change.
 */
import type { Writable } from 'node:stream';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { coerceInputValue, GraphQLInputType, GraphQLSchema, isInputType } from 'graphql';
import type * as Excel from 'exceljs';
import ExcelJS from './excel';
import { chinaDate, daysBetween } from '../../domain/china-time';
import { fenFromDb } from '../../domain/money';
import type { PiiCipher } from '../../domain/pii';
import type { Context, Viewer } from '../../graphql/context';
import { AppError, ErrorCode, badInput } from '../../graphql/errors';
import { resourceByName } from '../../graphql/resource';
import { AuditService } from '../audit/audit.service';
import { canRead, rowScope } from '../identity/access';
import { Disclosure, disclosure, PersonalField } from '../identity/personal-data';
import { Role } from '../identity/role';
import { neutraliseFormula } from './formula';
import * as L from './labels';
import { ENTERPRISES, EVALUATIONS, EXPERTS, FILTER_SHEET, LEDGER } from './templates';
import { CellValue, headerText, referenceHeader, SheetSpec } from './validate';

export type ExportList =
  'appointments' | 'applications' | 'experts' | 'enterprises' | 'ledger' | 'evaluations' | 'projects' | 'disbursements' | 'filings';

export type ExportFormat = 'xlsx' | 'csv';

/** A loaded entity, read by property paths. */
type Row = object;

/** How each personal value of this page is shown, and the clear values (for roles that see them). */
interface PageExtras {
  /** `${field}:${ownerId}` → clear, masked or hidden. */
  modes: Map<string, Disclosure>;
  /** `${field}:${ownerId}` → the decrypted value. */
  clear: Map<string, string | null>;
  /** Figures computed for the page's rows by the list's `pageData` (row id → values). */
  data: Map<number, Record<string, unknown>>;
  /** Today in China (YYYY-MM-DD), for columns such as days waited. */
  today: string;
}

interface ExportColumn {
  header: string;
  width?: number;
  numFmt?: string;
  value: (row: Row, extras: PageExtras) => CellValue;
}

interface ListSpec {
  resource: string;
  sheetName: string;
  title: string;
  populate: string[];
  columns: ExportColumn[];
  /** Personal fields in the list: which, whose owner id, and the masked copy's path. */
  personal?: Array<{ field: PersonalField; owner: string; masked: string; header: string }>;
  /** Figures over related rows, one statement per page (row-level security applies). */
  pageData?: (em: EntityManager, ids: number[]) => Promise<Map<number, Record<string, unknown>>>;
}

/** Reads `a.b.c` from an entity (null when a relation is not loaded or not visible). */
export function pick(row: unknown, path: string): unknown {
  let cur: unknown = row;
  for (const part of path.split('.')) {
    if (cur === null || cur === undefined) return null;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur ?? null;
}

const str = (path: string) => (r: Row) => (pick(r, path) as string | null) ?? null;
const num = (path: string) => (r: Row) => (pick(r, path) as number | null) ?? null;
const day = (path: string) => (r: Row) => {
  const v = pick(r, path) as string | null;
  return v ? new Date(`${v}T00:00:00Z`) : null;
};
/** Instants as China time text (spreadsheet cells have no time zone). */
const instant = (path: string) => (r: Row) => {
  const v = pick(r, path) as Date | null;
  return v ? new Date(v.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ') : null;
};
const yuan = (path: string) => (r: Row) => {
  const v = pick(r, path) as number | null;
  return v === null ? null : v / 100;
};
const labelled =
  <E extends string>(labels: L.Labels<E>, path: string) =>
  (r: Row) =>
    L.label(labels, pick(r, path) as E | null) || null;
const yes = (path: string) => (r: Row) => {
  const v = pick(r, path) as boolean | null;
  return v === null ? null : L.yesNo(v);
};

/** A sum from the list's `pageData` in yuan (0 when nothing was paid). */
const paid = (key: string) => (r: Row, x: PageExtras) => {
  const v = x.data.get(pick(r, 'id') as number)?.[key] as number | undefined;
  return (v ?? 0) / 100;
};

const DATE = 'yyyy-mm-dd';
const MONEY = '#,##0.00';

/** Columns of an importable list: the import sheet's, in order, then reference columns. */
function importLayout(spec: SheetSpec, values: Record<string, ExportColumn['value']>, refs: Record<string, ExportColumn['value']>) {
  const cols: ExportColumn[] = spec.columns.map((c) => {
    const value = values[c.key];
    if (!value) throw new Error(`export of ${spec.kind} has no value for ${c.key}`);
    return { header: headerText(c), width: c.width, numFmt: c.asText ? '@' : c.numFmt, value };
  });
  for (const h of spec.referenceColumns) {
    const value = refs[h];
    if (!value) throw new Error(`export of ${spec.kind} has no reference column ${h}`);
    cols.push({ header: referenceHeader(h), width: 16, value });
  }
  return cols;
}

const personalCell = (field: PersonalField, owner: string, masked: string) => (r: Row, x: PageExtras) => {
  const key = `${field}:${pick(r, owner) as number}`;
  switch (x.modes.get(key)) {
    case 'clear':
      return x.clear.get(key) ?? null;
    case 'masked':
      return str(masked)(r);
    default:
      return null;
  }
};

/** Read-only context columns of records that hang off an appointment (ledger, evaluations). */
const APPOINTMENT_CONTEXT = {
  专家姓名: str('appointment.expert.name'),
  派驻企业: str('appointment.enterprise.name'),
  '所在县（市、区）': str('division.nameZh'),
};

export const LISTS: Record<ExportList, ListSpec> = {
  experts: {
    resource: 'Expert',
    sheetName: EXPERTS.sheetName,
    title: '专家 / Experts',
    populate: ['institution', 'sector'],
    personal: [
      { field: 'Expert.idNumber', owner: 'id', masked: 'idNumberMasked', header: '身份证号' },
      { field: 'Expert.phone', owner: 'id', masked: 'phoneMasked', header: '手机号' },
    ],
    columns: importLayout(
      EXPERTS,
      {
        name: str('name'),
        gender: labelled(L.GENDER, 'gender'),
        idNumber: personalCell('Expert.idNumber', 'id', 'idNumberMasked'),
        phone: personalCell('Expert.phone', 'id', 'phoneMasked'),
        institution: str('institution.nameZh'),
        degree: labelled(L.DEGREE, 'degree'),
        title: labelled(L.TITLE, 'title'),
        discipline: str('discipline'),
        keywords: (r) => ((pick(r, 'keywords') as string[] | null) ?? []).join('、') || null,
        sector: str('sector.nameZh'),
        workStartedOn: day('workStartedOn'),
        misconductOn: day('misconductOn'),
        topTalent: yes('topTalent'),
      },
      { 禁止申报截止日期: day('bannedUntil') },
    ),
  },
  enterprises: {
    resource: 'Enterprise',
    sheetName: ENTERPRISES.sheetName,
    title: '科技企业 / Enterprises',
    populate: ['division', 'sector'],
    personal: [{ field: 'Enterprise.contactPhone', owner: 'id', masked: 'contactPhoneMasked', header: '联系电话' }],
    columns: importLayout(
      ENTERPRISES,
      {
        name: str('name'),
        creditCode: str('creditCode'),
        division: str('division.nameZh'),
        sector: str('sector.nameZh'),
        registeredOn: day('registeredOn'),
        independentLegalPerson: yes('independentLegalPerson'),
        highTech: yes('highTech'),
        gazelle: yes('gazelle'),
        municipalProject: yes('municipalProject'),
        revenueFen: yuan('revenueFen'),
        rdSpendingFen: yuan('rdSpendingFen'),
        violationOn: day('violationOn'),
        financesSound: yes('financesSound'),
        employees: num('employees'),
        contactName: str('contactName'),
        contactPhone: personalCell('Enterprise.contactPhone', 'id', 'contactPhoneMasked'),
        address: str('address'),
      },
      {},
    ),
  },
  ledger: {
    resource: 'LedgerEntry',
    sheetName: LEDGER.sheetName,
    title: '服务台账 / Service ledger',
    populate: ['appointment.expert', 'appointment.enterprise', 'division'],
    columns: importLayout(
      LEDGER,
      {
        certificateNo: str('appointment.certificateNo'),
        appointmentId: num('appointment.id'),
        serviceDate: day('serviceDate'),
        kind: labelled(L.SERVICE_KIND, 'kind'),
        daysOnSite: num('daysOnSite'),
        content: str('content'),
        effect: str('effect'),
        peopleTrained: num('peopleTrained'),
        confirmation: labelled(L.CONFIRMATION, 'confirmation'),
        disputeReason: str('disputeReason'),
        entryId: num('id'),
      },
      APPOINTMENT_CONTEXT,
    ),
  },
  evaluations: {
    resource: 'Evaluation',
    sheetName: EVALUATIONS.sheetName,
    title: '绩效考核结果 / Evaluation results',
    populate: ['cycle', 'appointment.expert', 'appointment.enterprise', 'division'],
    columns: importLayout(
      EVALUATIONS,
      {
        cycle: str('cycle.code'),
        certificateNo: str('appointment.certificateNo'),
        appointmentId: num('appointment.id'),
        grade: labelled(L.GRADE, 'grade'),
        score: num('score'),
        gradedOn: day('gradedOn'),
        remarks: str('remarks'),
      },
      APPOINTMENT_CONTEXT,
    ),
  },
  appointments: {
    resource: 'Appointment',
    sheetName: '任职',
    title: '科技副总任职 / Appointments',
    populate: ['expert.institution', 'enterprise', 'division', 'sector'],
    columns: [
      { header: '任职编号', width: 10, value: num('id') },
      { header: '证书编号', width: 26, value: str('certificateNo') },
      { header: '认定文号', width: 24, value: str('recognitionDocNo') },
      { header: '专家姓名', width: 10, value: str('expert.name') },
      { header: '派出单位', width: 22, value: str('expert.institution.nameZh') },
      { header: '派驻企业', width: 26, value: str('enterprise.name') },
      { header: '统一社会信用代码', width: 21, numFmt: '@', value: str('enterprise.creditCode') },
      { header: '所在县（市、区）', width: 14, value: str('division.nameZh') },
      { header: '所属领域', width: 14, value: str('sector.nameZh') },
      { header: '兼任职务', width: 12, value: labelled(L.POSITION, 'position') },
      { header: '来源', width: 16, value: labelled(L.APPOINTMENT_ORIGIN, 'origin') },
      { header: '批次年度', width: 9, value: num('cohortYear') },
      { header: '服务开始日期', width: 12, numFmt: DATE, value: day('serviceStart') },
      { header: '服务结束日期', width: 12, numFmt: DATE, value: day('serviceEnd') },
      { header: '认定日期', width: 12, numFmt: DATE, value: day('recognisedOn') },
      { header: '状态', width: 9, value: labelled(L.APPOINTMENT_STATUS, 'status') },
      { header: '撤销或终止日期', width: 13, numFmt: DATE, value: day('endedOn') },
      { header: '撤销或终止原因', width: 24, value: str('endReason') },
      { header: '企业每月补助（元）', width: 14, numFmt: MONEY, value: yuan('monthlyAllowanceFen') },
    ],
  },
  applications: {
    resource: 'Application',
    sheetName: '申报',
    title: '企业申报 / Applications',
    populate: ['call', 'enterprise', 'division', 'sector', 'proposedExpert'],
    columns: [
      { header: '申报编号', width: 10, value: num('id') },
      { header: '征集年度', width: 9, value: num('call.year') },
      { header: '企业名称', width: 26, value: str('enterprise.name') },
      { header: '统一社会信用代码', width: 21, numFmt: '@', value: str('enterprise.creditCode') },
      { header: '所在县（市、区）', width: 14, value: str('division.nameZh') },
      { header: '所属领域', width: 14, value: str('sector.nameZh') },
      { header: '拟选派专家', width: 10, value: str('proposedExpert.name') },
      { header: '拟任职务', width: 12, value: labelled(L.POSITION, 'proposedPosition') },
      { header: '拟服务开始日期', width: 13, numFmt: DATE, value: day('proposedServiceStart') },
      { header: '拟服务结束日期', width: 13, numFmt: DATE, value: day('proposedServiceEnd') },
      { header: '每月补助（元）', width: 12, numFmt: MONEY, value: yuan('monthlyAllowanceFen') },
      { header: '当前环节', width: 12, value: labelled(L.STAGE, 'stage') },
      { header: '因异议暂停', width: 10, value: yes('onHold') },
      { header: '优先推荐', width: 9, value: yes('priorityRecommended') },
      { header: '提交时间', width: 17, value: instant('submittedAt') },
      { header: '进入当前环节时间', width: 17, value: instant('stageEnteredAt') },
      {
        header: '在当前环节天数',
        width: 12,
        // Days waited so far (China dates); none once the application has reached its end.
        value: (r, x) => {
          const stage = pick(r, 'stage') as string;
          const since = pick(r, 'stageEnteredAt') as Date | null;
          if (!since || ['RECOGNISED', 'REJECTED', 'WITHDRAWN'].includes(stage)) return null;
          return daysBetween(chinaDate(since), x.today);
        },
      },
      { header: '不通过规则', width: 9, value: str('rejectionRule') },
      { header: '不通过或退回理由', width: 24, value: str('rejectionReason') },
      { header: '技术需求', width: 40, value: str('techNeeds') },
    ],
  },
  projects: {
    resource: 'Project',
    sheetName: '协同创新项目',
    title: '协同创新项目 / Co-innovation projects',
    populate: ['appointment.expert', 'enterprise', 'division', 'sector'],
    columns: [
      { header: '项目编号', width: 16, value: str('code') },
      { header: '项目名称', width: 30, value: str('title') },
      { header: '证书编号', width: 26, value: str('appointment.certificateNo') },
      { header: '任职编号', width: 10, value: num('appointment.id') },
      { header: '牵头专家', width: 10, value: str('appointment.expert.name') },
      { header: '实施企业', width: 26, value: str('enterprise.name') },
      { header: '所在县（市、区）', width: 14, value: str('division.nameZh') },
      { header: '所属领域', width: 14, value: str('sector.nameZh') },
      { header: '状态', width: 12, value: labelled(L.PROJECT_STATUS, 'status') },
      { header: '企业出资（元）', width: 14, numFmt: MONEY, value: yuan('enterpriseFen') },
      { header: '高校院所出资（元）', width: 14, numFmt: MONEY, value: yuan('universityFen') },
      { header: '财政资金（元）', width: 14, numFmt: MONEY, value: yuan('financeFen') },
      {
        header: '合计（元）',
        width: 14,
        numFmt: MONEY,
        // Summed in fen (integers), then shown in yuan.
        value: (r) =>
          ((pick(r, 'enterpriseFen') as number) + (pick(r, 'universityFen') as number) + (pick(r, 'financeFen') as number)) / 100,
      },
      { header: '财政资金已拨付（元）', width: 14, numFmt: MONEY, value: paid('financePaidFen') },
      { header: '已拨付合计（元）', width: 14, numFmt: MONEY, value: paid('paidFen') },
      { header: '申报日期', width: 12, numFmt: DATE, value: day('proposedOn') },
      { header: '立项日期', width: 12, numFmt: DATE, value: day('approvedOn') },
      { header: '验收或终止日期', width: 13, numFmt: DATE, value: day('closedOn') },
      { header: '优先支持', width: 9, value: yes('priority') },
    ],
    // What has been paid so far, by every funder and by the city's finance (Art. 20-21).
    pageData: async (em, ids) => {
      const rows = await em.execute<Array<{ project_id: number; paid: string; finance_paid: string }>>(
        `select project_id, sum(amount_fen)::text as paid, coalesce(sum(amount_fen) filter (where funder = 'FINANCE'), 0)::text as finance_paid
           from disbursement where project_id = any(?::int[]) group by project_id`,
        [`{${ids.join(',')}}`],
      );
      return new Map(rows.map((r) => [r.project_id, { paidFen: fenFromDb(r.paid), financePaidFen: fenFromDb(r.finance_paid) }]));
    },
  },
  disbursements: {
    resource: 'Disbursement',
    sheetName: '资金拨付',
    title: '项目资金拨付 / Disbursements',
    populate: ['project', 'division'],
    columns: [
      { header: '凭证号', width: 18, numFmt: '@', value: str('voucherNo') },
      { header: '项目编号', width: 16, value: str('project.code') },
      { header: '项目名称', width: 30, value: str('project.title') },
      { header: '所在县（市、区）', width: 14, value: str('division.nameZh') },
      { header: '出资方', width: 10, value: labelled(L.FUNDER, 'funder') },
      { header: '批次', width: 6, value: num('tranche') },
      { header: '金额（元）', width: 14, numFmt: MONEY, value: yuan('amountFen') },
      { header: '拨付日期', width: 12, numFmt: DATE, value: day('disbursedOn') },
    ],
  },
  filings: {
    resource: 'FilingRecord',
    sheetName: '备案记录',
    title: '报组织部备案记录 / Filing records',
    populate: ['division', 'evaluationCycle', 'application.enterprise'],
    columns: [
      { header: '备案编号', width: 24, value: str('filingNo') },
      { header: '类别', width: 12, value: labelled(L.FILING_KIND, 'kind') },
      { header: '标题', width: 36, value: str('title') },
      { header: '摘要', width: 40, value: str('summary') },
      { header: '所在县（市、区）', width: 14, value: str('division.nameZh') },
      { header: '申报企业', width: 26, value: str('application.enterprise.name') },
      { header: '考核周期', width: 11, value: str('evaluationCycle.code') },
      { header: '报送日期', width: 12, numFmt: DATE, value: day('filedOn') },
      { header: '状态', width: 9, value: labelled(L.FILING_STATUS, 'status') },
      { header: '签收时间', width: 17, value: instant('acknowledgedAt') },
    ],
  },
};

export const EXPORT_LISTS = Object.keys(LISTS) as ExportList[];
export const isExportList = (s: string): s is ExportList => s in LISTS;

/** Excel's row limit, less the header. */
const MAX_XLSX_ROWS = 1_048_575;
const PAGE = 1000;

/**
 * Checks a filter given as JSON against the list's GraphQL filter type (`LedgerEntryFilter`
 * …), with exactly GraphQL's rules for enums, dates and money, so the file shows what the
 * same filter shows in the dashboard.
 */
export function coerceFilter(schema: GraphQLSchema, list: ExportList, json: unknown): Record<string, unknown> | null {
  if (json === null || json === undefined) return null;
  const typeName = `${LISTS[list].resource}Filter`;
  const type = schema.getType(typeName);
  if (!type || !isInputType(type)) throw new Error(`no input type ${typeName}`);
  const errors: string[] = [];
  const value = coerceInputValue(json, type as GraphQLInputType, (path, _invalid, err) => {
    errors.push(`${path.length ? path.join('.') + ': ' : ''}${err.message}`);
  });
  if (errors.length) {
    throw badInput('filter', `筛选条件无效 / invalid filter for ${typeName}: ${errors.slice(0, 5).join('; ')}`);
  }
  return value as Record<string, unknown>;
}

export interface ExportOptions {
  list: ExportList;
  format: ExportFormat;
  /** A filter already checked by `coerceFilter` (or null for all rows). */
  filter: Record<string, unknown> | null;
  /** The filter as the caller gave it, written into the file. */
  filterText: string;
  requestId?: string;
  ip?: string | null;
}

export interface ExportResult {
  rows: number;
  truncated: boolean;
  personalData: Disclosure | null;
}

export class SpreadsheetExportService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly pii: PiiCipher,
    private readonly audit = new AuditService(),
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** File name for downloads, e.g. `服务台账_20261125.xlsx`. */
  fileName(list: ExportList, format: ExportFormat): string {
    const d = new Date(this.clock().getTime() + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');
    return `${LISTS[list].sheetName}_${d}.${format}`;
  }

  /** Checks that the viewer may read the list at all (before any byte is sent). */
  authorize(list: ExportList): void {
    const spec = LISTS[list];
    if (!canRead(spec.resource, this.viewer)) {
      throw new AppError(
        ErrorCode.FORBIDDEN,
        `角色 ${this.viewer.role} 无权查看${spec.title.split(' / ')[0]} / role ${this.viewer.role} may not read ${list}`,
        { field: 'list' },
      );
    }
  }

  /** Streams the file into `out` (ending it), then records the export in the audit trail. */
  async export(out: Writable, opts: ExportOptions): Promise<ExportResult> {
    this.authorize(opts.list);
    const spec = LISTS[opts.list];
    const resource = resourceByName(spec.resource);
    if (!resource) throw new Error(`resource ${spec.resource} is not registered`);
    const scope = rowScope(spec.resource, this.viewer);
    const where = resource.where(opts.filter ?? {});
    const conditions: FilterQuery<object>[] = [where];
    if (scope) conditions.push(scope);

    const ctxForDisclosure = { viewer: this.viewer } as Context;
    const personal = spec.personal ?? [];
    // One decision per field: the rules depend on the role (and on ownership, for the person themself).
    const decide = (field: PersonalField, owner: number) => disclosure(field, ctxForDisclosure, owner);
    const clearRead = new Map<PersonalField, number[]>();

    const scopeText = await this.scopeText();
    const meta = [
      ['列表 / List', spec.title],
      ['筛选条件 / Filter', opts.filterText || '（无，全部可见记录） / none: every record you may see'],
      ['数据范围 / Scope', scopeText],
      ['导出人 / Exported by', `${this.viewer.username}（${this.viewer.role}）`],
      [
        '导出时间 / Exported at',
        `${new Date(this.clock().getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ')}（北京时间）`,
      ],
    ];

    const writer = opts.format === 'xlsx' ? new XlsxWriter(out, spec) : new CsvWriter(out, spec, meta);
    let rows = 0;
    let truncated = false;
    let lastId = 0;
    const modes = new Set<Disclosure>();
    for (;;) {
      const page = (await this.em.find(resource.spec.entity, { $and: [...conditions, { id: { $gt: lastId } }] } as never, {
        orderBy: { id: 'asc' } as never,
        limit: PAGE,
        populate: spec.populate as never,
        // One query per relation per page; the joined strategy hydrates four times slower here.
        strategy: 'select-in',
      })) as Array<{ id: number }>;
      if (page.length === 0) break;
      lastId = page[page.length - 1].id;
      const extras: PageExtras = {
        modes: new Map(),
        clear: new Map(),
        data: spec.pageData
          ? await spec.pageData(
              this.em,
              page.map((r) => r.id),
            )
          : new Map(),
        today: chinaDate(this.clock()),
      };
      for (const p of personal) {
        const clearIds: number[] = [];
        for (const r of page) {
          const owner = pick(r, p.owner) as number;
          const mode = decide(p.field, owner);
          modes.add(mode);
          extras.modes.set(`${p.field}:${owner}`, mode);
          if (mode === 'clear') clearIds.push(owner);
        }
        if (clearIds.length) {
          for (const [id, value] of await this.decrypt(p.field, clearIds)) extras.clear.set(`${p.field}:${id}`, value);
          clearRead.set(p.field, [...(clearRead.get(p.field) ?? []), ...clearIds]);
        }
      }
      for (const r of page) {
        if (opts.format === 'xlsx' && rows >= MAX_XLSX_ROWS) {
          truncated = true;
          break;
        }
        await writer.row(spec.columns.map((c) => c.value(r, extras)));
        rows++;
      }
      this.em.clear();
      if (truncated || page.length < PAGE) break;
    }
    const personalMode: Disclosure | null = modes.has('clear') ? 'clear' : modes.has('masked') ? 'masked' : modes.size ? 'hidden' : null;
    meta.push(['行数 / Rows', `${rows}${truncated ? '（已达 Excel 行数上限，已截断） / truncated at the Excel limit' : ''}`]);
    if (personal.length) {
      meta.push([
        '个人信息 / Personal data',
        personalMode === 'clear'
          ? '明文（本次导出已记入审计日志） / in clear (recorded in the audit trail)'
          : personalMode === 'hidden'
            ? '不显示 / hidden'
            : '已掩码 / masked',
      ]);
    }
    await writer.finish(meta);

    for (const [field, ids] of clearRead) {
      await this.audit.record(this.em, {
        username: this.viewer.username,
        role: this.viewer.role,
        operation: 'read-personal-data',
        objectType: field,
        objectIds: ids,
        result: 'OK',
        detail: { export: opts.list, requestId: opts.requestId ?? null },
      });
    }
    await this.audit.record(this.em, {
      username: this.viewer.username,
      role: this.viewer.role,
      operation: `spreadsheet:export:${opts.list}`,
      objectType: spec.resource,
      result: 'OK',
      detail: {
        format: opts.format,
        filter: opts.filterText || null,
        rows,
        truncated,
        requestId: opts.requestId ?? null,
        ip: opts.ip ?? null,
      },
    });
    return { rows, truncated, personalData: personalMode };
  }

  private async decrypt(field: PersonalField, ids: number[]): Promise<Map<number, string | null>> {
    const [table, column] =
      field === 'Expert.idNumber'
        ? ['expert', 'id_number_cipher']
        : field === 'Expert.phone'
          ? ['expert', 'phone_cipher']
          : ['enterprise', 'contact_phone_cipher'];
    const rows = await this.em
      .getConnection()
      .execute<Array<{ id: number; sealed: string | null }>>(
        `select id, ${column} as sealed from ${table} where id in (${ids.map(() => '?').join(', ')})`,
        ids,
        'all',
        this.em.getTransactionContext(),
      );
    return new Map(rows.map((r) => [r.id, r.sealed ? this.pii.decrypt(r.sealed) : null]));
  }

  private async scopeText(): Promise<string> {
    const v = this.viewer;
    switch (v.role) {
      case Role.COUNTY_BUREAU: {
        const [d] = await this.em
          .getConnection()
          .execute<Array<{ name_zh: string }>>(
            'select name_zh from division where id = ?',
            [v.divisionId ?? -1],
            'all',
            this.em.getTransactionContext(),
          );
        return `本县（市、区）：${d?.name_zh ?? '—'} / own county only`;
      }
      case Role.ENTERPRISE:
        return '本企业 / own enterprise only';
      case Role.EXPERT:
        return '本人 / own records only';
      default:
        return '全市 / the whole city';
    }
  }
}

interface SheetWriter {
  row(values: CellValue[]): Promise<void>;
  finish(meta: string[][]): Promise<void>;
}

/** Streams an .xlsx: the data sheet, then the 筛选条件 sheet. */
class XlsxWriter implements SheetWriter {
  private readonly wb: Excel.stream.xlsx.WorkbookWriter;
  private readonly sheet: Excel.Worksheet;

  constructor(out: Writable, spec: ListSpec) {
    this.wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    this.wb.creator = '聊城市科技副总数据平台 / techvp';
    this.sheet = this.wb.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
    this.sheet.columns = spec.columns.map((c, i) => ({
      header: c.header,
      key: String(i),
      width: c.width ?? 14,
      style: c.numFmt ? { numFmt: c.numFmt } : {},
    }));
    this.sheet.getRow(1).font = { bold: true };
    this.sheet.getRow(1).commit();
  }

  async row(values: CellValue[]): Promise<void> {
    this.sheet.addRow(values.map(neutraliseFormula)).commit();
  }

  async finish(meta: string[][]): Promise<void> {
    this.sheet.commit();
    const filters = this.wb.addWorksheet(FILTER_SHEET);
    filters.columns = [
      { header: '项目 / Item', width: 22 },
      { header: '内容 / Value', width: 90 },
    ];
    filters.getRow(1).font = { bold: true };
    for (const m of meta) filters.addRow(m.map(neutraliseFormula)).commit();
    filters.commit();
    await this.wb.commit();
  }
}

/** Streams CSV (UTF-8 with BOM so that Excel shows Chinese), the filter on a first `#` line. */
class CsvWriter implements SheetWriter {
  private buffer: string[] = [];

  constructor(
    private readonly out: Writable,
    spec: ListSpec,
    meta: string[][],
  ) {
    const line = meta.map(([k, v]) => `${k.split(' / ')[0]}：${v.split(' / ')[0]}`).join('；');
    // Not quoted: an import skips leading lines that start with `#`.
    this.buffer.push(`\ufeff# ${line.replace(/[\r\n]+/g, ' ')}\r\n`, csvLine(spec.columns.map((c) => c.header)));
  }

  async row(values: CellValue[]): Promise<void> {
    this.buffer.push(csvLine(values.map(csvCell)));
    if (this.buffer.length >= 500) await this.flush();
  }

  async finish(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => this.out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  }

  private async flush(): Promise<void> {
    if (!this.buffer.length) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    if (!this.out.write(chunk)) await new Promise<void>((resolve) => this.out.once('drain', () => resolve()));
  }
}

function csvCell(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'boolean') return L.yesNo(v);
  if (typeof v === 'number') return String(v);
  return neutraliseFormula(v);
}

function csvLine(cells: string[]): string {
  return `${cells.map((c) => (/[",\r\n]/.test(c) || /^\s|\s$/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')}\r\n`;
}
