// The Bluesky connector against a real Bluesky PDS running in this process (server/testing/pds.ts):
// every post is read back from the PDS itself, as a follower's app would see it.
import { createHmac } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { AtpAgent } from '@atproto/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPds, type TestPds } from '../../testing/pds.ts';
import { freePort } from '../../testing/process.ts';
import { ConnectorError, type ChannelAccess, type OutgoingPost } from '../types.ts';
import { createBlueskyConnector, type BlueskyCredentials, type BlueskySettings } from './index.ts';
import { recordKeyFor } from './tid.ts';

/** The signing secret startTestPds gives its PDS; used here to make a genuinely expired access token. */
const TEST_PDS_JWT_SECRET = 'brandroom-test-jwt-secret';

interface Account {
  did: string;
  handle: string;
  appPassword: string;
}

let pds: TestPds;
let cafe: Account;
let roasters: Account;
let reader: AtpAgent;

async function createAccount(handle: string, displayName?: string): Promise<Account> {
  const agent = new AtpAgent({ service: pds.url });
  await agent.createAccount({ handle, email: `${handle}@example.com`, password: `main password of ${handle}` });
  const did = agent.session!.did;
  if (displayName) {
    await agent.com.atproto.repo.putRecord({ repo: did, collection: 'app.bsky.actor.profile', rkey: 'self', record: { $type: 'app.bsky.actor.profile', displayName } });
  }
  const appPassword = await agent.com.atproto.server.createAppPassword({ name: 'brandroom' });
  return { did, handle, appPassword: appPassword.data.password };
}

beforeAll(async () => {
  pds = await startTestPds();
  cafe = await createAccount('cafe.test', 'קפה שקד');
  roasters = await createAccount('roasters.test');
  reader = new AtpAgent({ service: pds.url });
}, 120_000);
afterAll(async () => pds?.close());

/** Counts the requests by XRPC method, and lets a test step in on one. */
function recordingFetch(intercept?: (method: string, send: () => Promise<Response>, init: RequestInit | undefined) => Promise<Response>) {
  const calls: string[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const method = new URL(url).pathname.replace('/xrpc/', '');
    calls.push(method);
    const send = () => globalThis.fetch(input, init);
    return intercept ? intercept(method, send, init) : send();
  };
  return { fetch: fetchImpl, calls };
}

async function channelFor(account: Account, connector = createBlueskyConnector()) {
  const connected = await connector.connect({ handle: account.handle, appPassword: account.appPassword, pdsUrl: pds.url });
  const saved: BlueskyCredentials[] = [];
  const access: ChannelAccess<BlueskySettings, BlueskyCredentials> = {
    channelId: `channel-${account.handle}`,
    settings: connected.settings,
    credentials: connected.credentials,
    async saveCredentials(next) {
      saved.push(next);
      access.credentials = next;
    },
  };
  return { access, saved, connected };
}

let keys = 0;
function outgoing(fields: Partial<OutgoingPost> = {}): OutgoingPost {
  keys += 1;
  return {
    idempotencyKey: `variant-${keys}:attempt-set`,
    text: `פוסט מספר ${keys}`,
    link: null,
    images: [],
    scheduledAt: new Date('2026-03-27T07:30:00.000Z'),
    postId: `post-${keys}`,
    variantId: `variant-${keys}`,
    ...fields,
  };
}

async function readRecord(uri: string) {
  const [, , repo, collection, rkey] = uri.split('/');
  const res = await reader.com.atproto.repo.getRecord({ repo: repo!, collection: collection!, rkey: rkey! });
  return res.data.value as Record<string, any>;
}

async function postsOf(did: string) {
  const all: { uri: string; value: Record<string, any> }[] = [];
  let cursor: string | undefined;
  do {
    const res = await reader.com.atproto.repo.listRecords({ repo: did, collection: 'app.bsky.feed.post', limit: 100, cursor });
    all.push(...res.data.records.map((r) => ({ uri: r.uri, value: r.value as Record<string, any> })));
    cursor = res.data.records.length === 100 ? res.data.cursor : undefined;
  } while (cursor);
  return all;
}

