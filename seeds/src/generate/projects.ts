/**
 * Co-innovation projects (Art. 2, 20, 21): led by the expert, carried out by the enterprise,
 * funded by enterprise, university and city finance. The enterprise puts in at least half of
 * the total and support (university + finance) is at most 1,000,000 yuan; every tranche paid
 * is recorded with a unique voucher and never exceeds what that funder approved.
 */
import type { Rng } from '../random';
import type { Row } from '../schema';
import { SECTOR_VOCAB } from '../vocab';
import type { Ctx } from './context';
import { isoDay, yearOf } from './days';

const SUPPORT_CAP_YUAN = 1_000_000;
const TITLE_SUFFIXES = ['关键技术研究与产业化', '关键技术攻关及应用示范', '研发与中试', '技术集成与推广应用'];

export function projects(ctx: Ctx, rng: Rng): void {
  const codeSeq = new Map<number, number>();
  let voucherSeq = 0;
  for (const a of ctx.appts) {
    const effEnd = a.endedN ?? a.serviceEndN;
    const windowStart = a.startN + 60;
    const windowEnd = Math.min(effEnd, ctx.asOfN) - 20;
    if (windowEnd < windowStart) continue;
    const r = rng.next();
    let n = r < 0.45 ? 0 : r < 0.87 ? 1 : 2;
    if (n === 2 && windowEnd - windowStart < 300) n = 1;
    for (let k = 0; k < n; k++) {
      const proposedN = rng.int(windowStart, windowEnd);
      let status: string;
      let approvedN: number | null = null;
      let closedN: number | null = null;
      const approvalN = proposedN + rng.int(30, 75);
      if (a.row.status === 'REVOKED') {
        // Art. 17: an unqualified grade cancels the appointment's projects.
        status = 'CANCELLED';
        if (approvalN < a.endedN!) approvedN = approvalN;
        closedN = a.endedN!;
      } else if (approvalN > ctx.asOfN) {
        status = 'PROPOSED';
      } else {
        approvedN = approvalN;
        const closeN = approvalN + rng.int(300, 720);
        if (rng.chance(0.04) && approvalN + 30 <= ctx.asOfN) {
          status = 'CANCELLED';
          closedN = rng.int(approvalN + 30, Math.min(ctx.asOfN, closeN));
        } else if (closeN <= ctx.asOfN) {
          status = rng.chance(0.85) ? 'ACCEPTED' : 'FAILED';
          closedN = closeN;
        } else {
          status = approvalN + 20 <= ctx.asOfN && rng.chance(0.85) ? 'IN_PROGRESS' : 'APPROVED';
        }
      }

      const totalYuan = Math.round(rng.logUniform(300_000, 5_000_000) / 10_000) * 10_000;
      const enterpriseShare = rng.real(0.5, 0.8);
      const supportYuan = Math.max(10_000, Math.min(SUPPORT_CAP_YUAN, Math.floor((totalYuan * (1 - enterpriseShare)) / 10_000) * 10_000));
      const enterpriseYuan = Math.max(totalYuan - supportYuan, supportYuan);
      const financeYuan = rng.chance(0.1) ? supportYuan : Math.round((supportYuan * rng.real(0.3, 0.8)) / 10_000) * 10_000;
      const universityYuan = supportYuan - financeYuan;
      const year = yearOf(proposedN);
      const seq = (codeSeq.get(year) ?? 0) + 1;
      codeSeq.set(year, seq);
      const topic = rng.pick(SECTOR_VOCAB[a.ent.sectorCode].topics);
      const row: Row<'project'> = {
        id: ctx.id('project'),
        code: `XTCX-${year}-${String(seq).padStart(5, '0')}`,
        title: `${topic}${rng.pick(TITLE_SUFFIXES)}`,
        appointment_id: a.row.id,
        enterprise_id: a.ent.row.id,
        division_id: a.row.division_id,
        sector_id: a.row.sector_id,
        status,
        enterprise_fen: enterpriseYuan * 100,
        university_fen: universityYuan * 100,
        finance_fen: financeYuan * 100,
        proposed_on: isoDay(proposedN),
        approved_on: approvedN === null ? null : isoDay(approvedN),
        closed_on: closedN === null ? null : isoDay(closedN),
        // Art. 19: experts graded excellent are supported first.
        priority: a.exp.appts.some((x) => x.excellent),
      };
      ctx.t.project.push(row);

      if (approvedN === null || status === 'APPROVED') continue;
      const [minT, maxT, minF, maxF] =
        status === 'ACCEPTED'
          ? [2, 3, 1, 1]
          : status === 'IN_PROGRESS'
            ? [1, 2, 0.3, 0.8]
            : status === 'FAILED'
              ? [1, 2, 0.4, 0.8]
              : [0, 1, 0.2, 0.5];
      const lastDay = Math.min(closedN ?? ctx.asOfN, ctx.asOfN);
      const firstDay = approvedN + 7;
      if (lastDay < firstDay) continue;
      for (const [funder, amountFen] of [
        ['ENTERPRISE', row.enterprise_fen],
        ['UNIVERSITY', row.university_fen],
        ['FINANCE', row.finance_fen],
      ] as const) {
        if (amountFen <= 0) continue;
        const tranches = rng.int(minT, maxT);
        if (tranches === 0) continue;
        const paid = minF === 1 ? amountFen : Math.floor((amountFen * rng.real(minF, maxF)) / 100) * 100;
        const parts: number[] = [];
        let left = paid;
        for (let i = 0; i < tranches - 1; i++) {
          const part = Math.floor((left * rng.real(0.35, 0.65)) / 100) * 100;
          if (part <= 0) break;
          parts.push(part);
          left -= part;
        }
        if (left > 0) parts.push(left);
        const days = parts.map(() => rng.int(firstDay, lastDay)).sort((x, y) => x - y);
        parts.forEach((part, i) => {
          voucherSeq++;
          ctx.t.disbursement.push({
            id: ctx.id('disbursement'),
            project_id: row.id,
            division_id: row.division_id,
            funder,
            tranche: i + 1,
            amount_fen: part,
            disbursed_on: isoDay(days[i]),
            voucher_no: `PZ${isoDay(days[i]).replace(/-/g, '')}${String(voucherSeq).padStart(7, '0')}`,
          });
        });
      }
    }
  }
}
