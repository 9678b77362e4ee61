// The S3 stand-in and the S3 media store against each other. The stand-in checks signatures with its
// own SigV4 code (written from the documentation); to show that code is right and not merely in
// agreement with aws4, it first accepts the signed example requests printed in Amazon's S3 SigV4
// documentation, byte for byte, and refuses them once altered.
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePng } from '../../core/publish/media-samples.ts';
import type { S3Config } from '../config.ts';
import { S3RequestError, s3ObjectRequest, s3Store } from '../media/s3.ts';
import { startS3StandIn, type S3StandIn } from './s3.ts';

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Sends exactly these headers (Host included) to the stand-in, whatever host they name. */
function send(endpoint: string, method: string, path: string, headers: Record<string, string>, body: string | Uint8Array = ''): Promise<RawAnswer> {
  const { port } = new URL(endpoint);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers, setHost: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const xmlCode = (xml: string) => /<Code>([^<]*)<\/Code>/.exec(xml)?.[1];

describe('the S3 stand-in checks Signature Version 4 as Amazon documents it', () => {
  // The documentation's credentials, bucket and instant (Fri, 24 May 2013 00:00:00 GMT).
  let aws: S3StandIn;
  const host = 'examplebucket.s3.amazonaws.com';
  const credential = 'Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request';
  const emptyHash = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
  beforeAll(async () => {
    aws = await startS3StandIn({
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      region: 'us-east-1',
      bucket: 'examplebucket',
      now: () => new Date('2013-05-24T00:00:00Z'),
    });
  });
  afterAll(() => aws?.close());

  const putExample = {
    Host: host,
    Date: 'Fri, 24 May 2013 00:00:00 GMT',
    'x-amz-date': '20130524T000000Z',
    'x-amz-storage-class': 'REDUCED_REDUNDANCY',
    'x-amz-content-sha256': '44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072',
    Authorization: `AWS4-HMAC-SHA256 ${credential},SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class,Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd`,
  };

  it('accepts the documentation\'s PutObject example (a "$" in the key, a signed payload)', async () => {
    const res = await send(aws.endpoint, 'PUT', '/test%24file.text', putExample, 'Welcome to Amazon S3.');
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBe(`"${createHash('md5').update('Welcome to Amazon S3.').digest('hex')}"`);
    expect(new TextDecoder().decode(aws.objects.get('test$file.text')!.bytes)).toBe('Welcome to Amazon S3.');
  });

  it('accepts the GetObject example (a Range header signed) and answers NoSuchKey for its missing key', async () => {
    const res = await send(aws.endpoint, 'GET', '/test.txt', {
      Host: host,
      Range: 'bytes=0-9',
      'x-amz-content-sha256': emptyHash,
      'x-amz-date': '20130524T000000Z',
      Authorization: `AWS4-HMAC-SHA256 ${credential},SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41`,
    });
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('application/xml');
    expect(xmlCode(res.body)).toBe('NoSuchKey');
    expect(res.body).toContain('<Key>test.txt</Key>');
  });

  it('accepts the query-string examples (sorted parameters, a parameter without a value)', async () => {
    const list = await send(aws.endpoint, 'GET', '/?max-keys=2&prefix=J', {
      Host: host,
      'x-amz-content-sha256': emptyHash,
      'x-amz-date': '20130524T000000Z',
      Authorization: `AWS4-HMAC-SHA256 ${credential},SignedHeaders=host;x-amz-content-sha256;x-amz-date,Signature=34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7`,
    });
    const lifecycle = await send(aws.endpoint, 'GET', '/?lifecycle', {
      Host: host,
      'x-amz-content-sha256': emptyHash,
      'x-amz-date': '20130524T000000Z',
      Authorization: `AWS4-HMAC-SHA256 ${credential},SignedHeaders=host;x-amz-content-sha256;x-amz-date,Signature=fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543`,
    });
    // Authenticated, then told that bucket operations are beyond this stand-in.
    expect([list.status, xmlCode(list.body)]).toEqual([501, 'NotImplemented']);
    expect([lifecycle.status, xmlCode(lifecycle.body)]).toEqual([501, 'NotImplemented']);
  });

  it('refuses the same example once anything signed in it changes', async () => {
    const otherKey = await send(aws.endpoint, 'PUT', '/test%24file.txt', putExample, 'Welcome to Amazon S3.');
    expect(otherKey.status).toBe(403);
    expect(xmlCode(otherKey.body)).toBe('SignatureDoesNotMatch');
    expect(otherKey.body).toContain('<CanonicalRequest>PUT\n/test%24file.txt\n');

    const otherClass = await send(aws.endpoint, 'PUT', '/test%24file.text', { ...putExample, 'x-amz-storage-class': 'STANDARD' }, 'Welcome to Amazon S3.');
    expect(xmlCode(otherClass.body)).toBe('SignatureDoesNotMatch');

    // The signature holds, but the bytes are not the ones whose hash was signed.
    const otherBody = await send(aws.endpoint, 'PUT', '/test%24file.text', putExample, 'Welcome to Amazon S4.');
    expect([otherBody.status, xmlCode(otherBody.body)]).toEqual([400, 'XAmzContentSHA256Mismatch']);

    const unsigned = await send(aws.endpoint, 'GET', '/test%24file.text', { Host: host });
    expect([unsigned.status, xmlCode(unsigned.body)]).toEqual([403, 'AccessDenied']);
  });
});

describe('the S3 media store', () => {
  const secrets = { accessKeyId: 'brandroom-test', secretAccessKey: 'a-secret-of-forty-characters-0123456789', region: 'eu-central-1', bucket: 'brandroom-media' };
  let s3: S3StandIn;
  let config: S3Config;
  beforeAll(async () => {
    s3 = await startS3StandIn(secrets);
    config = { endpoint: s3.endpoint, forcePathStyle: true, ...secrets };
  });
  afterAll(() => s3?.close());

  const key = '00000000-0000-4000-8000-0000000cafe1/2026/03/5f0e7a8e-4c1d-4c55-9a3e-0b3c1f2a9d10.png';

  it('puts, gets and deletes a file, signing its payload', async () => {
    const store = s3Store(config);
    const png = samplePng(30, 20);
    await store.put(key, png, 'image/png');
    const stored = s3.objects.get(key)!;
    expect(stored.contentType).toBe('image/png');
    expect(Buffer.from(stored.bytes).equals(Buffer.from(png))).toBe(true);
    const put = s3.requests.findLast((r) => r.method === 'PUT')!;
    expect(put).toMatchObject({ key, virtualHosted: false, status: 200, payloadHash: createHash('sha256').update(png).digest('hex') });

    expect(Buffer.from((await store.get(key))!).equals(Buffer.from(png))).toBe(true);
    expect(await store.get(key.replace('.png', '.gif'))).toBeNull();

    await store.delete(key);
    expect(s3.objects.has(key)).toBe(false);
    expect(await store.get(key)).toBeNull();
    await expect(store.delete(key)).resolves.toBeUndefined();
  });

  it('addresses the bucket in the host name when path style is off', async () => {
    const virtual = { ...config, endpoint: `http://s3.brandroom.test:${new URL(s3.endpoint).port}`, forcePathStyle: false };
    const bytes = samplePng(2, 2);
    const put = s3ObjectRequest(virtual, 'PUT', key, { bytes, mimeType: 'image/png' });
    const url = new URL(put.url);
    expect(url.host).toBe(`brandroom-media.s3.brandroom.test:${url.port}`);
    expect(url.pathname).toBe(`/${key}`);
    const res = await send(s3.endpoint, 'PUT', url.pathname, put.headers, bytes);
    expect(res.status).toBe(200);
    expect(s3.requests.at(-1)).toMatchObject({ key, virtualHosted: true });
    expect(Buffer.from((await s3Store(config).get(key))!).equals(Buffer.from(bytes))).toBe(true);
  });

  it('tells which setting to check when the bucket refuses the credentials', async () => {
    const wrongSecret = s3Store({ ...config, secretAccessKey: 'not-the-secret' });
    const refused = await wrongSecret.put(key, samplePng(1, 1), 'image/png').catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(S3RequestError);
    expect(refused).toMatchObject({ status: 403, code: 'SignatureDoesNotMatch' });
    expect((refused as Error).message).toMatch(/refused PUT .* in bucket brandroom-media: 403 SignatureDoesNotMatch: .*\(check S3_SECRET_ACCESS_KEY\)/);

    await expect(s3Store({ ...config, accessKeyId: 'someone-else' }).get(key)).rejects.toThrow(/InvalidAccessKeyId.*check S3_ACCESS_KEY_ID/);
    await expect(s3Store({ ...config, region: 'us-east-1' }).get(key)).rejects.toThrow(/AuthorizationHeaderMalformed.*region 'us-east-1' is wrong.*check S3_REGION/);
    // A missing bucket is a misconfiguration, not a missing file.
    await expect(s3Store({ ...config, bucket: 'no-such-bucket' }).get(key)).rejects.toThrow(/NoSuchBucket.*check S3_BUCKET/);
  });

  it('is refused with a clock more than fifteen minutes off', async () => {
    const late = s3ObjectRequest(config, 'GET', key, null, new Date(Date.now() - 60 * 60 * 1000));
    const res = await send(s3.endpoint, 'GET', new URL(late.url).pathname, late.headers);
    expect([res.status, xmlCode(res.body)]).toEqual([403, 'RequestTimeTooSkewed']);
  });

  it('says so when the endpoint cannot be reached', async () => {
    const closed = await startS3StandIn(secrets);
    await closed.close();
    await expect(s3Store({ ...config, endpoint: closed.endpoint }).get(key)).rejects.toThrow(/could not be reached .*ECONNREFUSED.*Check S3_ENDPOINT/);
  });
});
