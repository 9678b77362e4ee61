// The crisis freeze: pausing a brand stops everything it has scheduled (the claim refuses a paused
// brand's posts), and resuming checks every queued post again before anything goes out.
import { and, eq, inArray } from 'drizzle-orm';
import { roleAllows } from '../../../core/permissions.ts';
import { needsApproval, blocks } from '../../../core/policy/checker.ts';
import { withManagerStep } from '../../../core/publish/approvals.ts';
import type { PostFinding } from '../../../core/publish/contracts.ts';
import { PAST_TOLERANCE_MS } from '../../../core/publish/schedule.ts';
import { brands, posts } from '../../db/schema.ts';
import type { AppContext } from '../../http/context.ts';
import { conflict } from '../../http/errors.ts';
import type { BrandRow } from '../../http/guard.ts';
import { recordAudit } from '../audit/audit.ts';
import { approvalFlowOf } from './approval-flow.ts';
import { queueVariants, sendDispatches, unqueueVariants, type Dispatch } from './dispatch.ts';
import { notify, sendOutbox, type Outbox } from './notices.ts';
import { brandMembers } from './team.ts';
import { checkPost, type Caller } from './workflow.ts';

export async function pauseBrand(ctx: AppContext, caller: Caller, brand: BrandRow, reason: string) {
  const outbox: Outbox = [];
  const row = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(brands)
      .set({ pausedAt: new Date(), pausedReason: reason, pausedBy: caller.actor.userId, updatedAt: new Date() })
      .where(eq(brands.id, brand.id))
      .returning();
    await recordAudit(tx, caller.actor, { workspaceId: brand.workspaceId, brandId: brand.id, action: 'brand.pause', targetType: 'brand', targetId: brand.id, after: { reason } });
    const team = await brandMembers(tx, brand.workspaceId, brand.id);
    const me = team.find((m) => m.userId === caller.actor.userId);
    await notify(
      ctx,
      tx,
      team.filter((m) => m.userId !== caller.actor.userId && roleAllows(m.role, 'post.create')),
      { workspaceId: brand.workspaceId, brandId: brand.id, kind: 'brand_paused', params: { brand: brand.name, by: me?.name ?? '', reason }, link: `/w/${brand.workspaceId}/calendar?brand=${brand.id}` },
      outbox,
    );
    return row!;
  });
  await sendOutbox(ctx, brand.workspaceId, outbox);
  return row;
}

export type ResumeOutcome = 'still_scheduled' | 'needs_new_time' | 'needs_approval' | 'blocked';

/** Lifts the freeze and re-checks each queued post for its time, as if it were scheduled now. */
export async function resumeBrand(ctx: AppContext, caller: Caller, brand: BrandRow) {
  if (!brand.pausedAt) throw conflict('not_paused', 'This brand is not paused.');
  const outbox: Outbox = [];
  const dispatches: Dispatch[] = [];
  const results = await ctx.db.transaction(async (tx) => {
    await tx.update(brands).set({ pausedAt: null, pausedReason: null, pausedBy: null, updatedAt: new Date() }).where(eq(brands.id, brand.id));
    const waiting = await tx.select().from(posts).where(and(eq(posts.brandId, brand.id), inArray(posts.status, ['scheduled', 'approved']))).for('update');
    const results: { postId: string; title: string; outcome: ResumeOutcome }[] = [];
    const flow = await approvalFlowOf(tx, brand.id);
    for (const post of waiting) {
      let outcome: ResumeOutcome;
      await unqueueVariants(tx, post.id);
      if (!post.scheduledAt || post.scheduledAt.getTime() < Date.now() - PAST_TOLERANCE_MS) {
        // Its time passed during the freeze: a late post may now be wrong, so a person picks a new time.
        outcome = 'needs_new_time';
        await tx.update(posts).set({ status: 'approved', problem: 'missed_while_paused', updatedAt: new Date() }).where(eq(posts.id, post.id));
      } else {
        const findings = await checkPost(tx, brand, post, post.scheduledAt);
        const before = post.findings as unknown as PostFinding[];
        if (blocks(findings) && !post.blockOverride) {
          outcome = 'blocked';
          await tx.update(posts).set({ status: 'draft', problem: 'blocked_by_policy', findings: findings as never, revision: post.revision + 1, updatedAt: new Date() }).where(eq(posts.id, post.id));
        } else if (needsApproval(findings) && !needsApproval(before)) {
          outcome = 'needs_approval';
          await tx
            .update(posts)
            .set({ status: 'in_review', findings: findings as never, approvalSteps: withManagerStep(flow, true) as never, revision: post.revision + 1, updatedAt: new Date() })
            .where(eq(posts.id, post.id));
        } else {
          outcome = 'still_scheduled';
          dispatches.push(...(await queueVariants(tx, post.id, post.scheduledAt)));
          await tx.update(posts).set({ status: 'scheduled', findings: findings as never, problem: null, updatedAt: new Date() }).where(eq(posts.id, post.id));
        }
      }
      results.push({ postId: post.id, title: post.title || post.body.slice(0, 60), outcome });
    }
    await recordAudit(tx, caller.actor, {
      workspaceId: brand.workspaceId,
      brandId: brand.id,
      action: 'brand.resume',
      targetType: 'brand',
      targetId: brand.id,
      after: { rechecked: results.length, held: results.filter((r) => r.outcome !== 'still_scheduled').length },
    });
    const team = await brandMembers(tx, brand.workspaceId, brand.id);
    const me = team.find((m) => m.userId === caller.actor.userId);
    await notify(
      ctx,
      tx,
      team.filter((m) => m.userId !== caller.actor.userId && roleAllows(m.role, 'post.create')),
      { workspaceId: brand.workspaceId, brandId: brand.id, kind: 'brand_resumed', params: { brand: brand.name, by: me?.name ?? '' }, link: `/w/${brand.workspaceId}/calendar?brand=${brand.id}` },
      outbox,
    );
    return results;
  });
  await sendOutbox(ctx, brand.workspaceId, outbox);
  await sendDispatches(ctx, dispatches);
  return results;
}
