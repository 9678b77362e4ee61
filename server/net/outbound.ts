// The one way Brandroom's server fetches a URL someone typed in (a webhook, a Mastodon instance).
// Unless the operator allows private networks (BRANDROOM_ALLOW_PRIVATE_NETWORK), a request may only
// reach public unicast addresses: every address the host resolves to is checked, and the socket
// connects to exactly the addresses that were checked, so a DNS answer that changes between the
// check and the connection (DNS rebinding) cannot slip through. Same idea as request-filtering-agent
// (an http.Agent whose lookup refuses private addresses), written on node:http/https because the
// fetch built into Node takes no custom lookup.
//
// The fetch it returns also tells whether a failed request may have reached the server (the
// connection was open), which a connector needs to tell "retry" from "check first".
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isBlockedAddress } from './addresses.ts';

export { isBlockedAddress } from './addresses.ts';

/** The host is, or resolves to, an address outgoing requests may not reach. */
export class BlockedAddressError extends Error {
  readonly code = 'ERR_BLOCKED_ADDRESS';
  readonly host: string;
  readonly address: string;

  constructor(host: string, address: string) {
    super(host === address ? `${address} is a private or reserved address` : `${host} resolves to ${address}, a private or reserved address`);
    this.name = 'BlockedAddressError';
    this.host = host;
    this.address = address;
  }
}

/** Not an http(s) URL, or one carrying a user name or password. */
export class UnsupportedUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedUrlError';
  }
}

/** A request that failed on the way: refused, reset, timed out or aborted. */
export class OutboundRequestError extends Error {
  /** The connection was open when it failed, so the server may have received the request. */
  readonly sent: boolean;
  readonly timedOut: boolean;
  readonly aborted: boolean;

  constructor(message: string, options: { sent: boolean; timedOut?: boolean; aborted?: boolean; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.name = options.timedOut ? 'TimeoutError' : options.aborted ? 'AbortError' : 'OutboundRequestError';
    this.sent = options.sent;
    this.timedOut = options.timedOut ?? false;
    this.aborted = options.aborted ?? false;
  }
}

export interface ResolvedAddress {
  address: string;
  family: number;
}
/** Every address a host name resolves to (node:dns lookup with all: true). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

const systemResolver: Resolver = (hostname) => dns.promises.lookup(hostname, { all: true });

export interface OutboundFetchOptions {
  allowPrivateNetwork: boolean;
  /** The whole exchange, connection to last byte of the answer. */
  timeoutMs?: number;
  /** Answers are read whole; a larger one is cut off (a hostile server cannot fill the memory). */
  maxResponseBytes?: number;
  /** For tests: resolves host names instead of the system's resolver. */
  resolve?: Resolver;
}

const MAX_REDIRECTS = 5;

function bareHost(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}

/**
 * A lookup for net.connect that resolves once, refuses the connection if any address is blocked,
 * and hands the socket the very addresses it checked (that is the pinning).
 */
function guardedLookup(resolve: Resolver): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (all) => {
        const blocked = all.find((a) => isBlockedAddress(a.address));
        if (blocked) return callback(new BlockedAddressError(hostname, blocked.address) as unknown as NodeJS.ErrnoException, '', 0);
        const wanted = options.family === 4 || options.family === 6 ? all.filter((a) => a.family === options.family) : all;
        if (wanted.length === 0) {
          return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname }), '', 0);
        }
        if (options.all) return callback(null, wanted);
        callback(null, wanted[0]!.address, wanted[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };
}

function checkScheme(url: URL): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UnsupportedUrlError(`Only http and https addresses can be fetched, not ${url.protocol}`);
  if (url.username || url.password) throw new UnsupportedUrlError('Addresses with a user name or password in them are not fetched');
}

/**
 * Checks a URL before a channel is connected to it: http(s), no credentials, and (unless private
 * networks are allowed) only public addresses, the host's every resolved address included.
 */
