// The webhook connector: each post is POSTed as signed JSON to a URL of the user's, for automation
// tools and for networks without an API.
//
// A delivery:
//   POST <url>
//   Content-Type: application/json
//   User-Agent: Brandroom
//   Brandroom-Event: post.publish | post.reply | post.delete
//   Brandroom-Delivery: <delivery id>     (the same on every attempt of one publication)
//   Idempotency-Key: <delivery id>
//   Brandroom-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + raw body)>
//   {"event":"post.publish","deliveryId":…,"postId":…,"variantId":…,"scheduledAt":…,"text":…,"link":…,
//    "images":[{"mimeType":…,"alt":…,"width":…,"height":…,"sha256":…,"dataBase64":…}]}
//
// Any 2xx is a delivery; an answer {"id": …, "url": …} names the receiver's copy. Exactly once is
// the receiver's part: Brandroom cannot ask a receiver whether it has a delivery (statusCheck
// 'none'), so after an unknown outcome it sends again with the same Brandroom-Delivery id, and a
// receiver must treat a delivery id it has seen as done (answer 2xx, act once).
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { assertPublicUrl, classifyRequestFailure } from '../../net/outbound.ts';
import {
  ConnectorError,
  type CallOptions,
  type ChannelAccess,
  type Connector,
  type ConnectorCapabilities,
  type OutgoingPost,
  type Published,
  type RemotePost,
} from '../types.ts';
import { DELIVERY_HEADER, SIGNATURE_HEADER, signWebhook } from './signature.ts';

export { verifyWebhookSignature, signWebhook } from './signature.ts';

export const webhookSettingsSchema = z.object({ url: z.string() });
export type WebhookSettings = z.infer<typeof webhookSettingsSchema>;

export const webhookCredentialsSchema = z.object({ secret: z.string().min(1) });
export type WebhookCredentials = z.infer<typeof webhookCredentialsSchema>;

export const webhookConnectSchema = z.object({
  url: z.url({ protocol: /^https?$/, message: 'must be a full http:// or https:// address' }).max(2000),
});
export type WebhookConnectInput = z.infer<typeof webhookConnectSchema>;

/** Images travel inside the JSON (base64), so a delivery stays within a size receivers accept. */
const MAX_IMAGES = 4;
const IMAGE_MAX_BYTES = 5 * 1024 * 1024;
const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'] as const;
const ALT_TEXT_MAX = 2_000;
const DETAIL_MAX = 300;

type WebhookEvent = 'post.publish' | 'post.reply' | 'post.delete';

export interface WebhookConnectorOptions {
  fetch: typeof fetch;
  /** Each delivery's time limit (default 30 s). */
  timeoutMs?: number;
  /** BRANDROOM_ALLOW_PRIVATE_NETWORK: may a webhook point at a private or loopback address? */
  allowPrivateNetwork: boolean;
}

