import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleGif, samplePng } from '../../core/publish/media-samples.ts';
import { assertMediaKey, mediaKey } from './keys.ts';
import { createMediaStore } from './store.ts';

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'brandroom-media-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

const brandId = '00000000-0000-4000-8000-0000000cafe1';
const mediaId = '5f0e7a8e-4c1d-4c55-9a3e-0b3c1f2a9d10';

describe('media store keys', () => {
  it('files each upload under its brand, year and month, named by its id and sniffed type', () => {
    expect(mediaKey(brandId, mediaId, 'image/jpeg', new Date('2026-03-31T23:30:00Z'))).toBe(`${brandId}/2026/03/${mediaId}.jpg`);
  });

  it.each(['../etc/passwd', `${brandId}/../../secrets`, '/etc/passwd', 'a//b', 'a\\b', '.hidden', 'a/b c', '', 'a/..'])('refuses %j', (key) => {
    expect(() => assertMediaKey(key)).toThrow(/Not a media store key/);
  });
});

describe('the media store in the data directory', () => {
  const key = mediaKey(brandId, mediaId, 'image/png', new Date('2026-03-01T00:00:00Z'));

  it('is chosen when no bucket is configured, and keeps files under <dataDir>/media', async () => {
    const store = createMediaStore({ dataDir, s3: null });
    expect(store.kind).toBe('directory');
    const png = samplePng(4, 3);
    await store.put(key, png, 'image/png');
    const file = path.join(dataDir, 'media', brandId, '2026', '03', `${mediaId}.png`);
    expect((await stat(file)).size).toBe(png.length);
    expect(Buffer.from((await store.get(key))!).equals(Buffer.from(png))).toBe(true);
    // Written under a temporary name and renamed: nothing else is left beside it.
    expect(await readdir(path.dirname(file))).toEqual([`${mediaId}.png`]);
  });

  it('replaces a file whole, answers null for a missing one and deletes quietly', async () => {
    const store = createMediaStore({ dataDir, s3: null });
    const gif = sampleGif(2, 2);
    await store.put(key, gif, 'image/gif');
    expect(Buffer.from((await store.get(key))!).equals(Buffer.from(gif))).toBe(true);
    await store.delete(key);
    expect(await store.get(key)).toBeNull();
    await expect(store.delete(key)).resolves.toBeUndefined();
  });

  it('never reads or writes outside its directory', async () => {
    const store = createMediaStore({ dataDir, s3: null });
    await expect(store.put('../outside.png', samplePng(1, 1), 'image/png')).rejects.toThrow(/Not a media store key/);
    await expect(store.get(`${brandId}/../../../etc/passwd`)).rejects.toThrow(/Not a media store key/);
    expect(await readdir(dataDir)).toEqual(['media']);
  });

  it('is the S3 store when a bucket is configured', () => {
    const s3 = { endpoint: 'http://127.0.0.1:9', region: 'us-east-1', bucket: 'b', accessKeyId: 'k', secretAccessKey: 's', forcePathStyle: true };
    expect(createMediaStore({ dataDir, s3 }).kind).toBe('s3');
  });
});
