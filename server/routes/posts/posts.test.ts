// A post's way from the composer to the networks, through the API, on the real app with its job
// worker: a real Bluesky PDS in the process, a Mastodon stand-in written from Mastodon's API
// documentation, and a webhook receiver that checks every signature.
import { AtpAgent } from '@atproto/api';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, notices, posts, postVariants } from '../../db/schema.ts';
import { DEMO_BRANDS } from '../../demo/ids.ts';
import { startTestServer, type TestServer } from '../../testing/harness.ts';
import { startMastodonStandIn, type MastodonStandIn } from '../../testing/mastodon.ts';
import { startTestPds, type TestPds } from '../../testing/pds.ts';
import { freePort } from '../../testing/process.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../../testing/webhook-receiver.ts';

let server: TestServer;
let pds: TestPds;
let mastodon: MastodonStandIn;
let receiver: WebhookReceiver;
let noa: Awaited<ReturnType<TestServer['login']>>;
let tal: Awaited<ReturnType<TestServer['login']>>;
let dana: Awaited<ReturnType<TestServer['login']>>;
const channelIds: Record<string, string> = {};
let blueskyDid = '';
let mastodonAccountId = '';
const cafe = DEMO_BRANDS.cafe;

async function until<T>(what: () => Promise<T>, ok: (v: T) => boolean, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await what();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`gave up waiting: ${JSON.stringify(v).slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  [server, pds, mastodon] = await Promise.all([startTestServer(), startTestPds(), startMastodonStandIn()]);
  [noa, tal, dana] = await Promise.all([server.login('noa@shaked.example'), server.login('tal@pixel-agency.example'), server.login('dana@shaked.example')]);
  // The demo brand has an approval flow; these tests start without one (each sets its own).
  expect((await noa.as.put(`/api/v1/brands/${cafe}/approval-flow`, { steps: [] })).status).toBe(200);
  const agent = new AtpAgent({ service: pds.url });
  await agent.createAccount({ handle: 'cafe.test', email: 'cafe@example.com', password: 'main password' });
  blueskyDid = agent.session!.did;
  const app = await agent.com.atproto.server.createAppPassword({ name: 'brandroom' });
  const bsky = await noa.as.post(`/api/v1/brands/${cafe}/channels`, { network: 'bluesky', handle: 'cafe.test', appPassword: app.data.password, pdsUrl: pds.url });
  expect(bsky.status).toBe(201);
  channelIds.bluesky = bsky.body.channel.id;
  const account = mastodon.createAccount('shaked');
  mastodonAccountId = account.id;
  const masto = await noa.as.post(`/api/v1/brands/${cafe}/channels`, { network: 'mastodon', instanceUrl: mastodon.url, accessToken: account.token });
  expect(masto.status).toBe(201);
  channelIds.mastodon = masto.body.channel.id;
  const port = await freePort();
  const hook = await noa.as.post(`/api/v1/brands/${cafe}/channels`, { network: 'webhook', url: `http://127.0.0.1:${port}/hook`, name: 'Zapier' });
  expect(hook.status).toBe(201);
  channelIds.webhook = hook.body.channel.id;
  receiver = await startWebhookReceiver({ secret: hook.body.webhookSecret, port });
  // Tal must acknowledge the café's current policy before posting in its name.
  const policy = await tal.as.get(`/api/v1/brands/${cafe}/policy`);
  expect((await tal.as.post(`/api/v1/brands/${cafe}/policy/acknowledgements`, { policyVersionId: policy.body.policy.id })).status).toBeLessThan(300);
}, 120_000);

afterAll(async () => {
  await Promise.all([server?.close(), pds?.close(), mastodon?.close(), receiver?.close()]);
});

const variants = (...names: string[]) => names.map((n) => ({ channelId: channelIds[n]! }));

