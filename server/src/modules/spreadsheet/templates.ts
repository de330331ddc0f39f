/**
 * The four import sheets (experts, enterprises, service-ledger entries, evaluation results):
 * their columns with Chinese headers, required marks, parsers and an example row, and the
 * downloadable .xlsx template built from them. Exports of the same lists use the same columns,
 * so an exported file imports again unchanged.
 */
import type * as Excel from 'exceljs';
import ExcelJS from './excel';
import { creditCodeCheckChar, residentIdCheckChar } from '../../domain/identifiers';
import { neutraliseFormula } from './formula';
import * as L from './labels';
import {
  CellValue,
  ColumnSpec,
  creditCode,
  date,
  headerText,
  int,
  keywords,
  money,
  oneOf,
  phone,
  residentId,
  SheetSpec,
  text,
  yesNo,
} from './validate';

export type ImportKind = 'experts' | 'enterprises' | 'ledger' | 'evaluations';
export const IMPORT_KINDS: ImportKind[] = ['experts', 'enterprises', 'ledger', 'evaluations'];

export const isImportKind = (s: string): s is ImportKind => (IMPORT_KINDS as string[]).includes(s);

const labelsOf = (labels: Record<string, string>) => Object.values(labels);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

// Synthetic example identifiers with valid check characters (they name nobody).
const EXAMPLE_ID = (() => {
  const first17 = '37150219850315001';
  return first17 + residentIdCheckChar(first17);
})();
const EXAMPLE_CREDIT_CODE = (() => {
  const first17 = '91371502MA3C0EXA1'.replace(/[IOZSV]/g, '0');
  return first17 + creditCodeCheckChar(first17);
})();
const EXAMPLE_CERTIFICATE = '聊科副总证〔2026〕第0001号';

/** The appointment reference shared by ledger and evaluation sheets. */
const appointmentColumns = (): ColumnSpec[] => [
  {
    key: 'certificateNo',
    header: '证书编号',
    en: 'Certificate number',
    required: false,
    parse: text(64),
    example: EXAMPLE_CERTIFICATE,
    note: '科技副总证书编号；与“任职编号”至少填一项 / certificate number of the appointment; give it or the appointment number',
    asText: true,
    width: 26,
  },
  {
    key: 'appointmentId',
    header: '任职编号',
    en: 'Appointment number',
    required: false,
    parse: int(1, 2_147_483_647),
    example: null,
    note: '平台中的任职编号（办法施行前的任职无证书编号时使用） / the platform number of the appointment, for appointments without a certificate',
    aliases: ['任职ID'],
    width: 10,
  },
];

