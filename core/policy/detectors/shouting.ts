// Shouting: runs of words in capitals, a draft whose Latin letters are mostly capitals, and rows of
// ! or ?. An acronym on its own (IDF, NASA, UNESCO) is not shouting; "HUGE SALE TODAY" is.

export interface ShoutingOptions {
  /** Flag the draft when this share of the letters in its Latin words are capitals… */
  maxCapsShare: number;
  /** …and it has at least this many such letters. */
  minLetters: number;
  /** A run of consecutive capitalised words with at least this many letters is shouting. */
  minRunLetters: number;
  /** More than this many ! or ? in a row is shouting. */
  maxRepeatedMarks: number;
}

export interface ShoutingHit {
  start: number;
  end: number;
  reason: 'capitals' | 'marks';
}

/** A single word of this many letters or fewer in capitals is taken for an acronym. */
const ACRONYM_MAX = 6;

interface Word {
  start: number;
  end: number;
  letters: number;
  upper: number;
  /** Only spaces and punctuation since the previous Latin word (no Hebrew word, no number). */
  joined: boolean;
}

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
const OTHER_WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Latin words of two characters or more (letters and digits, apostrophes inside: DON'T, MP3), in one
 * pass over the text; whether capitals occur twice in a row at all is noted on the way.
 */
function latinWords(text: string): { words: Word[]; capitalPair: boolean } {
  const words: Word[] = [];
  let capitalPair = false;
  let joined = true;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (!isUpper(c) && !isLower(c)) {
      // Hebrew letters, other scripts and numbers between two Latin words break a run of capitals.
      if (isDigit(c) || (c >= 0x0590 && c <= 0x05ff) || (c > 127 && OTHER_WORD_CHAR.test(text[i]!))) joined = false;
      i++;
      continue;
    }
    let j = i;
    let letters = 0;
    let upper = 0;
    for (; j < text.length; j++) {
      const d = text.charCodeAt(j);
      if (isUpper(d)) {
        if (j > i && isUpper(text.charCodeAt(j - 1))) capitalPair = true;
        letters++;
        upper++;
      } else if (isLower(d)) letters++;
      else if (!isDigit(d) && !(isApostrophe(d) && j + 1 < text.length && /[A-Za-z0-9]/.test(text[j + 1]!))) break;
    }
    if (j - i >= 2) {
      words.push({ start: i, end: j, letters, upper, joined });
      joined = true;
    }
    i = j;
  }
  return { words, capitalPair };
}

/** Words written wholly in capitals, next to each other (only spaces and punctuation between them). */
function capitalRuns(words: Word[]): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  for (const w of words) {
    const capitals = w.upper === w.letters;
    if (capitals && (run.length === 0 || w.joined)) run.push(w);
    else {
      if (run.length) runs.push(run);
      run = capitals ? [w] : [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

export function findShouting(text: string, options: ShoutingOptions): ShoutingHit[] {
  const hits: ShoutingHit[] = [];
  const { words, capitalPair } = latinWords(text);
  if (capitalPair) {
    for (const run of capitalRuns(words)) {
      const letters = run.reduce((n, w) => n + w.letters, 0);
      const acronym = run.length === 1 && letters <= ACRONYM_MAX;
      if (!acronym && letters >= options.minRunLetters) hits.push({ start: run[0]!.start, end: run[run.length - 1]!.end, reason: 'capitals' });
    }
    // A mostly-capitals draft shouts even when lower-case words break up the runs ("BIG news, HUGE sale").
    // A lone acronym in an ordinary sentence leaves the share low, so every word counts here.
    const letters = words.reduce((n, w) => n + w.letters, 0);
    const upper = words.reduce((n, w) => n + w.upper, 0);
    if (letters >= options.minLetters && upper / letters >= options.maxCapsShare) {
      const shouted = words.filter((w) => w.upper === w.letters);
      hits.push({ start: shouted[0]!.start, end: shouted[shouted.length - 1]!.end, reason: 'capitals' });
    }
  }
  for (const m of text.matchAll(marksPattern(options.maxRepeatedMarks))) hits.push({ start: m.index, end: m.index + m[0].length, reason: 'marks' });
  return hits;
}

const marksPatterns = new Map<number, RegExp>();
function marksPattern(max: number): RegExp {
  let re = marksPatterns.get(max);
  if (!re) {
    re = new RegExp(`[!?！？‼⁉]{${max + 1},}`, 'gu');
    marksPatterns.set(max, re);
  }
  return re;
}

/** "HUGE SALE TODAY" → "Huge sale today", for the suggestion. */
export function calmDown(shouted: string): string {
  const lower = shouted.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
