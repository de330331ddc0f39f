/**
 * The filing packet (备案材料) sent to the Organisation Department as a PDF (Art. 12.4 for
 * recognitions, Art. 19 for evaluation results): the filing's number, title, date, county and
 * summary; for a recognition the enterprise, the expert, the sending institution, the position
 * and service period and every recorded decision of the case (who, when, what, why); for an
 * evaluation result the grades of the cycle. The bureau files (desk-b's side), the Organisation
 * Department prints and signs; identity and phone numbers are never printed.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../graphql/context';
import { AppError, ErrorCode, notFound } from '../../graphql/errors';
import { AuditService } from '../audit/audit.service';
import { Role } from '../identity/role';
import { GRADE, POSITION, STAGE } from '../spreadsheet/labels';
import type { RenderedDocument } from './certificate';
import { missingGlyphs } from './fonts';
import { chineseDate, plainChineseDate, renderPdf } from './pdf';

export const FILING_PACKET_ROLES: Role[] = [Role.ST_BUREAU, Role.ORG_DEPT];

const STEP_LABEL: Record<string, string> = {
  SUBMISSION: '企业申报',
  COUNTY_REVIEW: '县级初审',
  CITY_REVIEW: '市级复审',
  MATCHING: '双向选择',
  PARTY_REVIEW: '党组审议',
  FILING: '报组织部备案',
  NOTICE: '公示',
  OBJECTION: '公示异议',
  RECOGNITION: '发文认定',
  WITHDRAWAL: '撤回',
};
const DECISION_LABEL: Record<string, string> = {
  SUBMIT: '提交',
  PASS: '通过',
  RETURN: '退回修改',
  REJECT: '不予通过',
  WITHDRAW: '撤回',
  HOLD: '暂停',
  RELEASE: '恢复',
};

export interface FilingPacketData {
  filingNo: string;
  kind: 'RECOGNITION' | 'EVALUATION_RESULT';
  title: string;
  summary: string;
  filedOn: string;
  division: string | null;
  status: string;
  acknowledgedOn: string | null;
  subject: Array<[string, string]>;
  /** Table rows under the subject: the decisions of a recognition, the grades of an evaluation cycle. */
  table: { title: string; columns: Array<{ title: string; width: number }>; rows: string[][] };
}

