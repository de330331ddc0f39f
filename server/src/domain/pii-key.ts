/**
 * Where the personal-data key comes from: TECHVP_PII_KEY, else (outside production) ONE
 * development fallback, a key generated once into `.data/pii.key` beside the embedded data.
 * The server (platform.ts) and `pnpm seed` (seeds/src/cli.ts) both call this, so data seeded
 * without the variable is readable by a server started without it, and the other way round.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';

/** The development key file: `<dir of TECHVP_DATA_DIR>/pii.key` (`.data/pii.key` by default). */
export function developmentPiiKeyFile(config: Pick<Config, 'TECHVP_DATA_DIR'>): string {
  return path.join(path.dirname(config.TECHVP_DATA_DIR), 'pii.key');
}

/**
 * The 32-byte personal-data key. `warn` is told (once, with the file's path, never the key)
 * when the development key is created. In production there is no fallback.
 */
export function resolvePiiKey(
  config: Pick<Config, 'TECHVP_PII_KEY' | 'TECHVP_DATA_DIR' | 'NODE_ENV'>,
  warn: (message: string, file: string) => void = () => {},
): Buffer {
  if (config.TECHVP_PII_KEY) return Buffer.from(config.TECHVP_PII_KEY, 'base64');
  if (config.NODE_ENV === 'production') {
    throw new Error('TECHVP_PII_KEY: required in production (personal data is encrypted with it); no development key is used');
  }
  const file = developmentPiiKeyFile(config);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      // 'wx': when two processes start at once, the second keeps the first one's key.
      fs.writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
      warn('TECHVP_PII_KEY not set: generated a development key (set TECHVP_PII_KEY in production)', file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new Error(`${file}: not a 32-byte base64 key; delete it to make a new one (data encrypted with it is lost)`);
  return key;
}
