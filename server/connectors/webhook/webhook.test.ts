import { createHash, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutboundFetch } from '../../net/outbound.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../../testing/webhook-receiver.ts';
import { ConnectorError, type ChannelAccess, type OutgoingPost } from '../types.ts';
import { signWebhook, verifyWebhookSignature } from './signature.ts';
import { createWebhookConnector, type WebhookCredentials, type WebhookSettings } from './index.ts';

const PNG = new Uint8Array(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'));
const fetchLocal = createOutboundFetch({ allowPrivateNetwork: true });

function post(overrides: Partial<OutgoingPost> = {}): OutgoingPost {
  return {
    idempotencyKey: randomUUID(),
    text: 'מבצע סוף השבוע בקפה שקד',
    link: 'https://shaked.example/weekend',
    images: [],
    scheduledAt: new Date('2026-11-20T08:00:00Z'),
    postId: randomUUID(),
    variantId: randomUUID(),
    ...overrides,
  };
}

async function failure(promise: Promise<unknown>): Promise<ConnectorError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConnectorError);
  return error as ConnectorError;
}

describe('webhook signature', () => {
  const secret = 'the-channel-secret';
  const body = '{"event":"post.publish","text":"שלום"}';
  const now = Date.UTC(2026, 10, 20, 8, 0, 0);
  const t = Math.floor(now / 1000);

  it('verifies a body signed with the secret', () => {
    expect(verifyWebhookSignature(secret, signWebhook(secret, body, t), body, { now })).toEqual({ valid: true, timestamp: t });
    // Bytes or text: the HMAC is over the raw body either way.
    expect(verifyWebhookSignature(secret, signWebhook(secret, body, t), Buffer.from(body), { now }).valid).toBe(true);
  });

  it('fails a tampered body, another secret, and a missing or garbled header', () => {
    const header = signWebhook(secret, body, t);
    expect(verifyWebhookSignature(secret, header, body.replace('שלום', 'שלוםם'), { now })).toEqual({ valid: false, reason: 'mismatch' });
    expect(verifyWebhookSignature('another-secret', header, body, { now })).toEqual({ valid: false, reason: 'mismatch' });
    // The timestamp is signed too: moving it breaks the signature.
    expect(verifyWebhookSignature(secret, header.replace(`t=${t}`, `t=${t + 1}`), body, { now })).toEqual({ valid: false, reason: 'mismatch' });
    expect(verifyWebhookSignature(secret, undefined, body, { now })).toEqual({ valid: false, reason: 'malformed' });
    expect(verifyWebhookSignature(secret, 'v1=abc', body, { now })).toEqual({ valid: false, reason: 'malformed' });
  });

  it('refuses a replay with an old timestamp, even with a correct signature', () => {
    const old = signWebhook(secret, body, t - 301);
    expect(verifyWebhookSignature(secret, old, body, { now })).toEqual({ valid: false, reason: 'expired' });
    expect(verifyWebhookSignature(secret, old, body, { now, toleranceSeconds: 600 }).valid).toBe(true);
  });

  it('accepts any matching v1 among several', () => {
    const header = `t=${t},v1=${'0'.repeat(64)},${signWebhook(secret, body, t).split(',')[1]}`;
    expect(verifyWebhookSignature(secret, header, body, { now }).valid).toBe(true);
  });
});