export function renderFilingPacket(data: FilingPacketData): Promise<Buffer> {
  return renderPdf(
    { size: 'A4', margins: { top: 64, bottom: 64, left: 70, right: 70 }, bufferPages: true },
    { Title: `${data.filingNo} ${data.title}`, Subject: '报市委组织部备案材料' },
    (doc) => {
      const left = doc.page.margins.left;
      const width = doc.page.width - left - doc.page.margins.right;
      const bottom = () => doc.page.height - doc.page.margins.bottom;
      doc.fontSize(18).text('聊城市“科技副总”备案材料', { align: 'center', lineGap: 6 });
      doc.fontSize(12).text(data.filingNo, { align: 'center' });
      doc.moveDown(1);
      const line = (k: string, v: string) => doc.fontSize(12).text(`${k}：${v}`, { lineGap: 5 });
      line('备案事项', data.title);
      line('类别', data.kind === 'RECOGNITION' ? '科技副总认定备案（第十二条第4项）' : '考核结果备案（第十九条）');
      line('报送日期', plainChineseDate(data.filedOn));
      if (data.division) line('所在县（市、区）', data.division);
      line('签收情况', data.acknowledgedOn ? `已签收（${plainChineseDate(data.acknowledgedOn)}）` : '待签收');
      doc.moveDown(0.5);
      doc.fontSize(12).text(`摘要：${data.summary}`, { lineGap: 5, align: 'justify' });
      doc.moveDown(0.5);
      for (const [k, v] of data.subject) line(k, v);
      doc.moveDown(0.8);
      doc.fontSize(14).text(data.table.title, { align: 'center' });
      doc.moveDown(0.4);
      const scale = width / data.table.columns.reduce((s, c) => s + c.width, 0);
      const cols = data.table.columns.map((c) => ({ ...c, width: c.width * scale }));
      const drawRow = (cells: string[], header: boolean) => {
        doc.fontSize(header ? 10.5 : 10);
        const pad = 4;
        const height = Math.max(...cells.map((t, i) => doc.heightOfString(t || ' ', { width: cols[i].width - 2 * pad }))) + 2 * pad;
        if (doc.y + height > bottom()) {
          doc.addPage();
          if (!header)
            drawRow(
              cols.map((c) => c.title),
              true,
            );
        }
        const y = doc.y;
        let x = left;
        cells.forEach((t, i) => {
          if (header) doc.rect(x, y, cols[i].width, height).fillAndStroke('#eeeeee', '#333333').fillColor('#000');
          else doc.rect(x, y, cols[i].width, height).lineWidth(0.5).stroke('#333333');
          doc.text(t, x + pad, y + pad, { width: cols[i].width - 2 * pad });
          x += cols[i].width;
        });
        doc.x = left;
        doc.y = y + height;
      };
      drawRow(
        cols.map((c) => c.title),
        true,
      );
      if (!data.table.rows.length)
        drawRow(
          cols.map((_, i) => (i === 0 ? '（无）' : '')),
          false,
        );
      for (const r of data.table.rows) drawRow(r, false);
      if (doc.y + 90 > bottom()) doc.addPage();
      doc.moveDown(2);
      const signX = left + width - 200;
      doc.fontSize(14).text('聊城市科学技术局', signX, doc.y, { width: 200, align: 'center' });
      doc.text(chineseDate(data.filedOn), signX, doc.y + 4, { width: 200, align: 'center' });
      const range = doc.bufferedPageRange();
      for (let i = 0; i < range.count; i++) {
        doc.switchToPage(range.start + i);
        doc.page.margins.bottom = 0;
        doc
          .fontSize(9)
          .fillColor('#666')
          .text(`${data.filingNo} — ${i + 1} / ${range.count} —`, left, doc.page.height - 40, { width, align: 'center', lineBreak: false });
        doc.fillColor('#000');
      }
    },
  );
}