async function caught(promise: Promise<unknown>): Promise<ConnectorError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ConnectorError);
  return err as ConnectorError;
}

/** A PNG of one colour, small and valid, so the PDS takes it as an image. */
function png(width: number, height: number, rgb: [number, number, number]): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return new Uint8Array(
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]),
  );
}

/** The same access token, signed as the PDS signs it, but expired a minute ago. */
function expiredCopy(accessJwt: string): string {
  const [header, payload] = accessJwt.split('.');
  const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>;
  const now = Math.floor(Date.now() / 1000);
  const body = Buffer.from(JSON.stringify({ ...claims, iat: now - 7200, exp: now - 60 })).toString('base64url');
  const signature = createHmac('sha256', TEST_PDS_JWT_SECRET).update(`${header}.${body}`).digest('base64url');
  return `${header}.${body}.${signature}`;
}

describe('connecting a Bluesky account', () => {
  it('signs in with the app password and names the account as people know it', async () => {
    const connector = createBlueskyConnector();
    const connected = await connector.connect({ handle: '@cafe.test', appPassword: cafe.appPassword, pdsUrl: `${pds.url}/` });
    expect(connected.account).toBe('@cafe.test');
    expect(connected.displayName).toBe('קפה שקד');
    expect(connected.settings).toEqual({ pdsUrl: pds.url });
    expect(connected.credentials).toMatchObject({ identifier: cafe.did, appPassword: cafe.appPassword, session: { did: cafe.did, handle: 'cafe.test' } });
    expect(connected.credentials.session!.accessJwt).toMatch(/^ey/);

    const plain = await connector.connect({ handle: 'roasters.test', appPassword: roasters.appPassword, pdsUrl: pds.url });
    expect(plain.displayName).toBe('roasters.test');
  });

  it('refuses a wrong app password as an authentication failure', async () => {
    const err = await caught(createBlueskyConnector().connect({ handle: 'cafe.test', appPassword: 'aaaa-bbbb-cccc-dddd', pdsUrl: pds.url }));
    expect(err.kind).toBe('auth');
    expect(err.code).toBe('auth_failed');
  });

  it('uses bsky.social when no PDS is given', () => {
    expect(createBlueskyConnector().settingsSchema.parse({})).toEqual({ pdsUrl: 'https://bsky.social' });
    expect(createBlueskyConnector().settingsSchema.safeParse({ pdsUrl: 'ftp://pds.example' }).success).toBe(false);
  });
});

