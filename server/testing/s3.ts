// An S3-compatible object store in the test process, for the media store's tests. It answers
// PutObject, GetObject, HeadObject and DeleteObject as the Amazon S3 API reference describes them
// (status codes, ETag, the XML error document with NoSuchKey and friends), and authenticates every
// request the way S3 does with Signature Version 4: it rebuilds the canonical request, the string to
// sign and the signing key from the request it received, written here from the SigV4 documentation
// and not with the signing library the store uses, so a wrong signature cannot pass by agreeing
// with itself.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface S3StandInOptions {
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  bucket: string;
  /** The stand-in's clock, for requests signed at a fixed time (S3 refuses more than 15 minutes of skew). */
  now?: () => Date;
}

export interface StoredObject {
  bytes: Uint8Array;
  contentType: string;
  etag: string;
  lastModified: Date;
}

export interface SeenRequest {
  method: string;
  key: string;
  /** The bucket came in the host name (virtual-hosted style) rather than the path. */
  virtualHosted: boolean;
  /** The x-amz-content-sha256 the request carried: a hex digest when the payload was signed. */
  payloadHash: string;
  status: number;
  errorCode: string | null;
}

export interface S3StandIn {
  /** The endpoint to configure (path-style; a virtual-hosted request names the bucket in its Host header). */
  endpoint: string;
  objects: Map<string, StoredObject>;
  requests: SeenRequest[];
  close(): Promise<void>;
}

const ALGORITHM = 'AWS4-HMAC-SHA256';
const MAX_SKEW_MS = 15 * 60 * 1000;
const HEX_DIGEST = /^[0-9a-f]{64}$/;

/** An S3 error: its HTTP status, its code, its message and any extra elements of the XML document. */
class S3Failure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, string> = {},
  ) {
    super(message);
  }
}

export async function startS3StandIn(opts: S3StandInOptions): Promise<S3StandIn> {
  const objects = new Map<string, StoredObject>();
  const requests: SeenRequest[] = [];
  const now = opts.now ?? (() => new Date());

  const server = createServer((req, res) => {
    void answer(req, res).catch((err: unknown) => {
      res.statusCode = 500;
      res.end(String(err));
    });
  });

  async function answer(req: IncomingMessage, res: ServerResponse) {
    const requestId = randomBytes(8).toString('hex').toUpperCase();
    res.setHeader('x-amz-request-id', requestId);
    const body = await readBody(req);
    const target = locate(req, opts.bucket);
    const seen: SeenRequest = {
      method: req.method ?? '',
      key: target.key,
      virtualHosted: target.virtualHosted,
      payloadHash: header(req, 'x-amz-content-sha256') ?? '',
      status: 0,
      errorCode: null,
    };
    requests.push(seen);
    try {
      authenticate(req, body, opts, now());
      if (target.bucket !== opts.bucket) {
        throw new S3Failure(404, 'NoSuchBucket', 'The specified bucket does not exist', { BucketName: target.bucket });
      }
      if (!target.key) {
        throw new S3Failure(501, 'NotImplemented', 'A header you provided implies functionality that is not implemented');
      }
      respond(req, res, target.key, body);
    } catch (err) {
      if (!(err instanceof S3Failure)) throw err;
      seen.errorCode = err.code;
      res.statusCode = err.status;
      if (req.method === 'HEAD') {
        res.end();
      } else {
        const resource = target.virtualHosted ? `/${target.key}` : `/${target.bucket}/${target.key}`;
        res.setHeader('Content-Type', 'application/xml');
        res.end(errorDocument(err, resource, requestId));
      }
    }
    seen.status = res.statusCode;
  }

  function respond(req: IncomingMessage, res: ServerResponse, key: string, body: Buffer) {
    const method = req.method ?? '';
    if (method === 'PUT') {
      const etag = `"${createHash('md5').update(body).digest('hex')}"`;
      objects.set(key, {
        bytes: new Uint8Array(body),
        // S3's default when the request names no type.
        contentType: header(req, 'content-type') ?? 'binary/octet-stream',
        etag,
        lastModified: now(),
      });
      res.statusCode = 200;
      res.setHeader('ETag', etag);
      res.end();
      return;
    }
    if (method === 'GET' || method === 'HEAD') {
      const object = objects.get(key);
      if (!object) throw new S3Failure(404, 'NoSuchKey', 'The specified key does not exist.', { Key: key });
      res.statusCode = 200;
      res.setHeader('Content-Type', object.contentType);
      res.setHeader('Content-Length', String(object.bytes.length));
      res.setHeader('ETag', object.etag);
      res.setHeader('Last-Modified', object.lastModified.toUTCString());
      res.setHeader('Accept-Ranges', 'bytes');
      res.end(method === 'GET' ? object.bytes : undefined);
      return;
    }
    if (method === 'DELETE') {
      // Deleting a key that is not there succeeds too: the outcome is the same.
      objects.delete(key);
      res.statusCode = 204;
      res.end();
      return;
    }
    throw new S3Failure(405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.', { Method: method, ResourceType: 'OBJECT' });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    objects,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

// ── Addressing: path-style (/bucket/key) or virtual-hosted (Host: bucket.endpoint, /key) ───────

function locate(req: IncomingMessage, bucket: string): { bucket: string; key: string; virtualHosted: boolean } {
  const path = (req.url ?? '/').split('?')[0]!;
  const hostName = (header(req, 'host') ?? '').replace(/:\d+$/, '');
  // Undecodable names are left as they came; the signature check answers InvalidURI for them.
  const segments = path.split('/').slice(1).map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  });
  if (hostName.startsWith(`${bucket}.`)) return { bucket, key: segments.join('/'), virtualHosted: true };
  return { bucket: segments[0] ?? '', key: segments.slice(1).join('/'), virtualHosted: false };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new S3Failure(400, 'InvalidURI', "Couldn't parse the specified URI.");
  }
}

