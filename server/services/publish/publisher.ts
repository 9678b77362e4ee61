// Publishing one variant, exactly once: claim → publish → confirm.
//
// The claim is one UPDATE that moves the variant to `publishing` with a lease, only if it is due,
// its post is scheduled and its brand is not paused; of two workers racing, one gets the row. The
// network call happens outside any transaction. The confirmation stores what the network answered.
// If a worker dies between sending and confirming, the lease runs out; the next claim then knows the
// outcome is unknown and asks the connector's read-only status check before anything is sent again
// (and every attempt carries the same idempotency key, so a network that keeps one refuses a twin).
import { and, eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
import { roleAllows } from '../../../core/permissions.ts';
import { publishMessage } from '../../../core/publish/messages.ts';
import type { PublishErrorCode } from '../../../core/publish/types.ts';
import { ConnectorError, type OutgoingPost, type Published } from '../../connectors/types.ts';
import { brands, channels, posts, postVariants, publishAttempts } from '../../db/schema.ts';
import type { AppContext } from '../../http/context.ts';
import { accessTo, connectorOf, recordAuthFailure, recordChannelSuccess, type ChannelRow } from './channels.ts';
import { PUBLISH_JOB } from './dispatch.ts';
import { loadMediaBytes } from './media.ts';
import { notify, sendOutbox, type Outbox } from './notices.ts';
import { effectiveContent, type PostRow, type VariantRow } from './posts.ts';
import { brandMembers } from './team.ts';
import { postLink } from './workflow.ts';

/** A claimed variant is its worker's for this long; the network call's own timeout is well inside it. */
export const LEASE_SECONDS = 120;
/** Tries for errors that may pass (the network down, a 5xx) before the post is marked failed. */
export const MAX_ATTEMPTS = 6;
const BACKOFF_BASE_MS = 15_000;
/** A network asking us to wait longer than this is treated as refusing for now: the post fails loudly. */
const LONGEST_RATE_LIMIT_WAIT_MS = 6 * 3600_000;

export type PublishOutcome = 'published' | 'found' | 'retry' | 'rate_limited' | 'failed' | 'unknown' | 'skipped';

export interface WorkerIdentity {
  /** Written on each attempt, to tell workers apart in the history. */
  name: string;
}

/** The claim: due, scheduled, not paused, and not held by a live lease. */
async function claim(ctx: AppContext, variantId: string): Promise<VariantRow | null> {
  const [row] = await ctx.db
    .update(postVariants)
    .set({
      state: 'publishing',
      leaseUntil: sql`now() + make_interval(secs => ${LEASE_SECONDS})`,
      attempts: sql`${postVariants.attempts} + 1`,
      // A claim taken from an expired lease: the worker before may have sent the post.
      outcomeUnknown: sql`${postVariants.outcomeUnknown} or ${postVariants.state} = 'publishing'`,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(postVariants.id, variantId),
        or(
          and(inArray(postVariants.state, ['queued', 'retry']), lte(postVariants.dueAt, sql`now()`)),
          and(eq(postVariants.state, 'publishing'), lt(postVariants.leaseUntil, sql`now()`)),
        ),
        sql`exists (select 1 from ${posts} p join ${brands} b on b.id = p.brand_id where p.id = ${postVariants.postId} and p.status in ('scheduled', 'publishing') and b.paused_at is null)`,
      ),
    )
    .returning();
  return row ?? null;
}

async function firstAttemptStart(ctx: AppContext, variantId: string, fallback: Date): Promise<Date> {
  const [row] = await ctx.db
    .select({ at: sql<string | null>`min(${publishAttempts.startedAt})` })
    .from(publishAttempts)
    .where(eq(publishAttempts.variantId, variantId));
  return row?.at ? new Date(row.at) : fallback;
}

async function outgoing(ctx: AppContext, post: PostRow, variant: VariantRow): Promise<OutgoingPost> {
  const content = effectiveContent(post, variant);
  const files = await loadMediaBytes(ctx, content.media.map((m) => m.mediaId));
  return {
    idempotencyKey: variant.idempotencyKey,
    text: content.text,
    link: content.link,
    images: content.media.map((m) => {
      const file = files.get(m.mediaId);
      if (!file) throw new ConnectorError('rejected', 'not_found', { detail: 'an image of the post is missing from the media store' });
      return { bytes: file.bytes, mimeType: file.mimeType, alt: m.alt, width: file.width, height: file.height };
    }),
    scheduledAt: post.scheduledAt ?? variant.dueAt ?? new Date(),
    postId: post.id,
    variantId: variant.id,
  };
}

/** Why a channel cannot take posts at all, before the network is asked. */
function channelRefusal(channel: ChannelRow): ConnectorError | null {
  if (channel.demo) return new ConnectorError('rejected', 'demo_channel');
  if (channel.archivedAt) return new ConnectorError('rejected', 'channel_removed');
  if (channel.status === 'needs_reconnect') return new ConnectorError('rejected', 'channel_needs_reconnect', { detail: channel.lastError });
  return null;
}

/** Runs one attempt at a variant. Safe to call any number of times, from any number of workers. */
export async function publishVariant(ctx: AppContext, variantId: string, worker: WorkerIdentity): Promise<PublishOutcome> {
  const claimed = await claim(ctx, variantId);
  if (!claimed) return 'skipped';
  const startedAt = new Date();
  const [loaded] = await ctx.db
    .select({ post: posts, channel: channels, brand: brands })
    .from(posts)
    .innerJoin(channels, eq(channels.id, claimed.channelId))
    .innerJoin(brands, eq(brands.id, posts.brandId))
    .where(eq(posts.id, claimed.postId));
  const { post, channel, brand } = loaded!;
  await ctx.db.update(posts).set({ status: 'publishing', updatedAt: new Date() }).where(and(eq(posts.id, post.id), eq(posts.status, 'scheduled')));

  let result: { published: Published; outcome: 'published' | 'found' } | null = null;
  let failure: ConnectorError | null = channelRefusal(channel);
  if (!failure) {
    try {
      const connector = connectorOf(ctx, channel);
      const access = accessTo(ctx, channel);
      const message = await outgoing(ctx, post, claimed);
      if (claimed.outcomeUnknown) {
        const status = await connector.checkStatus(access, {
          idempotencyKey: claimed.idempotencyKey,
          text: message.text,
          scheduledAt: message.scheduledAt,
          notBefore: await firstAttemptStart(ctx, claimed.id, startedAt),
        });
        if (status.state === 'published') result = { published: status.post, outcome: 'found' };
      }
      if (!result) result = { published: await connector.publish(access, message), outcome: 'published' };
    } catch (err) {
      // Anything that is not the connector's own verdict (a bug, a crash mid-call) may have happened
      // after sending: treat it as unknown, so the next try looks before it sends.
      failure = err instanceof ConnectorError ? err : new ConnectorError('unknown_outcome', 'bad_response', { detail: err instanceof Error ? err.message : String(err), cause: err });
    }
  }
  if (result) return confirm(ctx, claimed, post, channel, result, worker, startedAt);
  return settleFailure(ctx, claimed, post, channel, brand, failure!, worker, startedAt);
}

/**
 * Still this worker's claim: publishing, and not claimed again since. A worker that stalled past its
 * lease (a long pause, a starved machine) must not overwrite what the next claimer stored.
 */
const stillMine = (variant: VariantRow) => and(eq(postVariants.id, variant.id), eq(postVariants.state, 'publishing'), eq(postVariants.attempts, variant.attempts));

async function confirm(ctx: AppContext, variant: VariantRow, post: PostRow, channel: ChannelRow, result: { published: Published; outcome: 'published' | 'found' }, worker: WorkerIdentity, startedAt: Date): Promise<PublishOutcome> {
  return ctx.db.transaction(async (tx) => {
    // The attempt is history either way; a lost claim leaves the variant to its new owner.
    await tx.insert(publishAttempts).values({ variantId: variant.id, attempt: variant.attempts, outcome: result.outcome, worker: worker.name, startedAt });
    const [mine] = await tx
      .update(postVariants)
      .set({
        state: 'published',
        remoteId: result.published.remoteId,
        remoteUrl: result.published.url,
        publishedAt: result.published.publishedAt,
        leaseUntil: null,
        outcomeUnknown: false,
        errorCode: null,
        errorDetail: null,
        updatedAt: new Date(),
      })
      .where(stillMine(variant))
      .returning({ id: postVariants.id });
    if (!mine) return 'skipped';
    await recordChannelSuccess(tx, channel);
    await settlePost(tx, post.id);
    return result.outcome;
  });
}

/** The post's status from its variants: published when all are, failed when one failed and none waits. */
async function settlePost(tx: Parameters<Parameters<AppContext['db']['transaction']>[0]>[0], postId: string): Promise<PostRow['status'] | null> {
  const states = await tx.select({ state: postVariants.state, publishedAt: postVariants.publishedAt }).from(postVariants).where(eq(postVariants.postId, postId));
  const waiting = states.some((s) => ['queued', 'retry', 'publishing'].includes(s.state));
  if (waiting) return null;
  const failed = states.some((s) => s.state === 'failed');
  const publishedAt = states.reduce<Date | null>((latest, s) => (s.publishedAt && (!latest || s.publishedAt > latest) ? s.publishedAt : latest), null);
  const status = failed ? 'failed' : 'published';
  await tx
    .update(posts)
    .set({ status, publishedAt, updatedAt: new Date() })
    .where(and(eq(posts.id, postId), inArray(posts.status, ['scheduled', 'publishing'])));
  return status;
}

function backoffMs(attempt: number): number {
  // 15 s, 30 s, 1 min, 2 min, 4 min…, with jitter so a recovering network is not hit all at once.
  const base = BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1);
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

async function settleFailure(ctx: AppContext, variant: VariantRow, post: PostRow, channel: ChannelRow, brand: typeof brands.$inferSelect, error: ConnectorError, worker: WorkerIdentity, startedAt: Date): Promise<PublishOutcome> {
  const outbox: Outbox = [];
  let next: Date | null = null;
  const outcome = await ctx.db.transaction(async (tx) => {
    let outcome: PublishOutcome;
    let code: PublishErrorCode = error.code;
    const tooMany = variant.attempts >= MAX_ATTEMPTS;
    if (error.kind === 'rate_limited' && (error.retryAfterMs ?? 0) <= LONGEST_RATE_LIMIT_WAIT_MS) {
      outcome = 'rate_limited';
      next = new Date(Date.now() + Math.max(1000, error.retryAfterMs ?? backoffMs(variant.attempts)));
    } else if ((error.kind === 'transient' || error.kind === 'unknown_outcome') && !tooMany) {
      outcome = error.kind === 'unknown_outcome' ? 'unknown' : 'retry';
      next = new Date(Date.now() + backoffMs(variant.attempts));
    } else {
      outcome = 'failed';
      if (tooMany && (error.kind === 'transient' || error.kind === 'unknown_outcome')) code = 'gave_up';
    }
    const unknown = error.kind === 'unknown_outcome' || (variant.outcomeUnknown && outcome !== 'failed');
    await tx.insert(publishAttempts).values({ variantId: variant.id, attempt: variant.attempts, outcome, errorCode: code, errorDetail: error.detail?.slice(0, 1000) ?? null, worker: worker.name, startedAt });
    const [mine] = await tx
      .update(postVariants)
      .set({
        state: next ? 'retry' : 'failed',
        dueAt: next ?? variant.dueAt,
        leaseUntil: null,
        outcomeUnknown: unknown,
        errorCode: code,
        errorDetail: error.detail?.slice(0, 1000) ?? null,
        updatedAt: new Date(),
      })
      .where(stillMine(variant))
      .returning({ id: postVariants.id });
    if (!mine) {
      next = null;
      return 'skipped' as const;
    }
    if (error.kind === 'auth') await recordAuthFailure(ctx, tx, channel, brand, error.detail ?? error.code, outbox);
    if (outcome === 'failed') {
      const status = await settlePost(tx, post.id);
      await tx.update(posts).set({ problem: code }).where(eq(posts.id, post.id));
      // Failures are loud: the author and the brand's managers hear of it, with the reason in plain words.
      const team = await brandMembers(tx, brand.workspaceId, brand.id);
      const told = team.filter((m) => m.userId === post.authorId || roleAllows(m.role, 'post.publish'));
      await notify(
        ctx,
        tx,
        told,
        {
          workspaceId: brand.workspaceId,
          brandId: brand.id,
          kind: 'post_failed',
          params: { post: post.title || post.body.slice(0, 60), brand: brand.name, channel: `${channel.account} (${channel.network})`, reasonCode: code, reason: publishMessage(code, 'en'), reasonHe: publishMessage(code, 'he'), status },
          link: postLink(post),
        },
        outbox,
      );
    }
    return outcome;
  });
  await sendOutbox(ctx, brand.workspaceId, outbox);
  if (next) await ctx.jobs.send(PUBLISH_JOB, { variantId: variant.id }, { startAfter: next });
  return outcome;
}
