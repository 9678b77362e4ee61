// A post's way from draft to the queue: submission (the policy check, a written override of a block,
// the approval steps), decisions, rescheduling, cancelling and retrying. Each is one transaction on
// the locked post row; notices and jobs go out after it commits.
import { and, eq } from 'drizzle-orm';
import { roleAllows, type Role } from '../../../core/permissions.ts';
import { blocks, needsApproval } from '../../../core/policy/checker.ts';
import { evaluateSteps, mayDecide, withManagerStep, type PostStep } from '../../../core/publish/approvals.ts';
import type { PostFinding, ScheduleInput } from '../../../core/publish/contracts.ts';
import { publishMessage } from '../../../core/publish/messages.ts';
import { PAST_TOLERANCE_MS, resolveScheduledTime } from '../../../core/publish/schedule.ts';
import { utcToZoned } from '../../../core/time/zoned.ts';
import type { Tx } from '../../db/connect.ts';
import { postApprovals, posts, postVariants, users } from '../../db/schema.ts';
import type { AppContext } from '../../http/context.ts';
import { AppError, conflict, forbidden, invalidInput } from '../../http/errors.ts';
import type { BrandRow } from '../../http/guard.ts';
import { recordAudit, type Actor } from '../audit/audit.ts';
import { checkForBrand } from '../policy/check.ts';
import { approvalFlowOf } from './approval-flow.ts';
import { queueVariants, sendDispatches, unqueueVariants, type Dispatch } from './dispatch.ts';
import { notify, sendOutbox, type Outbox } from './notices.ts';
import { currentDecisions, effectiveContent, lockPost, roleOfMembers, variantsOf, type PostRow } from './posts.ts';
import { brandMembers, type BrandMember } from './team.ts';

export interface Caller {
  actor: Actor & { userId: string };
  role: Role;
}

type Override = { reason: string } | undefined;

/** Side effects that wait for the commit: mails to send and jobs to start. */
interface After {
  outbox: Outbox;
  dispatches: Dispatch[];
}

async function inTransaction<T>(ctx: AppContext, workspaceId: string, work: (tx: Tx, after: After) => Promise<T>): Promise<T> {
  const after: After = { outbox: [], dispatches: [] };
  const result = await ctx.db.transaction((tx) => work(tx, after));
  await sendOutbox(ctx, workspaceId, after.outbox);
  await sendDispatches(ctx, after.dispatches);
  return result;
}

export const postLink = (post: Pick<PostRow, 'workspaceId' | 'brandId' | 'id'>) => `/w/${post.workspaceId}/calendar/posts/${post.id}?brand=${post.brandId}`;

/** The instant a schedule input means in the brand's zone; a refusal answers 400 in plain words. */
export function resolveSchedule(brand: BrandRow, input: ScheduleInput, now = new Date()): Date | null {
  if ('asap' in input) return null;
  const result = resolveScheduledTime(input, brand.timeZone, now);
  if (result.ok) return result.instant;
  throw invalidInput([{ path: 'body.schedule', message: publishMessage(result.code, 'en', result.facts), he: publishMessage(result.code, 'he', result.facts) }]);
}

