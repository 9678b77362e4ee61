import { describe, expect, it } from 'vitest';
import { IMAGE_TYPES, isImageType, mediaTooLargeMessage, sniffMedia } from './media.ts';
import { sampleGif, sampleJpeg, samplePng, sampleWebp } from './media-samples.ts';

const text = (s: string) => new TextEncoder().encode(s);
const join = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
};

describe('sniffing an uploaded image from its bytes', () => {
  it.each([
    ['PNG', samplePng(3, 2), 'image/png', 3, 2],
    ['a wider PNG', samplePng(300, 200), 'image/png', 300, 200],
    ['JPEG', sampleJpeg(3, 2), 'image/jpeg', 3, 2],
    ['a larger JPEG', sampleJpeg(640, 480), 'image/jpeg', 640, 480],
    ['GIF', sampleGif(7, 5), 'image/gif', 7, 5],
    ['a wider GIF', sampleGif(300, 2), 'image/gif', 300, 2],
    ['lossy WebP (VP8)', sampleWebp('lossy', 3, 2), 'image/webp', 3, 2],
    ['lossless WebP (VP8L)', sampleWebp('lossless', 300, 200), 'image/webp', 300, 200],
    ['extended WebP (VP8X)', sampleWebp('extended', 3000, 2000), 'image/webp', 3000, 2000],
  ])('knows a %s and its size', (_name, bytes, mimeType, width, height) => {
    expect(sniffMedia(bytes)).toEqual({ mimeType, width, height });
  });

  it('gives a phone photo turned by its EXIF orientation the size it is shown at', () => {
    expect(sniffMedia(sampleJpeg(40, 30, { orientation: 6 }))).toEqual({ mimeType: 'image/jpeg', width: 30, height: 40 });
    expect(sniffMedia(sampleJpeg(40, 30, { orientation: 8 }))).toMatchObject({ width: 30, height: 40 });
    // Upside down is still landscape.
    expect(sniffMedia(sampleJpeg(40, 30, { orientation: 3 }))).toMatchObject({ width: 40, height: 30 });
  });

  it('takes a JPEG with bytes after its end, as some cameras append', () => {
    expect(sniffMedia(join(sampleJpeg(8, 8), text('trailer')))).toMatchObject({ mimeType: 'image/jpeg' });
  });

  it('refuses every cut-short copy of each format', () => {
    const samples = [samplePng(3, 2), sampleJpeg(9, 9, { orientation: 6 }), sampleGif(3, 2), sampleWebp('lossy', 3, 2), sampleWebp('lossless', 3, 2), sampleWebp('extended', 3, 2)];
    for (const sample of samples) {
      expect(sniffMedia(sample)).not.toBeNull();
      for (let cut = 0; cut < sample.length; cut++) {
        expect(sniffMedia(sample.subarray(0, cut)), `${sniffMedia(sample)!.mimeType} cut at ${cut} of ${sample.length}`).toBeNull();
      }
    }
  });

  it('refuses a web page, whatever it is named, and images that can carry script', () => {
    expect(sniffMedia(text('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>'))).toBeNull();
    expect(sniffMedia(text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'))).toBeNull();
    // The PNG signature, then a page: the first chunk is not an IHDR.
    const png = samplePng(1, 1);
    expect(sniffMedia(join(png.subarray(0, 8), text('<html><script>alert(1)</script></html>')))).toBeNull();
    // A GIF header glued to a page: no image block follows the screen descriptor.
    expect(sniffMedia(join(text('GIF89a'), new Uint8Array([1, 0, 1, 0, 0, 0, 0]), text('<script>alert(1)</script>')))).toBeNull();
  });

  it('refuses garbage and damaged headers', () => {
    expect(sniffMedia(new Uint8Array())).toBeNull();
    let seed = 7;
    const noise = new Uint8Array(4096).map(() => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    expect(sniffMedia(noise)).toBeNull();

    const badCrc = samplePng(3, 2);
    badCrc[29] = badCrc[29]! ^ 0xff; // a byte of the IHDR chunk's CRC
    expect(sniffMedia(badCrc)).toBeNull();

    const zeroWide = sampleGif(3, 2);
    zeroWide[6] = 0;
    expect(sniffMedia(zeroWide)).toBeNull();

    // A scan before any frame header says nothing about the picture.
    const jpeg = sampleJpeg(8, 8);
    const sof = jpeg.findIndex((b, i) => b === 0xff && jpeg[i + 1] === 0xc0);
    const withoutFrame = join(jpeg.subarray(0, sof), jpeg.subarray(sof + 2 + 11));
    expect(sniffMedia(withoutFrame)).toBeNull();

    const webp = sampleWebp('lossy', 3, 2);
    webp[23] = 0; // the VP8 start code
    expect(sniffMedia(webp)).toBeNull();
  });
});

describe('accepted types and their messages', () => {
  it('lists the four image types and tells them apart from others', () => {
    expect(IMAGE_TYPES).toEqual(['image/jpeg', 'image/png', 'image/gif', 'image/webp']);
    expect(isImageType('image/webp')).toBe(true);
    expect(isImageType('image/svg+xml')).toBe(false);
    expect(isImageType('text/html')).toBe(false);
  });

  it('says the size limit in megabytes, in both languages', () => {
    expect(mediaTooLargeMessage(16 * 1024 * 1024)).toEqual({
      en: 'The file is larger than the limit of 16 MB.',
      he: 'הקובץ גדול מדי: אפשר להעלות קבצים של עד 16 מ״ב.',
    });
    expect(mediaTooLargeMessage(1.5 * 1024 * 1024).en).toContain('1.5 MB');
    expect(mediaTooLargeMessage(4096).en).toContain('4 KB');
  });
});
