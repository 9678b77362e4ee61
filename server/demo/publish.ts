// The demo brands' publishing: a demo channel of each network, two campaigns and a month of posts
// around today (published, one failed, drafts and posts waiting for approval), so the calendar,
// the approval queue and a failure's reason can be seen at once. The café writes in Hebrew, the
// roasters in English. Demo content is not a change anyone made, so nothing here is audited.
import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { roleAllows } from '../../core/permissions.ts';
import type { ApprovalStep } from '../../core/publish/contracts.ts';
import { mayDecide, type PostStep } from '../../core/publish/approvals.ts';
import { publishMessage } from '../../core/publish/messages.ts';
import type { PublishErrorCode } from '../../core/publish/types.ts';
import type { Tx } from '../db/connect.ts';
import { approvalFlows, brands, campaigns, channels, notices, postApprovals, postComments, posts, postVariants, publishAttempts, users } from '../db/schema.ts';
import { brandMembers } from '../services/publish/team.ts';
import { postLink } from '../services/publish/workflow.ts';
import { DEMO_BRANDS, DEMO_WORKSPACE_ID } from './ids.ts';

const DAY = 24 * 60 * 60 * 1000;
const MINUTE = 60 * 1000;
/** The name publish attempts carry for the seed, where a worker's name would be. */
const DEMO_WORKER = 'demo';

type Network = 'bluesky' | 'mastodon' | 'webhook';

interface DemoPost {
  /** Days from today (never 0, so past and future do not depend on the hour the seed runs). */
  day: number;
  /** Hour of the day, UTC. */
  hour: number;
  title: string;
  body: string;
  on: Network[];
  campaign?: 0 | 1;
  /** Past posts are published and future ones drafts, unless marked. */
  status?: 'in_review' | 'failed';
  /** For the one post in review that carries a reviewer's comment: the words it is about. */
  comment?: { quote: string; body: string };
}

interface DemoBrand {
  brandId: string;
  author: string;
  reviewer: string;
  commenter: string;
  label: string;
  flowStep: string;
  campaigns: (now: Date) => Omit<typeof campaigns.$inferInsert, 'workspaceId' | 'brandId'>[];
  posts: DemoPost[];
  failure: { detail: string };
}

const dateOnly = (d: Date) => d.toISOString().slice(0, 10);
const daysFrom = (now: Date, days: number) => dateOnly(new Date(now.getTime() + days * DAY));

