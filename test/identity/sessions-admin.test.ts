import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, passwordPolicyProblems, verifyPassword } from '../../server/dist/modules/identity/password';
import { Role } from '../../server/dist/modules/identity/role';
import { createMigratedDatabase, ENGINE } from '../support/db';
import { ADMIN, buildUser, GOOD_PASSWORD, identity, manualClock } from './factories';

type Db = Awaited<ReturnType<typeof createMigratedDatabase>>;

describe('password policy (等保 8.1.4.1 a)', () => {
  it('accepts a long password that mixes classes and does not contain the user name', () => {
    expect(passwordPolicyProblems('Correct-Horse-9', 'alice')).toEqual([]);
    expect(passwordPolicyProblems('correcthorse99!', 'alice')).toEqual([]);
  });

  it('rejects fewer than 12 characters', () => {
    expect(passwordPolicyProblems('Sh0rt-Pass!', 'alice')).toEqual([expect.stringContaining('at least 12 characters')]);
  });

  it('rejects fewer than 3 of the 4 character classes', () => {
    expect(passwordPolicyProblems('alllowercaseletters', 'alice')).toEqual([expect.stringContaining('at least 3 of')]);
    expect(passwordPolicyProblems('lowercaseand1234', 'alice')).toEqual([expect.stringContaining('at least 3 of')]);
  });

  it('rejects a password that contains the user name, whatever the case', () => {
    expect(passwordPolicyProblems('xx-ALICE-2026-yy', 'alice')).toEqual([expect.stringContaining('must not contain the user name')]);
  });

  it('gives every problem bilingually', () => {
    const problems = passwordPolicyProblems('alice', 'alice');
    expect(problems).toHaveLength(3);
    for (const p of problems) expect(p).toMatch(/[\u4e00-\u9fff].* \/ [A-Z]/);
  });

  it('hashes with argon2id at the OWASP parameters and verifies', async () => {
    const hash = await hashPassword(GOOD_PASSWORD);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, GOOD_PASSWORD)).toBe(true);
    expect(await verifyPassword(hash, `${GOOD_PASSWORD}x`)).toBe(false);
    expect(await verifyPassword('not-a-hash', GOOD_PASSWORD)).toBe(false);
  });
});

