/**
 * The deployment's sign-in policy: whether the privileged roles must use a second factor
 * (production), the sessions' absolute lifetime, and the cipher that seals TOTP secrets.
 *
 * It is attached to the ORM's configuration object when the platform starts, so that every
 * IdentityService on a fork of that ORM — in the GraphQL resolvers, in the HTTP pipeline's
 * session look-up, in the spreadsheet and document routes — applies the same policy without
 * each caller having to pass it along; two platforms in one process (the tests) keep theirs.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config';
import type { PiiCipher } from '../../domain/pii';

export interface IdentityPolicy {
  /** Privileged roles (SECOND_FACTOR_ROLES) must sign in with a second factor. */
  secondFactorRequired: boolean;
  /** A session ends this long after its log-in, active or not. */
  sessionMaxHours: number;
  /** Seals TOTP secrets at rest; without it enrolment is refused. */
  pii: PiiCipher | null;
}

export const DEFAULT_IDENTITY_POLICY: IdentityPolicy = { secondFactorRequired: false, sessionMaxHours: 12, pii: null };

const policies = new WeakMap<object, IdentityPolicy>();

export function identityPolicyFromConfig(config: Config, pii: PiiCipher): IdentityPolicy {
  return { secondFactorRequired: config.NODE_ENV === 'production', sessionMaxHours: config.TECHVP_SESSION_MAX_HOURS, pii };
}

/** Attaches `policy` to an ORM (anything with `em.config`), for every EntityManager forked from it. */
export function attachIdentityPolicy(orm: { em: { config: object } }, policy: IdentityPolicy): void {
  policies.set(orm.em.config, policy);
}

export function identityPolicyOf(em: EntityManager): IdentityPolicy {
  return policies.get(em.config) ?? DEFAULT_IDENTITY_POLICY;
}
