import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleJpeg, samplePng } from '../../../core/publish/media-samples.ts';
import { brands } from '../../db/schema.ts';
import { SYSTEM_ACTOR } from '../../services/audit/audit.ts';
import { loadMediaBytes, saveUpload } from '../../services/publish/media.ts';
import { DEMO_BRANDS, DEMO_WORKSPACE_ID as WS, startTestServer, type Session, type TestServer } from '../../testing/harness.ts';
import { startS3StandIn, type S3StandIn } from '../../testing/s3.ts';

const MB = 1024 * 1024;
const cafe = DEMO_BRANDS.cafe;

let server: TestServer;
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'brandroom-media-'));
  server = await startTestServer({ dataDir, mediaMaxBytes: MB });
});
afterAll(async () => {
  await server?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** Posts the file's bytes as the body, the way the composer does. */
async function upload(
  on: TestServer,
  session: Session | null,
  brandId: string,
  bytes: Uint8Array,
  opts: { name?: string; contentType?: string | null; headers?: Record<string, string> } = {},
) {
  const res = await on.runtime.app!.inject({
    method: 'POST',
    url: `/api/v1/brands/${brandId}/media`,
    headers: {
      ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
      ...(opts.contentType === null ? {} : { 'content-type': opts.contentType ?? 'application/octet-stream' }),
      ...(opts.name !== undefined ? { 'x-filename': encodeURIComponent(opts.name) } : {}),
      ...opts.headers,
    },
    payload: Buffer.from(bytes),
  });
  return { status: res.statusCode, body: res.json(), headers: res.headers };
}

async function read(on: TestServer, session: Session | null, url: string, headers: Record<string, string> = {}) {
  const res = await on.runtime.app!.inject({ method: 'GET', url, headers: { ...(session ? { cookie: session.cookie } : {}), ...headers } });
  return { status: res.statusCode, bytes: res.rawPayload, headers: res.headers };
}

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

async function mediaFiles(): Promise<string[]> {
  const root = path.join(dataDir, 'media');
  return (await readdir(root, { recursive: true }).catch(() => [] as string[])).filter((f) => /\.\w+$/.test(f)).sort();
}

describe('uploading an image and reading it back', () => {
  it('takes a PNG from a brand manager and gives back the same bytes, typed and cached', async () => {
    const noa = await server.login('noa@shaked.example');
    const png = samplePng(30, 20);
    const res = await upload(server, noa, cafe, png, { name: 'חלון הראווה.png', contentType: 'image/png' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      mimeType: 'image/png',
      byteSize: png.length,
      width: 30,
      height: 20,
      originalName: 'חלון הראווה.png',
      url: `/api/v1/brands/${cafe}/media/${res.body.id}`,
    });

    const back = await read(server, noa, res.body.url);
    expect(back.status).toBe(200);
    expect(same(back.bytes, png)).toBe(true);
    expect(back.headers['content-type']).toBe('image/png');
    expect(back.headers['x-content-type-options']).toBe('nosniff');
    expect(back.headers['content-disposition']).toBe(`inline; filename="____ ______.png"; filename*=UTF-8''${encodeURIComponent('חלון הראווה.png')}`);
    expect(back.headers['cache-control']).toBe('private, max-age=31536000, immutable');

    // The browser's copy is current: nothing is sent again.
    const again = await read(server, noa, res.body.url, { 'if-none-match': String(back.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.bytes.length).toBe(0);

    // In the data directory, under the brand, year and month, named by the id.
    expect(await mediaFiles()).toContain(path.join(cafe, String(new Date().getUTCFullYear()), String(new Date().getUTCMonth() + 1).padStart(2, '0'), `${res.body.id}.png`));

    const avi = await server.login('avi@shaked.example');
    const audit = await avi.as.get(`/api/v1/workspaces/${WS}/audit?action=media.upload&brandId=${cafe}`);
    expect(audit.body.items[0]).toMatchObject({
      actor: { id: noa.userId },
      targetId: res.body.id,
      summary: { after: { originalName: 'חלון הראווה.png', mimeType: 'image/png', byteSize: png.length, width: 30, height: 20 } },
    });
  });

  it('believes the bytes, not the name or the Content-Type the browser claims', async () => {
    const tal = await server.login('tal@pixel-agency.example');
    const jpeg = sampleJpeg(16, 8);
    for (const contentType of ['image/png', 'application/json', 'text/plain', null]) {
      const res = await upload(server, tal, cafe, jpeg, { name: 'photo.png', contentType });
      expect(res.status, String(contentType)).toBe(201);
      expect(res.body).toMatchObject({ mimeType: 'image/jpeg', width: 16, height: 8, originalName: 'photo.png' });
      const back = await read(server, tal, res.body.url);
      expect(back.headers['content-type']).toBe('image/jpeg');
    }
  });

  it('refuses a web page named x.png, and says which images it takes', async () => {
    const noa = await server.login('noa@shaked.example');
    const before = await mediaFiles();
    const page = new TextEncoder().encode('<!DOCTYPE html><html><body><script>fetch("/api/v1/auth/session")</script></body></html>');
    const res = await upload(server, noa, cafe, page, { name: 'x.png', contentType: 'image/png' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'media_type',
      message: 'file: This file is not an image Brandroom can take. Upload a JPEG, PNG, GIF or WebP image.',
      details: { acceptedTypes: ['image/jpeg', 'image/png', 'image/gif', 'image/webp'] },
    });
    const inHebrew = await upload(server, noa, cafe, page, { name: 'x.png', headers: { 'accept-language': 'he' } });
    expect(inHebrew.body.error.message).toMatch(/^file: הקובץ הזה אינו תמונה/);
    expect(await mediaFiles()).toEqual(before);

    const empty = await upload(server, noa, cafe, new Uint8Array(), { name: 'nothing.png' });
    expect([empty.status, empty.body.error.code, empty.body.error.message]).toEqual([400, 'media_empty', 'file: The file is empty.']);

    const badName = await upload(server, noa, cafe, samplePng(1, 1), { headers: { 'x-filename': '%E0%A4%A' } });
    expect(badName.status).toBe(400);
    expect(badName.body.error.details.issues).toEqual([{ path: 'headers.x-filename', message: 'X-Filename must be the file name encoded with encodeURIComponent' }]);
  });

  it('refuses a file over the limit with 413, naming the limit', async () => {
    const noa = await server.login('noa@shaked.example');
    const before = await mediaFiles();
    const big = new Uint8Array(MB + 1);
    big.set(samplePng(1, 1));
    const res = await upload(server, noa, cafe, big, { name: 'huge.png' });
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ code: 'media_too_large', message: 'file: The file is larger than the limit of 1 MB.', details: { limitBytes: MB } });
    const inHebrew = await upload(server, noa, cafe, big, { headers: { 'accept-language': 'he' } });
    expect(inHebrew.body.error.message).toBe('file: הקובץ גדול מדי: אפשר להעלות קבצים של עד 1 מ״ב.');
    // A file of exactly the limit is fine.
    const exact = samplePng(1023, 1023);
    expect(exact.length).toBeLessThanOrEqual(MB);
    expect((await upload(server, noa, cafe, exact)).status).toBe(201);
    expect((await mediaFiles()).length).toBe(before.length + 1);
  });

  it('keeps each brand\'s files to the people who work on it', async () => {
    const noa = await server.login('noa@shaked.example');
    const { body } = await upload(server, noa, cafe, samplePng(2, 2), { name: 'cafe.png' });

    // Sam reviews for the roasters only: the cafe and its files do not exist for them.
    const sam = await server.login('sam@roasters-client.example');
    expect((await read(server, sam, body.url)).status).toBe(404);
    expect((await upload(server, sam, cafe, samplePng(2, 2))).status).toBe(404);
    // Nor is a cafe file reachable through the roasters' address.
    expect((await read(server, noa, `/api/v1/brands/${DEMO_BRANDS.roasters}/media/${body.id}`)).status).toBe(404);
    expect((await read(server, noa, `/api/v1/brands/${cafe}/media/${randomUUID()}`)).status).toBe(404);

    // Maya the analyst sees the posts and their images, but cannot upload.
    const maya = await server.login('maya@shaked.example');
    expect((await read(server, maya, body.url)).status).toBe(200);
    const refused = await upload(server, maya, cafe, samplePng(2, 2));
    expect(refused.status).toBe(403);

    expect((await read(server, null, body.url)).status).toBe(401);
    expect((await upload(server, null, cafe, samplePng(2, 2))).status).toBe(401);
  });

  it('hands the publisher each file\'s bytes, type and size, leaving out what is gone', async () => {
    const noa = await server.login('noa@shaked.example');
    const png = samplePng(5, 4);
    const jpeg = sampleJpeg(8, 16, { orientation: 6 });
    const a = (await upload(server, noa, cafe, png)).body;
    const b = (await upload(server, noa, cafe, jpeg)).body;
    const missing = randomUUID();
    const files = await loadMediaBytes(server.runtime.ctx, [a.id, b.id, a.id, missing]);
    expect([...files.keys()].sort()).toEqual([a.id, b.id].sort());
    expect(files.get(a.id)).toMatchObject({ mimeType: 'image/png', width: 5, height: 4 });
    expect(same(files.get(a.id)!.bytes, png)).toBe(true);
    // Shown turned a quarter: sixteen wide, eight high.
    expect(files.get(b.id)).toMatchObject({ mimeType: 'image/jpeg', width: 16, height: 8 });
  });

  it('leaves no file behind when its row cannot be saved', async () => {
    const before = await mediaFiles();
    const [brand] = await server.runtime.ctx.db.select().from(brands).where(eq(brands.id, cafe));
    // A brand that is not in the database: the file is stored, then the insert fails.
    const gone = { ...brand!, id: randomUUID() };
    await expect(saveUpload(server.runtime.ctx, SYSTEM_ACTOR, { brand: gone, bytes: samplePng(3, 3), originalName: 'x.png' })).rejects.toThrow();
    expect(await mediaFiles()).toEqual(before);
  });
});

describe('media in an S3-compatible bucket', () => {
  const secrets = { accessKeyId: 'brandroom', secretAccessKey: 'bucket-secret-0123456789', region: 'eu-west-1', bucket: 'brandroom-media' };
  let s3: S3StandIn;
  let onS3: TestServer;
  beforeAll(async () => {
    s3 = await startS3StandIn(secrets);
    onS3 = await startTestServer({ dataDir, s3: { endpoint: s3.endpoint, forcePathStyle: true, ...secrets } });
  });
  afterAll(async () => {
    await onS3?.close();
    await s3?.close();
  });

  it('stores uploads in the bucket and reads them from there', async () => {
    const noa = await onS3.login('noa@shaked.example');
    const before = await mediaFiles();
    const png = samplePng(12, 6);
    const res = await upload(onS3, noa, cafe, png, { name: 'bucket.png' });
    expect(res.status).toBe(201);
    const key = [...s3.objects.keys()].find((k) => k.endsWith(`/${res.body.id}.png`))!;
    expect(key.startsWith(`${cafe}/`)).toBe(true);
    expect(s3.objects.get(key)!.contentType).toBe('image/png');
    expect(await mediaFiles()).toEqual(before);

    const back = await read(onS3, noa, res.body.url);
    expect(same(back.bytes, png)).toBe(true);
  });
});