/** Loads a filing with what it files, checks who asks, renders it and audits it. */
export class FilingPacketService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly audit = new AuditService(),
  ) {}

  async data(filingId: number): Promise<FilingPacketData> {
    if (!FILING_PACKET_ROLES.includes(this.viewer.role)) {
      throw new AppError(
        ErrorCode.FORBIDDEN,
        `角色 ${this.viewer.role} 无权打印备案材料 / role ${this.viewer.role} may not print filing packets`,
        { field: 'filingId' },
      );
    }
    const run = <T>(sql: string, params: unknown[]) =>
      this.em.getConnection().execute<T[]>(sql, params, 'all', this.em.getTransactionContext());
    const [f] = await run<{
      filing_no: string;
      kind: 'RECOGNITION' | 'EVALUATION_RESULT';
      title: string;
      summary: string;
      filed_on: string;
      status: string;
      acknowledged_on: string | null;
      division: string | null;
      application_id: number | null;
      evaluation_cycle_id: number | null;
    }>(
      `select f.filing_no, f.kind, f.title, f.summary, f.filed_on::text, f.status,
              (f.acknowledged_at at time zone 'Asia/Shanghai')::date::text as acknowledged_on,
              d.name_zh as division, f.application_id, f.evaluation_cycle_id
         from filing_record f left join division d on d.id = f.division_id
        where f.id = ?`,
      [filingId],
    );
    if (!f) throw notFound('FilingRecord', String(filingId));
    const base = {
      filingNo: f.filing_no,
      kind: f.kind,
      title: f.title,
      summary: f.summary,
      filedOn: f.filed_on,
      division: f.division,
      status: f.status,
      acknowledgedOn: f.acknowledged_on,
    };
    if (f.kind === 'RECOGNITION' && f.application_id) {
      const [a] = await run<{
        enterprise: string;
        credit_code: string;
        expert: string | null;
        institution: string | null;
        position: string;
        service_start: string | null;
        service_end: string | null;
        stage: string;
      }>(
        `select e.name as enterprise, e.credit_code, x.name as expert, i.name_zh as institution, a.proposed_position as position,
                a.proposed_service_start::text as service_start, a.proposed_service_end::text as service_end, a.stage
           from application a join enterprise e on e.id = a.enterprise_id
           left join expert x on x.id = a.proposed_expert_id left join institution i on i.id = x.institution_id
          where a.id = ?`,
        [f.application_id],
      );
      const decisions = await run<{ decided_on: string; step: string; decision: string; reason: string | null; rule_code: string | null }>(
        `select (decided_at at time zone 'Asia/Shanghai')::date::text as decided_on, step, decision, reason, rule_code
           from review_decision where application_id = ? order by decided_at, id`,
        [f.application_id],
      );
      return {
        ...base,
        subject: [
          ['派驻企业', `${a.enterprise}（统一社会信用代码 ${a.credit_code}）`],
          ['科技副总人选', a.expert ?? '—'],
          ['派出单位', a.institution ?? '—'],
          ['拟任职务', POSITION[a.position as keyof typeof POSITION] ?? a.position],
          ['服务期限', a.service_start && a.service_end ? `${plainChineseDate(a.service_start)}至${plainChineseDate(a.service_end)}` : '—'],
          ['当前环节', STAGE[a.stage as keyof typeof STAGE] ?? a.stage],
        ],
        table: {
          title: '办理过程',
          columns: [
            { title: '日期', width: 70 },
            { title: '环节', width: 70 },
            { title: '决定', width: 60 },
            { title: '意见或理由', width: 250 },
          ],
          rows: decisions.map((d) => [
            d.decided_on,
            STEP_LABEL[d.step] ?? d.step,
            DECISION_LABEL[d.decision] ?? d.decision,
            `${d.rule_code ? `规则${d.rule_code}：` : ''}${d.reason ?? ''}`,
          ]),
        },
      };
    }
    const grades = await run<{ expert: string; enterprise: string; division: string; grade: string; score: number | null }>(
      `select x.name as expert, e.name as enterprise, d.name_zh as division, v.grade, v.score
         from evaluation v join appointment p on p.id = v.appointment_id
         join expert x on x.id = p.expert_id join enterprise e on e.id = p.enterprise_id join division d on d.id = v.division_id
        where v.cycle_id = ? order by d.sort_order, e.name, v.id`,
      [f.evaluation_cycle_id],
    );
    return {
      ...base,
      subject: [['考核结果', `${grades.length}人`]],
      table: {
        title: '考核等次',
        columns: [
          { title: '姓名', width: 60 },
          { title: '派驻企业', width: 190 },
          { title: '县（市、区）', width: 80 },
          { title: '等次', width: 50 },
          { title: '得分', width: 40 },
        ],
        rows: grades.map((g) => [
          g.expert,
          g.enterprise,
          g.division,
          GRADE[g.grade as keyof typeof GRADE] ?? g.grade,
          g.score == null ? '—' : String(g.score),
        ]),
      },
    };
  }

  async render(filingId: number, requestId?: string): Promise<RenderedDocument> {
    const data = await this.data(filingId);
    const pdf = await renderFilingPacket(data);
    await this.audit.record(this.em, {
      username: this.viewer.username,
      role: this.viewer.role,
      operation: 'document:filingPacket',
      objectType: 'FilingRecord',
      objectIds: [filingId],
      result: 'OK',
      detail: { kind: data.kind, rows: data.table.rows.length, requestId: requestId ?? null },
    });
    const text = [data.title, data.summary, ...data.subject.map((s) => s[1]), ...data.table.rows.flat()].join('');
    return { pdf, fileName: `备案材料_${data.filingNo}.pdf`, missingGlyphs: missingGlyphs(text) };
  }
}