describe('publishing to Bluesky', () => {
  it('publishes Hebrew with an emoji, a hashtag, a mention and a link, each a facet over the right bytes', async () => {
    const { access } = await channelFor(cafe);
    const link = 'https://shaked.example/menu?day=friday';
    const post = outgoing({ text: 'בוקר טוב ☕️ מקפה שקד! #קפה_טוב עם @roasters.test ולא @nobody.test', link });
    const published = await createBlueskyConnector().publish(access, post);

    const rkey = recordKeyFor(post.idempotencyKey, post.scheduledAt);
    expect(published.remoteId).toBe(`at://${cafe.did}/app.bsky.feed.post/${rkey}`);
    expect(published.url).toBe(`https://bsky.app/profile/cafe.test/post/${rkey}`);
    expect(published.cid).toMatch(/^bafy/);

    const record = await readRecord(published.remoteId);
    expect(record.text).toBe(`${post.text}\n${link}`);
    expect(record.brandroomKey).toBe(post.idempotencyKey);
    const bytes = Buffer.from(record.text, 'utf8');
    const spans = (record.facets as { index: { byteStart: number; byteEnd: number }; features: Record<string, string>[] }[]).map((f) => ({
      text: bytes.subarray(f.index.byteStart, f.index.byteEnd).toString('utf8'),
      feature: f.features[0],
    }));
    expect(spans).toEqual([
      { text: '#קפה_טוב', feature: { $type: 'app.bsky.richtext.facet#tag', tag: 'קפה_טוב' } },
      { text: '@roasters.test', feature: { $type: 'app.bsky.richtext.facet#mention', did: roasters.did } },
      { text: link, feature: { $type: 'app.bsky.richtext.facet#link', uri: link } },
    ]);
    expect(record.embed).toEqual({ $type: 'app.bsky.embed.external', external: { uri: link, title: link, description: '' } });
  });

  it('does not repeat a link the text already carries', async () => {
    const { access } = await channelFor(cafe);
    const link = 'https://shaked.example/events';
    const published = await createBlueskyConnector().publish(access, outgoing({ text: `אירועים: ${link} — מחכים לכם`, link }));
    const record = await readRecord(published.remoteId);
    expect(record.text).toBe(`אירועים: ${link} — מחכים לכם`);
    expect(record.facets).toHaveLength(1);
  });

  it('publishes two images with their alt text, and the PDS serves the very bytes back', async () => {
    const { access } = await channelFor(cafe);
    const wide = png(2, 1, [200, 120, 40]);
    const square = png(1, 1, [20, 60, 200]);
    const published = await createBlueskyConnector().publish(
      access,
      outgoing({
        link: 'https://shaked.example/roast',
        images: [
          { bytes: wide, mimeType: 'image/png', alt: 'פולי קפה קלויים על מגש', width: 2, height: 1 },
          { bytes: square, mimeType: 'image/png', alt: 'כוס אספרסו' },
        ],
      }),
    );
    const record = await readRecord(published.remoteId);
    expect(record.embed.$type).toBe('app.bsky.embed.images');
    const images = record.embed.images as { alt: string; aspectRatio?: unknown; image: { ref: { toString(): string }; mimeType: string } }[];
    expect(images.map((i) => [i.alt, i.aspectRatio ?? null, i.image.mimeType])).toEqual([
      ['פולי קפה קלויים על מגש', { width: 2, height: 1 }, 'image/png'],
      ['כוס אספרסו', null, 'image/png'],
    ]);
    const blob = await reader.com.atproto.sync.getBlob({ did: cafe.did, cid: images[0]!.image.ref.toString() });
    expect(Buffer.from(blob.data).equals(Buffer.from(wide))).toBe(true);
  });

  it('replies, and a thread of three keeps its first post as the root', async () => {
    const connector = createBlueskyConnector();
    const { access } = await channelFor(cafe);
    const first = await connector.publish(access, outgoing({ text: 'שרשור: איך קולים קפה (1/3)' }));
    const second = await connector.reply(access, first, outgoing({ text: 'בוחרים פולים טריים (2/3)' }));
    const third = await connector.publish(access, outgoing({ text: 'וקולים לאט (3/3)', replyTo: second }));

    expect((await readRecord(second.remoteId)).reply).toEqual({ root: { uri: first.remoteId, cid: first.cid }, parent: { uri: first.remoteId, cid: first.cid } });
    expect((await readRecord(third.remoteId)).reply).toEqual({ root: { uri: first.remoteId, cid: first.cid }, parent: { uri: second.remoteId, cid: second.cid } });
  });

  it('deletes a post, after which the status check no longer finds it', async () => {
    const connector = createBlueskyConnector();
    const { access } = await channelFor(cafe);
    const post = outgoing({ text: 'פוסט שיימחק' });
    const published = await connector.publish(access, post);
    await connector.delete(access, published);
    expect((await postsOf(cafe.did)).map((p) => p.uri)).not.toContain(published.remoteId);
    expect(await connector.checkStatus(access, { ...post, notBefore: post.scheduledAt })).toEqual({ state: 'absent' });
  });

  it('finds a published post by its idempotency key, and says absent for a key never published', async () => {
    const connector = createBlueskyConnector();
    const { access } = await channelFor(cafe);
    const post = outgoing();
    const published = await connector.publish(access, post);
    const found = await connector.checkStatus(access, { ...post, notBefore: post.scheduledAt });
    expect(found).toEqual({ state: 'published', post: { remoteId: published.remoteId, cid: published.cid, url: published.url, publishedAt: published.publishedAt } });
    const unknown = outgoing();
    expect(await connector.checkStatus(access, { ...unknown, notBefore: unknown.scheduledAt })).toEqual({ state: 'absent' });
  });
});

