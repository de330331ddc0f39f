/**
 * PDF plumbing shared by the official documents: a pdfkit document with the embedded CJK font,
 * rendered to a Buffer, and the date styles of Chinese official documents.
 */
import PDFDocument from 'pdfkit';
import { cjkFont } from './fonts';

export const FONT = 'cjk';

export interface PdfInfo {
  Title: string;
  Subject?: string;
  Keywords?: string;
}

/** Renders a document built by `draw` into a Buffer. */
export function renderPdf(options: PDFKit.PDFDocumentOptions, info: PdfInfo, draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      ...options,
      info: { ...info, Author: '聊城市科学技术局', Creator: '聊城市科技副总数据平台 / techvp', Producer: 'techvp' },
      lang: 'zh-CN',
      displayTitle: true,
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      doc.registerFont(FONT, cjkFont());
      doc.font(FONT);
      draw(doc);
      doc.end();
    } catch (err) {
      reject(err);
    }
  });
}

const DIGITS = '〇一二三四五六七八九';

function chineseNumber(n: number): string {
  if (n <= 10) return n === 10 ? '十' : DIGITS[n];
  if (n < 20) return `十${DIGITS[n % 10]}`;
  const tens = Math.floor(n / 10);
  return `${DIGITS[tens]}十${n % 10 ? DIGITS[n % 10] : ''}`;
}

/** 2026-01-05 → 二〇二六年一月五日 (the date line of an official document). */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${[...String(y)].map((c) => DIGITS[Number(c)]).join('')}年${chineseNumber(m)}月${chineseNumber(d)}日`;
}

/** 2026-01-05 → 2026年1月5日. */
export function plainChineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
