// The draft is tokenized and normalized once; every matcher then runs over the same PreparedText.
// The tokenizer is a hand-written scanner over a per-code-point class table (filled lazily from
// Unicode property regexes): several times faster than a Unicode regex or Intl.Segmenter on this hot
// path, and it keeps Hebrew acronyms (צה"ל) and English contractions (don't) whole.
import { ANY_FORM, PREFIX_KINDS, hebrewStems, type Stem } from './hebrew-prefixes.ts';
import { fullSpelling, isHebrewLetter, normalizeEmoji, normalizeWord, scriptOfWord, type Script } from './normalize.ts';

export interface Token {
  /** The word exactly as typed, with its niqqud and any attached Hebrew prefix. */
  text: string;
  /** UTF-16 offsets into the original text; text === original.slice(start, end). */
  start: number;
  end: number;
  /** normalizeWord(text) (normalizeEmoji for an emoji; for "בNike", just "nike"). */
  norm: string;
  script: Script;
  /** Written as a hashtag: a # right before the word (not part of start..end). */
  hashtag: boolean;
  /** Sentence or clause punctuation (. , ! ? ; : …, a line break) lies between this token and the
   *  previous one, so a phrase does not match across it. */
  breakBefore: boolean;
  /** The readings to look up: the whole word, and for Hebrew also each prefix cut (see hebrewStems),
   *  of the word as written and, when it is pointed, of its full spelling. */
  stems: readonly Stem[];
}

export interface PreparedText {
  text: string;
  tokens: Token[];
}

// Character classes (0 in the table: not looked up yet).
const OTHER = 1;
const LETTER = 2; // \p{L} or \p{N}: starts or continues a word
const MARK = 3; // \p{M}: continues a word
const FORMAT = 4; // \p{Cf}: continues a word, never ends one
const QUOTE = 5; // geresh, gershayim, apostrophes: inside a word when a letter follows
const PICTOGRAPH = 6; // starts an emoji
const REGIONAL = 7; // flag halves
const SYMBOL = 8; // % and currency signs: a token of their own

const IN_WORD_QUOTES = new Set([0x27, 0x2019, 0x05f3, 0x22, 0x05f4, 0x201c, 0x201d]);
const LETTER_RE = /^[\p{L}\p{N}]$/u;
const MARK_RE = /^\p{M}$/u;
const FORMAT_RE = /^\p{Cf}$/u;
const PICTOGRAPH_RE = /^\p{Extended_Pictographic}$/u;
const SYMBOL_RE = /^[%\p{Sc}]$/u;

function computeClass(cp: number): number {
  if (IN_WORD_QUOTES.has(cp)) return QUOTE;
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return REGIONAL;
  const ch = String.fromCodePoint(cp);
  if (LETTER_RE.test(ch)) return LETTER;
  if (MARK_RE.test(ch)) return MARK;
  if (FORMAT_RE.test(ch)) return FORMAT;
  if (PICTOGRAPH_RE.test(ch)) return PICTOGRAPH;
  if (SYMBOL_RE.test(ch)) return SYMBOL;
  return OTHER;
}

const BMP_CLASS = new Uint8Array(0x10000);
const ASTRAL_CLASS = new Map<number, number>();

function classOf(cp: number): number {
  if (cp < 0x10000) {
    let k = BMP_CLASS[cp] as number;
    if (k === 0) BMP_CLASS[cp] = k = computeClass(cp);
    return k;
  }
  let k = ASTRAL_CLASS.get(cp);
  if (k === undefined) ASTRAL_CLASS.set(cp, (k = computeClass(cp)));
  return k;
}

function isEmojiModifier(cp: number): boolean {
  return (cp >= 0x1f3fb && cp <= 0x1f3ff) || cp === 0xfe0f || cp === 0x20e3;
}

const BREAK_CHARS = new Set([...'.,!?;:…\n\r\u05c3()[]{}|'].map((ch) => ch.charCodeAt(0)));

interface RawToken {
  start: number;
  end: number;
  kind: 'emoji' | 'word' | 'symbol';
}

/** Splits a word where Hebrew letters meet Latin letters or digits ("בNike", "ב2024", "שלוםworld"). */
function splitScripts(text: string, start: number, end: number, out: RawToken[]): void {
  let segStart = start;
  let segHebrew: boolean | null = null;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const latinOrDigit = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    const hebrew = isHebrewLetter(c) ? true : latinOrDigit ? false : null;
    if (hebrew === null) continue; // marks and quotes stay with the letters before them
    if (segHebrew !== null && hebrew !== segHebrew) {
      out.push({ start: segStart, end: i, kind: 'word' });
      segStart = i;
    }
    segHebrew = hebrew;
  }
  out.push({ start: segStart, end, kind: 'word' });
}