// ── Signature Version 4 ────────────────────────────────────────────────────────────────────────

function authenticate(req: IncomingMessage, body: Buffer, opts: S3StandInOptions, now: Date) {
  const authorization = header(req, 'authorization');
  if (!authorization) throw new S3Failure(403, 'AccessDenied', 'Access Denied');
  if (!authorization.startsWith(`${ALGORITHM} `)) {
    throw new S3Failure(400, 'InvalidArgument', 'Unsupported Authorization Type', { ArgumentName: 'Authorization', ArgumentValue: authorization });
  }
  const fields = new Map(
    authorization
      .slice(ALGORITHM.length + 1)
      .split(',')
      .map((part) => part.trim())
      .map((part) => [part.slice(0, part.indexOf('=')), part.slice(part.indexOf('=') + 1)] as const),
  );
  const credential = fields.get('Credential');
  const signedHeaderList = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (!credential || !signedHeaderList || !signature) {
    throw new S3Failure(400, 'AuthorizationHeaderMalformed', 'The authorization header is malformed; it needs Credential, SignedHeaders and Signature.');
  }

  // Credential: <access key id>/<yyyymmdd>/<region>/s3/aws4_request
  const [accessKeyId, scopeDate, region, service, terminator, ...rest] = credential.split('/');
  if (!terminator || rest.length) {
    throw new S3Failure(400, 'AuthorizationHeaderMalformed', 'The authorization header is malformed; the Credential is mal-formed; expecting "<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request".');
  }
  if (accessKeyId !== opts.accessKeyId) {
    throw new S3Failure(403, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.', { AWSAccessKeyId: accessKeyId ?? '' });
  }
  if (region !== opts.region) {
    throw new S3Failure(400, 'AuthorizationHeaderMalformed', `The authorization header is malformed; the region '${region}' is wrong; expecting '${opts.region}'`, { Region: opts.region });
  }
  if (service !== 's3' || terminator !== 'aws4_request') {
    throw new S3Failure(400, 'AuthorizationHeaderMalformed', `The authorization header is malformed; incorrect service "${service}". This endpoint belongs to "s3".`);
  }

  const amzDate = header(req, 'x-amz-date') ?? '';
  if (!/^\d{8}T\d{6}Z$/.test(amzDate)) {
    throw new S3Failure(403, 'AccessDenied', 'AWS authentication requires a valid Date or x-amz-date header');
  }
  if (scopeDate !== amzDate.slice(0, 8)) {
    throw new S3Failure(400, 'AuthorizationHeaderMalformed', `The authorization header is malformed; Invalid credential date "${scopeDate}". This date is not the same as X-Amz-Date: "${amzDate.slice(0, 8)}".`);
  }
  const requestTime = Date.UTC(+amzDate.slice(0, 4), +amzDate.slice(4, 6) - 1, +amzDate.slice(6, 8), +amzDate.slice(9, 11), +amzDate.slice(11, 13), +amzDate.slice(13, 15));
  if (Math.abs(now.getTime() - requestTime) > MAX_SKEW_MS) {
    throw new S3Failure(403, 'RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.', {
      RequestTime: amzDate,
      ServerTime: now.toISOString(),
      MaxAllowedSkewMilliseconds: String(MAX_SKEW_MS),
    });
  }

  const payloadHash = header(req, 'x-amz-content-sha256');
  if (!payloadHash) throw new S3Failure(400, 'InvalidRequest', 'Missing required header for this request: x-amz-content-sha256');

  const signedHeaders = signedHeaderList.split(';');
  const unsigned = Object.keys(req.headers).filter((name) => name.startsWith('x-amz-') && !signedHeaders.includes(name));
  if (!signedHeaders.includes('host') || unsigned.length) {
    throw new S3Failure(403, 'AccessDenied', 'There were headers present in the request which were not signed', { HeadersNotSigned: unsigned.join(', ') || 'host' });
  }

  const [path = '/', query = ''] = splitOnce(req.url ?? '/', '?');
  const canonicalRequest = [
    req.method ?? '',
    canonicalUri(path),
    canonicalQuery(query),
    signedHeaders.map((name) => `${name}:${canonicalHeaderValue(req.headers[name])}\n`).join(''),
    signedHeaderList,
    payloadHash,
  ].join('\n');
  const scope = `${scopeDate}/${region}/s3/aws4_request`;
  const stringToSign = [ALGORITHM, amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const signingKey = ['s3', 'aws4_request'].reduce((key, part) => hmac(key, part), hmac(hmac(`AWS4${opts.secretAccessKey}`, scopeDate), region));
  const expected = hmac(signingKey, stringToSign).toString('hex');
  if (!sameText(expected, signature)) {
    throw new S3Failure(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.', {
      AWSAccessKeyId: accessKeyId,
      StringToSign: stringToSign,
      SignatureProvided: signature,
      CanonicalRequest: canonicalRequest,
    });
  }

  // A signed payload must be the payload that came: S3 hashes what it received.
  if (HEX_DIGEST.test(payloadHash)) {
    if (sha256Hex(body) !== payloadHash) {
      throw new S3Failure(400, 'XAmzContentSHA256Mismatch', "The provided 'x-amz-content-sha256' header does not match what was computed.", {
        ClientComputedContentSHA256: payloadHash,
        S3ComputedContentSHA256: sha256Hex(body),
      });
    }
  } else if (payloadHash !== 'UNSIGNED-PAYLOAD') {
    // Chunked (STREAMING-…) uploads: a real S3 takes them; nothing in Brandroom sends them.
    throw new S3Failure(501, 'NotImplemented', 'A header you provided implies functionality that is not implemented', { Header: 'x-amz-content-sha256' });
  }
}

/** UriEncode of the SigV4 documentation: every byte but A–Z a–z 0–9 - . _ ~ as %XY (upper case). */
function uriEncode(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** The absolute path, each segment decoded as received and encoded once; S3 does not normalise paths. */
function canonicalUri(path: string): string {
  return path
    .split('/')
    .map((segment) => uriEncode(safeDecode(segment)))
    .join('/') || '/';
}

/** Parameters sorted by encoded name (then value), each name=value encoded; a bare name gets "=". */
function canonicalQuery(query: string): string {
  return query
    .split('&')
    .filter(Boolean)
    .map((pair) => splitOnce(pair, '=').map((part) => uriEncode(safeDecode(part ?? ''))) as [string, string])
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

/** Trimmed, inner runs of spaces made one; repeated headers joined by commas. */
function canonicalHeaderValue(value: string | string[] | undefined): string {
  return ([] as string[])
    .concat(value ?? [])
    .map((v) => v.trim().replace(/\s+/g, ' '))
    .join(',');
}

// ── Small helpers ──────────────────────────────────────────────────────────────────────────────

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}

function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function errorDocument(err: S3Failure, resource: string, requestId: string): string {
  const extra = Object.entries(err.extra)
    .map(([name, value]) => `<${name}>${xmlEscape(value)}</${name}>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${err.code}</Code><Message>${xmlEscape(err.message)}</Message>${extra}<Resource>${xmlEscape(resource)}</Resource><RequestId>${requestId}</RequestId></Error>`;
}
