// The calendar's data (posts, Shabbat and holiday shading, the plan's weekly cadence) and the silence
// alert for a channel that went quiet for longer than the plan allows.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels, notices } from '../../db/schema.ts';
import { DEMO_BRANDS } from '../../demo/ids.ts';
import { alertSilentChannels } from '../../services/publish/silence.ts';
import { startTestServer, type TestServer } from '../../testing/harness.ts';

let server: TestServer;
let noa: Awaited<ReturnType<TestServer['login']>>;
const cafe = DEMO_BRANDS.cafe;
let webhookId = '';

beforeAll(async () => {
  server = await startTestServer();
  noa = await server.login('noa@shaked.example');
  // The demo brand has an approval flow; these tests start without one (each sets its own).
  expect((await noa.as.put(`/api/v1/brands/${cafe}/approval-flow`, { steps: [] })).status).toBe(200);
  // The receiver is never reached: these tests only schedule.
  const hook = await noa.as.post(`/api/v1/brands/${cafe}/channels`, { network: 'webhook', url: 'http://127.0.0.1:9/hook' });
  expect(hook.status).toBe(201);
  webhookId = hook.body.channel.id;
  const plan = (await noa.as.get(`/api/v1/brands/${cafe}/plan`)).body.plan;
  const content = { ...plan.content, channels: [...plan.content.channels, { network: 'webhook', postsPerWeek: 3, bestDays: [0, 2, 4], bestHours: [9] }] };
  expect((await noa.as.put(`/api/v1/brands/${cafe}/plan`, { content, changeNote: 'webhook', baseVersion: plan.version })).status).toBe(201);
}, 60_000);

afterAll(async () => server?.close());

describe('the calendar', () => {
  it('answers a week with its posts, Shabbat shaded and the plan\'s cadence for the week', async () => {
    const created = await noa.as.post(`/api/v1/brands/${cafe}/posts`, { title: 'יום שלישי', body: 'קפה של יום שלישי', variants: [{ channelId: webhookId }] });
    const submitted = await noa.as.post(`/api/v1/brands/${cafe}/posts/${created.body.post.id}/submit`, { schedule: { date: '2027-01-12', time: '09:00' } });
    expect(submitted.body.post.status).toBe('scheduled');
    // Sunday 10 to Sunday 17 January 2027, Jerusalem.
    const res = await noa.as.get(`/api/v1/brands/${cafe}/calendar?from=2027-01-09T22:00:00.000Z&to=2027-01-16T22:00:00.000Z`);
    expect(res.status).toBe(200);
    expect(res.body.timeZone).toBe('Asia/Jerusalem');
    expect(res.body.posts.map((p: { title: string; scheduledAt: string }) => [p.title, p.scheduledAt])).toEqual([['יום שלישי', '2027-01-12T07:00:00.000Z']]);
    const shabbat = res.body.windows.filter((w: { kind: string }) => w.kind === 'shabbat');
    expect(shabbat).toHaveLength(1);
    expect(shabbat[0].start.slice(0, 10)).toBe('2027-01-15');
    expect(res.body.weeks).toHaveLength(1);
    expect(res.body.weeks[0].cadence).toContainEqual({ network: 'webhook', goal: 3, planned: 1, remaining: 2, met: false, scheduled: 1, published: 0 });
    expect(res.body.weeks[0].cadence.map((c: { network: string }) => c.network)).toContain('instagram');
  });

  it('refuses a range that ends before it starts, or is longer than 62 days', async () => {
    expect((await noa.as.get(`/api/v1/brands/${cafe}/calendar?from=2027-01-09T00:00:00.000Z&to=2027-01-01T00:00:00.000Z`)).status).toBe(400);
    expect((await noa.as.get(`/api/v1/brands/${cafe}/calendar?from=2027-01-01T00:00:00.000Z&to=2027-04-01T00:00:00.000Z`)).status).toBe(400);
  });
});

describe('the silence alert', () => {
  it('tells the managers once when a planned channel has been quiet too long, and the calendar shows it', async () => {
    // Connected ten days ago and nothing published since: three posts a week allow four quiet days.
    await server.runtime.ctx.db.update(channels).set({ createdAt: new Date(Date.now() - 10 * 86_400_000) }).where(eq(channels.id, webhookId));
    expect(await alertSilentChannels(server.runtime.ctx)).toBe(1);
    const told = await server.runtime.ctx.db.select().from(notices).where(and(eq(notices.brandId, cafe), eq(notices.kind, 'silence')));
    expect(told.length).toBeGreaterThan(0);
    expect(told[0]!.params).toMatchObject({ network: 'webhook', days: 10 });
    // Not again the next hour.
    expect(await alertSilentChannels(server.runtime.ctx)).toBe(0);
    const now = new Date();
    const cal = await noa.as.get(`/api/v1/brands/${cafe}/calendar?from=${new Date(now.getTime() - 86_400_000).toISOString()}&to=${now.toISOString()}`);
    expect(cal.body.silence).toEqual([expect.objectContaining({ network: 'webhook', postsPerWeek: 3, allowedGapDays: 4, silentDays: 10 })]);
  });
});
