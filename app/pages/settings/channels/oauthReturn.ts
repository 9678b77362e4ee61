// Signing in with Mastodon ends on the server's callback, which sends the browser back to this page
// with `connected=<channelId>` or `error=<code>` (server/routes/channels/channels.ts). The page shows
// a notice once and takes the parameters out of the address, so a reload does not show it again.

export const OAUTH_ERROR_REASONS = ['expired', 'denied', 'refused', 'unreachable', 'blocked_address', 'no_secret_key', 'other'] as const;
export type OAuthErrorReason = (typeof OAUTH_ERROR_REASONS)[number];

export type OAuthReturn = { kind: 'connected'; channelId: string } | { kind: 'error'; reason: OAuthErrorReason; code: string };

const CONNECTED = 'connected';
const ERROR = 'error';

/**
 * Which sentence an error code gets. The codes are the callback's own (expired, denied), OAuth's
 * (RFC 6749 §4.1.2.1, passed on from the instance) and the connector's (core/publish/types.ts).
 */
export function oauthErrorReason(code: string): OAuthErrorReason {
  switch (code) {
    case 'expired':
      return 'expired';
    case 'denied':
    case 'access_denied':
      return 'denied';
    case 'auth_failed':
    case 'invalid_grant':
    case 'unauthorized_client':
    case 'rejected':
      return 'refused';
    case 'unreachable':
    case 'timeout':
    case 'server_error':
    case 'temporarily_unavailable':
    case 'bad_response':
      return 'unreachable';
    case 'blocked_address':
      return 'blocked_address';
    case 'no_secret_key':
      return 'no_secret_key';
    default:
      return 'other';
  }
}

/** The address may carry anything: only a short, plain code is ever shown back. */
function plainCode(value: string): string {
  const code = value.replace(/[^\w.-]/g, '').slice(0, 60);
  return code || 'unknown';
}

export function readOAuthReturn(params: URLSearchParams): OAuthReturn | null {
  const channelId = params.get(CONNECTED)?.trim();
  if (channelId) return { kind: 'connected', channelId };
  const error = params.get(ERROR);
  if (error !== null) {
    const code = plainCode(error);
    return { kind: 'error', reason: oauthErrorReason(code), code };
  }
  return null;
}

/** The same parameters without the sign-in's answer (the brand and anything else stay). */
export function withoutOAuthReturn(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(CONNECTED);
  next.delete(ERROR);
  return next;
}
