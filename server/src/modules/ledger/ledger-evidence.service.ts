/**
 * Evidence files of the service ledger (Art. 7.1): the expert attaches photos, sign-in sheets or
 * minutes to an entry while the enterprise has not confirmed it; whoever reads the entry may read
 * its files. Files are checked and stored as the Art. 13 materials are (`validateFile`: PDF, PNG,
 * JPEG, XLSX or CSV, at most 10 MB, content sniffed, SHA-256), every step audited.
 */
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../graphql/errors';
import { Appointment } from '../appointment/appointment.entity';
import { canRead } from '../identity/access';
import { Role } from '../identity/role';
import { User } from '../identity/user.entity';
import { UploadedFile, validateFile } from '../workflow/materials.service';
import { assertAppointmentInScope } from '../workflow/scope';
import { lockRow, WorkflowService } from '../workflow/step';
import { conflict, forbidden } from '../workflow/workflow.errors';
import { LedgerEntry } from './ledger-entry.entity';
import { LedgerEvidence } from './ledger-evidence.entity';
import { Confirmation } from './ledger.enums';
import { ledgerOpen } from './ledger.service';

/** At most this many files per entry. */
export const MAX_EVIDENCE_FILES = 20;

export interface StoredEvidence {
  id: number;
  entryId: number;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
}

export class LedgerEvidenceService extends WorkflowService {
  /** Stores one evidence file on the expert's own entry while the enterprise has not confirmed it. */
  async upload(entryId: number, file: UploadedFile): Promise<StoredEvidence> {
    return this.step({ operation: 'uploadLedgerEvidence', objectType: 'LedgerEvidence', subjectIds: [entryId] }, async (tx) => {
      const { mimeType, fileName } = validateFile(file);
      const entry = await this.ownOpenEntry(tx, entryId, '上传', 'added');
      const count = await tx.count(LedgerEvidence, { entry });
      if (count >= MAX_EVIDENCE_FILES) {
        throw conflict(
          `每条台账记录最多${MAX_EVIDENCE_FILES}份佐证文件（content）`,
          `An entry holds at most ${MAX_EVIDENCE_FILES} evidence files`,
          { field: 'content' },
        );
      }
      const sha256 = createHash('sha256').update(file.content).digest('hex');
      const row = tx.create(LedgerEvidence, {
        entry,
        fileName,
        mimeType,
        sizeBytes: file.content.length,
        sha256,
        content: file.content,
        uploadedAt: this.now(),
        uploadedBy: tx.getReference(User, this.viewer.userId),
      });
      await tx.flush();
      return {
        value: { id: row.id, entryId: entry.id, fileName, mimeType, sizeBytes: row.sizeBytes, sha256 },
        objectIds: [row.id],
        detail: { entryId: entry.id, fileName, sizeBytes: row.sizeBytes, sha256 },
      };
    });
  }

  /** Removes an evidence file from the expert's own entry while the enterprise has not confirmed it; returns its id. */
  async remove(evidenceId: number): Promise<number> {
    return this.step({ operation: 'deleteLedgerEvidence', objectType: 'LedgerEvidence', subjectIds: [evidenceId] }, async (tx) => {
      if (this.viewer.role !== Role.EXPERT) throw forbidden('只有专家本人可以删除佐证文件', 'Only the expert removes evidence files');
      const row = await tx.findOne(LedgerEvidence, evidenceId);
      if (!row) throw notFound('LedgerEvidence', String(evidenceId));
      const entry = await this.ownOpenEntry(tx, row.entry.id, '删除', 'removed');
      const detail = { entryId: entry.id, fileName: row.fileName, sha256: row.sha256 };
      tx.remove(row);
      await tx.flush();
      return { value: evidenceId, objectIds: [evidenceId], detail };
    });
  }

  /** One evidence file, for preview or download by a reader of the entry (audited). */
  async read(entryId: number, evidenceId: number): Promise<{ fileName: string; mimeType: string; content: Buffer }> {
    return this.step({ operation: 'readLedgerEvidence', objectType: 'LedgerEvidence', subjectIds: [evidenceId] }, async (tx) => {
      if (!canRead('LedgerEvidence', this.viewer)) throw forbidden('无权查看服务台账佐证文件', 'You may not read ledger evidence');
      const row = await tx.findOne(LedgerEvidence, { id: evidenceId, entry: entryId }, { populate: ['content'] });
      if (!row?.content) throw notFound('LedgerEvidence', String(evidenceId));
      const entry = await tx.findOneOrFail(LedgerEntry, entryId);
      assertAppointmentInScope(await tx.findOneOrFail(Appointment, entry.appointment.id), this.viewer);
      return {
        value: { fileName: row.fileName, mimeType: row.mimeType, content: Buffer.from(row.content) },
        objectIds: [row.id],
        detail: { entryId },
      };
    });
  }

  /** The expert's own entry, locked, in an open ledger and not confirmed (a confirmed entry is part of the record). */
  private async ownOpenEntry(tx: EntityManager, entryId: number, zhVerb: string, enVerb: string): Promise<LedgerEntry> {
    if (this.viewer.role !== Role.EXPERT) throw forbidden('只有专家本人可以上传佐证文件', 'Only the expert adds evidence files');
    if (!(await lockRow(tx, 'ledger_entry', entryId))) throw notFound('LedgerEntry', String(entryId));
    const entry = await tx.findOneOrFail(LedgerEntry, entryId, { refresh: true });
    const appt = await tx.findOneOrFail(Appointment, entry.appointment.id);
    assertAppointmentInScope(appt, this.viewer);
    if (!ledgerOpen(appt.status)) {
      throw conflict(`任职状态为 ${appt.status}，台账已关闭`, `The appointment is ${appt.status}; its ledger is closed`, {
        status: appt.status,
      });
    }
    if (entry.confirmation === Confirmation.CONFIRMED) {
      throw conflict(
        `企业已确认该记录（第七条服务台账），佐证文件不能再${zhVerb}`,
        `The enterprise has confirmed this entry (Art. 7 ledger); evidence files can no longer be ${enVerb}`,
        { field: 'entryId', entryId },
      );
    }
    return entry;
  }
}
