/**
 * The public-notice text (公示, Art. 12.5) as a PDF: the notice's title, period (counted in
 * Chinese working days from the work calendar), the list of proposed technology vice-presidents
 * (name, sending institution, host enterprise, position, county), how to object, and the
 * bureau's date line. Names are published in a notice; identity and phone numbers never are.
 * Who may print it: the S&T bureau and the Organisation Department.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { WorkCalendar } from '../../domain/working-days';
import type { Viewer } from '../../graphql/context';
import { AppError, ErrorCode, notFound } from '../../graphql/errors';
import { AuditService } from '../audit/audit.service';
import { Role } from '../identity/role';
import { POSITION } from '../spreadsheet/labels';
import type { RenderedDocument } from './certificate';
import { missingGlyphs } from './fonts';
import { chineseDate, plainChineseDate, renderPdf } from './pdf';

export const NOTICE_ROLES: Role[] = [Role.ST_BUREAU, Role.ORG_DEPT];

export interface NoticeCandidate {
  name: string;
  institution: string;
  enterprise: string;
  position: string;
  division: string;
}

export interface NoticeData {
  id: number;
  title: string;
  startsOn: string;
  endsOn: string;
  workdays: number;
  channel: string;
  publishedOn: string;
  candidates: NoticeCandidate[];
}

const COLUMNS: Array<{ title: string; width: number; key: keyof NoticeCandidate | 'no' }> = [
  { title: '序号', width: 38, key: 'no' },
  { title: '姓名', width: 54, key: 'name' },
  { title: '派出单位', width: 112, key: 'institution' },
  { title: '派驻企业', width: 160, key: 'enterprise' },
  { title: '拟任职务', width: 70, key: 'position' },
  { title: '所在县（市、区）', width: 70, key: 'division' },
];

/** Lays out the notice (A4 portrait, table continued across pages) and returns the PDF. */
export function renderNotice(data: NoticeData): Promise<Buffer> {
  return renderPdf(
    { size: 'A4', margins: { top: 64, bottom: 64, left: 70, right: 70 }, bufferPages: true },
    { Title: data.title, Subject: `公示 ${data.startsOn} 至 ${data.endsOn}` },
    (doc) => {
      const left = doc.page.margins.left;
      const width = doc.page.width - left - doc.page.margins.right;
      doc.fontSize(18).text(data.title, { align: 'center', lineGap: 6 });
      doc.moveDown(1);
      const para = (t: string) => doc.fontSize(13).text(t, { indent: 26, lineGap: 6, align: 'justify' }).moveDown(0.3);
      para(
        `根据《聊城市“科技副总”管理办法》，经企业申报、县级初审、市级复审、双向选择和市科技局党组研究审议，并报市委组织部备案，拟认定以下${data.candidates.length}名同志为聊城市“科技副总”，现予以公示。`,
      );
      para(
        `公示时间：${plainChineseDate(data.startsOn)}至${plainChineseDate(data.endsOn)}（${data.workdays}个工作日）。公示渠道：${data.channel}。`,
      );
      para(
        '公示期间，任何单位和个人对公示人选有异议的，可以书面形式向聊城市科学技术局反映。反映问题应实事求是、客观公正；以单位名义反映的须加盖公章，以个人名义反映的须署真实姓名和联系方式。',
      );
      doc.moveDown(0.5);
      doc.fontSize(14).text('拟认定人选名单', { align: 'center' });
      doc.moveDown(0.5);

      const scale = width / COLUMNS.reduce((s, c) => s + c.width, 0);
      const cols = COLUMNS.map((c) => ({ ...c, width: c.width * scale }));
      const bottom = () => doc.page.height - doc.page.margins.bottom;
      const drawRow = (cells: string[], header: boolean) => {
        doc.fontSize(header ? 11 : 10.5);
        const pad = 4;
        const height = Math.max(...cells.map((t, i) => doc.heightOfString(t, { width: cols[i].width - 2 * pad }))) + 2 * pad;
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
          doc.text(t, x + pad, y + pad, { width: cols[i].width - 2 * pad, align: i === 0 ? 'center' : 'left' });
          x += cols[i].width;
        });
        doc.x = left;
        doc.y = y + height;
      };
      drawRow(
        cols.map((c) => c.title),
        true,
      );
      data.candidates.forEach((c, i) =>
        drawRow(
          cols.map((col) => (col.key === 'no' ? String(i + 1) : c[col.key])),
          false,
        ),
      );

      if (doc.y + 90 > bottom()) doc.addPage();
      doc.moveDown(2);
      const signX = left + width - 200;
      doc.fontSize(14).text('聊城市科学技术局', signX, doc.y, { width: 200, align: 'center' });
      doc.text(chineseDate(data.publishedOn), signX, doc.y + 4, { width: 200, align: 'center' });

      const range = doc.bufferedPageRange();
      for (let i = 0; i < range.count; i++) {
        doc.switchToPage(range.start + i);
        // Below the bottom margin pdfkit would start a new page: lift the margin for the footer.
        doc.page.margins.bottom = 0;
        doc
          .fontSize(9)
          .fillColor('#666')
          .text(`— ${i + 1} / ${range.count} —`, left, doc.page.height - 40, { width, align: 'center', lineBreak: false });
        doc.fillColor('#000');
      }
    },
  );
}

