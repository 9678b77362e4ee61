// What a failed call to the PDS means for the publication: the agent reports everything as an
// XRPCError (an HTTP status, or status 1 with the network error as its cause); this turns it into the
// connector contract's kinds, telling "nothing was taken" apart from "it may have been taken".
import { XRPCError } from '@atproto/api';
import { ConnectorError } from '../types.ts';

/** Thrown by our fetch when the call was cancelled before the request left: nothing was sent. */
export class RequestNotSentError extends Error {
  constructor(reason: unknown) {
    super('request not sent', { cause: reason });
    this.name = 'RequestNotSentError';
  }
}

/** Errors that mean the connection never carried the request. */
const NOT_CONNECTED_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_NONAME',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ENETDOWN',
  'UND_ERR_CONNECT_TIMEOUT',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** Error names of the PDS that mean the session or the password is refused. */
const AUTH_ERRORS = new Set([
  'AuthenticationRequired',
  'AuthRequired',
  'AuthMissing',
  'ExpiredToken',
  'InvalidToken',
  'AccountTakedown',
  'AccountDeactivated',
  'AuthFactorTokenRequired',
]);

/** The access token (or the whole session) is no good: renew it and try once more. */
export function isSessionError(err: unknown): boolean {
  return err instanceof XRPCError && (err.status === 401 || AUTH_ERRORS.has(err.error));
}

export function isRecordNotFound(err: unknown): boolean {
  return err instanceof XRPCError && err.error === 'RecordNotFound';
}

/** The error itself, its causes, and an AggregateError's members (happy eyeballs tries each address). */
function* chain(err: unknown, depth = 0): Generator<unknown> {
  if (err == null || depth > 8) return;
  yield err;
  if (err instanceof AggregateError) for (const inner of err.errors) yield* chain(inner, depth + 1);
  if (err instanceof Error && err.cause !== undefined) yield* chain(err.cause, depth + 1);
}

function codeOf(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

/**
 * How long the PDS asks us to wait. Bluesky sends `ratelimit-reset` as a unix time in seconds; the
 * IETF draft it follows uses seconds from now, so small numbers are read that way. `retry-after` is
 * seconds or an HTTP date.
 */
export function retryAfterMs(headers: Record<string, string | undefined> | undefined, now = Date.now()): number | null {
  const reset = Number(headers?.['ratelimit-reset']);
  if (headers?.['ratelimit-reset'] && Number.isFinite(reset)) {
    return Math.max(0, reset > 1e9 ? reset * 1000 - now : reset * 1000);
  }
  const retry = headers?.['retry-after']?.trim();
  if (retry) {
    if (/^\d+$/.test(retry)) return Number(retry) * 1000;
    const at = Date.parse(retry);
    if (Number.isFinite(at)) return Math.max(0, at - now);
  }
  return null;
}

/**
 * Maps a failed call. `write` says the call changes the repository (creating or deleting a post), so
 * that losing it after it left makes the outcome unknown rather than a plain retry.
 */
export function toConnectorError(err: unknown, write: boolean): unknown {
  for (const link of chain(err)) if (link instanceof ConnectorError) return link;
  if (!(err instanceof XRPCError)) return err;
  const detail = err.message || err.error || null;
  const status = err.status >= 100 ? err.status : null;

  if (err.status === 1) {
    const links = [...chain(err.cause)];
    if (links.some((e) => e instanceof RequestNotSentError)) return new ConnectorError('transient', 'timeout', { cause: err });
    if (links.some((e) => e instanceof Error && (e.name === 'AbortError' || e.name === 'TimeoutError'))) {
      return new ConnectorError(write ? 'unknown_outcome' : 'transient', 'timeout', { cause: err });
    }
    const code = links.map(codeOf).find((c) => c !== null) ?? null;
    if (code && NOT_CONNECTED_CODES.has(code)) return new ConnectorError('transient', 'unreachable', { detail: code, cause: err });
    // The connection broke in a way that does not say when: the request may have arrived.
    return new ConnectorError(write ? 'unknown_outcome' : 'transient', 'unreachable', { detail: code ?? detail, cause: err });
  }
  if (err.status === 2) return new ConnectorError(write ? 'unknown_outcome' : 'transient', 'bad_response', { detail, cause: err });
  if (isSessionError(err)) return new ConnectorError('auth', 'auth_failed', { detail, status, cause: err });
  if (err.status === 429) return new ConnectorError('rate_limited', 'rate_limited', { detail, status, retryAfterMs: retryAfterMs(err.headers), cause: err });
  if (err.status >= 500) return new ConnectorError('transient', 'server_error', { detail, status, cause: err });
  if (err.status === 413) return new ConnectorError('rejected', 'media_too_large', { detail, status, cause: err });
  if (err.status === 415) return new ConnectorError('rejected', 'media_type', { detail, status, cause: err });
  // The address answers, but not as a PDS does (a web site at that address, a wrong path).
  if (err.status === 404) return new ConnectorError('rejected', 'bad_response', { detail, status, cause: err });
  return new ConnectorError('rejected', 'rejected', { detail, status, cause: err });
}

/** toConnectorError for code that must throw. */
export function mapped(err: unknown, write: boolean): never {
  throw toConnectorError(err, write);
}