export async function assertPublicUrl(url: string | URL, allowPrivate: boolean, options: { resolve?: Resolver } = {}): Promise<URL> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UnsupportedUrlError('Not a valid address');
  }
  checkScheme(parsed);
  if (allowPrivate) return parsed;
  const host = bareHost(parsed.hostname);
  if (isIP(host)) {
    if (isBlockedAddress(host)) throw new BlockedAddressError(host, host);
    return parsed;
  }
  let addresses: ResolvedAddress[];
  try {
    addresses = await (options.resolve ?? systemResolver)(host);
  } catch (error) {
    throw new OutboundRequestError(`${host} could not be resolved`, { sent: false, cause: error });
  }
  const blocked = addresses.find((a) => isBlockedAddress(a.address));
  if (blocked) throw new BlockedAddressError(host, blocked.address);
  if (addresses.length === 0) throw new OutboundRequestError(`${host} could not be resolved`, { sent: false });
  return parsed;
}

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

interface Hop {
  url: URL;
  method: string;
  headers: Headers;
  body: Uint8Array | null;
}

/** A fetch (same signature as the global one) that keeps to public addresses and reports what it sent. */
export function createOutboundFetch(options: OutboundFetchOptions): typeof fetch {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxResponseBytes = options.maxResponseBytes ?? 10 * 1024 * 1024;
  const lookup = options.allowPrivateNetwork ? undefined : guardedLookup(options.resolve ?? systemResolver);
  // Keep-alive pools per fetch: publishing a burst of posts to one instance reuses its connections.
  // Idle connections are closed after 4 s, before the 5 s many servers wait, so that a POST is
  // seldom written into a connection the server is closing (its outcome would then be unknown).
  const agentOptions = { keepAlive: true, timeout: 4_000, lookup };
  const agents = { 'http:': new http.Agent(agentOptions), 'https:': new https.Agent(agentOptions) };

  function send(hop: Hop, signal: AbortSignal, timeout: AbortSignal, retryStale = true): Promise<Response> {
    return new Promise((resolve, reject) => {
      const { url } = hop;
      const host = bareHost(url.hostname);
      if (!options.allowPrivateNetwork && isIP(host) && isBlockedAddress(host)) {
        reject(new BlockedAddressError(host, host));
        return;
      }
      const headers: Record<string, string> = {};
      hop.headers.forEach((value, name) => {
        headers[name] = value;
      });
      headers['accept'] ??= '*/*';
      if (hop.body) headers['content-length'] = String(hop.body.byteLength);
      const protocol = url.protocol as 'http:' | 'https:';
      let sent = false;
      let settled = false;
      const req = (protocol === 'https:' ? https : http).request({
        protocol,
        hostname: host,
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: hop.method,
        headers,
        agent: agents[protocol],
        lookup,
      });
      const finish = (error: unknown, response?: Response) => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', onAbort);
        if (error) {
          req.destroy();
          reject(error);
        } else resolve(response!);
      };
      const onAbort = () => {
        const timedOut = timeout.aborted;
        const message = timedOut ? `The request to ${url.origin} timed out after ${timeoutMs} ms` : `The request to ${url.origin} was aborted`;
        finish(new OutboundRequestError(message, { sent, timedOut, aborted: !timedOut, cause: signal.reason }));
      };
      if (signal.aborted) {
        onAbort();
        return;
      }
      signal.addEventListener('abort', onAbort, { once: true });
      req.on('socket', (socket) => {
        // Until the connection is open (and, for https, the handshake done) nothing can have reached the server.
        if (socket.connecting) socket.once(protocol === 'https:' ? 'secureConnect' : 'connect', () => (sent = true));
        else sent = true;
      });
      let answered = false;
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (error instanceof BlockedAddressError) return finish(error);
        // A kept-alive connection the server closed while idle fails at once on reuse. Node's advice
        // is to send again; only for requests that are safe to repeat (never a POST: it may have landed).
        if (retryStale && req.reusedSocket && !answered && (error.code === 'ECONNRESET' || error.code === 'EPIPE') && IDEMPOTENT.has(hop.method)) {
          if (settled) return;
          settled = true;
          signal.removeEventListener('abort', onAbort);
          send(hop, signal, timeout, false).then(resolve, reject);
          return;
        }
        finish(new OutboundRequestError(`The request to ${url.origin} failed: ${error.message}`, { sent, cause: error }));
      });
      req.on('response', (res) => {
        sent = true;
        answered = true;
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.byteLength;
          if (size > maxResponseBytes) {
            finish(new OutboundRequestError(`The answer from ${url.origin} is larger than ${maxResponseBytes} bytes`, { sent: true }));
            return;
          }
          chunks.push(chunk);
        });
        res.on('error', (error) => finish(new OutboundRequestError(`The answer from ${url.origin} was cut off: ${error.message}`, { sent: true, cause: error })));
        res.on('aborted', () => finish(new OutboundRequestError(`The answer from ${url.origin} was cut off`, { sent: true })));
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          const responseHeaders = new Headers();
          for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) responseHeaders.append(res.rawHeaders[i]!, res.rawHeaders[i + 1]!);
          try {
            const body = NULL_BODY_STATUSES.has(status) || hop.method === 'HEAD' ? null : Buffer.concat(chunks);
            const response = new Response(body, { status, statusText: res.statusMessage ?? '', headers: responseHeaders });
            Object.defineProperty(response, 'url', { value: url.href });
            finish(null, response);
          } catch (error) {
            finish(new OutboundRequestError(`${url.origin} answered with an unreadable status ${status}`, { sent: true, cause: error }));
          }
        });
      });
      req.end(hop.body ?? undefined);
    });
  }

  const outboundFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = AbortSignal.any([request.signal, timeout]);
    let hop: Hop = {
      url: new URL(request.url),
      method: request.method,
      headers: new Headers(request.headers),
      body: request.body ? new Uint8Array(await request.arrayBuffer()) : null,
    };
    for (let redirects = 0; ; redirects++) {
      checkScheme(hop.url);
      const response = await send(hop, signal, timeout);
      if (!REDIRECT_STATUSES.has(response.status) || request.redirect === 'manual') return response;
      const location = response.headers.get('location');
      if (!location) return response;
      if (request.redirect === 'error') throw new OutboundRequestError(`${hop.url.origin} redirected, and redirects were refused`, { sent: true });
      if (redirects >= MAX_REDIRECTS) throw new OutboundRequestError(`${hop.url.origin} redirected more than ${MAX_REDIRECTS} times`, { sent: true });
      const next = new URL(location, hop.url);
      const headers = new Headers(hop.headers);
      let { method, body } = hop;
      // As fetch does: a 303, or a 301/302 answering a POST, is followed with a GET and no body.
      if ((response.status === 303 && method !== 'HEAD') || ((response.status === 301 || response.status === 302) && method === 'POST')) {
        method = 'GET';
        body = null;
        for (const name of ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location']) headers.delete(name);
      }
      // Credentials are for the origin they were given to.
      if (next.origin !== hop.url.origin) {
        headers.delete('authorization');
        headers.delete('cookie');
      }
      hop = { url: next, method, headers, body };
    }
  };
  return outboundFetch as typeof fetch;
}

