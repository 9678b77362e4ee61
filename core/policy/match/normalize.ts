// Word normalization shared by the term compiler and the tokenizer: both sides of every comparison go
// through the same function, so a term and a draft agree on what "the same word" means.

/** The five Hebrew final letters and the regular letter each one stands for. */
const FINAL_TO_REGULAR: Readonly<Record<string, string>> = { ך: 'כ', ם: 'מ', ן: 'נ', ף: 'פ', ץ: 'צ' };

/** Geresh, gershayim and the quote marks people type instead of them: removed inside words, so
 *  צה"ל, צה״ל and צהל are one word, and an English apostrophe makes "player's" → "players". */
const QUOTE_CODES = new Set([0x27, 0x22, 0x2018, 0x2019, 0x201c, 0x201d, 0x05f3, 0x05f4, 0x60, 0xb4]);

/** True for a code unit that never changes a word's identity: Hebrew niqqud and cantillation (and the
 *  in-word punctuation of that block), Latin combining accents, Arabic harakat, soft hyphens, zero-width
 *  and direction marks, variation selectors and the keycap mark. */
function isIgnorable(c: number): boolean {
  return (
    (c >= 0x0591 && c <= 0x05c7) ||
    (c >= 0x0300 && c <= 0x036f) ||
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    c === 0x00ad ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2069) ||
    c === 0xfeff ||
    c === 0xfe0e ||
    c === 0xfe0f ||
    c === 0x20e3
  );
}

export function isHebrewLetter(c: number): boolean {
  return (c >= 0x05d0 && c <= 0x05ea) || (c >= 0x05f0 && c <= 0x05f2) || (c >= 0xfb1d && c <= 0xfb4f);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

// What the fast path does with each code unit below U+0600: KEEP it, DROP it, replace it with the
// code stored (lower case, regular letter), or go the SLOW way (a letter with an accent, say).
const KEEP = 0;
const DROP = -1;
const SLOW = -2;
const FAST_ACTION = (() => {
  const table = new Int32Array(0x600);
  for (let c = 0x80; c < 0x600; c++) table[c] = SLOW;
  for (let c = 0x41; c <= 0x5a; c++) table[c] = c + 32;
  for (let c = 0x05d0; c <= 0x05ea; c++) table[c] = KEEP;
  for (const [final, regular] of Object.entries(FINAL_TO_REGULAR)) table[final.charCodeAt(0)] = regular.charCodeAt(0);
  for (let c = 0; c < 0x600; c++) if (isIgnorable(c) || QUOTE_CODES.has(c)) table[c] = DROP;
  return table;
})();

function actionOf(c: number): number {
  if (c < 0x600) return FAST_ACTION[c] as number;
  return isIgnorable(c) || QUOTE_CODES.has(c) ? DROP : SLOW;
}

/**
 * Normalization for comparing words: compatibility-decomposed (NFKD, so 𝐤𝐢𝐥𝐥, ＫＩＬＬ and ligatures
 * fold to kill; Hebrew presentation forms to plain letters), niqqud, cantillation and accents removed,
 * recomposed (NFC), lower case, final letters mapped to regular ones, geresh/gershayim and their
 * look-alikes (' ’ ׳ " ״ “ ” `) removed. Hebrew and ASCII words take a fast path without Unicode
 * normalization, which matters on the hot path of the checker: a word that needs no change is
 * returned as it is, and one that does is rebuilt only from its first change on.
 */
export function normalizeWord(word: string): string {
  let i = 0;
  while (i < word.length && actionOf(word.charCodeAt(i)) === KEEP) i++;
  if (i === word.length) return word;
  let out = word.slice(0, i);
  for (; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const action = actionOf(c);
    if (action === KEEP) out += String.fromCharCode(c);
    else if (action > 0) out += String.fromCharCode(action);
    else if (action === SLOW) return normalizeSlow(word);
  }
  return out;
}

function normalizeSlow(word: string): string {
  const decomposed = word.normalize('NFKD');
  let kept = '';
  for (let i = 0; i < decomposed.length; i++) {
    const c = decomposed.charCodeAt(i);
    if (!isIgnorable(c) && !QUOTE_CODES.has(c)) kept += decomposed[i];
  }
  let out = '';
  for (const ch of kept.normalize('NFC').toLowerCase()) out += FINAL_TO_REGULAR[ch] ?? ch;
  return out;
}

/** Skin tones, text/emoji variation selectors, and a trailing gender sign (🏃‍♀️) do not change what an
 *  emoji means for the policy: 🔫🏽 is 🔫. Other ZWJ sequences (👨‍👩‍👧) stay whole. */
export function normalizeEmoji(emoji: string): string {
  let out = '';
  for (const ch of emoji) {
    const c = ch.codePointAt(0) as number;
    if (c === 0xfe0f || c === 0xfe0e || (c >= 0x1f3fb && c <= 0x1f3ff)) continue;
    out += ch;
  }
  return out.replace(/\u200d[\u2640\u2642]$/u, '');
}

export type Script = 'hebrew' | 'latin' | 'number' | 'emoji' | 'symbol' | 'other';

/** The script of a word, from its first letter (digits only: number). */
export function scriptOfWord(word: string): Script {
  let digits = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isHebrewLetter(c)) return 'hebrew';
    if (isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) return 'latin';
    if (c >= 0x30 && c <= 0x39) {
      digits = true;
      continue;
    }
    if (isIgnorable(c) || QUOTE_CODES.has(c)) continue;
    // A letter of another script, or a styled Latin letter (𝐤) that normalization folds to ASCII.
    const folded = normalizeWord(word);
    return folded !== word && /^[a-z0-9]+$/.test(folded) ? (/[a-z]/.test(folded) ? 'latin' : 'number') : 'other';
  }
  return digits ? 'number' : 'other';
}