const CAFE: DemoBrand = {
  brandId: DEMO_BRANDS.cafe,
  author: 'tal@pixel-agency.example',
  reviewer: 'noa@shaked.example',
  commenter: 'noa@shaked.example',
  label: 'הדגמה',
  flowStep: 'מנהלת מותג',
  campaigns: (now) => [
    {
      name: 'תפריט החורף',
      layer: 'preserve',
      startsOn: daysFrom(now, -19),
      endsOn: daysFrom(now, 20),
      goal: 'להכיר לקהל הקבוע את המשקאות והמאפים החדשים של החורף ולהגדיל את ההזמנות בבוקר',
      color: 'orange',
    },
    {
      name: 'ערב שכונה בפלורנטין',
      layer: 'image',
      startsOn: daysFrom(now, -7),
      endsOn: daysFrom(now, 8),
      goal: 'לחזק את הקשר עם השכונה: ערב פתוח עם מוזיקה חיה, טעימות ותרומה לגינה הקהילתית',
      offlineEvents: [{ name: 'ערב שכונה', date: daysFrom(now, 6), place: 'קפה שקד פלורנטין, רחוב ויטל 4, תל אביב' }],
      color: 'grape',
    },
  ],
  posts: [
    { day: -20, hour: 6, title: 'בוקר טוב מפלורנטין', body: 'בוקר טוב! הסניף בפלורנטין פתוח מ־7:00, הקפה כבר קלוי והקרואסונים יוצאים מהתנור. מחכים לכם ☕', on: ['bluesky', 'mastodon'] },
    { day: -18, hour: 10, title: 'משקה החורף הראשון', body: 'הגיע החורף, הגיע הסחלב! עם קינמון, אגוזים ושמנת טרייה, בכל הסניפים החל מהיום.', on: ['bluesky', 'mastodon', 'webhook'], campaign: 0 },
    { day: -16, hour: 15, title: 'פינת עבודה', body: 'מחפשים מקום שקט לעבוד? בכל שולחן יש שקע, ה־Wi‑Fi מהיר, ואף אחד לא ימהר אתכם. קפה שני חצי מחיר עד 12:00.', on: ['mastodon'] },
    { day: -14, hour: 7, title: 'מאפה החורף', body: 'חדש בוויטרינה: עוגת תפוזים ושקדים בלי קמח, נשארת לחה גם למחרת (אם תשאיר משהו למחר 😉).', on: ['bluesky', 'mastodon'], campaign: 0 },
    { day: -12, hour: 16, title: 'מכירים את הבריסטה', body: 'תכירו את מיכל, אחראית המשמרת בסניף חיפה: שש שנים איתנו, והיא זוכרת את ההזמנה של כל לקוח קבוע. מה אתם מזמינים אצלה?', on: ['bluesky'] },
    { day: -10, hour: 6, title: 'שישי משפחתי', body: 'ארוחת בוקר משפחתית בשישי: שקשוקה, סלט, לחם מהתנור ושתייה חמה, ופינת ילדים עם צבעים ודפי צביעה. מומלץ להזמין מקום מראש.', on: ['bluesky', 'mastodon'] },
    { day: -8, hour: 11, title: 'שלושה משקאות חמים', body: 'שלושה משקאות לימים קרים: סחלב עם קינמון, שוקו עם מרשמלו ולאטה תמרים. איזה מהם שלכם?', on: ['bluesky', 'mastodon', 'webhook'], campaign: 0 },
    { day: -6, hour: 14, title: 'הרשמה לערב השכונה', body: 'ערב שכונה בפלורנטין! מוזיקה חיה, טעימות מתפריט החורף, וכל ההכנסות מהעוגות הולכות לגינה הקהילתית. הכניסה חופשית, רק תגידו שאתם באים.', on: ['bluesky', 'mastodon'], campaign: 1 },
    { day: -4, hour: 8, title: 'תודה לסטודנטים', body: 'תקופת מבחנים? הסניף בבאר שבע פתוח עד חצות עד סוף החודש, עם קפה פילטר בלי הגבלה לבעלי תעודת סטודנט.', on: ['mastodon'] },
    {
      day: -2,
      hour: 9,
      title: 'מתכון לסחלב ביתי',
      body: 'רוצים סחלב כמו אצלנו גם בבית? חלב, כפית עמילן, קצת סוכר ומי ורדים, לבשל על אש קטנה ולערבב בלי הפסקה. את הקינמון מפזרים רק בסוף.',
      on: ['mastodon'],
      campaign: 0,
      status: 'failed',
    },
    { day: -1, hour: 12, title: 'הצצה להכנות', body: 'מאחורי הקלעים: מכינים את הגינה הקהילתית לערב השכונה. עוד כמה ימים ונתראה שם 🌱', on: ['bluesky'], campaign: 1 },
    {
      day: 2,
      hour: 7,
      title: 'הזמנה לערב השכונה',
      body: 'ביום חמישי בערב הסניף בפלורנטין הופך לבית של כל השכונה: הופעה של להקת "גג", טעימות חינם ודוכן עוגות לטובת הגינה הקהילתית. מביאים את השכנים!',
      on: ['bluesky', 'mastodon', 'webhook'],
      campaign: 1,
      status: 'in_review',
      comment: { quote: 'טעימות חינם', body: 'כדאי לכתוב עד איזו שעה יש טעימות, כדי שלא יגיעו בעשר ויתאכזבו.' },
    },
    { day: 4, hour: 10, title: 'משקה החודש', body: 'משקה החודש: לאטה תמרים וטחינה. מתוק בדיוק במידה, ועם חלב שיבולת שועל הוא גם טבעוני.', on: ['bluesky', 'mastodon'], campaign: 0, status: 'in_review' },
    { day: 6, hour: 16, title: 'תודה על ערב השכונה', body: 'תודה לכל מי שהגיע לערב השכונה! יחד אספנו כסף לעצים חדשים בגינה הקהילתית. תמונות מהערב בקרוב.', on: ['bluesky', 'mastodon'], campaign: 1 },
    { day: 8, hour: 6, title: 'סניף חדש בנתניה', body: 'מתרגשים לספר: בעוד חודש נפתח סניף חדש בנתניה, ליד הטיילת. מה הכי חשוב לכם שיהיה בו?', on: ['bluesky', 'mastodon', 'webhook'] },
    { day: 10, hour: 9, title: 'כרטיסייה לחורף', body: 'כרטיסיית החורף חזרה: עשרה משקאות חמים במחיר של שמונה, תקפה בכל הסניפים עד סוף פברואר.', on: ['mastodon'], campaign: 0 },
  ],
  failure: { detail: 'The Mastodon instance answered 401: the access token was revoked or has expired.' },
};

