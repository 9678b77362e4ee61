// The receiver-side check shown beside a new webhook's secret (the scheme of
// server/connectors/webhook/signature.ts). Kept as text for the page; its test runs it against a
// real signature, so the example people copy is known to work.
export const WEBHOOK_SIGNATURE_HEADER = 'Brandroom-Signature: t=<unix time>,v1=<hex>';

export const WEBHOOK_VERIFY_EXAMPLE = `import { createHmac, timingSafeEqual } from 'node:crypto';

// header: the Brandroom-Signature header
// rawBody: the request body exactly as received, before JSON.parse
function isFromBrandroom(header, rawBody, secret) {
  const parts = Object.fromEntries(
    header.split(',').map((part) => part.trim().split('=')),
  );
  const expected = createHmac('sha256', secret)
    .update(\`\${parts.t}.\${rawBody}\`)
    .digest('hex');
  const fresh = Math.abs(Date.now() / 1000 - Number(parts.t)) <= 300;
  return fresh && parts.v1?.length === expected.length &&
    timingSafeEqual(Buffer.from(parts.v1), Buffer.from(expected));
}`;