describe('exactly once', () => {
  it('publishing the same idempotency key twice leaves one post and answers the same address', async () => {
    const connector = createBlueskyConnector();
    const { access } = await channelFor(cafe);
    const post = outgoing({ text: 'פעם אחת בלבד' });
    const first = await connector.publish(access, post);
    const again = await connector.publish(access, { ...post });
    expect(again.remoteId).toBe(first.remoteId);
    expect(again.cid).toBe(first.cid);
    const ours = (await postsOf(cafe.did)).filter((p) => p.value.brandroomKey === post.idempotencyKey);
    expect(ours.map((p) => p.uri)).toEqual([first.remoteId]);

    const other = await connector.publish(access, { ...post, idempotencyKey: `${post.idempotencyKey}:other` });
    expect(other.remoteId).not.toBe(first.remoteId);
  });

  it('moves to the next key when an unrelated post already holds its own, and still finds it there', async () => {
    const connector = createBlueskyConnector();
    const { access } = await channelFor(cafe);
    const post = outgoing({ text: 'המפתח תפוס' });
    const owner = new AtpAgent({ service: pds.url });
    await owner.login({ identifier: cafe.did, password: cafe.appPassword });
    const taken = recordKeyFor(post.idempotencyKey, post.scheduledAt, 0);
    await owner.com.atproto.repo.createRecord({
      repo: cafe.did,
      collection: 'app.bsky.feed.post',
      rkey: taken,
      record: { $type: 'app.bsky.feed.post', text: 'someone else', createdAt: new Date().toISOString(), brandroomKey: 'another-key' },
    });

    const published = await connector.publish(access, post);
    expect(published.remoteId).toBe(`at://${cafe.did}/app.bsky.feed.post/${recordKeyFor(post.idempotencyKey, post.scheduledAt, 1)}`);
    expect(await connector.checkStatus(access, { ...post, notBefore: post.scheduledAt })).toMatchObject({ state: 'published', post: { remoteId: published.remoteId } });
    expect((await connector.publish(access, post)).remoteId).toBe(published.remoteId);
    expect((await readRecord(`at://${cafe.did}/app.bsky.feed.post/${taken}`)).text).toBe('someone else');
  });

  it('calls an abort after the PDS took the post an unknown outcome; the status check then finds it, once', async () => {
    const controller = new AbortController();
    const { fetch } = recordingFetch(async (method, send) => {
      const res = await send();
      // The PDS has written the record; the answer is lost on the way back.
      if (method === 'com.atproto.repo.createRecord') controller.abort();
      return res;
    });
    const connector = createBlueskyConnector({ fetch });
    const { access } = await channelFor(cafe, connector);
    const post = outgoing({ text: 'התשובה אבדה בדרך' });
    const err = await caught(connector.publish(access, post, { signal: controller.signal }));
    expect(err.kind).toBe('unknown_outcome');
    expect(err.code).toBe('timeout');

    const status = await connector.checkStatus(access, { ...post, notBefore: post.scheduledAt });
    expect(status.state).toBe('published');
    const retried = await connector.publish(access, post);
    expect(retried.remoteId).toBe(status.state === 'published' ? status.post.remoteId : null);
    expect((await postsOf(cafe.did)).filter((p) => p.value.brandroomKey === post.idempotencyKey)).toHaveLength(1);
  });

  it('times a hanging request out after timeoutMs, as an unknown outcome for a post the PDS may hold', async () => {
    const { fetch } = recordingFetch(async (method, send, init) => {
      if (method !== 'com.atproto.repo.createRecord') return send();
      await send();
      // The answer never comes back: wait for the connector's own deadline.
      return new Promise<Response>((_, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)));
    });
    const connector = createBlueskyConnector({ fetch, timeoutMs: 500 });
    // Signing in is slow by design (the password hash); only the publication runs on the short deadline.
    const { access } = await channelFor(cafe);
    const post = outgoing({ text: 'אין תשובה' });
    const err = await caught(connector.publish(access, post));
    expect([err.kind, err.code]).toEqual(['unknown_outcome', 'timeout']);
    expect((await postsOf(cafe.did)).filter((p) => p.value.brandroomKey === post.idempotencyKey)).toHaveLength(1);
  });

  it('calls a publication cancelled before anything was sent a plain retry', async () => {
    const { fetch, calls } = recordingFetch();
    const connector = createBlueskyConnector({ fetch });
    const { access } = await channelFor(cafe, connector);
    const before = calls.length;
    const err = await caught(connector.publish(access, outgoing(), { signal: AbortSignal.abort() }));
    expect([err.kind, err.code]).toEqual(['transient', 'timeout']);
    expect(calls.length).toBe(before);
  });
});