const ROASTERS: DemoBrand = {
  brandId: DEMO_BRANDS.roasters,
  author: 'noa@shaked.example',
  reviewer: 'dana@shaked.example',
  commenter: 'sam@roasters-client.example',
  label: 'Demo',
  flowStep: 'Brand manager',
  campaigns: (now) => [
    {
      name: 'Winter blends launch',
      layer: 'preserve',
      startsOn: daysFrom(now, -18),
      endsOn: daysFrom(now, 18),
      goal: 'Introduce the two winter blends to existing subscribers and bring first orders from new customers in the UK',
      color: 'teal',
    },
    {
      name: 'Roastery open day',
      layer: 'service',
      startsOn: daysFrom(now, -6),
      endsOn: daysFrom(now, 9),
      goal: 'Meet customers in person, answer brewing questions and show how the beans are roasted',
      offlineEvents: [{ name: 'Open day at the roastery', date: daysFrom(now, 7), place: 'Shaked Roasters, 12 HaMasger St, Tel Aviv' }],
      color: 'cyan',
    },
  ],
  posts: [
    { day: -19, hour: 8, title: 'Fresh roast Monday', body: 'Fresh roast day. This week: a washed Ethiopian Guji with notes of bergamot and apricot. Roasted Monday, at your door by Thursday.', on: ['bluesky', 'mastodon'] },
    { day: -17, hour: 12, title: 'Winter blends are here', body: 'Our two winter blends are out: Ember (dark chocolate, molasses) for milk drinks, and Frost (red apple, honey) for filter. Subscribers get the first bags.', on: ['bluesky', 'mastodon', 'webhook'], campaign: 0 },
    { day: -15, hour: 17, title: 'Grind size tip', body: 'Bitter cup? Try a slightly coarser grind before you change anything else. One small step at a time, and taste as you go.', on: ['mastodon'] },
    { day: -13, hour: 9, title: 'Meet the roaster', body: 'Meet Yarden, our head roaster. She cups every batch before it ships and keeps a notebook of every roast since 2019.', on: ['bluesky'] },
    { day: -11, hour: 13, title: 'Ember for flat whites', body: 'Ember was built for milk. Pull it a little shorter than usual and it tastes like a chocolate biscuit in a flat white.', on: ['bluesky', 'mastodon'], campaign: 0 },
    { day: -9, hour: 8, title: 'Shipping update', body: 'Good news for our customers in Ireland: orders now arrive in three working days, and shipping is free over £30.', on: ['mastodon', 'webhook'] },
    { day: -7, hour: 15, title: 'Frost as pour-over', body: 'Frost on a pour-over: 15 g of coffee, 250 g of water at 94°C, about three minutes in total. Bright, sweet and very easy to drink.', on: ['bluesky', 'mastodon'], campaign: 0 },
    { day: -5, hour: 10, title: 'Open day announced', body: 'Come and see where your coffee is roasted. Our Tel Aviv roastery opens its doors next week: tastings, a roasting demo and brewing questions answered.', on: ['bluesky', 'mastodon', 'webhook'], campaign: 1 },
    {
      day: -3,
      hour: 9,
      title: 'Subscriber thank-you',
      body: 'A thank-you to our subscribers: every winter box this month comes with a free sample of our next single origin. Tell us what you think of it.',
      on: ['mastodon'],
      status: 'failed',
    },
    { day: -1, hour: 16, title: 'Decaf that tastes like coffee', body: 'Our Colombian decaf is processed with sugarcane, not solvents, and still tastes of caramel and orange. Good for an evening cup.', on: ['bluesky'] },
    {
      day: 1,
      hour: 8,
      title: 'Open day details',
      body: 'Open day this Saturday, 10:00 to 16:00. Free tastings of both winter blends, a live roast at noon, and 20% off every bag you take home.',
      on: ['bluesky', 'mastodon', 'webhook'],
      campaign: 1,
      status: 'in_review',
      comment: { quote: '20% off every bag', body: 'Can we say whether the discount also applies to subscriptions? We will be asked.' },
    },
    { day: 3, hour: 12, title: 'Brewing class', body: 'New: a one-hour online brewing class for subscribers. Bring your grinder and your favourite mug, we will bring the questions.', on: ['bluesky', 'mastodon'], status: 'in_review' },
    { day: 5, hour: 9, title: 'Storage tip', body: 'Keep beans in a sealed bag, away from light and heat. Not in the fridge: the moisture does them no favours.', on: ['mastodon'] },
    { day: 7, hour: 17, title: 'Thank you, open day', body: 'Thank you to everyone who came to the open day! Photos and the recipe for our Ember espresso tonic are coming this week.', on: ['bluesky', 'mastodon'], campaign: 1 },
    { day: 9, hour: 8, title: 'Last call for winter boxes', body: 'Last call: winter boxes ship next Monday. Order by Sunday to get both blends and the tasting notes card.', on: ['bluesky', 'mastodon', 'webhook'], campaign: 0 },
  ],
  failure: { detail: 'The Mastodon instance answered 401: the access token was revoked or has expired.' },
};

