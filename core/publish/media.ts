// What an uploaded file really is, read from its bytes alone. A file's name and the Content-Type its
// browser sends are the uploader's claims: an HTML page named photo.png is still HTML, and serving it
// as what it claims would let it run in our origin. So the type, and the width and height the
// networks want, come from walking the file's own structure; anything else is refused.
import { z } from 'zod';

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

/** The extension a stored file gets, from its sniffed type. */
export const IMAGE_EXTENSIONS: Readonly<Record<ImageType, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

export function isImageType(mimeType: string): mimeType is ImageType {
  return (IMAGE_TYPES as readonly string[]).includes(mimeType);
}

export interface SniffedMedia {
  mimeType: ImageType;
  /** As the image is shown: a JPEG whose EXIF orientation turns it a quarter has its sides swapped. */
  width: number;
  height: number;
}

/** The image's type and size, or null when the bytes are not a complete JPEG, PNG, GIF or WebP file. */
export function sniffMedia(bytes: Uint8Array): SniffedMedia | null {
  const file = new Reader(bytes);
  if (file.startsWith(PNG_SIGNATURE)) return sniffPng(file);
  if (file.startsWith(JPEG_SIGNATURE)) return sniffJpeg(file);
  if (file.ascii(0, 6) === 'GIF87a' || file.ascii(0, 6) === 'GIF89a') return sniffGif(file);
  if (file.ascii(0, 4) === 'RIFF' && file.ascii(8, 4) === 'WEBP') return sniffWebp(file);
  return null;
}

// ── Messages ─────────────────────────────────────────────────────────────────────────────────

export interface MediaMessage {
  en: string;
  he: string;
}

export const MEDIA_MESSAGES = {
  notAnImage: {
    en: 'This file is not an image Brandroom can take. Upload a JPEG, PNG, GIF or WebP image.',
    // Right-to-left marks keep the list in the reader's order between the Latin names.
    he: 'הקובץ הזה אינו תמונה שאפשר להעלות. אפשר להעלות תמונה מסוג JPEG,\u200f PNG,\u200f GIF או WebP.',
  },
  empty: { en: 'The file is empty.', he: 'הקובץ ריק.' },
  fileName: {
    en: 'X-Filename must be the file name encoded with encodeURIComponent',
    he: 'X-Filename צריך להכיל את שם הקובץ בקידוד encodeURIComponent',
  },
} as const satisfies Record<string, MediaMessage>;

/** Says the limit as people think of it: megabytes, or kilobytes for a limit under one. */
export function formatFileSize(bytes: number): { en: string; he: string } {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) {
    const n = String(Number(mb.toFixed(1)));
    return { en: `${n} MB`, he: `${n} מ״ב` };
  }
  const kb = String(Math.max(1, Math.round(bytes / 1024)));
  return { en: `${kb} KB`, he: `${kb} ק״ב` };
}

export function mediaTooLargeMessage(limitBytes: number): MediaMessage {
  const size = formatFileSize(limitBytes);
  return {
    en: `The file is larger than the limit of ${size.en}.`,
    he: `הקובץ גדול מדי: אפשר להעלות קבצים של עד ${size.he}.`,
  };
}

// ── The API's answer for an uploaded file ────────────────────────────────────────────────────

export const mediaSchema = z.object({
  id: z.string(),
  mimeType: z.string().describe('Sniffed from the bytes: image/jpeg, image/png, image/gif or image/webp'),
  byteSize: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  originalName: z.string(),
  url: z.string().describe('Where the file is read back (same origin, needs the session or token)'),
});
export type Media = z.infer<typeof mediaSchema>;

// ── Reading bytes ────────────────────────────────────────────────────────────────────────────

/** Bounds-checked reads: every read past the end answers -1 (or ''), so a truncated file fails a check. */
class Reader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  get length() {
    return this.bytes.length;
  }
  u8(at: number): number {
    return at >= 0 && at < this.length ? this.view.getUint8(at) : -1;
  }
  u16(at: number, little = false): number {
    return at >= 0 && at + 2 <= this.length ? this.view.getUint16(at, little) : -1;
  }
  u24le(at: number): number {
    return at >= 0 && at + 3 <= this.length ? this.view.getUint16(at, true) | (this.view.getUint8(at + 2) << 16) : -1;
  }
  u32(at: number, little = false): number {
    return at >= 0 && at + 4 <= this.length ? this.view.getUint32(at, little) : -1;
  }
  ascii(at: number, n: number): string {
    if (at < 0 || at + n > this.length) return '';
    return String.fromCharCode(...this.bytes.subarray(at, at + n));
  }
  startsWith(signature: readonly number[]): boolean {
    return signature.every((b, i) => this.u8(i) === b);
  }
}

