// What the calendar shows for a range: the posts, the windows the policy shades (Shabbat, holidays,
// memorial days, blackouts), the plan's cadence for each week, channels gone silent, and the freeze.
import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { Network } from '../../../core/networks.ts';
import type { calendarAnswer, calendarQuery } from '../../../core/publish/contracts.ts';
import { silence, weeklyCadence, type CadencePost } from '../../../core/publish/cadence.ts';
import { calendarWindows } from '../../../core/publish/windows.ts';
import { addZonedDays, zonedWeekStart } from '../../../core/time/zoned.ts';
import { channels, users } from '../../db/schema.ts';
import type { AppContext } from '../../http/context.ts';
import { invalidInput } from '../../http/errors.ts';
import type { BrandRow } from '../../http/guard.ts';
import { currentPlan } from '../plan/plan.ts';
import { asCheckerRule, effectiveRules } from '../policy/rules.ts';
import { lastPublished } from './channels.ts';
import { postsBetween } from './posts.ts';

const LONGEST_RANGE_DAYS = 62;

export async function calendarFor(ctx: AppContext, brand: BrandRow, q: z.infer<typeof calendarQuery>): Promise<z.infer<typeof calendarAnswer>> {
  const from = new Date(q.from);
  const to = new Date(q.to);
  if (!(to > from)) throw invalidInput([{ path: 'querystring.to', message: 'the end of the range must come after its start' }]);
  if (to.getTime() - from.getTime() > LONGEST_RANGE_DAYS * 86_400_000) throw invalidInput([{ path: 'querystring.to', message: 'the calendar shows at most 62 days at once' }]);
  const statuses = q.status === undefined ? null : ([] as string[]).concat(q.status);
  const [posts, rules, plan, liveChannels] = await Promise.all([
    postsBetween(ctx.db, brand.id, from, to, { channelId: q.channelId, campaignId: q.campaignId, statuses }),
    effectiveRules(ctx.db, brand.workspaceId, brand.id),
    currentPlan(ctx.db, brand.id),
    ctx.db.select().from(channels).where(and(eq(channels.brandId, brand.id), isNull(channels.archivedAt))),
  ]);
  const tz = brand.timeZone;
  const planChannels = plan?.content.channels ?? [];
  // Cadence counts every post of the week, whatever the filters show.
  const weekPosts = await postsBetween(ctx.db, brand.id, zonedWeekStart(from, tz), addZonedDays(zonedWeekStart(to, tz), 7, tz), {});
  const cadencePosts: CadencePost[] = weekPosts.flatMap((p) =>
    p.channels.map((c) => ({ network: c.network as Network, status: p.status, scheduledAt: p.scheduledAt ? new Date(p.scheduledAt) : null, publishedAt: p.publishedAt ? new Date(p.publishedAt) : null })),
  );
  const weeks = [];
  for (let week = zonedWeekStart(from, tz); week < to; week = addZonedDays(week, 7, tz)) {
    weeks.push({ weekStart: week.toISOString(), cadence: weeklyCadence({ planChannels, posts: cadencePosts, weekStart: week, timeZone: tz }) });
  }
  // Silence is judged only for the plan's networks the brand publishes to through Brandroom.
  const last = await lastPublished(ctx.db, liveChannels.filter((c) => !c.demo).map((c) => c.id));
  const byNetwork: Partial<Record<Network, Date | null>> = {};
  for (const c of liveChannels.filter((c) => !c.demo)) {
    const at = last.get(c.id) ?? null;
    const prev = byNetwork[c.network];
    if (prev === undefined || (at && (!prev || at > prev))) byNetwork[c.network] = at;
  }
  const connectedSince = liveChannels.reduce<Date | null>((first, c) => (!first || c.createdAt < first ? c.createdAt : first), null);
  const silent = silence({
    planChannels: planChannels.filter((c) => c.network in byNetwork),
    lastPublishedByNetwork: byNetwork,
    now: new Date(),
    timeZone: tz,
    since: connectedSince,
  });
  let paused = null;
  if (brand.pausedAt) {
    const [by] = brand.pausedBy ? await ctx.db.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, brand.pausedBy)) : [];
    paused = { at: brand.pausedAt.toISOString(), reason: brand.pausedReason ?? '', by: by ?? null };
  }
  return {
    timeZone: tz,
    posts,
    windows: calendarWindows(rules.map(asCheckerRule), from, to).map((w) => ({ ...w, start: w.start.toISOString(), end: w.end.toISOString() })),
    weeks,
    silence: silent.map((s) => ({ ...s, lastPublishedAt: s.lastPublishedAt?.toISOString() ?? null })),
    paused,
  };
}
