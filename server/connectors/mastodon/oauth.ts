// Connecting a Mastodon account through OAuth, as docs.joinmastodon.org describes it: register an
// app on the instance (POST /api/v1/apps), send the person to /oauth/authorize, trade the code they
// come back with for a token (POST /oauth/token). The lead's routes keep the app's client id and
// secret between the two steps. Tokens do not expire; POST /oauth/revoke ends one.
import { z } from 'zod';
import { ConnectorError } from '../types.ts';
import { call, instanceOrigin, readJson, type MastodonHttp } from './api.ts';

/** Only what publishing needs: read the account and its statuses, write statuses and media. */
export const MASTODON_SCOPES = 'read:accounts read:statuses write:statuses write:media';

interface OAuthCallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

const appSchema = z.object({ client_id: z.string().min(1), client_secret: z.string().min(1) });
const tokenSchema = z.object({ access_token: z.string().min(1), scope: z.string().optional() });

const httpOf = (fetchFn: typeof fetch, options: OAuthCallOptions): MastodonHttp => ({ fetch: fetchFn, timeoutMs: options.timeoutMs ?? 30_000 });

/** Registers Brandroom on the instance and builds the address that asks the person to approve. */
export async function startMastodonOAuth(
  input: { instanceUrl: string; redirectUri: string; appName: string; website?: string; state?: string },
  fetchFn: typeof fetch,
  options: OAuthCallOptions = {},
): Promise<{ authorizeUrl: string; clientId: string; clientSecret: string }> {
  const instanceUrl = instanceOrigin(input.instanceUrl);
  const json: Record<string, unknown> = { client_name: input.appName, redirect_uris: [input.redirectUri], scopes: MASTODON_SCOPES };
  if (input.website) json.website = input.website;
  const response = await call(httpOf(fetchFn, options), { instanceUrl, method: 'POST', path: '/api/v1/apps', json, signal: options.signal });
  const app = await readJson(response, appSchema);
  const authorize = new URL('/oauth/authorize', instanceUrl);
  authorize.searchParams.set('response_type', 'code');
  authorize.searchParams.set('client_id', app.client_id);
  authorize.searchParams.set('redirect_uri', input.redirectUri);
  authorize.searchParams.set('scope', MASTODON_SCOPES);
  // Someone signed in to the instance with a personal account must not hand over that one by mistake.
  authorize.searchParams.set('force_login', 'true');
  if (input.state) authorize.searchParams.set('state', input.state);
  return { authorizeUrl: authorize.href, clientId: app.client_id, clientSecret: app.client_secret };
}

/** Trades the code from the redirect for an access token. */
export async function finishMastodonOAuth(
  input: { instanceUrl: string; clientId: string; clientSecret: string; redirectUri: string; code: string },
  fetchFn: typeof fetch,
  options: OAuthCallOptions = {},
): Promise<{ accessToken: string }> {
  const instanceUrl = instanceOrigin(input.instanceUrl);
  const form = new URLSearchParams({
    grant_type: 'authorization_code',
    code: input.code,
    client_id: input.clientId,
    client_secret: input.clientSecret,
    redirect_uri: input.redirectUri,
    scope: MASTODON_SCOPES,
  });
  let response: Response;
  try {
    response = await call(httpOf(fetchFn, options), { instanceUrl, method: 'POST', path: '/oauth/token', form, signal: options.signal });
  } catch (error) {
    // 400 invalid_grant / invalid_scope: the code is used, expired or not this app's. Start over.
    if (error instanceof ConnectorError && error.status === 400) throw new ConnectorError('auth', 'auth_failed', { detail: error.detail, status: 400, cause: error });
    throw error;
  }
  const token = await readJson(response, tokenSchema);
  return { accessToken: token.access_token };
}

/** Ends a token made through OAuth (when its channel is removed). Revoking twice is fine. */
export async function revokeMastodonToken(
  input: { instanceUrl: string; clientId: string; clientSecret: string; token: string },
  fetchFn: typeof fetch,
  options: OAuthCallOptions = {},
): Promise<void> {
  const instanceUrl = instanceOrigin(input.instanceUrl);
  const form = new URLSearchParams({ client_id: input.clientId, client_secret: input.clientSecret, token: input.token });
  const response = await call(httpOf(fetchFn, options), { instanceUrl, method: 'POST', path: '/oauth/revoke', form, signal: options.signal });
  await response.body?.cancel();
}
