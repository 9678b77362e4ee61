// Acknowledgements: everyone who posts or replies in a brand's name reads and accepts the policy it
// follows now. The acknowledgement names the exact version, so a new version asks everyone again.
import { and, eq, inArray } from 'drizzle-orm';
import { canSeeBrand, roleAllows, type Role } from '../../../core/permissions.ts';
import type { Db, Tx } from '../../db/connect.ts';
import { memberBrands, members, policyAcknowledgements, users } from '../../db/schema.ts';
import { conflict } from '../../http/errors.ts';
import { recordAudit, type Actor } from '../audit/audit.ts';
import { currentPolicy, type PolicyVersionRow } from './documents.ts';

/** Those who speak for the brand: they write posts or answer people. */
export function mustAcknowledge(role: Role): boolean {
  return roleAllows(role, 'post.create') || roleAllows(role, 'inbox.reply');
}

export interface Speaker {
  userId: string;
  name: string;
  email: string;
  locale: 'he' | 'en' | null;
  role: Role;
  /** null: every brand of the workspace. */
  brandIds: string[] | null;
}

/** Members of the workspace who must acknowledge its policies (by role), with their brand scope. */
export async function speakersOf(db: Db | Tx, workspaceId: string): Promise<Speaker[]> {
  const rows = await db
    .select({
      memberId: members.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      locale: users.locale,
      role: members.role,
      limited: members.limitedToBrands,
      brandId: memberBrands.brandId,
    })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .leftJoin(memberBrands, eq(memberBrands.memberId, members.id))
    .where(eq(members.workspaceId, workspaceId));
  const byMember = new Map<string, Speaker>();
  for (const r of rows) {
    if (!mustAcknowledge(r.role)) continue;
    const speaker = byMember.get(r.memberId) ?? { userId: r.userId, name: r.name, email: r.email, locale: r.locale, role: r.role, brandIds: r.limited ? [] : null };
    if (r.limited && r.brandId) speaker.brandIds!.push(r.brandId);
    byMember.set(r.memberId, speaker);
  }
  return [...byMember.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Who must acknowledge the brand's current policy, and who has. */
export async function acknowledgementStatus(db: Db, workspaceId: string, brandId: string) {
  const policy = await currentPolicy(db, workspaceId, brandId);
  const speakers = (await speakersOf(db, workspaceId)).filter((s) => canSeeBrand(s, brandId));
  if (!policy) return { policyVersionId: null, version: null, members: speakers.map((s) => ({ ...pick(s), acknowledgedAt: null })) };
  const acks = speakers.length
    ? await db
        .select()
        .from(policyAcknowledgements)
        .where(and(eq(policyAcknowledgements.policyVersionId, policy.id), inArray(policyAcknowledgements.userId, speakers.map((s) => s.userId))))
    : [];
  const at = new Map(acks.map((a) => [a.userId, a.acknowledgedAt.toISOString()]));
  return {
    policyVersionId: policy.id,
    version: policy.version,
    members: speakers.map((s) => ({ ...pick(s), acknowledgedAt: at.get(s.userId) ?? null })),
  };
}

const pick = (s: Speaker) => ({ userId: s.userId, name: s.name, email: s.email, role: s.role });

export interface MyAcknowledgement {
  /** Whether this member's role speaks for the brand (and so must acknowledge). */
  required: boolean;
  policyVersionId: string | null;
  acknowledgedAt: string | null;
}

export async function myAcknowledgement(db: Db | Tx, userId: string, role: Role, workspaceId: string, brandId: string): Promise<MyAcknowledgement> {
  return acknowledgementOf(db, userId, role, await currentPolicy(db, workspaceId, brandId));
}

/** The same, for a caller that has already read the brand's current policy. */
export async function acknowledgementOf(db: Db | Tx, userId: string, role: Role, policy: PolicyVersionRow | null): Promise<MyAcknowledgement> {
  if (!policy) return { required: false, policyVersionId: null, acknowledgedAt: null };
  const [ack] = await db
    .select()
    .from(policyAcknowledgements)
    .where(and(eq(policyAcknowledgements.policyVersionId, policy.id), eq(policyAcknowledgements.userId, userId)));
  return { required: mustAcknowledge(role), policyVersionId: policy.id, acknowledgedAt: ack?.acknowledgedAt.toISOString() ?? null };
}

/**
 * For the publish and inbox areas: whether this member may speak for the brand now. A brand without any
 * policy asks nothing; a role that does not speak for the brand is not asked.
 */
export async function hasAcknowledgedCurrentPolicy(db: Db | Tx, userId: string, role: Role, workspaceId: string, brandId: string): Promise<boolean> {
  const mine = await myAcknowledgement(db, userId, role, workspaceId, brandId);
  return !mine.policyVersionId || mine.acknowledgedAt !== null || !mine.required;
}

/** Records that the member read this exact version; it must still be the brand's current one. */
export async function acknowledge(db: Db, actor: Actor & { userId: string }, workspaceId: string, brandId: string, policyVersionId: string) {
  return db.transaction(async (tx) => {
    const policy = await currentPolicy(tx, workspaceId, brandId);
    if (!policy || policy.id !== policyVersionId) {
      throw conflict('policy_changed', 'The policy changed since you opened it. Read the current version and acknowledge that one.', {
        currentVersionId: policy?.id ?? null,
      });
    }
    const inserted = await tx
      .insert(policyAcknowledgements)
      .values({ policyVersionId, userId: actor.userId })
      .onConflictDoNothing()
      .returning();
    if (inserted.length) {
      await recordAudit(tx, actor, {
        workspaceId,
        brandId,
        action: 'policy.acknowledge',
        targetType: 'policy',
        targetId: policyVersionId,
        after: { version: policy.version },
      });
    }
    const [row] = await tx
      .select()
      .from(policyAcknowledgements)
      .where(and(eq(policyAcknowledgements.policyVersionId, policyVersionId), eq(policyAcknowledgements.userId, actor.userId)));
    return { policyVersionId, acknowledgedAt: row!.acknowledgedAt.toISOString() };
  });
}
