// A webhook receiver in the test process, doing what Brandroom's README asks of one: check the
// Brandroom-Signature with verifyWebhookSignature (401 when it is missing, wrong or too old), and
// treat a Brandroom-Delivery id it has seen as done (answer 2xx again, keep one copy). It records
// what it kept and counts the repeats, so a test can assert that nothing arrived twice.
//
// Fault switches, as the Mastodon stand-in has: failNext (answer an error, keep nothing),
// delayNext (keep the delivery, answer late), dropAfterStore (keep it, cut the connection).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DELIVERY_HEADER, SIGNATURE_HEADER, verifyWebhookSignature } from '../connectors/webhook/signature.ts';

export interface WebhookDelivery {
  deliveryId: string;
  event: string;
  body: Record<string, unknown>;
  rawBody: string;
  headers: http.IncomingHttpHeaders;
  receivedAt: Date;
  /** What the receiver answered as its copy's id. */
  id: string;
}

export interface WebhookReceiver {
  url: string;
  /** Each delivery kept, once, in order of arrival. */
  deliveries(): WebhookDelivery[];
  /** Deliveries that came again with an id already kept. */
  duplicates(): number;
  /** Requests refused for their signature. */
  refused(): number;
  /** The next n deliveries are answered with this status (and body) and not kept. */
  failNext(n: number, status: number, body?: string, headers?: Record<string, string>): void;
  /** The next delivery is kept, then answered after ms. */
  delayNext(ms: number): void;
  /** The next delivery is kept, then the connection is cut before any answer. */
  dropAfterStore(): void;
  close(): Promise<void>;
}

export interface WebhookReceiverOptions {
  secret: string;
  toleranceSeconds?: number;
  /** ids (default): answer {"id","url"}; empty: answer 204 with no body. */
  answer?: 'ids' | 'empty';
  port?: number;
}

export async function startWebhookReceiver(options: WebhookReceiverOptions): Promise<WebhookReceiver> {
  const kept = new Map<string, WebhookDelivery>();
  let duplicates = 0;
  let refused = 0;
  const failures: { left: number; status: number; body: string; headers: Record<string, string> }[] = [];
  let delayNextMs: number | null = null;
  let dropNext = false;
  let base = '';

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const check = verifyWebhookSignature(options.secret, req.headers[SIGNATURE_HEADER.toLowerCase()] as string | undefined, raw, { toleranceSeconds: options.toleranceSeconds });
      if (!check.valid) {
        refused++;
        return json(401, { error: `signature ${check.reason}` });
      }
      const failure = failures[0];
      if (failure) {
        if (--failure.left <= 0) failures.shift();
        res.writeHead(failure.status, { 'content-type': 'text/plain; charset=utf-8', ...failure.headers });
        res.end(failure.body);
        return;
      }
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        return json(400, { error: 'body is not JSON' });
      }
      const deliveryId = req.headers[DELIVERY_HEADER.toLowerCase()];
      if (typeof deliveryId !== 'string' || deliveryId !== body.deliveryId) return json(400, { error: 'Brandroom-Delivery does not match the body' });
      const seen = kept.get(deliveryId);
      if (seen) {
        duplicates++;
        return options.answer === 'empty' ? res.writeHead(204).end() : json(200, { id: seen.id, url: `${base}/posts/${seen.id}` });
      }
      const id = `rcv-${kept.size + 1}`;
      kept.set(deliveryId, { deliveryId, event: String(body.event), body, rawBody: raw, headers: req.headers, receivedAt: new Date(), id });
      if (dropNext) {
        dropNext = false;
        req.socket.destroy();
        return;
      }
      const answer = () => (options.answer === 'empty' ? res.writeHead(204).end() : json(200, { id, url: `${base}/posts/${id}` }));
      if (delayNextMs !== null) {
        const ms = delayNextMs;
        delayNextMs = null;
        setTimeout(() => {
          if (!res.destroyed) answer();
        }, ms);
        return;
      }
      answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: `${base}/hooks/brandroom`,
    deliveries: () => [...kept.values()],
    duplicates: () => duplicates,
    refused: () => refused,
    failNext(n, status, body = '', headers = {}) {
      failures.push({ left: n, status, body, headers });
    },
    delayNext(ms) {
      delayNextMs = ms;
    },
    dropAfterStore() {
      dropNext = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
