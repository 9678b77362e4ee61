// The Bluesky connector: a handle and an app password on a PDS (bsky.social or the person's own).
// Exactly once: each publication is written under a record key derived from its idempotency key, so a
// retry after an unknown outcome names the same record and the PDS holds at most one; the record also
// carries the key (brandroomKey) so that a record found under that name is known to be ours.
import { AtUri, type AppBskyEmbedExternal, type AppBskyEmbedImages, type AppBskyFeedPost, type ComAtprotoRepoStrongRef } from '@atproto/api';
import { z } from 'zod';
import {
  ConnectorError,
  type CallOptions,
  type ChannelAccess,
  type Connected,
  type Connector,
  type ConnectorCapabilities,
  type OutgoingPost,
  type Published,
  type RemotePost,
  type StatusCheck,
} from '../types.ts';
import { isRecordNotFound } from './errors.ts';
import {
  assertPublishable,
  BLUESKY_ALT_TEXT_MAX,
  BLUESKY_IMAGE_MAX_BYTES,
  BLUESKY_IMAGE_TYPES,
  BLUESKY_MAX_IMAGES,
  BLUESKY_TEXT_LIMIT,
  buildFacets,
  postText,
} from './record.ts';
import { BlueskySession, type SessionCredentials } from './session.ts';
import { RECORD_KEY_SLOTS, recordKeyFor } from './tid.ts';

export const DEFAULT_PDS_URL = 'https://bsky.social';
const POST_COLLECTION = 'app.bsky.feed.post';
const PROFILE_COLLECTION = 'app.bsky.actor.profile';

// A PDS answers at its origin; a trailing slash or path would only break the XRPC addresses.
const pdsUrl = z.url({ protocol: /^https?$/, message: 'must be a full http:// or https:// address' }).transform((url) => new URL(url).origin);

export const blueskySettingsSchema = z.object({ pdsUrl: pdsUrl.default(DEFAULT_PDS_URL) });
export type BlueskySettings = z.infer<typeof blueskySettingsSchema>;

export const blueskyCredentialsSchema = z.object({
  /** The account's DID once connected: it survives a change of handle. */
  identifier: z.string().min(1),
  appPassword: z.string().min(1),
  session: z.object({ did: z.string(), handle: z.string(), accessJwt: z.string(), refreshJwt: z.string() }).optional(),
});
export type BlueskyCredentials = z.infer<typeof blueskyCredentialsSchema>;

export const blueskyConnectSchema = z.object({
  handle: z
    .string()
    .trim()
    .transform((handle) => handle.replace(/^@/, ''))
    .pipe(z.string().min(1, 'a handle is required, like name.bsky.social').max(253)),
  appPassword: z.string().trim().min(1, 'an app password is required (Bluesky: Settings → Privacy and security → App passwords)').max(200),
  pdsUrl: pdsUrl.optional(),
});
export type BlueskyConnectInput = z.infer<typeof blueskyConnectSchema>;

export interface BlueskyConnectorOptions {
  /** The fetch every request goes through (the server passes its guarded one). */
  fetch?: typeof fetch;
  /** Longest wait for one request; 30 s unless given. */
  timeoutMs?: number;
}

/** The stored record, as far as we read it back. */
interface PostRecord {
  createdAt?: unknown;
  brandroomKey?: unknown;
  reply?: { root?: ComAtprotoRepoStrongRef.Main };
}

export type BlueskyConnector = Connector<BlueskySettings, BlueskyCredentials, BlueskyConnectInput>;

