import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertPublicUrl,
  BlockedAddressError,
  classifyRequestFailure,
  createOutboundFetch,
  isBlockedAddress,
  OutboundRequestError,
  UnsupportedUrlError,
  type Resolver,
} from './outbound.ts';

describe('isBlockedAddress', () => {
  const blocked = [
    '127.0.0.1',
    '127.255.0.9',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '100.127.255.254',
    '0.0.0.0',
    '224.0.0.1',
    '239.255.255.250',
    '255.255.255.255',
    '198.18.0.1',
    '::',
    '::1',
    '[::1]',
    'fe80::1',
    'fe80::1%eth0',
    'fc00::1',
    'fd12:3456:789a::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '::ffff:169.254.169.254',
    '64:ff9b::a00:1',
    '2001:db8::1',
    '2002:7f00:1::',
    '::127.0.0.1',
    'not-an-address',
  ];
  const allowed = ['8.8.8.8', '1.1.1.1', '172.32.0.1', '172.15.255.255', '100.128.0.1', '169.253.0.1', '2606:4700:4700::1111', '2a00:1450:4001:80b::200e', '::ffff:8.8.8.8', '64:ff9b::808:808'];

  it.each(blocked)('refuses %s', (address) => expect(isBlockedAddress(address)).toBe(true));
  it.each(allowed)('allows %s', (address) => expect(isBlockedAddress(address)).toBe(false));
});

describe('assertPublicUrl', () => {
  const resolveTo =
    (...addresses: string[]): Resolver =>
    async () =>
      addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

  it('accepts a public host and refuses one with any private address among its answers', async () => {
    await expect(assertPublicUrl('https://hooks.example.org/in', false, { resolve: resolveTo('93.184.215.14') })).resolves.toBeInstanceOf(URL);
    await expect(assertPublicUrl('https://hooks.example.org/in', false, { resolve: resolveTo('93.184.215.14', '10.0.0.7') })).rejects.toMatchObject({
      name: 'BlockedAddressError',
      address: '10.0.0.7',
    });
  });

  it('refuses private literals and names that resolve to loopback, unless private networks are allowed', async () => {
    await expect(assertPublicUrl('http://127.0.0.1:8080/', false)).rejects.toBeInstanceOf(BlockedAddressError);
    await expect(assertPublicUrl('http://[::ffff:192.168.0.1]/', false)).rejects.toBeInstanceOf(BlockedAddressError);
    await expect(assertPublicUrl('http://169.254.169.254/latest/meta-data', false)).rejects.toBeInstanceOf(BlockedAddressError);
    await expect(assertPublicUrl('http://localhost:3000/', false)).rejects.toBeInstanceOf(BlockedAddressError);
    // The URL parser turns 2130706433 into 127.0.0.1, so odd spellings of an address are caught too.
    await expect(assertPublicUrl('http://2130706433/', false)).rejects.toBeInstanceOf(BlockedAddressError);
    await expect(assertPublicUrl('http://127.0.0.1:8080/', true)).resolves.toBeInstanceOf(URL);
  });

  it('takes only http and https, without credentials', async () => {
    await expect(assertPublicUrl('ftp://files.example.org/', true)).rejects.toBeInstanceOf(UnsupportedUrlError);
    await expect(assertPublicUrl('file:///etc/passwd', true)).rejects.toBeInstanceOf(UnsupportedUrlError);
    await expect(assertPublicUrl('https://user:secret@example.org/', true)).rejects.toBeInstanceOf(UnsupportedUrlError);
    await expect(assertPublicUrl('not a url', true)).rejects.toBeInstanceOf(UnsupportedUrlError);
  });
});

