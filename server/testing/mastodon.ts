// A stand-in for a Mastodon server, in the test process. Mastodon cannot run here (it needs Ruby,
// PostgreSQL, Redis and Sidekiq), so this answers the endpoints Brandroom uses as Mastodon's API
// documentation (docs.joinmastodon.org: methods/statuses, methods/media, methods/accounts,
// methods/instance, methods/apps, methods/oauth, api/rate-limits) says they answer: the same JSON
// fields, status codes, error bodies and headers. It is written from those documents, not from
// Brandroom's connector, so the connector's tests check the connector against the documented API.
//
// What it checks, as Mastodon does: the bearer token (401 "The access token is invalid", with the
// WWW-Authenticate header) and the token's scopes (403); the Idempotency-Key of POST
// /api/v1/statuses (the same key from the same account within an hour answers the status it
// already made, and makes no new one); the instance's limits (characters, with every link counted
// as characters_reserved_per_url; number, type and size of images; alt text length) with 422 and
// Mastodon's error texts; media uploads that are still processing (202, then 206 until ready);
// rate limits per account (X-RateLimit-Limit/Remaining/Reset, 429 when spent); the OAuth flow
// (apps, authorize, token, revoke). Status content is rendered to HTML the way Mastodon renders
// it (paragraphs, <br />, links split into invisible/visible spans, hashtags).
//
// Fault switches let tests make it misbehave at exact points: failNext, delayNext (answer late,
// after the status was stored), dropAfterStore (store, then cut the connection), revokeToken,
// rateLimit.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface MastodonStandInOptions {
  /** configuration.statuses.max_characters (Mastodon's default: 500). */
  maxCharacters?: number;
  charactersReservedPerUrl?: number;
  maxMediaAttachments?: number;
  /** configuration.media_attachments.image_size_limit, in bytes. */
  imageSizeLimit?: number;
  supportedMimeTypes?: string[];
  /** Media uploads answer 202 and GET /api/v1/media/:id answers 206 this many times before 200 (0: 200 at once). */
  mediaProcessingPolls?: number;
  /** Requests per account per 5 minutes (Mastodon's default: 300); null for no limit (benchmarks). */
  requestsPerWindow?: number | null;
  port?: number;
  title?: string;
}

export interface StoredStatus {
  id: string;
  accountId: string;
  /** The text as posted (Mastodon keeps it as the status's source). */
  text: string;
  /** The text rendered as Mastodon renders it. */
  content: string;
  createdAt: string;
  inReplyToId: string | null;
  visibility: string;
  language: string | null;
  idempotencyKey: string | null;
  media: StoredMedia[];
}

export interface StoredMedia {
  id: string;
  accountId: string;
  mimeType: string;
  size: number;
  description: string | null;
  width: number | null;
  height: number | null;
  pollsLeft: number;
  statusId: string | null;
}

export interface MastodonStandIn {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  createAccount(username: string, options?: { displayName?: string; scopes?: string }): { id: string; token: string };
  /** The account's statuses that exist now, oldest first. */
  statuses(accountId: string): StoredStatus[];
  /** Every request it answered, in order, as "METHOD /path". */
  requests(): string[];
  /** The next n requests (those matching route, e.g. "POST /api/v1/statuses", if given) fail with this status and store nothing. */
  failNext(n: number, status: number, route?: string): void;
  /** The next status creation is stored, then answered after ms (a client that times out meanwhile does not know). */
  delayNext(ms: number): void;
  /** The next status creation is stored, then the connection is cut before any answer. */
  dropAfterStore(): void;
  revokeToken(token: string): void;
  /** From now on, every account has `remaining` requests until resetInMs from now. */
  rateLimit(options: { remaining: number; resetInMs: number }): void;
  /** The account that "signs in and approves" on GET /oauth/authorize (default: the first account made). */
  approveAuthorizationsAs(accountId: string): void;
  close(): Promise<void>;
}

interface Account {
  id: string;
  username: string;
  displayName: string;
  createdAt: string;
}

interface Token {
  accountId: string | null;
  scopes: string[];
  appId: string | null;
  revoked: boolean;
}

interface App {
  id: string;
  name: string;
  website: string | null;
  scopes: string[];
  redirectUris: string[];
  clientId: string;
  clientSecret: string;
}

interface AuthorizationCode {
  appId: string;
  accountId: string;
  redirectUri: string;
  scopes: string[];
  used: boolean;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(String(body.error));
  }
}

