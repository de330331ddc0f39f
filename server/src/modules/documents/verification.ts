/**
 * Certificate verification. Each certificate carries a verification code: an HMAC of its
 * certificate number under a key derived from TECHVP_PII_KEY (PiiCipher.hash, with its own
 * prefix so the value means nothing elsewhere), shown as 12 Crockford base-32 characters
 * (60 bits). Anyone holding a certificate can check it on the public page `/verify`; without
 * the key nobody can make a code for a number, and the page never shows personal data.
 */
import { timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PiiCipher } from '../../domain/pii';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `ABCD-EFGH-JKMN`: the code printed on the certificate with number `certificateNo`. */
export function verificationCode(pii: PiiCipher, certificateNo: string): string {
  const hex = pii.hash(`techvp:certificate-verification:v1:${certificateNo}`);
  let bits = BigInt(`0x${hex.slice(0, 15)}`); // 60 bits
  let out = '';
  for (let i = 0; i < 12; i++) {
    out = CROCKFORD[Number(bits & 31n)] + out;
    bits >>= 5n;
  }
  return `${out.slice(0, 4)}-${out.slice(4, 8)}-${out.slice(8)}`;
}

/** A code as people type it: case, spaces and dashes ignored; O → 0, I and L → 1. */
export function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** Whether `code` is the verification code of `certificateNo` (constant-time comparison). */
export function checkVerificationCode(pii: PiiCipher, certificateNo: string, code: string): boolean {
  const expected = Buffer.from(normaliseCode(verificationCode(pii, certificateNo)));
  const given = Buffer.from(normaliseCode(code));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** What the public page may show about a certificate: nothing personal. */
export interface CertificateStatus {
  certificateNo: string;
  enterpriseName: string;
  position: string;
  serviceStart: string;
  serviceEnd: string;
  status: string;
  recognisedOn: string | null;
  endedOn: string | null;
  recognitionDocNo: string | null;
}

export type VerificationResult = { valid: true; certificate: CertificateStatus } | { valid: false; reason: 'malformed' | 'invalid' };

const MAX_NO = 64;

/**
 * Checks a certificate number and code. The number is looked up only when the code matches
 * it, so a wrong code reveals nothing, not even whether the number exists. Runs as
 * techvp_app with no viewer: `techvp_certificate_status` is its only window onto the data.
 */
export async function verifyCertificate(em: EntityManager, pii: PiiCipher, no: string, code: string): Promise<VerificationResult> {
  const number = no.normalize('NFKC').trim();
  if (!number || number.length > MAX_NO || !code || code.length > 32) return { valid: false, reason: 'malformed' };
  // Full-width brackets are part of the numbers (聊科副总证〔2026〕第1号); NFKC keeps 〔〕.
  if (!checkVerificationCode(pii, number, code)) return { valid: false, reason: 'invalid' };
  const [row] = await em.getConnection().execute<
    Array<{
      certificate_no: string;
      enterprise_name: string;
      position_code: string;
      service_start: string;
      service_end: string;
      status: string;
      recognised_on: string | null;
      ended_on: string | null;
      recognition_doc_no: string | null;
    }>
  >('select * from techvp_certificate_status(?)', [number], 'all', em.getTransactionContext());
  if (!row) return { valid: false, reason: 'invalid' };
  return {
    valid: true,
    certificate: {
      certificateNo: row.certificate_no,
      enterpriseName: row.enterprise_name,
      position: row.position_code,
      serviceStart: row.service_start,
      serviceEnd: row.service_end,
      status: row.status,
      recognisedOn: row.recognised_on,
      endedOn: row.ended_on,
      recognitionDocNo: row.recognition_doc_no,
    },
  };
}