describe('channels', () => {
  it('lists the connected channels with their limits, and never their secrets', async () => {
    const res = await tal.as.get(`/api/v1/brands/${cafe}/channels`);
    expect(res.status).toBe(200);
    const mine = res.body.items.filter((c: { demo: boolean }) => !c.demo);
    expect(mine.map((c: { network: string; account: string }) => [c.network, c.account])).toEqual([
      ['bluesky', '@cafe.test'],
      ['mastodon', expect.stringContaining('shaked')],
      ['webhook', expect.stringContaining('127.0.0.1')],
    ]);
    expect(mine[0].capabilities.textLimit).toBe(300);
    expect(res.raw).not.toMatch(/accessJwt|appPassword|secret"/);
  });

  it('renews the channel when the same account is connected again, instead of making a twin that posts twice', async () => {
    const agent = new AtpAgent({ service: pds.url });
    await agent.login({ identifier: 'cafe.test', password: 'main password' });
    const fresh = await agent.com.atproto.server.createAppPassword({ name: 'brandroom again' });
    const again = await noa.as.post(`/api/v1/brands/${cafe}/channels`, { network: 'bluesky', handle: 'cafe.test', appPassword: fresh.data.password, pdsUrl: pds.url });
    expect(again.status).toBe(201);
    expect(again.body.channel.id).toBe(channelIds.bluesky);
    const list = await noa.as.get(`/api/v1/brands/${cafe}/channels`);
    expect(list.body.items.filter((c: { network: string; demo: boolean }) => c.network === 'bluesky' && !c.demo)).toHaveLength(1);
    const audit = await server.runtime.ctx.db.select().from(auditEvents).where(eq(auditEvents.targetId, channelIds.bluesky!));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['channel.connect', 'channel.reconnect']));
  });

  it('refuses a wrong app password with a clear error, and an editor may not connect channels', async () => {
    const wrong = await noa.as.post(`/api/v1/brands/${cafe}/channels`, { network: 'bluesky', handle: 'cafe.test', appPassword: 'nope-nope-nope', pdsUrl: pds.url });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details.code).toBe('auth_failed');
    const inHebrew = await noa.as.post(`/api/v1/brands/${cafe}/channels`, { network: 'bluesky', handle: 'cafe.test', appPassword: 'nope-nope-nope', pdsUrl: pds.url }, { 'accept-language': 'he' });
    expect(inHebrew.body.error.message).toMatch(/^הרשת לא קיבלה את החיבור/);
    const editor = await tal.as.post(`/api/v1/brands/${cafe}/channels`, { network: 'webhook', url: 'https://example.com/hook' });
    expect(editor.status).toBe(403);
  });
});

