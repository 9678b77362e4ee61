import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { approvalStepSchema, offlineEventSchema } from '../../core/publish/contracts.ts';
import { PUBLISH_ERROR_CODES } from '../../core/publish/types.ts';
import { blueskySettingsSchema } from '../connectors/bluesky/index.ts';
import { mastodonSettingsSchema } from '../connectors/mastodon/index.ts';
import { webhookSettingsSchema } from '../connectors/webhook/index.ts';
import { openDatabase, type Database } from '../db/connect.ts';
import { approvalFlows, auditEvents, brands, campaigns, channels, members, notices, postComments, posts, postVariants, publishAttempts, users, workspaces } from '../db/schema.ts';
import { DEMO_BRANDS, DEMO_WORKSPACE_ID } from './ids.ts';
import { seedDemoPublish } from './publish.ts';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date('2026-01-15T10:30:00Z');
const BRAND_IDS = [DEMO_BRANDS.cafe, DEMO_BRANDS.roasters];
const settingsSchemas = { bluesky: blueskySettingsSchema, mastodon: mastodonSettingsSchema, webhook: webhookSettingsSchema };

let database: Database;

beforeAll(async () => {
  database = await openDatabase({ kind: 'pglite', dataDir: null });
  await database.migrate();
  const { db } = database;
  // Only what the publish seed builds on: the workspace, its two brands and the people it names.
  await db.insert(workspaces).values({ id: DEMO_WORKSPACE_ID, name: 'Shaked Group', kind: 'company' });
  await db.insert(brands).values([
    { id: DEMO_BRANDS.cafe, workspaceId: DEMO_WORKSPACE_ID, name: 'קפה שקד', primaryLanguage: 'he' },
    { id: DEMO_BRANDS.roasters, workspaceId: DEMO_WORKSPACE_ID, name: 'Shaked Roasters', primaryLanguage: 'en' },
  ]);
  const roles = { 'dana@shaked.example': 'owner', 'noa@shaked.example': 'brand_manager', 'tal@pixel-agency.example': 'editor', 'sam@roasters-client.example': 'client_reviewer' } as const;
  const people = await db
    .insert(users)
    .values(Object.keys(roles).map((email) => ({ email, name: email, passwordHash: 'x' })))
    .returning({ id: users.id, email: users.email });
  await db.insert(members).values(people.map((p) => ({ workspaceId: DEMO_WORKSPACE_ID, userId: p.id, role: roles[p.email as keyof typeof roles] })));
  await db.transaction((tx) => seedDemoPublish(tx, NOW));
}, 60_000);

afterAll(async () => {
  await database?.close();
});

