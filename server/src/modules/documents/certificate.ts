/**
 * The recognition certificate (证书, Art. 12.5): issued once an appointment is recognised,
 * with its serial (appointment.certificate_no) and a verification code that the public page
 * `/verify` checks. Who may print it: the S&T bureau, the Organisation Department, and the
 * expert themself; each print is recorded in the audit trail.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PiiCipher } from '../../domain/pii';
import type { Viewer } from '../../graphql/context';
import { AppError, ErrorCode, notFound } from '../../graphql/errors';
import { Appointment, AppointmentStatus } from '../appointment/appointment.entity';
import { AuditService } from '../audit/audit.service';
import { Role } from '../identity/role';
import { APPOINTMENT_STATUS, POSITION } from '../spreadsheet/labels';
import { missingGlyphs } from './fonts';
import { chineseDate, plainChineseDate, renderPdf } from './pdf';
import { verificationCode } from './verification';

export const CERTIFICATE_ROLES: Role[] = [Role.ST_BUREAU, Role.ORG_DEPT, Role.EXPERT];

export interface CertificateData {
  certificateNo: string;
  recognitionDocNo: string | null;
  recognisedOn: string;
  expertName: string;
  institutionName: string;
  enterpriseName: string;
  position: string;
  serviceStart: string;
  serviceEnd: string;
  /** Shown when the appointment has since been revoked or ended early. */
  statusNote: string | null;
  verificationCode: string;
  /** Where the code can be checked, e.g. https://techvp.example.cn/verify */
  verifyUrl: string;
}

const RED = '#b3261e';
const GOLD = '#b8893b';

/** Lays out the certificate (A4 landscape) and returns the PDF. */
export function renderCertificate(data: CertificateData): Promise<Buffer> {
  return renderPdf(
    { size: 'A4', layout: 'landscape', margin: 0 },
    { Title: `聊城市“科技副总”证书 ${data.certificateNo}`, Subject: data.certificateNo, Keywords: `证书编号 ${data.certificateNo}` },
    (doc) => {
      const W = doc.page.width;
      const H = doc.page.height;
      doc
        .rect(24, 24, W - 48, H - 48)
        .lineWidth(4)
        .stroke(RED);
      doc
        .rect(34, 34, W - 68, H - 68)
        .lineWidth(1)
        .stroke(GOLD);

      doc.fillColor(RED).fontSize(38).text('聊城市“科技副总”证书', 0, 84, { width: W, align: 'center', characterSpacing: 4 });
      doc.fillColor('#333').fontSize(12).text('Certificate of Technology Vice-President, Liaocheng', 0, 134, { width: W, align: 'center' });

      const left = 110;
      const width = W - 220;
      doc.fillColor('#111').fontSize(20).text(`${data.institutionName} ${data.expertName} 同志：`, left, 190, { width });
      doc
        .fontSize(18)
        .text(
          `经企业申报、县级初审、市级复审、双向选择和党组研究审议，并经公示无异议，认定您为${data.enterpriseName}“科技副总”，兼任${data.position}，服务期自${plainChineseDate(data.serviceStart)}至${plainChineseDate(data.serviceEnd)}。`,
          left,
          232,
          { width, indent: 36, lineGap: 10, align: 'justify' },
        );
      doc.moveDown(0.6).text('特发此证。', { indent: 36 });

      const signX = W - 330;
      doc.fontSize(18).text('聊城市科学技术局', signX, H - 190, { width: 220, align: 'center' });
      doc.fontSize(16).text(chineseDate(data.recognisedOn), signX, H - 160, { width: 220, align: 'center' });
      // The seal's place: a ring, not an imitation of a seal.
      doc
        .circle(signX + 110, H - 172, 52)
        .lineWidth(1.5)
        .stroke(RED);

      const info = [
        `证书编号：${data.certificateNo}`,
        data.recognitionDocNo ? `认定文号：${data.recognitionDocNo}` : null,
        `核验码：${data.verificationCode}`,
        `核验网址：${data.verifyUrl}`,
      ].filter((s): s is string => !!s);
      doc.fillColor('#333').fontSize(11);
      info.forEach((line, i) => doc.text(line, left, H - 170 + i * 18, { width: 380, lineBreak: false }));
      if (data.statusNote) {
        doc
          .fillColor(RED)
          .fontSize(12)
          .text(data.statusNote, left, H - 190, { width: 380 });
      }
    },
  );
}

export interface RenderedDocument {
  pdf: Buffer;
  fileName: string;
  /** Characters the embedded font lacks (drawn as boxes); worth a log line. */
  missingGlyphs: string[];
}

/** Loads an appointment's certificate for a viewer, checks who asks, renders it and audits it. */
export class CertificateService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly pii: PiiCipher,
    private readonly audit = new AuditService(),
  ) {}

  async data(appointmentId: number, verifyUrl: string): Promise<CertificateData> {
    if (!CERTIFICATE_ROLES.includes(this.viewer.role)) {
      throw new AppError(
        ErrorCode.FORBIDDEN,
        `角色 ${this.viewer.role} 无权打印证书 / role ${this.viewer.role} may not print certificates`,
        {
          field: 'appointmentId',
        },
      );
    }
    // Row-level security already limits an expert to their own appointments.
    const a = await this.em.findOne(Appointment, { id: appointmentId }, { populate: ['expert.institution', 'enterprise'] });
    if (!a) throw notFound('Appointment', String(appointmentId));
    if (this.viewer.role === Role.EXPERT && a.expert.id !== this.viewer.expertId) {
      throw new AppError(ErrorCode.FORBIDDEN, '只能打印本人的证书 / you may only print your own certificate', { field: 'appointmentId' });
    }
    if (!a.certificateNo || !a.recognisedOn) {
      throw new AppError(
        ErrorCode.RULE_VIOLATION,
        '该任职尚未认定发证（办法施行前纳入管理的任职没有证书） / the appointment has no certificate: it was not recognised under the measures',
        { rule: 'CERTIFICATE', article: 'Art. 12.5', field: 'appointmentId' },
      );
    }
    const ended = a.status === AppointmentStatus.REVOKED || a.status === AppointmentStatus.TERMINATED;
    return {
      certificateNo: a.certificateNo,
      recognitionDocNo: a.recognitionDocNo ?? null,
      recognisedOn: a.recognisedOn,
      expertName: a.expert.name,
      institutionName: a.expert.institution.nameZh,
      enterpriseName: a.enterprise.name,
      position: POSITION[a.position],
      serviceStart: a.serviceStart,
      serviceEnd: a.serviceEnd,
      statusNote: ended
        ? `注：该任职已于${a.endedOn ? plainChineseDate(a.endedOn) : ''}${APPOINTMENT_STATUS[a.status]}，本证书自该日起失效。`
        : null,
      verificationCode: verificationCode(this.pii, a.certificateNo),
      verifyUrl,
    };
  }

  async render(appointmentId: number, verifyUrl: string, requestId?: string): Promise<RenderedDocument> {
    const data = await this.data(appointmentId, verifyUrl);
    const pdf = await renderCertificate(data);
    await this.audit.record(this.em, {
      username: this.viewer.username,
      role: this.viewer.role,
      operation: 'document:certificate',
      objectType: 'Appointment',
      objectIds: [appointmentId],
      result: 'OK',
      detail: { certificateNo: data.certificateNo, requestId: requestId ?? null },
    });
    return {
      pdf,
      fileName: `科技副总证书_${data.certificateNo}.pdf`,
      missingGlyphs: missingGlyphs(`${data.expertName}${data.institutionName}${data.enterpriseName}`),
    };
  }
}