export const EXPERTS: SheetSpec = {
  kind: 'experts',
  sheetName: '专家',
  title: '专家信息 / Experts',
  keyNote: '按身份证号匹配：已有的专家更新，其余新增 / matched by resident ID number: existing experts are updated, others added',
  referenceColumns: ['禁止申报截止日期'],
  columns: [
    {
      key: 'name',
      header: '姓名',
      en: 'Name',
      required: true,
      parse: text(64),
      example: '张明远',
      note: '真实姓名 / full name',
      width: 10,
    },
    {
      key: 'gender',
      header: '性别',
      en: 'Gender',
      required: true,
      parse: oneOf(L.GENDER),
      example: '男',
      note: '男 或 女，须与身份证号一致 / 男 or 女, consistent with the ID number',
      choices: labelsOf(L.GENDER),
      width: 6,
    },
    {
      key: 'idNumber',
      header: '身份证号',
      en: 'Resident ID number',
      required: true,
      parse: residentId,
      example: EXAMPLE_ID,
      note: '18位居民身份证号，按文本填写，末位X大写 / 18-character resident ID number, as text',
      aliases: ['身份证号码', '公民身份号码'],
      asText: true,
      width: 21,
    },
    {
      key: 'phone',
      header: '手机号',
      en: 'Mobile phone',
      required: false,
      parse: phone,
      example: '13912345678',
      note: '11位手机号 / 11-digit mobile number',
      aliases: ['手机号码', '联系电话'],
      asText: true,
      width: 14,
    },
    {
      key: 'institution',
      header: '派出单位',
      en: 'Sending institution',
      required: true,
      parse: text(160),
      example: '聊城大学',
      note: '高校院所的全称或单位代码，见“填写说明”中的单位列表 / full name or code of the institution (see the list)',
      width: 22,
    },
    {
      key: 'degree',
      header: '最高学位',
      en: 'Highest degree',
      required: true,
      parse: oneOf(L.DEGREE),
      example: '博士',
      note: labelsOf(L.DEGREE).join('、'),
      choices: labelsOf(L.DEGREE),
      width: 9,
    },
    {
      key: 'title',
      header: '职称',
      en: 'Professional title',
      required: true,
      parse: oneOf(L.TITLE),
      example: '副高级',
      note: labelsOf(L.TITLE).join('、'),
      choices: labelsOf(L.TITLE),
      width: 9,
    },
    {
      key: 'discipline',
      header: '学科专业',
      en: 'Discipline',
      required: true,
      parse: text(64),
      example: '材料科学与工程',
      note: '学科或专业名称 / discipline',
      width: 16,
    },
    {
      key: 'keywords',
      header: '研究方向',
      en: 'Research keywords',
      required: false,
      parse: keywords,
      example: '高分子材料、复合材料',
      note: '关键词用顿号或逗号分隔 / keywords separated by 、 or commas',
      width: 24,
    },
    {
      key: 'sector',
      header: '主要领域',
      en: 'Main sector',
      required: false,
      parse: text(64),
      example: '新材料',
      note: '产业领域名称或代码，见“填写说明” / sector name or code (see the list)',
      width: 14,
    },
    {
      key: 'workStartedOn',
      header: '参加工作日期',
      en: 'Started working on',
      required: true,
      parse: date,
      example: day('2012-07-01'),
      note: 'YYYY-MM-DD，不晚于今天 / a date, not in the future',
      numFmt: 'yyyy-mm-dd',
      width: 13,
    },
    {
      key: 'misconductOn',
      header: '学术不端记录日期',
      en: 'Latest misconduct record',
      required: false,
      parse: date,
      example: null,
      note: '无记录留空（规则E3） / leave empty when there is none (rule E3)',
      numFmt: 'yyyy-mm-dd',
      width: 15,
    },
    {
      key: 'topTalent',
      header: '是否顶尖人才',
      en: 'Top talent',
      required: false,
      parse: yesNo,
      example: '否',
      note: '是 或 否，留空为否（第十六条） / 是 or 否; empty means no (Art. 16)',
      choices: ['是', '否'],
      width: 11,
    },
  ],
};

const bool = (key: string, header: string, en: string, fallback: boolean, note: string): ColumnSpec => ({
  key,
  header,
  en,
  required: false,
  parse: yesNo,
  example: fallback ? '是' : '否',
  note: `是 或 否，留空为“${fallback ? '是' : '否'}”（${note}） / 是 or 否; empty means ${fallback ? 'yes' : 'no'}`,
  choices: ['是', '否'],
  width: 10,
});

