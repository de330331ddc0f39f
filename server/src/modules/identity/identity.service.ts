/**
 * Log-in, sessions and account administration.
 *
 * 等保 2.0 level 3, 8.1.4.1 身份鉴别: (a) unique identification and complex passwords,
 * (b) log-in failure handling — limited attempts, then lock-out — and sessions that end after
 * idling or after an absolute lifetime; (d) two factors, one cryptographic, for the privileged roles
 * (second-factor.ts); 8.1.4.3 安全审计: every attempt and every administrative action is audited.
 */
import { createHash, randomBytes } from 'node:crypto';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound } from '../../graphql/errors';
import type { Viewer } from '../../graphql/context';
import { AuditService } from '../audit/audit.service';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Expert } from '../expert/expert.entity';
import { Division } from '../geo/division.entity';
import {
  accountInactive,
  accountLocked,
  challengeInvalid,
  secondFactorPending,
  secondFactorReplayed,
  secondFactorRequiredForRole,
  secondFactorUnavailable,
  totpAlreadyEnabled,
  totpNotEnabled,
  usernameTaken,
  weakPassword,
  wrongCredentials,
  wrongEnrolmentCode,
  wrongSecondFactor,
} from './identity.errors';
import { AccountAction, accountActionRefusal } from './account-actions';
import { IdentityPolicy, identityPolicyOf } from './identity.policy';
import { dummyPasswordHash, hashPassword, passwordPolicyProblems, verifyPassword } from './password';
import { Role } from './role';
import {
  CHALLENGE_MINUTES,
  isTotpCodeShape,
  newRecoveryCodes,
  newTotpSecret,
  normaliseRecoveryCode,
  qrCodeDataUrl,
  SECOND_FACTOR_ROLES,
  totpStep,
  totpUri,
} from './second-factor';
import { ChallengePurpose } from './second-factor.entity';
import { User } from './user.entity';

/** Log-in failure handling (等保 8.1.4.1 b): 5 consecutive failures lock the account for 30 minutes. */
export const LOGIN_LOCKOUT = { maxFailures: 5, lockMinutes: 30 } as const;
/** A session ends after 30 minutes without a request (等保 8.1.4.1 b, 连接超时自动退出). */
export const SESSION_IDLE_MINUTES = 30;
/** `last_seen_at` is written at most once a minute per session. */
export const SESSION_TOUCH_SECONDS = 60;

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{2,63}$/;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export interface LoginMeta {
  ip?: string;
  userAgent?: string;
}

export interface LoginResult {
  /** Give this to the client; only its SHA-256 is stored. */
  token: string;
  user: User;
  viewer: Viewer;
}

/** What a correct password leads to: a session, or the second step of the log-in. */
export type SignInStatus = 'SIGNED_IN' | 'SECOND_FACTOR_REQUIRED' | 'ENROLMENT_REQUIRED';

export type SignInResult =
  | ({ status: 'SIGNED_IN' } & LoginResult)
  | {
      status: 'SECOND_FACTOR_REQUIRED' | 'ENROLMENT_REQUIRED';
      user: User;
      /** Opens nothing but the next step (verifySecondFactor or the enrolment); 5 minutes. */
      challengeToken: string;
      challengeExpiresAt: Date;
    };

/** A TOTP secret offered for enrolment: scan the QR code, or type the secret. */
export interface TotpEnrolmentOffer {
  secret: string;
  otpauthUri: string;
  qrCodeDataUrl: string;
}

/** Who enrols: the holder of an ENROL challenge (during log-in), or a signed-in viewer. */
export type EnrolmentSubject = { challengeToken: string } | { viewer: Viewer };

export interface EnrolmentResult {
  /** Shown once; only their argon2id hashes are stored. */
  recoveryCodes: string[];
  /** With a challenge, the log-in completes: the new session. */
  session: LoginResult | null;
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  role: Role;
  divisionId?: number | null;
  enterpriseId?: number | null;
  expertId?: number | null;
  password: string;
}

/** Who performs an administrative action, for the audit record (a Viewer fits). */
export interface Actor {
  username: string;
  role: string;
}

/** Which role needs which binding (also enforced by the user_*_bound checks). */
const BINDINGS = [
  { field: 'divisionId', role: Role.COUNTY_BUREAU, zh: '行政区划', en: 'division', table: 'division' },
  { field: 'enterpriseId', role: Role.ENTERPRISE, zh: '企业', en: 'enterprise', table: 'enterprise' },
  { field: 'expertId', role: Role.EXPERT, zh: '专家', en: 'expert', table: 'expert' },
] as const;

type Row = Record<string, unknown>;

interface Account {
  id: number;
  username: string;
  role: string;
  passwordHash: string | null;
  active: boolean;
  lockedUntil: Date | null;
}

