/**
 * Demo accounts, one per role, created only together with the synthetic demo data (never in
 * production, where the first administrator comes from the create-admin command and no
 * default password exists). The README lists them.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditService } from '../audit/audit.service';
import { IdentityService } from './identity.service';
import { PUBLISHED_DEMO_PASSWORD, verifyPassword } from './password';
import { Role } from './role';
import { User } from './user.entity';

/** The demo password of every demo account (it satisfies the password policy). */
export const DEMO_PASSWORD = PUBLISHED_DEMO_PASSWORD;

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  divisionCode?: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', displayName: '系统管理员', role: Role.ADMIN },
  { username: 'leader', displayName: '市领导', role: Role.LEADERSHIP },
  { username: 'analyst', displayName: '分析员', role: Role.ANALYST },
  { username: 'orgdept', displayName: '市委组织部', role: Role.ORG_DEPT },
  { username: 'bureau', displayName: '市科技局', role: Role.ST_BUREAU },
  { username: 'county-371502', displayName: '东昌府区科技局', role: Role.COUNTY_BUREAU, divisionCode: '371502' },
  { username: 'county-371581', displayName: '临清市科技局', role: Role.COUNTY_BUREAU, divisionCode: '371581' },
  { username: 'finance', displayName: '市财政局', role: Role.FINANCE },
  { username: 'hrbureau', displayName: '市人社局', role: Role.HR },
  { username: 'agency', displayName: '第三方考核机构', role: Role.EVALUATION_AGENCY },
  { username: 'enterprise', displayName: '企业账号', role: Role.ENTERPRISE },
  { username: 'expert', displayName: '专家账号', role: Role.EXPERT },
];

/** Raised at start-up in production while any account still has the published demo password. */
export class DemoPasswordInUseError extends Error {
  constructor(readonly usernames: string[]) {
    super(
      `拒绝以生产模式启动：以下账号仍使用公开的演示密码，请先用 create-admin 或管理员重置其密码 / ` +
        `Refusing to start in production: these accounts still have the published demo password; reset their passwords first: ${usernames.join(', ')}`,
    );
    this.name = 'DemoPasswordInUseError';
  }
}

/**
 * The accounts whose password is the published demo password (README). Every account with a
 * password is checked, not only the demo user names: an operator may have copied it anywhere.
 * argon2 verification costs ~50 ms, so this runs a few at a time.
 */
export async function accountsWithDemoPassword(em: EntityManager): Promise<string[]> {
  const rows = await em
    .getConnection()
    .execute<Array<{ username: string; password_hash: string }>>(
      'select username, password_hash from app_user where password_hash is not null order by username',
    );
  const found: string[] = [];
  for (let i = 0; i < rows.length; i += 4) {
    const batch = rows.slice(i, i + 4);
    const hits = await Promise.all(batch.map((r) => verifyPassword(r.password_hash, DEMO_PASSWORD)));
    batch.forEach((r, j) => hits[j] && found.push(r.username));
  }
  return found;
}

/**
 * Creates the demo accounts that do not exist yet (development only: the launcher never calls
 * this in production, and a production start refuses any account left with the demo password). The enterprise and expert accounts are
 * bound to the host and the expert of the first active appointment.
 */
export async function seedDemoAccounts(em: EntityManager): Promise<string[]> {
  const identity = new IdentityService(em, new AuditService());
  const created: string[] = [];
  const [active] = await em
    .getConnection()
    .execute<Array<{ enterprise_id: number; expert_id: number }>>(
      "select enterprise_id, expert_id from appointment where status = 'ACTIVE' order by id limit 1",
    );
  for (const account of DEMO_ACCOUNTS) {
    if (await em.count(User, { username: account.username })) continue;
    let divisionId: number | undefined;
    if (account.divisionCode) {
      const [row] = await em
        .getConnection()
        .execute<Array<{ id: number }>>('select id from division where code = ?', [account.divisionCode]);
      divisionId = row?.id;
    }
    if ((account.role === Role.ENTERPRISE || account.role === Role.EXPERT) && !active) continue;
    await identity.createUser(
      {
        username: account.username,
        displayName: account.displayName,
        role: account.role,
        divisionId,
        enterpriseId: account.role === Role.ENTERPRISE ? active.enterprise_id : undefined,
        expertId: account.role === Role.EXPERT ? active.expert_id : undefined,
        password: DEMO_PASSWORD,
      },
      undefined,
      { allowDemoPassword: true },
    );
    created.push(account.username);
  }
  return created;
}
