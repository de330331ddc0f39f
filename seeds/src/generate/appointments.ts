/**
 * Legacy appointments (begun before the measures took effect on 2025-07-01 and brought under
 * them by Art. 23: no application, cohorts 2021–2024), and the final status of every
 * appointment with its confidentiality agreement (Art. 8).
 */
import type { Rng } from '../random';
import type { Row } from '../schema';
import { END_REASONS } from '../vocab';
import { pickAllowance, pickEnterprise, pickExpert, pickPosition, POSITION_ZH, reserve } from './allocate';
import type { ApptInfo, Ctx } from './context';
import { dayNum, isoDay, periodEnd } from './days';

export function legacyCohort(ctx: Ctx, rng: Rng, year: number, count: number): void {
  for (let i = 0; i < count; i++) {
    const recN = dayNum(`${year}-03-01`) + rng.int(0, 200);
    const startN = recN + rng.int(5, 30);
    const endN = periodEnd(startN, rng.chance(0.85) ? 2 : 3);
    const ent = pickEnterprise(ctx, rng, recN);
    const exp = pickExpert(ctx, rng, ent, recN, endN, recN);
    if (!exp) continue;
    reserve(exp, recN, endN);
    let endedN: number | null = null;
    if (rng.chance(0.03) && startN + 180 < Math.min(endN - 60, ctx.asOfN - 1)) {
      endedN = rng.int(startN + 120, Math.min(endN - 60, ctx.asOfN - 1));
    }
    const row: Row<'appointment'> = {
      id: ctx.id('appointment'),
      expert_id: exp.row.id,
      enterprise_id: ent.row.id,
      division_id: ent.row.division_id,
      sector_id: ent.row.sector_id,
      application_id: null,
      origin: 'LEGACY',
      cohort_year: year,
      position: pickPosition(rng),
      service_start: isoDay(startN),
      service_end: isoDay(endN),
      recognition_doc_no: null,
      certificate_no: null,
      recognised_on: isoDay(recN),
      status: 'ACTIVE',
      ended_on: endedN === null ? null : isoDay(endedN),
      end_reason: null,
      monthly_allowance_fen: pickAllowance(rng),
    };
    ctx.t.appointment.push(row);
    const info: ApptInfo = {
      row,
      ent,
      exp,
      startN,
      serviceEndN: endN,
      recN,
      endedN,
      grades: [],
      excellent: false,
      perf: rng.real(0.8, 1.15),
    };
    exp.appts.push(info);
    ctx.appts.push(info);
  }
}

/**
 * Status as of the seed date: revoked ones were set by their evaluation; early ends are
 * TERMINATED; a period over before the seed date is COMPLETED; the rest are ACTIVE.
 */
export function finalizeAppointments(ctx: Ctx, rng: Rng): void {
  for (const a of ctx.appts) {
    const r = a.row;
    if (r.status === 'REVOKED') continue;
    if (a.endedN !== null) {
      r.status = 'TERMINATED';
      r.end_reason = rng.pick(END_REASONS);
    } else if (a.serviceEndN < ctx.asOfN) r.status = 'COMPLETED';
    else r.status = 'ACTIVE';
  }
  for (const a of ctx.appts) {
    const r = a.row;
    const legacy = r.origin === 'LEGACY';
    if (legacy) {
      ctx.t.agreement.push({
        id: ctx.id('agreement'),
        application_id: null,
        appointment_id: r.id,
        kind: 'TRIPARTITE',
        signed_on: isoDay(a.recN - rng.int(5, 40)),
        service_start: r.service_start,
        service_end: r.service_end,
        content: `${a.exp.row.name}（${a.exp.institution.name_zh}）受聘担任${a.ent.row.name}${POSITION_ZH[r.position]}（${r.cohort_year}年度选派，按办法第二十三条纳入管理）`,
        ip_ownership: '职务技术成果知识产权归企业所有，专家享有署名权和获得奖励的权利',
        funding_terms: `企业每月提供生活补助及交通费${r.monthly_allowance_fen / 100}元`,
        monthly_allowance_fen: r.monthly_allowance_fen,
        enterprise_signatory: null,
        document_ref: null,
      });
    }
    ctx.t.agreement.push({
      id: ctx.id('agreement'),
      application_id: r.application_id,
      appointment_id: r.id,
      kind: 'CONFIDENTIALITY',
      signed_on: isoDay(Math.max(a.recN, a.startN - rng.int(0, 10))),
      service_start: null,
      service_end: null,
      content: `${a.exp.row.name}对${a.ent.row.name}的经营、技术及商业秘密负有保密义务，服务期内及服务期满后未经企业书面同意不得泄露，不得利用企业秘密信息谋取私利（第八条）`,
      ip_ownership: null,
      funding_terms: null,
      monthly_allowance_fen: null,
      // Art. 8: who signed for the enterprise and the signed text's number, recorded at recognition.
      enterprise_signatory: `${a.ent.row.contact_name}（企业授权代表）`,
      document_ref: `聊科副总保密〔${r.cohort_year}〕${String(r.id).padStart(5, '0')}号`,
    });
  }
}
