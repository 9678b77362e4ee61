// A user's membership in a workspace: the role and the brand scope the permission matrix needs.
import { and, eq, sql } from 'drizzle-orm';
import type { MemberGrant, Role } from '../../../core/permissions.ts';
import type { Db, Tx } from '../../db/connect.ts';
import { memberBrands, members } from '../../db/schema.ts';
import { preparedPer } from '../../db/prepared.ts';

export interface Membership extends MemberGrant {
  memberId: string;
  workspaceId: string;
  userId: string;
  role: Role;
}

// Runs on every workspace route (the permission check).
const membershipRows = preparedPer((db) =>
  db
    .select({ id: members.id, role: members.role, limited: members.limitedToBrands, brandId: memberBrands.brandId })
    .from(members)
    .leftJoin(memberBrands, eq(memberBrands.memberId, members.id))
    .where(and(eq(members.workspaceId, sql.placeholder('workspaceId')), eq(members.userId, sql.placeholder('userId'))))
    .prepare('brandroom_membership'),
);

export async function findMembership(db: Db | Tx, workspaceId: string, userId: string): Promise<Membership | null> {
  const rows = await membershipRows(db).execute({ workspaceId, userId });
  const first = rows[0];
  if (!first) return null;
  return {
    memberId: first.id,
    workspaceId,
    userId,
    role: first.role,
    brandIds: first.limited ? rows.flatMap((r) => (r.brandId ? [r.brandId] : [])) : null,
  };
}
