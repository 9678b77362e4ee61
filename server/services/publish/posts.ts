// Posts and their variants: loading, answering with what the reader may do, creating and editing.
// The workflow (submit, approve, schedule) is in workflow.ts; publishing in publisher.ts.
import { randomUUID } from 'node:crypto';
import { and, asc, count, desc, eq, gte, inArray, isNull, lt, lte, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { roleAllows, type Role } from '../../../core/permissions.ts';
import { evaluateSteps, mayDecide, type PostStep } from '../../../core/publish/approvals.ts';
import type { createPostBody, listPostsQuery, Post, PostFinding, PostSummary, updatePostBody } from '../../../core/publish/contracts.ts';
import type { Db, Tx } from '../../db/connect.ts';
import { campaigns, channels, media, members, postApprovals, postComments, posts, postVariants, users } from '../../db/schema.ts';
import { conflict, invalidInput, notFound } from '../../http/errors.ts';
import type { BrandRow } from '../../http/guard.ts';
import { recordAudit, type Actor } from '../audit/audit.ts';

export type PostRow = typeof posts.$inferSelect;
export type VariantRow = typeof postVariants.$inferSelect;
export type ChannelRow = typeof channels.$inferSelect;
type MediaRef = { mediaId: string; alt: string };

export interface Viewer {
  userId: string;
  role: Role;
}

/** Published content is final; these states can no longer be edited. */
const SETTLED: PostRow['status'][] = ['publishing', 'published'];

export async function findPost(db: Db | Tx, brandId: string, postId: string): Promise<PostRow> {
  const [post] = await db.select().from(posts).where(and(eq(posts.id, postId), eq(posts.brandId, brandId)));
  if (!post) throw notFound('This post');
  return post;
}

/** Locks the post row for the rest of the transaction: two reviewers deciding at once are serialized. */
export async function lockPost(tx: Tx, brandId: string, postId: string): Promise<PostRow> {
  const [post] = await tx.select().from(posts).where(and(eq(posts.id, postId), eq(posts.brandId, brandId))).for('update');
  if (!post) throw notFound('This post');
  return post;
}

export async function variantsOf(db: Db | Tx, postIds: string[]) {
  if (postIds.length === 0) return [];
  return db
    .select({ variant: postVariants, channel: channels })
    .from(postVariants)
    .innerJoin(channels, eq(channels.id, postVariants.channelId))
    .where(inArray(postVariants.postId, postIds))
    .orderBy(asc(channels.createdAt));
}

const excerpt = (text: string) => (text.length > 160 ? `${text.slice(0, 157).trimEnd()}…` : text);

async function namesOf(db: Db | Tx, ids: (string | null | undefined)[]) {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

const personOf = (names: Map<string, string>, id: string | null | undefined) => (id && names.has(id) ? { id, name: names.get(id)! } : null);

/** Posts that go to the channel (a list or calendar filter). */
const goesTo = (db: Db, channelId: string) => inArray(posts.id, db.select({ id: postVariants.postId }).from(postVariants).where(eq(postVariants.channelId, channelId)));

export async function summarizePosts(db: Db | Tx, rows: PostRow[], loaded?: Awaited<ReturnType<typeof variantsOf>>): Promise<PostSummary[]> {
  const ids = rows.map((p) => p.id);
  const [variants, names, comments] = await Promise.all([
    loaded ?? variantsOf(db, ids),
    namesOf(db, rows.map((p) => p.authorId)),
    ids.length
      ? db.select({ postId: postComments.postId, n: count() }).from(postComments).where(and(inArray(postComments.postId, ids), isNull(postComments.resolvedAt))).groupBy(postComments.postId)
      : [],
  ]);
  const open = new Map(comments.map((c) => [c.postId, c.n]));
  return rows.map((p) => ({
    id: p.id,
    brandId: p.brandId,
    title: p.title,
    excerpt: excerpt(p.body),
    status: p.status,
    scheduledAt: p.scheduledAt?.toISOString() ?? null,
    publishedAt: p.publishedAt?.toISOString() ?? null,
    campaignId: p.campaignId,
    author: personOf(names, p.authorId),
    problem: p.problem,
    channels: variants
      .filter((v) => v.variant.postId === p.id)
      .map(({ variant: v, channel: c }) => ({ channelId: c.id, network: c.network, account: c.account, state: v.state, remoteUrl: v.remoteUrl, errorCode: v.errorCode as PostSummary['channels'][number]['errorCode'] })),
    openComments: open.get(p.id) ?? 0,
    updatedAt: p.updatedAt.toISOString(),
  }));
}

export async function roleOfMembers(db: Db | Tx, workspaceId: string): Promise<(userId: string) => Role | null> {
  const rows = await db.select({ userId: members.userId, role: members.role }).from(members).where(eq(members.workspaceId, workspaceId));
  const roles = new Map(rows.map((r) => [r.userId, r.role]));
  return (userId) => roles.get(userId) ?? null;
}

export async function currentDecisions(db: Db | Tx, post: PostRow) {
  return db
    .select()
    .from(postApprovals)
    .where(and(eq(postApprovals.postId, post.id), eq(postApprovals.revision, post.revision)))
    .orderBy(asc(postApprovals.createdAt));
}

/** The whole post as the viewer sees it, with where it stands and what they may do. */
export async function describePost(db: Db | Tx, post: PostRow, viewer: Viewer): Promise<Post> {
  const variants = await variantsOf(db, [post.id]);
  const [[summary], decisions, comments, roleOf] = await Promise.all([
    summarizePosts(db, [post], variants),
    currentDecisions(db, post),
    db.select().from(postComments).where(eq(postComments.postId, post.id)).orderBy(asc(postComments.createdAt)),
    roleOfMembers(db, post.workspaceId),
  ]);
  const override = post.blockOverride as { reason: string; by: string | null; at: string } | null;
  const names = await namesOf(db, [...decisions.map((d) => d.userId), ...comments.map((c) => c.authorId), override?.by]);
  const steps = post.approvalSteps as unknown as PostStep[];
  const evaluation = evaluateSteps(steps, decisions, roleOf);
  const inReview = post.status === 'in_review';
  const isAuthor = post.authorId === viewer.userId;
  const manager = roleAllows(viewer.role, 'post.publish');
  const mayWrite = roleAllows(viewer.role, 'post.create') && (isAuthor || manager);
  const published = variants.some((v) => v.variant.state === 'published');
  return {
    ...summary!,
    body: post.body,
    link: post.link,
    media: post.media as MediaRef[],
    paid: post.paid,
    revision: post.revision,
    variants: variants.map(({ variant: v, channel: c }) => ({
      id: v.id,
      channelId: c.id,
      network: c.network,
      account: c.account,
      text: v.text,
      link: v.link,
      media: v.media as MediaRef[] | null,
      state: v.state,
      dueAt: v.dueAt?.toISOString() ?? null,
      attempts: v.attempts,
      remoteUrl: v.remoteUrl,
      publishedAt: v.publishedAt?.toISOString() ?? null,
      errorCode: v.errorCode as Post['variants'][number]['errorCode'],
      errorDetail: v.errorDetail,
    })),
    steps: steps.map((s, i) => ({
      ...s,
      state: evaluation.states[i]!,
      approvals: decisions
        .filter((d) => d.stepIndex === i)
        .map((d) => ({ user: personOf(names, d.userId) ?? { id: d.userId, name: '' }, decision: d.decision, note: d.note, at: d.createdAt.toISOString() })),
      canDecide:
        inReview && evaluation.current === i && mayDecide(s, viewer, post.authorId) && !decisions.some((d) => d.stepIndex === i && d.userId === viewer.userId),
    })),
    findings: post.findings as unknown as PostFinding[],
    blockOverride: override ? { reason: override.reason, by: personOf(names, override.by), at: override.at } : null,
    comments: comments.map((c) => ({
      id: c.id,
      author: personOf(names, c.authorId),
      body: c.body,
      channelId: c.channelId,
      spanStart: c.spanStart,
      spanEnd: c.spanEnd,
      quote: c.quote,
      resolvedAt: c.resolvedAt?.toISOString() ?? null,
      createdAt: c.createdAt.toISOString(),
    })),
    submittedAt: post.submittedAt?.toISOString() ?? null,
    createdAt: post.createdAt.toISOString(),
    can: {
      edit: mayWrite && !SETTLED.includes(post.status) && !published,
      submit: mayWrite && (post.status === 'draft' || post.status === 'changes_requested'),
      override: manager,
      reschedule: mayWrite && ['draft', 'changes_requested', 'in_review', 'approved', 'scheduled', 'failed'].includes(post.status) && !published,
      cancel: mayWrite && ['in_review', 'approved', 'scheduled'].includes(post.status),
      retry: mayWrite && post.status === 'failed',
      delete: mayWrite && !published && post.status !== 'publishing',
    },
  };
}

export async function listPosts(db: Db, brandId: string, q: z.infer<typeof listPostsQuery>) {
  const statuses = q.status === undefined ? null : ([] as string[]).concat(q.status);
  const when = posts.scheduledAt;
  const conditions: (SQL | undefined)[] = [
    eq(posts.brandId, brandId),
    q.from ? gte(when, new Date(q.from)) : undefined,
    q.to ? lt(when, new Date(q.to)) : undefined,
    statuses ? inArray(posts.status, statuses as PostRow['status'][]) : undefined,
    q.campaignId ? eq(posts.campaignId, q.campaignId) : undefined,
    q.channelId ? goesTo(db, q.channelId) : undefined,
  ];
  if (q.cursor) {
    const [at, id] = q.cursor.split('|');
    conditions.push(or(lt(posts.updatedAt, new Date(at!)), and(eq(posts.updatedAt, new Date(at!)), lt(posts.id, id!))));
  }
  const rows = await db.select().from(posts).where(and(...conditions)).orderBy(desc(posts.updatedAt), desc(posts.id)).limit(q.limit + 1);
  const more = rows.length > q.limit;
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return { items: await summarizePosts(db, page), nextCursor: more && last ? `${last.updatedAt.toISOString()}|${last.id}` : null };
}

/** Posts of a brand scheduled (or published) in [from, to), for the calendar. */
export async function postsBetween(db: Db, brandId: string, from: Date, to: Date, filter: { channelId?: string; campaignId?: string; statuses?: string[] | null }) {
  const rows = await db
    .select()
    .from(posts)
    .where(
      and(
        eq(posts.brandId, brandId),
        gte(posts.scheduledAt, from),
        lte(posts.scheduledAt, to),
        filter.statuses ? inArray(posts.status, filter.statuses as PostRow['status'][]) : undefined,
        filter.campaignId ? eq(posts.campaignId, filter.campaignId) : undefined,
        filter.channelId ? goesTo(db, filter.channelId) : undefined,
      ),
    )
    .orderBy(asc(posts.scheduledAt))
    .limit(2000);
  return summarizePosts(db, rows);
}

type PostInput = z.infer<typeof createPostBody>;
type PostPatch = z.infer<typeof updatePostBody>;

/** Checks that the channels, campaign and media named belong to the brand, answering 400 naming the field. */
async function checkReferences(tx: Tx, brand: BrandRow, input: Partial<PostInput>) {
  if (input.variants) {
    const ids = input.variants.map((v) => v.channelId);
    if (new Set(ids).size !== ids.length) throw invalidInput([{ path: 'body.variants', message: 'each channel may appear only once' }]);
    const found = await tx.select({ id: channels.id }).from(channels).where(and(eq(channels.brandId, brand.id), inArray(channels.id, ids), isNull(channels.archivedAt)));
    const known = new Set(found.map((c) => c.id));
    const missing = input.variants.findIndex((v) => !known.has(v.channelId));
    if (missing >= 0) throw invalidInput([{ path: `body.variants.${missing}.channelId`, message: 'this channel is not connected to the brand' }]);
  }
  if (input.campaignId) {
    const [c] = await tx.select({ id: campaigns.id }).from(campaigns).where(and(eq(campaigns.id, input.campaignId), eq(campaigns.brandId, brand.id)));
    if (!c) throw invalidInput([{ path: 'body.campaignId', message: 'this campaign does not belong to the brand' }]);
  }
  const mediaIds = [...(input.media ?? []), ...(input.variants ?? []).flatMap((v) => v.media ?? [])].map((m) => m.mediaId);
  if (mediaIds.length) {
    const found = await tx.select({ id: media.id }).from(media).where(and(eq(media.brandId, brand.id), inArray(media.id, mediaIds)));
    if (found.length !== new Set(mediaIds).size) throw invalidInput([{ path: 'body.media', message: 'an image was not uploaded to this brand' }]);
  }
}

const variantValues = (postId: string, v: PostInput['variants'][number]) => ({
  postId,
  channelId: v.channelId,
  text: v.text ?? null,
  link: v.link ?? null,
  media: v.media ?? null,
  idempotencyKey: randomUUID(),
});

export async function createPost(tx: Tx, actor: Actor & { userId: string }, brand: BrandRow, input: PostInput, scheduledAt: Date | null): Promise<PostRow> {
  await checkReferences(tx, brand, input);
  const [post] = await tx
    .insert(posts)
    .values({
      workspaceId: brand.workspaceId,
      brandId: brand.id,
      campaignId: input.campaignId,
      authorId: actor.userId,
      title: input.title,
      body: input.body,
      link: input.link || null,
      media: input.media,
      paid: input.paid,
      scheduledAt,
    })
    .returning();
  await tx.insert(postVariants).values(input.variants.map((v) => variantValues(post!.id, v)));
  await recordAudit(tx, actor, { workspaceId: brand.workspaceId, brandId: brand.id, action: 'post.create', targetType: 'post', targetId: post!.id, after: { title: post!.title, channels: input.variants.length } });
  return post!;
}

/** What an edit changed: content changes start a new revision (approvals then count again from zero). */
export interface EditResult {
  post: PostRow;
  contentChanged: boolean;
}

export async function editPost(tx: Tx, actor: Actor, brand: BrandRow, post: PostRow, patch: PostPatch): Promise<EditResult> {
  if (patch.revision !== post.revision) {
    throw conflict('stale_revision', 'Someone changed this post since you opened it. Reload to see their changes, then edit again.', { revision: post.revision });
  }
  const variants = await variantsOf(tx, [post.id]);
  if (SETTLED.includes(post.status) || variants.some((v) => v.variant.state === 'published')) {
    throw conflict('post_published', 'This post is already published (or publishing) and can no longer be edited. Write a new post instead.');
  }
  await checkReferences(tx, brand, patch);
  const contentChanged =
    (patch.body !== undefined && patch.body !== post.body) ||
    (patch.link !== undefined && (patch.link || null) !== post.link) ||
    (patch.media !== undefined && JSON.stringify(patch.media) !== JSON.stringify(post.media)) ||
    (patch.paid !== undefined && patch.paid !== post.paid) ||
    (patch.variants !== undefined && variantsChanged(variants.map((v) => v.variant), patch.variants));
  const [next] = await tx
    .update(posts)
    .set({
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.body !== undefined ? { body: patch.body } : {}),
      ...(patch.link !== undefined ? { link: patch.link || null } : {}),
      ...(patch.media !== undefined ? { media: patch.media } : {}),
      ...(patch.paid !== undefined ? { paid: patch.paid } : {}),
      ...(patch.campaignId !== undefined ? { campaignId: patch.campaignId } : {}),
      ...(contentChanged ? { revision: post.revision + 1 } : {}),
      updatedAt: new Date(),
    })
    .where(eq(posts.id, post.id))
    .returning();
  if (patch.variants) {
    const keep = new Set(patch.variants.map((v) => v.channelId));
    const gone = variants.filter((v) => !keep.has(v.channel.id)).map((v) => v.variant.id);
    if (gone.length) await tx.delete(postVariants).where(inArray(postVariants.id, gone));
    for (const v of patch.variants) {
      const existing = variants.find((x) => x.channel.id === v.channelId);
      if (existing) {
        await tx.update(postVariants).set({ text: v.text ?? null, link: v.link ?? null, media: v.media ?? null, updatedAt: new Date() }).where(eq(postVariants.id, existing.variant.id));
      } else {
        await tx.insert(postVariants).values(variantValues(post.id, v));
      }
    }
  }
  await recordAudit(tx, actor, {
    workspaceId: brand.workspaceId,
    brandId: brand.id,
    action: 'post.update',
    targetType: 'post',
    targetId: post.id,
    before: { revision: post.revision, title: post.title },
    after: { revision: next!.revision, title: next!.title, contentChanged },
  });
  return { post: next!, contentChanged };
}

function variantsChanged(before: VariantRow[], after: NonNullable<PostPatch['variants']>): boolean {
  if (before.length !== after.length) return true;
  return after.some((v) => {
    const b = before.find((x) => x.channelId === v.channelId);
    return !b || (v.text ?? null) !== b.text || (v.link ?? null) !== b.link || JSON.stringify(v.media ?? null) !== JSON.stringify(b.media);
  });
}

export async function deletePost(tx: Tx, actor: Actor, brand: BrandRow, post: PostRow) {
  const variants = await variantsOf(tx, [post.id]);
  if (post.status === 'publishing' || variants.some((v) => v.variant.state === 'published' || v.variant.state === 'publishing')) {
    throw conflict('post_published', 'This post is published (or publishing) on at least one channel; it stays in the history.');
  }
  await tx.delete(posts).where(eq(posts.id, post.id));
  await recordAudit(tx, actor, { workspaceId: brand.workspaceId, brandId: brand.id, action: 'post.delete', targetType: 'post', targetId: post.id, before: { title: post.title, status: post.status } });
}

/** The text, link and media a variant publishes: its own, or the post's. */
export function effectiveContent(post: PostRow, variant: VariantRow) {
  return {
    text: variant.text ?? post.body,
    link: variant.link ?? post.link,
    media: ((variant.media ?? post.media) as MediaRef[]) ?? [],
  };
}
