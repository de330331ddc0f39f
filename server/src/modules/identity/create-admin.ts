/**
 * Creates the first administrator account; there is no default password anywhere:
 *   DATABASE_URL=postgres://… TECHVP_ADMIN_PASSWORD=… node server/dist/modules/identity/create-admin.js --username NAME
 *   printf '%s\n' "$PW" | DATABASE_URL=postgres://… node server/dist/modules/identity/create-admin.js --username NAME
 * Options: --username NAME (required), --display-name TEXT (default 系统管理员).
 * Applies pending migrations first. Refuses an existing username and a password that fails the
 * policy. Exit status: 0 created, 1 refused or failed.
 */
import os from 'node:os';
import { loadConfig } from '../../config';
import { createOrm, migrate } from '../../db/orm';
import { AppError } from '../../graphql/errors';
import { AuditService } from '../audit/audit.service';
import { IdentityService } from './identity.service';
import { passwordPolicyProblems } from './password';
import { Role } from './role';
import { User } from './user.entity';

export interface CreateAdminOptions {
  databaseUrl: string;
  username: string;
  displayName?: string;
  password: string;
}

export async function createAdmin(opts: CreateAdminOptions): Promise<User> {
  const orm = await createOrm({ url: opts.databaseUrl, poolMax: 2 });
  try {
    await migrate(orm);
    const em = orm.em.fork();
    const identity = new IdentityService(em, new AuditService());
    return await identity.createUser(
      { username: opts.username, displayName: opts.displayName ?? '系统管理员', role: Role.ADMIN, password: opts.password },
      { username: cliActor(), role: 'SYSTEM' },
    );
  } finally {
    await orm.close(true);
  }
}

function cliActor(): string {
  try {
    return `cli:${os.userInfo().username}`.slice(0, 64);
  } catch {
    return 'cli';
  }
}

function parseArgs(argv: string[]): { username?: string; displayName?: string } {
  const out: { username?: string; displayName?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--username') out.username = value();
    else if (flag === '--display-name') out.displayName = value();
    else throw new Error(`未知参数 ${flag} / unknown argument ${flag}`);
  }
  return out;
}

/** The first line of standard input (prompting on a terminal; the input is not hidden). */
async function readPasswordLine(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('管理员密码 / Administrator password: ');
  let data = '';
  for await (const chunk of process.stdin) {
    data += String(chunk);
    if (data.includes('\n')) break;
  }
  process.stdin.pause();
  return data.split(/\r?\n/)[0];
}

export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  const args = parseArgs(argv);
  if (!args.username) {
    console.error('用法 / usage: create-admin --username NAME [--display-name TEXT]');
    return 1;
  }
  const config = loadConfig();
  if (!config.DATABASE_URL) {
    console.error('需要设置 DATABASE_URL / DATABASE_URL is required');
    return 1;
  }
  // Read here rather than in config.ts so the secret never sits in the long-lived Config object.
  const password = process.env.TECHVP_ADMIN_PASSWORD || (await readPasswordLine());
  const problems = passwordPolicyProblems(password, args.username);
  if (problems.length) {
    console.error(`密码不符合要求 / The password is refused:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    return 1;
  }
  try {
    const user = await createAdmin({ databaseUrl: config.DATABASE_URL, username: args.username, displayName: args.displayName, password });
    console.log(`已创建管理员 ${user.username}（编号 ${user.id}） / Created administrator ${user.username} (id ${user.id})`);
    return 0;
  } catch (err) {
    if (err instanceof AppError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exitCode = 1;
    },
  );
}
