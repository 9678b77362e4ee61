// The webhook's signature, Stripe-style, so a receiver can tell a delivery is Brandroom's and
// refuse an old one played back:
//
//   Brandroom-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + raw body)>
//
// The key is the channel's secret exactly as shown when the channel was connected (its UTF-8 text,
// not decoded). A receiver recomputes the HMAC over the raw body it received (before any JSON
// parsing), compares in constant time, and refuses a timestamp more than five minutes away from
// its clock. More than one v1 may appear (a receiver accepts any that matches).
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'Brandroom-Signature';
export const DELIVERY_HEADER = 'Brandroom-Delivery';

function hmac(secret: string, timestamp: number, rawBody: string | Uint8Array): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
}

/** The Brandroom-Signature header's value for a body sent at `timestamp` (unix seconds). */
export function signWebhook(secret: string, rawBody: string | Uint8Array, timestamp: number): string {
  return `t=${timestamp},v1=${hmac(secret, timestamp, rawBody)}`;
}

export type SignatureCheck =
  | { valid: true; timestamp: number }
  /** malformed: no t= or v1=; expired: the timestamp is too far from now (a replay); mismatch: wrong secret or altered body. */
  | { valid: false; reason: 'malformed' | 'expired' | 'mismatch' };

/** For receivers: is this delivery signed with the secret, and recent? */
export function verifyWebhookSignature(
  secret: string,
  header: string | null | undefined,
  rawBody: string | Uint8Array,
  options: { toleranceSeconds?: number; now?: Date | number } = {},
): SignatureCheck {
  const tolerance = options.toleranceSeconds ?? 300;
  const nowMs = options.now === undefined ? Date.now() : typeof options.now === 'number' ? options.now : options.now.getTime();
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of (header ?? '').split(',')) {
    const [key, value] = part.trim().split('=', 2) as [string, string | undefined];
    if (key === 't' && value && /^\d+$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && value && /^[0-9a-f]{64}$/i.test(value)) signatures.push(value.toLowerCase());
  }
  if (timestamp === null || signatures.length === 0) return { valid: false, reason: 'malformed' };
  if (Math.abs(nowMs / 1000 - timestamp) > tolerance) return { valid: false, reason: 'expired' };
  const expected = Buffer.from(hmac(secret, timestamp, rawBody), 'hex');
  const matches = signatures.some((signature) => timingSafeEqual(Buffer.from(signature, 'hex'), expected));
  return matches ? { valid: true, timestamp } : { valid: false, reason: 'mismatch' };
}
