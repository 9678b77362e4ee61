// The demo brands' action plans, written by the brand manager: the café in Hebrew with two versions
// (so the history shows a change and its reason), the roasters in English, measuring visits.
import { inArray } from 'drizzle-orm';
import { planContentSchema, type PlanContentInput } from '../../core/plan/plan.ts';
import type { Tx } from '../db/connect.ts';
import { planVersions, users } from '../db/schema.ts';
import { DEMO_BRANDS, DEMO_WORKSPACE_ID } from './ids.ts';

const DAY = 24 * 60 * 60 * 1000;
const SUN_TO_THU = [0, 1, 2, 3, 4];

function cafeV1(): PlanContentInput {
  return {
    keyMessages: [
      'קפה טוב ואמיתי, קלוי אצלנו, במחיר של שכונה',
      'בית קפה שהוא חלק מהשכונה: מכירים אתכם בשם',
      'מקום נוח לעבוד וללמוד בו, עם Wi‑Fi ושקעים בכל שולחן',
    ],
    personas: [
      {
        name: 'סטודנטים',
        who: 'סטודנטים בני 20–28 שלומדים ועובדים מבית הקפה, עם תקציב מוגבל',
        networks: ['instagram'],
        places: 'קבוצות הסטודנטים של האוניברסיטה והמכללה, סטוריז של חברים',
        cares: 'מבצעים, מקום שקט עם שקע, קפה טוב שלא עולה הון',
      },
      {
        name: 'משפחות בשכונה',
        who: 'הורים לילדים קטנים שגרים ליד הסניפים ויוצאים בבוקר של שישי',
        networks: ['facebook', 'instagram'],
        places: 'קבוצות הפייסבוק של השכונות, ועד ההורים בגנים',
        cares: 'פינת ילדים, ארוחת בוקר משפחתית, יחס אישי',
      },
    ],
    channels: [
      { network: 'instagram', postsPerWeek: 3, bestDays: SUN_TO_THU, bestHours: [8, 13] },
      { network: 'facebook', postsPerWeek: 3, bestDays: [0, 2, 4, 5], bestHours: [9, 20] },
    ],
    kpis: [
      { metric: 'posts_per_week', target: 6, period: 'week' },
      { metric: 'engagement_rate', target: 3, period: 'month' },
      { metric: 'response_rate', target: 85, period: 'month' },
      { metric: 'reach', target: 8000, period: 'month' },
    ],
    timeBudget: { hoursPerWeek: 4, members: [] },
  };
}

function cafeV2(noa: string, tal: string | undefined, yossi: string | undefined): PlanContentInput {
  const v1 = cafeV1();
  return {
    ...v1,
    channels: [
      { network: 'instagram', postsPerWeek: 4, bestDays: SUN_TO_THU, bestHours: [8, 13, 19] },
      { network: 'facebook', postsPerWeek: 3, bestDays: [0, 2, 4, 5], bestHours: [9, 20] },
      { network: 'telegram', postsPerWeek: 1, bestDays: [4], bestHours: [12] },
      { network: 'bluesky', postsPerWeek: 2, bestDays: SUN_TO_THU, bestHours: [9, 18] },
      { network: 'mastodon', postsPerWeek: 1, bestDays: [2], bestHours: [12] },
    ],
    kpis: [
      { metric: 'posts_per_week', target: 11, period: 'week' },
      { metric: 'engagement_rate', target: 3.5, period: 'month' },
      { metric: 'response_rate', target: 90, period: 'month' },
      { metric: 'median_first_response', target: 60, period: 'month' },
      { metric: 'reach', target: 12000, period: 'month' },
      { metric: 'net_sentiment', target: 30, period: 'quarter' },
    ],
    timeBudget: {
      hoursPerWeek: 6,
      members: [
        { userId: noa, hours: 3 },
        ...(tal ? [{ userId: tal, hours: 2 }] : []),
        ...(yossi ? [{ userId: yossi, hours: 1 }] : []),
      ],
    },
  };
}

