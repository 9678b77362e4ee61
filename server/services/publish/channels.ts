// A brand's channels: connecting one (the connector checks the account against the network), its
// secrets sealed at rest and bound to the row, and the count of authentication failures that asks
// for a reconnection and tells the brand's managers (as Chatwoot does).
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNotNull, isNull, max, sql } from 'drizzle-orm';
import { roleAllows } from '../../../core/permissions.ts';
import type { Channel, ConnectChannelBody } from '../../../core/publish/contracts.ts';
import { AUTH_FAILURES_BEFORE_RECONNECT, type ChannelNetwork } from '../../../core/publish/types.ts';
import type { AnyConnector } from '../../connectors/registry.ts';
import { ConnectorError, type ChannelAccess } from '../../connectors/types.ts';
import type { Db, Tx } from '../../db/connect.ts';
import { channels, postVariants } from '../../db/schema.ts';
import type { AppContext } from '../../http/context.ts';
import { AppError, conflict, invalidInput, notFound } from '../../http/errors.ts';
import type { BrandRow } from '../../http/guard.ts';
import { recordAudit, type Actor } from '../audit/audit.ts';
import { notify, type Outbox } from './notices.ts';
import { brandMembers } from './team.ts';

export type ChannelRow = typeof channels.$inferSelect;

const credentialsContext = (channelId: string) => `channel:${channelId}:credentials`;

function secretsOf(ctx: AppContext) {
  if (!ctx.secrets) {
    throw new AppError(503, 'no_secret_key', 'Channels cannot be connected until the server has a secret key: set BRANDROOM_SECRET_KEY (see the README).');
  }
  return ctx.secrets;
}

export function sealCredentials(ctx: AppContext, channelId: string, credentials: unknown): string {
  return secretsOf(ctx).seal(JSON.stringify(credentials), credentialsContext(channelId));
}

export function connectorOf(ctx: AppContext, channel: Pick<ChannelRow, 'network'>): AnyConnector {
  return ctx.connectors[channel.network];
}

/** The settings and opened secrets a connector works with; refreshed secrets are sealed again. */
export function accessTo(ctx: AppContext, channel: ChannelRow): ChannelAccess<unknown, unknown> {
  const connector = connectorOf(ctx, channel);
  const credentials = connector.credentialsSchema.parse(JSON.parse(secretsOf(ctx).open(channel.credentials, credentialsContext(channel.id))));
  return {
    channelId: channel.id,
    settings: connector.settingsSchema.parse(channel.settings),
    credentials,
    async saveCredentials(next) {
      await ctx.db.update(channels).set({ credentials: sealCredentials(ctx, channel.id, next), updatedAt: new Date() }).where(eq(channels.id, channel.id));
    },
  };
}

function endpointOf(channel: ChannelRow): string {
  const s = channel.settings as Record<string, unknown>;
  return String(s.pdsUrl ?? s.instanceUrl ?? s.url ?? '');
}

