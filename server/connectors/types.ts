// The one contract every network's connector keeps. A connector talks to its network and nothing
// else: it never touches the database; the publish service hands it the channel's settings and
// secrets and saves what it gives back. Shaped after Postiz's provider contract (publish, then a
// read-only status check that is safe to retry) and Chatwoot's channel services (an auth error is
// told apart from every other so the channel can ask to be reconnected).
import type { z } from 'zod';
import type { ChannelNetwork, PublishErrorCode } from '../../core/publish/types.ts';

export interface ConnectorCapabilities {
  network: ChannelNetwork;
  /** Longest text, counted by core/networks.ts countText for this network (Mastodon: per instance). */
  textLimit: number | null;
  maxImages: number;
  /** Largest image the network takes, in bytes. */
  imageMaxBytes: number;
  imageTypes: readonly string[];
  altTextMax: number;
  reply: boolean;
  delete: boolean;
  /** How checkStatus finds a post after an unknown outcome: by the idempotency key the post
   * carries (exact), by text and time (content), or not at all (none: the webhook's receiver
   * de-duplicates on the delivery id instead). */
  statusCheck: 'exact' | 'content' | 'none';
}

/** What the connector works with: the channel's public settings and its secrets, already opened. */
export interface ChannelAccess<S, C> {
  channelId: string;
  settings: S;
  credentials: C;
  /** Stores new secrets (a refreshed session) sealed; the connector calls it when they change. */
  saveCredentials(next: C): Promise<void>;
}

export interface OutgoingImage {
  bytes: Uint8Array;
  mimeType: string;
  alt: string;
  width?: number | null;
  height?: number | null;
}

/** One publication of one variant on one channel. */
export interface OutgoingPost {
  /** The same on every attempt of this publication: the network's idempotency key, or carried in
   * the record itself, so that a retry after an unknown outcome can never make a second post. */
  idempotencyKey: string;
  text: string;
  link: string | null;
  images: OutgoingImage[];
  /** The instant the post was scheduled for (Bluesky's createdAt; the content check's lower bound). */
  scheduledAt: Date;
  /** Brandroom's own ids, carried where the network keeps extra fields. */
  postId: string;
  variantId: string;
  /** Publish as a reply to this post of the same account (a thread, or an answer). */
  replyTo?: RemotePost | null;
}

export interface RemotePost {
  /** The network's id (a Bluesky at:// URI, a Mastodon status id, the receiver's id). */
  remoteId: string;
  /** Bluesky replies need the parent's content hash as well as its URI. */
  cid?: string | null;
  url: string | null;
}

export interface Published extends RemotePost {
  publishedAt: Date;
}

export type StatusCheck =
  | { state: 'published'; post: Published }
  | { state: 'absent' }
  /** The network cannot be asked; the caller may send again with the same idempotency key. */
  | { state: 'unknowable' };

export interface StatusQuery {
  idempotencyKey: string;
  text: string;
  scheduledAt: Date;
  /** The first attempt's start: a post made before it cannot be ours. */
  notBefore: Date;
}

/** A mention the listening side collects (filled in by the listening issue). */
export interface IncomingMention {
  remoteId: string;
  url: string | null;
  authorHandle: string;
  authorName: string | null;
  text: string;
  createdAt: Date;
  inReplyTo: string | null;
}

export interface CallOptions {
  /** Aborts the network call; an abort after the request was sent is an unknown outcome. */
  signal?: AbortSignal;
}

export interface Connector<S = unknown, C = unknown, I = unknown> {
  network: ChannelNetwork;
  /** Public settings as stored; parsed before every use. */
  settingsSchema: z.ZodType<S>;
  credentialsSchema: z.ZodType<C>;
  /** What a person types to connect (handle and app password, instance and token, URL). */
  connectSchema: z.ZodType<I>;
  capabilities(settings: S): ConnectorCapabilities;
  /** Checks the input against the network (logs in, reads the account) and returns what to store. */
  connect(input: I, options?: CallOptions): Promise<Connected<S, C>>;
  publish(access: ChannelAccess<S, C>, post: OutgoingPost, options?: CallOptions): Promise<Published>;
  /** Read-only and safe to retry: is this publication already on the network? */
  checkStatus(access: ChannelAccess<S, C>, query: StatusQuery, options?: CallOptions): Promise<StatusCheck>;
  delete(access: ChannelAccess<S, C>, post: RemotePost, options?: CallOptions): Promise<void>;
  reply(access: ChannelAccess<S, C>, parent: RemotePost, post: OutgoingPost, options?: CallOptions): Promise<Published>;
  /** Renews the session or token; throws ConnectorError('auth') when the person must reconnect. */
  refreshAuth(access: ChannelAccess<S, C>, options?: CallOptions): Promise<C>;
  /** The listening side: mentions since the cursor. The listening issue fills this in. */
  fetchMentions?(access: ChannelAccess<S, C>, cursor: string | null, options?: CallOptions): Promise<{ mentions: IncomingMention[]; cursor: string | null }>;
}

export interface Connected<S, C> {
  /** The account as people know it: @handle, @user@instance, the webhook's host. */
  account: string;
  displayName: string;
  settings: S;
  credentials: C;
}

export type ConnectorErrorKind =
  /** The credentials are refused: count toward reconnection, do not retry. */
  | 'auth'
  /** Wait retryAfterMs (from the network's headers), then try again. */
  | 'rate_limited'
  /** Nothing was taken (connection refused, 5xx before acceptance): retry with backoff. */
  | 'transient'
  /** The network refused this post for good (too long, bad media): the author must change it. */
  | 'rejected'
  /** The request may have been taken (timeout or connection lost after sending): check first. */
  | 'unknown_outcome';

export class ConnectorError extends Error {
  readonly kind: ConnectorErrorKind;
  /** A stable code the app words in the reader's language. */
  readonly code: PublishErrorCode;
  /** The network's own words, if any (untrusted text: shown as text, never as HTML). */
  readonly detail: string | null;
  readonly retryAfterMs: number | null;
  readonly status: number | null;

  constructor(kind: ConnectorErrorKind, code: PublishErrorCode, options: { detail?: string | null; retryAfterMs?: number | null; status?: number | null; cause?: unknown } = {}) {
    super(options.detail ? `${code}: ${options.detail}` : code, { cause: options.cause });
    this.name = 'ConnectorError';
    this.kind = kind;
    this.code = code;
    this.detail = options.detail ?? null;
    this.retryAfterMs = options.retryAfterMs ?? null;
    this.status = options.status ?? null;
  }
}
