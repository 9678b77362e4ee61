// The policy document: a brand's own versions, or the workspace default for brands without one.
// Saving a version asks everyone who posts or replies for the brand(s) to acknowledge it again.
import { and, desc, eq, isNull, max } from 'drizzle-orm';
import type { PolicySection } from '../../../core/policy/document.ts';
import type { Db, Tx } from '../../db/connect.ts';
import { policyAcknowledgements, policyVersions, users } from '../../db/schema.ts';
import { conflict, notFound } from '../../http/errors.ts';
import { recordAudit, type Actor } from '../audit/audit.ts';

export type PolicyVersionRow = typeof policyVersions.$inferSelect;

export interface PolicyScope {
  workspaceId: string;
  /** null: the workspace default. */
  brandId: string | null;
}

const scopeWhere = (s: PolicyScope) =>
  and(eq(policyVersions.workspaceId, s.workspaceId), s.brandId ? eq(policyVersions.brandId, s.brandId) : isNull(policyVersions.brandId));

async function latest(db: Db | Tx, scope: PolicyScope): Promise<PolicyVersionRow | null> {
  const [row] = await db.select().from(policyVersions).where(scopeWhere(scope)).orderBy(desc(policyVersions.version)).limit(1);
  return row ?? null;
}

/** The version a brand follows now: its own latest, else the workspace default's latest, else none. */
export async function currentPolicy(db: Db | Tx, workspaceId: string, brandId: string): Promise<PolicyVersionRow | null> {
  return (await latest(db, { workspaceId, brandId })) ?? (await latest(db, { workspaceId, brandId: null }));
}

export async function currentOfScope(db: Db | Tx, scope: PolicyScope): Promise<PolicyVersionRow | null> {
  return latest(db, scope);
}

export async function withAuthor(db: Db | Tx, row: PolicyVersionRow) {
  const [author] = row.authorId ? await db.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, row.authorId)) : [];
  return toPolicyVersion(row, author ?? null);
}

export function toPolicyVersion(row: PolicyVersionRow, author: { id: string; name: string } | null) {
  return {
    id: row.id,
    scope: row.brandId ? ('brand' as const) : ('workspace' as const),
    brandId: row.brandId,
    version: row.version,
    sections: row.sections as PolicySection[],
    changeNote: row.changeNote,
    author,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listVersions(db: Db, scope: PolicyScope) {
  const rows = await db
    .select({ row: policyVersions, authorName: users.name })
    .from(policyVersions)
    .leftJoin(users, eq(users.id, policyVersions.authorId))
    .where(scopeWhere(scope))
    .orderBy(desc(policyVersions.version))
    .limit(500);
  return rows.map(({ row, authorName }) => toPolicyVersion(row, row.authorId && authorName ? { id: row.authorId, name: authorName } : null));
}

export async function getVersion(db: Db, scope: PolicyScope, version: number) {
  const [row] = await db.select().from(policyVersions).where(and(scopeWhere(scope), eq(policyVersions.version, version)));
  if (!row) throw notFound('This policy version');
  return withAuthor(db, row);
}

export interface SavePolicyInput {
  sections: PolicySection[];
  changeNote: string;
  /** The version the editor started from (null for the first); a different current version is a conflict. */
  baseVersion: number | null;
}

/**
 * Saves a new version in one transaction. The version number comes from the scope's maximum under a
 * unique index, so two simultaneous saves cannot both become "version 3": the second gets a 409.
 */
export async function savePolicyVersion(tx: Tx, actor: Actor & { userId: string }, scope: PolicyScope, input: SavePolicyInput) {
  const [{ current } = { current: null }] = await tx.select({ current: max(policyVersions.version) }).from(policyVersions).where(scopeWhere(scope));
  if ((current ?? null) !== input.baseVersion) {
    throw conflict('policy_changed', 'Someone saved a newer version of this policy meanwhile. Reload it and apply your changes again.', {
      currentVersion: current,
    });
  }
  const version = (current ?? 0) + 1;
  const [row] = await tx
    .insert(policyVersions)
    .values({ ...scope, version, sections: input.sections, changeNote: input.changeNote, authorId: actor.userId })
    .returning()
    .catch((err: unknown) => {
      // Another save took this number at the same moment (the unique index): the same answer as above.
      if ((err as { cause?: { code?: string } }).cause?.code === '23505' || (err as { code?: string }).code === '23505') {
        throw conflict('policy_changed', 'Someone saved a newer version of this policy meanwhile. Reload it and apply your changes again.');
      }
      throw err;
    });
  // The author wrote this version: they have read it.
  await tx.insert(policyAcknowledgements).values({ policyVersionId: row!.id, userId: actor.userId }).onConflictDoNothing();
  await recordAudit(tx, actor, {
    workspaceId: scope.workspaceId,
    brandId: scope.brandId,
    action: 'policy.update',
    targetType: 'policy',
    targetId: row!.id,
    before: current ? { version: current } : undefined,
    after: { version, changeNote: input.changeNote, sections: input.sections.map((s) => s.title) },
  });
  return row!;
}
