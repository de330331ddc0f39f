/**
 * Personal data at rest (PIPL; 等保 2.0): resident ID and phone numbers are stored encrypted
 * with AES-256-GCM, with an HMAC-SHA256 keyed hash beside them for uniqueness and look-up.
 * The key comes from configuration (TECHVP_PII_KEY); two sub-keys are derived from it so the
 * hash never reveals anything usable for decryption.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

export class PiiCipher {
  private readonly encKey: Buffer;
  private readonly macKey: Buffer;

  constructor(masterKey: Buffer) {
    if (masterKey.length !== 32) throw new Error('the personal-data key must be 32 bytes');
    this.encKey = createHmac('sha256', masterKey).update('techvp:pii:enc').digest();
    this.macKey = createHmac('sha256', masterKey).update('techvp:pii:mac').digest();
  }

  /** `v1.<iv>.<tag>.<ciphertext>`, base64url parts. */
  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encKey, iv);
    const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ct.toString('base64url')].join('.');
  }

  decrypt(sealed: string): string {
    const [version, iv, tag, ct] = sealed.split('.');
    if (version !== 'v1' || !iv || !tag || ct === undefined) throw new Error('unrecognised personal-data ciphertext');
    const decipher = createDecipheriv('aes-256-gcm', this.encKey, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** Deterministic keyed hash (hex) for unique indexes and exact look-ups. */
  hash(plain: string): string {
    return createHmac('sha256', this.macKey).update(plain).digest('hex');
  }
}
