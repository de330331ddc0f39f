import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars';
import { User } from '../identity/user.entity';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../shared/base.entity';
import { MaterialKind } from './application.enums';
import { Application } from './application.entity';

/** 申报材料文件 / One uploaded document of the Art. 13 checklist. */
@ObjectType('ApplicationMaterial', {
  implements: Node,
  description: '申报材料文件（第十三条） / An uploaded document of the Art. 13 materials checklist',
})
@Entity()
@Check({ name: 'material_size_positive', expression: 'size_bytes > 0' })
export class ApplicationMaterial extends BaseEntity {
  @ManyToOne(() => Application)
  @Index()
  application!: Application;

  @Field(() => MaterialKind, { description: '材料类别 / Which checklist item it satisfies' })
  @Enum(() => MaterialKind)
  kind!: MaterialKind;

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

  /** The file's bytes when stored in the database (null when kept in the configured directory). */
  @Property({ type: 'blob', nullable: true, lazy: true })
  content?: Buffer;

  @Field(() => DateTime, { description: '上传时间 / When it was uploaded' })
  @Property({ columnType: 'timestamptz' })
  uploadedAt!: Date;

  @ManyToOne(() => User, { nullable: true })
  uploadedBy?: User;
}
