// A brand's approval flow: the ordered steps a submitted post passes, each needing any one, or all,
// of its listed people and roles. One row per brand, replaced as a whole when saved.
import { eq } from 'drizzle-orm';
import { PLAN_API_MESSAGES } from '../../../core/plan/messages.ts';
import type { ApprovalStep } from '../../../core/publish/contracts.ts';
import type { Db, Tx } from '../../db/connect.ts';
import { approvalFlows, brands, users } from '../../db/schema.ts';
import { conflict, invalidInput, notFound } from '../../http/errors.ts';
import { recordAudit, type Actor } from '../audit/audit.ts';
import { brandMembers } from './team.ts';

// jsonb keeps keys in its own order; steps read back in the order they are written compare equal.
const stepsOf = (stored: readonly Record<string, unknown>[]): ApprovalStep[] =>
  (stored as unknown as ApprovalStep[]).map((s) => ({ name: s.name, mode: s.mode, roles: s.roles, userIds: s.userIds }));

/** The brand's steps in order; none when the brand has no flow (submission logic reads this). */
export async function approvalFlowOf(db: Db | Tx, brandId: string): Promise<ApprovalStep[]> {
  const [row] = await db.select({ steps: approvalFlows.steps }).from(approvalFlows).where(eq(approvalFlows.brandId, brandId));
  return row ? stepsOf(row.steps) : [];
}

export async function getApprovalFlow(db: Db | Tx, brandId: string) {
  const [row] = await db
    .select({ steps: approvalFlows.steps, updatedAt: approvalFlows.updatedAt, updatedById: approvalFlows.updatedBy, updatedByName: users.name })
    .from(approvalFlows)
    .leftJoin(users, eq(users.id, approvalFlows.updatedBy))
    .where(eq(approvalFlows.brandId, brandId));
  if (!row) return { steps: [] as ApprovalStep[], updatedAt: null, updatedBy: null };
  return {
    steps: stepsOf(row.steps),
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedById ? { id: row.updatedById, name: row.updatedByName ?? '' } : null,
  };
}

/**
 * Replaces the flow in one transaction. The brand row is locked first so two saves take turns and
 * the audit's "before" is the flow the second save really replaced.
 */
export async function saveApprovalFlow(db: Db, actor: Actor, brandId: string, input: { steps: ApprovalStep[] }) {
  await db.transaction(async (tx) => {
    const [brand] = await tx.select().from(brands).where(eq(brands.id, brandId)).for('update');
    if (!brand) throw notFound('This brand');
    if (brand.archivedAt) throw conflict('brand_archived', 'This brand is archived, so it can no longer be changed.');
    // A person named twice in a step counts once, and "all" must not wait for the same person twice.
    const steps: ApprovalStep[] = input.steps.map((s) => ({ name: s.name, mode: s.mode, roles: [...new Set(s.roles)], userIds: [...new Set(s.userIds)] }));
    const onBrand = new Set((await brandMembers(tx, brand.workspaceId, brandId)).map((m) => m.userId));
    const issues = steps.flatMap((s, i) =>
      s.userIds.some((userId) => !onBrand.has(userId)) ? [{ path: `body.steps.${i}.userIds`, message: PLAN_API_MESSAGES.notOnBrand }] : [],
    );
    // The plan's sentence: the same rule for the same people, already said in Hebrew.
    if (issues.length) throw invalidInput(issues);
    const before = await approvalFlowOf(tx, brandId);
    if (JSON.stringify(before) === JSON.stringify(steps)) return;
    const now = new Date();
    await tx
      .insert(approvalFlows)
      .values({ brandId, workspaceId: brand.workspaceId, steps, updatedBy: actor.userId, updatedAt: now })
      .onConflictDoUpdate({ target: approvalFlows.brandId, set: { steps, updatedBy: actor.userId, updatedAt: now } });
    await recordAudit(tx, actor, {
      workspaceId: brand.workspaceId,
      brandId,
      action: 'approval_flow.update',
      targetType: 'approval_flow',
      targetId: brandId,
      before: { steps: before },
      after: { steps },
    });
  });
  return getApprovalFlow(db, brandId);
}
