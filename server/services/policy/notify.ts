// Asks the members who speak for the affected brands to read a new policy version (by e-mail, when the
// server sends mail; the app shows the same request to everyone who has not acknowledged).
import { and, eq, isNull, notInArray } from 'drizzle-orm';
import { canSeeBrand } from '../../../core/permissions.ts';
import type { Tx } from '../../db/connect.ts';
import { brands, policyVersions, users, workspaces } from '../../db/schema.ts';
import { queueEmail } from '../mail/outbox.ts';
import { speakersOf } from './acknowledgements.ts';
import type { PolicyScope, PolicyVersionRow } from './documents.ts';
import { policyChangedEmail } from './policy-email.ts';

/** Queues one mail per member to ask (not the author) and returns the outbox ids to send after commit. */
export async function queuePolicyNotices(tx: Tx, scope: PolicyScope, row: PolicyVersionRow, publicUrl: string): Promise<string[]> {
  const affected = await affectedBrands(tx, scope);
  if (affected.length === 0) return [];
  const [author] = row.authorId ? await tx.select({ name: users.name }).from(users).where(eq(users.id, row.authorId)) : [];
  const [ws] = await tx.select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.id, scope.workspaceId));
  const subjectName = scope.brandId ? affected[0]!.name : ws!.name;
  const speakers = (await speakersOf(tx, scope.workspaceId)).filter(
    (s) => s.userId !== row.authorId && affected.some((b) => canSeeBrand(s, b.id)),
  );
  const ids: string[] = [];
  for (const s of speakers) {
    const brand = affected.find((b) => canSeeBrand(s, b.id))!;
    const link = `${publicUrl}/w/${scope.workspaceId}/policy?brand=${brand.id}`;
    ids.push(
      await queueEmail(tx, {
        workspaceId: scope.workspaceId,
        ...policyChangedEmail({ to: s.email, locale: s.locale, subjectName, version: row.version, authorName: author?.name ?? '', changeNote: row.changeNote, link }),
      }),
    );
  }
  return ids;
}

/** The brand itself, or, for the workspace default, every live brand that has no policy of its own. */
async function affectedBrands(tx: Tx, scope: PolicyScope) {
  if (scope.brandId) return tx.select({ id: brands.id, name: brands.name }).from(brands).where(eq(brands.id, scope.brandId));
  const own = tx.selectDistinct({ id: policyVersions.brandId }).from(policyVersions).where(eq(policyVersions.workspaceId, scope.workspaceId));
  const withOwn = (await own).flatMap((r) => (r.id ? [r.id] : []));
  return tx
    .select({ id: brands.id, name: brands.name })
    .from(brands)
    .where(and(eq(brands.workspaceId, scope.workspaceId), isNull(brands.archivedAt), withOwn.length ? notInArray(brands.id, withOwn) : undefined));
}