function roasters(noa: string, yossi: string | undefined): PlanContentInput {
  return {
    keyMessages: [
      'Specialty beans, roasted in Tel Aviv every week and shipped within 48 hours',
      'We know every farm we buy from, and we tell you its story',
      'Brewing great coffee at home is easy: we show you how',
    ],
    personas: [
      {
        name: 'Home baristas',
        who: 'Coffee lovers aged 25–45 who own a grinder and an espresso machine or a pour-over kit',
        networks: ['instagram', 'x'],
        places: 'r/Coffee, brewing videos, coffee hashtags',
        cares: 'Freshness, origin, recipes and tasting notes',
      },
      {
        name: 'Office managers',
        who: 'People who buy coffee for a team of 10–50 at small companies in the UK',
        networks: ['linkedin'],
        places: 'LinkedIn, office-management newsletters',
        cares: 'Reliable delivery, subscriptions, an easy invoice',
      },
      {
        name: 'Gift shoppers',
        who: 'Someone looking for a present for a coffee lover, mostly before holidays',
        networks: ['instagram', 'facebook'],
        places: 'Gift guides, Instagram shopping',
        cares: 'A beautiful box, a gift card, arriving on time',
      },
    ],
    channels: [
      { network: 'instagram', postsPerWeek: 3, bestDays: [1, 3, 5], bestHours: [7, 18] },
      { network: 'linkedin', postsPerWeek: 2, bestDays: [2, 4], bestHours: [8, 12] },
      { network: 'facebook', postsPerWeek: 2, bestDays: [0, 4], bestHours: [19] },
      { network: 'bluesky', postsPerWeek: 3, bestDays: [1, 3, 5], bestHours: [8, 17] },
      { network: 'mastodon', postsPerWeek: 2, bestDays: [2, 4], bestHours: [9] },
    ],
    kpis: [
      { metric: 'posts_per_week', target: 12, period: 'week' },
      { metric: 'engagement_rate', target: 2.5, period: 'month' },
      { metric: 'social_visits', target: 1200, period: 'month' },
      { metric: 'share_of_voice', target: 10, period: 'quarter' },
      { metric: 'response_rate', target: 95, period: 'month' },
      { metric: 'hours_spent', target: 5, period: 'week' },
    ],
    timeBudget: {
      hoursPerWeek: 5,
      members: [{ userId: noa, hours: 4 }, ...(yossi ? [{ userId: yossi, hours: 1 }] : [])],
    },
  };
}

/** The demo brands' action plans, authored by the brand manager. */
export async function seedDemoPlans(tx: Tx): Promise<void> {
  const people = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, ['noa@shaked.example', 'tal@pixel-agency.example', 'yossi@shaked.example']));
  const idOf = (email: string) => people.find((p) => p.email === email)?.id;
  const noa = idOf('noa@shaked.example');
  // A real account already held the demo address, so the demo has no brand manager to write plans.
  if (!noa) return;
  const tal = idOf('tal@pixel-agency.example');
  const yossi = idOf('yossi@shaked.example');
  const now = Date.now();
  // Parsing here proves the demo is what the API would accept, defaults filled in.
  const parse = (content: PlanContentInput) => planContentSchema.parse(content);
  const base = { workspaceId: DEMO_WORKSPACE_ID, authorId: noa };
  await tx.insert(planVersions).values([
    {
      ...base,
      brandId: DEMO_BRANDS.cafe,
      version: 1,
      content: parse(cafeV1()),
      changeNote: 'התוכנית הראשונה',
      createdAt: new Date(now - 60 * DAY),
    },
    {
      ...base,
      brandId: DEMO_BRANDS.cafe,
      version: 2,
      content: parse(cafeV2(noa, tal, yossi)),
      changeNote: 'יותר אינסטגרם לקראת הקיץ, ערוץ טלגרם למבצעים, ויעד למענה מהיר. שעות מחולקות בין הצוות.',
      createdAt: new Date(now - 14 * DAY),
    },
    {
      ...base,
      brandId: DEMO_BRANDS.roasters,
      version: 1,
      content: parse(roasters(noa, yossi)),
      changeNote: 'First plan: grow site visits from social, measured with UTM links.',
      createdAt: new Date(now - 30 * DAY),
    },
  ]);
}