describe('the session', () => {
  it('renews an expired access token with the refresh token and saves the new session', async () => {
    const { fetch, calls } = recordingFetch();
    const connector = createBlueskyConnector({ fetch });
    const { access, saved } = await channelFor(cafe, connector);
    const stale = { ...access.credentials.session!, accessJwt: expiredCopy(access.credentials.session!.accessJwt) };
    access.credentials = { ...access.credentials, session: stale };
    calls.length = 0;

    const published = await connector.publish(access, outgoing({ text: 'אחרי רענון' }));
    expect(published.remoteId).toContain(cafe.did);
    expect(calls).toContain('com.atproto.server.refreshSession');
    expect(calls).not.toContain('com.atproto.server.createSession');
    expect(saved).toHaveLength(1);
    expect(saved[0]!.session!.refreshJwt).not.toBe(stale.refreshJwt);
    expect(saved[0]!.session!.accessJwt).not.toBe(stale.accessJwt);

    // The renewed session is the one used next time: no refresh, no sign-in, nothing saved.
    calls.length = 0;
    await connector.publish(access, outgoing());
    expect(calls.filter((c) => c.startsWith('com.atproto.server.'))).toEqual([]);
    expect(saved).toHaveLength(1);
  });

  it('signs in again with the app password when the stored session is refused altogether', async () => {
    const { fetch, calls } = recordingFetch();
    const connector = createBlueskyConnector({ fetch });
    const { access, saved } = await channelFor(cafe, connector);
    access.credentials = { ...access.credentials, session: { ...access.credentials.session!, accessJwt: 'not-a-token', refreshJwt: 'not-a-token-either' } };
    calls.length = 0;

    const published = await connector.publish(access, outgoing({ text: 'אחרי כניסה מחדש' }));
    expect(published.url).toContain('/profile/cafe.test/post/');
    expect(calls).toContain('com.atproto.server.createSession');
    expect(saved.at(-1)!.session).toMatchObject({ did: cafe.did, handle: 'cafe.test' });
    expect(saved.at(-1)!.session!.accessJwt).not.toBe('not-a-token');
  });

  it('renews the session on request and hands back what to store', async () => {
    const connector = createBlueskyConnector();
    const { access, saved } = await channelFor(cafe, connector);
    const before = access.credentials.session!;
    const renewed = await connector.refreshAuth(access);
    expect(renewed.session!.refreshJwt).not.toBe(before.refreshJwt);
    expect(saved.at(-1)).toEqual(renewed);
    expect(renewed.session!.did).toBe(cafe.did);
  });

  it('asks for reconnection only when the app password itself is refused', async () => {
    const connector = createBlueskyConnector();
    const { access } = await channelFor(cafe, connector);
    access.credentials = { ...access.credentials, appPassword: 'aaaa-bbbb-cccc-dddd', session: { ...access.credentials.session!, accessJwt: 'x', refreshJwt: 'y' } };
    const err = await caught(connector.publish(access, outgoing()));
    expect([err.kind, err.code]).toEqual(['auth', 'auth_failed']);
  });
});