const SHEVA = 0x05b0;
const HIRIQ = 0x05b4;
const HOLAM = 0x05b9;
const QUBUTS = 0x05bb;
const DAGESH = 0x05bc;
const ALEF = 0x05d0;
const VAV = 0x05d5;
const YOD = 0x05d9;

/** True for a Hebrew vowel point (sheva to qubuts, and qamats qatan). */
function isVowelPoint(c: number): boolean {
  return (c >= SHEVA && c <= QUBUTS) || c === 0x05c7;
}

/**
 * A pointed word in full spelling (כתיב מלא), normalized: pointed text is written without the matres
 * that unpointed text adds (חִסֵּל for חיסל, חֻסַּל for חוסל, יִכְתֹּב for יכתוב), and terms are matched
 * in full spelling. A hiriq gets a yod unless a letter with a silent sheva follows (מִשְׁטָרָה); a
 * qubuts gets a vav; a holam gets a vav unless it sits on the vav itself or an alef follows (לֹא).
 * Null when the word has no vowel point, or its full spelling adds nothing.
 */
export function fullSpelling(word: string): string | null {
  let points = false;
  for (let i = 0; i < word.length && !points; i++) points = isVowelPoint(word.charCodeAt(i));
  if (!points) return null;
  // The word as letters, each with the points under and over it.
  const letters: { code: number; marks: Set<number> }[] = [];
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isHebrewLetter(c) || letters.length === 0 || !(c >= 0x0591 && c <= 0x05c7)) {
      letters.push({ code: c, marks: new Set() });
    } else {
      (letters[letters.length - 1] as { marks: Set<number> }).marks.add(c);
    }
  }
  let out = '';
  letters.forEach(({ code, marks }, i) => {
    out += String.fromCharCode(code);
    const next = letters[i + 1];
    if (next === undefined || !isHebrewLetter(code) || !isHebrewLetter(next.code)) return;
    const silentShevaNext = next.marks.has(SHEVA) && !next.marks.has(DAGESH);
    if (marks.has(HIRIQ) && next.code !== YOD && !silentShevaNext) out += 'י';
    else if (marks.has(QUBUTS) && next.code !== VAV) out += 'ו';
    else if (marks.has(HOLAM) && code !== VAV && next.code !== VAV && next.code !== ALEF) out += 'ו';
  });
  const full = normalizeWord(out);
  return full === normalizeWord(word) ? null : full;
}
