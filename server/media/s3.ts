// The media store in an S3-compatible bucket (Amazon S3, MinIO, Ceph, Garage, R2…): PutObject,
// GetObject and DeleteObject over fetch, each signed with Signature Version 4 by aws4. The payload's
// SHA-256 is part of the signature (never UNSIGNED-PAYLOAD), so the store refuses bytes that changed
// on the way.
import { createHash } from 'node:crypto';
import aws4 from 'aws4';
import type { S3Config } from '../config.ts';
import { assertMediaKey } from './keys.ts';
import type { MediaStore } from './store.ts';

const TIMEOUT_MS = 120_000;

/** What the bucket answered when it refused a request, with a hint at the setting to check. */
export class S3RequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'S3RequestError';
  }
}

const HINTS: Record<string, string> = {
  SignatureDoesNotMatch: 'check S3_SECRET_ACCESS_KEY',
  InvalidAccessKeyId: 'check S3_ACCESS_KEY_ID',
  AuthorizationHeaderMalformed: 'check S3_REGION',
  NoSuchBucket: 'check S3_BUCKET, and that the bucket exists',
  AccessDenied: 'check that the access key may read and write this bucket',
  RequestTimeTooSkewed: "this machine's clock is off; S3 allows 15 minutes",
};

type Method = 'PUT' | 'GET' | 'DELETE';

/**
 * The URL and signed headers of one object request. Path-style puts the bucket in the path
 * (`endpoint/bucket/key`), virtual-hosted style in the host name (`bucket.endpoint/key`).
 */
export function s3ObjectRequest(
  config: S3Config,
  method: Method,
  key: string,
  content: { bytes: Uint8Array; mimeType: string } | null = null,
  now = new Date(),
): { url: string; headers: Record<string, string> } {
  assertMediaKey(key);
  const endpoint = new URL(config.endpoint);
  const prefix = endpoint.pathname.replace(/\/$/, '');
  const objectPath = key.split('/').map(encodeURIComponent).join('/');
  const host = config.forcePathStyle ? endpoint.host : `${config.bucket}.${endpoint.host}`;
  const path = config.forcePathStyle ? `${prefix}/${encodeURIComponent(config.bucket)}/${objectPath}` : `${prefix}/${objectPath}`;
  const headers: Record<string, string> = {
    Host: host,
    'X-Amz-Date': now.toISOString().replace(/[-:]|\.\d{3}/g, ''),
    'X-Amz-Content-Sha256': createHash('sha256')
      .update(content?.bytes ?? new Uint8Array())
      .digest('hex'),
  };
  if (content) headers['Content-Type'] = content.mimeType;
  const signed = aws4.sign(
    { method, host, path, service: 's3', region: config.region, headers },
    { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
  );
  return { url: `${endpoint.protocol}//${host}${signed.path}`, headers: signed.headers as Record<string, string> };
}

export function s3Store(config: S3Config): MediaStore {
  async function send(method: Method, key: string, content: { bytes: Uint8Array; mimeType: string } | null = null) {
    const { url, headers } = s3ObjectRequest(config, method, key, content);
    // fetch sets Host from the URL itself, the same value that was signed.
    const { Host: _host, ...sent } = headers;
    try {
      return await fetch(url, {
        method,
        headers: sent,
        // Uploads are read into Buffers over plain ArrayBuffers, never shared memory.
        ...(content ? { body: content.bytes as Uint8Array<ArrayBuffer> } : {}),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (err) {
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      const reason = cause?.code ?? cause?.message ?? (err as Error).message;
      throw new Error(`The S3 media store at ${config.endpoint} could not be reached (${method} ${key}): ${reason}. Check S3_ENDPOINT.`);
    }
  }

  async function refusal(res: Response, method: Method, key: string): Promise<S3RequestError> {
    const text = await res.text();
    const code = xmlElement(text, 'Code') ?? `HTTP ${res.status}`;
    const message = xmlElement(text, 'Message') ?? res.statusText;
    const hint = HINTS[code];
    return new S3RequestError(
      res.status,
      code,
      `The S3 media store refused ${method} ${key} in bucket ${config.bucket}: ${res.status} ${code}: ${message}${hint ? ` (${hint})` : ''}`,
    );
  }

  return {
    kind: 's3',
    async put(key, bytes, mimeType) {
      const res = await send('PUT', key, { bytes, mimeType });
      if (!res.ok) throw await refusal(res, 'PUT', key);
      await res.body?.cancel();
    },
    async get(key) {
      const res = await send('GET', key);
      if (res.ok) return new Uint8Array(await res.arrayBuffer());
      const error = await refusal(res, 'GET', key);
      // A missing key is an answer; a missing bucket is a misconfiguration.
      if (error.code === 'NoSuchKey') return null;
      throw error;
    },
    async delete(key) {
      const res = await send('DELETE', key);
      // S3 answers 204 whether or not the key held anything; a 404 is a bucket that is not there.
      if (!res.ok) throw await refusal(res, 'DELETE', key);
      await res.body?.cancel();
    },
  };
}

function xmlElement(xml: string, name: string): string | null {
  const match = new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml);
  if (!match) return null;
  return match[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
