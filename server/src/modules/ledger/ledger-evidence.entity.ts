import { Check, Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars';
import { Node } from '../../graphql/node';
import { User } from '../identity/user.entity';
import { BaseEntity } from '../shared/base.entity';
import { LedgerEntry } from './ledger-entry.entity';

/**
 * 服务佐证文件 / One evidence file of a ledger entry (Art. 7.1: the ledger records each service;
 * the evidence used to stay at the enterprise). Stored like the Art. 13 materials (same types,
 * size limit and SHA-256, materials.service.ts `validateFile`); removed with its entry.
 */
@ObjectType('LedgerEvidence', {
  implements: Node,
  description: '服务台账佐证文件（第七条） / An evidence file of a service ledger entry (Art. 7)',
})
@Entity({ tableName: 'ledger_evidence' })
@Check({ name: 'ledger_evidence_size_positive', expression: 'size_bytes > 0' })
export class LedgerEvidence extends BaseEntity {
  @ManyToOne(() => LedgerEntry, { deleteRule: 'cascade' })
  @Index()
  entry!: LedgerEntry;

  @Field({ description: '文件名 / File name' })
  @Property({ length: 255 })
  fileName!: string;

  @Field({ description: '文件类型 / MIME type' })
  @Property({ length: 128 })
  mimeType!: string;

  @Field(() => Int, { description: '文件大小（字节） / Size in bytes' })
  @Property()
  sizeBytes!: number;

  @Field({ description: 'SHA-256 摘要（十六进制） / SHA-256 digest, hex' })
  @Property({ length: 64 })
  sha256!: string;

  /** The file's bytes. */
  @Property({ type: 'blob', nullable: true, lazy: true })
  content?: Buffer;

  @Field(() => DateTime, { description: '上传时间 / When it was uploaded' })
  @Property({ columnType: 'timestamptz' })
  uploadedAt!: Date;

  @ManyToOne(() => User, { nullable: true })
  uploadedBy?: User;
}
