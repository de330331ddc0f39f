import { Field, ID, Int, InterfaceType } from 'type-graphql';
import { badInput } from './errors';
import { DateTime } from './scalars';

/** Global object id: base64url of `Type:id`, so `node(nodeId)` can find any record. */
export function encodeNodeId(typeName: string, id: number): string {
  return Buffer.from(`${typeName}:${id}`).toString('base64url');
}

export function decodeNodeId(nodeId: string): { typeName: string; id: number } {
  const text = Buffer.from(nodeId, 'base64url').toString('utf8');
  const m = /^([A-Za-z]+):(\d{1,10})$/.exec(text);
  // Row ids are positive int4 values; anything else is not one of ours.
  const id = m ? Number(m[2]) : 0;
  if (!m || id < 1 || id > 2147483647) throw badInput('nodeId', `nodeId 格式错误 / Malformed nodeId "${nodeId}"`);
  return { typeName: m[1], id };
}

@InterfaceType('Node', {
  description: '平台中的一条记录，可按全局编号查找 / A record of the platform, fetchable by its global id with node(nodeId)',
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Node {
  @Field(() => ID, { description: '全局编号，用于 node(nodeId) / Global id, for node(nodeId)' })
  nodeId!: string;

  @Field(() => Int, { description: '行号（本表内唯一） / Row id, unique within its table' })
  id!: number;

  @Field(() => DateTime, { description: '创建时间 / When the row was created' })
  createdAt!: Date;

  @Field(() => DateTime, { description: '最后修改时间 / When the row was last changed' })
  updatedAt!: Date;
}
