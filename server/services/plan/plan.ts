// A brand's action plan: saved as immutable versions (the highest is in force), so a report can
// show the target that held at the time and the history says who changed what, and why.
import { and, desc, eq, inArray, lt, lte } from 'drizzle-orm';
import { canSeeBrand } from '../../../core/permissions.ts';
import { PLAN_API_MESSAGES } from '../../../core/plan/messages.ts';
import type { PlanContent } from '../../../core/plan/plan.ts';
import type { Db, Tx } from '../../db/connect.ts';
import { brands, memberBrands, members, planVersions, users } from '../../db/schema.ts';
import { AppError, conflict, notFound } from '../../http/errors.ts';
import { recordAudit, type Actor } from '../audit/audit.ts';

export interface PlanInForce {
  version: number;
  content: PlanContent;
}


/** The plan in force now, or null when the brand has none yet (the policy checker reads it). */
export async function currentPlan(db: Db | Tx, brandId: string): Promise<PlanInForce | null> {
  const [row] = await db
    .select({ version: planVersions.version, content: planVersions.content })
    .from(planVersions)
    .where(eq(planVersions.brandId, brandId))
    .orderBy(desc(planVersions.version))
    .limit(1);
  return row ? { version: row.version, content: row.content as PlanContent } : null;
}

/** The version that was in force at an instant (the last one saved by then), or null before the first. */
export async function planAt(db: Db | Tx, brandId: string, instant: Date): Promise<(PlanInForce & { createdAt: Date }) | null> {
  const [row] = await db
    .select({ version: planVersions.version, content: planVersions.content, createdAt: planVersions.createdAt })
    .from(planVersions)
    .where(and(eq(planVersions.brandId, brandId), lte(planVersions.createdAt, instant)))
    .orderBy(desc(planVersions.version))
    .limit(1);
  return row ? { version: row.version, content: row.content as PlanContent, createdAt: row.createdAt } : null;
}

const summaryColumns = {
  version: planVersions.version,
  changeNote: planVersions.changeNote,
  createdAt: planVersions.createdAt,
  authorId: planVersions.authorId,
  authorName: users.name,
};

type SummaryRow = { version: number; changeNote: string; createdAt: Date; authorId: string | null; authorName: string | null };

function toSummary(row: SummaryRow) {
  return {
    version: row.version,
    changeNote: row.changeNote,
    author: row.authorId ? { id: row.authorId, name: row.authorName ?? '' } : null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** One version with its author and the names of the people its time budget mentions; the current one when version is omitted. */
export async function getPlanVersion(db: Db | Tx, brandId: string, version?: number) {
  const [row] = await db
    .select({ ...summaryColumns, content: planVersions.content })
    .from(planVersions)
    .leftJoin(users, eq(users.id, planVersions.authorId))
    .where(and(eq(planVersions.brandId, brandId), version === undefined ? undefined : eq(planVersions.version, version)))
    .orderBy(desc(planVersions.version))
    .limit(1);
  if (!row) return null;
  const content = row.content as PlanContent;
  const ids = content.timeBudget.members.map((m) => m.userId);
  const people = ids.length ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids)) : [];
  return { ...toSummary(row), content, people };
}

/** Versions newest first; `before` continues after the last version of the previous page. */
export async function listPlanVersions(db: Db, brandId: string, opts: { limit: number; before: number | null }) {
  const rows = await db
    .select(summaryColumns)
    .from(planVersions)
    .leftJoin(users, eq(users.id, planVersions.authorId))
    .where(and(eq(planVersions.brandId, brandId), opts.before === null ? undefined : lt(planVersions.version, opts.before)))
    .orderBy(desc(planVersions.version))
    .limit(opts.limit + 1);
  const items = rows.slice(0, opts.limit).map(toSummary);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > opts.limit && last ? String(last.version) : null };
}

export interface SavePlanInput {
  content: PlanContent;
  changeNote: string;
  /** The version the editor started from; null for the brand's first plan. */
  baseVersion: number | null;
}

/**
 * Saves the next version in one transaction. The brand row is locked first so two saves of one
 * brand take turns: the second finds its base out of date and gets a 409 instead of a silent overwrite.
 */
export async function savePlan(db: Db, actor: Actor, brandId: string, input: SavePlanInput) {
  const version = await db.transaction(async (tx) => {
    const [brand] = await tx.select().from(brands).where(eq(brands.id, brandId)).for('update');
    if (!brand) throw notFound('This brand');
    if (brand.archivedAt) throw conflict('brand_archived', PLAN_API_MESSAGES.archivedBrand);
    const [current] = await tx
      .select({ version: planVersions.version, createdAt: planVersions.createdAt })
      .from(planVersions)
      .where(eq(planVersions.brandId, brandId))
      .orderBy(desc(planVersions.version))
      .limit(1);
    const currentVersion = current?.version ?? null;
    if (currentVersion !== input.baseVersion) {
      throw conflict('stale_plan', PLAN_API_MESSAGES.stalePlan, { currentVersion, baseVersion: input.baseVersion });
    }
    await checkBudgetMembers(tx, brand.workspaceId, brandId, input.content);
    const next = (currentVersion ?? 0) + 1;
    // Versions must also be in time order, so planAt never answers an older version for a later instant.
    const now = new Date();
    const createdAt = current && current.createdAt > now ? current.createdAt : now;
    await tx.insert(planVersions).values({
      workspaceId: brand.workspaceId,
      brandId,
      version: next,
      content: input.content,
      changeNote: input.changeNote,
      authorId: actor.userId,
      createdAt,
    });
    await recordAudit(tx, actor, {
      workspaceId: brand.workspaceId,
      brandId,
      action: 'plan.update',
      targetType: 'plan',
      targetId: brandId,
      before: { version: currentVersion },
      after: { version: next, ...(input.changeNote ? { changeNote: input.changeNote } : {}) },
    });
    return next;
  });
  return (await getPlanVersion(db, brandId, version))!;
}

/** Hours can be given only to members of the workspace who can see this brand. */
async function checkBudgetMembers(tx: Tx, workspaceId: string, brandId: string, content: PlanContent) {
  const ids = content.timeBudget.members.map((m) => m.userId);
  if (ids.length === 0) return;
  const rows = await tx
    .select({ userId: members.userId, role: members.role, limited: members.limitedToBrands, brandId: memberBrands.brandId })
    .from(members)
    .leftJoin(memberBrands, eq(memberBrands.memberId, members.id))
    .where(and(eq(members.workspaceId, workspaceId), inArray(members.userId, ids)));
  const onBrand = new Set<string>();
  for (const userId of new Set(rows.map((r) => r.userId))) {
    const mine = rows.filter((r) => r.userId === userId);
    const grant = { role: mine[0]!.role, brandIds: mine[0]!.limited ? mine.flatMap((r) => (r.brandId ? [r.brandId] : [])) : null };
    if (canSeeBrand(grant, brandId)) onBrand.add(userId);
  }
  const issues = ids.flatMap((userId, index) =>
    onBrand.has(userId) ? [] : [{ path: `body.content.timeBudget.members.${index}.userId`, message: PLAN_API_MESSAGES.notOnBrand }],
  );
  if (issues.length) throw new AppError(400, 'validation_failed', PLAN_API_MESSAGES.notOnBrand, { issues });
}
