import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@techvp/server';
import { WRONG_CREDENTIALS } from '../../server/dist/modules/identity/identity.errors';
import { LOGIN_LOCKOUT } from '../../server/dist/modules/identity/identity.service';
import { createMigratedDatabase, ENGINE } from '../support/db';
import { buildUser, type Em, GOOD_PASSWORD, identity, manualClock } from './factories';

type Db = Awaited<ReturnType<typeof createMigratedDatabase>>;

describe(`log-in on ${ENGINE} PostgreSQL`, () => {
  let db: Db;
  const time = manualClock();
  const service = () => identity(db.orm.em.fork(), time.clock);

  beforeAll(async () => {
    db = await createMigratedDatabase();
  });
  afterAll(async () => db?.close());

  async function account(username: string) {
    const { rows } = await db.sql.query<{ failed_attempts: number; locked_until: Date | null; last_login_at: Date | null }>(
      'select failed_attempts, locked_until, last_login_at from app_user where username = $1',
      [username],
    );
    return rows[0];
  }

  async function loginAudit(username: string) {
    const { rows } = await db.sql.query<{ result: string; detail: Record<string, unknown> | null; at: Date }>(
      "select result, detail, at from audit_log where operation = 'login' and username = $1 order by id",
      [username],
    );
    return rows;
  }

  it('logs in with the right password, opens a session and audits it with the ip', async () => {
    const user = await buildUser(service(), { username: 'alice' });
    const result = await service().login('alice', GOOD_PASSWORD, { ip: '10.1.2.3', userAgent: 'vitest' });
    expect(result.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(result.user.id).toBe(user.id);
    expect(result.viewer).toEqual({
      userId: user.id,
      username: 'alice',
      role: 'ANALYST',
      divisionId: null,
      enterpriseId: null,
      expertId: null,
      mustChangePassword: false,
    });
    expect((await account('alice')).last_login_at?.toISOString()).toBe(time.clock().toISOString());

    const { rows: sessions } = await db.sql.query('select token_hash from user_session where user_id = $1', [user.id]);
    expect(sessions).toHaveLength(1);
    expect(sessions[0].token_hash).not.toBe(result.token);
    expect(sessions[0].token_hash).toMatch(/^[0-9a-f]{64}$/);

    const audit = await loginAudit('alice');
    expect(audit.at(-1)).toMatchObject({ result: 'OK', detail: { ip: '10.1.2.3', userAgent: 'vitest' } });
    const { rows: leaks } = await db.sql.query('select count(*)::int as n from audit_log where detail::text like $1', [
      `%${GOOD_PASSWORD}%`,
    ]);
    expect(leaks[0].n).toBe(0);
  });

  it('refuses a wrong password and an unknown user with the same message, and audits both', async () => {
    await buildUser(service(), { username: 'bob' });
    const wrong = await service()
      .login('bob', 'Wrong-Password-123')
      .catch((e: unknown) => e);
    const unknown = await service()
      .login('nobody-here', 'Wrong-Password-123')
      .catch((e: unknown) => e);
    for (const err of [wrong, unknown]) {
      expect(err).toBeInstanceOf(AppError);
      expect(err).toMatchObject({ code: 'UNAUTHENTICATED', message: WRONG_CREDENTIALS });
    }
    expect((await account('bob')).failed_attempts).toBe(1);
    expect(await loginAudit('bob')).toMatchObject([{ result: 'DENIED', detail: { reason: 'WRONG_PASSWORD', failedAttempts: 1 } }]);
    expect(await loginAudit('nobody-here')).toMatchObject([{ result: 'DENIED', detail: { reason: 'UNKNOWN_USER' } }]);
    const { rows } = await db.sql.query('select count(*)::int as n from audit_log where detail::text like $1', ['%Wrong-Password%']);
    expect(rows[0].n).toBe(0);
  });

  it('refuses an inactive account with the right password (FORBIDDEN) and a wrong password like any other', async () => {
    const user = await buildUser(service(), { username: 'inactive-ivy' });
    await service().setActive(user.id, false, { username: 'root-admin', role: 'ADMIN' });
    await expect(service().login('inactive-ivy', GOOD_PASSWORD)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      details: { reason: 'INACTIVE' },
    });
    await expect(service().login('inactive-ivy', 'Wrong-Password-123')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await loginAudit('inactive-ivy')).map((r) => r.result)).toEqual(['DENIED', 'DENIED']);
    await service().setActive(user.id, true);
    await expect(service().login('inactive-ivy', GOOD_PASSWORD)).resolves.toHaveProperty('token');
  });

  it('refuses an account that has no password', async () => {
    await db.sql.query("insert into app_user (username, display_name, role) values ('no-password', '无密码', 'ANALYST')");
    await expect(service().login('no-password', '')).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: WRONG_CREDENTIALS });
    await expect(service().login('no-password', 'Anything-At-All-1')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('locks the account after 5 consecutive failures and then refuses even the right password (等保 8.1.4.1 b)', async () => {
    await buildUser(service(), { username: 'dave' });
    for (let i = 1; i < LOGIN_LOCKOUT.maxFailures; i++) {
      await expect(service().login('dave', `Wrong-Password-${i}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    }
    const fifth = await service()
      .login('dave', 'Wrong-Password-5')
      .then(
        () => null,
        (e: AppError) => e,
      );
    expect(fifth).toMatchObject({ code: 'FORBIDDEN', details: { reason: 'LOCKED' } });
    // 02:00Z is 10:00 in China; locked for 30 minutes.
    expect(fifth?.message).toContain('2026-11-25 10:30');
    expect(fifth?.message).toContain('北京时间');
    const lockedUntil = (await account('dave')).locked_until;
    expect(lockedUntil?.toISOString()).toBe('2026-11-25T02:30:00.000Z');

    time.advanceMinutes(10);
    await expect(service().login('dave', GOOD_PASSWORD)).rejects.toMatchObject({ code: 'FORBIDDEN', details: { reason: 'LOCKED' } });
    const state = await account('dave');
    expect(state.failed_attempts).toBe(6);
    expect(state.locked_until?.toISOString()).toBe('2026-11-25T02:30:00.000Z');
    const audit = await loginAudit('dave');
    expect(audit).toHaveLength(6);
    expect(audit.at(-1)).toMatchObject({ result: 'DENIED', detail: { reason: 'LOCKED' } });
  });

  it('lets the right password in again once the 30 minutes have passed, and resets the counter', async () => {
    time.set('2026-11-25T02:29:59.000Z');
    await expect(service().login('dave', GOOD_PASSWORD)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    time.set('2026-11-25T02:30:00.000Z');
    await expect(service().login('dave', GOOD_PASSWORD)).resolves.toHaveProperty('token');
    const state = await account('dave');
    expect(state.failed_attempts).toBe(0);
    expect(state.locked_until).toBeNull();
  });

  it('starts a fresh count after an expired lock', async () => {
    await buildUser(service(), { username: 'erin' });
    time.set('2026-11-26T01:00:00.000Z');
    for (let i = 0; i < 5; i++)
      await service()
        .login('erin', 'Wrong-Password-1')
        .catch(() => undefined);
    expect((await account('erin')).failed_attempts).toBe(5);
    time.advanceMinutes(31);
    await expect(service().login('erin', 'Wrong-Password-1')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await account('erin')).toMatchObject({ failed_attempts: 1, locked_until: null });
  });

  it('resets the failure count on a successful log-in', async () => {
    await buildUser(service(), { username: 'frank' });
    for (let i = 0; i < 3; i++)
      await service()
        .login('frank', 'Wrong-Password-1')
        .catch(() => undefined);
    expect((await account('frank')).failed_attempts).toBe(3);
    await service().login('frank', GOOD_PASSWORD);
    expect((await account('frank')).failed_attempts).toBe(0);
    for (let i = 0; i < 4; i++)
      await service()
        .login('frank', 'Wrong-Password-1')
        .catch(() => undefined);
    expect(await account('frank')).toMatchObject({ failed_attempts: 4, locked_until: null });
  });

  it('counts every one of 100 concurrent wrong attempts on separate forks, locks the account and audits each', async () => {
    await buildUser(service(), { username: 'carol' });
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        service()
          .login('carol', `Wrong-Password-${i}`, { ip: `192.0.2.${i}` })
          .then(
            () => 'logged in',
            (e: AppError) => e.code,
          ),
      ),
    );
    expect(results).not.toContain('logged in');
    expect(results.filter((c) => c === 'FORBIDDEN').length).toBeGreaterThanOrEqual(100 - LOGIN_LOCKOUT.maxFailures + 1);
    const state = await account('carol');
    expect(state.failed_attempts).toBeGreaterThanOrEqual(100);
    expect(state.locked_until!.getTime()).toBeGreaterThan(time.clock().getTime());
    const audit = await loginAudit('carol');
    expect(audit).toHaveLength(100);
    expect(audit.every((r) => r.result === 'DENIED')).toBe(true);
    await expect(service().login('carol', GOOD_PASSWORD)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('counts concurrent attempts made through one EntityManager (aliases in one GraphQL request)', async () => {
    await buildUser(service(), { username: 'grace' });
    const shared = service();
    await Promise.all(Array.from({ length: 20 }, () => shared.login('grace', 'Wrong-Password-1').catch(() => undefined)));
    expect((await account('grace')).failed_attempts).toBe(20);
    expect(await loginAudit('grace')).toHaveLength(20);
  });

  it('refuses to run inside the caller transaction, where a refusal would be rolled back', async () => {
    await db.orm.em.fork().transactional(async (tx: Em) => {
      await expect(identity(tx, time.clock).login('alice', GOOD_PASSWORD)).rejects.toThrow(/outside a transaction/);
    });
  });
});
