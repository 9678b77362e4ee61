import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/connect.ts';
import { brands } from '../../db/schema.ts';
import { preparedPer } from '../../db/prepared.ts';
import { conflict, notFound } from '../../http/errors.ts';
import { afterCursor, cursorOrder, pageOf, type TimeCursor } from '../../http/pagination.ts';
import { diff, recordAudit, type Actor } from '../audit/audit.ts';
import type { Membership } from './membership.ts';
import { visibleBrandIds } from '../../../core/permissions.ts';

export type BrandRow = typeof brands.$inferSelect;

export function toBrand(b: BrandRow) {
  return {
    id: b.id,
    workspaceId: b.workspaceId,
    name: b.name,
    primaryLanguage: b.primaryLanguage,
    timeZone: b.timeZone,
    description: b.description,
    pausedAt: b.pausedAt?.toISOString() ?? null,
    pausedReason: b.pausedReason,
    archivedAt: b.archivedAt?.toISOString() ?? null,
    createdAt: b.createdAt.toISOString(),
    updatedAt: b.updatedAt.toISOString(),
  };
}

export interface BrandInput {
  name: string;
  primaryLanguage: 'he' | 'en';
  timeZone: string;
  description: string;
}

// The common list (first page, no archived brands, a member who sees every brand) is prepared
// once: it is what the app asks for on every page load.
const firstPageOfAllBrands = preparedPer((db) =>
  db
    .select()
    .from(brands)
    .where(and(eq(brands.workspaceId, sql.placeholder('workspaceId')), isNull(brands.archivedAt)))
    .orderBy(...cursorOrder(brands.createdAt, brands.id))
    .limit(sql.placeholder('limit'))
    .prepare('brandroom_brands_first_page'),
);

export async function listBrands(
  db: Db,
  viewer: Membership,
  opts: { includeArchived: boolean; limit: number; after: TimeCursor | null },
) {
  const scope = visibleBrandIds(viewer);
  if (!opts.includeArchived && scope === null && !opts.after) {
    const rows = await firstPageOfAllBrands(db).execute({ workspaceId: viewer.workspaceId, limit: opts.limit + 1 });
    return pageOf(rows, opts.limit, (b) => ({ at: b.createdAt, id: b.id }));
  }
  const conditions: (SQL | undefined)[] = [eq(brands.workspaceId, viewer.workspaceId)];
  if (!opts.includeArchived) conditions.push(isNull(brands.archivedAt));
  if (scope !== null) {
    if (scope.length === 0) return { items: [], nextCursor: null };
    conditions.push(inArray(brands.id, scope));
  }
  conditions.push(afterCursor(brands.createdAt, brands.id, opts.after));
  const rows = await db
    .select()
    .from(brands)
    .where(and(...conditions))
    .orderBy(...cursorOrder(brands.createdAt, brands.id))
    .limit(opts.limit + 1);
  return pageOf(rows, opts.limit, (b) => ({ at: b.createdAt, id: b.id }));
}

export async function getBrand(db: Db, workspaceId: string, brandId: string) {
  const [brand] = await db.select().from(brands).where(and(eq(brands.id, brandId), eq(brands.workspaceId, workspaceId)));
  if (!brand) throw notFound('This brand');
  return brand;
}

export async function createBrand(db: Db, actor: Actor, workspaceId: string, input: BrandInput) {
  return db.transaction(async (tx) => {
    const [same] = await tx
      .select({ id: brands.id })
      .from(brands)
      .where(and(eq(brands.workspaceId, workspaceId), eq(brands.name, input.name), isNull(brands.archivedAt)));
    if (same) throw conflict('conflict', `A brand named "${input.name}" already exists in this workspace.`);
    const [brand] = await tx.insert(brands).values({ workspaceId, ...input }).returning();
    await recordAudit(tx, actor, {
      workspaceId,
      brandId: brand!.id,
      action: 'brand.create',
      targetType: 'brand',
      targetId: brand!.id,
      after: { ...input },
    });
    return brand!;
  });
}

export async function updateBrand(db: Db, actor: Actor, workspaceId: string, brandId: string, patch: Partial<BrandInput>) {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(brands)
      .where(and(eq(brands.id, brandId), eq(brands.workspaceId, workspaceId)))
      .for('update');
    if (!current) throw notFound('This brand');
    const change = diff(current, patch);
    if (!change.changed) return current;
    const [next] = await tx
      .update(brands)
      .set({ ...change.after, updatedAt: new Date() })
      .where(eq(brands.id, brandId))
      .returning();
    await recordAudit(tx, actor, {
      workspaceId,
      brandId,
      action: 'brand.update',
      targetType: 'brand',
      targetId: brandId,
      before: change.before,
      after: change.after,
    });
    return next!;
  });
}

export async function archiveBrand(db: Db, actor: Actor, workspaceId: string, brandId: string) {
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(brands)
      .where(and(eq(brands.id, brandId), eq(brands.workspaceId, workspaceId)))
      .for('update');
    if (!current) throw notFound('This brand');
    if (current.archivedAt) return;
    const archivedAt = new Date();
    await tx.update(brands).set({ archivedAt, updatedAt: archivedAt }).where(eq(brands.id, brandId));
    await recordAudit(tx, actor, {
      workspaceId,
      brandId,
      action: 'brand.archive',
      targetType: 'brand',
      targetId: brandId,
      before: { archivedAt: null },
      after: { archivedAt: archivedAt.toISOString() },
    });
  });
}
