// What the clock must catch: variants whose wake-up job was lost (a crash between commit and send, a
// restart) or whose worker died holding them, and posts whose time came while they waited for approval.
import { and, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import { brands, posts, postVariants } from '../../db/schema.ts';
import type { AppContext } from '../../http/context.ts';
import { PUBLISH_JOB } from './dispatch.ts';
import { notify, sendOutbox, type Outbox } from './notices.ts';
import { brandMembers } from './team.ts';
import { postLink } from './workflow.ts';

/** A due variant whose job has not claimed it after this long is considered stranded. */
const STRANDED_AFTER_SECONDS = 30;

export async function findStrandedVariants(ctx: AppContext): Promise<string[]> {
  const rows = await ctx.db
    .select({ id: postVariants.id })
    .from(postVariants)
    .where(
      and(
      or(
        and(inArray(postVariants.state, ['queued', 'retry']), lte(postVariants.dueAt, sql`now() - make_interval(secs => ${STRANDED_AFTER_SECONDS})`)),
        and(eq(postVariants.state, 'publishing'), lt(postVariants.leaseUntil, sql`now()`)),
      ),
      // A paused brand's posts wait for the resume, which queues them again itself.
      sql`not exists (select 1 from ${posts} p join ${brands} b on b.id = p.brand_id where p.id = ${postVariants.postId} and b.paused_at is not null)`,
      ),
    )
    .limit(5000);
  return rows.map((r) => r.id);
}

export async function requeueStranded(ctx: AppContext): Promise<number> {
  const ids = await findStrandedVariants(ctx);
  // One waiting job per variant is enough; the claim makes any extra one harmless anyway.
  for (const variantId of ids) await ctx.jobs.send(PUBLISH_JOB, { variantId }, { singletonKey: `variant:${variantId}` });
  return ids.length;
}

/** Tells the author, once, that a post's time passed while it still waited for approval: it will not go out. */
export async function reportMissedApprovals(ctx: AppContext): Promise<number> {
  const missed = await ctx.db
    .select({ post: posts, brand: brands })
    .from(posts)
    .innerJoin(brands, eq(brands.id, posts.brandId))
    .where(and(inArray(posts.status, ['in_review', 'changes_requested']), lt(posts.scheduledAt, sql`now()`), isNull(posts.missedNoticeAt)))
    .limit(500);
  for (const { post, brand } of missed) {
    const outbox: Outbox = [];
    await ctx.db.transaction(async (tx) => {
      const [claimed] = await tx
        .update(posts)
        .set({ missedNoticeAt: new Date(), problem: 'not_approved_in_time' })
        .where(and(eq(posts.id, post.id), isNull(posts.missedNoticeAt)))
        .returning({ id: posts.id });
      if (!claimed) return;
      const author = (await brandMembers(tx, brand.workspaceId, brand.id)).filter((m) => m.userId === post.authorId);
      await notify(ctx, tx, author, { workspaceId: brand.workspaceId, brandId: brand.id, kind: 'not_approved_in_time', params: { post: post.title || post.body.slice(0, 60), brand: brand.name }, link: postLink(post) }, outbox);
    });
    await sendOutbox(ctx, brand.workspaceId, outbox);
  }
  return missed.length;
}
