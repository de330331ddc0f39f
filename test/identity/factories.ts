/** Small builders shared by the identity tests. */
import { AuditService } from '../../server/dist/modules/audit/audit.service';
import { IdentityService } from '../../server/dist/modules/identity/identity.service';
import { Role } from '../../server/dist/modules/identity/role';

/** The MikroORM EntityManager the services take (the test package does not depend on MikroORM). */
export type Em = ConstructorParameters<typeof IdentityService>[0];

export const GOOD_PASSWORD = 'Correct-Horse-9-Battery';
export const ADMIN = { username: 'root-admin', role: 'ADMIN' };

/** A clock the test moves by hand. */
export function manualClock(start = '2026-11-25T02:00:00.000Z') {
  let now = new Date(start);
  return {
    clock: () => new Date(now.getTime()),
    set: (iso: string) => {
      now = new Date(iso);
    },
    advanceMinutes: (minutes: number) => {
      now = new Date(now.getTime() + minutes * 60_000);
    },
  };
}

export function identity(em: Em, clock: () => Date) {
  return new IdentityService(em, new AuditService(clock), clock);
}

export async function buildUser(service: IdentityService, overrides: Partial<Parameters<IdentityService['createUser']>[0]> = {}) {
  return service.createUser(
    {
      username: `user${Math.random().toString(36).slice(2, 10)}`,
      displayName: '测试用户',
      role: Role.ANALYST,
      password: GOOD_PASSWORD,
      ...overrides,
    },
    ADMIN,
  );
}
