// Compiling many terms into one matcher and running it over a prepared draft. All the morphology is
// done at compile time: every form a term stands for goes into one hash map (form → terms), so
// matching costs a few map lookups per word of the draft, however many terms there are.
import { ANY_FORM } from './hebrew-prefixes.ts';
import { hebrewExactForms, hebrewRootForms, hebrewWordForms, stemMatches, type FormKinds } from './hebrew.ts';
import { englishBases, englishForms } from './english.ts';
import { parseTerm, TermSyntaxError, type TermWord } from './terms.ts';
import type { PreparedText, Token } from './tokenize.ts';

export interface TermEntry {
  /** Opaque to the matcher (e.g. `${ruleId}#${i}`); given back in each hit. */
  key: string;
  term: string;
}

export interface TermHit {
  key: string;
  /** UTF-16 offsets into the original text: the whole words as typed, attached Hebrew prefixes and
   *  niqqud included; a hashtag term's span includes its #. */
  start: number;
  end: number;
}

/** One word of a compiled term: the forms it matches, or the beginning it matches (word*). */
interface WordMatcher {
  forms: FormKinds | null;
  beginning: string | null;
  hashtag: boolean;
}

interface CompiledTerm {
  key: string;
  words: WordMatcher[];
}

interface Posting {
  term: CompiledTerm;
  kinds: number;
}

const ENGLISH_SHORT_MAX = 2;

/** Forms by word and mode, shared between compilations: a brand's matcher is rebuilt after every rule
 *  edit, and brands share the default rules, so nearly every word has been inflected before. The
 *  cached maps are never changed after they are made. */
const FORMS_CACHE = new Map<string, FormKinds>();
const FORMS_CACHE_MAX = 4096;

function cachedWordForms(word: TermWord): FormKinds {
  const key = `${word.mode}:${word.token.script}:${word.token.norm}`;
  let forms = FORMS_CACHE.get(key);
  if (forms === undefined) {
    forms = wordForms(word);
    if (FORMS_CACHE.size >= FORMS_CACHE_MAX) FORMS_CACHE.delete(FORMS_CACHE.keys().next().value as string);
    FORMS_CACHE.set(key, forms);
  }
  return forms;
}

function wordForms(word: TermWord): FormKinds {
  const { token, mode } = word;
  const norm = token.norm;
  if (mode === 'root') return hebrewRootForms(norm);
  if (token.script === 'hebrew') return mode === 'exact' ? hebrewExactForms(norm) : hebrewWordForms(norm);
  if (token.script === 'latin' && mode === 'smart' && norm.length > ENGLISH_SHORT_MAX) {
    const forms: FormKinds = new Map();
    for (const base of englishBases(norm)) for (const f of englishForms(base)) forms.set(f, ANY_FORM);
    return forms;
  }
  return new Map([[norm, ANY_FORM]]);
}

function compileWord(word: TermWord): WordMatcher {
  const hashtag = word.token.hashtag;
  if (word.mode === 'prefix') return { forms: null, beginning: word.token.norm, hashtag };
  return { forms: cachedWordForms(word), beginning: null, hashtag };
}

/** A word after the first in a phrase may carry only the article ה (the agreeing הפיגוע הקשה); other
 *  prefixes there would start a different phrase. */
function tailStemAllowed(prefix: string): boolean {
  return prefix === '' || prefix === 'ה';
}

function wordMatchesToken(word: WordMatcher, token: Token): boolean {
  if (word.hashtag && !token.hashtag) return false;
  for (const stem of token.stems) {
    if (!tailStemAllowed(stem.prefix)) continue;
    const matches = word.forms !== null ? stemMatches(word.forms, stem) : stem.form.startsWith(word.beginning as string);
    if (matches) return true;
  }
  return false;
}

