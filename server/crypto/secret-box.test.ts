import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { secretBox, SecretBoxError } from './secret-box.ts';
import { loadSecretKey, SECRET_KEY_FILE } from './secret-key.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('secrets at rest', () => {
  const box = secretBox(randomBytes(32));

  it('seals a token so that the stored text does not contain it, and opens it for the same record only', () => {
    const sealed = box.seal('bsky-app-password-abcd-efgh', 'channel:1');
    expect(sealed).not.toContain('abcd');
    expect(box.seal('bsky-app-password-abcd-efgh', 'channel:1')).not.toBe(sealed);
    expect(box.open(sealed, 'channel:1')).toBe('bsky-app-password-abcd-efgh');
    expect(() => box.open(sealed, 'channel:2')).toThrow(SecretBoxError);
  });

  it('refuses a value that was changed, or sealed with another key, saying which', () => {
    const sealed = box.seal('token', 'channel:1');
    const tampered = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA');
    expect(() => box.open(tampered, 'channel:1')).toThrow(/changed/);
    const other = secretBox(randomBytes(32));
    expect(() => other.open(sealed, 'channel:1')).toThrow(new RegExp(`sealed with another secret key \\(${box.keyId}\\)`));
  });

  it('generates the embedded default key once, readable by its owner only, and keeps it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'brandroom-key-'));
    dirs.push(dir);
    const first = loadSecretKey({ configured: null, dataDir: dir })!;
    expect(first).toHaveLength(32);
    expect(statSync(path.join(dir, SECRET_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(loadSecretKey({ configured: null, dataDir: dir })).toEqual(first);
    expect(readFileSync(path.join(dir, SECRET_KEY_FILE), 'utf8').trim()).toBe(first.toString('base64'));
  });

  it('takes a configured key over the file, refuses a malformed one, and has none on PostgreSQL without one', () => {
    const configured = randomBytes(32).toString('base64');
    expect(loadSecretKey({ configured, dataDir: null })!.toString('base64')).toBe(configured);
    expect(() => loadSecretKey({ configured: 'too-short', dataDir: null })).toThrow(/32 random bytes/);
    expect(loadSecretKey({ configured: null, dataDir: null })).toBeNull();
  });
});
