import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutboundFetch } from '../../net/outbound.ts';
import { startMastodonStandIn, type MastodonStandIn } from '../../testing/mastodon.ts';
import { ConnectorError, type ChannelAccess, type Connected, type OutgoingPost } from '../types.ts';
import { createMastodonConnector, mastodonLength, statusText, type MastodonCredentials, type MastodonSettings } from './index.ts';
import { finishMastodonOAuth, revokeMastodonToken, startMastodonOAuth } from './oauth.ts';

// A 1×1 PNG: the stand-in, like Mastodon, checks an upload's bytes, not only its declared type.
const PNG = new Uint8Array(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'));

const fetchLocal = createOutboundFetch({ allowPrivateNetwork: true });

function post(overrides: Partial<OutgoingPost> = {}): OutgoingPost {
  return {
    idempotencyKey: randomUUID(),
    text: `פוסט בדיקה ${randomUUID().slice(0, 8)}`,
    link: null,
    images: [],
    scheduledAt: new Date(),
    postId: randomUUID(),
    variantId: randomUUID(),
    ...overrides,
  };
}

function accessOf(connected: Connected<MastodonSettings, MastodonCredentials>): ChannelAccess<MastodonSettings, MastodonCredentials> {
  return { channelId: randomUUID(), settings: connected.settings, credentials: connected.credentials, saveCredentials: async () => undefined };
}

async function failure(promise: Promise<unknown>): Promise<ConnectorError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConnectorError);
  return error as ConnectorError;
}

