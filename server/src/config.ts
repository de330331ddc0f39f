/**
 * The only reader of process.env. Validated once at start-up; every problem is listed together
 * so an operator fixes them in one go.
 */
import path from 'node:path';
import { z } from 'zod';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

const boolish = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_READ_URL: z.string().url().optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  TECHVP_DATA_DIR: z.string().default(path.join(REPO_ROOT, '.data', 'pglite')),
  TECHVP_EMBEDDED_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  TECHVP_PII_KEY: z
    .string()
    .optional()
    .refine((v) => v === undefined || Buffer.from(v, 'base64').length === 32, {
      message: 'must be 32 bytes, base64-encoded (openssl rand -base64 32)',
    }),
  /**
   * The address the public reaches this platform at (scheme and host, optionally a path prefix),
   * e.g. https://kjfz.liaocheng.gov.cn: printed on certificates as the verification address.
   */
  TECHVP_PUBLIC_URL: z
    .string()
    .url()
    .refine((v) => /^https?:\/\//.test(v), { message: 'must be an http(s) address' })
    .transform((v) => v.replace(/\/+$/, ''))
    .optional(),
  /**
   * How many reverse proxies (load balancer, gateway) stand in front of the server and append to
   * X-Forwarded-For; their X-Forwarded-For and X-Forwarded-Proto are believed, nobody else's.
   */
  TECHVP_TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * A session ends this many hours after its log-in however active it is (等保 2.0 8.1.4.1 b),
   * besides the 30-minute idle timeout: a stolen session cookie is worth one working day at most.
   */
  TECHVP_SESSION_MAX_HOURS: z.coerce.number().min(0.1).max(168).default(12),
  TECHVP_SKIP_SEED: boolish,
  TECHVP_SEED: z.coerce.number().int().default(20250701),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.output<typeof schema> & { repoRoot: string; embedded: boolean };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const cfg = parsed.data;
  const problems: string[] = [];
  if (!cfg.TECHVP_PII_KEY && cfg.NODE_ENV === 'production') {
    // No development fallback in production (domain/pii-key.ts), embedded database or not.
    problems.push('TECHVP_PII_KEY: required in production (personal data is encrypted with it)');
  }
  if (cfg.NODE_ENV === 'production' && !cfg.TECHVP_PUBLIC_URL) {
    problems.push('TECHVP_PUBLIC_URL: required in production (certificates print it as their verification address)');
  }
  if (problems.length) throw new ConfigError(problems);
  return { ...cfg, repoRoot: REPO_ROOT, embedded: !cfg.DATABASE_URL };
}