describe('webhook connector, against a receiver that verifies signatures', () => {
  let receiver: WebhookReceiver;
  let access: ChannelAccess<WebhookSettings, WebhookCredentials>;
  const connector = createWebhookConnector({ fetch: fetchLocal, timeoutMs: 2_000, allowPrivateNetwork: true });

  beforeAll(async () => {
    const connected = await connector.connect({ url: 'http://127.0.0.1:1/placeholder' });
    receiver = await startWebhookReceiver({ secret: connected.credentials.secret });
    access = { channelId: randomUUID(), settings: { url: receiver.url }, credentials: connected.credentials, saveCredentials: async () => undefined };
  });
  afterAll(() => receiver.close());

  const keptFor = (key: string) => receiver.deliveries().filter((d) => d.deliveryId === key);

  it('makes a new 32-byte secret at each connect and stores the URL', async () => {
    const a = await connector.connect({ url: receiver.url });
    const b = await connector.connect({ url: receiver.url });
    expect(a.credentials.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.credentials.secret, 'base64url')).toHaveLength(32);
    expect(b.credentials.secret).not.toBe(a.credentials.secret);
    expect(a).toMatchObject({ account: new URL(receiver.url).host, settings: { url: receiver.url } });
    expect(connector.capabilities(a.settings)).toMatchObject({ network: 'webhook', textLimit: null, statusCheck: 'none' });
  });

  it('takes only http and https addresses', () => {
    expect(connector.connectSchema.safeParse({ url: 'ftp://files.example.org/in' }).success).toBe(false);
    expect(connector.connectSchema.safeParse({ url: 'https://hooks.example.org/in' }).success).toBe(true);
  });

  it('delivers the post as signed JSON with its images, and takes the receiver’s id and url', async () => {
    const outgoing = post({ images: [{ bytes: PNG, mimeType: 'image/png', alt: 'כוס קפה', width: 1, height: 1 }] });
    const published = await connector.publish(access, outgoing);
    const [delivery] = keptFor(outgoing.idempotencyKey);
    expect(delivery).toBeDefined();
    expect(published).toMatchObject({ remoteId: delivery!.id, url: `${new URL(receiver.url).origin}/posts/${delivery!.id}` });
    expect(delivery!.headers).toMatchObject({
      'content-type': 'application/json',
      'user-agent': 'Brandroom',
      'brandroom-event': 'post.publish',
      'brandroom-delivery': outgoing.idempotencyKey,
      'idempotency-key': outgoing.idempotencyKey,
    });
    expect(verifyWebhookSignature(access.credentials.secret, delivery!.headers['brandroom-signature'] as string, delivery!.rawBody).valid).toBe(true);
    expect(delivery!.body).toEqual({
      event: 'post.publish',
      deliveryId: outgoing.idempotencyKey,
      postId: outgoing.postId,
      variantId: outgoing.variantId,
      scheduledAt: '2026-11-20T08:00:00.000Z',
      text: outgoing.text,
      link: outgoing.link,
      images: [{ mimeType: 'image/png', alt: 'כוס קפה', width: 1, height: 1, sha256: createHash('sha256').update(PNG).digest('hex'), dataBase64: Buffer.from(PNG).toString('base64') }],
    });
  });

  it('uses the delivery id as the remote id when the receiver names nothing', async () => {
    const quiet = await startWebhookReceiver({ secret: access.credentials.secret, answer: 'empty' });
    try {
      const outgoing = post();
      const published = await connector.publish({ ...access, settings: { url: quiet.url } }, outgoing);
      expect(published).toMatchObject({ remoteId: outgoing.idempotencyKey, url: null });
      expect(quiet.deliveries()).toHaveLength(1);
    } finally {
      await quiet.close();
    }
  });

  it('sends the same delivery id again after a timeout, and the receiver keeps one copy', async () => {
    const quick = createWebhookConnector({ fetch: fetchLocal, timeoutMs: 300, allowPrivateNetwork: true });
    const outgoing = post();
    receiver.delayNext(1_500);
    await expect(failure(quick.publish(access, outgoing))).resolves.toMatchObject({ kind: 'unknown_outcome', code: 'timeout' });
    await expect(quick.checkStatus(access, { idempotencyKey: outgoing.idempotencyKey, text: outgoing.text, scheduledAt: outgoing.scheduledAt, notBefore: new Date() })).resolves.toEqual({
      state: 'unknowable',
    });
    const duplicatesBefore = receiver.duplicates();
    const again = await connector.publish(access, outgoing);
    expect(keptFor(outgoing.idempotencyKey)).toHaveLength(1);
    expect(again.remoteId).toBe(keptFor(outgoing.idempotencyKey)[0]!.id);
    expect(receiver.duplicates()).toBe(duplicatesBefore + 1);
  });

  it('calls a connection cut after the receiver kept the delivery an unknown outcome', async () => {
    const outgoing = post();
    receiver.dropAfterStore();
    await expect(failure(connector.publish(access, outgoing))).resolves.toMatchObject({ kind: 'unknown_outcome' });
    expect(keptFor(outgoing.idempotencyKey)).toHaveLength(1);
  });

  it('maps the receiver’s answers: 4xx refused with its words, 401 auth, 429 wait, 5xx retry', async () => {
    receiver.failNext(1, 422, `unknown field: ${'x'.repeat(500)}`);
    const refused = await failure(connector.publish(access, post()));
    expect(refused).toMatchObject({ kind: 'rejected', code: 'receiver_error', status: 422 });
    expect(refused.detail).toHaveLength(300);
    expect(refused.detail!.startsWith('unknown field: xxx')).toBe(true);

    receiver.failNext(1, 403, 'forbidden');
    await expect(failure(connector.publish(access, post()))).resolves.toMatchObject({ kind: 'auth', code: 'auth_failed', status: 403 });

    receiver.failNext(1, 429, 'slow down', { 'retry-after': '120' });
    await expect(failure(connector.publish(access, post()))).resolves.toMatchObject({ kind: 'rate_limited', retryAfterMs: 120_000 });

    receiver.failNext(1, 502, 'bad gateway');
    const outgoing = post();
    await expect(failure(connector.publish(access, outgoing))).resolves.toMatchObject({ kind: 'transient', code: 'server_error', status: 502 });
    expect(keptFor(outgoing.idempotencyKey)).toHaveLength(0);
  });

  it('reports a receiver that refuses the signature (another secret) as an authentication failure', async () => {
    const other = { ...access, credentials: { secret: 'not-the-secret' } };
    const refusedBefore = receiver.refused();
    await expect(failure(connector.publish(other, post()))).resolves.toMatchObject({ kind: 'auth', status: 401 });
    expect(receiver.refused()).toBe(refusedBefore + 1);
  });

  it('retries when the receiver cannot be reached: nothing was sent', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(failure(connector.publish({ ...access, settings: { url: `http://127.0.0.1:${port}/in` } }, post()))).resolves.toMatchObject({
      kind: 'transient',
      code: 'unreachable',
    });
  });

  it('does not follow a redirect', async () => {
    const mover = createServer((_req, res) => res.writeHead(301, { location: 'https://elsewhere.example/in' }).end());
    await new Promise<void>((resolve) => mover.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(mover.address() as AddressInfo).port}/in`;
      await expect(failure(connector.publish({ ...access, settings: { url } }, post()))).resolves.toMatchObject({ kind: 'rejected', code: 'receiver_error', status: 301 });
    } finally {
      await new Promise((resolve) => mover.close(resolve));
    }
  });

  it('sends replies and deletions as their own events; a repeated deletion carries the same delivery id', async () => {
    const parent = await connector.publish(access, post());
    const outgoing = post({ text: 'תגובה' });
    await connector.reply(access, parent, outgoing);
    expect(keptFor(outgoing.idempotencyKey)[0]!.body).toMatchObject({ event: 'post.reply', inReplyTo: { remoteId: parent.remoteId, url: parent.url } });

    const before = receiver.deliveries().length;
    await connector.delete(access, parent);
    await connector.delete(access, parent);
    const deletions = receiver.deliveries().slice(before);
    expect(deletions).toHaveLength(1);
    expect(deletions[0]!.body).toMatchObject({ event: 'post.delete', remoteId: parent.remoteId, url: parent.url });
  });

  it('refuses a private address when the operator has not allowed private networks', async () => {
    const guarded = createWebhookConnector({ fetch: createOutboundFetch({ allowPrivateNetwork: false }), allowPrivateNetwork: false });
    await expect(failure(guarded.connect({ url: receiver.url }))).resolves.toMatchObject({ kind: 'rejected', code: 'blocked_address', detail: '127.0.0.1' });
    await expect(failure(guarded.connect({ url: 'http://localhost:8080/in' }))).resolves.toMatchObject({ kind: 'rejected', code: 'blocked_address' });
    // A channel saved while private networks were allowed is still refused at delivery.
    const before = receiver.deliveries().length;
    await expect(failure(guarded.publish(access, post()))).resolves.toMatchObject({ kind: 'rejected', code: 'blocked_address' });
    expect(receiver.deliveries()).toHaveLength(before);
  });
});
