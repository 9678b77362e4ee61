// The demo workspace: an Israeli café chain (Hebrew) with an English-speaking sister brand, and one
// member per role, so a newcomer sees how roles differ. Created once; later areas add content here.
import { eq, sql } from 'drizzle-orm';
import type { Role } from '../../core/permissions.ts';
import type { Db } from '../db/connect.ts';
import { brands, members, users, workspaces } from '../db/schema.ts';
import { hashPassword } from '../auth/passwords.ts';
import { recordAudit, SYSTEM_ACTOR } from '../services/audit/audit.ts';
import { setBrandScope } from '../services/workspace/members.ts';
import { DEMO_BRANDS, DEMO_WORKSPACE_ID } from './ids.ts';
import { seedDemoPlans } from './plan.ts';
import { seedDemoPlaybooks } from './playbooks.ts';
import { seedDemoPublish } from './publish.ts';
import { seedDemoPolicy } from './policy.ts';

export { DEMO_BRANDS, DEMO_WORKSPACE_ID };
export const DEMO_PASSWORD = 'brandroom-demo';
const CAFE = DEMO_BRANDS.cafe;
const ROASTERS = DEMO_BRANDS.roasters;

export interface DemoLogin {
  email: string;
  name: string;
  role: Role;
  brands: 'all' | string[];
  locale: 'he' | 'en';
  note: string;
}

export const DEMO_LOGINS: DemoLogin[] = [
  { email: 'dana@shaked.example', name: 'דנה לוי', role: 'owner', brands: 'all', locale: 'he', note: 'owner of Shaked Group' },
  { email: 'avi@shaked.example', name: 'אבי כהן', role: 'admin', brands: 'all', locale: 'he', note: 'runs the team and settings' },
  { email: 'noa@shaked.example', name: 'נועה מזרחי', role: 'brand_manager', brands: 'all', locale: 'he', note: 'brand manager' },
  { email: 'tal@pixel-agency.example', name: 'טל ברק', role: 'editor', brands: [CAFE], locale: 'he', note: 'agency editor, only קפה שקד' },
  { email: 'yossi@shaked.example', name: 'יוסי פרץ', role: 'responder', brands: 'all', locale: 'he', note: 'answers customers' },
  { email: 'maya@shaked.example', name: 'Maya Green', role: 'analyst', brands: 'all', locale: 'en', note: 'reads reports' },
  { email: 'sam@roasters-client.example', name: 'Sam Taylor', role: 'client_reviewer', brands: [ROASTERS], locale: 'en', note: 'client reviewer, only Shaked Roasters' },
];

/** Creates the demo workspace unless it exists. Safe to run from several processes at once. */
export async function seedDemo(db: Db): Promise<'created' | 'exists'> {
  return db.transaction(async (tx) => {
    // Serialises concurrent first starts on PostgreSQL; harmless on PGlite.
    await tx.execute(sql`select pg_advisory_xact_lock(727002)`);
    const [existing] = await tx.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.id, DEMO_WORKSPACE_ID));
    if (existing) return 'exists';
    await tx.insert(workspaces).values({ id: DEMO_WORKSPACE_ID, name: 'קבוצת שקד · Shaked Group', kind: 'company' });
    await tx.insert(brands).values([
      {
        id: CAFE,
        workspaceId: DEMO_WORKSPACE_ID,
        name: 'קפה שקד',
        primaryLanguage: 'he',
        timeZone: 'Asia/Jerusalem',
        description: 'רשת בתי קפה שכונתיים: 14 סניפים מחיפה ועד באר שבע. קהל: משפחות, סטודנטים ועובדים מהבית.',
      },
      {
        id: ROASTERS,
        workspaceId: DEMO_WORKSPACE_ID,
        name: 'Shaked Roasters',
        primaryLanguage: 'en',
        timeZone: 'Europe/London',
        description: 'Specialty coffee beans roasted in Tel Aviv and sold online in the UK and Europe.',
      },
    ]);
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const login of DEMO_LOGINS) {
      // A real account that happens to use a demo address is left alone, never added to the demo.
      const [user] = await tx
        .insert(users)
        .values({ email: login.email, name: login.name, passwordHash, locale: login.locale })
        .onConflictDoNothing({ target: users.email })
        .returning();
      if (!user) continue;
      const [member] = await tx
        .insert(members)
        .values({ workspaceId: DEMO_WORKSPACE_ID, userId: user!.id, role: login.role })
        .returning();
      await setBrandScope(tx, member!.id, login.brands === 'all' ? null : login.brands);
    }
    // Plan and policy content is authored by the brand manager (already inserted above).
    await seedDemoPlans(tx);
    await seedDemoPolicy(tx);
    await seedDemoPlaybooks(tx);
    await seedDemoPublish(tx);
    await recordAudit(tx, SYSTEM_ACTOR, {
      workspaceId: DEMO_WORKSPACE_ID,
      action: 'workspace.create',
      targetType: 'workspace',
      targetId: DEMO_WORKSPACE_ID,
      after: { name: 'קבוצת שקד · Shaked Group', kind: 'company', demo: true },
    });
    return 'created';
  });
}

export function describeDemoLogins(): string {
  const width = Math.max(...DEMO_LOGINS.map((l) => l.email.length));
  return [
    `Demo logins (password: ${DEMO_PASSWORD}):`,
    ...DEMO_LOGINS.map((l) => `  ${l.email.padEnd(width)}  ${l.role.padEnd(15)}  ${l.note}`),
  ].join('\n');
}
