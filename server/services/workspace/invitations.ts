// Invitations by link: the link carries a random token (only its hash is stored), is bound to one
// email address, and expires. Accepting creates the account if needed and the membership.
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { canAssignRole, normalizeBrandScope, type Role } from '../../../core/permissions.ts';
import type { Db, Tx } from '../../db/connect.ts';
import { brands, invitations, members, users, workspaces } from '../../db/schema.ts';
import { AppError, conflict, forbidden, notFound } from '../../http/errors.ts';
import { hashSecret, newSecret } from '../../auth/secrets.ts';
import { hashPassword } from '../../auth/passwords.ts';
import { recordAudit, type Actor } from '../audit/audit.ts';
import { queueEmail } from '../mail/outbox.ts';
import { checkBrandsInWorkspace, setBrandScope } from './members.ts';
import { findMembership, type Membership } from './membership.ts';
import { invitationEmail } from './invitation-email.ts';

export const INVITATION_TTL_DAYS = 7;

type InvitationRow = typeof invitations.$inferSelect;

function status(i: InvitationRow, now = Date.now()) {
  if (i.acceptedAt) return 'accepted' as const;
  if (i.revokedAt) return 'revoked' as const;
  if (i.expiresAt.getTime() <= now) return 'expired' as const;
  return 'pending' as const;
}

export function toInvitation(i: InvitationRow, inviter: { id: string; name: string } | null) {
  return {
    id: i.id,
    email: i.email,
    role: i.role,
    brandIds: i.brandIds,
    invitedBy: inviter,
    createdAt: i.createdAt.toISOString(),
    expiresAt: i.expiresAt.toISOString(),
    status: status(i),
  };
}

export async function listInvitations(db: Db, workspaceId: string) {
  const rows = await db
    .select({ i: invitations, inviterName: users.name })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(eq(invitations.workspaceId, workspaceId))
    .orderBy(desc(invitations.createdAt))
    .limit(200);
  return rows.map((r) => toInvitation(r.i, r.i.invitedBy ? { id: r.i.invitedBy, name: r.inviterName ?? '' } : null));
}

export async function createInvitation(
  db: Db,
  actor: Actor & { userId: string },
  by: Membership,
  input: { email: string; role: Role; brandIds: string[] | null; baseUrl: string; sendEmail: boolean },
) {
  if (!canAssignRole(by.role, null, input.role)) throw forbidden('Only an owner can invite another owner.');
  const token = newSecret();
  const link = `${input.baseUrl}/invite/${token}`;
  const scope = normalizeBrandScope(input.role, input.brandIds);
  const result = await db.transaction(async (tx) => {
    if (scope) await checkBrandsInWorkspace(tx, by.workspaceId, scope);
    const [existing] = await tx
      .select({ id: members.id })
      .from(members)
      .innerJoin(users, eq(users.id, members.userId))
      .where(and(eq(members.workspaceId, by.workspaceId), eq(users.email, input.email)));
    if (existing) throw conflict('already_member', `${input.email} is already a member of this workspace.`);
    // A new invitation to the same address replaces the pending one, so only the newest link works.
    await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(invitations.workspaceId, by.workspaceId),
          eq(invitations.email, input.email),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      );
    const [row] = await tx
      .insert(invitations)
      .values({
        workspaceId: by.workspaceId,
        email: input.email,
        role: input.role,
        brandIds: scope,
        tokenHash: hashSecret(token),
        invitedBy: actor.userId,
        expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86400_000),
      })
      .returning();
    await recordAudit(tx, actor, {
      workspaceId: by.workspaceId,
      action: 'invitation.create',
      targetType: 'invitation',
      targetId: row!.id,
      after: { email: input.email, role: input.role, brandIds: scope },
    });
    let emailId: string | null = null;
    if (input.sendEmail) {
      const [ws] = await tx.select().from(workspaces).where(eq(workspaces.id, by.workspaceId));
      const [inviter] = await tx.select().from(users).where(eq(users.id, actor.userId));
      emailId = await queueEmail(tx, {
        workspaceId: by.workspaceId,
        ...invitationEmail({ to: input.email, link, workspaceName: ws!.name, inviterName: inviter!.name, role: input.role }),
      });
    }
    const [inviter] = await tx.select({ name: users.name }).from(users).where(eq(users.id, actor.userId));
    return { invitation: toInvitation(row!, { id: actor.userId, name: inviter?.name ?? '' }), emailId };
  });
  return { ...result, link };
}

export async function revokeInvitation(db: Db, actor: Actor, workspaceId: string, invitationId: string) {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(invitations)
      .where(and(eq(invitations.id, invitationId), eq(invitations.workspaceId, workspaceId)))
      .for('update');
    if (!row) throw notFound('This invitation');
    if (status(row) !== 'pending') return;
    await tx.update(invitations).set({ revokedAt: new Date() }).where(eq(invitations.id, invitationId));
    await recordAudit(tx, actor, {
      workspaceId,
      action: 'invitation.revoke',
      targetType: 'invitation',
      targetId: invitationId,
      before: { email: row.email, role: row.role },
    });
  });
}

