// What the calendar shows for a range: the posts, the windows the policy shades (Shabbat, holidays,
// memorial days, blackouts), the plan's cadence for each week, channels gone silent, and the freeze.
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Network } from '../../../core/networks.ts';
import type { calendarAnswer, calendarQuery } from '../../../core/publish/contracts.ts';
import { weeklyCadence, type CadencePost } from '../../../core/publish/cadence.ts';
import { calendarWindows } from '../../../core/publish/windows.ts';
import { addZonedDays, zonedWeekStart } from '../../../core/time/zoned.ts';
import { users } from '../../db/schema.ts';
import type { AppContext } from '../../http/context.ts';
import { invalidInput } from '../../http/errors.ts';
import type { BrandRow } from '../../http/guard.ts';
import { currentPlan } from '../plan/plan.ts';
import { asCheckerRule, effectiveRules } from '../policy/rules.ts';
import { postsBetween } from './posts.ts';
import { silentChannels } from './silence.ts';

const LONGEST_RANGE_DAYS = 62;

export async function calendarFor(ctx: AppContext, brand: BrandRow, q: z.infer<typeof calendarQuery>): Promise<z.infer<typeof calendarAnswer>> {
  const from = new Date(q.from);
  const to = new Date(q.to);
  if (!(to > from)) throw invalidInput([{ path: 'querystring.to', message: 'the end of the range must come after its start' }]);
  if (to.getTime() - from.getTime() > LONGEST_RANGE_DAYS * 86_400_000) throw invalidInput([{ path: 'querystring.to', message: 'the calendar shows at most 62 days at once' }]);
  const statuses = q.status === undefined ? null : ([] as string[]).concat(q.status);
  const [posts, rules, plan] = await Promise.all([
    postsBetween(ctx.db, brand.id, from, to, { channelId: q.channelId, campaignId: q.campaignId, statuses }),
    effectiveRules(ctx.db, brand.workspaceId, brand.id),
    currentPlan(ctx.db, brand.id),
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
  const silent = await silentChannels(ctx, brand);
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