function retryAfterMs(headers: Headers): number | null {
  const value = headers.get('retry-after');
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(1_000, seconds * 1_000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(1_000, at - Date.now());
}

function refusedUrl(error: unknown): ConnectorError {
  const failure = classifyRequestFailure(error);
  if (failure.kind === 'blocked') return new ConnectorError('rejected', 'blocked_address', { detail: failure.address, cause: error });
  if (failure.kind === 'unsupported_url') return new ConnectorError('rejected', 'rejected', { detail: failure.message, cause: error });
  return new ConnectorError('transient', 'unreachable', { detail: failure.message, cause: error });
}

export function createWebhookConnector(options: WebhookConnectorOptions): Connector<WebhookSettings, WebhookCredentials, WebhookConnectInput> {
  const timeoutMs = options.timeoutMs ?? 30_000;

  async function deliver(
    access: ChannelAccess<WebhookSettings, WebhookCredentials>,
    event: WebhookEvent,
    deliveryId: string,
    payload: Record<string, unknown>,
    publishes: boolean,
    callOptions?: CallOptions,
  ): Promise<{ id: string | null; url: string | null }> {
    const { url } = webhookSettingsSchema.parse(access.settings);
    const body = JSON.stringify({ event, deliveryId, ...payload });
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = callOptions?.signal ? AbortSignal.any([callOptions.signal, timeout]) : timeout;
    let response: Response;
    try {
      response = await options.fetch(url, {
        method: 'POST',
        body,
        signal,
        // A receiver that moved must be re-entered by a person; a redirected POST would lose its body.
        redirect: 'manual',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Brandroom',
          'brandroom-event': event,
          [DELIVERY_HEADER.toLowerCase()]: deliveryId,
          'idempotency-key': deliveryId,
          [SIGNATURE_HEADER.toLowerCase()]: signWebhook(access.credentials.secret, body, Math.floor(Date.now() / 1000)),
        },
      });
    } catch (error) {
      const failure = classifyRequestFailure(error);
      if (failure.kind === 'blocked' || failure.kind === 'unsupported_url') throw refusedUrl(error);
      const code = timeout.aborted || failure.timedOut ? 'timeout' : 'unreachable';
      if (failure.kind === 'maybe_sent' && publishes) throw new ConnectorError('unknown_outcome', code, { detail: failure.message, cause: error });
      throw new ConnectorError('transient', code, { detail: failure.message, cause: error });
    }
    const text = await response.text().catch(() => '');
    const status = response.status;
    const detail = text.trim().slice(0, DETAIL_MAX) || null;
    if (status >= 200 && status < 300) {
      try {
        const answer = JSON.parse(text) as { id?: unknown; url?: unknown };
        const id = typeof answer.id === 'string' || typeof answer.id === 'number' ? String(answer.id) : null;
        const link = typeof answer.url === 'string' && /^https?:\/\//i.test(answer.url) ? answer.url : null;
        return { id, url: link };
      } catch {
        // Any 2xx is a delivery; an answer without JSON simply names nothing.
        return { id: null, url: null };
      }
    }
    if (status >= 300 && status < 400) {
      throw new ConnectorError('rejected', 'receiver_error', { status, detail: `Redirected to ${response.headers.get('location') ?? 'another address'}; enter the new address` });
    }
    if (status === 401 || status === 403) throw new ConnectorError('auth', 'auth_failed', { status, detail });
    if (status === 429) throw new ConnectorError('rate_limited', 'rate_limited', { status, detail, retryAfterMs: retryAfterMs(response.headers) });
    if (status === 408) throw new ConnectorError('transient', 'timeout', { status, detail });
    if (status >= 500) throw new ConnectorError('transient', 'server_error', { status, detail });
    throw new ConnectorError('rejected', 'receiver_error', { status, detail });
  }

  async function send(access: ChannelAccess<WebhookSettings, WebhookCredentials>, post: OutgoingPost, parent: RemotePost | null, callOptions?: CallOptions): Promise<Published> {
    if (post.images.length > MAX_IMAGES) throw new ConnectorError('rejected', 'too_many_images', { detail: `${post.images.length} images; a webhook takes ${MAX_IMAGES}` });
    for (const image of post.images) {
      if (!(IMAGE_TYPES as readonly string[]).includes(image.mimeType)) throw new ConnectorError('rejected', 'media_type', { detail: image.mimeType });
      if (image.bytes.byteLength > IMAGE_MAX_BYTES) throw new ConnectorError('rejected', 'media_too_large', { detail: `${image.bytes.byteLength} bytes; a webhook takes ${IMAGE_MAX_BYTES}` });
    }
    const payload: Record<string, unknown> = {
      postId: post.postId,
      variantId: post.variantId,
      scheduledAt: post.scheduledAt.toISOString(),
      text: post.text,
      link: post.link,
      images: post.images.map((image) => ({
        mimeType: image.mimeType,
        alt: image.alt,
        width: image.width ?? null,
        height: image.height ?? null,
        sha256: createHash('sha256').update(image.bytes).digest('hex'),
        dataBase64: Buffer.from(image.bytes).toString('base64'),
      })),
    };
    if (parent) payload.inReplyTo = { remoteId: parent.remoteId, url: parent.url };
    const answer = await deliver(access, parent ? 'post.reply' : 'post.publish', post.idempotencyKey, payload, true, callOptions);
    return { remoteId: answer.id ?? post.idempotencyKey, cid: null, url: answer.url, publishedAt: new Date() };
  }

  return {
    network: 'webhook',
    settingsSchema: webhookSettingsSchema,
    credentialsSchema: webhookCredentialsSchema,
    connectSchema: webhookConnectSchema,

    capabilities(): ConnectorCapabilities {
      return {
        network: 'webhook',
        textLimit: null,
        maxImages: MAX_IMAGES,
        imageMaxBytes: IMAGE_MAX_BYTES,
        imageTypes: IMAGE_TYPES,
        altTextMax: ALT_TEXT_MAX,
        reply: true,
        delete: true,
        statusCheck: 'none',
      };
    },

    async connect(input) {
      const parsed = webhookConnectSchema.parse(input);
      let url: URL;
      try {
        url = await assertPublicUrl(parsed.url, options.allowPrivateNetwork);
      } catch (error) {
        throw refusedUrl(error);
      }
      // Nothing is sent now: the receiver cannot check a signature before its owner has the secret.
      const secret = randomBytes(32).toString('base64url');
      return { account: url.host, displayName: url.host, settings: { url: url.href }, credentials: { secret } };
    },

    publish(access, post, callOptions) {
      return send(access, post, post.replyTo ?? null, callOptions);
    },

    reply(access, parent, post, callOptions) {
      return send(access, post, parent, callOptions);
    },

    async checkStatus() {
      // A receiver cannot be asked; it de-duplicates on Brandroom-Delivery instead (see the top).
      return { state: 'unknowable' };
    },

    async delete(access, post, callOptions) {
      // The same delivery id on every attempt to delete this post, so the receiver acts once.
      const deliveryId = `delete-${createHash('sha256').update(post.remoteId).digest('hex').slice(0, 32)}`;
      await deliver(access, 'post.delete', deliveryId, { remoteId: post.remoteId, url: post.url }, false, callOptions);
    },

    async refreshAuth(access) {
      // The signing secret does not expire; there is nothing to renew.
      return access.credentials;
    },
  };
}
