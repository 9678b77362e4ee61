// The term syntax (documented in index.ts): parsing one entry into words, and the errors a person sees
// for an entry that cannot work.
import type { Localized } from '../types.ts';
import { prepareText, type Token } from './tokenize.ts';
import { normalizeWord } from './normalize.ts';

export class TermSyntaxError extends Error {
  readonly key: string;
  readonly term: string;
  readonly reason: Localized;
  constructor(key: string, term: string, reason: Localized) {
    super(`Term "${term}" (${key}): ${reason.en}`);
    this.name = 'TermSyntaxError';
    this.key = key;
    this.term = term;
    this.reason = reason;
  }
}

export const TERM_ERRORS = {
  empty: { en: 'The term is empty.', he: 'המונח ריק.' },
  nothingToMatch: {
    en: 'The term has no letters, digits or emoji to look for.',
    he: 'אין במונח אותיות, ספרות או אמוג׳י לחפש.',
  },
  badRoot: {
    en: 'A root is 2 to 4 Hebrew letters, for example root:חסל.',
    he: 'שורש הוא 2 עד 4 אותיות עבריות, למשל root:חסל.',
  },
  loneStar: {
    en: 'A * must follow at least two letters of a word, for example terror*.',
    he: 'כוכבית צריכה לבוא אחרי שתי אותיות לפחות של מילה, למשל מחבל*.',
  },
  starPosition: {
    en: 'A * can only end a word, for example terror*.',
    he: 'כוכבית יכולה לבוא רק בסוף מילה, למשל מחבל*.',
  },
} as const satisfies Record<string, Localized>;

type WordMode = 'smart' | 'exact' | 'prefix' | 'root';

export interface TermWord {
  token: Token;
  mode: WordMode;
}

type ParsedTerm = { words: TermWord[] } | { error: Localized };

const ROOT_RE = /^(?:root|שורש)\s*:\s*(.*)$/iu;
const HEBREW_ROOT_RE = /^[\u05d0-\u05ea]{2,4}$/;

/** Parses one term; the words carry the same tokens and normalized forms a draft would have. */
export function parseTerm(term: string): ParsedTerm {
  let t = term.trim();
  if (t === '') return { error: TERM_ERRORS.empty };
  const root = ROOT_RE.exec(t);
  if (root !== null) {
    const letters = normalizeWord((root[1] ?? '').trim());
    if (!HEBREW_ROOT_RE.test(letters)) return { error: TERM_ERRORS.badRoot };
    const token = prepareText(letters).tokens[0] as Token;
    return { words: [{ token, mode: 'root' }] };
  }
  let exact = false;
  if (t.startsWith('=')) {
    exact = true;
    t = t.slice(1).trim();
    if (t === '') return { error: TERM_ERRORS.empty };
  }
  const { tokens } = prepareText(t);
  const starred = new Set<number>(); // indices of the tokens a * ends
  for (let i = 0; i < t.length; i++) {
    if (t[i] !== '*') continue;
    const before = tokens.findIndex((tok) => tok.end === i);
    if (before === -1) {
      const afterSpace = tokens.length === 0 || /\s/.test(t[i - 1] ?? ' ');
      return { error: afterSpace ? TERM_ERRORS.loneStar : TERM_ERRORS.starPosition };
    }
    const after = t[i + 1];
    if (after !== undefined && /[\p{L}\p{N}*]/u.test(after)) return { error: TERM_ERRORS.starPosition };
    const stem = tokens[before] as Token;
    if (stem.script === 'emoji' || stem.script === 'symbol') return { error: TERM_ERRORS.starPosition };
    if (stem.norm.length < 2) return { error: TERM_ERRORS.loneStar };
    starred.add(before);
  }
  if (tokens.length === 0) return { error: TERM_ERRORS.nothingToMatch };
  return {
    words: tokens.map((token, i): TermWord => {
      const wordLike = token.script === 'hebrew' || token.script === 'latin' || token.script === 'other';
      // An acronym (צה"ל, דאע"ש) or a word with a geresh (ג'ירפה) is not inflected: צהלות is not צה"ל.
      const acronym = token.script === 'hebrew' && /['’׳"״“”]/.test(token.text);
      const mode: WordMode = starred.has(i) ? 'prefix' : exact || acronym || !wordLike ? 'exact' : 'smart';
      return { token, mode };
    }),
  };
}

/** Why a term cannot be used, or null when it is fine; for validating a rule before saving it. */
export function termError(term: string): Localized | null {
  const parsed = parseTerm(term);
  return 'error' in parsed ? parsed.error : null;
}
