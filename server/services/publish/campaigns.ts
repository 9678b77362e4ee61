// A brand's campaigns: a name, the layer of brand work it serves, its dates, the offline events it
// ties to and its goal. Posts are tagged with a campaign; archiving hides it from the everyday lists
// and keeps the posts and their tag.
import { and, count, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Campaign } from '../../../core/publish/contracts.ts';
import type { CampaignLayer } from '../../../core/publish/types.ts';
import type { Db, Tx } from '../../db/connect.ts';
import { campaigns, posts } from '../../db/schema.ts';
import { conflict, invalidInput, notFound } from '../../http/errors.ts';
import { diff, recordAudit, type Actor } from '../audit/audit.ts';

/** The sentences the campaign service answers with beyond the request schema's own. */
export const CAMPAIGN_MESSAGES = {
  // The same sentence as the schema's, so one translation serves both.
  endBeforeStart: 'the end date must not be before the start date',
  archived: 'This campaign is archived. Restore it before changing it.',
} as const;

export type OfflineEvent = { name: string; date: string; place: string };

export type CampaignInput = {
  name: string;
  layer: CampaignLayer;
  startsOn: string;
  endsOn: string;
  goal: string;
  offlineEvents: OfflineEvent[];
  color: string;
};

type CampaignRow = typeof campaigns.$inferSelect;

// jsonb keeps keys in its own order; one order makes stored and sent events compare equal.
const eventsOf = (events: readonly Record<string, unknown>[]): OfflineEvent[] =>
  events.map((e) => ({ name: String(e.name), date: String(e.date), place: String(e.place ?? '') }));

function inputOf(row: CampaignRow): CampaignInput {
  const { name, layer, startsOn, endsOn, goal, color } = row;
  return { name, layer, startsOn, endsOn, goal, offlineEvents: eventsOf(row.offlineEvents), color };
}

function toCampaign(row: CampaignRow, postCount: number): Campaign {
  return {
    id: row.id,
    brandId: row.brandId,
    name: row.name,
    layer: row.layer,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    goal: row.goal,
    offlineEvents: eventsOf(row.offlineEvents),
    color: row.color,
    postCount,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

// Posts are removed for good when deleted, so every post still tagged counts.
const postCounts = (db: Db | Tx, brandId: string) =>
  db
    .select({ campaignId: posts.campaignId, n: count().as('n') })
    .from(posts)
    .where(and(eq(posts.brandId, brandId), isNotNull(posts.campaignId)))
    .groupBy(posts.campaignId)
    .as('post_counts');

/** The brand's campaigns, latest start first: the active ones, or only the archived ones. */
export async function listCampaigns(db: Db, brandId: string, opts: { archived: boolean }): Promise<Campaign[]> {
  const counts = postCounts(db, brandId);
  const rows = await db
    .select({ campaign: campaigns, n: counts.n })
    .from(campaigns)
    .leftJoin(counts, eq(counts.campaignId, campaigns.id))
    .where(and(eq(campaigns.brandId, brandId), opts.archived ? isNotNull(campaigns.archivedAt) : isNull(campaigns.archivedAt)))
    .orderBy(desc(campaigns.startsOn), desc(campaigns.createdAt));
  return rows.map((r) => toCampaign(r.campaign, Number(r.n ?? 0)));
}

export async function getCampaign(db: Db | Tx, brandId: string, campaignId: string): Promise<Campaign> {
  const [row] = await db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.brandId, brandId)));
  if (!row) throw notFound('This campaign');
  const [tagged] = await db.select({ n: count() }).from(posts).where(eq(posts.campaignId, campaignId));
  return toCampaign(row, tagged?.n ?? 0);
}

export async function createCampaign(db: Db, actor: Actor, brand: { id: string; workspaceId: string }, input: CampaignInput): Promise<Campaign> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(campaigns)
      .values({ workspaceId: brand.workspaceId, brandId: brand.id, ...input })
      .returning();
    await recordAudit(tx, actor, {
      workspaceId: brand.workspaceId,
      brandId: brand.id,
      action: 'campaign.create',
      targetType: 'campaign',
      targetId: row!.id,
      after: { ...input },
    });
    return toCampaign(row!, 0);
  });
}

/** Changes some fields; the dates are checked together as they will be saved, not as sent. */
export async function updateCampaign(db: Db, actor: Actor, brandId: string, campaignId: string, patch: Partial<CampaignInput>): Promise<Campaign> {
  return db.transaction(async (tx) => {
    const current = await lockCampaign(tx, brandId, campaignId);
    if (current.archivedAt) throw conflict('campaign_archived', CAMPAIGN_MESSAGES.archived);
    const startsOn = patch.startsOn ?? current.startsOn;
    const endsOn = patch.endsOn ?? current.endsOn;
    if (endsOn < startsOn) {
      // Name the field that was sent: moving the start past the end is the start's fault.
      const field = patch.endsOn !== undefined ? 'endsOn' : 'startsOn';
      throw invalidInput([{ path: `body.${field}`, message: CAMPAIGN_MESSAGES.endBeforeStart }]);
    }
    const change = diff(inputOf(current), patch.offlineEvents ? { ...patch, offlineEvents: eventsOf(patch.offlineEvents) } : patch);
    if (!change.changed) return getCampaign(tx, brandId, campaignId);
    await tx
      .update(campaigns)
      .set({ ...(change.after as Partial<CampaignInput>), updatedAt: new Date() })
      .where(eq(campaigns.id, campaignId));
    await recordAudit(tx, actor, {
      workspaceId: current.workspaceId,
      brandId,
      action: 'campaign.update',
      targetType: 'campaign',
      targetId: campaignId,
      before: change.before,
      after: change.after,
    });
    return getCampaign(tx, brandId, campaignId);
  });
}

/** Archives (archived: true) or restores a campaign; doing it twice changes nothing the second time. */
export async function setCampaignArchived(db: Db, actor: Actor, brandId: string, campaignId: string, archived: boolean): Promise<Campaign> {
  return db.transaction(async (tx) => {
    const current = await lockCampaign(tx, brandId, campaignId);
    if (Boolean(current.archivedAt) === archived) return getCampaign(tx, brandId, campaignId);
    const now = new Date();
    const archivedAt = archived ? now : null;
    await tx.update(campaigns).set({ archivedAt, updatedAt: now }).where(eq(campaigns.id, campaignId));
    await recordAudit(tx, actor, {
      workspaceId: current.workspaceId,
      brandId,
      action: archived ? 'campaign.archive' : 'campaign.restore',
      targetType: 'campaign',
      targetId: campaignId,
      before: { archivedAt: current.archivedAt?.toISOString() ?? null },
      after: { archivedAt: archivedAt?.toISOString() ?? null },
    });
    return getCampaign(tx, brandId, campaignId);
  });
}

async function lockCampaign(tx: Tx, brandId: string, campaignId: string): Promise<CampaignRow> {
  const [row] = await tx
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.brandId, brandId)))
    .for('update');
  if (!row) throw notFound('This campaign');
  return row;
}