export type RequestFailure =
  | { kind: 'blocked'; address: string }
  | { kind: 'unsupported_url'; message: string }
  /** Nothing reached the server (refused, unresolvable, timed out while connecting): safe to retry. */
  | { kind: 'not_sent'; timedOut: boolean; message: string }
  /** The server may have received the request: its outcome is unknown. */
  | { kind: 'maybe_sent'; timedOut: boolean; message: string };

// Errors a plain fetch (undici) reports before anything was written to the server.
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** What a thrown fetch error means for the request: blocked, not sent, or perhaps received. */
export function classifyRequestFailure(error: unknown): RequestFailure {
  if (error instanceof BlockedAddressError) return { kind: 'blocked', address: error.address };
  if (error instanceof UnsupportedUrlError) return { kind: 'unsupported_url', message: error.message };
  if (error instanceof OutboundRequestError) {
    return { kind: error.sent ? 'maybe_sent' : 'not_sent', timedOut: error.timedOut, message: error.message };
  }
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } } | null;
  const message = e?.cause?.message ?? e?.message ?? String(error);
  if (e?.name === 'TimeoutError') return { kind: 'maybe_sent', timedOut: true, message };
  if (e?.name === 'AbortError') return { kind: 'maybe_sent', timedOut: false, message };
  if (e?.cause?.code && NOT_SENT_CODES.has(e.cause.code)) return { kind: 'not_sent', timedOut: e.cause.code === 'UND_ERR_CONNECT_TIMEOUT', message };
  // A TypeError without a cause is thrown before any connection (a malformed request).
  if (error instanceof TypeError && !e?.cause) return { kind: 'not_sent', timedOut: false, message };
  return { kind: 'maybe_sent', timedOut: false, message };
}
