import { and, eq, inArray } from 'drizzle-orm';
import { canAssignRole, normalizeBrandScope, visibleBrandIds, type Role } from '../../../core/permissions.ts';
import type { Db, Tx } from '../../db/connect.ts';
import { brands, memberBrands, members, users } from '../../db/schema.ts';
import { AppError, conflict, forbidden, notFound } from '../../http/errors.ts';
import { afterCursor, cursorOrder, pageOf, type TimeCursor } from '../../http/pagination.ts';
import { recordAudit, type Actor } from '../audit/audit.ts';
import type { Membership } from './membership.ts';

export interface MemberView {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  brandIds: string[] | null;
  joinedAt: string;
}

export async function listMembers(db: Db, viewer: Membership, opts: { limit: number; after: TimeCursor | null }) {
  const workspaceId = viewer.workspaceId;
  // A member limited to some brands sees others' scopes only as far as their own reaches.
  const mine = visibleBrandIds(viewer);
  const rows = await db
    .select({ m: members, name: users.name, email: users.email })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(and(eq(members.workspaceId, workspaceId), afterCursor(members.createdAt, members.id, opts.after)))
    .orderBy(...cursorOrder(members.createdAt, members.id))
    .limit(opts.limit + 1);
  const page = pageOf(rows, opts.limit, (r) => ({ at: r.m.createdAt, id: r.m.id }));
  const scopes = await brandScopes(db, page.items.filter((r) => r.m.limitedToBrands).map((r) => r.m.id));
  return {
    items: page.items.map((r): MemberView => ({
      id: r.m.id,
      userId: r.m.userId,
      name: r.name,
      email: r.email,
      role: r.m.role,
      brandIds: r.m.limitedToBrands ? (scopes.get(r.m.id) ?? []).filter((id) => mine === null || mine.includes(id)) : null,
      joinedAt: r.m.createdAt.toISOString(),
    })),
    nextCursor: page.nextCursor,
  };
}

async function brandScopes(db: Db | Tx, memberIds: string[]) {
  const map = new Map<string, string[]>();
  if (memberIds.length === 0) return map;
  const rows = await db.select().from(memberBrands).where(inArray(memberBrands.memberId, memberIds));
  for (const r of rows) map.set(r.memberId, [...(map.get(r.memberId) ?? []), r.brandId]);
  return map;
}

/** Brand ids given for a scope must be brands of this workspace. */
export async function checkBrandsInWorkspace(db: Db | Tx, workspaceId: string, brandIds: readonly string[]) {
  if (brandIds.length === 0) return;
  const found = await db
    .select({ id: brands.id })
    .from(brands)
    .where(and(eq(brands.workspaceId, workspaceId), inArray(brands.id, [...brandIds])));
  const known = new Set(found.map((b) => b.id));
  const unknown = brandIds.filter((id) => !known.has(id));
  if (unknown.length) {
    throw new AppError(400, 'validation_failed', 'Some of the chosen brands do not belong to this workspace.', {
      issues: [{ path: 'body.brandIds', message: `Unknown brand: ${unknown.join(', ')}` }],
    });
  }
}

export async function setBrandScope(tx: Tx, memberId: string, brandIds: readonly string[] | null) {
  await tx.delete(memberBrands).where(eq(memberBrands.memberId, memberId));
  await tx.update(members).set({ limitedToBrands: brandIds !== null }).where(eq(members.id, memberId));
  if (brandIds && brandIds.length) {
    await tx.insert(memberBrands).values(brandIds.map((brandId) => ({ memberId, brandId })));
  }
}

async function lockMember(tx: Tx, workspaceId: string, memberId: string) {
  // Lock every owner row too: two owners demoting each other at once must not leave none.
  const owners = await tx
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.workspaceId, workspaceId), eq(members.role, 'owner')))
    .for('update');
  const [target] = await tx
    .select()
    .from(members)
    .where(and(eq(members.id, memberId), eq(members.workspaceId, workspaceId)))
    .for('update');
  if (!target) throw notFound('This member');
  return { target, ownerCount: owners.length };
}

const lastOwner = () =>
  conflict('last_owner', 'A workspace needs at least one owner. Make another member an owner first.');

export async function updateMember(
  db: Db,
  actor: Actor,
  by: Membership,
  memberId: string,
  patch: { role?: Role | undefined; brandIds?: string[] | null | undefined },
) {
  return db.transaction(async (tx) => {
    const { target, ownerCount } = await lockMember(tx, by.workspaceId, memberId);
    const beforeScope = target.limitedToBrands ? ((await brandScopes(tx, [target.id])).get(target.id) ?? []) : null;
    const role = patch.role ?? target.role;
    if (!canAssignRole(by.role, target.role, role)) {
      throw forbidden('Only an owner can make someone an owner or change an owner\'s role.');
    }
    if (target.role === 'owner' && role !== 'owner' && ownerCount <= 1) throw lastOwner();
    const wanted = patch.brandIds === undefined ? beforeScope : patch.brandIds;
    const scope = normalizeBrandScope(role, wanted);
    if (scope) await checkBrandsInWorkspace(tx, by.workspaceId, scope);
    if (role !== target.role) await tx.update(members).set({ role }).where(eq(members.id, memberId));
    await setBrandScope(tx, memberId, scope);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    if (role !== target.role) {
      before.role = target.role;
      after.role = role;
    }
    if (JSON.stringify(sorted(beforeScope)) !== JSON.stringify(sorted(scope))) {
      before.brandIds = beforeScope;
      after.brandIds = scope;
    }
    if (Object.keys(after).length) {
      await recordAudit(tx, actor, {
        workspaceId: by.workspaceId,
        action: 'member.update',
        targetType: 'member',
        targetId: memberId,
        before: { userId: target.userId, ...before },
        after,
      });
    }
    const [user] = await tx.select().from(users).where(eq(users.id, target.userId));
    return {
      id: target.id,
      userId: target.userId,
      name: user!.name,
      email: user!.email,
      role,
      brandIds: scope,
      joinedAt: target.createdAt.toISOString(),
    } satisfies MemberView;
  });
}

function sorted(ids: readonly string[] | null) {
  return ids ? [...ids].sort() : null;
}

export async function removeMember(db: Db, actor: Actor, by: Membership, memberId: string) {
  await db.transaction(async (tx) => {
    const { target, ownerCount } = await lockMember(tx, by.workspaceId, memberId);
    const leaving = target.id === by.memberId;
    if (!leaving && !canAssignRole(by.role, target.role, target.role)) {
      throw forbidden(by.role === 'admin' ? 'Only an owner can remove an owner.' : undefined);
    }
    if (target.role === 'owner' && ownerCount <= 1) throw lastOwner();
    await tx.delete(members).where(eq(members.id, memberId));
    await recordAudit(tx, actor, {
      workspaceId: by.workspaceId,
      action: leaving ? 'member.leave' : 'member.remove',
      targetType: 'member',
      targetId: memberId,
      before: { userId: target.userId, role: target.role },
    });
  });
}
