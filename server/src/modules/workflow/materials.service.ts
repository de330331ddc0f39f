/**
 * The application materials of Art. 13: uploads (PDF, PNG, JPEG, XLSX or CSV, at most 10 MB,
 * SHA-256 per file, stored in the database) and the checklist of what is still missing. An
 * incomplete checklist blocks submission (pipeline.service.ts).
 */
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound } from '../../graphql/errors';
import { MaterialKind } from '../application/application.enums';
import { Application } from '../application/application.entity';
import { ApplicationStage } from '../application/application.enums';
import { ApplicationMaterial } from '../application/material.entity';
import { canRead } from '../identity/access';
import { Role } from '../identity/role';
import { User } from '../identity/user.entity';
import { assertApplicationInScope } from './scope';
import { lockRow, WorkflowService } from './step';
import { conflict, forbidden } from './workflow.errors';

/** Every item of the Art. 13 checklist is required. */
export const REQUIRED_MATERIALS: readonly MaterialKind[] = Object.values(MaterialKind);

export const MAX_MATERIAL_BYTES = 10 * 1024 * 1024;

/** Accepted file types: the MIME type given, the extension, and a check of the content itself. */
export const MATERIAL_TYPES: Record<string, { extensions: string[]; sniff: (b: Buffer) => boolean; label: string }> = {
  'application/pdf': { extensions: ['pdf'], sniff: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-', label: 'PDF' },
  'image/png': {
    extensions: ['png'],
    sniff: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    label: 'PNG',
  },
  'image/jpeg': {
    extensions: ['jpg', 'jpeg'],
    sniff: (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
    label: 'JPEG',
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    extensions: ['xlsx'],
    // An XLSX file is a ZIP archive.
    sniff: (b) => b.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
    label: 'XLSX',
  },
  'text/csv': { extensions: ['csv'], sniff: isPlainText, label: 'CSV' },
};

/** UTF-8 text without NUL or other control characters except tab, CR and LF. */
function isPlainText(b: Buffer): boolean {
  const text = b.toString('utf8');
  if (Buffer.from(text, 'utf8').length !== b.length) return false; // not valid UTF-8
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/.test(text);
}

/** The checklist items with no file yet, in checklist order. */
export async function missingMaterials(em: EntityManager, applicationId: number): Promise<MaterialKind[]> {
  return (await missingMaterialsOf(em, [applicationId]))[0];
}

/**
 * The missing checklist items of several applications in one statement (the application
 * fields `missingMaterials` / `materialsComplete` of a whole page ask through a loader).
 */
export async function missingMaterialsOf(em: EntityManager, applicationIds: readonly number[]): Promise<MaterialKind[][]> {
  if (applicationIds.length === 0) return [];
  const rows = await em.execute<Array<{ application_id: number; kind: MaterialKind }>>(
    'select distinct application_id, kind from application_material where application_id in (?)',
    [[...applicationIds]],
  );
  const present = new Map<number, Set<MaterialKind>>(applicationIds.map((id) => [id, new Set()]));
  for (const r of rows) present.get(Number(r.application_id))?.add(r.kind);
  return applicationIds.map((id) => REQUIRED_MATERIALS.filter((k) => !present.get(id)!.has(k)));
}

export interface MaterialUpload extends UploadedFile {
  applicationId: number;
  kind: string;
}

export interface StoredMaterial {
  id: number;
  applicationId: number;
  kind: MaterialKind;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  missing: MaterialKind[];
}

/** A file as received: the name and Content-Type given, and its bytes. */
export interface UploadedFile {
  fileName: string;
  /** The Content-Type given, parameters allowed (`text/csv; charset=utf-8`). */
  mimeType: string;
  content: Buffer;
}

/**
 * Validates a received file (type, name, extension, size, content sniffed); returns the
 * normalised MIME type and file name. Shared by the materials and the ledger's evidence files.
 */
export function validateFile(input: UploadedFile): { mimeType: string; fileName: string } {
  const mimeType = input.mimeType.split(';')[0].trim().toLowerCase();
  const type = MATERIAL_TYPES[mimeType];
  if (!type) {
    throw badInput(
      'contentType',
      `仅接受 PDF、PNG、JPEG、XLSX 或 CSV 文件（收到 ${mimeType || '无类型'}） / Only PDF, PNG, JPEG, XLSX or CSV files are accepted (got ${mimeType || 'none'})`,
    );
  }
  const fileName = input.fileName.trim();
  // eslint-disable-next-line no-control-regex
  if (!fileName || [...fileName].length > 255 || /[\\/\u0000-\u001f]/.test(fileName)) {
    throw badInput(
      'fileName',
      '文件名须为1至255个字符，且不含路径或控制字符 / fileName must be 1-255 characters without a path or control characters',
    );
  }
  const ext = fileName.includes('.') ? fileName.split('.').pop()!.toLowerCase() : '';
  if (!type.extensions.includes(ext)) {
    throw badInput(
      'fileName',
      `文件扩展名应为 .${type.extensions.join(' 或 .')}（${type.label}） / The file name must end in .${type.extensions.join(' or .')} for ${type.label}`,
    );
  }
  if (input.content.length === 0) throw badInput('content', '文件为空 / The file is empty');
  if (input.content.length > MAX_MATERIAL_BYTES) {
    throw badInput('content', `文件超过 ${MAX_MATERIAL_BYTES / 1024 / 1024} MB / The file exceeds ${MAX_MATERIAL_BYTES / 1024 / 1024} MB`);
  }
  if (!type.sniff(input.content)) {
    throw badInput('content', `文件内容不是 ${type.label} / The content is not a ${type.label} file`);
  }
  return { mimeType, fileName };
}

/** Validates an upload; returns the normalised kind, MIME type and file name. */
export function validateUpload(input: MaterialUpload): { kind: MaterialKind; mimeType: string; fileName: string } {
  if (!(Object.values(MaterialKind) as string[]).includes(input.kind)) {
    throw badInput(
      'kind',
      `材料类别无效，应为 ${REQUIRED_MATERIALS.join('、')} 之一 / kind must be one of ${REQUIRED_MATERIALS.join(', ')}`,
    );
  }
  return { kind: input.kind as MaterialKind, ...validateFile(input) };
}

export class MaterialsService extends WorkflowService {
  /** Stores one file of the checklist for the enterprise's own application while it is a draft. */
  async upload(input: MaterialUpload): Promise<StoredMaterial> {
    return this.step({ operation: 'uploadMaterial', objectType: 'ApplicationMaterial', subjectIds: [input.applicationId] }, async (tx) => {
      if (this.viewer.role !== Role.ENTERPRISE) {
        throw forbidden('只有申报企业可以上传申报材料', 'Only the applying enterprise uploads materials');
      }
      const { kind, mimeType, fileName } = validateUpload(input);
      if (!(await lockRow(tx, 'application', input.applicationId))) throw notFound('Application', String(input.applicationId));
      const app = await tx.findOneOrFail(Application, input.applicationId, { refresh: true });
      assertApplicationInScope(app, this.viewer);
      if (app.stage !== ApplicationStage.DRAFT) {
        throw conflict(
          `申报处于 ${app.stage} 环节，只有填报中或退回修改的申报可以上传材料`,
          `The application is at ${app.stage}; materials can be uploaded only while it is a draft`,
          { stage: app.stage },
        );
      }
      const sha256 = createHash('sha256').update(input.content).digest('hex');
      const material = tx.create(ApplicationMaterial, {
        application: app,
        kind,
        fileName,
        mimeType,
        sizeBytes: input.content.length,
        sha256,
        content: input.content,
        uploadedAt: this.now(),
        uploadedBy: tx.getReference(User, this.viewer.userId),
      });
      await tx.flush();
      const missing = await missingMaterials(tx, app.id);
      return {
        value: { id: material.id, applicationId: app.id, kind, fileName, mimeType, sizeBytes: material.sizeBytes, sha256, missing },
        objectIds: [material.id],
        detail: { applicationId: app.id, kind, sizeBytes: material.sizeBytes, sha256 },
      };
    });
  }

  /** Removes a file from a draft (e.g. a wrong upload). */
  async remove(materialId: number): Promise<MaterialKind[]> {
    return this.step({ operation: 'deleteMaterial', objectType: 'ApplicationMaterial', subjectIds: [materialId] }, async (tx) => {
      if (this.viewer.role !== Role.ENTERPRISE) {
        throw forbidden('只有申报企业可以删除申报材料', 'Only the applying enterprise removes materials');
      }
      const material = await tx.findOne(ApplicationMaterial, materialId);
      if (!material) throw notFound('ApplicationMaterial', String(materialId));
      await lockRow(tx, 'application', material.application.id);
      const app = await tx.findOneOrFail(Application, material.application.id, { refresh: true });
      assertApplicationInScope(app, this.viewer);
      if (app.stage !== ApplicationStage.DRAFT) {
        throw conflict(
          `申报处于 ${app.stage} 环节，材料不能删除`,
          `The application is at ${app.stage}; its materials can no longer be removed`,
          {
            stage: app.stage,
          },
        );
      }
      tx.remove(material);
      await tx.flush();
      return { value: await missingMaterials(tx, app.id), objectIds: [materialId], detail: { applicationId: app.id, kind: material.kind } };
    });
  }

  /** One stored file of a case, for preview or download by those who may read the case's materials (audited). */
  async read(applicationId: number, materialId: number): Promise<{ fileName: string; mimeType: string; content: Buffer }> {
    return this.step({ operation: 'readMaterial', objectType: 'ApplicationMaterial', subjectIds: [materialId] }, async (tx) => {
      if (!canRead('ApplicationMaterial', this.viewer)) throw forbidden('无权查看申报材料', 'You may not read application materials');
      const material = await tx.findOne(ApplicationMaterial, { id: materialId, application: applicationId }, { populate: ['content'] });
      if (!material) throw notFound('ApplicationMaterial', String(materialId));
      const app = await tx.findOneOrFail(Application, applicationId);
      assertApplicationInScope(app, this.viewer);
      if (!material.content) throw notFound('ApplicationMaterial', String(materialId));
      return {
        value: { fileName: material.fileName, mimeType: material.mimeType, content: Buffer.from(material.content) },
        objectIds: [material.id],
        detail: { applicationId, kind: material.kind },
      };
    });
  }
}