describe('refusals and failures', () => {
  it('refuses what Bluesky would refuse before sending anything', async () => {
    const { fetch, calls } = recordingFetch();
    const connector = createBlueskyConnector({ fetch });
    const { access } = await channelFor(cafe, connector);
    calls.length = 0;
    const image = { bytes: png(1, 1, [0, 0, 0]), mimeType: 'image/png', alt: '' };

    // 300 graphemes is the limit: a Hebrew letter with niqqud or an emoji with its modifier is one each.
    expect((await connector.publish(access, outgoing({ text: 'שָׁ'.repeat(299) + '👍🏽' }))).remoteId).toMatch(/^at:/);
    calls.length = 0;
    const refusals = await Promise.all([
      caught(connector.publish(access, outgoing({ text: 'א'.repeat(301) }))),
      caught(connector.publish(access, outgoing({ text: 'א'.repeat(280), link: 'https://shaked.example/a-rather-long-address' }))),
      caught(connector.publish(access, outgoing({ images: Array.from({ length: 5 }, () => image) }))),
      caught(connector.publish(access, outgoing({ images: [{ ...image, bytes: new Uint8Array(1_000_001) }] }))),
      caught(connector.publish(access, outgoing({ images: [{ ...image, mimeType: 'image/tiff' }] }))),
    ]);
    expect(refusals.map((e) => [e.kind, e.code])).toEqual([
      ['rejected', 'text_too_long'],
      ['rejected', 'text_too_long'],
      ['rejected', 'too_many_images'],
      ['rejected', 'media_too_large'],
      ['rejected', 'media_type'],
    ]);
    expect(calls).toEqual([]);
  });

  it('calls a PDS that is down a transient failure', async () => {
    const down = `http://127.0.0.1:${await freePort()}`;
    const connector = createBlueskyConnector();
    const err = await caught(connector.connect({ handle: 'cafe.test', appPassword: cafe.appPassword, pdsUrl: down }));
    expect([err.kind, err.code]).toEqual(['transient', 'unreachable']);

    const { access } = await channelFor(cafe, connector);
    access.settings = { pdsUrl: down };
    const publishing = await caught(connector.publish(access, outgoing()));
    expect([publishing.kind, publishing.code]).toEqual(['transient', 'unreachable']);
  });

  it('waits as the PDS says when rate limited, and retries later on a server error', async () => {
    const resetAt = Math.floor(Date.now() / 1000) + 120;
    let answer: 'limit' | 'fail' = 'limit';
    const { fetch } = recordingFetch(async (method, send) => {
      if (method !== 'com.atproto.repo.createRecord') return send();
      if (answer === 'limit') {
        return Response.json({ error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' }, { status: 429, headers: { 'ratelimit-reset': String(resetAt) } });
      }
      return Response.json({ error: 'InternalServerError', message: 'Internal Server Error' }, { status: 502 });
    });
    const connector = createBlueskyConnector({ fetch });
    const { access } = await channelFor(cafe, connector);
    const limited = await caught(connector.publish(access, outgoing()));
    expect([limited.kind, limited.code, limited.status]).toEqual(['rate_limited', 'rate_limited', 429]);
    expect(limited.retryAfterMs).toBeGreaterThan(100_000);
    expect(limited.retryAfterMs).toBeLessThanOrEqual(120_000);

    answer = 'fail';
    const failed = await caught(connector.publish(access, outgoing()));
    expect([failed.kind, failed.code, failed.status]).toEqual(['transient', 'server_error', 502]);
  });

  it('refuses a reply to a post that is gone', async () => {
    const connector = createBlueskyConnector();
    const { access } = await channelFor(cafe, connector);
    const parent = await connector.publish(access, outgoing());
    await connector.delete(access, parent);
    const err = await caught(connector.reply(access, parent, outgoing()));
    expect([err.kind, err.code]).toEqual(['rejected', 'not_found']);
  });
});