export const ENTERPRISES: SheetSpec = {
  kind: 'enterprises',
  sheetName: '企业',
  title: '科技企业 / Enterprises',
  keyNote: '按统一社会信用代码匹配 / matched by unified social credit code',
  referenceColumns: [],
  columns: [
    {
      key: 'name',
      header: '企业名称',
      en: 'Registered name',
      required: true,
      parse: text(128),
      example: '聊城示例新材料有限公司',
      note: '营业执照上的名称 / name on the business licence',
      width: 26,
    },
    {
      key: 'creditCode',
      header: '统一社会信用代码',
      en: 'Unified social credit code',
      required: true,
      parse: creditCode,
      example: EXAMPLE_CREDIT_CODE,
      note: '18位，按文本填写 / 18 characters, as text',
      aliases: ['信用代码'],
      asText: true,
      width: 21,
    },
    {
      key: 'division',
      header: '所在县（市、区）',
      en: 'County-level division',
      required: true,
      parse: text(64),
      example: '东昌府区',
      note: '县（市、区）或功能区的名称或区划代码 / name or code of the division (see the list)',
      aliases: ['所在县市区', '所在区县', '县（市、区）'],
      width: 16,
    },
    {
      key: 'sector',
      header: '所属领域',
      en: 'Sector',
      required: true,
      parse: text(64),
      example: '新材料',
      note: '产业领域名称或代码 / sector name or code',
      width: 14,
    },
    {
      key: 'registeredOn',
      header: '注册日期',
      en: 'Registered on',
      required: true,
      parse: date,
      example: day('2018-05-20'),
      note: 'YYYY-MM-DD，不晚于今天 / not in the future',
      numFmt: 'yyyy-mm-dd',
      width: 12,
    },
    bool('independentLegalPerson', '是否独立法人', 'Independent legal person', true, '规则N1'),
    bool('highTech', '高新技术企业', 'High-tech enterprise', false, '第十二条'),
    bool('gazelle', '瞪羚企业', 'Gazelle enterprise', false, '第十二条'),
    bool('municipalProject', '承担市级以上科技项目', 'Holds a municipal-or-higher project', false, '第十二条'),
    {
      key: 'revenueFen',
      header: '上年度主营业务收入（元）',
      en: 'Revenue last year (yuan)',
      required: true,
      parse: money,
      example: 35000000,
      note: '单位：元，最多两位小数 / yuan, at most two decimals',
      numFmt: '#,##0.00',
      width: 18,
    },
    {
      key: 'rdSpendingFen',
      header: '上年度研发投入（元）',
      en: 'R&D spending last year (yuan)',
      required: true,
      parse: money,
      example: 1850000.5,
      note: '单位：元，最多两位小数（规则N4） / yuan, at most two decimals (rule N4)',
      numFmt: '#,##0.00',
      width: 16,
    },
    {
      key: 'violationOn',
      header: '最近不良信用记录日期',
      en: 'Latest violation or bad-credit record',
      required: false,
      parse: date,
      example: null,
      note: '无记录留空（规则N3） / leave empty when there is none (rule N3)',
      numFmt: 'yyyy-mm-dd',
      width: 16,
    },
    bool('financesSound', '财务制度健全', 'Sound finances', true, '规则N3'),
    {
      key: 'employees',
      header: '职工人数',
      en: 'Employees',
      required: true,
      parse: int(0, 10_000_000),
      example: 120,
      note: '整数 / whole number',
      width: 9,
    },
    { key: 'contactName', header: '联系人', en: 'Contact person', required: true, parse: text(64), example: '王丽', note: '', width: 9 },
    {
      key: 'contactPhone',
      header: '联系电话',
      en: 'Contact phone',
      required: false,
      parse: phone,
      example: '0635-8123456',
      note: '手机号或带区号的固定电话 / mobile or landline with area code',
      asText: true,
      width: 14,
    },
    {
      key: 'address',
      header: '注册地址',
      en: 'Registered address',
      required: true,
      parse: text(256),
      example: '聊城市东昌府区示例路1号',
      note: '',
      width: 28,
    },
  ],
};

export const LEDGER: SheetSpec = {
  kind: 'ledger',
  sheetName: '服务台账',
  title: '服务台账 / Service ledger',
  keyNote:
    '有“台账编号”的行更新该条记录；其余按（任职、服务日期、服务类别、服务内容）匹配 / rows with a ledger number update that entry; others are matched by appointment, date, kind and content',
  referenceColumns: ['专家姓名', '派驻企业', '所在县（市、区）'],
  columns: [
    ...appointmentColumns(),
    {
      key: 'serviceDate',
      header: '服务日期',
      en: 'Date of service',
      required: true,
      parse: date,
      example: day('2026-03-15'),
      note: '在服务期内且不晚于今天 / within the service period and not in the future',
      numFmt: 'yyyy-mm-dd',
      width: 12,
    },
    {
      key: 'kind',
      header: '服务类别',
      en: 'Kind of service',
      required: true,
      parse: oneOf(L.SERVICE_KIND),
      example: '技术服务',
      note: labelsOf(L.SERVICE_KIND).join('、'),
      choices: labelsOf(L.SERVICE_KIND),
      width: 12,
    },
    {
      key: 'daysOnSite',
      header: '驻企天数',
      en: 'Days on site',
      required: true,
      parse: int(0, 31),
      example: 2,
      note: '0到31的整数 / whole number from 0 to 31',
      width: 9,
    },
    {
      key: 'content',
      header: '服务内容',
      en: 'What was done',
      required: true,
      parse: text(2000),
      example: '现场指导热处理工艺，解决产品良品率偏低问题',
      note: '',
      width: 40,
    },
    {
      key: 'effect',
      header: '服务效果',
      en: 'Effect',
      required: true,
      parse: text(2000),
      example: '良品率提高3个百分点',
      note: '',
      width: 28,
    },
    {
      key: 'peopleTrained',
      header: '培养技术骨干人数',
      en: 'Technical staff trained',
      required: true,
      parse: int(0, 32767),
      example: 3,
      note: '整数，无则填0 / whole number, 0 when none',
      width: 12,
    },
    {
      key: 'confirmation',
      header: '企业确认状态',
      en: 'Enterprise confirmation',
      required: false,
      parse: oneOf(L.CONFIRMATION),
      example: '待企业确认',
      note: `${labelsOf(L.CONFIRMATION).join('、')}；专家本人只能填“待企业确认” / experts may only enter 待企业确认`,
      choices: labelsOf(L.CONFIRMATION),
      width: 12,
    },
    {
      key: 'disputeReason',
      header: '异议理由',
      en: 'Reason for dispute',
      required: false,
      parse: text(2000),
      example: null,
      note: '确认状态为“企业有异议”时必填 / required when the enterprise disputes the entry',
      width: 20,
    },
    {
      key: 'entryId',
      header: '台账编号',
      en: 'Ledger entry number',
      required: false,
      parse: int(1, 2_147_483_647),
      example: null,
      note: '导出文件自带；新记录留空 / filled in exported files; leave empty for new entries',
      width: 10,
    },
  ],
};