export function toChannel(ctx: AppContext, row: ChannelRow, lastPublishedAt: Date | null): Channel {
  const connector = connectorOf(ctx, row);
  const caps = connector.capabilities(connector.settingsSchema.parse(row.settings));
  return {
    id: row.id,
    brandId: row.brandId,
    network: row.network,
    account: row.account,
    displayName: row.displayName,
    endpoint: endpointOf(row),
    status: row.status,
    authFailures: row.authFailures,
    lastError: row.lastError,
    lastErrorAt: row.lastErrorAt?.toISOString() ?? null,
    demo: row.demo,
    capabilities: {
      textLimit: caps.textLimit,
      maxImages: caps.maxImages,
      imageMaxBytes: caps.imageMaxBytes,
      imageTypes: [...caps.imageTypes],
      altTextMax: caps.altTextMax,
      reply: caps.reply,
      statusCheck: caps.statusCheck,
    },
    lastPublishedAt: lastPublishedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function lastPublished(db: Db | Tx, channelIds: string[]) {
  if (channelIds.length === 0) return new Map<string, Date>();
  const rows = await db
    .select({ channelId: postVariants.channelId, at: max(postVariants.publishedAt) })
    .from(postVariants)
    .where(and(inArray(postVariants.channelId, channelIds), isNotNull(postVariants.publishedAt)))
    .groupBy(postVariants.channelId);
  return new Map(rows.flatMap((r) => (r.at ? [[r.channelId, new Date(r.at)] as const] : [])));
}

export async function listChannels(ctx: AppContext, brandId: string): Promise<Channel[]> {
  const rows = await ctx.db.select().from(channels).where(and(eq(channels.brandId, brandId), isNull(channels.archivedAt))).orderBy(asc(channels.createdAt));
  const last = await lastPublished(ctx.db, rows.map((r) => r.id));
  return rows.map((r) => toChannel(ctx, r, last.get(r.id) ?? null));
}

export async function findChannel(db: Db | Tx, brandId: string, channelId: string): Promise<ChannelRow> {
  const [row] = await db.select().from(channels).where(and(eq(channels.id, channelId), eq(channels.brandId, brandId), isNull(channels.archivedAt)));
  if (!row) throw notFound('This channel');
  return row;
}

export const CONNECT_FAILED = 'The network did not accept the connection. Check the address and the credentials; the details say what the network answered.';

/** A connector's refusal, answered as a 400 a person can act on (wrong password, unreachable instance). */
function connectFailure(err: unknown): never {
  if (err instanceof ConnectorError) {
    const field = err.kind === 'auth' ? 'credentials' : 'address';
    throw new AppError(400, 'connect_failed', CONNECT_FAILED, { code: err.code, field, detail: err.detail });
  }
  throw err;
}

/** What connect input a network takes: the request's fields without the network name. */
function connectInput(body: ConnectChannelBody) {
  const { network: _, ...rest } = body;
  return rest;
}

export async function connectChannel(ctx: AppContext, actor: Actor & { userId: string }, brand: BrandRow, body: ConnectChannelBody, replace?: ChannelRow) {
  if (replace && replace.network !== body.network) throw invalidInput([{ path: 'body.network', message: 'a channel is reconnected to the same network' }]);
  secretsOf(ctx);
  const connector = ctx.connectors[body.network];
  const input = connector.connectSchema.parse(connectInput(body));
  const connected = await connector.connect(input).catch(connectFailure);
  // The same account connected again (a second OAuth sign-in, a new token) renews the channel the
  // brand already has rather than making a twin that would publish everything twice. Webhooks are
  // exempt: two URLs on one host are two channels.
  replace ??= body.network === 'webhook' ? undefined : await liveChannelOf(ctx.db, brand.id, body.network, connected.account);
  const id = replace?.id ?? randomUUID();
  const values = {
    account: connected.account,
    displayName: 'name' in body && body.name ? body.name : connected.displayName,
    settings: connected.settings as Record<string, unknown>,
    credentials: sealCredentials(ctx, id, connected.credentials),
    status: 'active' as const,
    authFailures: 0,
    lastError: null,
    lastErrorAt: null,
    demo: false,
    updatedAt: new Date(),
  };
  const row = await ctx.db.transaction(async (tx) => {
    const [row] = replace
      ? await tx.update(channels).set(values).where(eq(channels.id, id)).returning()
      : await tx.insert(channels).values({ id, workspaceId: brand.workspaceId, brandId: brand.id, network: body.network, createdBy: actor.userId, ...values }).returning();
    await recordAudit(tx, actor, {
      workspaceId: brand.workspaceId,
      brandId: brand.id,
      action: replace ? 'channel.reconnect' : 'channel.connect',
      targetType: 'channel',
      targetId: id,
      after: { network: body.network, account: connected.account, endpoint: endpointOf(row ?? ({ settings: values.settings } as ChannelRow)) },
    });
    return row!;
  });
  const secret = body.network === 'webhook' ? String((connected.credentials as { secret?: string }).secret ?? '') : null;
  return { channel: toChannel(ctx, row, null), webhookSecret: secret };
}

async function liveChannelOf(db: Db, brandId: string, network: ChannelNetwork, account: string): Promise<ChannelRow | undefined> {
  const [row] = await db
    .select()
    .from(channels)
    .where(and(eq(channels.brandId, brandId), eq(channels.network, network), eq(channels.account, account), eq(channels.demo, false), isNull(channels.archivedAt)));
  return row;
}

export async function archiveChannel(ctx: AppContext, actor: Actor, brand: BrandRow, channel: ChannelRow) {
  await ctx.db.transaction(async (tx) => {
    const [busy] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(postVariants)
      .where(and(eq(postVariants.channelId, channel.id), inArray(postVariants.state, ['queued', 'retry', 'publishing'])));
    if ((busy?.n ?? 0) > 0) {
      throw conflict('channel_in_use', `${busy!.n} scheduled post(s) still go to this channel. Move them to another channel or take them back first.`, { scheduled: busy!.n });
    }
    await tx.update(channels).set({ archivedAt: new Date(), updatedAt: new Date() }).where(eq(channels.id, channel.id));
    await recordAudit(tx, actor, { workspaceId: brand.workspaceId, brandId: brand.id, action: 'channel.remove', targetType: 'channel', targetId: channel.id, before: { network: channel.network, account: channel.account } });
  });
}

/** A publication went through: the channel's login works, so the failure count starts again. */
export async function recordChannelSuccess(db: Db | Tx, channel: ChannelRow) {
  if (channel.authFailures === 0 && channel.status === 'active' && channel.lastError === null) return;
  await db.update(channels).set({ authFailures: 0, lastError: null, lastErrorAt: null, updatedAt: new Date() }).where(eq(channels.id, channel.id));
}

/**
 * Counts an authentication failure. At the threshold the channel asks to be reconnected and the
 * brand's managers are told once (in-app and by e-mail); returns whether this failure flagged it.
 */
export async function recordAuthFailure(ctx: AppContext, tx: Tx, channel: ChannelRow, brand: BrandRow, detail: string, outbox: Outbox): Promise<boolean> {
  const [row] = await tx
    .update(channels)
    .set({ authFailures: sql`${channels.authFailures} + 1`, lastError: detail, lastErrorAt: new Date(), updatedAt: new Date() })
    .where(eq(channels.id, channel.id))
    .returning();
  if (!row || row.status === 'needs_reconnect' || row.authFailures < AUTH_FAILURES_BEFORE_RECONNECT) return false;
  await tx.update(channels).set({ status: 'needs_reconnect' }).where(eq(channels.id, channel.id));
  const managers = (await brandMembers(tx, brand.workspaceId, brand.id)).filter((m) => roleAllows(m.role, 'channel.manage'));
  await notify(
    ctx,
    tx,
    managers,
    { workspaceId: brand.workspaceId, brandId: brand.id, kind: 'channel_needs_reconnect', params: { channel: `${row.account} (${row.network})`, brand: brand.name }, link: `/w/${brand.workspaceId}/settings/channels?brand=${brand.id}` },
    outbox,
  );
  return true;
}
