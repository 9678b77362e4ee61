// Where the secret key comes from: BRANDROOM_SECRET_KEY (32 bytes, base64) when set, which every
// process of one installation must share; otherwise, on the embedded database, a key generated once
// into the data directory (readable by its owner only), so `npm start` needs no set-up.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { StartupError } from '../startup-error.ts';

export const SECRET_KEY_FILE = 'secret.key';

export function parseSecretKey(value: string): Buffer {
  const key = Buffer.from(value.trim(), 'base64');
  if (key.length !== 32) {
    throw new StartupError('Configuration error: BRANDROOM_SECRET_KEY must be 32 random bytes in base64 (e.g. the output of `openssl rand -base64 32`).');
  }
  return key;
}

/** The configured key; or the data directory's, made on first use; or null (PostgreSQL without a key). */
export function loadSecretKey(opts: { configured: string | null; dataDir: string | null }): Buffer | null {
  if (opts.configured) return parseSecretKey(opts.configured);
  if (!opts.dataDir) return null;
  const file = path.join(opts.dataDir, SECRET_KEY_FILE);
  if (existsSync(file)) return parseSecretKey(readFileSync(file, 'utf8'));
  const key = randomBytes(32);
  // 'wx': never overwrite a key that appeared meanwhile — values sealed with it would be lost.
  writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return key;
}