function usable(row: InvitationRow | undefined): InvitationRow {
  if (!row || row.revokedAt) throw notFound('This invitation');
  if (row.acceptedAt) throw new AppError(410, 'invitation_used', 'This invitation has already been accepted. Log in to continue.');
  if (row.expiresAt.getTime() <= Date.now()) {
    throw new AppError(410, 'invitation_expired', 'This invitation has expired. Ask the person who invited you for a new one.');
  }
  return row;
}

/** An invitation is only as good as its inviter's rights today: demoted or gone, it no longer works. */
async function refuseIfInviterLostTheRight(tx: Db | Tx, row: InvitationRow) {
  const inviter = row.invitedBy ? await findMembership(tx, row.workspaceId, row.invitedBy) : null;
  if (!inviter || !canAssignRole(inviter.role, null, row.role)) {
    throw new AppError(410, 'invitation_expired', 'This invitation is no longer valid. Ask the workspace\'s admins for a new one.');
  }
}

export async function previewInvitation(db: Db, token: string) {
  const [found] = await db
    .select({ i: invitations, workspaceName: workspaces.name, inviterName: users.name })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(eq(invitations.tokenHash, hashSecret(token)));
  const row = usable(found?.i);
  await refuseIfInviterLostTheRight(db, row);
  const brandNames = row.brandIds?.length
    ? (await db.select({ name: brands.name }).from(brands).where(inArray(brands.id, row.brandIds))).map((b) => b.name)
    : [];
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, row.email));
  return {
    workspaceId: row.workspaceId,
    workspaceName: found!.workspaceName,
    email: row.email,
    role: row.role,
    brandNames,
    invitedByName: found!.inviterName ?? '',
    expiresAt: row.expiresAt.toISOString(),
    userExists: !!existing,
  };
}

export async function acceptInvitation(
  db: Db,
  actor: Omit<Actor, 'userId'>,
  token: string,
  input: { signedInUserId: string | null; name?: string | undefined; password?: string | undefined },
) {
  // The token is checked before any password is hashed: a stream of made-up tokens costs nothing.
  const [found] = await db.select().from(invitations).where(eq(invitations.tokenHash, hashSecret(token)));
  usable(found);
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return db.transaction(async (tx) => {
    const [locked] = await tx.select().from(invitations).where(eq(invitations.tokenHash, hashSecret(token))).for('update');
    const row = usable(locked);
    await refuseIfInviterLostTheRight(tx, row);
    const [existing] = await tx.select().from(users).where(eq(users.email, row.email));
    let userId: string;
    if (existing) {
      if (input.signedInUserId !== existing.id) {
        if (input.signedInUserId) {
          throw forbidden(`This invitation is for ${row.email}. Log out, then log in as ${row.email} to accept it.`);
        }
        throw new AppError(401, 'unauthenticated', `An account for ${row.email} exists: log in first, then accept the invitation.`);
      }
      userId = existing.id;
    } else {
      if (!input.name || !passwordHash) {
        throw new AppError(400, 'validation_failed', 'Choose your name and a password to create your account.', {
          issues: [
            ...(input.name ? [] : [{ path: 'body.name', message: 'Name is required' }]),
            ...(passwordHash ? [] : [{ path: 'body.password', message: 'Password is required' }]),
          ],
        });
      }
      const [created] = await tx.insert(users).values({ email: row.email, name: input.name, passwordHash }).returning();
      userId = created!.id;
    }
    const [already] = await tx
      .select({ id: members.id })
      .from(members)
      .where(and(eq(members.workspaceId, row.workspaceId), eq(members.userId, userId)));
    if (already) throw conflict('already_member', 'You are already a member of this workspace.');
    const [member] = await tx.insert(members).values({ workspaceId: row.workspaceId, userId, role: row.role }).returning();
    // Brands archived or deleted since the invitation are dropped from the scope, never widened to all.
    let scope: string[] | null = null;
    if (row.brandIds) {
      scope = row.brandIds.length
        ? (
            await tx
              .select({ id: brands.id })
              .from(brands)
              .where(and(eq(brands.workspaceId, row.workspaceId), inArray(brands.id, row.brandIds), isNull(brands.archivedAt)))
          ).map((b) => b.id)
        : [];
    }
    await setBrandScope(tx, member!.id, scope);
    await tx.update(invitations).set({ acceptedAt: new Date() }).where(eq(invitations.id, row.id));
    await recordAudit(tx, { ...actor, userId }, {
      workspaceId: row.workspaceId,
      action: 'invitation.accept',
      targetType: 'member',
      targetId: member!.id,
      after: { email: row.email, role: row.role, brandIds: scope, newAccount: !existing },
    });
    return { userId, workspaceId: row.workspaceId };
  });
}
