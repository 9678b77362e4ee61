// The Mastodon connector, written from Mastodon's API documentation (docs.joinmastodon.org).
//
// Exactly once: POST /api/v1/statuses carries the publication's idempotency key in the
// Idempotency-Key header, so sending again after an unknown outcome answers the status already
// made instead of making a second one. Mastodon keeps those keys for an hour only, so the status
// check does not rely on them: it reads the account's recent statuses and looks for one with the
// same text made since the first attempt (statusCheck 'content').
//
// Limits come from the instance (GET /api/v2/instance, read when the channel is connected): its
// character limit with every link counted as characters_reserved_per_url, and its image count,
// size and types. A post over them is refused before anything is sent.
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { countText, URL_RE } from '../../../core/networks.ts';
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
  type StatusQuery,
} from '../types.ts';
import { accountSchema, call, instanceOrigin, instanceSchema, mediaSchema, readJson, statusSchema, type MastodonHttp } from './api.ts';
import { comparableText, htmlToText } from './html.ts';

export { finishMastodonOAuth, MASTODON_SCOPES, revokeMastodonToken, startMastodonOAuth } from './oauth.ts';

export const mastodonSettingsSchema = z.object({
  instanceUrl: z.string(),
  accountId: z.string(),
  textLimit: z.number().int().positive(),
  charactersPerUrl: z.number().int().nonnegative(),
  imageMaxBytes: z.number().int().positive(),
  maxImages: z.number().int().nonnegative(),
  imageTypes: z.array(z.string()),
});
export type MastodonSettings = z.infer<typeof mastodonSettingsSchema>;

export const mastodonCredentialsSchema = z.object({
  accessToken: z.string().min(1),
  /** Kept when the channel was connected through OAuth, to revoke the token on removal. */
  clientId: z.string().optional(),
  clientSecret: z.string().optional(),
});
export type MastodonCredentials = z.infer<typeof mastodonCredentialsSchema>;

export const mastodonConnectSchema = z.object({
  instanceUrl: z.url({ protocol: /^https?$/, message: 'must be a full http:// or https:// address' }),
  accessToken: z.string().trim().min(1, 'an access token is required').max(500),
  clientId: z.string().max(200).optional(),
  clientSecret: z.string().max(200).optional(),
});
export type MastodonConnectInput = z.infer<typeof mastodonConnectSchema>;

/** What Mastodon allows when an instance does not say (its defaults; docs: entities/Instance). */
const DEFAULTS = {
  textLimit: 500,
  charactersPerUrl: 23,
  maxImages: 4,
  imageMaxBytes: 10_485_760,
  imageTypes: ['image/jpeg', 'image/png', 'image/gif', 'image/webp'],
};
/** A media attachment's description (alt text) may be this long. */
const ALT_TEXT_MAX = 1_500;
/** Statuses a little older than the first attempt still count: the server's clock may be behind ours. */
const CLOCK_SKEW_MS = 2 * 60 * 1000;
/** The status check reads at most this many pages of 40 statuses back to the first attempt. */
const STATUS_CHECK_PAGES = 5;
const MEDIA_PROCESSING_MS = 60_000;

/** Length as the instance counts it: every link as charactersPerUrl characters. */
export function mastodonLength(text: string, charactersPerUrl: number): number {
  const links = text.match(URL_RE)?.length ?? 0;
  return countText('mastodon', text) + links * (charactersPerUrl - 23);
}

/** The status's text: the post's text, and its link on a line of its own unless the text has it. */
export function statusText(post: Pick<OutgoingPost, 'text' | 'link'>): string {
  if (!post.link || post.text.includes(post.link)) return post.text;
  const text = post.text.trimEnd();
  return text ? `${text}\n${post.link}` : post.link;
}

// A remote mention shows as @user in the status's HTML, without its @domain.
const REMOTE_MENTION = /(^|[^\p{L}\p{N}_])@([\p{L}\p{N}_]+)@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const TRAILING_LINK = /\s*https?:\/\/\S+$/u;

function sameText(content: string, wanted: string): boolean {
  const got = comparableText(htmlToText(content).replace(REMOTE_MENTION, '$1@$2'));
  const want = comparableText(wanted.replace(REMOTE_MENTION, '$1@$2'));
  if (got === want) return true;
  // The query holds the post's text; the status may carry the link appended on its own line.
  const withoutLink = got.replace(TRAILING_LINK, '');
  return withoutLink !== got && comparableText(withoutLink) === want;
}