/** The code of the one failed post per brand: the demo Mastodon channel's token was refused. */
const FAILURE_CODE: PublishErrorCode = 'auth_failed';

function demoChannels(brand: DemoBrand, handle: string, createdBy: string | null, createdAt: Date): (typeof channels.$inferInsert)[] {
  // The channels' secrets are sealed with the server key, which the seed does not have; a demo
  // channel never has its secrets opened (the publisher refuses it first), so a placeholder is stored.
  const common = { workspaceId: DEMO_WORKSPACE_ID, brandId: brand.brandId, credentials: 'demo', demo: true, createdBy, createdAt, updatedAt: createdAt };
  return [
    { ...common, id: randomUUID(), network: 'bluesky', account: `@${handle}.demo`, displayName: `${brand.label} · Bluesky`, settings: { pdsUrl: 'https://pds.invalid' } },
    {
      ...common,
      id: randomUUID(),
      network: 'mastodon',
      account: `@${handle}@mastodon.invalid`,
      displayName: `${brand.label} · Mastodon`,
      settings: {
        instanceUrl: 'https://mastodon.invalid',
        accountId: '1',
        textLimit: 500,
        charactersPerUrl: 23,
        imageMaxBytes: 16 * 1024 * 1024,
        maxImages: 4,
        imageTypes: ['image/jpeg', 'image/png', 'image/gif', 'image/webp'],
      },
    },
    { ...common, id: randomUUID(), network: 'webhook', account: 'hooks.invalid', displayName: `${brand.label} · Webhook`, settings: { url: 'https://hooks.invalid/brandroom' } },
  ];
}

