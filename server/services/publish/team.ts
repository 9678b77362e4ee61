// The people of a brand: every member who can see it, with what notices and approvals need to know.
import { eq } from 'drizzle-orm';
import { canSeeBrand, type Role } from '../../../core/permissions.ts';
import type { Db, Tx } from '../../db/connect.ts';
import { memberBrands, members, users } from '../../db/schema.ts';

export interface BrandMember {
  userId: string;
  name: string;
  email: string;
  locale: 'he' | 'en' | null;
  role: Role;
}

export async function brandMembers(db: Db | Tx, workspaceId: string, brandId: string): Promise<BrandMember[]> {
  const rows = await db
    .select({ memberId: members.id, userId: users.id, name: users.name, email: users.email, locale: users.locale, role: members.role, limited: members.limitedToBrands, brandId: memberBrands.brandId })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .leftJoin(memberBrands, eq(memberBrands.memberId, members.id))
    .where(eq(members.workspaceId, workspaceId));
  const byMember = new Map<string, BrandMember & { brandIds: string[] | null }>();
  for (const r of rows) {
    const m = byMember.get(r.memberId) ?? { userId: r.userId, name: r.name, email: r.email, locale: r.locale, role: r.role, brandIds: r.limited ? [] : null };
    if (r.limited && r.brandId) m.brandIds!.push(r.brandId);
    byMember.set(r.memberId, m);
  }
  return [...byMember.values()].filter((m) => canSeeBrand(m, brandId)).map(({ brandIds: _, ...m }) => m);
}