export function createBlueskyConnector(options: BlueskyConnectorOptions = {}): BlueskyConnector {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 30_000;

  const open = (access: ChannelAccess<BlueskySettings, BlueskyCredentials>, call?: CallOptions) => {
    const settings = blueskySettingsSchema.parse(access.settings);
    const credentials = blueskyCredentialsSchema.parse(access.credentials);
    return new BlueskySession({
      pdsUrl: settings.pdsUrl,
      credentials,
      save: (next) => access.saveCredentials(next),
      fetch: fetchImpl,
      timeoutMs,
      signal: call?.signal,
    });
  };

  /** The public app's address of a post; it works for any PDS, as the app reads the whole network. */
  const postUrl = (session: BlueskySession, rkey: string) => {
    const handle = session.handle === 'handle.invalid' ? session.did : session.handle;
    return `https://bsky.app/profile/${handle}/post/${rkey}`;
  };

  /** The record under this key, or null when there is none. */
  const readPost = async (session: BlueskySession, rkey: string) => {
    try {
      const res = await session.call(() => session.agent.com.atproto.repo.getRecord({ repo: session.did, collection: POST_COLLECTION, rkey }), { write: false });
      return { uri: res.data.uri, cid: res.data.cid ?? null, value: res.data.value as PostRecord };
    } catch (err) {
      if (err instanceof ConnectorError && isRecordNotFound(err.cause)) return null;
      throw err;
    }
  };

  const published = (session: BlueskySession, rkey: string, found: { uri: string; cid: string | null; value: PostRecord }): Published => {
    const createdAt = typeof found.value.createdAt === 'string' ? new Date(found.value.createdAt) : null;
    return {
      remoteId: found.uri,
      cid: found.cid,
      url: postUrl(session, rkey),
      publishedAt: createdAt && !Number.isNaN(createdAt.getTime()) ? createdAt : new Date(),
    };
  };

  /** A reply names its parent and its thread's root: the parent's own root when it is itself a reply. */
  const replyRefs = async (session: BlueskySession, parent: RemotePost): Promise<AppBskyFeedPost.ReplyRef> => {
    let uri: AtUri;
    try {
      uri = new AtUri(parent.remoteId);
    } catch {
      throw new ConnectorError('rejected', 'not_found', { detail: parent.remoteId });
    }
    let res;
    try {
      res = await session.call(() => session.agent.com.atproto.repo.getRecord({ repo: uri.host, collection: uri.collection, rkey: uri.rkey }), { write: false });
    } catch (err) {
      if (err instanceof ConnectorError && isRecordNotFound(err.cause)) throw new ConnectorError('rejected', 'not_found', { detail: parent.remoteId, cause: err });
      throw err;
    }
    const cid = res.data.cid ?? parent.cid;
    if (!cid) throw new ConnectorError('transient', 'bad_response', { detail: parent.remoteId });
    const parentRef = { uri: res.data.uri, cid };
    const root = (res.data.value as PostRecord).reply?.root;
    return { root: root?.uri && root.cid ? { uri: root.uri, cid: root.cid } : parentRef, parent: parentRef };
  };

  const resolveHandle = (session: BlueskySession) => async (handle: string) => {
    try {
      const res = await session.call(() => session.agent.com.atproto.identity.resolveHandle({ handle }), { write: false });
      return res.data.did;
    } catch (err) {
      // An unknown handle stays plain text; an unreachable PDS is the call's failure.
      if (err instanceof ConnectorError && err.kind === 'rejected') return null;
      throw err;
    }
  };

  const embedFor = async (session: BlueskySession, post: OutgoingPost): Promise<AppBskyFeedPost.Record['embed']> => {
    if (post.images.length) {
      const images: AppBskyEmbedImages.Image[] = [];
      for (const image of post.images) {
        const res = await session.call(() => session.agent.com.atproto.repo.uploadBlob(image.bytes, { encoding: image.mimeType.toLowerCase() }), { write: false });
        images.push({
          image: res.data.blob,
          alt: image.alt,
          ...(image.width && image.height ? { aspectRatio: { width: image.width, height: image.height } } : {}),
        });
      }
      return { $type: 'app.bsky.embed.images', images } satisfies AppBskyEmbedImages.Main;
    }
    if (post.link) {
      // A card with the link alone: fetching the page for a title would reach any address the author typed.
      return { $type: 'app.bsky.embed.external', external: { uri: post.link, title: post.link, description: '' } } satisfies AppBskyEmbedExternal.Main;
    }
    return undefined;
  };

  const publish = async (access: ChannelAccess<BlueskySettings, BlueskyCredentials>, post: OutgoingPost, call?: CallOptions): Promise<Published> => {
    assertPublishable(post);
    const session = open(access, call);
    const text = postText(post);
    const reply = post.replyTo ? await replyRefs(session, post.replyTo) : undefined;
    const facets = await buildFacets(text, post.link, resolveHandle(session));
    const embed = await embedFor(session, post);
    // The later of the schedule and now: a post that went out late shows when it really appeared.
    const createdAt = new Date(Math.max(post.scheduledAt.getTime(), Date.now())).toISOString();
    const record = {
      $type: POST_COLLECTION,
      text,
      ...(facets.length ? { facets } : {}),
      ...(embed ? { embed } : {}),
      ...(reply ? { reply } : {}),
      createdAt,
      brandroomKey: post.idempotencyKey,
    } satisfies AppBskyFeedPost.Record & { brandroomKey: string };

    for (let slot = 0; slot < RECORD_KEY_SLOTS; slot++) {
      const rkey = recordKeyFor(post.idempotencyKey, post.scheduledAt, slot);
      try {
        const res = await session.call(
          () => session.agent.com.atproto.repo.createRecord({ repo: session.did, collection: POST_COLLECTION, rkey, record, validate: true }),
          { write: true },
        );
        return published(session, rkey, { uri: res.data.uri, cid: res.data.cid, value: record });
      } catch (err) {
        // The PDS refused the write: an earlier attempt may have made this record already (it refuses
        // the key a second time), or a proxy failed after the PDS took it. What is under the key tells.
        const refused = err instanceof ConnectorError && err.status !== null && (err.kind === 'rejected' || err.kind === 'transient');
        if (!refused) throw err;
        const found = await readPost(session, rkey);
        if (!found) throw err;
        if (found.value.brandroomKey === post.idempotencyKey) return published(session, rkey, found);
        // Another post holds this key: the next slot is this publication's.
      }
    }
    throw new ConnectorError('rejected', 'rejected');
  };

  const connector: BlueskyConnector = {
    network: 'bluesky',
    settingsSchema: blueskySettingsSchema,
    credentialsSchema: blueskyCredentialsSchema,
    connectSchema: blueskyConnectSchema,

    capabilities(): ConnectorCapabilities {
      return {
        network: 'bluesky',
        textLimit: BLUESKY_TEXT_LIMIT,
        maxImages: BLUESKY_MAX_IMAGES,
        imageMaxBytes: BLUESKY_IMAGE_MAX_BYTES,
        imageTypes: BLUESKY_IMAGE_TYPES,
        altTextMax: BLUESKY_ALT_TEXT_MAX,
        reply: true,
        delete: true,
        statusCheck: 'exact',
      };
    },

    async connect(input, call): Promise<Connected<BlueskySettings, BlueskyCredentials>> {
      const parsed = blueskyConnectSchema.parse(input);
      const settings = blueskySettingsSchema.parse({ pdsUrl: parsed.pdsUrl });
      let credentials: SessionCredentials = { identifier: parsed.handle, appPassword: parsed.appPassword };
      const session = new BlueskySession({
        pdsUrl: settings.pdsUrl,
        credentials,
        save: async (next) => {
          credentials = next;
        },
        fetch: fetchImpl,
        timeoutMs,
        signal: call?.signal,
      });
      await session.login();
      // The profile record, read from the PDS itself: the app view that serves getProfile may be
      // another service (or, on a private PDS, none).
      let displayName = '';
      try {
        const profile = await session.call(
          () => session.agent.com.atproto.repo.getRecord({ repo: session.did, collection: PROFILE_COLLECTION, rkey: 'self' }),
          { write: false },
        );
        const name = (profile.data.value as { displayName?: unknown }).displayName;
        if (typeof name === 'string') displayName = name.trim();
      } catch (err) {
        if (!(err instanceof ConnectorError && isRecordNotFound(err.cause))) throw err;
      }
      return {
        account: `@${session.handle}`,
        displayName: displayName || session.handle,
        settings,
        credentials: { ...credentials, identifier: session.did },
      };
    },

    publish,

    reply(access, parent, post, call) {
      return publish(access, { ...post, replyTo: parent }, call);
    },

    async checkStatus(access, query, call): Promise<StatusCheck> {
      const session = open(access, call);
      // Every slot is read: a later one holds the post if an unrelated post held an earlier one.
      for (let slot = 0; slot < RECORD_KEY_SLOTS; slot++) {
        const rkey = recordKeyFor(query.idempotencyKey, query.scheduledAt, slot);
        const found = await readPost(session, rkey);
        if (found?.value.brandroomKey === query.idempotencyKey) return { state: 'published', post: published(session, rkey, found) };
      }
      return { state: 'absent' };
    },

    async delete(access, post, call): Promise<void> {
      const session = open(access, call);
      let uri: AtUri;
      try {
        uri = new AtUri(post.remoteId);
      } catch {
        throw new ConnectorError('rejected', 'not_found', { detail: post.remoteId });
      }
      // Deleting a record that is already gone succeeds: the post is not there either way.
      await session.call(
        async () => {
          if (uri.host !== session.did) throw new ConnectorError('rejected', 'not_found', { detail: post.remoteId });
          return session.agent.com.atproto.repo.deleteRecord({ repo: session.did, collection: uri.collection, rkey: uri.rkey });
        },
        { write: true },
      );
    },

    async refreshAuth(access, call): Promise<BlueskyCredentials> {
      const session = open(access, call);
      await session.renew();
      return session.current;
    },
  };
  return connector;
}
