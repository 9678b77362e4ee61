// The example shown beside a new webhook's secret is run here against Brandroom's own signature, so
// what people copy into their receiver works.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SIGNATURE_HEADER, signWebhook } from '../../../../server/connectors/webhook/signature.ts';
import { WEBHOOK_SIGNATURE_HEADER, WEBHOOK_VERIFY_EXAMPLE } from './webhookExample.ts';

type Check = (header: string, rawBody: string, secret: string) => boolean;

function exampleCheck(): Check {
  const code = WEBHOOK_VERIFY_EXAMPLE.replace(/^import .*$/m, '');
  return new Function('createHmac', 'timingSafeEqual', 'Buffer', `${code}\nreturn isFromBrandroom;`)(createHmac, timingSafeEqual, Buffer) as Check;
}

describe('the webhook verification example', () => {
  const secret = 'k3y-from-the-connect-answer';
  const body = JSON.stringify({ postId: 'p1', text: 'עוגת גבינה 🍰' });
  const now = Math.floor(Date.now() / 1000);

  it('names the header Brandroom sends', () => {
    expect(WEBHOOK_SIGNATURE_HEADER.split(':')[0]).toBe(SIGNATURE_HEADER);
    expect(WEBHOOK_VERIFY_EXAMPLE).toContain(SIGNATURE_HEADER);
  });

  it('accepts a delivery Brandroom signed', () => {
    expect(exampleCheck()(signWebhook(secret, body, now), body, secret)).toBe(true);
  });

  it('refuses a changed body, a wrong secret, an old delivery and a header without a signature', () => {
    const check = exampleCheck();
    expect(check(signWebhook(secret, body, now), body.replace('p1', 'p2'), secret)).toBe(false);
    expect(check(signWebhook('another', body, now), body, secret)).toBe(false);
    expect(check(signWebhook(secret, body, now - 600), body, secret)).toBe(false);
    expect(check(`t=${now}`, body, secret)).toBe(false);
  });
});