function width(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/** The code point at i, read as one code unit unless it starts a surrogate pair (most text). */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? (text.codePointAt(i) as number) : c;
}

/** Where an emoji starting at i ends: modifiers, variation selectors and ZWJ sequences included. */
function scanEmoji(text: string, i: number): number {
  let j = i + width(text.codePointAt(i) as number);
  for (;;) {
    const cp = text.codePointAt(j);
    if (cp === undefined) return j;
    if (isEmojiModifier(cp)) {
      j += width(cp);
    } else if (cp === 0x200d) {
      const next = text.codePointAt(j + 1);
      if (next === undefined || classOf(next) !== PICTOGRAPH) return j;
      j += 1 + width(next);
    } else {
      return j;
    }
  }
}

/** Where a word starting at i ends: letters, digits, marks, format characters, and quotes followed by
 *  a letter (צה"ל, don't); a Hebrew geresh right after a Hebrew letter (ג׳) is kept; trailing format
 *  characters (a direction mark) are not. */
function scanWord(text: string, i: number): number {
  let j = i;
  let lastSolid = i;
  while (j < text.length) {
    const cp = codePointAt(text, j);
    const k = classOf(cp);
    if (k === LETTER || k === MARK) {
      j += width(cp);
      lastSolid = j;
    } else if (k === FORMAT) {
      j += width(cp);
    } else if (k === QUOTE) {
      const next = text.codePointAt(j + 1);
      if (next !== undefined && classOf(next) === LETTER) {
        j += 1;
      } else {
        if (cp === 0x05f3 && isHebrewLetter(text.charCodeAt(j - 1))) lastSolid = j + 1;
        break;
      }
    } else {
      break;
    }
  }
  return lastSolid;
}

function rawTokens(text: string): RawToken[] {
  const out: RawToken[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = codePointAt(text, i);
    const k = classOf(cp);
    if (k === LETTER) {
      const end = scanWord(text, i);
      splitScripts(text, i, end, out);
      i = end;
    } else if (k === PICTOGRAPH) {
      const end = scanEmoji(text, i);
      out.push({ start: i, end, kind: 'emoji' });
      i = end;
    } else if (k === REGIONAL && classOf(text.codePointAt(i + 2) ?? 0) === REGIONAL) {
      out.push({ start: i, end: i + 4, kind: 'emoji' });
      i += 4;
    } else {
      if (k === SYMBOL) out.push({ start: i, end: i + width(cp), kind: 'symbol' });
      i += width(cp);
    }
  }
  return out;
}

function hasBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (BREAK_CHARS.has(text.charCodeAt(i))) return true;
  return false;
}

/** Tokenize and normalize a draft once; every matcher then runs over the same PreparedText. */
export function prepareText(text: string): PreparedText {
  const raw = rawTokens(text);
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i] as RawToken;
    const start = r.start;
    let piece = text.slice(r.start, r.end);
    let norm: string;
    let script: Script;
    let stems: Stem[];
    if (r.kind === 'emoji') {
      norm = normalizeEmoji(piece);
      script = 'emoji';
      stems = [{ form: norm, prefix: '', kinds: ANY_FORM }];
    } else if (r.kind === 'symbol') {
      norm = piece;
      script = 'symbol';
      stems = [{ form: norm, prefix: '', kinds: ANY_FORM }];
    } else {
      norm = normalizeWord(piece);
      script = scriptOfWord(piece);
      stems = script === 'hebrew' ? hebrewStems(norm) : [{ form: norm, prefix: '', kinds: ANY_FORM }];
      // Pointed text leaves out the matres that terms are spelled with: read it in full spelling too.
      const full = script === 'hebrew' && norm.length !== piece.length ? fullSpelling(piece) : null;
      if (full !== null) stems = [...stems, ...hebrewStems(full)];
      // A Hebrew prefix written straight onto a Latin word or a number (בNike, ה2024) belongs to it.
      const next = raw[i + 1];
      const nextIsGlued = script === 'hebrew' && next !== undefined && next.kind === 'word' && next.start === r.end;
      const prefixKinds = nextIsGlued ? PREFIX_KINDS.get(norm) : undefined;
      if (prefixKinds !== undefined && next !== undefined) {
        piece = text.slice(r.start, next.end);
        const word = text.slice(next.start, next.end);
        const prefix = norm;
        norm = normalizeWord(word);
        script = scriptOfWord(word);
        stems = [{ form: norm, prefix, kinds: prefixKinds }];
        i++;
      }
    }
    const end = start + piece.length;
    const hashtag = start > 0 && (text[start - 1] === '#' || text[start - 1] === '＃');
    tokens.push({
      text: piece,
      start,
      end,
      norm,
      script,
      hashtag,
      breakBefore: tokens.length > 0 && hasBreak(text, previousEnd, start),
      stems,
    });
    previousEnd = end;
  }
  return { text, tokens };
}