// ── PNG: signature, IHDR first (with a correct CRC), chunks end to end up to IEND ───────────────

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function sniffPng(file: Reader): SniffedMedia | null {
  let at = 8;
  let size: { width: number; height: number } | null = null;
  let imageData = false;
  while (at + 12 <= file.length) {
    const length = file.u32(at);
    const type = file.ascii(at + 4, 4);
    const end = at + 12 + length;
    if (length > 0x7fffffff || end > file.length) return null;
    if (!size) {
      if (type !== 'IHDR' || length !== 13) return null;
      if (crc32(file.bytes.subarray(at + 4, at + 8 + length)) !== file.u32(at + 8 + length)) return null;
      const width = file.u32(at + 8);
      const height = file.u32(at + 12);
      if (width < 1 || height < 1 || width > 0x7fffffff || height > 0x7fffffff) return null;
      size = { width, height };
    } else if (type === 'IDAT') {
      imageData = true;
    } else if (type === 'IEND') {
      return imageData ? { mimeType: 'image/png', ...size } : null;
    }
    at = end;
  }
  return null;
}

let crcTable: Uint32Array | null = null;

function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

// ── JPEG: segments from SOI, a frame header (SOF) before the first scan, scans through to EOI ────

const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];
const EOI = 0xd9;
const SOS = 0xda;
const APP1 = 0xe1;

/** Start-of-frame markers: every coding process; C4 (DHT), C8 (reserved) and CC (DAC) are not frames. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** Markers that stand alone, without a length: TEM and the restart markers. */
function isStandalone(marker: number): boolean {
  return marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
}

function sniffJpeg(file: Reader): SniffedMedia | null {
  let at = 2;
  let size: { width: number; height: number } | null = null;
  let orientation = 1;
  for (;;) {
    if (file.u8(at) !== 0xff) return null;
    // Any number of 0xFF fill bytes may come before a marker.
    while (file.u8(at) === 0xff) at++;
    const marker = file.u8(at++);
    if (marker < 0) return null;
    if (marker === EOI) {
      if (!size) return null;
      const quarterTurn = orientation >= 5 && orientation <= 8;
      return { mimeType: 'image/jpeg', width: quarterTurn ? size.height : size.width, height: quarterTurn ? size.width : size.height };
    }
    if (isStandalone(marker)) continue;
    if (marker === 0x00 || marker === 0xd8) return null;
    const length = file.u16(at);
    if (length < 2 || at + length > file.length) return null;
    if (isStartOfFrame(marker) && !size) {
      if (length < 8) return null;
      const height = file.u16(at + 3);
      const width = file.u16(at + 5);
      // Height 0 means "given later in a DNL segment": too rare to be worth reading, refused.
      if (width < 1 || height < 1) return null;
      size = { width, height };
    } else if (marker === APP1 && !size) {
      orientation = exifOrientation(file, at + 2, at + length) ?? orientation;
    }
    at += length;
    if (marker === SOS) {
      if (!size) return null;
      at = endOfScan(file, at);
      if (at < 0) return null;
    }
  }
}

/** Skips a scan's entropy-coded data to the marker after it (0xFF 0x00 is a data byte, RSTn stay in the scan). */
function endOfScan(file: Reader, from: number): number {
  let at = from;
  for (;;) {
    const ff = file.bytes.indexOf(0xff, at);
    if (ff < 0) return -1;
    const next = file.u8(ff + 1);
    if (next < 0) return -1;
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) {
      at = ff + 2;
      continue;
    }
    return ff;
  }
}