describe('Mastodon connector, checked against a stand-in written from Mastodon’s API documentation', () => {
  let instance: MastodonStandIn;
  const connector = createMastodonConnector({ fetch: fetchLocal, timeoutMs: 2_000 });
  let cafe: { id: string; token: string };
  let access: ChannelAccess<MastodonSettings, MastodonCredentials>;

  beforeAll(async () => {
    // Limits unlike Mastodon's defaults, to see that they come from the instance. Uploads answer
    // 202 and are still "processing" at the first poll, as large media are on a real server.
    instance = await startMastodonStandIn({ maxCharacters: 600, charactersReservedPerUrl: 30, maxMediaAttachments: 3, imageSizeLimit: 2_000_000, mediaProcessingPolls: 1 });
    cafe = instance.createAccount('kafe_shaked', { displayName: 'קפה שקד' });
    access = accessOf(await connector.connect({ instanceUrl: instance.url, accessToken: cafe.token }));
  });
  afterAll(() => instance.close());

  it('reads the instance’s limits and the account when connecting', async () => {
    const connected = await connector.connect({ instanceUrl: `${instance.url}/@kafe_shaked`, accessToken: cafe.token });
    expect(connected.account).toBe(`@kafe_shaked@${new URL(instance.url).host}`);
    expect(connected.displayName).toBe('קפה שקד');
    expect(connected.settings).toEqual({
      instanceUrl: instance.url,
      accountId: cafe.id,
      textLimit: 600,
      charactersPerUrl: 30,
      imageMaxBytes: 2_000_000,
      maxImages: 3,
      imageTypes: expect.arrayContaining(['image/jpeg', 'image/png', 'image/webp']),
    });
    expect(connected.settings.imageTypes.every((type) => type.startsWith('image/'))).toBe(true);
    expect(connected.credentials).toEqual({ accessToken: cafe.token });
    expect(connector.capabilities(connected.settings)).toMatchObject({ network: 'mastodon', textLimit: 600, maxImages: 3, statusCheck: 'content', reply: true });
  });

  it('refuses to connect with a token the instance does not know', async () => {
    const error = await failure(connector.connect({ instanceUrl: instance.url, accessToken: 'not-a-token' }));
    expect(error).toMatchObject({ kind: 'auth', code: 'auth_failed', status: 401, detail: 'The access token is invalid' });
  });

  it('publishes Hebrew text, its link on a line of its own, and two images with their alt text', async () => {
    const outgoing = post({
      text: 'בוקר טוב מקפה שקד ☕️ #קפה\n\nהמבצע של השבוע:',
      link: 'https://shaked.example/menu/this-week?utm_source=mastodon',
      images: [
        { bytes: PNG, mimeType: 'image/png', alt: 'כוס קפוצ׳ינו על שולחן עץ', width: 1, height: 1 },
        { bytes: PNG, mimeType: 'image/png', alt: 'עוגת שקדים', width: 1, height: 1 },
      ],
    });
    const published = await connector.publish(access, outgoing);
    const [status] = instance.statuses(cafe.id).filter((s) => s.id === published.remoteId);
    expect(status).toBeDefined();
    expect(status!.text).toBe('בוקר טוב מקפה שקד ☕️ #קפה\n\nהמבצע של השבוע:\nhttps://shaked.example/menu/this-week?utm_source=mastodon');
    expect(status!.visibility).toBe('public');
    expect(status!.idempotencyKey).toBe(outgoing.idempotencyKey);
    expect(status!.media.map((m) => m.description)).toEqual(['כוס קפוצ׳ינו על שולחן עץ', 'עוגת שקדים']);
    expect(published.url).toBe(`${instance.url}/@kafe_shaked/${published.remoteId}`);
    expect(Math.abs(published.publishedAt.getTime() - Date.now())).toBeLessThan(10_000);
    // The uploads were answered 202 and polled until processed.
    expect(instance.requests().filter((r) => r.startsWith('GET /api/v1/media/')).length).toBeGreaterThanOrEqual(4); // 206, then 200, per image
  });

  it('does not append the link when the text already has it', () => {
    expect(statusText({ text: 'ראו https://shaked.example/a', link: 'https://shaked.example/a' })).toBe('ראו https://shaked.example/a');
    expect(statusText({ text: '', link: 'https://shaked.example/a' })).toBe('https://shaked.example/a');
  });

  it('sends the same Idempotency-Key on a second attempt and the instance keeps one status', async () => {
    const outgoing = post();
    const first = await connector.publish(access, outgoing);
    const second = await connector.publish(access, outgoing);
    expect(second.remoteId).toBe(first.remoteId);
    expect(instance.statuses(cafe.id).filter((s) => s.text === outgoing.text)).toHaveLength(1);
  });

  it('refuses text over the instance’s limit before sending, counting each link as the instance does', async () => {
    const before = instance.requests().length;
    const longText = 'א'.repeat(570);
    // 570, a line break and 30 for the link: 601 > 600.
    expect(mastodonLength(`${longText}\nhttps://shaked.example/x`, 30)).toBe(601);
    const error = await failure(connector.publish(access, post({ text: longText, link: 'https://shaked.example/x' })));
    expect(error).toMatchObject({ kind: 'rejected', code: 'text_too_long' });
    expect(instance.requests().length).toBe(before);
    await expect(connector.publish(access, post({ text: 'א'.repeat(569), link: 'https://shaked.example/x' }))).resolves.toMatchObject({ remoteId: expect.any(String) });
  });

  it('maps the instance’s own 422 for a text over its limit (the limit was lowered after connecting)', async () => {
    const stale = { ...access, settings: { ...access.settings, textLimit: 5_000 } };
    const error = await failure(connector.publish(stale, post({ text: 'ב'.repeat(700) })));
    expect(error).toMatchObject({ kind: 'rejected', code: 'text_too_long', status: 422, detail: 'Validation failed: Text character limit of 600 exceeded' });
  });

  it('refuses images the instance does not take, before uploading', async () => {
    const before = instance.requests().length;
    const image = { bytes: PNG, mimeType: 'image/png', alt: '' };
    await expect(failure(connector.publish(access, post({ images: [image, image, image, image] })))).resolves.toMatchObject({ code: 'too_many_images' });
    await expect(failure(connector.publish(access, post({ images: [{ ...image, mimeType: 'image/tiff' }] })))).resolves.toMatchObject({ code: 'media_type' });
    await expect(failure(connector.publish(access, post({ images: [{ ...image, bytes: new Uint8Array(2_000_001) }] })))).resolves.toMatchObject({ code: 'media_too_large' });
    expect(instance.requests().length).toBe(before);
  });

  it('waits as long as the rate-limit headers say', async () => {
    instance.rateLimit({ remaining: 0, resetInMs: 30_000 });
    try {
      const error = await failure(connector.publish(access, post()));
      expect(error.kind).toBe('rate_limited');
      expect(error.status).toBe(429);
      // X-RateLimit-Reset is measured against the server's Date header (whole seconds).
      expect(error.retryAfterMs).toBeGreaterThanOrEqual(28_000);
      expect(error.retryAfterMs).toBeLessThanOrEqual(31_000);
    } finally {
      instance.rateLimit({ remaining: 0, resetInMs: 0 });
    }
  });

  it('reports a revoked token as an authentication failure, in publishing and in refreshing', async () => {
    const other = instance.createAccount('revoked_brand');
    const otherAccess = accessOf(await connector.connect({ instanceUrl: instance.url, accessToken: other.token }));
    await expect(connector.refreshAuth(otherAccess)).resolves.toEqual(otherAccess.credentials);
    instance.revokeToken(other.token);
    await expect(failure(connector.publish(otherAccess, post()))).resolves.toMatchObject({ kind: 'auth', code: 'auth_failed', status: 401 });
    await expect(failure(connector.refreshAuth(otherAccess))).resolves.toMatchObject({ kind: 'auth' });
    expect(instance.statuses(other.id)).toHaveLength(0);
  });

  it('treats a 503 as transient: nothing was posted, and the retry posts once', async () => {
    const outgoing = post();
    instance.failNext(1, 503, 'POST /api/v1/statuses');
    await expect(failure(connector.publish(access, outgoing))).resolves.toMatchObject({ kind: 'transient', code: 'server_error', status: 503 });
    expect(instance.statuses(cafe.id).filter((s) => s.text === outgoing.text)).toHaveLength(0);
    await connector.publish(access, outgoing);
    expect(instance.statuses(cafe.id).filter((s) => s.text === outgoing.text)).toHaveLength(1);
  });

  it('calls a timeout after sending an unknown outcome; the status check then finds the post, and a resend makes no second one', async () => {
    const quick = createMastodonConnector({ fetch: fetchLocal, timeoutMs: 300 });
    const notBefore = new Date();
    const outgoing = post({ link: 'https://shaked.example/a-rather-long-link-to-this-weeks-menu-page' });
    instance.delayNext(1_500);
    const error = await failure(quick.publish(access, outgoing));
    expect(error).toMatchObject({ kind: 'unknown_outcome', code: 'timeout' });
    const stored = instance.statuses(cafe.id).filter((s) => s.idempotencyKey === outgoing.idempotencyKey);
    expect(stored).toHaveLength(1);

    const check = await connector.checkStatus(access, { idempotencyKey: outgoing.idempotencyKey, text: outgoing.text, scheduledAt: outgoing.scheduledAt, notBefore });
    expect(check).toEqual({ state: 'published', post: { remoteId: stored[0]!.id, cid: null, url: `${instance.url}/@kafe_shaked/${stored[0]!.id}`, publishedAt: new Date(stored[0]!.createdAt) } });
    await connector.publish(access, outgoing);
    expect(instance.statuses(cafe.id).filter((s) => s.idempotencyKey === outgoing.idempotencyKey)).toHaveLength(1);
  });

  it('calls a connection cut after the status was stored an unknown outcome', async () => {
    const outgoing = post();
    instance.dropAfterStore();
    await expect(failure(connector.publish(access, outgoing))).resolves.toMatchObject({ kind: 'unknown_outcome' });
    expect(instance.statuses(cafe.id).filter((s) => s.text === outgoing.text)).toHaveLength(1);
  });

  it('finds a post by its text through Mastodon’s HTML: paragraphs, line breaks, hashtags, entities', async () => {
    const notBefore = new Date();
    const text = 'שבת שלום <3 & "תודה"\nשורה שנייה\n\n\nפסקה חדשה #שבת_שלום @friend@other.example';
    await connector.publish(access, post({ text }));
    const check = await connector.checkStatus(access, { idempotencyKey: randomUUID(), text, scheduledAt: notBefore, notBefore });
    expect(check.state).toBe('published');
  });

  it('answers absent when no status has the text, or only one older than the first attempt', async () => {
    const text = `לא פורסם ${randomUUID()}`;
    await expect(connector.checkStatus(access, { idempotencyKey: randomUUID(), text, scheduledAt: new Date(), notBefore: new Date() })).resolves.toEqual({ state: 'absent' });
    const old = post();
    await connector.publish(access, old);
    const later = new Date(Date.now() + 10 * 60 * 1000);
    await expect(connector.checkStatus(access, { idempotencyKey: old.idempotencyKey, text: old.text, scheduledAt: later, notBefore: later })).resolves.toEqual({ state: 'absent' });
  });

  it('looks back through more than one page of statuses', async () => {
    const busy = instance.createAccount('busy_brand');
    const busyAccess = accessOf(await connector.connect({ instanceUrl: instance.url, accessToken: busy.token }));
    const notBefore = new Date();
    const target = post();
    await connector.publish(busyAccess, target);
    for (let i = 0; i < 45; i++) await connector.publish(busyAccess, post());
    const check = await connector.checkStatus(busyAccess, { idempotencyKey: target.idempotencyKey, text: target.text, scheduledAt: notBefore, notBefore });
    expect(check.state).toBe('published');
  });

  it('replies to a status of the same account, and says when the parent is gone', async () => {
    const parent = await connector.publish(access, post());
    const reply = await connector.reply(access, parent, post({ text: 'תגובה בשרשור' }));
    const stored = instance.statuses(cafe.id).find((s) => s.id === reply.remoteId);
    expect(stored?.inReplyToId).toBe(parent.remoteId);
    const threaded = await connector.publish(access, post({ replyTo: reply }));
    expect(instance.statuses(cafe.id).find((s) => s.id === threaded.remoteId)?.inReplyToId).toBe(reply.remoteId);
    await expect(failure(connector.reply(access, { remoteId: '1', url: null }, post()))).resolves.toMatchObject({ kind: 'rejected', code: 'not_found' });
  });

  it('deletes a status, and deleting it again is not an error', async () => {
    const published = await connector.publish(access, post());
    await connector.delete(access, published);
    expect(instance.statuses(cafe.id).some((s) => s.id === published.remoteId)).toBe(false);
    await expect(connector.delete(access, published)).resolves.toBeUndefined();
  });

  it('refuses an instance on a private address unless the operator allows private networks', async () => {
    const guarded = createMastodonConnector({ fetch: createOutboundFetch({ allowPrivateNetwork: false }) });
    await expect(failure(guarded.connect({ instanceUrl: instance.url, accessToken: cafe.token }))).resolves.toMatchObject({ kind: 'rejected', code: 'blocked_address' });
  });

  it('connects through OAuth: registers the app, the person approves, the code becomes a token with only the scopes needed', async () => {
    const owner = instance.createAccount('roasters');
    instance.approveAuthorizationsAs(owner.id);
    const redirectUri = 'https://brandroom.example/api/channels/mastodon/callback';
    const started = await startMastodonOAuth({ instanceUrl: instance.url, redirectUri, appName: 'Brandroom', website: 'https://brandroom.example', state: 'state-123' }, fetchLocal);
    const authorize = new URL(started.authorizeUrl);
    expect(authorize.origin + authorize.pathname).toBe(`${instance.url}/oauth/authorize`);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: started.clientId,
      redirect_uri: redirectUri,
      scope: 'read:accounts read:statuses write:statuses write:media',
      state: 'state-123',
    });

    // The person approves on the instance, which sends them back with a code.
    const approval = await fetchLocal(started.authorizeUrl, { redirect: 'manual' });
    expect(approval.status).toBe(302);
    const back = new URL(approval.headers.get('location')!);
    expect(back.origin + back.pathname).toBe(redirectUri);
    expect(back.searchParams.get('state')).toBe('state-123');
    const code = back.searchParams.get('code')!;

    const { accessToken } = await finishMastodonOAuth({ instanceUrl: instance.url, clientId: started.clientId, clientSecret: started.clientSecret, redirectUri, code }, fetchLocal);
    const connected = await connector.connect({ instanceUrl: instance.url, accessToken, clientId: started.clientId, clientSecret: started.clientSecret });
    expect(connected.settings.accountId).toBe(owner.id);
    expect(connected.credentials).toEqual({ accessToken, clientId: started.clientId, clientSecret: started.clientSecret });
    const oauthAccess = accessOf(connected);
    const published = await connector.publish(oauthAccess, post({ images: [{ bytes: PNG, mimeType: 'image/png', alt: 'לוגו' }] }));
    expect(instance.statuses(owner.id).map((s) => s.id)).toEqual([published.remoteId]);

    // A code works once.
    await expect(
      failure(finishMastodonOAuth({ instanceUrl: instance.url, clientId: started.clientId, clientSecret: started.clientSecret, redirectUri, code }, fetchLocal)),
    ).resolves.toMatchObject({ kind: 'auth', status: 400 });

    await revokeMastodonToken({ instanceUrl: instance.url, clientId: started.clientId, clientSecret: started.clientSecret, token: accessToken }, fetchLocal);
    await expect(failure(connector.refreshAuth(oauthAccess))).resolves.toMatchObject({ kind: 'auth' });
  });
});
