import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Role } from '../modules/identity/role';
import type { PiiCipher } from '../domain/pii';
import type { AuditDb } from '../modules/audit/audit.service';
import type { Loaders } from './loaders';

/** The signed-in user as the request sees it. */
export interface Viewer {
  userId: number;
  username: string;
  role: Role;
  /** Division the account is bound to (county bureau), else null. */
  divisionId: number | null;
  enterpriseId: number | null;
  expertId: number | null;
  /**
   * An administrator reset the password: until the user sets a new one, the session may only
   * read who it is (`me`), change the password and sign out (graphql/auth.ts enforces it).
   */
  mustChangePassword?: boolean;
}

/** Per-request context: one EntityManager fork per request (type-graphql's mikro-orm example). */
export interface Context {
  em: EntityManager;
  viewer: Viewer | null;
  log: Logger;
  requestId: string;
  loaders: Loaders;
  /** The session token this request came with, if any. */
  token: string | null;
  /** Client address, for the audit trail. */
  ip: string | null;
  /** Adds a Set-Cookie header to the response (log-in and log-out use it). */
  setCookie(header: string): void;
  /** Whether the request is served over HTTPS (cookies are then marked Secure). */
  secure: boolean;
  /** Decrypts personal data for the roles allowed to see it in clear. */
  pii: PiiCipher;
  /**
   * Where audit records of this request go: `em` itself (same transaction) on the primary; a
   * separate pool on the primary when the request reads from a replica.
   */
  auditDb: AuditDb;
}
