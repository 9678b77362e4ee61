// No duplicates under failure: a worker that dies after the network took the post, a network that
// answers too late, and two workers racing for the same due post (a real race on PostgreSQL, where
// the test runs with TEST_DATABASE_URL). The networks are the in-process Bluesky PDS, the Mastodon
// stand-in written from Mastodon's API documentation, and a signing webhook receiver.
import { AtpAgent } from '@atproto/api';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMastodonConnector } from '../../connectors/mastodon/index.ts';
import { ConnectorError } from '../../connectors/types.ts';
import type { AnyConnector } from '../../connectors/registry.ts';
import { postVariants, publishAttempts } from '../../db/schema.ts';
import { DEMO_BRANDS } from '../../demo/ids.ts';
import { createOutboundFetch } from '../../net/outbound.ts';
import { startTestServer, type TestServer } from '../../testing/harness.ts';
import { startMastodonStandIn, type MastodonStandIn } from '../../testing/mastodon.ts';
import { startTestPds, type TestPds } from '../../testing/pds.ts';
import { freePort } from '../../testing/process.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../../testing/webhook-receiver.ts';
import { publishVariant } from './publisher.ts';

let server: TestServer;
let pds: TestPds;
let mastodon: MastodonStandIn;
let receiver: WebhookReceiver;
let noa: Awaited<ReturnType<TestServer['login']>>;
let did = '';
let mastodonAccount = '';
const channel: Record<string, string> = {};
const cafe = DEMO_BRANDS.cafe;
const worker = (name: string) => ({ name });

beforeAll(async () => {
  [server, pds, mastodon] = await Promise.all([startTestServer(), startTestPds(), startMastodonStandIn()]);
  noa = await server.login('noa@shaked.example');
  // The demo brand has an approval flow; these tests start without one (each sets its own).
  expect((await noa.as.put(`/api/v1/brands/${cafe}/approval-flow`, { steps: [] })).status).toBe(200);
  const agent = new AtpAgent({ service: pds.url });
  await agent.createAccount({ handle: 'race.test', email: 'race@example.com', password: 'main password' });
  did = agent.session!.did;
  const appPassword = (await agent.com.atproto.server.createAppPassword({ name: 'brandroom' })).data.password;
  channel.bluesky = (await noa.as.post(`/api/v1/brands/${cafe}/channels`, { network: 'bluesky', handle: 'race.test', appPassword, pdsUrl: pds.url })).body.channel.id;
  const account = mastodon.createAccount('race');
  mastodonAccount = account.id;
  channel.mastodon = (await noa.as.post(`/api/v1/brands/${cafe}/channels`, { network: 'mastodon', instanceUrl: mastodon.url, accessToken: account.token })).body.channel.id;
  const port = await freePort();
  const hook = await noa.as.post(`/api/v1/brands/${cafe}/channels`, { network: 'webhook', url: `http://127.0.0.1:${port}/hook` });
  channel.webhook = hook.body.channel.id;
  receiver = await startWebhookReceiver({ secret: hook.body.webhookSecret, port });
}, 120_000);

afterAll(async () => {
  await Promise.all([server?.close(), pds?.close(), mastodon?.close(), receiver?.close()]);
});

/** A post scheduled an hour ahead (its job sleeps until then), made due now for the test to drive. */
async function dueVariant(network: string, body: string): Promise<string> {
  const created = await noa.as.post(`/api/v1/brands/${cafe}/posts`, { body, variants: [{ channelId: channel[network]! }] });
  const submitted = await noa.as.post(`/api/v1/brands/${cafe}/posts/${created.body.post.id}/submit`, { schedule: { instant: new Date(Date.now() + 3600_000).toISOString() } });
  expect(submitted.body.post.status).toBe('scheduled');
  const variantId = submitted.body.post.variants[0].id as string;
  await server.runtime.ctx.db.update(postVariants).set({ dueAt: new Date(Date.now() - 1000) }).where(eq(postVariants.id, variantId));
  return variantId;
}

async function blueskyTexts(text: string) {
  const { data } = await new AtpAgent({ service: pds.url }).com.atproto.repo.listRecords({ repo: did, collection: 'app.bsky.feed.post', limit: 100 });
  return data.records.filter((r) => (r.value as { text: string }).text === text);
}

async function outcomes(variantId: string) {
  const rows = await server.runtime.ctx.db.select().from(publishAttempts).where(eq(publishAttempts.variantId, variantId)).orderBy(publishAttempts.id);
  return rows.map((r) => r.outcome);
}