type Outcome =
  | { ok: true; token: string; viewer: Viewer }
  | { ok: true; token: null; challenge: { token: string; expiresAt: Date; purpose: ChallengePurpose }; userId: number }
  | { ok: false; reason: 'LOCKED' | 'INACTIVE' | 'WRONG_PASSWORD'; lockedUntil: Date | null };

type FactorOutcome =
  | { ok: true; token: string; viewer: Viewer }
  | { ok: false; reason: 'LOCKED' | 'INACTIVE' | 'WRONG_SECOND_FACTOR' | 'REPLAYED' | 'CHALLENGE'; lockedUntil: Date | null };

type FailureReason = 'WRONG_PASSWORD' | 'WRONG_SECOND_FACTOR' | 'REPLAYED';

export class IdentityService {
  private readonly policy: IdentityPolicy;

  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly clock: () => Date = () => new Date(),
    /** Defaults to the policy the platform attached to this ORM (identity.policy.ts). */
    policy?: IdentityPolicy,
  ) {
    this.policy = policy ?? identityPolicyOf(em);
  }

  /** Whether this account must sign in with a second factor here (production, SECOND_FACTOR_ROLES). */
  secondFactorRequiredFor(role: Role): boolean {
    return this.policy.secondFactorRequired && SECOND_FACTOR_ROLES.includes(role);
  }

  /**
   * Checks a username and password and opens a session. Every attempt is counted and audited,
   * also when many arrive at once: the failure counter is incremented in one UPDATE, so parallel
   * attempts cannot overwrite each other's count. Must not run inside the caller's transaction:
   * a refused attempt is committed before the error is thrown.
   */
  async login(username: string, password: string, meta: LoginMeta = {}): Promise<LoginResult> {
    const result = await this.signIn(username, password, meta);
    if (result.status !== 'SIGNED_IN') throw secondFactorPending(result.status);
    return result;
  }

  /**
   * The password step of a log-in: a session when the account needs no second factor, else a
   * challenge for the next step — the TOTP or recovery code (enrolled accounts), or the
   * enrolment (privileged roles in production without one). A correct password alone does not
   * reset the failure count when a second factor follows: otherwise each password would buy
   * four more guesses at the code.
   */
  async signIn(username: string, password: string, meta: LoginMeta = {}): Promise<SignInResult> {
    if (this.em.isInTransaction()) {
      throw new Error('IdentityService.login must run outside a transaction: refused attempts have to be committed');
    }
    const now = this.clock();
    const name = typeof username === 'string' ? username.trim() : '';
    const context = { ip: meta.ip?.slice(0, 64) ?? null, userAgent: meta.userAgent?.slice(0, 256) ?? null };
    const account = name && name.length <= 64 ? await this.findAccount(name) : null;
    // Always pay for one argon2 verification, so timing does not tell which usernames exist.
    const verified = await verifyPassword(
      account?.passwordHash ?? (await dummyPasswordHash()),
      typeof password === 'string' ? password : '',
    );
    const passwordOk = verified && !!account?.passwordHash;

    if (!account) {
      await this.audit.record(this.em, {
        username: name || null,
        operation: 'login',
        result: 'DENIED',
        detail: { reason: 'UNKNOWN_USER', ...context },
      });
      throw wrongCredentials();
    }

    const outcome = await this.em.transactional(
      async (tx): Promise<Outcome> => {
        const nowIso = now.toISOString();
        if (passwordOk && account.active && !(account.lockedUntil && account.lockedUntil > now)) {
          // Re-checked under a row lock: a concurrent failure may have locked the account meanwhile.
          const [row] = await tx.execute<Row[]>(
            `select id, username, role, division_id, enterprise_id, expert_id, totp_enabled_at is not null as totp
               from app_user
              where id = ? and active and password_hash is not null and (locked_until is null or locked_until <= ?::timestamptz)
              for update`,
            [account.id, nowIso],
          );
          if (row) {
            const purpose =
              row.totp === true
                ? ChallengePurpose.SECOND_FACTOR
                : this.secondFactorRequiredFor(row.role as Role)
                  ? ChallengePurpose.ENROL
                  : null;
            if (purpose) {
              const challenge = await this.openChallenge(tx, account.id, purpose, now);
              await this.audit.record(tx, {
                username: account.username,
                role: account.role,
                operation: 'loginPassword',
                objectType: 'User',
                objectIds: [account.id],
                result: 'OK',
                detail: { next: purpose, ...context },
              });
              return { ok: true, token: null, challenge: { ...challenge, purpose }, userId: account.id };
            }
            const token = await this.openSession(tx, row, now, { method: 'PASSWORD', ...context });
            return { ok: true, token, viewer: toViewer(row) };
          }
        }
        const failure = await this.recordFailure(tx, account, now, 'WRONG_PASSWORD', context, passwordOk);
        return { ok: false, ...failure };
      },
      { clear: true },
    );

    if (!outcome.ok) {
      // While locked, the answer is the same whether or not the password was right: otherwise the
      // lock would not stop guessing.
      if (outcome.reason === 'LOCKED') throw accountLocked(outcome.lockedUntil!);
      if (outcome.reason === 'INACTIVE') throw accountInactive();
      throw wrongCredentials();
    }
    if (outcome.token === null) {
      const user = await this.em.findOneOrFail(User, outcome.userId, { refresh: true });
      return {
        status: outcome.challenge.purpose === ChallengePurpose.ENROL ? 'ENROLMENT_REQUIRED' : 'SECOND_FACTOR_REQUIRED',
        user,
        challengeToken: outcome.challenge.token,
        challengeExpiresAt: outcome.challenge.expiresAt,
      };
    }
    const user = await this.em.findOneOrFail(User, outcome.viewer.userId, { refresh: true });
    return { status: 'SIGNED_IN', token: outcome.token, user, viewer: outcome.viewer };
  }

  /**
   * The second step of a log-in: the current TOTP code, or one of the recovery codes (each works
   * once). Wrong codes and replays count toward the same lockout as wrong passwords; a code of a
   * step already used is refused. Must run outside a transaction, like login.
   */
  async verifySecondFactor(challengeToken: string, code: string, meta: LoginMeta = {}): Promise<LoginResult> {
    if (this.em.isInTransaction()) {
      throw new Error('IdentityService.verifySecondFactor must run outside a transaction: refused attempts have to be committed');
    }
    const now = this.clock();
    const context = { ip: meta.ip?.slice(0, 64) ?? null, userAgent: meta.userAgent?.slice(0, 256) ?? null };
    const challenge = await this.findChallenge(challengeToken, ChallengePurpose.SECOND_FACTOR, now);
    const input = typeof code === 'string' ? code.trim() : '';
    const outcome = await this.em.transactional(
      async (tx): Promise<FactorOutcome> => {
        const nowIso = now.toISOString();
        const [row] = await tx.execute<Row[]>(
          `select id, username, role, division_id, enterprise_id, expert_id, active, totp_secret, totp_last_step,
                  (extract(epoch from locked_until) * 1000)::float8 as locked_until_ms
             from app_user where id = ? for update`,
          [challenge.userId],
        );
        const account = row ? accountOf(row) : null;
        if (!row || !account || !row.totp_secret) return { ok: false, reason: 'CHALLENGE', lockedUntil: null };
        if (!account.active) return { ok: false, reason: 'INACTIVE', lockedUntil: null };
        if (account.lockedUntil && account.lockedUntil > now) {
          // While locked no code is even looked at (a right one would otherwise be used up), but
          // the attempt counts, as with passwords.
          await this.recordFailure(tx, account, now, 'WRONG_SECOND_FACTOR', context, false);
          return { ok: false, reason: 'LOCKED', lockedUntil: account.lockedUntil };
        }
        let method: 'TOTP' | 'RECOVERY_CODE' | null = null;
        let failure: FailureReason = 'WRONG_SECOND_FACTOR';
        if (isTotpCodeShape(input)) {
          const step = totpStep(this.requirePii().decrypt(String(row.totp_secret)), input, now);
          if (step !== null && (row.totp_last_step === null || step > Number(row.totp_last_step))) {
            await tx.execute('update app_user set totp_last_step = ? where id = ?', [step, account.id]);
            method = 'TOTP';
          } else if (step !== null) failure = 'REPLAYED';
        } else {
          const recovery = normaliseRecoveryCode(input);
          if (recovery && (await this.useRecoveryCode(tx, account, recovery, now, context))) method = 'RECOVERY_CODE';
        }
        if (method) {
          const [claimed] = await tx.execute<Row[]>(
            'update login_challenge set used_at = ?::timestamptz where token_hash = ? and used_at is null returning user_id',
            [nowIso, challenge.hash],
          );
          if (!claimed) return { ok: false, reason: 'CHALLENGE', lockedUntil: null };
          const token = await this.openSession(tx, row, now, { method, ...context });
          return { ok: true, token, viewer: toViewer(row) };
        }
        const counted = await this.recordFailure(tx, account, now, failure, context, false);
        return { ok: false, reason: counted.reason === 'LOCKED' ? 'LOCKED' : failure, lockedUntil: counted.lockedUntil };
      },
      { clear: true },
    );
    if (!outcome.ok) {
      if (outcome.reason === 'LOCKED') throw accountLocked(outcome.lockedUntil!);
      if (outcome.reason === 'INACTIVE') throw accountInactive();
      if (outcome.reason === 'CHALLENGE') throw challengeInvalid();
      if (outcome.reason === 'REPLAYED') throw secondFactorReplayed();
      throw wrongSecondFactor();
    }
    const user = await this.em.findOneOrFail(User, outcome.viewer.userId, { refresh: true });
    return { token: outcome.token, user, viewer: outcome.viewer };
  }

  /**
   * Offers a new TOTP secret (kept sealed as pending until a code confirms it). An account with
   * a second factor enrolled must have it reset by the administrator, or disable it, first.
   */
  async beginTotpEnrolment(subject: EnrolmentSubject): Promise<TotpEnrolmentOffer> {
    const pii = this.requirePii();
    const userId = await this.enrolmentUser(subject);
    const secret = newTotpSecret();
    return this.em.transactional(
      async (tx) => {
        const user = await this.requireUser(tx, userId);
        await tx.populate(user, ['totpSecret']);
        if (user.totpEnabledAt) throw totpAlreadyEnabled();
        user.totpPendingSecret = pii.encrypt(secret);
        await tx.flush();
        const otpauthUri = totpUri(secret, user.username);
        return { secret, otpauthUri, qrCodeDataUrl: await qrCodeDataUrl(otpauthUri) };
      },
      { clear: true },
    );
  }

  /**
   * Confirms the pending secret with a code from the app: the second factor is enabled and ten
   * recovery codes are returned, once. With an ENROL challenge, the log-in then completes.
   */
  async confirmTotpEnrolment(subject: EnrolmentSubject, code: string, meta: LoginMeta = {}): Promise<EnrolmentResult> {
    const pii = this.requirePii();
    const now = this.clock();
    const context = { ip: meta.ip?.slice(0, 64) ?? null, userAgent: meta.userAgent?.slice(0, 256) ?? null };
    const userId = await this.enrolmentUser(subject);
    const challenge = 'challengeToken' in subject ? await this.findChallenge(subject.challengeToken, ChallengePurpose.ENROL, now) : null;
    const input = typeof code === 'string' ? code.trim() : '';
    const recoveryCodes = newRecoveryCodes();
    const hashes = await Promise.all(recoveryCodes.map((c) => hashPassword(normaliseRecoveryCode(c)!)));
    const result = await this.em.transactional(
      async (tx) => {
        const nowIso = now.toISOString();
        const [row] = await tx.execute<Row[]>(
          `select id, username, role, division_id, enterprise_id, expert_id, active, totp_pending_secret, totp_enabled_at
             from app_user where id = ? for update`,
          [userId],
        );
        if (!row || row.active !== true) throw accountInactive();
        if (row.totp_enabled_at) throw totpAlreadyEnabled();
        if (!row.totp_pending_secret) throw wrongEnrolmentCode(true);
        const secret = pii.decrypt(String(row.totp_pending_secret));
        const step = isTotpCodeShape(input) ? totpStep(secret, input, now) : null;
        if (step === null) throw wrongEnrolmentCode(false);
        await tx.execute(
          `update app_user set totp_secret = ?, totp_pending_secret = null, totp_enabled_at = ?::timestamptz, totp_last_step = ?
            where id = ?`,
          [pii.encrypt(secret), nowIso, step, userId],
        );
        await tx.execute('delete from user_recovery_code where user_id = ?', [userId]);
        for (const codeHash of hashes) {
          await tx.execute('insert into user_recovery_code (user_id, code_hash, created_at) values (?, ?, ?::timestamptz)', [
            userId,
            codeHash,
            nowIso,
          ]);
        }
        await this.audit.record(tx, {
          username: String(row.username),
          role: String(row.role),
          operation: 'enrolTotp',
          objectType: 'User',
          objectIds: [userId],
          result: 'OK',
          detail: { recoveryCodes: recoveryCodes.length, duringLogin: challenge !== null, ...context },
        });
        if (!challenge) return { token: null, row };
        const [claimed] = await tx.execute<Row[]>(
          'update login_challenge set used_at = ?::timestamptz where token_hash = ? and used_at is null returning user_id',
          [nowIso, challenge.hash],
        );
        if (!claimed) throw challengeInvalid();
        return { token: await this.openSession(tx, row, now, { method: 'TOTP_ENROLMENT', ...context }), row };
      },
      { clear: true },
    );
    if (!result.token) return { recoveryCodes, session: null };
    const viewer = toViewer(result.row);
    const user = await this.em.findOneOrFail(User, userId, { refresh: true });
    return { recoveryCodes, session: { token: result.token, user, viewer } };
  }

  /**
   * A user turns their own second factor off, proving it with a current code or a recovery
   * code. Refused where the role requires it (production, SECOND_FACTOR_ROLES).
   */
  async disableTotp(viewer: Viewer, code: string): Promise<void> {
    if (this.secondFactorRequiredFor(viewer.role)) throw secondFactorRequiredForRole(viewer.role);
    const pii = this.requirePii();
    const now = this.clock();
    const input = typeof code === 'string' ? code.trim() : '';
    await this.em.transactional(
      async (tx) => {
        const [row] = await tx.execute<Row[]>(
          'select id, username, role, active, totp_secret, totp_last_step, null::float8 as locked_until_ms from app_user where id = ? for update',
          [viewer.userId],
        );
        if (!row?.totp_secret) throw totpNotEnabled();
        let ok: boolean;
        if (isTotpCodeShape(input)) {
          const step = totpStep(pii.decrypt(String(row.totp_secret)), input, now);
          ok = step !== null && (row.totp_last_step === null || step > Number(row.totp_last_step));
        } else {
          const recovery = normaliseRecoveryCode(input);
          ok = !!recovery && (await this.useRecoveryCode(tx, accountOf(row)!, recovery, now, {}));
        }
        if (!ok) throw wrongEnrolmentCode(false);
        await this.clearSecondFactor(tx, viewer.userId);
        await this.audit.record(tx, {
          username: viewer.username,
          role: viewer.role,
          operation: 'disableTotp',
          objectType: 'User',
          objectIds: [viewer.userId],
          result: 'OK',
        });
      },
      { clear: true },
    );
  }

  /**
   * The administrator removes an account's second factor (a lost phone): secret and recovery
   * codes are deleted and its sessions end; a privileged account enrols again at its next log-in.
   */
  async resetSecondFactor(userId: number, actor?: Actor): Promise<User> {
    return this.em.transactional(
      async (tx) => {
        const user = await this.requireUser(tx, userId);
        const had = !!user.totpEnabledAt;
        await this.clearSecondFactor(tx, userId);
        const ended = await this.revokeSessions(tx, userId);
        await this.recordAdmin(tx, actor, 'resetSecondFactor', user, { hadSecondFactor: had, sessionsEnded: ended });
        await tx.refresh(user);
        return user;
      },
      { clear: true },
    );
  }

  /**
   * The viewer for a session token, or null when the token is unknown, revoked, idle for more than
   * 30 minutes, older than the absolute lifetime (TECHVP_SESSION_MAX_HOURS), or its account is
   * disabled or — where a second factor is required — has none (a session from before the
   * requirement). Refreshes `last_seen_at` at most once a minute.
   */
  async authenticate(token: string): Promise<Viewer | null> {
    if (typeof token !== 'string' || !TOKEN_SHAPE.test(token)) return null;
    const now = this.clock();
    const hash = tokenHash(token);
    const [row] = await this.em.execute<Row[]>(
      `select (extract(epoch from s.last_seen_at) * 1000)::float8 as last_seen_ms, s.revoked_at is not null as revoked,
              (extract(epoch from s.created_at) * 1000)::float8 as created_ms, u.totp_enabled_at is not null as totp,
              u.id, u.username, u.role, u.division_id, u.enterprise_id, u.expert_id, u.active, u.must_change_password
         from user_session s join app_user u on u.id = s.user_id
        where s.token_hash = ?`,
      [hash],
    );
    if (!row || row.revoked || !row.active) return null;
    const idleMs = now.getTime() - Number(row.last_seen_ms);
    const nowIso = now.toISOString();
    const ageMs = now.getTime() - Number(row.created_ms);
    const missingFactor = row.totp !== true && this.secondFactorRequiredFor(row.role as Role);
    if (idleMs > SESSION_IDLE_MINUTES * 60_000 || ageMs > this.policy.sessionMaxHours * 3_600_000 || missingFactor) {
      // Make the expiry final, whatever another server's clock says later.
      await this.em.execute('update user_session set revoked_at = ?::timestamptz where token_hash = ? and revoked_at is null', [
        nowIso,
        hash,
      ]);
      return null;
    }
    if (idleMs >= SESSION_TOUCH_SECONDS * 1000) {
      await this.em.execute(
        'update user_session set last_seen_at = ?::timestamptz where token_hash = ? and revoked_at is null and last_seen_at < ?::timestamptz',
        [nowIso, hash, nowIso],
      );
    }
    return toViewer(row);
  }

  /** Ends one session; false when the token was unknown or already ended. */
  async logout(token: string): Promise<boolean> {
    if (typeof token !== 'string' || !TOKEN_SHAPE.test(token)) return false;
    const nowIso = this.clock().toISOString();
    return this.em.transactional(
      async (tx) => {
        const [row] = await tx.execute<Row[]>(
          `update user_session s set revoked_at = ?::timestamptz from app_user u
            where u.id = s.user_id and s.token_hash = ? and s.revoked_at is null
            returning u.id, u.username, u.role`,
          [nowIso, tokenHash(token)],
        );
        if (!row) return false;
        await this.audit.record(tx, {
          username: String(row.username),
          role: String(row.role),
          operation: 'logout',
          objectType: 'User',
          objectIds: [Number(row.id)],
          result: 'OK',
        });
        return true;
      },
      { clear: true },
    );
  }

  /** Ends every open session of a user; returns how many were open. */
  async logoutAll(userId: number, actor?: Actor): Promise<number> {
    return this.em.transactional(
      async (tx) => {
        const user = await this.requireUser(tx, userId);
        const ended = await this.revokeSessions(tx, userId);
        await this.recordAdmin(tx, actor, 'logoutAll', user, { sessions: ended });
        return ended;
      },
      { clear: true },
    );
  }

  /** Creates an account (administrators only; the GraphQL layer checks the role). */
  async createUser(input: CreateUserInput, actor?: Actor, opts: { allowDemoPassword?: boolean } = {}): Promise<User> {
    const username = typeof input.username === 'string' ? input.username.trim() : '';
    if (!USERNAME.test(username)) {
      throw badInput(
        'username',
        '用户名须为3至64位字母、数字或 . _ @ -，以字母或数字开头 / The username must be 3 to 64 letters, digits or . _ @ -, starting with a letter or digit',
      );
    }
    const displayName = typeof input.displayName === 'string' ? input.displayName.trim() : '';
    if (!displayName || [...displayName].length > 64) {
      throw badInput('displayName', '显示名称须为1至64个字符 / The display name must have 1 to 64 characters');
    }
    if (!Object.values(Role).includes(input.role)) {
      throw badInput('role', `未知角色 ${String(input.role)} / Unknown role ${String(input.role)}`);
    }
    const ids: Record<string, number | null> = {};
    for (const b of BINDINGS) {
      const value = input[b.field] ?? null;
      if (value !== null && !(Number.isInteger(value) && value > 0)) {
        throw badInput(b.field, `${b.field} 须为正整数 / ${b.field} must be a positive integer`);
      }
      if (input.role === b.role && value === null) {
        throw badInput(
          b.field,
          `${b.role} 账号须绑定${b.zh}（${b.field}） / A ${b.role} account must be bound to its ${b.en} (${b.field})`,
        );
      }
      if (input.role !== b.role && value !== null) {
        throw badInput(b.field, `${b.field} 仅适用于 ${b.role} 账号 / ${b.field} applies only to ${b.role} accounts`);
      }
      ids[b.field] = value;
    }
    const problems = passwordPolicyProblems(input.password, username, opts);
    if (problems.length) throw weakPassword(problems);

    for (const b of BINDINGS) {
      const id = ids[b.field];
      if (id === null) continue;
      // Existence only, through a function: administrators see no business rows themselves.
      const [row] = await this.em.execute<Row[]>('select techvp_binding_exists(?, ?) as found', [b.table, id]);
      if (!row?.found) throw badInput(b.field, `${b.zh} ${id} 不存在 / ${b.en} ${id} not found`);
    }
    const [taken] = await this.em.execute<Row[]>('select 1 as taken from app_user where username = ?', [username]);
    if (taken) throw usernameTaken(username);

    const passwordHash = await hashPassword(input.password);
    try {
      return await this.em.transactional(
        async (tx) => {
          // `new` rather than em.create(): BaseEntity's nodeId getter makes em.create()'s typing demand it.
          const user = new User();
          user.username = username;
          user.displayName = displayName;
          user.role = input.role;
          if (ids.divisionId !== null) user.division = tx.getReference(Division, ids.divisionId);
          if (ids.enterpriseId !== null) user.enterprise = tx.getReference(Enterprise, ids.enterpriseId);
          if (ids.expertId !== null) user.expert = tx.getReference(Expert, ids.expertId);
          user.passwordHash = passwordHash;
          await tx.persist(user).flush();
          await this.recordAdmin(tx, actor, 'createUser', user, {
            username,
            role: input.role,
            divisionId: ids.divisionId ?? undefined,
            enterpriseId: ids.enterpriseId ?? undefined,
            expertId: ids.expertId ?? undefined,
          });
          return user;
        },
        { clear: true },
      );
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw usernameTaken(username);
      throw err;
    }
  }

  /** Sets a new password (policy enforced) and ends the user's sessions. */
  async setPassword(userId: number, password: string, actor?: Actor): Promise<void> {
    const existing = await this.em.fork().findOne(User, userId);
    if (!existing) throw notFound('User', String(userId));
    const problems = passwordPolicyProblems(password, existing.username);
    if (problems.length) throw weakPassword(problems);
    const passwordHash = await hashPassword(password);
    await this.em.transactional(
      async (tx) => {
        const user = await this.requireUser(tx, userId);
        user.passwordHash = passwordHash;
        await tx.flush();
        const ended = await this.revokeSessions(tx, userId);
        await this.recordAdmin(tx, actor, 'setPassword', user, { sessionsEnded: ended });
      },
      { clear: true },
    );
  }

  /** Enables or disables an account; disabling ends its sessions. */
  async setActive(userId: number, active: boolean, actor?: Actor): Promise<User> {
    if (typeof active !== 'boolean') throw badInput('active', 'active 须为布尔值 / active must be true or false');
    return this.em.transactional(
      async (tx) => {
        const user = await this.requireUser(tx, userId);
        const refused = active ? null : accountActionRefusal(AccountAction.DISABLE, user, actor?.username);
        if (refused) throw refused;
        const before = user.active;
        user.active = active;
        await tx.flush();
        const ended = active ? 0 : await this.revokeSessions(tx, userId);
        await this.recordAdmin(tx, actor, 'setActive', user, { active, before, sessionsEnded: ended });
        return user;
      },
      { clear: true },
    );
  }

  /** Lifts a log-in lock and clears the failure count. */
  async unlock(userId: number, actor?: Actor): Promise<User> {
    return this.em.transactional(
      async (tx) => {
        const user = await this.requireUser(tx, userId);
        const detail = { failedAttempts: user.failedAttempts, lockedUntil: user.lockedUntil?.toISOString() };
        user.failedAttempts = 0;
        user.lockedUntil = undefined;
        await tx.flush();
        await this.recordAdmin(tx, actor, 'unlock', user, detail);
        return user;
      },
      { clear: true },
    );
  }

  /** Opens a session (the failure count starts again) and audits the log-in. */
  private async openSession(tx: EntityManager, row: Row, now: Date, detail: Record<string, unknown>): Promise<string> {
    const nowIso = now.toISOString();
    await tx.execute('update app_user set failed_attempts = 0, locked_until = null, last_login_at = ?::timestamptz where id = ?', [
      nowIso,
      row.id,
    ]);
    const token = randomBytes(32).toString('base64url');
    await tx.execute(
      'insert into user_session (token_hash, user_id, created_at, last_seen_at) values (?, ?, ?::timestamptz, ?::timestamptz)',
      [tokenHash(token), row.id, nowIso, nowIso],
    );
    await this.audit.record(tx, {
      username: String(row.username),
      role: String(row.role),
      operation: 'login',
      objectType: 'User',
      objectIds: [Number(row.id)],
      result: 'OK',
      detail,
    });
    return token;
  }

  /**
   * One atomic UPDATE per refused attempt, password or second factor alike. Attempts while locked
   * count too but do not extend the lock; the first failure after a lock has expired starts a new
   * count.
   */
  private async recordFailure(
    tx: EntityManager,
    account: Account,
    now: Date,
    failure: FailureReason,
    context: Record<string, unknown>,
    passwordOk: boolean,
  ): Promise<{ reason: 'LOCKED' | 'INACTIVE' | 'WRONG_PASSWORD'; lockedUntil: Date | null }> {
    const nowIso = now.toISOString();
    const [row] = await tx.execute<Row[]>(
      `update app_user set
         failed_attempts = case when locked_until <= ?::timestamptz then 1 else failed_attempts + 1 end,
         locked_until = case
           when locked_until > ?::timestamptz then locked_until
           when (case when locked_until <= ?::timestamptz then 1 else failed_attempts + 1 end) >= ? then ?::timestamptz
           else null end
       where id = ?
       returning failed_attempts, active, (extract(epoch from locked_until) * 1000)::float8 as locked_until_ms`,
      [nowIso, nowIso, nowIso, LOGIN_LOCKOUT.maxFailures, addMinutes(now, LOGIN_LOCKOUT.lockMinutes).toISOString(), account.id],
    );
    const lockedUntil = row.locked_until_ms === null ? null : new Date(Number(row.locked_until_ms));
    const reason = lockedUntil && lockedUntil > now ? 'LOCKED' : passwordOk && !row.active ? 'INACTIVE' : 'WRONG_PASSWORD';
    const audited = reason !== 'WRONG_PASSWORD' ? reason : failure === 'WRONG_PASSWORD' && !account.passwordHash ? 'NO_PASSWORD' : failure;
    await this.audit.record(tx, {
      username: account.username,
      role: account.role,
      operation: failure === 'WRONG_PASSWORD' ? 'login' : 'loginSecondFactor',
      objectType: 'User',
      objectIds: [account.id],
      result: 'DENIED',
      detail: {
        reason: audited,
        failedAttempts: Number(row.failed_attempts),
        lockedUntil: reason === 'LOCKED' ? lockedUntil?.toISOString() : undefined,
        ...context,
      },
    });
    return { reason, lockedUntil };
  }

  private async openChallenge(tx: EntityManager, userId: number, purpose: ChallengePurpose, now: Date) {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = addMinutes(now, CHALLENGE_MINUTES);
    // An account has one open challenge at a time: a new password step ends the previous one.
    await tx.execute('delete from login_challenge where user_id = ? and used_at is null', [userId]);
    await tx.execute(
      'insert into login_challenge (token_hash, user_id, purpose, created_at, expires_at) values (?, ?, ?, ?::timestamptz, ?::timestamptz)',
      [tokenHash(token), userId, purpose, now.toISOString(), expiresAt.toISOString()],
    );
    return { token, expiresAt };
  }

  private async findChallenge(token: string, purpose: ChallengePurpose, now: Date): Promise<{ userId: number; hash: string }> {
    if (typeof token !== 'string' || !TOKEN_SHAPE.test(token)) throw challengeInvalid();
    const hash = tokenHash(token);
    const [row] = await this.em.execute<Row[]>(
      `select user_id from login_challenge
        where token_hash = ? and purpose = ? and used_at is null and expires_at > ?::timestamptz`,
      [hash, purpose, now.toISOString()],
    );
    if (!row) throw challengeInvalid();
    return { userId: Number(row.user_id), hash };
  }

  private async enrolmentUser(subject: EnrolmentSubject): Promise<number> {
    if ('viewer' in subject) return subject.viewer.userId;
    return (await this.findChallenge(subject.challengeToken, ChallengePurpose.ENROL, this.clock())).userId;
  }

  /** Marks the matching unused recovery code used (audited); false when none matches. */
  private async useRecoveryCode(tx: EntityManager, account: Account, code: string, now: Date, context: Record<string, unknown>) {
    const codes = await tx.execute<Row[]>(
      'select id, code_hash from user_recovery_code where user_id = ? and used_at is null order by id',
      [account.id],
    );
    for (const c of codes) {
      if (!(await verifyPassword(String(c.code_hash), code))) continue;
      const [used] = await tx.execute<Row[]>(
        'update user_recovery_code set used_at = ?::timestamptz where id = ? and used_at is null returning id',
        [now.toISOString(), c.id],
      );
      if (!used) return false;
      await this.audit.record(tx, {
        username: account.username,
        role: account.role,
        operation: 'useRecoveryCode',
        objectType: 'User',
        objectIds: [account.id],
        result: 'OK',
        detail: { remaining: codes.length - 1, ...context },
      });
      return true;
    }
    return false;
  }

  private async clearSecondFactor(tx: EntityManager, userId: number) {
    await tx.execute(
      'update app_user set totp_secret = null, totp_pending_secret = null, totp_enabled_at = null, totp_last_step = null where id = ?',
      [userId],
    );
    await tx.execute('delete from user_recovery_code where user_id = ?', [userId]);
    await tx.execute('delete from login_challenge where user_id = ?', [userId]);
  }

  private requirePii() {
    if (!this.policy.pii) throw secondFactorUnavailable();
    return this.policy.pii;
  }

  private async findAccount(username: string): Promise<Account | null> {
    const [row] = await this.em.execute<Row[]>(
      `select id, username, role, password_hash, active, (extract(epoch from locked_until) * 1000)::float8 as locked_until_ms
         from app_user where username = ?`,
      [username],
    );
    return row ? accountOf(row) : null;
  }

  private async requireUser(tx: EntityManager, userId: number): Promise<User> {
    if (!Number.isInteger(userId) || userId <= 0) throw notFound('User', String(userId));
    // Row lock: concurrent administration of one account is applied one after the other.
    const user = await tx.findOne(User, userId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!user) throw notFound('User', String(userId));
    return user;
  }

  private async revokeSessions(tx: EntityManager, userId: number): Promise<number> {
    const rows = await tx.execute<Row[]>(
      'update user_session set revoked_at = ?::timestamptz where user_id = ? and revoked_at is null returning token_hash',
      [this.clock().toISOString(), userId],
    );
    return rows.length;
  }

  private async recordAdmin(tx: EntityManager, actor: Actor | undefined, operation: string, user: User, detail: Record<string, unknown>) {
    await this.audit.record(tx, {
      username: actor?.username ?? null,
      role: actor?.role ?? null,
      operation,
      objectType: 'User',
      objectIds: [user.id],
      result: 'OK',
      detail: { target: user.username, ...detail },
    });
  }
}

/** Sessions are looked up by the SHA-256 of their token; the token itself is never stored. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

function toViewer(row: Row): Viewer {
  const id = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    userId: Number(row.id),
    username: String(row.username),
    role: row.role as Role,
    divisionId: id(row.division_id),
    enterpriseId: id(row.enterprise_id),
    expertId: id(row.expert_id),
    mustChangePassword: row.must_change_password === true,
  };
}

function accountOf(row: Row): Account | null {
  if (!row) return null;
  return {
    id: Number(row.id),
    username: String(row.username),
    role: String(row.role),
    passwordHash: (row.password_hash as string | null) ?? null,
    active: row.active === true,
    lockedUntil: row.locked_until_ms === null || row.locked_until_ms === undefined ? null : new Date(Number(row.locked_until_ms)),
  };
}

function addMinutes(at: Date, minutes: number): Date {
  return new Date(at.getTime() + minutes * 60_000);
}