/** Loads a notice with its candidates, checks who asks, renders it and audits it. */
export class NoticeService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly audit = new AuditService(),
  ) {}

  async data(noticeId: number): Promise<NoticeData> {
    if (!NOTICE_ROLES.includes(this.viewer.role)) {
      throw new AppError(ErrorCode.FORBIDDEN, `角色 ${this.viewer.role} 无权打印公示 / role ${this.viewer.role} may not print notices`, {
        field: 'noticeId',
      });
    }
    const run = <T>(sql: string, params: unknown[]) =>
      this.em.getConnection().execute<T[]>(sql, params, 'all', this.em.getTransactionContext());
    const [n] = await run<{ id: number; title: string; starts_on: string; ends_on: string; channel: string; published_on: string }>(
      `select id, title, starts_on, ends_on, channel, (published_at at time zone 'Asia/Shanghai')::date::text as published_on
         from public_notice where id = ?`,
      [noticeId],
    );
    if (!n) throw notFound('PublicNotice', String(noticeId));
    const candidates = await run<{
      name: string | null;
      institution: string | null;
      enterprise: string;
      position: string;
      division: string;
    }>(
      `select x.name, i.name_zh as institution, e.name as enterprise, a.proposed_position as position, d.name_zh as division
         from application a
         join enterprise e on e.id = a.enterprise_id
         join division d on d.id = a.division_id
         left join expert x on x.id = a.proposed_expert_id
         left join institution i on i.id = x.institution_id
        where a.notice_id = ?
        order by d.sort_order, e.name, a.id`,
      [noticeId],
    );
    const overrides = await run<{ day: string; is_workday: boolean }>(
      'select day, is_workday from work_calendar_day where day between ? and ?',
      [n.starts_on, n.ends_on],
    );
    const calendar = new WorkCalendar(overrides.map((o) => ({ day: o.day, isWorkday: o.is_workday })));
    return {
      id: n.id,
      title: n.title,
      startsOn: n.starts_on,
      endsOn: n.ends_on,
      workdays: calendar.countWorkdays(n.starts_on, n.ends_on),
      channel: n.channel,
      publishedOn: n.published_on,
      candidates: candidates.map((c) => ({
        name: c.name ?? '—',
        institution: c.institution ?? '—',
        enterprise: c.enterprise,
        position: POSITION[c.position as keyof typeof POSITION] ?? c.position,
        division: c.division,
      })),
    };
  }

  async render(noticeId: number, requestId?: string): Promise<RenderedDocument> {
    const data = await this.data(noticeId);
    const pdf = await renderNotice(data);
    await this.audit.record(this.em, {
      username: this.viewer.username,
      role: this.viewer.role,
      operation: 'document:notice',
      objectType: 'PublicNotice',
      objectIds: [noticeId],
      result: 'OK',
      detail: { candidates: data.candidates.length, requestId: requestId ?? null },
    });
    return {
      pdf,
      fileName: `公示_${noticeId}.pdf`,
      missingGlyphs: missingGlyphs(data.candidates.map((c) => c.name + c.institution + c.enterprise).join('')),
    };
  }
}
