// Secrets at rest (channel tokens, app passwords, webhook signing keys): AES-256-GCM with a fresh
// 96-bit nonce per value and the row it belongs to as associated data, so a sealed value copied into
// another row does not open. The sealed form names the key it was sealed with (a short fingerprint):
// a value sealed under another key is refused with a clear error instead of decrypting to garbage.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export class SecretBoxError extends Error {}

export interface SecretBox {
  /** A short public name of the key, stored with each value. */
  readonly keyId: string;
  seal(plaintext: string, context: string): string;
  open(sealed: string, context: string): string;
}

export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 8);
}

export function secretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new SecretBoxError(`The secret key must be 32 bytes (got ${key.length}).`);
  const keyId = keyIdOf(key);
  return {
    keyId,
    seal(plaintext, context) {
      const nonce = randomBytes(NONCE_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [VERSION, keyId, Buffer.concat([nonce, cipher.getAuthTag(), body]).toString('base64url')].join('.');
    },
    open(sealed, context) {
      const [version, sealedKeyId, payload] = sealed.split('.');
      if (version !== VERSION || !sealedKeyId || payload === undefined) throw new SecretBoxError('This is not a value sealed by Brandroom.');
      if (sealedKeyId !== keyId) {
        throw new SecretBoxError(`This value was sealed with another secret key (${sealedKeyId}); the server has ${keyId}. Set BRANDROOM_SECRET_KEY to the key it was sealed with.`);
      }
      const raw = Buffer.from(payload, 'base64url');
      if (raw.length < NONCE_BYTES + TAG_BYTES) throw new SecretBoxError('The sealed value is cut short.');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, NONCE_BYTES));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(raw.subarray(NONCE_BYTES, NONCE_BYTES + TAG_BYTES));
      try {
        return Buffer.concat([decipher.update(raw.subarray(NONCE_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch {
        throw new SecretBoxError('The sealed value was changed, or belongs to another record.');
      }
    },
  };
}