describe('createOutboundFetch', () => {
  let server: Server;
  let port: number;
  const hits: string[] = [];
  let handler: (req: IncomingMessage, res: ServerResponse, body: string) => void = (_req, res) => res.end('ok');

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        hits.push(`${req.method} ${req.url}`);
        handler(req, res, body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('refuses loopback by address, by name and as an IPv4-mapped IPv6 address, without connecting', async () => {
    const guarded = createOutboundFetch({ allowPrivateNetwork: false });
    hits.length = 0;
    await expect(guarded(`http://127.0.0.1:${port}/a`)).rejects.toBeInstanceOf(BlockedAddressError);
    await expect(guarded(`http://localhost:${port}/b`)).rejects.toBeInstanceOf(BlockedAddressError);
    await expect(guarded(`http://[::ffff:127.0.0.1]:${port}/c`)).rejects.toBeInstanceOf(BlockedAddressError);
    expect(hits).toEqual([]);
  });

  it('refuses a host when any one of its addresses is private', async () => {
    const resolve: Resolver = async () => [
      { address: '93.184.215.14', family: 4 },
      { address: '127.0.0.1', family: 4 },
    ];
    const guarded = createOutboundFetch({ allowPrivateNetwork: false, resolve });
    hits.length = 0;
    const error = await guarded(`http://mixed.example:${port}/`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BlockedAddressError);
    expect(classifyRequestFailure(error)).toEqual({ kind: 'blocked', address: '127.0.0.1' });
    expect(hits).toEqual([]);
  });

  it('connects to the address it checked: a DNS answer that changes afterwards is never used', async () => {
    // First answer public, every later answer loopback (a rebinding attack). The request must go to
    // the public address (unreachable here, so it fails) and never reach the local server.
    let lookups = 0;
    const resolve: Resolver = async () => [{ address: lookups++ === 0 ? '1.1.1.1' : '127.0.0.1', family: 4 }];
    const guarded = createOutboundFetch({ allowPrivateNetwork: false, resolve, timeoutMs: 400 });
    hits.length = 0;
    const error = await guarded(`http://rebind.example:${port}/secret`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutboundRequestError);
    expect(lookups).toBe(1);
    expect(hits).toEqual([]);
  });

  it('fetches from private addresses when the operator allows them, like fetch does', async () => {
    const open = createOutboundFetch({ allowPrivateNetwork: true });
    handler = (req, res, body) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ method: req.method, body, auth: req.headers.authorization ?? null, type: req.headers['content-type'] }));
    };
    const response = await open(`http://127.0.0.1:${port}/echo`, {
      method: 'POST',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'שלום' }),
    });
    expect(response.status).toBe(200);
    expect(response.url).toBe(`http://127.0.0.1:${port}/echo`);
    expect(await response.json()).toEqual({ method: 'POST', body: '{"text":"שלום"}', auth: 'Bearer t', type: 'application/json' });
  });

  it('sends multipart form data with its boundary', async () => {
    const open = createOutboundFetch({ allowPrivateNetwork: true });
    handler = (req, res, body) => res.end(`${req.headers['content-type']}\n${body}`);
    const form = new FormData();
    form.set('description', 'alt text');
    form.set('file', new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }), 'a.png');
    const text = await (await open(`http://127.0.0.1:${port}/upload`, { method: 'POST', body: form })).text();
    expect(text).toMatch(/^multipart\/form-data; boundary=/);
    expect(text).toContain('name="description"');
    expect(text).toContain('filename="a.png"');
  });

  it('follows redirects, and drops the Authorization header when the origin changes', async () => {
    const open = createOutboundFetch({ allowPrivateNetwork: true });
    handler = (req, res) => {
      if (req.url === '/old') {
        res.writeHead(301, { location: `http://localhost:${port}/new` }).end();
        return;
      }
      res.end(`${req.url} ${req.headers.authorization ?? 'no-auth'}`);
    };
    const response = await open(`http://127.0.0.1:${port}/old`, { headers: { authorization: 'Bearer t' } });
    expect(await response.text()).toBe('/new no-auth');
    const manual = await open(`http://127.0.0.1:${port}/old`, { redirect: 'manual' });
    expect(manual.status).toBe(301);
  });

  it('tells a request that never reached the server from one that may have', async () => {
    const open = createOutboundFetch({ allowPrivateNetwork: true, timeoutMs: 300 });
    // Connection refused: nothing sent.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const refused = await open(`http://127.0.0.1:${closedPort}/`).catch((e: unknown) => e);
    expect(classifyRequestFailure(refused)).toMatchObject({ kind: 'not_sent', timedOut: false });

    // The server takes the request and never answers: it may have acted on it.
    handler = () => undefined;
    const slow = await open(`http://127.0.0.1:${port}/slow`, { method: 'POST', body: 'x' }).catch((e: unknown) => e);
    expect(slow).toMatchObject({ name: 'TimeoutError', sent: true });
    expect(classifyRequestFailure(slow)).toMatchObject({ kind: 'maybe_sent', timedOut: true });

    // The server drops the connection after reading the request.
    handler = (req) => req.socket.destroy();
    const dropped = await open(`http://127.0.0.1:${port}/drop`, { method: 'POST', body: 'x' }).catch((e: unknown) => e);
    expect(classifyRequestFailure(dropped)).toMatchObject({ kind: 'maybe_sent', timedOut: false });
  });

  it('repeats a GET whose kept-alive connection was closed under it, but never a POST', async () => {
    const open = createOutboundFetch({ allowPrivateNetwork: true });
    // Each connection answers its first request and dies on its second, as an idle connection the
    // server closed at the moment it was reused.
    const served = new WeakMap<object, number>();
    handler = (req, res) => {
      const count = (served.get(req.socket) ?? 0) + 1;
      served.set(req.socket, count);
      if (count > 1) req.socket.destroy();
      else res.end('fresh');
    };
    hits.length = 0;
    expect(await (await open(`http://127.0.0.1:${port}/one`)).text()).toBe('fresh');
    expect(await (await open(`http://127.0.0.1:${port}/two`)).text()).toBe('fresh');
    expect(hits).toEqual(['GET /one', 'GET /two', 'GET /two']);

    hits.length = 0;
    const posted = await open(`http://127.0.0.1:${port}/post`, { method: 'POST', body: 'x' }).catch((e: unknown) => e);
    expect(classifyRequestFailure(posted).kind).toBe('maybe_sent');
    expect(hits).toEqual(['POST /post']);
  });

  it('stops when the caller aborts', async () => {
    const open = createOutboundFetch({ allowPrivateNetwork: true });
    handler = () => undefined;
    const controller = new AbortController();
    const pending = open(`http://127.0.0.1:${port}/wait`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError', aborted: true });
  });

  it('cuts off an answer larger than the limit', async () => {
    const open = createOutboundFetch({ allowPrivateNetwork: true, maxResponseBytes: 1024 });
    handler = (_req, res) => res.end('x'.repeat(10_000));
    await expect(open(`http://127.0.0.1:${port}/big`)).rejects.toThrow(/larger than 1024 bytes/);
  });

  it('fetches only http and https', async () => {
    const open = createOutboundFetch({ allowPrivateNetwork: true });
    await expect(open('data:text/plain,hello')).rejects.toBeInstanceOf(UnsupportedUrlError);
  });
});

describe('classifyRequestFailure with the built-in fetch', () => {
  it('reads undici’s connection errors', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const refused = await fetch(`http://127.0.0.1:${closedPort}/`).catch((e: unknown) => e);
    expect(classifyRequestFailure(refused).kind).toBe('not_sent');
    const timedOut = await fetch(`http://127.0.0.1:${closedPort}/`, { signal: AbortSignal.abort(new DOMException('late', 'TimeoutError')) }).catch((e: unknown) => e);
    expect(classifyRequestFailure(timedOut)).toMatchObject({ kind: 'maybe_sent', timedOut: true });
  });
});
