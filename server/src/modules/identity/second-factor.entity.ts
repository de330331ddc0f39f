import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from './user.entity';

/** One of an account's one-time recovery codes; only its argon2id hash is stored. */
@Entity({ tableName: 'user_recovery_code' })
export class UserRecoveryCode {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  @Index()
  user!: User;

  @Property({ columnType: 'text' })
  codeHash!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt!: Date;

  @Property({ columnType: 'timestamptz', nullable: true })
  usedAt?: Date;
}

export enum ChallengePurpose {
  /** Password accepted; the TOTP code or a recovery code completes the log-in. */
  SECOND_FACTOR = 'SECOND_FACTOR',
  /** Password accepted; the account must enrol a second factor first (production, privileged roles). */
  ENROL = 'ENROL',
}

/**
 * The short-lived state between the password and the second factor: not a session (it opens
 * nothing but the next step). Kept in PostgreSQL so any server can finish the log-in; only the
 * SHA-256 of its token is stored.
 */
@Entity({ tableName: 'login_challenge' })
@Check({ name: 'login_challenge_expiry', expression: 'expires_at > created_at' })
export class LoginChallenge {
  @PrimaryKey({ length: 64 })
  tokenHash!: string;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  @Index()
  user!: User;

  @Enum(() => ChallengePurpose)
  purpose!: ChallengePurpose;

  @Property({ columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ columnType: 'timestamptz' })
  expiresAt!: Date;

  @Property({ columnType: 'timestamptz', nullable: true })
  usedAt?: Date;
}
