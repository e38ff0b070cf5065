import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const VERSION = 'v1';

/**
 * Seals short secrets for storage (AES-256-GCM, random IV, authenticated) and derives purpose-bound keys, from one
 * installation key: SECRETS_KEY, or a random key kept in DATA_DIR/secrets.key when that is unset (embedded mode,
 * where every process of the installation shares the directory).
 */
export class SecretBox {
  private readonly key: Buffer;

  constructor(material: string) {
    this.key = createHash('sha256').update(material).digest();
  }

  static fromConfig(config: { secretsKey?: string; dataDir: string }): SecretBox {
    return new SecretBox(config.secretsKey ?? keyFileIn(config.dataDir));
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
  }

  /** The plain text, or null when the value was altered or sealed with another key. */
  open(sealed: string): string | null {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== VERSION || !iv || !tag || body === undefined) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }

  /** A key for one purpose only (e.g. signing the SSO state cookie), so no two uses share key material. */
  derive(purpose: string): Buffer {
    return createHmac('sha256', this.key).update(`resultatkedjan ${purpose}`).digest();
  }
}

function keyFileIn(dataDir: string): string {
  const path = join(dataDir, 'secrets.key');
  try {
    return readFileSync(path, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  try {
    // wx: when two processes start at once, the first writes and the other reads what it wrote.
    writeFileSync(path, randomBytes(48).toString('base64'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(path, 'utf8').trim();
}
