import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SecretBox } from './secret-box.js';

describe('SecretBox', () => {
  const box = new SecretBox('en-nyckel-som-ar-minst-trettiotva-tecken-lang');

  it('seals so that only the same key opens, and never stores the plain text', () => {
    const sealed = box.seal('klient-hemlighet');
    expect(sealed).not.toContain('klient-hemlighet');
    expect(box.seal('klient-hemlighet')).not.toBe(sealed);
    expect(box.open(sealed)).toBe('klient-hemlighet');
    expect(new SecretBox('en-annan-nyckel-som-ocksa-ar-lang-nog-0123').open(sealed)).toBeNull();
  });

  it('refuses an altered value', () => {
    const [v, iv, tag, body] = box.seal('hemligt').split('.');
    // Flip a bit of the ciphertext itself (editing the last base64 character may only touch padding bits).
    const bytes = Buffer.from(body!, 'base64url');
    bytes[0] = bytes[0]! ^ 0x01;
    expect(box.open([v, iv, tag, bytes.toString('base64url')].join('.'))).toBeNull();
    const otherTag = Buffer.from(tag!, 'base64url');
    otherTag[0] = otherTag[0]! ^ 0x01;
    expect(box.open([v, iv, otherTag.toString('base64url'), body].join('.'))).toBeNull();
    expect(box.open('inte-förseglat')).toBeNull();
  });

  it('keeps one generated key in the data directory for every process that shares it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rk-secrets-'));
    const first = SecretBox.fromConfig({ dataDir: dir });
    const second = SecretBox.fromConfig({ dataDir: dir });
    expect(second.open(first.seal('delad'))).toBe('delad');
    expect(statSync(join(dir, 'secrets.key')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'secrets.key'), 'utf8').length).toBeGreaterThanOrEqual(48);
  });

  it('derives different keys for different purposes', () => {
    expect(box.derive('a').equals(box.derive('b'))).toBe(false);
    expect(box.derive('a').equals(box.derive('a'))).toBe(true);
  });
});