describe(`sessions and account administration on ${ENGINE} PostgreSQL`, () => {
  let db: Db;
  const time = manualClock();
  const service = () => identity(db.orm.em.fork(), time.clock);

  beforeAll(async () => {
    db = await createMigratedDatabase();
  });
  afterAll(async () => db?.close());

  async function lastSeen(token: string) {
    const { rows } = await db.sql.query<{ last_seen_at: Date; revoked_at: Date | null }>(
      "select last_seen_at, revoked_at from user_session where token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')",
      [token],
    );
    return rows[0];
  }

  it('authenticates a session token and returns the viewer with its bindings', async () => {
    await db.sql.query(
      "insert into division (code, name_zh, name_en, kind, sort_order) values ('371502', '东昌府区', 'Dongchangfu District', 'DISTRICT', 1)",
    );
    const { rows } = await db.sql.query<{ id: number }>("select id from division where code = '371502'");
    const user = await buildUser(service(), { username: 'county-clerk', role: Role.COUNTY_BUREAU, divisionId: rows[0].id });
    const { token } = await service().login('county-clerk', GOOD_PASSWORD);
    expect(await service().authenticate(token)).toEqual({
      userId: user.id,
      username: 'county-clerk',
      role: 'COUNTY_BUREAU',
      divisionId: rows[0].id,
      enterpriseId: null,
      expertId: null,
      mustChangePassword: false,
    });
    expect(await service().authenticate('x'.repeat(43))).toBeNull();
    expect(await service().authenticate('')).toBeNull();
  });

  it('ends a session after 30 idle minutes and refreshes last_seen_at at most once a minute', async () => {
    await buildUser(service(), { username: 'idle-ian' });
    const { token } = await service().login('idle-ian', GOOD_PASSWORD);
    const start = (await lastSeen(token)).last_seen_at.getTime();

    time.advanceMinutes(0.5);
    expect(await service().authenticate(token)).not.toBeNull();
    expect((await lastSeen(token)).last_seen_at.getTime()).toBe(start);

    time.advanceMinutes(29.5);
    expect(await service().authenticate(token)).not.toBeNull();
    expect((await lastSeen(token)).last_seen_at.getTime()).toBe(start + 30 * 60_000);

    time.advanceMinutes(30);
    expect(await service().authenticate(token)).not.toBeNull();
    time.advanceMinutes(30.01);
    expect(await service().authenticate(token)).toBeNull();
    expect((await lastSeen(token)).revoked_at).not.toBeNull();
    time.advanceMinutes(-10);
    expect(await service().authenticate(token)).toBeNull();
  });

  it('revokes a session on logout', async () => {
    await buildUser(service(), { username: 'leaving-lee' });
    const { token } = await service().login('leaving-lee', GOOD_PASSWORD);
    const other = await service().login('leaving-lee', GOOD_PASSWORD);
    expect(await service().logout(token)).toBe(true);
    expect(await service().authenticate(token)).toBeNull();
    expect(await service().logout(token)).toBe(false);
    expect(await service().authenticate(other.token)).not.toBeNull();
    const { rows } = await db.sql.query("select result from audit_log where operation = 'logout' and username = 'leaving-lee'");
    expect(rows).toEqual([{ result: 'OK' }]);
  });

  it('revokes every session on logoutAll', async () => {
    const user = await buildUser(service(), { username: 'many-mia' });
    const tokens = await Promise.all(
      [1, 2, 3].map(() =>
        service()
          .login('many-mia', GOOD_PASSWORD)
          .then((r) => r.token),
      ),
    );
    expect(await service().logoutAll(user.id, ADMIN)).toBe(3);
    for (const t of tokens) expect(await service().authenticate(t)).toBeNull();
  });

  it('revokes the sessions of a user whose password is set, and the new password works', async () => {
    const user = await buildUser(service(), { username: 'reset-rita' });
    const { token } = await service().login('reset-rita', GOOD_PASSWORD);
    await expect(service().setPassword(user.id, 'short', ADMIN)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'password' },
    });
    expect(await service().authenticate(token)).not.toBeNull();

    await service().setPassword(user.id, 'Brand-New-Secret-42', ADMIN);
    expect(await service().authenticate(token)).toBeNull();
    await expect(service().login('reset-rita', GOOD_PASSWORD)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(service().login('reset-rita', 'Brand-New-Secret-42')).resolves.toHaveProperty('token');
    const { rows } = await db.sql.query(
      "select username, role, result, object_ids from audit_log where operation = 'setPassword' order by id",
    );
    expect(rows).toEqual([{ username: 'root-admin', role: 'ADMIN', result: 'OK', object_ids: String(user.id) }]);
    const leaks = await db.sql.query("select count(*)::int as n from audit_log where detail::text like '%Brand-New%'");
    expect(leaks.rows[0].n).toBe(0);
  });

  it('refuses sessions of an account that was disabled', async () => {
    const user = await buildUser(service(), { username: 'disabled-dan' });
    const { token } = await service().login('disabled-dan', GOOD_PASSWORD);
    await db.sql.query('update app_user set active = false where id = $1', [user.id]);
    expect(await service().authenticate(token)).toBeNull();
  });

  it('unlocks a locked account and audits it', async () => {
    const user = await buildUser(service(), { username: 'locked-lou' });
    for (let i = 0; i < 5; i++)
      await service()
        .login('locked-lou', 'Wrong-Password-1')
        .catch(() => undefined);
    await expect(service().login('locked-lou', GOOD_PASSWORD)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const unlocked = await service().unlock(user.id, ADMIN);
    expect(unlocked).toMatchObject({ failedAttempts: 0 });
    const { rows } = await db.sql.query('select failed_attempts, locked_until from app_user where id = $1', [user.id]);
    expect(rows[0]).toEqual({ failed_attempts: 0, locked_until: null });
    await expect(service().login('locked-lou', GOOD_PASSWORD)).resolves.toHaveProperty('token');
    const audit = await db.sql.query("select detail from audit_log where operation = 'unlock'");
    expect(audit.rows[0].detail).toMatchObject({ target: 'locked-lou', failedAttempts: 6 });
  });

  it('rejects a county account without a division, naming the field', async () => {
    await expect(buildUser(service(), { role: Role.COUNTY_BUREAU })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'divisionId' },
      message: expect.stringContaining('divisionId'),
    });
    await expect(buildUser(service(), { role: Role.ENTERPRISE })).rejects.toMatchObject({ details: { field: 'enterpriseId' } });
    await expect(buildUser(service(), { role: Role.EXPERT })).rejects.toMatchObject({ details: { field: 'expertId' } });
    await expect(buildUser(service(), { role: Role.COUNTY_BUREAU, divisionId: 999_999 })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'divisionId' },
    });
    await expect(buildUser(service(), { role: Role.ANALYST, divisionId: 1 })).rejects.toMatchObject({ details: { field: 'divisionId' } });
  });

  it('rejects a weak password, a bad username and a duplicate username (CONFLICT)', async () => {
    await expect(buildUser(service(), { password: 'weak' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'password' },
    });
    await expect(buildUser(service(), { username: 'a b' })).rejects.toMatchObject({ details: { field: 'username' } });
    await buildUser(service(), { username: 'twin' });
    await expect(buildUser(service(), { username: 'twin' })).rejects.toMatchObject({ code: 'CONFLICT', details: { field: 'username' } });
    const results = await Promise.allSettled([1, 2, 3].map(() => buildUser(service(), { username: 'racer' })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((x) => x.status === 'rejected')) {
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' });
    }
    const { rows } = await db.sql.query(
      "select count(*)::int as n from audit_log where operation = 'createUser' and detail->>'target' = 'racer'",
    );
    expect(rows[0].n).toBe(1);
  });
});