function checkFits(settings: MastodonSettings, post: OutgoingPost, text: string): void {
  const length = mastodonLength(text, settings.charactersPerUrl);
  if (length > settings.textLimit) throw new ConnectorError('rejected', 'text_too_long', { detail: `${length} characters; this server allows ${settings.textLimit}` });
  if (post.images.length > settings.maxImages) throw new ConnectorError('rejected', 'too_many_images', { detail: `${post.images.length} images; this server allows ${settings.maxImages}` });
  for (const image of post.images) {
    if (!settings.imageTypes.includes(image.mimeType)) throw new ConnectorError('rejected', 'media_type', { detail: image.mimeType });
    if (image.bytes.byteLength > settings.imageMaxBytes) throw new ConnectorError('rejected', 'media_too_large', { detail: `${image.bytes.byteLength} bytes; this server allows ${settings.imageMaxBytes}` });
    if (image.alt.length > ALT_TEXT_MAX) throw new ConnectorError('rejected', 'rejected', { detail: `Alt text is longer than ${ALT_TEXT_MAX} characters` });
  }
}

export interface MastodonConnectorOptions {
  fetch: typeof fetch;
  /** Each call's time limit (default 30 s). */
  timeoutMs?: number;
}

export function createMastodonConnector(options: MastodonConnectorOptions): Connector<MastodonSettings, MastodonCredentials, MastodonConnectInput> {
  const http: MastodonHttp = { fetch: options.fetch, timeoutMs: options.timeoutMs ?? 30_000 };

  async function verifyCredentials(instanceUrl: string, token: string, signal?: AbortSignal) {
    return readJson(await call(http, { instanceUrl, method: 'GET', path: '/api/v1/accounts/verify_credentials', token, signal }), accountSchema);
  }

  /** Waits for an upload answered 202 until GET /api/v1/media/:id answers 200 (206: still processing). */
  async function waitForMedia(settings: MastodonSettings, token: string, id: string, signal?: AbortSignal): Promise<void> {
    const deadline = Date.now() + MEDIA_PROCESSING_MS;
    for (let delay = 250; ; delay = Math.min(delay * 2, 2_000)) {
      try {
        await sleep(delay, undefined, { signal });
      } catch (error) {
        throw new ConnectorError('transient', 'timeout', { detail: 'Stopped while the server was processing an image', cause: error });
      }
      const response = await call(http, { instanceUrl: settings.instanceUrl, method: 'GET', path: `/api/v1/media/${encodeURIComponent(id)}`, token, signal });
      if (response.status === 200) return;
      await response.body?.cancel();
      if (Date.now() > deadline) throw new ConnectorError('transient', 'timeout', { detail: 'The server is still processing an image' });
    }
  }

  async function uploadImages(settings: MastodonSettings, token: string, post: OutgoingPost, signal?: AbortSignal): Promise<string[]> {
    const ids: string[] = [];
    for (const [index, image] of post.images.entries()) {
      const form = new FormData();
      const extension = image.mimeType.split('/')[1] ?? 'bin';
      form.set('file', new Blob([new Uint8Array(image.bytes)], { type: image.mimeType }), `image-${index + 1}.${extension}`);
      if (image.alt) form.set('description', image.alt);
      const response = await call(http, { instanceUrl: settings.instanceUrl, method: 'POST', path: '/api/v2/media', token, form, signal });
      const media = await readJson(response, mediaSchema);
      // 202: the full-size file is still being processed; a status cannot take it until it is done.
      if (response.status === 202) await waitForMedia(settings, token, media.id, signal);
      ids.push(media.id);
    }
    return ids;
  }

  async function send(access: ChannelAccess<MastodonSettings, MastodonCredentials>, post: OutgoingPost, parent: RemotePost | null, callOptions?: CallOptions): Promise<Published> {
    const settings = mastodonSettingsSchema.parse(access.settings);
    const token = access.credentials.accessToken;
    const text = statusText(post);
    checkFits(settings, post, text);
    const mediaIds = await uploadImages(settings, token, post, callOptions?.signal);
    const body: Record<string, unknown> = { status: text, visibility: 'public' };
    if (mediaIds.length > 0) body.media_ids = mediaIds;
    if (parent) body.in_reply_to_id = parent.remoteId;
    const response = await call(http, {
      instanceUrl: settings.instanceUrl,
      method: 'POST',
      path: '/api/v1/statuses',
      token,
      json: body,
      headers: { 'idempotency-key': post.idempotencyKey },
      signal: callOptions?.signal,
      publishes: true,
    });
    const status = await readJson(response, statusSchema, true);
    return { remoteId: status.id, cid: null, url: status.url ?? status.uri, publishedAt: new Date(status.created_at) };
  }

  return {
    network: 'mastodon',
    settingsSchema: mastodonSettingsSchema,
    credentialsSchema: mastodonCredentialsSchema,
    connectSchema: mastodonConnectSchema,

    capabilities(settings): ConnectorCapabilities {
      return {
        network: 'mastodon',
        textLimit: settings.textLimit,
        maxImages: settings.maxImages,
        imageMaxBytes: settings.imageMaxBytes,
        imageTypes: settings.imageTypes,
        altTextMax: ALT_TEXT_MAX,
        reply: true,
        delete: true,
        statusCheck: 'content',
      };
    },

    async connect(input, callOptions): Promise<Connected<MastodonSettings, MastodonCredentials>> {
      const parsed = mastodonConnectSchema.parse(input);
      const instanceUrl = instanceOrigin(parsed.instanceUrl);
      const signal = callOptions?.signal;
      const instance = await readJson(await call(http, { instanceUrl, method: 'GET', path: '/api/v2/instance', signal }), instanceSchema);
      const account = await verifyCredentials(instanceUrl, parsed.accessToken, signal);
      const statuses = instance.configuration?.statuses;
      const media = instance.configuration?.media_attachments;
      const imageTypes = media?.supported_mime_types?.filter((type) => type.startsWith('image/'));
      const settings: MastodonSettings = {
        instanceUrl,
        accountId: account.id,
        textLimit: statuses?.max_characters ?? DEFAULTS.textLimit,
        charactersPerUrl: statuses?.characters_reserved_per_url ?? DEFAULTS.charactersPerUrl,
        imageMaxBytes: media?.image_size_limit ?? DEFAULTS.imageMaxBytes,
        maxImages: statuses?.max_media_attachments ?? DEFAULTS.maxImages,
        imageTypes: imageTypes && imageTypes.length > 0 ? imageTypes : DEFAULTS.imageTypes,
      };
      const domain = instance.domain || new URL(instanceUrl).host;
      const credentials: MastodonCredentials = { accessToken: parsed.accessToken };
      if (parsed.clientId && parsed.clientSecret) Object.assign(credentials, { clientId: parsed.clientId, clientSecret: parsed.clientSecret });
      return { account: `@${account.username}@${domain}`, displayName: account.display_name || account.username, settings, credentials };
    },

    publish(access, post, callOptions) {
      return send(access, post, post.replyTo ?? null, callOptions);
    },

    reply(access, parent, post, callOptions) {
      return send(access, post, parent, callOptions);
    },

    async checkStatus(access, query: StatusQuery, callOptions): Promise<StatusCheck> {
      const settings = mastodonSettingsSchema.parse(access.settings);
      const since = query.notBefore.getTime() - CLOCK_SKEW_MS;
      let maxId: string | null = null;
      for (let page = 0; page < STATUS_CHECK_PAGES; page++) {
        const search = new URLSearchParams({ limit: '40', exclude_reblogs: 'true' });
        if (maxId) search.set('max_id', maxId);
        const response = await call(http, {
          instanceUrl: settings.instanceUrl,
          method: 'GET',
          path: `/api/v1/accounts/${encodeURIComponent(settings.accountId)}/statuses?${search}`,
          token: access.credentials.accessToken,
          signal: callOptions?.signal,
        });
        const statuses = await readJson(response, z.array(statusSchema));
        for (const status of statuses) {
          if (status.reblog || Date.parse(status.created_at) < since) continue;
          if (sameText(status.content, query.text)) {
            return { state: 'published', post: { remoteId: status.id, cid: null, url: status.url ?? status.uri, publishedAt: new Date(status.created_at) } };
          }
        }
        const oldest = statuses[statuses.length - 1];
        // Newest first: once a page reaches back past the first attempt, older pages cannot hold it.
        if (!oldest || statuses.length < 40 || Date.parse(oldest.created_at) < since) break;
        maxId = oldest.id;
      }
      return { state: 'absent' };
    },

    async delete(access, post, callOptions) {
      const settings = mastodonSettingsSchema.parse(access.settings);
      try {
        await call(http, {
          instanceUrl: settings.instanceUrl,
          method: 'DELETE',
          path: `/api/v1/statuses/${encodeURIComponent(post.remoteId)}`,
          token: access.credentials.accessToken,
          signal: callOptions?.signal,
        });
      } catch (error) {
        // Already gone (deleted on Mastodon, or by an earlier attempt whose answer was lost).
        if (error instanceof ConnectorError && error.code === 'not_found') return;
        throw error;
      }
    },

    async refreshAuth(access, callOptions) {
      // Mastodon's tokens do not expire; a token that still reads its own account is a good one.
      const settings = mastodonSettingsSchema.parse(access.settings);
      const account = await verifyCredentials(settings.instanceUrl, access.credentials.accessToken, callOptions?.signal);
      if (account.id !== settings.accountId) {
        throw new ConnectorError('auth', 'auth_failed', { detail: `The token now belongs to @${account.acct}, not to the connected account` });
      }
      return access.credentials;
    },
  };
}
