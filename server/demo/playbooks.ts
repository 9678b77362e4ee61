// The demo brands' playbooks, copied from the library and adapted by the brand manager: the café's in
// Hebrew (food safety, service outage, a security event), the roasters' in English (product recall,
// data breach), with the demo team in the roles. The café's food-safety playbook has two versions and a
// finished drill, so history and drill results show from the first visit.
import { inArray } from 'drizzle-orm';
import { playbookContentSchema, type PlaybookContent } from '../../core/playbooks/content.ts';
import type { DrillStepRecord } from '../../core/playbooks/drill.ts';
import { findTemplate, templateContent, type TemplateKey } from '../../core/playbooks/library.ts';
import type { Tx } from '../db/connect.ts';
import { playbookDrills, playbooks, playbookVersions, users } from '../db/schema.ts';
import { DEMO_BRANDS, DEMO_WORKSPACE_ID } from './ids.ts';

const DAY = 24 * 60 * 60 * 1000;
const MINUTE = 60 * 1000;

type Staff = Record<'dana' | 'avi' | 'noa' | 'yossi' | 'tal', string>;
/** Who holds each role, and their backup, by role key. */
type Cast = Record<string, [keyof Staff, keyof Staff]>;

interface DemoPlaybook {
  brandId: string;
  template: TemplateKey;
  locale: 'he' | 'en';
  cast: Cast;
  responders: (keyof Staff)[];
  adapt?: (content: PlaybookContent) => PlaybookContent;
}

const CAFE_CAST: Cast = {
  incident_lead: ['noa', 'avi'],
  spokesperson: ['dana', 'noa'],
  legal: ['avi', 'dana'],
  customer_care: ['yossi', 'tal'],
  social_media: ['tal', 'yossi'],
  food_safety_officer: ['dana', 'avi'],
  tech_lead: ['avi', 'noa'],
};

const ROASTERS_CAST: Cast = {
  incident_lead: ['noa', 'avi'],
  spokesperson: ['dana', 'noa'],
  legal: ['avi', 'dana'],
  customer_care: ['yossi', 'noa'],
  social_media: ['noa', 'yossi'],
  food_safety_officer: ['avi', 'noa'],
  security_lead: ['avi', 'noa'],
};

const DEMO_PLAYBOOKS: DemoPlaybook[] = [
  { brandId: DEMO_BRANDS.cafe, template: 'food_safety', locale: 'he', cast: CAFE_CAST, responders: ['noa', 'dana', 'yossi'] },
  { brandId: DEMO_BRANDS.cafe, template: 'service_outage', locale: 'he', cast: CAFE_CAST, responders: ['noa', 'yossi'] },
  { brandId: DEMO_BRANDS.cafe, template: 'security_event', locale: 'he', cast: CAFE_CAST, responders: ['noa', 'dana'] },
  {
    brandId: DEMO_BRANDS.roasters,
    template: 'food_safety',
    locale: 'en',
    cast: ROASTERS_CAST,
    responders: ['noa', 'yossi'],
    // Beans, not meals: the roasters' version speaks of recalls of a roast.
    adapt: (content) => ({
      ...content,
      name: 'Product recall',
      description:
        'A roast batch may be contaminated or mislabelled (an allergen from a shared line, mould, a foreign object), or a supplier recalls green beans. Customers bought online across the UK and Europe, so the recall notice, the refund and the courier pick-up must be clear in one message.',
      triggers: { ...content.triggers, keywords: { he: content.triggers.keywords.he, en: [...content.triggers.keywords.en, 'bad batch', 'stones in the beans'] } },
    }),
  },
  { brandId: DEMO_BRANDS.roasters, template: 'data_breach', locale: 'en', cast: ROASTERS_CAST, responders: ['noa', 'yossi'] },
];

export async function seedDemoPlaybooks(tx: Tx): Promise<void> {
  const found = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, ['dana@shaked.example', 'avi@shaked.example', 'noa@shaked.example', 'yossi@shaked.example', 'tal@pixel-agency.example']));
  const byName = Object.fromEntries(found.map((u) => [u.email.split('@')[0], u.id])) as Partial<Staff>;
  // A real account may have taken a demo address (the seed then leaves it out of the workspace).
  if (Object.keys(byName).length < 5) return;
  const staff = byName as Staff;
  const now = Date.now();

  for (const [index, demo] of DEMO_PLAYBOOKS.entries()) {
    const template = findTemplate(demo.template)!;
    const copied = playbookContentSchema.parse(templateContent(template, demo.locale, [staff.noa]));
    const staffed = playbookContentSchema.parse({
      ...(demo.adapt ? demo.adapt(copied) : copied),
      roles: copied.roles.map((role) => {
        const [holder, backup] = demo.cast[role.key]!;
        return { ...role, userId: staff[holder], backupUserId: staff[backup] };
      }),
      authorizedResponders: demo.responders.map((name) => staff[name]),
    });
    // A minute apart, so the list shows them in the order written here.
    const createdAt = new Date(now - 20 * DAY + index * MINUTE);
    const staffedAt = new Date(now - 12 * DAY + index * MINUTE);
    const [playbook] = await tx
      .insert(playbooks)
      .values({
        workspaceId: DEMO_WORKSPACE_ID,
        brandId: demo.brandId,
        name: staffed.name,
        templateKey: template.key,
        currentVersion: 2,
        createdAt,
        updatedAt: staffedAt,
      })
      .returning();
    await tx.insert(playbookVersions).values([
      { playbookId: playbook!.id, version: 1, content: copied as unknown as Record<string, unknown>, changeNote: '', authorId: staff.noa, createdAt },
      {
        playbookId: playbook!.id,
        version: 2,
        content: staffed as unknown as Record<string, unknown>,
        changeNote: demo.locale === 'he' ? 'שיבוץ הצוות לתפקידים ולגיבויים' : 'The team in the roles, with backups',
        authorId: staff.noa,
        createdAt: staffedAt,
      },
    ]);
    if (demo.brandId === DEMO_BRANDS.cafe && demo.template === 'food_safety') {
      await seedFinishedDrill(tx, playbook!.id, staffed, staff, new Date(now - 9 * DAY));
    }
  }
}

/** A drill that went mostly well, with the legal step finished after the 30-minute target. */
async function seedFinishedDrill(tx: Tx, playbookId: string, content: PlaybookContent, staff: Staff, startedAt: Date) {
  const minutesAfterStart = [3, 9, 15, 19, 24, 33, 38, 41];
  const notes = ['', 'יוסי דיבר עם הלקוחה בטלפון', '', '', '', 'חיכינו לעו"ד שחזר מפגישה', '', ''];
  const doers: (keyof Staff)[] = ['noa', 'yossi', 'dana', 'tal', 'noa', 'avi', 'noa', 'dana'];
  const steps: DrillStepRecord[] = content.steps.map((step, index) => ({
    step: index,
    title: step.title,
    role: step.role,
    doneAt: new Date(startedAt.getTime() + (minutesAfterStart[index] ?? 45) * MINUTE).toISOString(),
    doneBy: staff[doers[index] ?? 'noa'],
    note: notes[index] ?? '',
  }));
  await tx.insert(playbookDrills).values({
    playbookId,
    playbookVersion: 2,
    startedBy: staff.noa,
    startedAt,
    finishedAt: new Date(startedAt.getTime() + 43 * MINUTE),
    steps: steps as unknown as Record<string, unknown>[],
    notes: 'תרגול רבעוני. ההודעה הראשונה יצאה בזמן; הבדיקה המשפטית עיכבה את ההחלטה על ריקול – צריך גיבוי זמין לייעוץ המשפטי.',
  });
}