export const EVALUATIONS: SheetSpec = {
  kind: 'evaluations',
  sheetName: '考核结果',
  title: '绩效考核结果 / Evaluation results',
  keyNote: '按（考核周期、任职）匹配 / matched by evaluation cycle and appointment',
  referenceColumns: ['专家姓名', '派驻企业', '所在县（市、区）'],
  columns: [
    {
      key: 'cycle',
      header: '考核周期',
      en: 'Evaluation cycle',
      required: true,
      parse: text(16),
      example: '2024-2025',
      note: '考核周期代码，如 2024-2025 / cycle code, e.g. 2024-2025',
      asText: true,
      width: 11,
    },
    ...appointmentColumns(),
    {
      key: 'grade',
      header: '考核等级',
      en: 'Grade',
      required: true,
      parse: oneOf(L.GRADE),
      example: '良好',
      note: `${labelsOf(L.GRADE).join('、')}（第十七条） / Art. 17`,
      choices: labelsOf(L.GRADE),
      width: 9,
    },
    {
      key: 'score',
      header: '得分',
      en: 'Score',
      required: false,
      parse: int(0, 100),
      example: 85,
      note: '0到100的整数 / whole number 0-100',
      width: 7,
    },
    {
      key: 'gradedOn',
      header: '评定日期',
      en: 'Date graded',
      required: true,
      parse: date,
      example: day('2026-03-20'),
      note: '不早于考核期开始，不晚于今天 / not before the period starts, not in the future',
      numFmt: 'yyyy-mm-dd',
      width: 12,
    },
    { key: 'remarks', header: '评语', en: 'Remarks', required: false, parse: text(2000), example: '服务成效明显', note: '', width: 30 },
  ],
};

export const SHEETS: Record<ImportKind, SheetSpec> = {
  experts: EXPERTS,
  enterprises: ENTERPRISES,
  ledger: LEDGER,
  evaluations: EVALUATIONS,
};

/** Reference lists printed in the template's instructions. */
export interface ReferenceLists {
  divisions: Array<{ code: string; nameZh: string }>;
  sectors: Array<{ code: string; nameZh: string }>;
  institutions: Array<{ code: string; nameZh: string }>;
  cycles: Array<{ code: string; status: string }>;
}

export const INSTRUCTIONS_SHEET = '填写说明';
export const FILTER_SHEET = '筛选条件';
/** Sheets an import never reads data from. */
export const NON_DATA_SHEETS = new Set([INSTRUCTIONS_SHEET, FILTER_SHEET]);

/** exceljs keeps range validations in `dataValidations`, which its typings omit. */
type WithValidations = { dataValidations: { add(range: string, validation: Excel.DataValidation): void } };

const HEADER_FILL_REQUIRED: Excel.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };
const HEADER_FILL_OPTIONAL: Excel.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };
const EXAMPLE_FONT: Partial<Excel.Font> = { italic: true, color: { argb: 'FF7F7F7F' } };

