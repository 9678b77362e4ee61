// Reviewers' comments on a post or on a span of its text. The span's words are kept with the comment,
// since the text may change after it was made.
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { commentBody } from '../../../core/publish/contracts.ts';
import { postComments } from '../../db/schema.ts';
import type { AppContext } from '../../http/context.ts';
import { invalidInput, notFound } from '../../http/errors.ts';
import type { BrandRow } from '../../http/guard.ts';
import { recordAudit } from '../audit/audit.ts';
import { notify, sendOutbox, type Outbox } from './notices.ts';
import { findPost, lockPost, variantsOf } from './posts.ts';
import { brandMembers } from './team.ts';
import type { Caller } from './workflow.ts';
import { postLink } from './workflow.ts';

export async function addComment(ctx: AppContext, caller: Caller, brand: BrandRow, postId: string, input: z.infer<typeof commentBody>) {
  const outbox: Outbox = [];
  const post = await ctx.db.transaction(async (tx) => {
    const post = await lockPost(tx, brand.id, postId);
    let text = post.body;
    if (input.channelId) {
      const variant = (await variantsOf(tx, [post.id])).find((v) => v.channel.id === input.channelId);
      if (!variant) throw invalidInput([{ path: 'body.channelId', message: 'this post does not go to that channel' }]);
      text = variant.variant.text ?? post.body;
    }
    if (input.spanEnd !== null && input.spanEnd > text.length) throw invalidInput([{ path: 'body.spanEnd', message: 'the span reaches past the end of the text' }]);
    const quote = input.spanStart !== null && input.spanEnd !== null ? text.slice(input.spanStart, input.spanEnd) : null;
    const [comment] = await tx
      .insert(postComments)
      .values({ postId: post.id, channelId: input.channelId, authorId: caller.actor.userId, body: input.body, spanStart: input.spanStart, spanEnd: input.spanEnd, quote })
      .returning();
    await recordAudit(tx, caller.actor, { workspaceId: brand.workspaceId, brandId: brand.id, action: 'post.comment', targetType: 'post', targetId: post.id, after: { commentId: comment!.id } });
    // The author and everyone who already took part in the conversation hear of it (not the writer).
    const earlier = await tx.select({ authorId: postComments.authorId }).from(postComments).where(eq(postComments.postId, post.id));
    const involved = new Set([post.authorId, ...earlier.map((c) => c.authorId)].filter((id): id is string => !!id && id !== caller.actor.userId));
    const team = await brandMembers(tx, brand.workspaceId, brand.id);
    const me = team.find((m) => m.userId === caller.actor.userId);
    await notify(
      ctx,
      tx,
      team.filter((m) => involved.has(m.userId)),
      { workspaceId: brand.workspaceId, brandId: brand.id, kind: 'post_commented', params: { post: post.title || post.body.slice(0, 60), by: me?.name ?? '', note: input.body.slice(0, 300) }, link: postLink(post) },
      outbox,
    );
    return post;
  });
  await sendOutbox(ctx, brand.workspaceId, outbox);
  return post;
}

export async function resolveComment(ctx: AppContext, caller: Caller, brand: BrandRow, postId: string, commentId: string) {
  const post = await findPost(ctx.db, brand.id, postId);
  const [row] = await ctx.db
    .update(postComments)
    .set({ resolvedAt: new Date() })
    .where(and(eq(postComments.id, commentId), eq(postComments.postId, post.id)))
    .returning();
  if (!row) throw notFound('This comment');
  await recordAudit(ctx.db, caller.actor, { workspaceId: brand.workspaceId, brandId: brand.id, action: 'post.comment_resolve', targetType: 'post', targetId: post.id, after: { commentId } });
  return post;
}