async function seedBrand(tx: Tx, brand: DemoBrand, handle: string, userId: (email: string) => string | null, now: Date) {
  const author = userId(brand.author);
  const reviewer = userId(brand.reviewer);
  const startOfDay = new Date(dateOnly(now)).getTime();
  const monthAgo = new Date(startOfDay - 30 * DAY);

  const flow: ApprovalStep[] = [{ name: brand.flowStep, mode: 'any', roles: ['brand_manager', 'owner'], userIds: [] }];
  const steps: PostStep[] = flow.map((s) => ({ ...s, reason: 'flow' }));
  await tx.insert(approvalFlows).values({ brandId: brand.brandId, workspaceId: DEMO_WORKSPACE_ID, steps: flow as never, updatedBy: reviewer, updatedAt: monthAgo });

  const [brandRow] = await tx.select({ name: brands.name }).from(brands).where(eq(brands.id, brand.brandId));
  const team = await brandMembers(tx, DEMO_WORKSPACE_ID, brand.brandId);
  const channelRows = demoChannels(brand, handle, reviewer, monthAgo);
  await tx.insert(channels).values(channelRows);
  const channelOf = (network: Network) => channelRows.find((c) => c.network === network)!.id!;

  const campaignRows = await tx
    .insert(campaigns)
    .values(brand.campaigns(now).map((c) => ({ ...c, workspaceId: DEMO_WORKSPACE_ID, brandId: brand.brandId, createdAt: monthAgo, updatedAt: monthAgo })))
    .returning({ id: campaigns.id });

  for (const item of brand.posts) {
    const scheduledAt = new Date(startOfDay + item.day * DAY + item.hour * 60 * MINUTE);
    const status = item.status ?? (item.day < 0 ? 'published' : 'draft');
    const sent = status === 'published' || status === 'failed';
    const createdAt = new Date(scheduledAt.getTime() - 3 * DAY);
    const submittedAt = status === 'draft' ? null : new Date(Math.min(scheduledAt.getTime(), now.getTime()) - 2 * DAY);
    const publishedAt = status === 'published' ? new Date(scheduledAt.getTime() + MINUTE) : null;
    const [post] = await tx
      .insert(posts)
      .values({
        workspaceId: DEMO_WORKSPACE_ID,
        brandId: brand.brandId,
        campaignId: item.campaign === undefined ? null : campaignRows[item.campaign]!.id,
        authorId: author,
        title: item.title,
        body: item.body,
        status,
        // Future drafts keep their intended time, so the calendar shows where they will go.
        scheduledAt,
        approvalSteps: status === 'draft' ? [] : (steps as never),
        problem: status === 'failed' ? FAILURE_CODE : null,
        submittedAt,
        publishedAt,
        createdAt,
        updatedAt: publishedAt ?? submittedAt ?? createdAt,
      })
      .returning({ id: posts.id });
    const postId = post!.id;

    if (sent && reviewer) {
      await tx.insert(postApprovals).values({ postId, revision: 1, stepIndex: 0, userId: reviewer, decision: 'approved', createdAt: new Date(submittedAt!.getTime() + 3 * 60 * MINUTE) });
    }

    for (const network of item.on) {
      const failed = status === 'failed';
      // Past demo posts were never really sent anywhere, so they have no remote id or link. Future
      // ones stay pending (never queued): the publisher refuses demo channels, so a queued demo
      // variant would only turn into a failure when its time came.
      const [variant] = await tx
        .insert(postVariants)
        .values({
          postId,
          channelId: channelOf(network),
          state: failed ? 'failed' : sent ? 'published' : 'pending',
          dueAt: sent ? scheduledAt : null,
          idempotencyKey: randomUUID(),
          attempts: sent ? 1 : 0,
          publishedAt,
          errorCode: failed ? FAILURE_CODE : null,
          errorDetail: failed ? brand.failure.detail : null,
          updatedAt: publishedAt ?? (failed ? scheduledAt : createdAt),
        })
        .returning({ id: postVariants.id });
      if (sent) {
        await tx.insert(publishAttempts).values({
          variantId: variant!.id,
          attempt: 1,
          outcome: failed ? 'failed' : 'published',
          errorCode: failed ? FAILURE_CODE : null,
          errorDetail: failed ? brand.failure.detail : null,
          worker: DEMO_WORKER,
          startedAt: scheduledAt,
          finishedAt: new Date(scheduledAt.getTime() + 2000),
        });
      }
    }

    if (status === 'failed') {
      // As the publisher leaves a channel after one refused token: counted, but not yet asking to reconnect.
      await tx
        .update(channels)
        .set({ authFailures: 1, lastError: brand.failure.detail, lastErrorAt: scheduledAt })
        .where(inArray(channels.id, item.on.map(channelOf)));
    }

    // The bell has what the people would have been told: approvers of the posts awaiting them, and
    // the author and managers of the failed post, with its reason (as the workflow and publisher word them).
    const told = { workspaceId: DEMO_WORKSPACE_ID, brandId: brand.brandId, link: postLink({ workspaceId: DEMO_WORKSPACE_ID, brandId: brand.brandId, id: postId }) };
    const about = { post: item.title, brand: brandRow?.name ?? '' };
    if (status === 'in_review') {
      const step = steps[0]!;
      const byName = team.find((m) => m.userId === author)?.name ?? '';
      const approvers = team.filter((m) => mayDecide(step, m, author));
      if (approvers.length > 0) {
        await tx.insert(notices).values(approvers.map((m) => ({ ...told, userId: m.userId, kind: 'approval_requested', params: { ...about, by: byName, step: step.name }, createdAt: submittedAt! })));
      }
    }
    if (status === 'failed') {
      const channel = channelRows.find((c) => c.id === channelOf(item.on[0]!))!;
      const people = team.filter((m) => m.userId === author || roleAllows(m.role, 'post.publish'));
      const params = { ...about, channel: `${channel.account} (${channel.network})`, reasonCode: FAILURE_CODE, reason: publishMessage(FAILURE_CODE, 'en'), reasonHe: publishMessage(FAILURE_CODE, 'he'), status: 'failed' };
      await tx.insert(notices).values(people.map((m) => ({ ...told, userId: m.userId, kind: 'post_failed', params, createdAt: new Date(scheduledAt.getTime() + 2000) })));
    }

    if (item.comment) {
      const spanStart = item.body.indexOf(item.comment.quote);
      if (spanStart < 0) throw new Error(`demo comment quote not in post "${item.title}"`);
      await tx.insert(postComments).values({
        postId,
        authorId: userId(brand.commenter) ?? reviewer,
        body: item.comment.body,
        spanStart,
        spanEnd: spanStart + item.comment.quote.length,
        quote: item.comment.quote,
        createdAt: new Date(submittedAt!.getTime() + 60 * MINUTE),
      });
    }
  }
}

/** Seeds both demo brands' channels, campaigns, approval flows and posts. Runs inside the demo seed's transaction. */
export async function seedDemoPublish(tx: Tx, now = new Date()): Promise<void> {
  const emails = [...new Set([CAFE, ROASTERS].flatMap((b) => [b.author, b.reviewer, b.commenter]))];
  const people = await tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, emails));
  const userId = (email: string) => people.find((p) => p.email === email)?.id ?? null;
  await seedBrand(tx, CAFE, 'cafe-shaked', userId, now);
  await seedBrand(tx, ROASTERS, 'shaked-roasters', userId, now);
}