/** Formats a data sheet's columns and header row (templates and exports alike). */
export function styleHeader(sheet: Excel.Worksheet, spec: SheetSpec, extraHeaders: string[] = []): void {
  sheet.columns = [
    ...spec.columns.map((c) => ({
      header: headerText(c),
      key: c.key,
      width: c.width ?? 14,
      style: c.asText ? { numFmt: '@' } : c.numFmt ? { numFmt: c.numFmt } : {},
    })),
    ...extraHeaders.map((h) => ({ header: h, key: `ref:${h}`, width: 16 })),
  ];
  const header = sheet.getRow(1);
  header.font = { bold: true };
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = c.required ? HEADER_FILL_REQUIRED : HEADER_FILL_OPTIONAL;
    cell.note = c.note ? `${c.en}${c.required ? '（必填 / required）' : ''}\n${c.note}` : c.en;
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

/**
 * The downloadable template: the data sheet with its header (required columns marked `*` and
 * shaded), one example row in grey italics (an import skips a row identical to it), drop-down
 * lists for enumerated columns, and a 填写说明 sheet explaining every column and listing the
 * divisions, sectors, institutions and cycles that references may name.
 */
export async function buildTemplate(kind: ImportKind, refs: ReferenceLists): Promise<Buffer> {
  const spec = SHEETS[kind];
  const wb = new ExcelJS.Workbook();
  wb.creator = '聊城市科技副总数据平台 / techvp';
  wb.created = new Date(0);
  const sheet = wb.addWorksheet(spec.sheetName);
  styleHeader(sheet, spec);
  const example = sheet.addRow(Object.fromEntries(spec.columns.map((c) => [c.key, c.example ?? null])));
  example.font = EXAMPLE_FONT;
  spec.columns.forEach((c, i) => {
    if (!c.choices) return;
    const letter = sheet.getColumn(i + 1).letter;
    // Data validation on a generous range: typed values outside the list are refused by Excel.
    (sheet as unknown as WithValidations).dataValidations.add(`${letter}2:${letter}20001`, {
      type: 'list',
      allowBlank: !c.required,
      formulae: [`"${c.choices.join(',')}"`],
      showErrorMessage: true,
      errorTitle: c.header,
      error: `请从下拉列表中选择 / choose from the list: ${c.choices.join('、')}`,
    });
  });

  const help = wb.addWorksheet(INSTRUCTIONS_SHEET);
  help.columns = [
    { header: '列名 / Column', width: 26 },
    { header: '必填 / Required', width: 12 },
    { header: '说明 / How to fill', width: 70 },
    { header: '示例 / Example', width: 26 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of spec.columns) {
    help.addRow([headerText(c), c.required ? '是' : '否', `${c.en}。${c.note}`, exampleText(c.example)]);
  }
  help.addRow([]);
  help.addRow([`${spec.title}`]).font = { bold: true };
  help.addRow([`匹配规则 / Matching: ${spec.keyNote}`]);
  help.addRow([
    '整个文件要么全部导入，要么一行也不导入；第2行为示例，与示例完全相同的行会被跳过 / The whole file is imported or nothing is; the example in row 2 is skipped when unchanged.',
  ]);
  help.addRow([
    '文件中没有的可选列保持原值不变；有该列但单元格为空则清空 / An optional column absent from the file leaves stored values alone; an empty cell clears it.',
  ]);
  const list = (title: string, rows: string[][]) => {
    help.addRow([]);
    help.addRow([title]).font = { bold: true };
    // Reference names come from the database: written like any exported text.
    for (const r of rows) help.addRow(r.map(neutraliseFormula));
  };
  if (kind === 'enterprises')
    list(
      '县（市、区）/ Divisions: 名称, 代码',
      refs.divisions.map((d) => [d.nameZh, d.code]),
    );
  if (kind === 'experts' || kind === 'enterprises')
    list(
      '产业领域 / Sectors: 名称, 代码',
      refs.sectors.map((s) => [s.nameZh, s.code]),
    );
  if (kind === 'experts')
    list(
      '派出单位 / Institutions: 名称, 代码',
      refs.institutions.map((s) => [s.nameZh, s.code]),
    );
  if (kind === 'evaluations')
    list(
      '考核周期 / Cycles: 代码, 状态',
      refs.cycles.map((c) => [c.code, c.status]),
    );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function exampleText(v: CellValue): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v === null ? '' : String(v);
}

/** Whether a row is the template's untouched example row (skipped by imports). */
export function isExampleRow(spec: SheetSpec, values: Map<string, string>): boolean {
  let compared = 0;
  for (const c of spec.columns) {
    const v = values.get(c.key);
    if (v === undefined) continue;
    compared++;
    if (v !== exampleText(c.example)) return false;
  }
  return compared > 0;
}
