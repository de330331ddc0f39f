import { Entity, Index, ManyToOne, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from './user.entity';

/**
 * A log-in session, kept in PostgreSQL so any server behind the load balancer can serve it.
 * Only the SHA-256 of the token is stored.
 */
@Entity()
export class UserSession {
  @PrimaryKey({ length: 64 })
  tokenHash!: string;

  @ManyToOne(() => User)
  @Index()
  user!: User;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Property({ columnType: 'timestamptz' })
  lastSeenAt!: Date;

  @Property({ columnType: 'timestamptz', nullable: true })
  revokedAt?: Date;
}
