import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Look-ups of the public verification page per client and minute, kept in PostgreSQL so that
 * the limit holds across every server behind the load balancer. The client is stored as a
 * keyed hash of its address, never the address itself; rows older than a few minutes are
 * deleted as new ones arrive.
 */
@Entity()
export class VerifyThrottle {
  /** HMAC of the client address (hex, first 32 characters). */
  @PrimaryKey({ length: 32 })
  clientKey!: string;

  /** The minute counted (`date_trunc('minute', now())`). */
  @PrimaryKey({ columnType: 'timestamptz' })
  @Index()
  windowStart!: Date;

  @Property()
  hits!: number;
}