describe('exactly once', () => {
  it('a worker that dies after the PDS took the post: the next one finds it and posts nothing again', async () => {
    const text = 'נפל אחרי השליחה';
    const variantId = await dueVariant('bluesky', text);
    const real = server.runtime.ctx.connectors.bluesky;
    // The first worker sends, and never comes back to confirm (its process is gone).
    server.runtime.ctx.connectors.bluesky = { ...real, publish: async (access, post, options) => {
      await real.publish(access, post, options);
      return new Promise(() => {});
    } } as AnyConnector;
    void publishVariant(server.runtime.ctx, variantId, worker('dies'));
    for (let i = 0; i < 100 && (await blueskyTexts(text)).length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await blueskyTexts(text)).toHaveLength(1);
    server.runtime.ctx.connectors.bluesky = real;
    // While its lease holds, no one else may take the variant.
    expect(await publishVariant(server.runtime.ctx, variantId, worker('too early'))).toBe('skipped');
    // The lease runs out (moved back here, not waited for); a restarted worker takes over.
    await server.runtime.ctx.db.update(postVariants).set({ leaseUntil: new Date(Date.now() - 1000) }).where(eq(postVariants.id, variantId));
    expect(await publishVariant(server.runtime.ctx, variantId, worker('restarted'))).toBe('found');
    expect(await blueskyTexts(text)).toHaveLength(1);
    const [v] = await server.runtime.ctx.db.select().from(postVariants).where(eq(postVariants.id, variantId));
    expect([v!.state, v!.remoteId?.startsWith(`at://${did}/app.bsky.feed.post/`)]).toEqual(['published', true]);
    expect(await outcomes(variantId)).toEqual(['found']);
  });

  it('a worker that stalls past its lease and wakes up late leaves the next worker\'s result alone', async () => {
    const text = 'התעורר מאוחר';
    const variantId = await dueVariant('webhook', text);
    const real = server.runtime.ctx.connectors.webhook;
    let wake: (() => void) | null = null;
    // The stalled worker's call hangs (a long pause), then fails as if the network had refused it.
    server.runtime.ctx.connectors.webhook = { ...real, publish: () => new Promise((_, reject) => (wake = () => reject(new ConnectorError('rejected', 'rejected', { detail: 'late' })))) } as AnyConnector;
    const stalled = publishVariant(server.runtime.ctx, variantId, worker('stalled'));
    for (let i = 0; i < 200 && !wake; i++) await new Promise((r) => setTimeout(r, 20));
    expect(wake).not.toBeNull();
    server.runtime.ctx.connectors.webhook = real;
    await server.runtime.ctx.db.update(postVariants).set({ leaseUntil: new Date(Date.now() - 1000) }).where(eq(postVariants.id, variantId));
    // The webhook cannot be asked whether it got the post, so the next worker sends it (same delivery id).
    expect(await publishVariant(server.runtime.ctx, variantId, worker('next'))).toBe('published');
    wake!();
    expect(await stalled).toBe('skipped');
    const [v] = await server.runtime.ctx.db.select().from(postVariants).where(eq(postVariants.id, variantId));
    expect([v!.state, v!.errorCode]).toEqual(['published', null]);
    // Both attempts are in the history, each with what its worker saw.
    expect((await outcomes(variantId)).sort()).toEqual(['failed', 'published']);
    expect(receiver.deliveries().filter((d) => d.body.text === text)).toHaveLength(1);
  });

  it('a network that answers after the timeout: the retry checks first and finds the status on Mastodon', async () => {
    const text = 'ענה מאוחר מדי';
    const variantId = await dueVariant('mastodon', text);
    const real = server.runtime.ctx.connectors.mastodon;
    server.runtime.ctx.connectors.mastodon = createMastodonConnector({ fetch: createOutboundFetch({ allowPrivateNetwork: true, timeoutMs: 300 }), timeoutMs: 300 });
    mastodon.delayNext(1500);
    expect(await publishVariant(server.runtime.ctx, variantId, worker('timed out'))).toBe('unknown');
    server.runtime.ctx.connectors.mastodon = real;
    await server.runtime.ctx.db.update(postVariants).set({ dueAt: new Date(Date.now() - 1000) }).where(eq(postVariants.id, variantId));
    expect(await publishVariant(server.runtime.ctx, variantId, worker('retry'))).toBe('found');
    expect(mastodon.statuses(mastodonAccount).filter((s) => s.text === text)).toHaveLength(1);
    expect(await outcomes(variantId)).toEqual(['unknown', 'found']);
  });

  it('two workers racing for the same due post: one publishes, the other finds nothing to do', async () => {
    for (const network of ['bluesky', 'webhook'] as const) {
      const text = `מרוץ ${network}`;
      const variantId = await dueVariant(network, text);
      const results = await Promise.all([publishVariant(server.runtime.ctx, variantId, worker('a')), publishVariant(server.runtime.ctx, variantId, worker('b'))]);
      expect(results.sort()).toEqual(['published', 'skipped']);
      if (network === 'bluesky') expect(await blueskyTexts(text)).toHaveLength(1);
      else expect(receiver.deliveries().filter((d) => d.body.text === text)).toHaveLength(1);
    }
    expect(receiver.duplicates()).toBe(0);
  });

  it('a transient failure is retried with backoff; a refusal fails loudly with the reason', async () => {
    const variantId = await dueVariant('webhook', 'נכשל פעם אחת');
    receiver.failNext(1, 503);
    expect(await publishVariant(server.runtime.ctx, variantId, worker('w'))).toBe('retry');
    const [waiting] = await server.runtime.ctx.db.select().from(postVariants).where(eq(postVariants.id, variantId));
    expect(waiting!.state).toBe('retry');
    expect(waiting!.dueAt!.getTime()).toBeGreaterThan(Date.now() + 5_000);
    const refused = await dueVariant('webhook', 'נדחה');
    receiver.failNext(1, 422, 'missing field');
    expect(await publishVariant(server.runtime.ctx, refused, worker('w'))).toBe('failed');
    const [failed] = await server.runtime.ctx.db.select().from(postVariants).where(eq(postVariants.id, refused));
    expect([failed!.state, failed!.errorCode, failed!.errorDetail]).toEqual(['failed', 'receiver_error', expect.stringContaining('missing field')]);
    const notices = await noa.as.get('/api/v1/notices?unread=true');
    expect(notices.body.items.some((n: { kind: string; params: { reasonCode: string } }) => n.kind === 'post_failed' && n.params.reasonCode === 'receiver_error')).toBe(true);
  });
});
