// The audit log: every change, who made it, how, and a before/after of the fields that changed.
import { and, desc, eq, gte, lt, lte } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connect.ts';
import { auditEvents, brands, users } from '../../db/schema.ts';

export interface Actor {
  userId: string | null;
  /** 'session', 'token:<name>' or 'system'. */
  via: string;
  ip: string | null;
}

export const SYSTEM_ACTOR: Actor = { userId: null, via: 'system', ip: null };

export interface AuditInput {
  workspaceId: string | null;
  brandId?: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

export async function recordAudit(tx: Db | Tx, actor: Actor, event: AuditInput) {
  await tx.insert(auditEvents).values({
    workspaceId: event.workspaceId,
    brandId: event.brandId ?? null,
    actorUserId: actor.userId,
    actorVia: actor.via,
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId ?? null,
    summary: {
      ...(event.before ? { before: event.before } : {}),
      ...(event.after ? { after: event.after } : {}),
    },
    ip: actor.ip,
  });
}

/** Keeps only the fields that differ, so the log says what changed rather than everything. */
export function diff<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    const next = after[key];
    if (next === undefined) continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(next)) {
      b[key] = before[key];
      a[key] = next;
    }
  }
  return { before: b, after: a, changed: Object.keys(a).length > 0 };
}

export interface AuditFilter {
  workspaceId: string;
  action?: string | undefined;
  brandId?: string | undefined;
  actorId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  beforeId?: number | undefined;
  limit: number;
}

export async function listAudit(db: Db, f: AuditFilter) {
  const where = and(
    eq(auditEvents.workspaceId, f.workspaceId),
    f.action ? eq(auditEvents.action, f.action) : undefined,
    f.brandId ? eq(auditEvents.brandId, f.brandId) : undefined,
    f.actorId ? eq(auditEvents.actorUserId, f.actorId) : undefined,
    f.from ? gte(auditEvents.createdAt, f.from) : undefined,
    f.to ? lte(auditEvents.createdAt, f.to) : undefined,
    f.beforeId ? lt(auditEvents.id, f.beforeId) : undefined,
  );
  const rows = await db
    .select({
      event: auditEvents,
      actorName: users.name,
      actorEmail: users.email,
      brandName: brands.name,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .leftJoin(brands, eq(brands.id, auditEvents.brandId))
    .where(where)
    .orderBy(desc(auditEvents.id))
    .limit(f.limit + 1);
  const page = rows.slice(0, f.limit);
  return {
    items: page.map(({ event: e, actorName, actorEmail, brandName }) => ({
      id: String(e.id),
      at: e.createdAt.toISOString(),
      actor: e.actorUserId ? { id: e.actorUserId, name: actorName ?? '', email: actorEmail ?? '' } : null,
      via: e.actorVia,
      action: e.action,
      brandId: e.brandId,
      brandName: brandName ?? null,
      targetType: e.targetType,
      targetId: e.targetId,
      summary: e.summary,
      ip: e.ip,
    })),
    nextCursor: rows.length > f.limit ? String(page[page.length - 1]!.event.id) : null,
  };
}
