import { asc, eq } from 'drizzle-orm';
import type { Role } from '../../../core/permissions.ts';
import type { WorkspaceKind } from '../../../core/validation.ts';
import type { Db } from '../../db/connect.ts';
import { members, users, workspaces } from '../../db/schema.ts';
import { notFound } from '../../http/errors.ts';
import { diff, recordAudit, type Actor } from '../audit/audit.ts';
import { addDefaultRules } from '../policy/rules.ts';

export type WorkspaceRow = typeof workspaces.$inferSelect;

export function toWorkspace(w: WorkspaceRow) {
  return { id: w.id, name: w.name, kind: w.kind, createdAt: w.createdAt.toISOString() };
}

export async function listUserWorkspaces(db: Db, userId: string) {
  const rows = await db
    .select({ id: workspaces.id, name: workspaces.name, kind: workspaces.kind, role: members.role })
    .from(members)
    .innerJoin(workspaces, eq(workspaces.id, members.workspaceId))
    .where(eq(members.userId, userId))
    .orderBy(asc(workspaces.name));
  return rows as { id: string; name: string; kind: WorkspaceKind; role: Role }[];
}

export async function createWorkspace(db: Db, actor: Actor & { userId: string }, input: { name: string; kind: WorkspaceKind }) {
  return db.transaction(async (tx) => {
    const [ws] = await tx.insert(workspaces).values(input).returning();
    await tx.insert(members).values({ workspaceId: ws!.id, userId: actor.userId, role: 'owner' });
    // Every new workspace starts with the recommended rules, named in its creator's language.
    const [creator] = await tx.select({ locale: users.locale }).from(users).where(eq(users.id, actor.userId));
    await addDefaultRules(tx, actor, { workspaceId: ws!.id, brandId: null }, creator?.locale ?? 'he', { audit: false });
    await recordAudit(tx, actor, {
      workspaceId: ws!.id,
      action: 'workspace.create',
      targetType: 'workspace',
      targetId: ws!.id,
      after: input,
    });
    return ws!;
  });
}

export async function getWorkspace(db: Db, id: string) {
  const [ws] = await db.select().from(workspaces).where(eq(workspaces.id, id));
  if (!ws) throw notFound('This workspace');
  return ws;
}

export async function updateWorkspace(db: Db, actor: Actor, id: string, patch: { name?: string | undefined; kind?: WorkspaceKind | undefined }) {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(workspaces).where(eq(workspaces.id, id)).for('update');
    if (!current) throw notFound('This workspace');
    const change = diff(current, patch);
    if (!change.changed) return current;
    const [next] = await tx
      .update(workspaces)
      .set({ ...change.after, updatedAt: new Date() })
      .where(eq(workspaces.id, id))
      .returning();
    await recordAudit(tx, actor, { workspaceId: id, action: 'workspace.update', targetType: 'workspace', targetId: id, ...change });
    return next!;
  });
}