describe('demo publishing content', () => {
  it('gives each brand one demo channel per network, labelled as a demo and pointing at nothing reachable', async () => {
    const rows = await database.db.select().from(channels);
    expect(rows).toHaveLength(6);
    for (const brandId of BRAND_IDS) {
      expect(rows.filter((c) => c.brandId === brandId).map((c) => c.network).sort()).toEqual(['bluesky', 'mastodon', 'webhook']);
    }
    for (const c of rows) {
      expect(c.demo).toBe(true);
      expect(c.displayName).toMatch(c.brandId === DEMO_BRANDS.cafe ? /^הדגמה · / : /^Demo · /);
      // The connector would accept the settings, and every address is under the reserved .invalid domain.
      expect(() => settingsSchemas[c.network].parse(c.settings)).not.toThrow();
      for (const value of Object.values(c.settings)) if (typeof value === 'string' && value.startsWith('http')) expect(new URL(value).hostname).toMatch(/\.invalid$/);
    }
  });

  it('fills a month of each brand calendar, in its language, with campaigns and posts awaiting approval', async () => {
    const all = await database.db.select().from(posts);
    const flows = await database.db.select().from(approvalFlows);
    const allCampaigns = await database.db.select().from(campaigns);
    for (const brandId of BRAND_IDS) {
      const mine = all.filter((p) => p.brandId === brandId);
      expect(mine.length).toBeGreaterThanOrEqual(12);
      const times = mine.map((p) => p.scheduledAt!.getTime());
      expect(Math.min(...times)).toBeGreaterThanOrEqual(NOW.getTime() - 22 * DAY);
      expect(Math.max(...times)).toBeLessThanOrEqual(NOW.getTime() + 11 * DAY);
      expect(mine.some((p) => p.scheduledAt! < NOW) && mine.some((p) => p.scheduledAt! > NOW)).toBe(true);
      const hebrew = /[\u0590-\u05FF]/;
      for (const p of mine) expect(hebrew.test(p.body)).toBe(brandId === DEMO_BRANDS.cafe);

      const inReview = mine.filter((p) => p.status === 'in_review');
      expect(inReview.length).toBeGreaterThanOrEqual(2);
      for (const p of inReview) {
        expect(p.scheduledAt! > NOW).toBe(true);
        expect(p.approvalSteps.length).toBeGreaterThan(0);
        for (const step of p.approvalSteps) expect(() => approvalStepSchema.parse(step)).not.toThrow();
      }
      expect(mine.filter((p) => p.scheduledAt! < NOW).every((p) => ['published', 'failed'].includes(p.status))).toBe(true);

      const flow = flows.find((f) => f.brandId === brandId);
      expect(flow?.steps.map((s) => approvalStepSchema.parse(s).roles)).toEqual([['brand_manager', 'owner']]);

      const own = allCampaigns.filter((c) => c.brandId === brandId);
      expect(own).toHaveLength(2);
      expect(own.some((c) => c.offlineEvents.length > 0)).toBe(true);
      for (const c of own) for (const e of c.offlineEvents) expect(() => offlineEventSchema.parse(e)).not.toThrow();
      expect(mine.filter((p) => p.campaignId && own.some((c) => c.id === p.campaignId)).length).toBeGreaterThanOrEqual(4);
    }
  });

  it('has exactly one failed post per brand, with a known reason on the post, its variant and a publish attempt', async () => {
    const failed = await database.db.select().from(posts).where(eq(posts.status, 'failed'));
    expect(failed.map((p) => p.brandId).sort()).toEqual([...BRAND_IDS].sort());
    for (const post of failed) {
      expect(PUBLISH_ERROR_CODES).toContain(post.problem);
      expect(post.scheduledAt! < NOW && post.scheduledAt! > new Date(NOW.getTime() - 7 * DAY)).toBe(true);
      const variants = await database.db.select().from(postVariants).where(eq(postVariants.postId, post.id));
      const failedVariant = variants.find((v) => v.state === 'failed');
      expect(failedVariant?.errorCode).toBe(post.problem);
      expect(failedVariant?.errorDetail).toMatch(/\w+ \w+/);
      const attempts = await database.db.select().from(publishAttempts).where(eq(publishAttempts.variantId, failedVariant!.id));
      expect(attempts).toEqual([expect.objectContaining({ outcome: 'failed', errorCode: post.problem })]);
    }
  });

  it('queues nothing on a demo channel, and its published posts carry no link', async () => {
    const variants = await database.db.select().from(postVariants);
    expect(variants.length).toBeGreaterThan(0);
    expect(variants.filter((v) => ['queued', 'retry', 'publishing'].includes(v.state))).toEqual([]);
    expect(await database.db.select().from(posts).where(eq(posts.status, 'scheduled'))).toEqual([]);
    const published = variants.filter((v) => v.state === 'published');
    expect(published.length).toBeGreaterThan(0);
    for (const v of published) {
      expect(v.publishedAt).not.toBeNull();
      expect(v.remoteUrl).toBeNull();
    }
  });

  it('leaves a reviewer comment on a span of a post in review, quoting that span', async () => {
    const comments = await database.db.select({ comment: postComments, post: posts }).from(postComments).innerJoin(posts, eq(posts.id, postComments.postId));
    expect(comments.map((c) => c.post.brandId).sort()).toEqual([...BRAND_IDS].sort());
    for (const { comment, post } of comments) {
      expect(post.status).toBe('in_review');
      expect(post.body.slice(comment.spanStart!, comment.spanEnd!)).toBe(comment.quote);
      expect(comment.authorId).not.toBeNull();
    }
  });

  it('rings the bell: approvers hear of the posts awaiting them, the author and managers of the failed post and why', async () => {
    const rows = await database.db.select({ notice: notices, email: users.email }).from(notices).innerJoin(users, eq(users.id, notices.userId));
    const of = (kind: string, brandId: string) => rows.filter((r) => r.notice.kind === kind && r.notice.brandId === brandId);
    const inReview = await database.db.select().from(posts).where(eq(posts.status, 'in_review'));
    for (const brandId of BRAND_IDS) {
      const awaiting = inReview.filter((p) => p.brandId === brandId);
      // The flow's step is for brand managers and owners, never the post's own author (Noa writes the
      // roasters' posts); the client reviewer and the editor are not asked.
      const approvers = brandId === DEMO_BRANDS.cafe ? ['dana@shaked.example', 'noa@shaked.example'] : ['dana@shaked.example'];
      expect(of('approval_requested', brandId).map((r) => r.email).sort()).toEqual(awaiting.flatMap(() => approvers).sort());
      for (const r of of('approval_requested', brandId)) expect(awaiting.map((p) => `/w/${DEMO_WORKSPACE_ID}/calendar/posts/${p.id}?brand=${brandId}`)).toContain(r.notice.link);
      const failed = of('post_failed', brandId);
      expect(failed.map((r) => r.email)).toEqual(expect.arrayContaining(['dana@shaked.example', 'noa@shaked.example']));
      for (const r of failed) expect(r.notice.params).toMatchObject({ reasonCode: 'auth_failed', reasonHe: expect.stringMatching(/[\u0590-\u05FF]/) });
    }
    // The editor wrote the café's failed post, so she is told too.
    expect(of('post_failed', DEMO_BRANDS.cafe).map((r) => r.email)).toContain('tal@pixel-agency.example');
  });

  it('writes no audit events', async () => {
    expect(await database.db.select().from(auditEvents)).toEqual([]);
  });
});
