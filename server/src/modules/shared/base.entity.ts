import { Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { encodeNodeId } from '../../graphql/node';

/**
 * Columns every table has: a serial id and creation / update instants. Their GraphQL fields
 * come from the Node interface (graphql/node.ts) that every entity type implements.
 */

export abstract class BaseEntity {
  @PrimaryKey()
  id!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();

  /** Global id for `node(nodeId)`; the GraphQL type name equals the class name. */
  get nodeId(): string & Opt {
    return encodeNodeId(this.constructor.name, this.id);
  }
}