const RATE_WINDOW_MS = 5 * 60 * 1000;
const IDEMPOTENCY_TTL_MS = 60 * 60 * 1000;
const DESCRIPTION_LIMIT = 1500;
const MAX_BODY_BYTES = 64 * 1024 * 1024;
const INVALID_TOKEN = 'The access token is invalid';
const OUT_OF_SCOPE = 'This action is outside the authorized scopes';
const NOT_FOUND = 'Record not found';

// A link as Mastodon finds it (Twitter's extractor): trailing punctuation is not part of it.
const URL_IN_TEXT = /https?:\/\/[^\s<>"]+/gu;
const TRAILING_PUNCTUATION = /[.,:;!?'")\]]+$/u;
const HASHTAG = /(^|[^\p{L}\p{N}_/#])#([\p{L}\p{N}_]*[\p{L}_][\p{L}\p{N}_]*)/gu;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function findLinks(text: string): { start: number; end: number; url: string }[] {
  const links: { start: number; end: number; url: string }[] = [];
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const url = match[0].replace(TRAILING_PUNCTUATION, '');
    links.push({ start: match.index, end: match.index + url.length, url });
  }
  return links;
}

/** Length as Mastodon's status length validator counts it: graphemes, each link as `perUrl` characters. */
function countableLength(text: string, perUrl: number): number {
  let rest = '';
  let last = 0;
  for (const link of findLinks(text)) {
    rest += text.slice(last, link.start) + 'x'.repeat(perUrl);
    last = link.end;
  }
  rest += text.slice(last);
  let count = 0;
  for (const _ of graphemes.segment(rest)) count++;
  return count;
}

/** A link as Mastodon writes it: the scheme and "www." hidden, the rest shown up to 30 characters. */
function renderLink(url: string): string {
  const prefix = /^https?:\/\/(?:www\.)?/u.exec(url)![0];
  const rest = url.slice(prefix.length);
  const shown = rest.slice(0, 30);
  const hidden = rest.slice(30);
  return (
    `<a href="${escapeHtml(url)}" target="_blank" rel="nofollow noopener" translate="no">` +
    `<span class="invisible">${escapeHtml(prefix)}</span><span class="${hidden ? 'ellipsis' : ''}">${escapeHtml(shown)}</span>` +
    `<span class="invisible">${escapeHtml(hidden)}</span></a>`
  );
}

function renderInline(text: string, base: string): string {
  return escapeHtml(text).replace(HASHTAG, (_all, before: string, tag: string) => `${before}<a href="${base}/tags/${encodeURIComponent(tag.toLowerCase())}" class="mention hashtag" rel="tag">#<span>${tag}</span></a>`);
}

/** Status text to Mastodon's HTML: links and hashtags, then Rails' simple_format without newlines. */
function renderContent(text: string, base: string): string {
  if (!text.trim()) return '';
  let html = '';
  let last = 0;
  for (const link of findLinks(text)) {
    html += renderInline(text.slice(last, link.start), base) + renderLink(link.url);
    last = link.end;
  }
  html += renderInline(text.slice(last), base);
  return html
    .replace(/\r\n?/g, '\n')
    .split(/\n\n+/)
    .map((paragraph) => `<p>${paragraph.replace(/([^\n]\n)(?=[^\n])/g, '$1<br />').replace(/\n/g, '')}</p>`)
    .join('');
}

function hashtags(text: string): string[] {
  return [...text.matchAll(HASHTAG)].map((m) => m[2]!.toLowerCase());
}

/** The image's kind from its first bytes, as Mastodon (Paperclip) checks the content, not the declared type. */
function sniffImage(bytes: Uint8Array): { type: string; width: number | null; height: number | null } | null {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.length >= 24 && view.readUInt32BE(0) === 0x89504e47) return { type: 'image/png', width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
  if (view.length >= 10 && view.toString('latin1', 0, 4) === 'GIF8') return { type: 'image/gif', width: view.readUInt16LE(6), height: view.readUInt16LE(8) };
  if (view.length >= 12 && view.toString('latin1', 0, 4) === 'RIFF' && view.toString('latin1', 8, 12) === 'WEBP') return { type: 'image/webp', width: null, height: null };
  if (view.length >= 3 && view[0] === 0xff && view[1] === 0xd8 && view[2] === 0xff) {
    for (let i = 2; i + 9 < view.length; ) {
      if (view[i] !== 0xff) break;
      const marker = view[i + 1]!;
      const length = view.readUInt16BE(i + 2);
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { type: 'image/jpeg', width: view.readUInt16BE(i + 7), height: view.readUInt16BE(i + 5) };
      }
      i += 2 + length;
    }
    return { type: 'image/jpeg', width: null, height: null };
  }
  return null;
}

/** Request parameters as Rails reads them: JSON, a urlencoded form or a multipart form. */
interface Params {
  get(name: string): string | undefined;
  getAll(name: string): string[];
  file(name: string): File | undefined;
}

async function readParams(req: http.IncomingMessage, raw: Buffer): Promise<Params> {
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (type.startsWith('application/json')) {
    let json: Record<string, unknown>;
    try {
      json = raw.length ? (JSON.parse(raw.toString('utf8')) as Record<string, unknown>) : {};
    } catch {
      throw new HttpError(400, { error: 'Error occurred while parsing request parameters.' });
    }
    const scalar = (v: unknown) => (v === null || v === undefined ? undefined : typeof v === 'object' ? undefined : String(v));
    return {
      get: (name) => scalar(json[name]),
      getAll: (name) => {
        const v = json[name.replace(/\[\]$/, '')];
        return Array.isArray(v) ? v.map(String) : v === undefined || v === null ? [] : [String(v)];
      },
      file: () => undefined,
    };
  }
  let form: FormData | URLSearchParams;
  if (type.startsWith('multipart/form-data')) {
    form = await new Request('http://stand-in/', { method: 'POST', headers: { 'content-type': req.headers['content-type']! }, body: new Uint8Array(raw) }).formData();
  } else {
    form = new URLSearchParams(raw.toString('utf8'));
  }
  const values = (name: string) => [...form.getAll(name), ...form.getAll(`${name}[]`)];
  return {
    get: (name) => {
      const v = form.get(name);
      return typeof v === 'string' ? v : undefined;
    },
    getAll: (name) => values(name.replace(/\[\]$/, '')).filter((v): v is string => typeof v === 'string'),
    file: (name) => {
      const v = form instanceof FormData ? form.get(name) : null;
      return v instanceof File ? v : undefined;
    },
  };
}

export async function startMastodonStandIn(options: MastodonStandInOptions = {}): Promise<MastodonStandIn> {
  const maxCharacters = options.maxCharacters ?? 500;
  const perUrl = options.charactersReservedPerUrl ?? 23;
  const maxMedia = options.maxMediaAttachments ?? 4;
  const imageSizeLimit = options.imageSizeLimit ?? 10_485_760;
  const supportedMimeTypes = options.supportedMimeTypes ?? ['image/jpeg', 'image/png', 'image/gif', 'image/heic', 'image/heif', 'image/webp', 'image/avif', 'video/webm', 'video/mp4', 'video/quicktime', 'audio/mpeg', 'audio/ogg'];
  const requestsPerWindow = options.requestsPerWindow === undefined ? 300 : options.requestsPerWindow;

  const accounts = new Map<string, Account>();
  const tokens = new Map<string, Token>();
  const statuses = new Map<string, StoredStatus>();
  const media = new Map<string, StoredMedia>();
  const idempotency = new Map<string, { statusId: string; at: number }>();
  const apps = new Map<string, App>();
  const codes = new Map<string, AuthorizationCode>();
  const buckets = new Map<string, { used: number; resetAt: number }>();
  const log: string[] = [];
  let forcedLimit: { remaining: number; resetAt: number } | null = null;
  const failures: { left: number; status: number; route: string | null }[] = [];
  let delayNextMs: number | null = null;
  let dropNext = false;
  let approvingAccountId: string | null = null;

  let lastIdMs = 0n;
  let sequence = 0n;
  // Mastodon's ids: milliseconds since the epoch in the high bits, a sequence in the low 16.
  function snowflake(): string {
    const ms = BigInt(Date.now());
    sequence = ms === lastIdMs ? sequence + 1n : 0n;
    lastIdMs = ms;
    return String((ms << 16n) | (sequence & 0xffffn));
  }
  const secret = () => randomBytes(32).toString('base64url');

  let base = '';

  function accountEntity(account: Account) {
    const own = [...statuses.values()].filter((s) => s.accountId === account.id);
    const lastAt = own.length ? own[own.length - 1]!.createdAt.slice(0, 10) : null;
    return {
      id: account.id,
      username: account.username,
      acct: account.username,
      display_name: account.displayName,
      locked: false,
      bot: false,
      discoverable: true,
      group: false,
      created_at: account.createdAt,
      note: '',
      url: `${base}/@${account.username}`,
      uri: `${base}/users/${account.username}`,
      avatar: `${base}/avatars/original/missing.png`,
      avatar_static: `${base}/avatars/original/missing.png`,
      header: `${base}/headers/original/missing.png`,
      header_static: `${base}/headers/original/missing.png`,
      followers_count: 0,
      following_count: 0,
      statuses_count: own.length,
      last_status_at: lastAt,
      emojis: [],
      fields: [],
    };
  }

  function mediaEntity(m: StoredMedia) {
    const ext = m.mimeType.split('/')[1] ?? 'bin';
    const path = `/system/media_attachments/files/${m.id}`;
    const size = m.width && m.height ? { width: m.width, height: m.height, size: `${m.width}x${m.height}`, aspect: m.width / m.height } : null;
    return {
      id: m.id,
      type: 'image',
      url: m.pollsLeft > 0 ? null : `${base}${path}/original/${m.id}.${ext}`,
      preview_url: `${base}${path}/small/${m.id}.${ext}`,
      remote_url: null,
      meta: size ? { original: size, small: size } : {},
      description: m.description,
      blurhash: null,
    };
  }

  function statusEntity(s: StoredStatus, withSource = false) {
    const account = accounts.get(s.accountId)!;
    const parent = s.inReplyToId ? statuses.get(s.inReplyToId) : undefined;
    return {
      id: s.id,
      created_at: s.createdAt,
      in_reply_to_id: s.inReplyToId,
      in_reply_to_account_id: parent?.accountId ?? null,
      sensitive: false,
      spoiler_text: '',
      visibility: s.visibility,
      language: s.language,
      uri: `${base}/users/${account.username}/statuses/${s.id}`,
      url: `${base}/@${account.username}/${s.id}`,
      replies_count: [...statuses.values()].filter((r) => r.inReplyToId === s.id).length,
      reblogs_count: 0,
      favourites_count: 0,
      edited_at: null,
      favourited: false,
      reblogged: false,
      muted: false,
      bookmarked: false,
      pinned: false,
      content: s.content,
      filtered: [],
      reblog: null,
      application: { name: 'Brandroom', website: null },
      account: accountEntity(account),
      media_attachments: s.media.map(mediaEntity),
      mentions: [],
      tags: hashtags(s.text).map((name) => ({ name, url: `${base}/tags/${encodeURIComponent(name)}` })),
      emojis: [],
      card: null,
      poll: null,
      ...(withSource ? { text: s.text } : {}),
    };
  }

  function instanceEntity() {
    const host = new URL(base).host;
    return {
      domain: host,
      title: options.title ?? 'Mastodon stand-in',
      version: '4.3.0',
      source_url: 'https://github.com/mastodon/mastodon',
      description: 'A stand-in for a Mastodon server, answering as its API documentation says.',
      usage: { users: { active_month: accounts.size } },
      thumbnail: { url: `${base}/packs/media/images/preview.png` },
      languages: ['en'],
      configuration: {
        urls: { streaming: base.replace(/^http/, 'ws') },
        accounts: { max_featured_tags: 10 },
        statuses: { max_characters: maxCharacters, max_media_attachments: maxMedia, characters_reserved_per_url: perUrl },
        media_attachments: {
          supported_mime_types: supportedMimeTypes,
          image_size_limit: imageSizeLimit,
          image_matrix_limit: 16_777_216,
          video_size_limit: 41_943_040,
          video_frame_rate_limit: 60,
          video_matrix_limit: 2_304_000,
        },
        polls: { max_options: 4, max_characters_per_option: 50, min_expiration: 300, max_expiration: 2_629_746 },
        translation: { enabled: false },
      },
      registrations: { enabled: false, approval_required: false, message: null },
      contact: { email: 'admin@stand-in.invalid', account: null },
      rules: [],
    };
  }

  function bearer(req: http.IncomingMessage): string | null {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    return match ? match[1]!.trim() : null;
  }

  const invalidToken = () =>
    new HttpError(401, { error: INVALID_TOKEN }, { 'www-authenticate': `Bearer realm="Doorkeeper", error="invalid_token", error_description="${INVALID_TOKEN}"` });

  /** The token's record, or 401; with a scope, also 403 when the token was not granted it. */
  function authenticate(req: http.IncomingMessage, scope: string, required = true): Token | null {
    const value = bearer(req);
    if (!value) {
      if (required) throw invalidToken();
      return null;
    }
    const token = tokens.get(value);
    if (!token || token.revoked) throw invalidToken();
    const [family] = scope.split(':');
    const granted = token.scopes.includes(scope) || token.scopes.includes(family!) || (scope === 'read:accounts' && token.scopes.includes('profile'));
    if (!granted) throw new HttpError(403, { error: OUT_OF_SCOPE });
    return token;
  }

  function userAccount(token: Token): Account {
    const account = token.accountId ? accounts.get(token.accountId) : undefined;
    if (!account) throw new HttpError(422, { error: 'This method requires an authenticated user' });
    return account;
  }

  /** Mastodon's account bucket: 300 requests per 5-minute period, the period aligned to the clock. */
  function rateHeaders(accountId: string): Record<string, string> {
    const now = Date.now();
    if (forcedLimit && now >= forcedLimit.resetAt) forcedLimit = null;
    if (forcedLimit) {
      const headers = { 'x-ratelimit-limit': String(requestsPerWindow ?? 300), 'x-ratelimit-remaining': String(Math.max(0, forcedLimit.remaining - 1)), 'x-ratelimit-reset': new Date(forcedLimit.resetAt).toISOString() };
      if (forcedLimit.remaining <= 0) throw new HttpError(429, { error: 'Too many requests' }, { ...headers, 'x-ratelimit-remaining': '0' });
      forcedLimit.remaining--;
      return headers;
    }
    if (requestsPerWindow === null) return {};
    let bucket = buckets.get(accountId);
    if (!bucket || now >= bucket.resetAt) {
      bucket = { used: 0, resetAt: (Math.floor(now / RATE_WINDOW_MS) + 1) * RATE_WINDOW_MS };
      buckets.set(accountId, bucket);
    }
    const headers = {
      'x-ratelimit-limit': String(requestsPerWindow),
      'x-ratelimit-remaining': String(Math.max(0, requestsPerWindow - bucket.used - 1)),
      'x-ratelimit-reset': new Date(bucket.resetAt).toISOString(),
    };
    if (bucket.used >= requestsPerWindow) throw new HttpError(429, { error: 'Too many requests' }, { ...headers, 'x-ratelimit-remaining': '0' });
    bucket.used++;
    return headers;
  }

  function statusesOf(accountId: string): StoredStatus[] {
    return [...statuses.values()].filter((s) => s.accountId === accountId);
  }

  function byIdDescending(a: StoredStatus, b: StoredStatus): number {
    return BigInt(a.id) > BigInt(b.id) ? -1 : BigInt(a.id) < BigInt(b.id) ? 1 : 0;
  }

  interface Answer {
    status: number;
    body?: unknown;
    headers?: Record<string, string>;
    /** For status creation: the fault switches apply. */
    stored?: boolean;
  }

  async function createStatus(req: http.IncomingMessage, params: Params): Promise<Answer> {
    const token = authenticate(req, 'write:statuses')!;
    const account = userAccount(token);
    const headers = rateHeaders(account.id);
    const key = req.headers['idempotency-key'];
    const idempotencyKey = typeof key === 'string' && key ? key : null;
    if (idempotencyKey) {
      const seen = idempotency.get(`${account.id}:${idempotencyKey}`);
      const existing = seen && Date.now() - seen.at < IDEMPOTENCY_TTL_MS ? statuses.get(seen.statusId) : undefined;
      if (existing) return { status: 200, body: statusEntity(existing), headers, stored: true };
    }
    const text = params.get('status') ?? '';
    const mediaIds = params.getAll('media_ids');
    const visibility = params.get('visibility') ?? 'public';
    if (!['public', 'unlisted', 'private', 'direct'].includes(visibility)) throw new HttpError(422, { error: 'Validation failed: Visibility is not included in the list' });
    if (mediaIds.length > maxMedia) throw new HttpError(422, { error: `Cannot attach more than ${maxMedia} files` });
    // As Mastodon: ids that are not this account's unattached uploads are left out.
    const attached = mediaIds.map((id) => media.get(id)).filter((m): m is StoredMedia => !!m && m.accountId === account.id && m.statusId === null);
    if (attached.some((m) => m.pollsLeft > 0)) throw new HttpError(422, { error: 'Cannot attach files that have not finished processing. Try again in a moment!' });
    if (!text.trim() && attached.length === 0) throw new HttpError(422, { error: "Validation failed: Text can't be blank" });
    if (countableLength(text, perUrl) > maxCharacters) throw new HttpError(422, { error: `Validation failed: Text character limit of ${maxCharacters} exceeded` });
    const inReplyToId = params.get('in_reply_to_id') || null;
    if (inReplyToId && !statuses.has(inReplyToId)) throw new HttpError(404, { error: 'The post you are trying to reply to does not appear to exist.' });
    const status: StoredStatus = {
      id: snowflake(),
      accountId: account.id,
      text,
      content: renderContent(text, base),
      createdAt: new Date().toISOString(),
      inReplyToId,
      visibility,
      language: params.get('language') ?? null,
      idempotencyKey,
      media: attached,
    };
    for (const m of attached) m.statusId = status.id;
    statuses.set(status.id, status);
    if (idempotencyKey) idempotency.set(`${account.id}:${idempotencyKey}`, { statusId: status.id, at: Date.now() });
    return { status: 200, body: statusEntity(status), headers, stored: true };
  }

  async function uploadMedia(req: http.IncomingMessage, params: Params): Promise<Answer> {
    const token = authenticate(req, 'write:media')!;
    const account = userAccount(token);
    const headers = rateHeaders(account.id);
    const file = params.file('file');
    if (!file) throw new HttpError(422, { error: "Validation failed: File can't be blank" });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const sniffed = sniffImage(bytes);
    if (!sniffed || !supportedMimeTypes.includes(sniffed.type)) throw new HttpError(422, { error: 'Validation failed: File content type is invalid, File is invalid' });
    if (bytes.byteLength > imageSizeLimit) throw new HttpError(422, { error: `Validation failed: File file size must be less than ${Math.round(imageSizeLimit / 1_048_576)} MB` });
    const description = params.get('description') ?? null;
    if (description && description.length > DESCRIPTION_LIMIT) throw new HttpError(422, { error: `Validation failed: Description is too long (maximum is ${DESCRIPTION_LIMIT} characters)` });
    const polls = options.mediaProcessingPolls ?? 0;
    const stored: StoredMedia = { id: snowflake(), accountId: account.id, mimeType: sniffed.type, size: bytes.byteLength, description, width: sniffed.width, height: sniffed.height, pollsLeft: polls, statusId: null };
    media.set(stored.id, stored);
    return { status: polls > 0 ? 202 : 200, body: mediaEntity(stored), headers };
  }

  function showMedia(req: http.IncomingMessage, id: string): Answer {
    const token = authenticate(req, 'write:media')!;
    const account = userAccount(token);
    const headers = rateHeaders(account.id);
    const found = media.get(id);
    if (!found || found.accountId !== account.id) throw new HttpError(404, { error: NOT_FOUND });
    if (found.pollsLeft > 0) {
      found.pollsLeft--;
      return { status: 206, headers };
    }
    return { status: 200, body: mediaEntity(found), headers };
  }

  function accountStatuses(req: http.IncomingMessage, accountId: string, query: URLSearchParams): Answer {
    const token = authenticate(req, 'read:statuses', false);
    const headers = token?.accountId ? rateHeaders(token.accountId) : {};
    if (!accounts.has(accountId)) throw new HttpError(404, { error: NOT_FOUND });
    const limit = Math.min(Math.max(Number(query.get('limit')) || 20, 1), 40);
    const maxId = query.get('max_id');
    const sinceId = query.get('since_id');
    const minId = query.get('min_id');
    let list = statusesOf(accountId).sort(byIdDescending);
    if (maxId) list = list.filter((s) => BigInt(s.id) < BigInt(maxId));
    if (sinceId) list = list.filter((s) => BigInt(s.id) > BigInt(sinceId));
    if (minId) list = list.filter((s) => BigInt(s.id) > BigInt(minId)).reverse().slice(0, limit).reverse();
    if (query.get('only_media') === 'true') list = list.filter((s) => s.media.length > 0);
    const page = list.slice(0, limit);
    if (page.length > 0) {
      const path = `${base}/api/v1/accounts/${accountId}/statuses?limit=${limit}`;
      headers['link'] = `<${path}&max_id=${page[page.length - 1]!.id}>; rel="next", <${path}&min_id=${page[0]!.id}>; rel="prev"`;
    }
    return { status: 200, body: page.map((s) => statusEntity(s)), headers };
  }

  function createApp(params: Params): Answer {
    const name = params.get('client_name')?.trim();
    if (!name) throw new HttpError(422, { error: "Validation failed: Application name can't be blank" });
    const redirectUris = params.getAll('redirect_uris').flatMap((v) => v.split('\n')).map((v) => v.trim()).filter(Boolean);
    if (redirectUris.length === 0) throw new HttpError(422, { error: "Validation failed: Redirect URI can't be blank" });
    for (const uri of redirectUris) {
      if (uri === 'urn:ietf:wg:oauth:2.0:oob') continue;
      try {
        new URL(uri);
      } catch {
        throw new HttpError(422, { error: 'Validation failed: Redirect URI must be an absolute URI.' });
      }
    }
    const website = params.get('website') || null;
    const app: App = { id: snowflake(), name, website, scopes: (params.get('scopes') || 'read').split(/\s+/), redirectUris, clientId: secret(), clientSecret: secret() };
    apps.set(app.clientId, app);
    return {
      status: 200,
      body: {
        id: app.id,
        name,
        website,
        scopes: app.scopes,
        redirect_uri: redirectUris.join('\n'),
        redirect_uris: redirectUris,
        client_id: app.clientId,
        client_secret: app.clientSecret,
        client_secret_expires_at: 0,
      },
    };
  }

  function authorize(query: URLSearchParams): Answer {
    const app = apps.get(query.get('client_id') ?? '');
    if (!app) throw new HttpError(401, { error: 'invalid_client', error_description: 'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.' });
    const redirectUri = query.get('redirect_uri') ?? '';
    if (!app.redirectUris.includes(redirectUri)) throw new HttpError(400, { error: 'invalid_redirect_uri', error_description: 'The requested redirect uri is malformed or doesn\'t match client redirect URI.' });
    const back = new URL(redirectUri);
    const state = query.get('state');
    if (state) back.searchParams.set('state', state);
    const scopes = (query.get('scope') || 'read').split(/[\s+]+/).filter(Boolean);
    if (query.get('response_type') !== 'code') back.searchParams.set('error', 'unsupported_response_type');
    else if (!scopes.every((s) => app.scopes.includes(s))) back.searchParams.set('error', 'invalid_scope');
    else {
      const accountId = approvingAccountId ?? accounts.keys().next().value;
      if (!accountId) back.searchParams.set('error', 'access_denied');
      else {
        const code = secret();
        codes.set(code, { appId: app.id, accountId, redirectUri, scopes, used: false });
        back.searchParams.set('code', code);
      }
    }
    return { status: 302, headers: { location: back.href } };
  }

  function issueToken(params: Params): Answer {
    const app = apps.get(params.get('client_id') ?? '');
    if (!app || app.clientSecret !== params.get('client_secret')) {
      throw new HttpError(401, { error: 'invalid_client', error_description: 'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.' });
    }
    const invalidGrant = () =>
      new HttpError(400, {
        error: 'invalid_grant',
        error_description: 'The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.',
      });
    const grantType = params.get('grant_type');
    let accountId: string | null = null;
    let scopes: string[];
    if (grantType === 'authorization_code') {
      const grant = codes.get(params.get('code') ?? '');
      if (!grant || grant.used || grant.appId !== app.id || grant.redirectUri !== params.get('redirect_uri')) throw invalidGrant();
      const asked = params.get('scope');
      if (asked && asked.split(/\s+/).sort().join(' ') !== [...grant.scopes].sort().join(' ')) {
        throw new HttpError(400, { error: 'invalid_scope', error_description: 'The requested scope is invalid, unknown, or malformed.' });
      }
      grant.used = true;
      accountId = grant.accountId;
      scopes = grant.scopes;
    } else if (grantType === 'client_credentials') {
      scopes = (params.get('scope') || 'read').split(/\s+/);
    } else {
      throw new HttpError(400, { error: 'unsupported_grant_type', error_description: 'The authorization grant type is not supported by the authorization server.' });
    }
    const value = secret();
    tokens.set(value, { accountId, scopes, appId: app.id, revoked: false });
    return { status: 200, body: { access_token: value, token_type: 'Bearer', scope: scopes.join(' '), created_at: Math.floor(Date.now() / 1000) } };
  }

  function revoke(params: Params): Answer {
    const app = apps.get(params.get('client_id') ?? '');
    const token = tokens.get(params.get('token') ?? '');
    if (!app || app.clientSecret !== params.get('client_secret') || (token && token.appId !== app.id)) {
      throw new HttpError(403, { error: 'unauthorized_client', error_description: 'You are not authorized to revoke this token' });
    }
    if (token) token.revoked = true;
    return { status: 200, body: {} };
  }

  async function route(req: http.IncomingMessage, raw: Buffer): Promise<Answer> {
    const url = new URL(req.url ?? '/', base);
    const method = req.method ?? 'GET';
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const params = method === 'GET' || method === 'DELETE' ? null : await readParams(req, raw);
    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/api/v2/instance') return { status: 200, body: instanceEntity() };
    if (method === 'GET' && path === '/api/v1/accounts/verify_credentials') {
      const token = authenticate(req, 'read:accounts')!;
      const account = userAccount(token);
      const headers = rateHeaders(account.id);
      return { status: 200, body: { ...accountEntity(account), source: { privacy: 'public', sensitive: false, language: null, note: '', fields: [], follow_requests_count: 0 } }, headers };
    }
    if (method === 'POST' && path === '/api/v1/statuses') return createStatus(req, params!);
    if (method === 'POST' && path === '/api/v2/media') return uploadMedia(req, params!);
    if (method === 'GET' && (m = /^\/api\/v1\/media\/([^/]+)$/.exec(path))) return showMedia(req, m[1]!);
    if (method === 'GET' && (m = /^\/api\/v1\/accounts\/([^/]+)\/statuses$/.exec(path))) return accountStatuses(req, m[1]!, url.searchParams);
    if ((m = /^\/api\/v1\/statuses\/([^/]+)$/.exec(path)) && (method === 'GET' || method === 'DELETE')) {
      const id = m[1]!;
      if (method === 'GET') {
        const token = authenticate(req, 'read:statuses', false);
        const headers = token?.accountId ? rateHeaders(token.accountId) : {};
        const status = statuses.get(id);
        if (!status) throw new HttpError(404, { error: NOT_FOUND });
        return { status: 200, body: statusEntity(status), headers };
      }
      const token = authenticate(req, 'write:statuses')!;
      const account = userAccount(token);
      const headers = rateHeaders(account.id);
      const status = statuses.get(id);
      if (!status || status.accountId !== account.id) throw new HttpError(404, { error: NOT_FOUND });
      const body = statusEntity(status, true);
      statuses.delete(id);
      return { status: 200, body, headers };
    }
    if (method === 'POST' && path === '/api/v1/apps') return createApp(params!);
    if (method === 'GET' && path === '/oauth/authorize') return authorize(url.searchParams);
    if (method === 'POST' && path === '/oauth/token') return issueToken(params!);
    if (method === 'POST' && path === '/oauth/revoke') return revoke(params!);
    throw new HttpError(404, { error: 'Not Found' });
  }

  function takeFailure(routeKey: string): number | null {
    const index = failures.findIndex((f) => f.route === null || routeKey.startsWith(f.route));
    if (index < 0) return null;
    const failure = failures[index]!;
    if (--failure.left <= 0) failures.splice(index, 1);
    return failure.status;
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      void (async () => {
        const routeKey = `${req.method} ${new URL(req.url ?? '/', base).pathname}`;
        log.push(routeKey);
        const send = (answer: Answer) => {
          const headers: Record<string, string> = { ...answer.headers };
          if (answer.body !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
          res.writeHead(answer.status, headers);
          res.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
        };
        const failStatus = takeFailure(routeKey);
        if (failStatus !== null) {
          if (failStatus >= 500) {
            res.writeHead(failStatus, { 'content-type': 'text/html; charset=utf-8' });
            res.end(`<html><body><h1>${failStatus} ${http.STATUS_CODES[failStatus] ?? ''}</h1></body></html>`);
            return;
          }
          const extra: Record<string, string> = failStatus === 429 ? { 'x-ratelimit-limit': '300', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': new Date((Math.floor(Date.now() / RATE_WINDOW_MS) + 1) * RATE_WINDOW_MS).toISOString() } : {};
          const error = failStatus === 401 ? INVALID_TOKEN : failStatus === 429 ? 'Too many requests' : (http.STATUS_CODES[failStatus] ?? 'Error');
          send({ status: failStatus, body: { error }, headers: extra });
          return;
        }
        let answer: Answer;
        try {
          if (size > MAX_BODY_BYTES) throw new HttpError(413, { error: 'Payload Too Large' });
          answer = await route(req, Buffer.concat(chunks));
        } catch (error) {
          if (error instanceof HttpError) answer = { status: error.status, body: error.body, headers: error.headers };
          else answer = { status: 500, body: { error: (error as Error).message } };
        }
        if (answer.stored && dropNext) {
          dropNext = false;
          req.socket.destroy();
          return;
        }
        if (answer.stored && delayNextMs !== null) {
          const ms = delayNextMs;
          delayNextMs = null;
          setTimeout(() => {
            if (!res.destroyed) send(answer);
          }, ms);
          return;
        }
        send(answer);
      })();
    });
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    createAccount(username, accountOptions = {}) {
      const account: Account = { id: snowflake(), username, displayName: accountOptions.displayName ?? username, createdAt: new Date().toISOString() };
      accounts.set(account.id, account);
      const token = secret();
      tokens.set(token, { accountId: account.id, scopes: (accountOptions.scopes ?? 'read write follow push').split(/\s+/), appId: null, revoked: false });
      return { id: account.id, token };
    },
    statuses: (accountId) => statusesOf(accountId),
    requests: () => [...log],
    failNext(n, status, routeKey) {
      failures.push({ left: n, status, route: routeKey ?? null });
    },
    delayNext(ms) {
      delayNextMs = ms;
    },
    dropAfterStore() {
      dropNext = true;
    },
    revokeToken(token) {
      const found = tokens.get(token);
      if (found) found.revoked = true;
    },
    rateLimit({ remaining, resetInMs }) {
      forcedLimit = { remaining, resetAt: Date.now() + resetInMs };
    },
    approveAuthorizationsAs(accountId) {
      approvingAccountId = accountId;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