export class TermMatcher {
  /** How many entries were compiled. */
  readonly size: number;
  // Most forms belong to one term: a bare posting then, an array only when shared (less garbage).
  readonly #byForm = new Map<string, Posting | Posting[]>();
  readonly #byBeginning = new Map<string, Posting | Posting[]>();
  /** The distinct lengths of word* beginnings, ascending, so a word is probed only at those lengths. */
  readonly #beginningLengths: number[];

  constructor(terms: readonly CompiledTerm[]) {
    this.size = terms.length;
    const lengths = new Set<number>();
    for (const term of terms) {
      const first = term.words[0] as WordMatcher;
      if (first.forms !== null) {
        for (const [form, kinds] of first.forms) push(this.#byForm, form, { term, kinds });
      } else {
        const beginning = first.beginning as string;
        push(this.#byBeginning, beginning, { term, kinds: ANY_FORM });
        lengths.add(beginning.length);
      }
    }
    this.#beginningLengths = [...lengths].sort((a, b) => a - b);
  }

  /** Every place in the text where a term matches, in text order. */
  find(text: PreparedText): TermHit[] {
    const hits: TermHit[] = [];
    const tokens = text.tokens;
    const found = new Set<CompiledTerm>();
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      found.clear();
      for (const stem of token.stems) {
        const postings = this.#byForm.get(stem.form);
        if (postings !== undefined) {
          if (Array.isArray(postings)) {
            for (const p of postings) if ((p.kinds & stem.kinds) !== 0) this.#tryTerm(p.term, tokens, i, found, hits);
          } else if ((postings.kinds & stem.kinds) !== 0) {
            this.#tryTerm(postings.term, tokens, i, found, hits);
          }
        }
        for (const length of this.#beginningLengths) {
          if (length > stem.form.length) break;
          const starting = this.#byBeginning.get(stem.form.slice(0, length));
          if (starting === undefined) continue;
          if (Array.isArray(starting)) for (const p of starting) this.#tryTerm(p.term, tokens, i, found, hits);
          else this.#tryTerm(starting.term, tokens, i, found, hits);
        }
      }
    }
    if (hits.length > 1) hits.sort((a, b) => a.start - b.start || a.end - b.end);
    return hits;
  }

  #tryTerm(term: CompiledTerm, tokens: readonly Token[], i: number, found: Set<CompiledTerm>, hits: TermHit[]): void {
    if (found.has(term)) return;
    const first = tokens[i] as Token;
    const words = term.words;
    if ((words[0] as WordMatcher).hashtag && !first.hashtag) return;
    for (let w = 1; w < words.length; w++) {
      const token = tokens[i + w];
      if (token === undefined || token.breakBefore || !wordMatchesToken(words[w] as WordMatcher, token)) return;
    }
    found.add(term);
    const last = tokens[i + words.length - 1] as Token;
    const start = (words[0] as WordMatcher).hashtag ? first.start - 1 : first.start;
    hits.push({ key: term.key, start, end: last.end });
  }
}

function push(map: Map<string, Posting | Posting[]>, key: string, posting: Posting): void {
  const present = map.get(key);
  if (present === undefined) map.set(key, posting);
  else if (Array.isArray(present)) present.push(posting);
  else map.set(key, [present, posting]);
}

/** Compiles entries into one matcher; throws TermSyntaxError (with a reason in Hebrew and English)
 *  on the first entry that cannot work. */
export function compileTerms(entries: readonly TermEntry[]): TermMatcher {
  const terms: CompiledTerm[] = [];
  for (const entry of entries) {
    const parsed = parseTerm(entry.term);
    if ('error' in parsed) throw new TermSyntaxError(entry.key, entry.term, parsed.error);
    terms.push({ key: entry.key, words: parsed.words.map(compileWord) });
  }
  return new TermMatcher(terms);
}

/** Every place in the prepared text where one of the matcher's terms matches, in text order. */
export function findTerms(matcher: TermMatcher, text: PreparedText): TermHit[] {
  return matcher.find(text);
}
