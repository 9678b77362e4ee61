// The record key of a publication: a valid TID, the same for the same idempotency key, different for
// different keys, and dated (to about a second) at the time the post was scheduled for.
import { describe, expect, it } from 'vitest';
import { RECORD_KEY_SLOTS, recordKeyFor } from './tid.ts';

const ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';
/** The TID syntax of the AT Protocol specification. */
const TID = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;

/** The microseconds a TID carries, read the way the specification lays them out. */
function microsOf(tid: string): bigint {
  let value = 0n;
  for (const char of tid) value = value * 32n + BigInt(ALPHABET.indexOf(char));
  return value >> 10n;
}

describe('record keys', () => {
  const at = new Date('2026-03-27T07:30:00.000Z');

  it('are valid TIDs, the same every time for the same key', () => {
    const key = recordKeyFor('variant-1:publication', at);
    expect(key).toMatch(TID);
    expect(recordKeyFor('variant-1:publication', new Date(at))).toBe(key);
  });

  it('carry the scheduled time, to within about a second', () => {
    for (const when of [at, new Date('2026-10-25T00:30:00.000Z'), new Date('2099-12-31T23:59:59.999Z')]) {
      const micros = Number(microsOf(recordKeyFor('k', when)));
      expect(Math.abs(micros - when.getTime() * 1000)).toBeLessThan(1_100_000);
    }
  });

  it('differ between keys scheduled for the same instant, and between slots of one key', () => {
    const keys = new Set(Array.from({ length: 10_000 }, (_, i) => recordKeyFor(`variant-${i}:publication`, at)));
    expect(keys.size).toBe(10_000);
    const slots = new Set(Array.from({ length: RECORD_KEY_SLOTS }, (_, slot) => recordKeyFor('variant-1:publication', at, slot)));
    expect(slots.size).toBe(RECORD_KEY_SLOTS);
  });
});
