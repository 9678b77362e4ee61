// Calls to a Mastodon server's REST API and what its answers mean for a publication, following
// docs.joinmastodon.org: errors come as {"error": "..."} (OAuth ones add error_description), a
// spent rate limit is 429 with X-RateLimit-Reset (an ISO time), 422 is a validation failure.
import { z } from 'zod';
import { classifyRequestFailure } from '../../net/outbound.ts';
import { ConnectorError } from '../types.ts';

export interface MastodonHttp {
  fetch: typeof fetch;
  /** Each call's time limit. */
  timeoutMs: number;
}

export interface CallInput {
  instanceUrl: string;
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  token?: string | null;
  json?: unknown;
  form?: FormData | URLSearchParams;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /**
   * The call that makes the post. If it fails after the request may have reached the server, the
   * outcome is unknown (check before sending again); any other call that fails is simply retried.
   */
  publishes?: boolean;
}

const DETAIL_MAX = 300;

export const statusSchema = z.object({
  id: z.string(),
  created_at: z.string(),
  url: z.string().nullish(),
  uri: z.string(),
  content: z.string(),
  in_reply_to_id: z.string().nullish(),
  reblog: z.unknown().nullish(),
});
export type MastodonStatus = z.infer<typeof statusSchema>;

export const accountSchema = z.object({
  id: z.string(),
  username: z.string(),
  acct: z.string(),
  display_name: z.string().nullish(),
  url: z.string().nullish(),
});

export const instanceSchema = z.object({
  domain: z.string().nullish(),
  configuration: z
    .object({
      statuses: z.object({ max_characters: z.number().int().positive(), max_media_attachments: z.number().int().nonnegative(), characters_reserved_per_url: z.number().int().nonnegative() }).partial().nullish(),
      media_attachments: z.object({ supported_mime_types: z.array(z.string()), image_size_limit: z.number().int().positive() }).partial().nullish(),
    })
    .nullish(),
});

export const mediaSchema = z.object({ id: z.string(), url: z.string().nullish() });

/** The words of a Mastodon error answer, cut short: {"error": "..."} or an OAuth error_description. */
async function errorText(response: Response): Promise<string | null> {
  const raw = await response.text().catch(() => '');
  try {
    const body = JSON.parse(raw) as { error?: unknown; error_description?: unknown };
    const text = typeof body.error_description === 'string' ? body.error_description : typeof body.error === 'string' ? body.error : null;
    if (text) return text.slice(0, DETAIL_MAX);
  } catch {
    // Not JSON: a proxy's error page. Its words are not worth showing.
  }
  return null;
}

/** How long to wait, from X-RateLimit-Reset (measured against the server's own Date) or Retry-After. */
export function retryAfterMs(headers: Headers, now = Date.now()): number | null {
  const reset = Date.parse(headers.get('x-ratelimit-reset') ?? '');
  if (!Number.isNaN(reset)) {
    const serverNow = Date.parse(headers.get('date') ?? '');
    return Math.max(1_000, reset - (Number.isNaN(serverNow) ? now : serverNow));
  }
  const retryAfter = headers.get('retry-after');
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(1_000, seconds * 1_000);
    const at = Date.parse(retryAfter);
    if (!Number.isNaN(at)) return Math.max(1_000, at - now);
  }
  return null;
}

/** A non-2xx answer as the connector error it means. */
export async function answerError(response: Response): Promise<ConnectorError> {
  const status = response.status;
  const detail = await errorText(response);
  const options = { detail, status };
  if (status === 401 || status === 403) return new ConnectorError('auth', 'auth_failed', options);
  // 410: the account is suspended (older servers); reconnecting with another account is the way out.
  if (status === 410) return new ConnectorError('auth', 'auth_failed', options);
  if (status === 429) return new ConnectorError('rate_limited', 'rate_limited', { ...options, retryAfterMs: retryAfterMs(response.headers) });
  if (status === 404) return new ConnectorError('rejected', 'not_found', options);
  if (status === 413) return new ConnectorError('rejected', 'media_too_large', options);
  if (status === 422) return new ConnectorError('rejected', detail && /character limit/i.test(detail) ? 'text_too_long' : 'rejected', options);
  if (status === 408) return new ConnectorError('transient', 'timeout', options);
  if (status >= 500) return new ConnectorError('transient', 'server_error', options);
  if (status >= 400) return new ConnectorError('rejected', 'rejected', options);
  return new ConnectorError('transient', 'bad_response', { ...options, detail: `Unexpected answer ${status}` });
}

/** A fetch that threw, as the connector error it means. */
export function failureError(error: unknown, publishes: boolean, timedOut: boolean): ConnectorError {
  const failure = classifyRequestFailure(error);
  if (failure.kind === 'blocked') return new ConnectorError('rejected', 'blocked_address', { detail: failure.address, cause: error });
  if (failure.kind === 'unsupported_url') return new ConnectorError('rejected', 'rejected', { detail: failure.message, cause: error });
  const code = timedOut || failure.timedOut ? 'timeout' : 'unreachable';
  if (failure.kind === 'maybe_sent' && publishes) return new ConnectorError('unknown_outcome', code, { detail: failure.message, cause: error });
  return new ConnectorError('transient', code, { detail: failure.message, cause: error });
}

/** One API call; resolves with a 2xx answer, throws a ConnectorError for anything else. */
export async function call(http: MastodonHttp, input: CallInput): Promise<Response> {
  const timeout = AbortSignal.timeout(http.timeoutMs);
  const signal = input.signal ? AbortSignal.any([input.signal, timeout]) : timeout;
  const headers: Record<string, string> = { accept: 'application/json', 'user-agent': 'Brandroom', ...input.headers };
  if (input.token) headers['authorization'] = `Bearer ${input.token}`;
  let body: BodyInit | undefined;
  if (input.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(input.json);
  } else if (input.form) body = input.form;
  let response: Response;
  try {
    response = await http.fetch(new URL(input.path, input.instanceUrl), { method: input.method, headers, body, signal });
  } catch (error) {
    throw failureError(error, input.publishes ?? false, timeout.aborted);
  }
  if (response.status >= 200 && response.status < 300) return response;
  throw await answerError(response);
}

/** Reads a 2xx answer's JSON; an answer that is not what the documents describe is a bad response. */
export async function readJson<T>(response: Response, schema: z.ZodType<T>, publishes = false): Promise<T> {
  const json: unknown = await response.json().catch(() => undefined);
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  // After a publishing call answered 2xx the post most likely exists; only a check can tell.
  throw new ConnectorError(publishes ? 'unknown_outcome' : 'transient', 'bad_response', { detail: `${response.url || 'The server'} answered in an unexpected shape`, status: response.status });
}

/** The instance's base URL from what a person typed: "mastodon.social", "https://mastodon.social/@me". */
export function instanceOrigin(input: string): string {
  const text = input.trim();
  const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  return url.origin;
}
