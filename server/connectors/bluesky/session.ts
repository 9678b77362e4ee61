// One connector call's link to the PDS: an agent that reuses the channel's stored session, renews it
// when the PDS refuses it (refresh token first, then the app password), saves every change, and
// bounds each request by the caller's signal and the connector's timeout.
import { AtpAgent, type AtpSessionData } from '@atproto/api';
import { ConnectorError } from '../types.ts';
import { isSessionError, RequestNotSentError, toConnectorError } from './errors.ts';

export interface StoredSession {
  did: string;
  handle: string;
  accessJwt: string;
  refreshJwt: string;
}

export interface SessionCredentials {
  identifier: string;
  appPassword: string;
  session?: StoredSession | undefined;
}

export interface SessionOptions {
  pdsUrl: string;
  credentials: SessionCredentials;
  /** Called with the new credentials whenever the session changes. */
  save: (next: SessionCredentials) => Promise<void>;
  fetch: typeof fetch;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
}

/**
 * Every request gets its own deadline and the caller's signal. A call cancelled before the request
 * leaves is marked as not sent, so that it is retried rather than treated as an unknown outcome.
 */
function boundedFetch(base: typeof fetch, timeoutMs: number, callSignal: AbortSignal | undefined): typeof fetch {
  return (input, init) => {
    const signals = [AbortSignal.timeout(timeoutMs)];
    if (callSignal) signals.push(callSignal);
    const requestSignal = init?.signal ?? (input instanceof Request ? input.signal : null);
    if (requestSignal) signals.push(requestSignal);
    const signal = AbortSignal.any(signals);
    if (signal.aborted) return Promise.reject(new RequestNotSentError(signal.reason));
    return base(input, { ...init, signal });
  };
}

function sameSession(a: StoredSession | undefined, b: StoredSession | undefined): boolean {
  return a?.accessJwt === b?.accessJwt && a?.refreshJwt === b?.refreshJwt && a?.handle === b?.handle && a?.did === b?.did;
}

export class BlueskySession {
  readonly agent: AtpAgent;
  private credentials: SessionCredentials;
  private readonly save: (next: SessionCredentials) => Promise<void>;

  constructor(options: SessionOptions) {
    this.agent = new AtpAgent({ service: options.pdsUrl, fetch: boundedFetch(options.fetch, options.timeoutMs, options.signal) });
    this.credentials = options.credentials;
    this.save = options.save;
    const stored = options.credentials.session;
    // Resuming with the library's resumeSession would refresh on every call; the stored tokens are
    // used as they are, and renewed only when the PDS refuses them.
    if (stored) this.agent.sessionManager.session = { ...stored, active: true } satisfies AtpSessionData;
  }

  get current(): SessionCredentials {
    return this.credentials;
  }

  get did(): string {
    const did = this.agent.session?.did;
    if (!did) throw new Error('no Bluesky session');
    return did;
  }

  get handle(): string {
    return this.agent.session?.handle ?? this.credentials.session?.handle ?? this.did;
  }

  /** Signs in with the app password; a refused password is the one failure that needs the person. */
  async login(): Promise<void> {
    try {
      await this.agent.login({ identifier: this.credentials.identifier, password: this.credentials.appPassword });
    } catch (err) {
      if (isSessionError(err)) throw new ConnectorError('auth', 'auth_failed', { detail: (err as Error).message, status: 401, cause: err });
      throw toConnectorError(err, false);
    } finally {
      await this.sync();
    }
  }

  /** Renews the session: the refresh token if it still works, else a new sign-in. */
  async renew(): Promise<void> {
    if (this.agent.session) {
      try {
        await this.agent.sessionManager.refreshSession();
        return;
      } catch (err) {
        // A refused refresh token means sign in again; anything else (the PDS is down) is the answer.
        if (!isSessionError(err)) throw toConnectorError(err, false);
      } finally {
        await this.sync();
      }
    }
    await this.login();
  }

  /**
   * Runs one request with a session, renewing it once if the PDS refuses it. The agent has already
   * tried its refresh token on an expired access token by then; a token it cannot read reaches here.
   */
  async call<T>(request: () => Promise<T>, options: { write: boolean }): Promise<T> {
    if (!this.agent.session) await this.login();
    try {
      return await this.attempt(request);
    } catch (err) {
      if (!isSessionError(err)) throw toConnectorError(err, options.write);
      await this.renew();
      try {
        return await this.attempt(request);
      } catch (again) {
        throw toConnectorError(again, options.write);
      }
    }
  }

  private async attempt<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } finally {
      await this.sync();
    }
  }

  /** Saves the session whenever the agent's differs from what the channel holds. */
  private async sync(): Promise<void> {
    const live = this.agent.session;
    const next: StoredSession | undefined = live ? { did: live.did, handle: live.handle, accessJwt: live.accessJwt, refreshJwt: live.refreshJwt } : undefined;
    if (sameSession(next, this.credentials.session)) return;
    const { identifier, appPassword } = this.credentials;
    this.credentials = next ? { identifier, appPassword, session: next } : { identifier, appPassword };
    await this.save(this.credentials);
  }
}
