// The silence alert: a channel that has gone longer than the plan allows without a post. Stopping hurts
// a brand, so its managers are told (at most every three days per network), and the calendar shows it.
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Network } from '../../../core/networks.ts';
import { roleAllows } from '../../../core/permissions.ts';
import { silence, type SilentChannel } from '../../../core/publish/cadence.ts';
import { brands, channels, notices } from '../../db/schema.ts';
import type { AppContext } from '../../http/context.ts';
import type { BrandRow } from '../../http/guard.ts';
import { currentPlan } from '../plan/plan.ts';
import { lastPublished } from './channels.ts';
import { notify, sendOutbox, type Outbox } from './notices.ts';
import { brandMembers } from './team.ts';

const REMIND_EVERY_MS = 3 * 86_400_000;

/** The plan's networks the brand publishes to through Brandroom (real channels only) that went quiet. */
export async function silentChannels(ctx: AppContext, brand: BrandRow, now = new Date()): Promise<SilentChannel[]> {
  const [plan, live] = await Promise.all([
    currentPlan(ctx.db, brand.id),
    ctx.db.select().from(channels).where(and(eq(channels.brandId, brand.id), isNull(channels.archivedAt), eq(channels.demo, false))),
  ]);
  if (!plan || live.length === 0) return [];
  const last = await lastPublished(ctx.db, live.map((c) => c.id));
  const byNetwork: Partial<Record<Network, Date | null>> = {};
  for (const c of live) {
    const at = last.get(c.id) ?? null;
    const prev = byNetwork[c.network];
    if (prev === undefined || (at && (!prev || at > prev))) byNetwork[c.network] = at;
  }
  const since = live.reduce<Date | null>((first, c) => (!first || c.createdAt < first ? c.createdAt : first), null);
  return silence({ planChannels: plan.content.channels.filter((c) => c.network in byNetwork), lastPublishedByNetwork: byNetwork, now, timeZone: brand.timeZone, since });
}

export async function alertSilentChannels(ctx: AppContext, now = new Date()): Promise<number> {
  const live = await ctx.db.select().from(brands).where(and(isNull(brands.archivedAt), isNull(brands.pausedAt)));
  let told = 0;
  for (const brand of live) {
    for (const quiet of await silentChannels(ctx, brand, now)) {
      const [recent] = await ctx.db
        .select({ id: notices.id })
        .from(notices)
        .where(and(eq(notices.brandId, brand.id), eq(notices.kind, 'silence'), sql`${notices.params}->>'network' = ${quiet.network}`, gt(notices.createdAt, new Date(now.getTime() - REMIND_EVERY_MS))))
        .limit(1);
      if (recent) continue;
      const outbox: Outbox = [];
      await ctx.db.transaction(async (tx) => {
        const managers = (await brandMembers(tx, brand.workspaceId, brand.id)).filter((m) => roleAllows(m.role, 'post.publish'));
        await notify(ctx, tx, managers, { workspaceId: brand.workspaceId, brandId: brand.id, kind: 'silence', params: { brand: brand.name, network: quiet.network, days: quiet.silentDays }, link: `/w/${brand.workspaceId}/calendar?brand=${brand.id}` }, outbox);
      });
      await sendOutbox(ctx, brand.workspaceId, outbox);
      told++;
    }
  }
  return told;
}