/** Runs the brand's policy on every variant's own text at the time it is meant for. */
export async function checkPost(tx: Tx, brand: BrandRow, post: PostRow, at: Date): Promise<PostFinding[]> {
  const variants = await variantsOf(tx, [post.id]);
  const roleOf = await roleOfMembers(tx, brand.workspaceId);
  const authorRole = post.authorId ? roleOf(post.authorId) : null;
  const author = post.authorId && authorRole ? { userId: post.authorId, role: authorRole } : null;
  const seen = new Set<string>();
  const findings: PostFinding[] = [];
  for (const { variant, channel } of variants) {
    const { text } = effectiveContent(post, variant);
    const result = await checkForBrand(tx, brand, { text, network: channel.network, at, paid: post.paid, author });
    for (const f of result.findings) {
      // A finding in the shared text is said once; the length rule and a channel's own text are per channel.
      const own = variant.text !== null || f.kind === 'length';
      const key = own ? `${channel.id}:${f.ruleId}:${f.start}:${f.end}` : `*:${f.ruleId}:${f.start}:${f.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({ ...f, channelId: own ? channel.id : null });
    }
  }
  return findings;
}

function blockedError(findings: PostFinding[], canOverride: boolean): AppError {
  return new AppError(
    422,
    'blocked_by_policy',
    canOverride
      ? 'The policy blocks this post. Fix what the findings point at, or override with a written reason.'
      : 'The policy blocks this post. Fix what the findings point at; only a brand manager may override a block.',
    { findings, canOverride },
  );
}

/** Applies a written override of blocking findings, or refuses: only a manager may override, and it is audited. */
async function passBlock(tx: Tx, caller: Caller, brand: BrandRow, post: PostRow, findings: PostFinding[], override: Override) {
  if (!blocks(findings)) return null;
  const manager = roleAllows(caller.role, 'post.publish');
  if (!override) throw blockedError(findings, manager);
  if (!manager) throw forbidden('Only a brand manager may override a policy block.');
  const record = { reason: override.reason, by: caller.actor.userId, at: new Date().toISOString() };
  await recordAudit(tx, caller.actor, {
    workspaceId: brand.workspaceId,
    brandId: brand.id,
    action: 'post.override',
    targetType: 'post',
    targetId: post.id,
    after: { reason: override.reason, rules: [...new Set(findings.filter((f) => f.severity === 'block').map((f) => f.ruleName))] },
  });
  return record;
}

/** Who may decide the step now, to be told. */
function deciders(team: BrandMember[], step: PostStep, authorId: string | null) {
  return team.filter((m) => mayDecide(step, m, authorId));
}

/** After a decision or a submission: moves the post on (next step, or the queue) and tells whom it concerns. */
async function nameOf(tx: Tx, userId: string) {
  const [u] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return u?.name ?? '';
}

async function advance(ctx: AppContext, tx: Tx, brand: BrandRow, post: PostRow, byUserId: string, after: After): Promise<PostRow> {
  const by = await nameOf(tx, byUserId);
  const steps = post.approvalSteps as unknown as PostStep[];
  const roleOf = await roleOfMembers(tx, brand.workspaceId);
  const evaluation = evaluateSteps(steps, await currentDecisions(tx, post), roleOf);
  const team = await brandMembers(tx, brand.workspaceId, brand.id);
  const params = { post: post.title || post.body.slice(0, 60), brand: brand.name, by };
  const notice = { workspaceId: brand.workspaceId, brandId: brand.id, link: postLink(post) };
  const author = team.filter((m) => m.userId === post.authorId);
  if (evaluation.changesRequested) {
    await unqueueVariants(tx, post.id);
    return setStatus(tx, post, { status: 'changes_requested' });
  }
  if (evaluation.current !== null) {
    const step = steps[evaluation.current]!;
    await notify(ctx, tx, deciders(team, step, post.authorId), { ...notice, kind: 'approval_requested', params: { ...params, step: step.name } }, after.outbox);
    return setStatus(tx, post, { status: 'in_review' });
  }
  // Every step passed (or there were none): in line for its time, or at once when none was set.
  if (steps.length > 0) await notify(ctx, tx, author, { ...notice, kind: 'post_approved', params }, after.outbox);
  const at = post.scheduledAt ?? new Date();
  if (at.getTime() < Date.now() - PAST_TOLERANCE_MS) {
    return setStatus(tx, post, { status: 'approved', problem: 'not_approved_in_time' });
  }
  after.dispatches.push(...(await queueVariants(tx, post.id, at)));
  return setStatus(tx, post, { status: 'scheduled', scheduledAt: at, problem: null });
}

async function setStatus(tx: Tx, post: PostRow, fields: Partial<Pick<PostRow, 'status' | 'scheduledAt' | 'problem' | 'approvalSteps' | 'findings' | 'blockOverride' | 'submittedAt' | 'revision'>>) {
  const [next] = await tx.update(posts).set({ ...fields, updatedAt: new Date() }).where(eq(posts.id, post.id)).returning();
  return next!;
}

/** Runs the check and fixes the steps for the post's current revision, then moves it on. */
async function enterReview(ctx: AppContext, tx: Tx, caller: Caller, brand: BrandRow, post: PostRow, override: Override, after: After) {
  const at = post.scheduledAt ?? new Date();
  const findings = await checkPost(tx, brand, post, at);
  const blockOverride = await passBlock(tx, caller, brand, post, findings, override);
  const steps = withManagerStep(await approvalFlowOf(tx, brand.id), needsApproval(findings));
  const next = await setStatus(tx, post, {
    status: 'in_review',
    findings: findings as unknown as Record<string, unknown>[],
    approvalSteps: steps as unknown as Record<string, unknown>[],
    blockOverride: blockOverride ?? null,
    submittedAt: new Date(),
    problem: null,
  });
  return advance(ctx, tx, brand, next, caller.actor.userId, after);
}

export async function submitPost(ctx: AppContext, caller: Caller, brand: BrandRow, postId: string, input: { schedule?: ScheduleInput; override?: { reason: string } }) {
  return inTransaction(ctx, brand.workspaceId, async (tx, after) => {
    let post = await lockPost(tx, brand.id, postId);
    if (post.status !== 'draft' && post.status !== 'changes_requested') throw conflict('already_submitted', 'This post was already submitted; edit it to change it.');
    if (input.schedule) post = await setStatus(tx, post, { scheduledAt: resolveSchedule(brand, input.schedule) });
    else if (post.scheduledAt && post.scheduledAt.getTime() < Date.now() - PAST_TOLERANCE_MS) {
      const { date, time } = utcToZoned(post.scheduledAt, brand.timeZone);
      throw invalidInput([{ path: 'body.schedule', message: publishMessage('time_in_past', 'en', { date, time }), he: publishMessage('time_in_past', 'he', { date, time }) }]);
    }
    const next = await enterReview(ctx, tx, caller, brand, post, input.override, after);
    await recordAudit(tx, caller.actor, { workspaceId: brand.workspaceId, brandId: brand.id, action: 'post.submit', targetType: 'post', targetId: post.id, after: { status: next.status, revision: next.revision } });
    return next;
  });
}

/** After an edit of a submitted post's content: the approvals of the old revision no longer count. */
export async function resubmitAfterEdit(ctx: AppContext, tx: Tx, caller: Caller, brand: BrandRow, post: PostRow, after: After): Promise<PostRow> {
  if (!['in_review', 'approved', 'scheduled', 'failed'].includes(post.status)) return post;
  await unqueueVariants(tx, post.id);
  if (post.status === 'failed') return setStatus(tx, post, { status: 'draft', problem: null });
  try {
    return await enterReview(ctx, tx, caller, brand, post, undefined, after);
  } catch (err) {
    // A new block after an edit: the edit is kept, the post goes back to the author as a draft.
    if (err instanceof AppError && err.code === 'blocked_by_policy') return setStatus(tx, post, { status: 'draft', problem: 'blocked_by_policy', findings: (err.details?.findings ?? []) as Record<string, unknown>[] });
    throw err;
  }
}

export async function editAndResubmit(ctx: AppContext, caller: Caller, brand: BrandRow, work: (tx: Tx) => Promise<{ post: PostRow; contentChanged: boolean }>) {
  return inTransaction(ctx, brand.workspaceId, async (tx, after) => {
    const { post, contentChanged } = await work(tx);
    return contentChanged ? resubmitAfterEdit(ctx, tx, caller, brand, post, after) : post;
  });
}

export async function decide(ctx: AppContext, caller: Caller, brand: BrandRow, postId: string, decision: 'approved' | 'changes_requested', note: string) {
  return inTransaction(ctx, brand.workspaceId, async (tx, after) => {
    const post = await lockPost(tx, brand.id, postId);
    if (post.status !== 'in_review') throw conflict('not_in_review', 'This post is not waiting for approval.');
    if (decision === 'changes_requested' && !note) throw invalidInput([{ path: 'body.note', message: 'say what should change' }]);
    const steps = post.approvalSteps as unknown as PostStep[];
    const evaluation = evaluateSteps(steps, await currentDecisions(tx, post), await roleOfMembers(tx, brand.workspaceId));
    const step = evaluation.current === null ? null : steps[evaluation.current]!;
    if (!step || !mayDecide(step, { userId: caller.actor.userId, role: caller.role }, post.authorId)) {
      throw forbidden(post.authorId === caller.actor.userId ? 'You wrote this post, so someone else approves it.' : 'This approval step is not yours to decide.');
    }
    const inserted = await tx
      .insert(postApprovals)
      .values({ postId: post.id, revision: post.revision, stepIndex: evaluation.current!, userId: caller.actor.userId, decision, note })
      .onConflictDoNothing()
      .returning();
    if (inserted.length === 0) throw conflict('already_decided', 'You already decided this step.');
    await recordAudit(tx, caller.actor, {
      workspaceId: brand.workspaceId,
      brandId: brand.id,
      action: decision === 'approved' ? 'post.approve' : 'post.request_changes',
      targetType: 'post',
      targetId: post.id,
      after: { step: step.name, revision: post.revision, ...(note ? { note } : {}) },
    });
    const next = await advance(ctx, tx, brand, post, caller.actor.userId, after);
    if (decision === 'changes_requested') {
      const team = await brandMembers(tx, brand.workspaceId, brand.id);
      await notify(ctx, tx, team.filter((m) => m.userId === post.authorId), { workspaceId: brand.workspaceId, brandId: brand.id, link: postLink(post), kind: 'changes_requested', params: { post: post.title || post.body.slice(0, 60), brand: brand.name, by: await nameOf(tx, caller.actor.userId), note } }, after.outbox);
    }
    return next;
  });
}

/** Moves a post to a new time (a drag on the calendar): the policy is checked again for that time. */
export async function reschedulePost(ctx: AppContext, caller: Caller, brand: BrandRow, postId: string, input: { schedule: ScheduleInput; override?: { reason: string } }) {
  return inTransaction(ctx, brand.workspaceId, async (tx, after) => {
    const post = await lockPost(tx, brand.id, postId);
    const variants = await variantsOf(tx, [post.id]);
    if (post.status === 'publishing' || post.status === 'published' || variants.some((v) => ['publishing', 'published'].includes(v.variant.state))) {
      throw conflict('post_published', 'This post is already published (or publishing); its time can no longer change.');
    }
    const at = resolveSchedule(brand, input.schedule);
    const moved = await setStatus(tx, post, { scheduledAt: at });
    await recordAudit(tx, caller.actor, { workspaceId: brand.workspaceId, brandId: brand.id, action: 'post.reschedule', targetType: 'post', targetId: post.id, before: { scheduledAt: post.scheduledAt?.toISOString() ?? null }, after: { scheduledAt: at?.toISOString() ?? null } });
    if (post.status === 'draft' || post.status === 'changes_requested') return moved;
    const findings = await checkPost(tx, brand, moved, at ?? new Date());
    const override = await passBlock(tx, caller, brand, moved, findings, input.override);
    const before = post.findings as unknown as PostFinding[];
    const newApproval = needsApproval(findings) && !needsApproval(before);
    if (newApproval) {
      // The new time raises something a manager must see (a memorial day, a blackout): review again.
      await unqueueVariants(tx, post.id);
      const steps = withManagerStep(await approvalFlowOf(tx, brand.id), true);
      const next = await setStatus(tx, moved, { revision: moved.revision + 1, status: 'in_review', findings: findings as never, approvalSteps: steps as never, blockOverride: override ?? (moved.blockOverride as never) });
      return advance(ctx, tx, brand, next, caller.actor.userId, after);
    }
    const next = await setStatus(tx, moved, { findings: findings as never, ...(override ? { blockOverride: override } : {}) });
    if (post.status === 'scheduled' || post.status === 'approved' || post.status === 'failed') {
      await unqueueVariants(tx, post.id);
      after.dispatches.push(...(await queueVariants(tx, post.id, at ?? new Date())));
      return setStatus(tx, next, { status: 'scheduled', problem: null });
    }
    return next;
  });
}

/** Takes a submitted post back to draft: out of the queue, and its approvals will be asked again. */
export async function cancelPost(ctx: AppContext, caller: Caller, brand: BrandRow, postId: string) {
  return inTransaction(ctx, brand.workspaceId, async (tx) => {
    const post = await lockPost(tx, brand.id, postId);
    if (!['in_review', 'approved', 'scheduled'].includes(post.status)) throw conflict('not_cancellable', 'Only a post waiting for approval or for its time can be taken back.');
    const variants = await variantsOf(tx, [post.id]);
    if (variants.some((v) => v.variant.state === 'publishing')) throw conflict('post_publishing', 'This post is being published right now; wait a moment and look again.');
    await unqueueVariants(tx, post.id);
    await recordAudit(tx, caller.actor, { workspaceId: brand.workspaceId, brandId: brand.id, action: 'post.cancel', targetType: 'post', targetId: post.id, before: { status: post.status } });
    return setStatus(tx, post, { status: 'draft', revision: post.revision + 1, problem: null });
  });
}

/** Tries the failed channels of a post again. A failure whose outcome was known gets a fresh idempotency key. */
export async function retryPost(ctx: AppContext, caller: Caller, brand: BrandRow, postId: string) {
  return inTransaction(ctx, brand.workspaceId, async (tx, after) => {
    const post = await lockPost(tx, brand.id, postId);
    if (post.status !== 'failed') throw conflict('not_failed', 'Only a failed post can be tried again.');
    const failed = await tx.select().from(postVariants).where(and(eq(postVariants.postId, post.id), eq(postVariants.state, 'failed')));
    const now = new Date();
    for (const v of failed) {
      await tx
        .update(postVariants)
        .set({ state: 'queued', dueAt: now, attempts: 0, errorCode: null, errorDetail: null, updatedAt: now, ...(v.outcomeUnknown ? {} : { idempotencyKey: crypto.randomUUID() }) })
        .where(eq(postVariants.id, v.id));
      after.dispatches.push({ variantId: v.id, dueAt: now });
    }
    await recordAudit(tx, caller.actor, { workspaceId: brand.workspaceId, brandId: brand.id, action: 'post.retry', targetType: 'post', targetId: post.id, after: { channels: failed.length } });
    return setStatus(tx, post, { status: 'scheduled', problem: null });
  });
}
