// Posts of a brand: write, edit, submit for approval, decide, comment, move in time, take back, retry.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { roleAllows } from '../../../core/permissions.ts';
import { commentBody, createPostBody, decisionBody, listPostsQuery, postAnswer, postSummarySchema, rescheduleBody, submitPostBody, updatePostBody } from '../../../core/publish/contracts.ts';
import { actorOf, authorizeBrand } from '../../http/guard.ts';
import { forbidden } from '../../http/errors.ts';
import { addComment, resolveComment } from '../../services/publish/comments.ts';
import { createPost, deletePost, describePost, editPost, findPost, listPosts, lockPost } from '../../services/publish/posts.ts';
import { cancelPost, decide, editAndResubmit, reschedulePost, resolveSchedule, retryPost, submitPost, type Caller } from '../../services/publish/workflow.ts';
import { errors, id, page } from '../common.ts';

const brandParams = z.object({ brandId: id() });
const postParams = brandParams.extend({ postId: id() });

export async function postRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  const { db } = ctx;

  async function callerFor(request: FastifyRequest, brandId: string, action: Parameters<typeof authorizeBrand>[2]) {
    const me = await authorizeBrand(request, brandId, action);
    const caller: Caller = { actor: { ...actorOf(request), userId: me.userId }, role: me.role };
    return { me, caller, viewer: { userId: me.userId, role: me.role } };
  }

  /** Writing a post needs post.create; editing someone else's needs a manager. */
  async function writer(request: FastifyRequest, brandId: string, postId: string) {
    const who = await callerFor(request, brandId, 'post.create');
    const post = await findPost(db, who.me.brand.id, postId);
    if (post.authorId !== who.me.userId && !roleAllows(who.me.role, 'post.publish')) throw forbidden('Only the author or a brand manager may change this post.');
    return { ...who, post };
  }

  r.get('/brands/:brandId/posts', {
    schema: { tags: ['posts'], summary: 'Posts of the brand, most recently changed first, filtered by time, status, channel or campaign', params: brandParams, querystring: listPostsQuery, response: { 200: page(postSummarySchema), ...errors(400, 401, 404) } },
  }, async (request) => {
    const { me } = await callerFor(request, request.params.brandId, 'post.view');
    return listPosts(db, me.brand.id, request.query);
  });

  r.post('/brands/:brandId/posts', {
    schema: { tags: ['posts'], summary: 'Write a post (a draft) with a variant per channel', params: brandParams, body: createPostBody, response: { 201: postAnswer, ...errors(400, 401, 403, 404, 409) } },
  }, async (request, reply) => {
    const { me, caller, viewer } = await callerFor(request, request.params.brandId, 'post.create');
    const at = request.body.schedule ? resolveSchedule(me.brand, request.body.schedule) : null;
    const post = await db.transaction((tx) => createPost(tx, caller.actor, me.brand, request.body, at));
    return reply.status(201).send({ post: await describePost(db, post, viewer) });
  });

  r.get('/brands/:brandId/posts/:postId', {
    schema: { tags: ['posts'], summary: 'One post with its variants, approval steps, findings, comments and what you may do', params: postParams, response: { 200: postAnswer, ...errors(401, 404) } },
  }, async (request) => {
    const { me, viewer } = await callerFor(request, request.params.brandId, 'post.view');
    return { post: await describePost(db, await findPost(db, me.brand.id, request.params.postId), viewer) };
  });

  r.patch('/brands/:brandId/posts/:postId', {
    schema: { tags: ['posts'], summary: 'Edit a post; a change to what is published starts a new revision and asks for approval again', params: postParams, body: updatePostBody, response: { 200: postAnswer, ...errors(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const { me, caller, viewer } = await writer(request, request.params.brandId, request.params.postId);
    const { schedule, ...patch } = request.body;
    const post = await editAndResubmit(ctx, caller, me.brand, async (tx) => {
      const locked = await lockPost(tx, me.brand.id, request.params.postId);
      const edited = await editPost(tx, caller.actor, me.brand, locked, patch);
      return edited;
    });
    const moved = schedule ? await reschedulePost(ctx, caller, me.brand, post.id, { schedule }) : post;
    return { post: await describePost(db, moved, viewer) };
  });

  r.delete('/brands/:brandId/posts/:postId', {
    schema: { tags: ['posts'], summary: 'Delete a post that has not been published anywhere', params: postParams, response: { 204: z.null(), ...errors(401, 403, 404, 409) } },
  }, async (request, reply) => {
    const { me, caller } = await writer(request, request.params.brandId, request.params.postId);
    await db.transaction(async (tx) => deletePost(tx, caller.actor, me.brand, await lockPost(tx, me.brand.id, request.params.postId)));
    return reply.status(204).send(null);
  });

  r.post('/brands/:brandId/posts/:postId/submit', {
    schema: {
      tags: ['posts'],
      summary: 'Submit for approval at a time (or as soon as approved). A blocking finding answers 422 unless a brand manager overrides it with a written reason',
      params: postParams,
      body: submitPostBody,
      response: { 200: postAnswer, ...errors(400, 401, 403, 404, 409, 422) },
    },
  }, async (request) => {
    const { me, caller, viewer } = await writer(request, request.params.brandId, request.params.postId);
    const post = await submitPost(ctx, caller, me.brand, request.params.postId, request.body);
    return { post: await describePost(db, post, viewer) };
  });

  for (const [path, decision] of [['approve', 'approved'], ['request-changes', 'changes_requested']] as const) {
    r.post(`/brands/:brandId/posts/:postId/${path}`, {
      schema: { tags: ['posts'], summary: decision === 'approved' ? 'Approve the current step' : 'Send the post back to its author with a note', params: postParams, body: decisionBody, response: { 200: postAnswer, ...errors(400, 401, 403, 404, 409) } },
    }, async (request) => {
      const { me, caller, viewer } = await callerFor(request, request.params.brandId, 'post.view');
      const post = await decide(ctx, caller, me.brand, request.params.postId, decision, request.body.note);
      return { post: await describePost(db, post, viewer) };
    });
  }

  r.post('/brands/:brandId/posts/:postId/schedule', {
    schema: { tags: ['posts'], summary: 'Move the post to a new time; the policy is checked again for it', params: postParams, body: rescheduleBody, response: { 200: postAnswer, ...errors(400, 401, 403, 404, 409, 422) } },
  }, async (request) => {
    const { me, caller, viewer } = await writer(request, request.params.brandId, request.params.postId);
    const post = await reschedulePost(ctx, caller, me.brand, request.params.postId, request.body);
    return { post: await describePost(db, post, viewer) };
  });

  r.post('/brands/:brandId/posts/:postId/cancel', {
    schema: { tags: ['posts'], summary: 'Take a submitted or scheduled post back to draft', params: postParams, response: { 200: postAnswer, ...errors(401, 403, 404, 409) } },
  }, async (request) => {
    const { me, caller, viewer } = await writer(request, request.params.brandId, request.params.postId);
    return { post: await describePost(db, await cancelPost(ctx, caller, me.brand, request.params.postId), viewer) };
  });

  r.post('/brands/:brandId/posts/:postId/retry', {
    schema: { tags: ['posts'], summary: 'Try the channels that failed again', params: postParams, response: { 200: postAnswer, ...errors(401, 403, 404, 409) } },
  }, async (request) => {
    const { me, caller, viewer } = await writer(request, request.params.brandId, request.params.postId);
    return { post: await describePost(db, await retryPost(ctx, caller, me.brand, request.params.postId), viewer) };
  });

  r.post('/brands/:brandId/posts/:postId/comments', {
    schema: { tags: ['posts'], summary: 'Comment on the post, or on a span of its text', params: postParams, body: commentBody, response: { 201: postAnswer, ...errors(400, 401, 403, 404) } },
  }, async (request, reply) => {
    const { me, caller, viewer } = await callerFor(request, request.params.brandId, 'post.view');
    const post = await addComment(ctx, caller, me.brand, request.params.postId, request.body);
    return reply.status(201).send({ post: await describePost(db, post, viewer) });
  });

  r.post('/brands/:brandId/posts/:postId/comments/:commentId/resolve', {
    schema: { tags: ['posts'], summary: 'Mark a comment as dealt with', params: postParams.extend({ commentId: id() }), response: { 200: postAnswer, ...errors(401, 403, 404) } },
  }, async (request) => {
    const { me, caller, viewer } = await callerFor(request, request.params.brandId, 'post.view');
    const post = await resolveComment(ctx, caller, me.brand, request.params.postId, request.params.commentId);
    return { post: await describePost(db, post, viewer) };
  });
}
