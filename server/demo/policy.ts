// The demo workspace's policy: a workspace default, the café's own policy in two versions (so history
// and re-acknowledgement show), the roasters' policy in English, the default rules, and brand rules that
// show what a brand adds: its competitors, and Shabbat counted in London for the UK brand.
import { inArray } from 'drizzle-orm';
import { starterSections, type PolicySection } from '../../core/policy/document.ts';
import type { Tx } from '../db/connect.ts';
import { policyAcknowledgements, policyRules, policyVersions, users } from '../db/schema.ts';
import { SYSTEM_ACTOR } from '../services/audit/audit.ts';
import { addDefaultRules, ruleFromTemplate, validateRule } from '../services/policy/rules.ts';
import { DEMO_BRANDS, DEMO_WORKSPACE_ID } from './ids.ts';

const WS = DEMO_WORKSPACE_ID;

export async function seedDemoPolicy(tx: Tx): Promise<void> {
  const people = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, ['avi@shaked.example', 'noa@shaked.example', 'yossi@shaked.example', 'tal@pixel-agency.example', 'dana@shaked.example']));
  const user = (email: string) => people.find((p) => p.email === email)?.id ?? null;
  // Demo content is part of creating the demo workspace (its one audit event), so it is written directly.
  const version = async (brandId: string | null, number: number, email: string, sections: PolicySection[], changeNote: string) => {
    const [row] = await tx.insert(policyVersions).values({ workspaceId: WS, brandId, version: number, sections, changeNote, authorId: user(email) }).returning();
    return row!;
  };
  // A real account may have taken a demo address (the seed then leaves it out); skip what needs it.
  if (!user('avi@shaked.example') || !user('noa@shaked.example')) return;

  await version(null, 1, 'avi@shaked.example', starterSections('he'), 'מדיניות ברירת המחדל של הקבוצה');

  const cafeV1 = await version(DEMO_BRANDS.cafe, 1, 'noa@shaked.example', starterSections('he'), 'הגרסה הראשונה של קפה שקד');
  const withCoupons = starterSections('he').map((s) =>
    s.key === 'say_dont_say'
      ? { ...s, body: `${s.body}\nקופונים והנחות מפרסמים רק אחרי אישור של מנהלת המותג, ותמיד עם תאריך תפוגה ברור.` }
      : s,
  );
  const cafeV2 = await version(DEMO_BRANDS.cafe, 2, 'noa@shaked.example', withCoupons, 'נוסף כלל על קופונים והנחות');
  const roastersV1 = await version(DEMO_BRANDS.roasters, 1, 'noa@shaked.example', starterSections('en'), 'First version for Shaked Roasters');

  // Yossi and Noa read the café's current version; Tal (the agency) read only the first one, so the
  // café's managers see someone still to acknowledge.
  const acks = [
    { policyVersionId: cafeV2.id, userId: user('noa@shaked.example') },
    { policyVersionId: cafeV2.id, userId: user('yossi@shaked.example') },
    { policyVersionId: cafeV1.id, userId: user('tal@pixel-agency.example') },
    { policyVersionId: roastersV1.id, userId: user('noa@shaked.example') },
  ].flatMap((a) => (a.userId ? [{ policyVersionId: a.policyVersionId, userId: a.userId }] : []));
  await tx.insert(policyAcknowledgements).values(acks);

  await addDefaultRules(tx, SYSTEM_ACTOR, { workspaceId: WS, brandId: null }, 'he', { audit: false });
  await seedBrandRules(tx);
}

async function seedBrandRules(tx: Tx) {
  const competitors = (names: string[], locale: 'he' | 'en') => {
    const rule = ruleFromTemplate('competitors', locale);
    return validateRule({ ...rule, enabled: true, config: { ...rule.config, entries: names.map((term) => ({ term })) } });
  };
  await tx.insert(policyRules).values([
    { workspaceId: WS, brandId: DEMO_BRANDS.cafe, templateKey: 'competitors', position: 0, ...competitors(['ארומה', 'Aroma', 'קפה קפה', 'Cofix', 'קופיקס', 'לנדוור', 'Landwer'], 'he') },
    { workspaceId: WS, brandId: DEMO_BRANDS.roasters, templateKey: 'competitors', position: 0, ...competitors(['Square Mile', 'Pact Coffee', 'Union Roasted', 'Origin Coffee'], 'en') },
  ]);
  const shabbat = ruleFromTemplate('shabbat_holidays', 'en');
  await tx.insert(policyRules).values({
    workspaceId: WS,
    brandId: DEMO_BRANDS.roasters,
    templateKey: 'shabbat_holidays',
    position: 1,
    ...validateRule({ ...shabbat, config: { ...shabbat.config, region: 'diaspora', city: 'London' } }),
  });
}