/** The Orientation tag (0x0112) of IFD0 in an APP1 "Exif" segment, 1–8, or null. */
function exifOrientation(file: Reader, start: number, end: number): number | null {
  if (file.ascii(start, 6) !== 'Exif\0\0') return null;
  const tiff = start + 6;
  const order = file.ascii(tiff, 2);
  if (order !== 'II' && order !== 'MM') return null;
  const little = order === 'II';
  if (tiff + 8 > end || file.u16(tiff + 2, little) !== 42) return null;
  const ifd = tiff + file.u32(tiff + 4, little);
  const count = file.u16(ifd, little);
  if (count < 0 || ifd + 2 + count * 12 > end) return null;
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (file.u16(entry, little) === 0x0112) {
      const value = file.u16(entry + 8, little);
      return value >= 1 && value <= 8 ? value : null;
    }
  }
  return null;
}

// ── GIF: header, logical screen, blocks through to the trailer ──────────────────────────────

function sniffGif(file: Reader): SniffedMedia | null {
  const width = file.u16(6, true);
  const height = file.u16(8, true);
  const flags = file.u8(10);
  if (width < 1 || height < 1 || flags < 0) return null;
  let at = 13 + colorTableSize(flags);
  let images = 0;
  for (;;) {
    const block = file.u8(at++);
    if (block === 0x3b) return images > 0 ? { mimeType: 'image/gif', width, height } : null;
    if (block === 0x21) {
      // Extension: a label byte, then data sub-blocks.
      at = skipSubBlocks(file, at + 1);
    } else if (block === 0x2c) {
      // Image descriptor (9 bytes), its own colour table, the LZW code size, then the image data.
      const imageFlags = file.u8(at + 8);
      if (imageFlags < 0) return null;
      at = skipSubBlocks(file, at + 9 + colorTableSize(imageFlags) + 1);
      images++;
    } else {
      return null;
    }
    if (at < 0) return null;
  }
}

function colorTableSize(flags: number): number {
  return flags & 0x80 ? 3 * (1 << ((flags & 0x07) + 1)) : 0;
}

function skipSubBlocks(file: Reader, from: number): number {
  let at = from;
  for (;;) {
    const size = file.u8(at);
    if (size < 0) return -1;
    at += 1 + size;
    if (size === 0) return at;
  }
}

// ── WebP: a RIFF container whose chunks fit it, the first saying the size (VP8, VP8L or VP8X) ──

function sniffWebp(file: Reader): SniffedMedia | null {
  const riffEnd = 8 + file.u32(4, true);
  if (riffEnd < 20 || riffEnd > file.length) return null;
  let at = 12;
  let size: { width: number; height: number } | null = null;
  let imageData = false;
  while (at + 8 <= riffEnd) {
    const type = file.ascii(at, 4);
    const length = file.u32(at + 4, true);
    const data = at + 8;
    if (data + length > riffEnd) return null;
    if (at === 12) {
      size = webpSize(file, type, data, length);
      if (!size) return null;
    }
    if (type === 'VP8 ' || type === 'VP8L' || type === 'ANMF') imageData = true;
    // Chunks are padded to an even length.
    at = data + length + (length & 1);
  }
  return size && imageData ? { mimeType: 'image/webp', ...size } : null;
}

function webpSize(file: Reader, type: string, data: number, length: number): { width: number; height: number } | null {
  if (type === 'VP8 ') {
    // A key frame (bit 0 of the frame tag clear), the start code 9D 01 2A, then 14-bit width and height.
    if (length < 10 || (file.u8(data) & 1) !== 0) return null;
    if (file.u8(data + 3) !== 0x9d || file.u8(data + 4) !== 0x01 || file.u8(data + 5) !== 0x2a) return null;
    const width = file.u16(data + 6, true) & 0x3fff;
    const height = file.u16(data + 8, true) & 0x3fff;
    return width > 0 && height > 0 ? { width, height } : null;
  }
  if (type === 'VP8L') {
    // Signature 0x2F, then width−1 and height−1 in 14 bits each and a 3-bit version that must be 0.
    if (length < 5 || file.u8(data) !== 0x2f) return null;
    const bits = file.u32(data + 1, true);
    if (bits >>> 29 !== 0) return null;
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (type === 'VP8X') {
    // Flags and three reserved bytes, then the canvas width−1 and height−1 in 24 bits each.
    if (length < 10) return null;
    return { width: file.u24le(data + 4) + 1, height: file.u24le(data + 7) + 1 };
  }
  return null;
}
