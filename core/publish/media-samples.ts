// Tiny but complete image files, written byte by byte from each format's specification, for tests
// of the upload path: each one decodes in a browser (a grey or black picture of the asked size).

/** An 8-bit greyscale PNG: IHDR, one IDAT holding stored (uncompressed) zlib blocks, IEND. */
export function samplePng(width: number, height: number): Uint8Array {
  const row = [0, ...new Array<number>(width).fill(0x80)]; // filter type 0, then the pixels
  const raw = new Uint8Array(row.length * height);
  for (let y = 0; y < height; y++) raw.set(row, y * row.length);
  const ihdr = [...u32be(width), ...u32be(height), 8, 0, 0, 0, 0];
  return bytes(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', storedZlib(raw)),
    pngChunk('IEND', []),
  );
}

/**
 * A baseline greyscale JPEG whose every 8×8 block is flat grey: one quantisation table, Huffman
 * tables with a single one-bit code each (DC difference 0, end of block), two bits per block.
 * `orientation` adds an APP1 Exif segment with that Orientation tag (6: turned a quarter clockwise).
 */
export function sampleJpeg(width: number, height: number, opts: { orientation?: number } = {}): Uint8Array {
  const segment = (marker: number, body: number[]) => [0xff, marker, ...u16be(body.length + 2), ...body];
  const huffmanTable = (classAndId: number) => [classAndId, 1, ...new Array<number>(15).fill(0), 0x00];
  const exif = opts.orientation
    ? segment(0xe1, [
        ...ascii('Exif\0\0'),
        ...ascii('MM'), 0, 42, ...u32be(8), // TIFF header, big-endian, IFD0 right after it
        ...u16be(1), ...u16be(0x0112), ...u16be(3), ...u32be(1), ...u16be(opts.orientation), 0, 0, // one SHORT entry
        ...u32be(0), // no next IFD
      ])
    : [];
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const bits = blocks * 2;
  const scan = new Array<number>(Math.floor(bits / 8)).fill(0);
  if (bits % 8) scan.push(0xff >> (bits % 8)); // the last byte is padded with one-bits
  return bytes(
    [0xff, 0xd8],
    exif,
    segment(0xdb, [0x00, ...new Array<number>(64).fill(1)]),
    segment(0xc0, [8, ...u16be(height), ...u16be(width), 1, 1, 0x11, 0]),
    segment(0xc4, huffmanTable(0x00)),
    segment(0xc4, huffmanTable(0x10)),
    segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    scan,
    [0xff, 0xd9],
  );
}

/**
 * A GIF89a with a two-colour global table and one black image. The LZW data sends every pixel as
 * a literal and a clear code every two pixels, so the code width stays at three bits.
 */
export function sampleGif(width: number, height: number): Uint8Array {
  const CLEAR = 4;
  const END = 5;
  const codes: number[] = [];
  for (let i = 0; i < width * height; i++) {
    if (i % 2 === 0) codes.push(CLEAR);
    codes.push(0);
  }
  codes.push(END);
  const data: number[] = [];
  let acc = 0;
  let filled = 0;
  for (const code of codes) {
    acc |= code << filled;
    filled += 3;
    while (filled >= 8) {
      data.push(acc & 0xff);
      acc >>= 8;
      filled -= 8;
    }
  }
  if (filled) data.push(acc & 0xff);
  const subBlocks: number[] = [];
  for (let i = 0; i < data.length; i += 255) {
    const part = data.slice(i, i + 255);
    subBlocks.push(part.length, ...part);
  }
  return bytes(
    ascii('GIF89a'),
    [...u16le(width), ...u16le(height), 0x80, 0, 0],
    [0, 0, 0, 0xff, 0xff, 0xff],
    [0x2c, ...u16le(0), ...u16le(0), ...u16le(width), ...u16le(height), 0],
    [2, ...subBlocks, 0],
    [0x3b],
  );
}

// After the VP8L header: no transforms, no colour cache, five single-symbol prefix codes, so every
// pixel takes no bits and any size decodes.
const VP8L_CODES = [0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xfe, 0x07];
// A VP8 key frame of a single macroblock; sizes up to 16×16 decode from the same partition data.
const VP8_FRAME_TAG = [0x30, 0x01, 0x00];
const VP8_DATA = [0x0e, 0xc0, 0xfe, 0x25, 0xa4, 0x00, 0x03, 0x70, 0x00, 0x00, 0x00, 0x00];

/** A WebP: lossy (VP8, at most 16×16), lossless (VP8L) or extended (VP8X + VP8L). */
export function sampleWebp(kind: 'lossy' | 'lossless' | 'extended', width: number, height: number): Uint8Array {
  const lossless = () => {
    const header = ((width - 1) | ((height - 1) << 14) | (1 << 28)) >>> 0; // alpha in use, version 0
    return riffChunk('VP8L', [0x2f, ...u32le(header), ...VP8L_CODES]);
  };
  let chunks: number[];
  if (kind === 'lossy') {
    if (width > 16 || height > 16) throw new Error('the lossy sample is one macroblock: at most 16×16');
    chunks = riffChunk('VP8 ', [...VP8_FRAME_TAG, 0x9d, 0x01, 0x2a, ...u16le(width), ...u16le(height), ...VP8_DATA]);
  } else if (kind === 'lossless') {
    chunks = lossless();
  } else {
    chunks = [...riffChunk('VP8X', [0x10, 0, 0, 0, ...u24le(width - 1), ...u24le(height - 1)]), ...lossless()];
  }
  return bytes(ascii('RIFF'), u32le(4 + chunks.length), ascii('WEBP'), chunks);
}

// ── Bytes ──────────────────────────────────────────────────────────────────────────────────────

function bytes(...parts: (number[] | Uint8Array)[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const u16be = (n: number) => [(n >>> 8) & 0xff, n & 0xff];
const u16le = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const u24le = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff];
const u32be = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const u32le = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];

function pngChunk(type: string, data: number[] | Uint8Array): Uint8Array {
  const typeAndData = bytes(ascii(type), data);
  return bytes(u32be(data.length), typeAndData, u32be(crc32(typeAndData)));
}

/** zlib (RFC 1950) holding stored deflate blocks (RFC 1951, BTYPE 00) and the Adler-32 of the data. */
function storedZlib(data: Uint8Array): Uint8Array {
  const blocks: number[] = [0x78, 0x01];
  for (let at = 0; at < data.length || at === 0; at += 0xffff) {
    const part = data.subarray(at, at + 0xffff);
    const last = at + 0xffff >= data.length ? 1 : 0;
    blocks.push(last, ...u16le(part.length), ...u16le(~part.length & 0xffff), ...part);
  }
  let a = 1;
  let b = 0;
  for (const byte of data) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return bytes(blocks, u32be(((b << 16) | a) >>> 0));
}

/** CRC-32 (ISO 3309), bit by bit: slow, and independent of the sniffer's table-driven one. */
function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function riffChunk(type: string, data: number[]): number[] {
  return [...ascii(type), ...u32le(data.length), ...data, ...(data.length % 2 ? [0] : [])];
}
