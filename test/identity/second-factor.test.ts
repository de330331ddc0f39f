/**
 * Two-factor sign-in (等保 2.0 level 3, 8.1.4.1 d) and the sessions' absolute lifetime, on the
 * identity service with a clock the test moves by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PiiCipher } from '@techvp/server';
import { AuditService } from '../../server/dist/modules/audit/audit.service';
import { IdentityService, LOGIN_LOCKOUT } from '../../server/dist/modules/identity/identity.service';
import { Role } from '../../server/dist/modules/identity/role';
import { SECOND_FACTOR_ROLES, totpCode } from '../../server/dist/modules/identity/second-factor';
import { TEST_PII_KEY } from '../support/constants';
import { createMigratedDatabase, ENGINE } from '../support/db';
import { buildUser, GOOD_PASSWORD, manualClock } from './factories';

type Db = Awaited<ReturnType<typeof createMigratedDatabase>>;

describe(`two-factor sign-in on ${ENGINE} PostgreSQL`, () => {
  let db: Db;
  const time = manualClock('2026-11-25T02:00:10.000Z');
  const pii = new PiiCipher(Buffer.from(TEST_PII_KEY, 'base64'));
  const service = (production = false, sessionMaxHours = 12) =>
    new IdentityService(db.orm.em.fork(), new AuditService(time.clock), time.clock, {
      secondFactorRequired: production,
      sessionMaxHours,
      pii,
    });

  beforeAll(async () => {
    db = await createMigratedDatabase();
  });
  afterAll(async () => db?.close());

  async function audit(username: string, operation: string) {
    const { rows } = await db.sql.query<{ result: string; detail: Record<string, unknown> | null }>(
      'select result, detail from audit_log where username = $1 and operation = $2 order by id',
      [username, operation],
    );
    return rows;
  }

  /** Enrols `username` with a session of its own; returns the secret and the recovery codes. */
  async function enrol(username: string, role = Role.ANALYST) {
    const user = await buildUser(service(), { username, role });
    const { viewer } = await service().login(username, GOOD_PASSWORD);
    const offer = await service().beginTotpEnrolment({ viewer });
    const { recoveryCodes } = await service().confirmTotpEnrolment({ viewer }, totpCode(offer.secret, time.clock()));
    return { user, secret: offer.secret, offer, recoveryCodes };
  }

  async function challenge(username: string, production = false) {
    const result = await service(production).signIn(username, GOOD_PASSWORD);
    expect(result.status).toBe('SECOND_FACTOR_REQUIRED');
    return (result as { challengeToken: string }).challengeToken;
  }

  it('enrols with a QR code, seals the secret, stores only hashes of ten recovery codes, and audits it', async () => {
    const { user, secret, offer, recoveryCodes } = await enrol('tina');
    expect(offer.otpauthUri).toMatch(/^otpauth:\/\/totp\/.*tina\?.*secret=[A-Z2-7]+.*period=30/);
    expect(offer.qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(offer.qrCodeDataUrl.split(',')[1], 'base64').toString('utf8')).toContain('<svg');
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const c of recoveryCodes) expect(c).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);

    const { rows } = await db.sql.query('select totp_secret, totp_pending_secret, totp_enabled_at from app_user where id = $1', [user.id]);
    expect(rows[0].totp_enabled_at).not.toBeNull();
    expect(rows[0].totp_pending_secret).toBeNull();
    expect(rows[0].totp_secret).toMatch(/^v1\./);
    expect(rows[0].totp_secret).not.toContain(secret);
    expect(pii.decrypt(rows[0].totp_secret)).toBe(secret);
    const codes = await db.sql.query<{ code_hash: string }>('select code_hash from user_recovery_code where user_id = $1', [user.id]);
    expect(codes.rows).toHaveLength(10);
    for (const { code_hash } of codes.rows) expect(code_hash).toMatch(/^\$argon2id\$/);

    expect(await audit('tina', 'enrolTotp')).toEqual([{ result: 'OK', detail: expect.objectContaining({ recoveryCodes: 10 }) }]);
    const everything = JSON.stringify((await db.sql.query("select detail from audit_log where username = 'tina'")).rows);
    expect(everything).not.toContain(secret);
    for (const c of recoveryCodes) expect(everything).not.toContain(c.slice(0, 5));
  });

  it('refuses to confirm an enrolment with a wrong code and leaves the account without a second factor', async () => {
    const user = await buildUser(service(), { username: 'wrong-wendy' });
    const { viewer } = await service().login('wrong-wendy', GOOD_PASSWORD);
    const offer = await service().beginTotpEnrolment({ viewer });
    const wrong = totpCode(offer.secret, new Date(time.clock().getTime() + 10 * 60_000));
    await expect(service().confirmTotpEnrolment({ viewer }, wrong)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'code' },
    });
    const { rows } = await db.sql.query('select totp_enabled_at, totp_secret from app_user where id = $1', [user.id]);
    expect(rows[0]).toEqual({ totp_enabled_at: null, totp_secret: null });
  });

  it('asks an enrolled account for its code after the password, and the code opens the session', async () => {
    const { secret } = await enrol('carl');
    time.advanceMinutes(1);
    const result = await service().signIn('carl', GOOD_PASSWORD);
    expect(result.status).toBe('SECOND_FACTOR_REQUIRED');
    const { challengeToken } = result as { challengeToken: string };
    // The challenge is not a session, and the one-step login refuses to stand in for it.
    expect(await service().authenticate(challengeToken)).toBeNull();
    await expect(service().login('carl', GOOD_PASSWORD)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      details: { reason: 'SECOND_FACTOR_REQUIRED' },
    });

    const done = await service().verifySecondFactor(await challenge('carl'), totpCode(secret, time.clock()));
    expect((await service().authenticate(done.token))?.username).toBe('carl');
    expect((await audit('carl', 'login')).at(-1)).toEqual({ result: 'OK', detail: expect.objectContaining({ method: 'TOTP' }) });
    // A used challenge is spent.
    await expect(service().verifySecondFactor(challengeToken, totpCode(secret, time.clock()))).rejects.toMatchObject({
      details: { reason: 'CHALLENGE_INVALID' },
    });
  });

  it('refuses a code replayed within its window, and accepts the next one', async () => {
    const { secret } = await enrol('rita');
    time.advanceMinutes(1);
    const code = totpCode(secret, time.clock());
    await service().verifySecondFactor(await challenge('rita'), code);
    await expect(service().verifySecondFactor(await challenge('rita'), code)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      details: { reason: 'REPLAYED' },
    });
    expect((await audit('rita', 'loginSecondFactor')).at(-1)).toEqual({
      result: 'DENIED',
      detail: expect.objectContaining({ reason: 'REPLAYED' }),
    });
    time.advanceMinutes(0.5);
    const next = await service().verifySecondFactor(await challenge('rita'), totpCode(secret, time.clock()));
    expect(next.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('counts wrong codes toward the same lockout as wrong passwords', async () => {
    const { secret } = await enrol('lara');
    time.advanceMinutes(1);
    const wrong = totpCode(secret, new Date(time.clock().getTime() + 60 * 60_000));
    // Two wrong passwords, then wrong codes: five failures in all lock the account.
    for (let i = 0; i < 2; i++)
      await expect(service().signIn('lara', 'Wrong-Password-1')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    for (let i = 0; i < LOGIN_LOCKOUT.maxFailures - 3; i++) {
      await expect(service().verifySecondFactor(await challenge('lara'), wrong)).rejects.toMatchObject({
        details: { reason: 'WRONG_SECOND_FACTOR' },
      });
    }
    const last = await challenge('lara');
    // A right password does not reset the count while a second factor is still to come.
    expect((await db.sql.query("select failed_attempts from app_user where username = 'lara'")).rows[0].failed_attempts).toBe(4);
    await expect(service().verifySecondFactor(last, wrong)).rejects.toMatchObject({ code: 'FORBIDDEN', details: { reason: 'LOCKED' } });
    // Locked: the right code and the right password are refused too, and the code is not used up.
    await expect(service().verifySecondFactor(last, totpCode(secret, time.clock()))).rejects.toMatchObject({
      details: { reason: 'LOCKED' },
    });
    await expect(service().signIn('lara', GOOD_PASSWORD)).rejects.toMatchObject({ details: { reason: 'LOCKED' } });
    time.advanceMinutes(LOGIN_LOCKOUT.lockMinutes + 1);
    const ok = await service().verifySecondFactor(await challenge('lara'), totpCode(secret, time.clock()));
    expect(ok.token).toBeTruthy();
    expect((await db.sql.query("select failed_attempts from app_user where username = 'lara'")).rows[0].failed_attempts).toBe(0);
  });

  it('accepts each recovery code once, and audits its use', async () => {
    const { recoveryCodes } = await enrol('rob');
    const [first, second] = recoveryCodes;
    const ok = await service().verifySecondFactor(await challenge('rob'), first.toLowerCase().replace('-', ' '));
    expect(ok.token).toBeTruthy();
    expect(await audit('rob', 'useRecoveryCode')).toEqual([{ result: 'OK', detail: expect.objectContaining({ remaining: 9 }) }]);
    await expect(service().verifySecondFactor(await challenge('rob'), first)).rejects.toMatchObject({
      details: { reason: 'WRONG_SECOND_FACTOR' },
    });
    expect((await service().verifySecondFactor(await challenge('rob'), second)).token).toBeTruthy();
    const used = await db.sql.query(
      "select count(*)::int as n from user_recovery_code c join app_user u on u.id = c.user_id where u.username = 'rob' and used_at is not null",
    );
    expect(used.rows[0].n).toBe(2);
  });

  it('in production requires ST_BUREAU, ORG_DEPT, FINANCE and ADMIN to enrol before any session, and not the others', async () => {
    expect([...SECOND_FACTOR_ROLES].sort()).toEqual(['ADMIN', 'FINANCE', 'ORG_DEPT', 'ST_BUREAU']);
    for (const role of Object.values(Role)) {
      if (role === Role.COUNTY_BUREAU || role === Role.ENTERPRISE || role === Role.EXPERT) continue; // need bindings; same path as ANALYST
      const username = `prod-${role.toLowerCase().replace(/_/g, '-')}`;
      const user = await buildUser(service(), { username, role });
      const sessionsBefore = (await db.sql.query('select count(*)::int as n from user_session where user_id = $1', [user.id])).rows[0].n;
      const result = await service(true).signIn(username, GOOD_PASSWORD);
      if (SECOND_FACTOR_ROLES.includes(role)) {
        expect(result.status, role).toBe('ENROLMENT_REQUIRED');
        const sessions = (await db.sql.query('select count(*)::int as n from user_session where user_id = $1', [user.id])).rows[0].n;
        expect(sessions, role).toBe(sessionsBefore);
        await expect(service(true).login(username, GOOD_PASSWORD)).rejects.toMatchObject({ details: { reason: 'ENROLMENT_REQUIRED' } });
      } else {
        expect(result.status, role).toBe('SIGNED_IN');
      }
      // Outside production nobody is asked to enrol.
      expect((await service(false).signIn(username, GOOD_PASSWORD)).status, role).toBe('SIGNED_IN');
    }
  });

  it('enrols a privileged account during its production log-in, which then completes', async () => {
    await buildUser(service(), { username: 'fin-fay', role: Role.FINANCE });
    const started = await service(true).signIn('fin-fay', GOOD_PASSWORD);
    expect(started.status).toBe('ENROLMENT_REQUIRED');
    const subject = { challengeToken: (started as { challengeToken: string }).challengeToken };
    // The enrolment challenge is no second-factor challenge, and no session.
    await expect(service(true).verifySecondFactor(subject.challengeToken, '000000')).rejects.toMatchObject({
      details: { reason: 'CHALLENGE_INVALID' },
    });
    expect(await service(true).authenticate(subject.challengeToken)).toBeNull();
    const offer = await service(true).beginTotpEnrolment(subject);
    const done = await service(true).confirmTotpEnrolment(subject, totpCode(offer.secret, time.clock()));
    expect(done.recoveryCodes).toHaveLength(10);
    expect((await service(true).authenticate(done.session!.token))?.username).toBe('fin-fay');
    // From now on the password alone is not enough, and the factor cannot be switched off.
    time.advanceMinutes(1);
    const next = await service(true).signIn('fin-fay', GOOD_PASSWORD);
    expect(next.status).toBe('SECOND_FACTOR_REQUIRED');
    const viewer = (await service(true).authenticate(done.session!.token))!;
    await expect(service(true).disableTotp(viewer, totpCode(offer.secret, time.clock()))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      details: { reason: 'SECOND_FACTOR_REQUIRED' },
    });
  });

  it('ends, in production, a privileged session opened before the second factor was required', async () => {
    await buildUser(service(), { username: 'old-olga', role: Role.ST_BUREAU });
    const { token } = await service(false).login('old-olga', GOOD_PASSWORD);
    expect(await service(false).authenticate(token)).not.toBeNull();
    expect(await service(true).authenticate(token)).toBeNull();
  });

  it('lets a non-privileged user disable their own factor with a code, audited', async () => {
    const { secret } = await enrol('anna');
    time.advanceMinutes(1);
    const { token } = await service().verifySecondFactor(await challenge('anna', true), totpCode(secret, time.clock()));
    const viewer = (await service(true).authenticate(token))!;
    await expect(service(true).disableTotp(viewer, '123456')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    time.advanceMinutes(0.5);
    await service(true).disableTotp(viewer, totpCode(secret, time.clock()));
    expect(await audit('anna', 'disableTotp')).toHaveLength(1);
    expect((await service(true).signIn('anna', GOOD_PASSWORD)).status).toBe('SIGNED_IN');
  });

  it('lets the administrator reset a second factor: sessions end, it is audited, the account enrols again', async () => {
    const { user } = await enrol('lost-phone-lu', Role.ORG_DEPT);
    const { rows } = await db.sql.query('select count(*)::int as n from user_session where user_id = $1 and revoked_at is null', [user.id]);
    expect(rows[0].n).toBeGreaterThan(0);
    await service(true).resetSecondFactor(user.id, { username: 'root-admin', role: 'ADMIN' });
    const after = await db.sql.query(
      'select totp_secret, totp_enabled_at, (select count(*)::int from user_recovery_code where user_id = $1) as codes, (select count(*)::int from user_session where user_id = $1 and revoked_at is null) as open from app_user where id = $1',
      [user.id],
    );
    expect(after.rows[0]).toEqual({ totp_secret: null, totp_enabled_at: null, codes: 0, open: 0 });
    const audited = await audit('root-admin', 'resetSecondFactor');
    expect(audited.at(-1)).toEqual({ result: 'OK', detail: expect.objectContaining({ target: 'lost-phone-lu', hadSecondFactor: true }) });
    expect((await service(true).signIn('lost-phone-lu', GOOD_PASSWORD)).status).toBe('ENROLMENT_REQUIRED');
  });
});

describe(`absolute session lifetime on ${ENGINE} PostgreSQL`, () => {
  let db: Db;
  const time = manualClock('2026-11-25T00:00:00.000Z');
  beforeAll(async () => {
    db = await createMigratedDatabase();
  });
  afterAll(async () => db?.close());

  it('ends an active session after TECHVP_SESSION_MAX_HOURS however busy it is', async () => {
    const service = () =>
      new IdentityService(db.orm.em.fork(), new AuditService(time.clock), time.clock, {
        secondFactorRequired: false,
        sessionMaxHours: 8,
        pii: null,
      });
    await buildUser(service(), { username: 'busy-bea' });
    const { token } = await service().login('busy-bea', GOOD_PASSWORD);
    // A request every 20 minutes: never idle, so only the absolute lifetime can end it.
    for (let minutes = 20; minutes <= 8 * 60; minutes += 20) {
      time.advanceMinutes(20);
      expect(await service().authenticate(token), `after ${minutes} minutes`).not.toBeNull();
    }
    time.advanceMinutes(1);
    expect(await service().authenticate(token)).toBeNull();
    const { rows } = await db.sql.query<{ revoked_at: Date | null }>('select revoked_at from user_session');
    expect(rows[0].revoked_at).not.toBeNull();
    // A new log-in starts a new lifetime.
    const again = await service().login('busy-bea', GOOD_PASSWORD);
    expect(await service().authenticate(again.token)).not.toBeNull();
  });
});