describe('from draft to the networks', () => {
  it('blocks a post with a phone number until a brand manager overrides it in writing (audited)', async () => {
    const created = await tal.as.post(`/api/v1/brands/${cafe}/posts`, { title: 'טלפון', body: 'הזמינו שולחן: 050-1234567', variants: variants('webhook') });
    expect(created.status).toBe(201);
    const id = created.body.post.id;
    const submit = await tal.as.post(`/api/v1/brands/${cafe}/posts/${id}/submit`, { schedule: { asap: true } });
    expect(submit.status).toBe(422);
    expect(submit.body.error.code).toBe('blocked_by_policy');
    expect(submit.body.error.details.canOverride).toBe(false);
    expect(submit.body.error.details.findings.some((f: { kind: string }) => f.kind === 'personal_data')).toBe(true);
    const tooShort = await noa.as.post(`/api/v1/brands/${cafe}/posts/${id}/submit`, { schedule: { asap: true }, override: { reason: 'ok' } });
    expect(tooShort.status).toBe(400);
    const overridden = await noa.as.post(`/api/v1/brands/${cafe}/posts/${id}/submit`, { schedule: { asap: true }, override: { reason: 'The number is our public reservations line.' } });
    expect(overridden.status).toBe(200);
    expect(overridden.body.post.blockOverride.reason).toBe('The number is our public reservations line.');
    const audit = await server.runtime.ctx.db.select().from(auditEvents).where(eq(auditEvents.action, 'post.override'));
    expect(audit.map((a) => a.targetId)).toContain(id);
    await until(() => noa.as.get(`/api/v1/brands/${cafe}/posts/${id}`), (r) => r.body.post.status === 'published');
    expect(receiver.deliveries().map((d) => d.body.text)).toContain('הזמינו שולחן: 050-1234567');
  });

  it('goes through the approval flow in order, resets approvals on an edit, and publishes once to every channel', async () => {
    const flow = await noa.as.put(`/api/v1/brands/${cafe}/approval-flow`, {
      steps: [
        { name: 'עורכת', mode: 'any', roles: ['editor'], userIds: [] },
        { name: 'מנהלת מותג', mode: 'any', roles: ['brand_manager', 'owner'], userIds: [] },
      ],
    });
    expect(flow.status).toBe(200);
    const created = await noa.as.post(`/api/v1/brands/${cafe}/posts`, {
      title: 'עוגת גבינה',
      body: 'עוגת הגבינה חזרה לוויטרינה 🍰 #קפה_שקד',
      link: 'https://shaked.example/menu',
      variants: [{ channelId: channelIds.bluesky }, { channelId: channelIds.mastodon, text: 'Cheesecake is back! 🍰' }, { channelId: channelIds.webhook }],
    });
    const id = created.body.post.id;
    const submitted = await noa.as.post(`/api/v1/brands/${cafe}/posts/${id}/submit`, { schedule: { asap: true } });
    expect(submitted.body.post.status).toBe('in_review');
    expect(submitted.body.post.steps.map((s: { state: string }) => s.state)).toEqual(['current', 'waiting']);
    // The editor hears of it (in-app); the manager who wrote it cannot pass the editor's step herself.
    const tals = await tal.as.get('/api/v1/notices?unread=true');
    expect(tals.body.items.some((n: { kind: string; params: { post: string } }) => n.kind === 'approval_requested' && n.params.post === 'עוגת גבינה')).toBe(true);
    expect((await noa.as.post(`/api/v1/brands/${cafe}/posts/${id}/approve`, {})).status).toBe(403);

    const first = await tal.as.post(`/api/v1/brands/${cafe}/posts/${id}/approve`, { note: 'נראה טוב' });
    expect(first.body.post.steps.map((s: { state: string }) => s.state)).toEqual(['approved', 'current']);
    // An edit of what is published starts a new revision: the editor's approval no longer counts.
    const edited = await noa.as.patch(`/api/v1/brands/${cafe}/posts/${id}`, { revision: first.body.post.revision, body: 'עוגת הגבינה חזרה לוויטרינה! 🍰 #קפה_שקד' });
    expect(edited.status).toBe(200);
    expect(edited.body.post.revision).toBe(first.body.post.revision + 1);
    expect(edited.body.post.steps.map((s: { state: string }) => s.state)).toEqual(['current', 'waiting']);
    const stale = await noa.as.patch(`/api/v1/brands/${cafe}/posts/${id}`, { revision: first.body.post.revision, title: 'x' });
    expect(stale.status).toBe(409);

    await tal.as.post(`/api/v1/brands/${cafe}/posts/${id}/approve`, {});
    const done = await dana.as.post(`/api/v1/brands/${cafe}/posts/${id}/approve`, {});
    expect(done.status).toBe(200);
    expect(['scheduled', 'publishing', 'published']).toContain(done.body.post.status);

    const published = await until(() => noa.as.get(`/api/v1/brands/${cafe}/posts/${id}`), (r) => r.body.post.status === 'published');
    const bsky = published.body.post.variants.find((v: { network: string }) => v.network === 'bluesky');
    expect(bsky.remoteUrl).toMatch(/^https:\/\/bsky\.app\/profile\/cafe\.test\/post\//);
    const records = await new AtpAgent({ service: pds.url }).com.atproto.repo.listRecords({ repo: blueskyDid, collection: 'app.bsky.feed.post' });
    expect(records.data.records.filter((r) => (r.value as { text: string }).text.startsWith('עוגת הגבינה חזרה לוויטרינה!'))).toHaveLength(1);
    expect(mastodon.statuses(mastodonAccountId).filter((st) => st.text.startsWith('Cheesecake is back!'))).toHaveLength(1);
    expect(receiver.deliveries().filter((d) => d.body.postId === id)).toHaveLength(1);
    expect(receiver.duplicates()).toBe(0);
    await noa.as.put(`/api/v1/brands/${cafe}/approval-flow`, { steps: [] });
  });

  it('a finding that needs approval sends the post through a manager even without a flow', async () => {
    await noa.as.put(`/api/v1/brands/${cafe}/approval-flow`, { steps: [] });
    const created = await tal.as.post(`/api/v1/brands/${cafe}/posts`, { body: 'הקפה הכי טוב בעיר, מובטח', variants: variants('webhook') });
    const submitted = await tal.as.post(`/api/v1/brands/${cafe}/posts/${created.body.post.id}/submit`, { schedule: { asap: true } });
    expect(submitted.body.post.status).toBe('in_review');
    expect(submitted.body.post.steps).toMatchObject([{ reason: 'finding', roles: ['owner', 'admin', 'brand_manager'] }]);
    const sent = await tal.as.post(`/api/v1/brands/${cafe}/posts/${created.body.post.id}/request-changes`, { note: 'x' });
    expect(sent.status).toBe(403);
    const back = await noa.as.post(`/api/v1/brands/${cafe}/posts/${created.body.post.id}/request-changes`, { note: 'בלי להזכיר מתחרים' });
    expect(back.body.post.status).toBe('changes_requested');
    const told = await server.runtime.ctx.db.select().from(notices).where(eq(notices.kind, 'changes_requested'));
    expect(told.map((n) => n.params.note)).toContain('בלי להזכיר מתחרים');
  });

  it('refuses 02:30 on the night the clocks jump, and says why', async () => {
    const created = await noa.as.post(`/api/v1/brands/${cafe}/posts`, { body: 'לילה', variants: variants('webhook') });
    const res = await noa.as.post(`/api/v1/brands/${cafe}/posts/${created.body.post.id}/schedule`, { schedule: { date: '2027-03-26', time: '02:30' } }, { 'accept-language': 'he' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues[0].path).toBe('body.schedule');
    expect(res.body.error.message).toMatch(/03:30/);
  });

  it('keeps a wall time in the brand\'s zone: 09:00 in Jerusalem in winter is 07:00 UTC, in summer 06:00', async () => {
    const created = await noa.as.post(`/api/v1/brands/${cafe}/posts`, { body: 'בוקר', variants: variants('webhook') });
    const id = created.body.post.id;
    const winter = await noa.as.post(`/api/v1/brands/${cafe}/posts/${id}/schedule`, { schedule: { date: '2027-01-12', time: '09:00' } });
    expect(winter.body.post.scheduledAt).toBe('2027-01-12T07:00:00.000Z');
    const summer = await noa.as.post(`/api/v1/brands/${cafe}/posts/${id}/schedule`, { schedule: { date: '2027-06-15', time: '09:00' } });
    expect(summer.body.post.scheduledAt).toBe('2027-06-15T06:00:00.000Z');
  });
});

describe('pause-all', () => {
  it('holds every scheduled post of the brand while paused and re-checks each on resume', async () => {
    const soon = await noa.as.post(`/api/v1/brands/${cafe}/posts`, { title: 'בקרוב', body: 'מחר בבוקר', variants: variants('webhook') });
    const later = await noa.as.post(`/api/v1/brands/${cafe}/posts`, { title: 'בשבוע הבא', body: 'בשבוע הבא', variants: variants('webhook') });
    const soonId = soon.body.post.id;
    const laterId = later.body.post.id;
    const s1 = await noa.as.post(`/api/v1/brands/${cafe}/posts/${soonId}/submit`, { schedule: { instant: new Date(Date.now() + 2_000).toISOString() } });
    expect(s1.body.post.status).toBe('scheduled');
    await noa.as.post(`/api/v1/brands/${cafe}/posts/${laterId}/submit`, { schedule: { date: '2027-01-12', time: '10:00' } });
    const paused = await noa.as.post(`/api/v1/brands/${cafe}/pause`, { reason: 'סערה ברשת' });
    expect(paused.body.brand.pausedReason).toBe('סערה ברשת');
    expect((await tal.as.post(`/api/v1/brands/${cafe}/pause`, { reason: 'x y z' })).status).toBe(403);
    // The wake-up job fires at its time and finds the brand paused: nothing goes out.
    await new Promise((r) => setTimeout(r, 3_500));
    expect((await noa.as.get(`/api/v1/brands/${cafe}/posts/${soonId}`)).body.post.status).toBe('scheduled');
    expect(receiver.deliveries().some((d) => d.body.postId === soonId)).toBe(false);
    // The freeze outlasts the post's time by more than a minute (moved back in the database rather than waited for).
    const past = new Date(Date.now() - 5 * 60_000);
    await server.runtime.ctx.db.update(posts).set({ scheduledAt: past }).where(eq(posts.id, soonId));
    await server.runtime.ctx.db.update(postVariants).set({ dueAt: past }).where(eq(postVariants.postId, soonId));
    const resumed = await noa.as.post(`/api/v1/brands/${cafe}/resume`);
    expect(resumed.status).toBe(200);
    expect(resumed.body.posts).toEqual(
      expect.arrayContaining([
        { postId: soonId, title: 'בקרוב', outcome: 'needs_new_time' },
        { postId: laterId, title: 'בשבוע הבא', outcome: 'still_scheduled' },
      ]),
    );
    const held = (await noa.as.get(`/api/v1/brands/${cafe}/posts/${soonId}`)).body.post;
    expect([held.status, held.problem]).toEqual(['approved', 'missed_while_paused']);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(receiver.deliveries().some((d) => d.body.postId === soonId)).toBe(false);
  });
});
