// The record key a publication is written under. A Bluesky post's key is a TID (13 characters of
// base32-sortable: a zero bit, 53 bits of microseconds since the epoch, 10 bits of clock id). Ours is
// derived from the publication's idempotency key instead of the clock, so every attempt of one
// publication names the same record and the PDS itself refuses a second copy.
import { createHash } from 'node:crypto';

const ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';

/** Microsecond bits taken from the hash: the key's time stays within about a second of the schedule. */
const HASHED_MICROSECOND_BITS = 20n;
const CLOCK_ID_BITS = 10n;

/**
 * How many keys one publication may try. Slot 0 is its own; the next ones are used only when an
 * unrelated record already sits in the earlier slot (two keys hashing alike within the same second).
 */
export const RECORD_KEY_SLOTS = 3;

export function recordKeyFor(idempotencyKey: string, scheduledAt: Date, slot = 0): string {
  const digest = createHash('sha256').update(`${slot}:${idempotencyKey}`).digest();
  const hash = digest.readBigUInt64BE(0);
  const lowMask = (1n << HASHED_MICROSECOND_BITS) - 1n;
  const micros = (BigInt(scheduledAt.getTime()) * 1000n & ~lowMask) | (hash & lowMask);
  const clockId = (hash >> HASHED_MICROSECOND_BITS) & ((1n << CLOCK_ID_BITS) - 1n);
  let value = (micros << CLOCK_ID_BITS) | clockId;
  let key = '';
  for (let i = 0; i < 13; i++) {
    key = ALPHABET[Number(value & 31n)] + key;
    value >>= 5n;
  }
  return key;
}
