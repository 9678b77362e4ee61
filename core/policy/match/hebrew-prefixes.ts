// Hebrew attaches conjunctions, prepositions and the article to the next word (וכשהמחבלים = ו+כש+ה+מחבלים).
// A word is looked up once per way of cutting such prefixes off it; which cuts count depends on the kind
// of word the remainder is, so a finite verb never matches behind ה/ב/כ/ל/מ and a two-letter word only
// behind ו/ה — "לחם" is not ל+חם.
import { PREFIX_GUARDED_WORDS } from './hebrew-lexicon.ts';

/** What kind of word a form is, as a bit set; a cut is allowed when the prefix admits one of its kinds. */
export const FORM_FINITE_VERB = 1; // past, future, imperative: only ו and ש/כש/מש/לכש before them
export const FORM_INFINITIVE = 2; // לחסל: ו, ש and מ (מלחסל)
export const FORM_NOMINAL = 4; // nouns, adjectives, participles: every prefix
export const FORM_SHORT = 8; // two-letter words: only ו, ה and וה, which rarely start a different word
export const ANY_FORM = FORM_FINITE_VERB | FORM_INFINITIVE | FORM_NOMINAL | FORM_SHORT;

const WAW = ['', 'ו'];
const CONJUNCTIONS = ['', 'ש', 'כש', 'מש', 'לכש'];
const PREPOSITIONS = ['', 'ה', 'ב', 'כ', 'ל', 'מ', 'מה'];

/** Every real combination: [ו] [ש|כש|מש|לכש] [ה|ב|כ|ל|מ|מה], at least one letter; its admitted kinds. */
export const PREFIX_KINDS: ReadonlyMap<string, number> = (() => {
  const kinds = new Map<string, number>();
  for (const w of WAW)
    for (const c of CONJUNCTIONS)
      for (const p of PREPOSITIONS) {
        const prefix = w + c + p;
        if (prefix === '') continue;
        let mask = FORM_NOMINAL;
        if (p === '') mask |= FORM_FINITE_VERB;
        if ((p === '' || p === 'מ') && (c === '' || c === 'ש')) mask |= FORM_INFINITIVE;
        if (prefix === 'ו' || prefix === 'ה' || prefix === 'וה') mask |= FORM_SHORT;
        kinds.set(prefix, (kinds.get(prefix) ?? 0) | mask);
      }
  return kinds;
})();

export const LONGEST_PREFIX = Math.max(...[...PREFIX_KINDS.keys()].map((p) => p.length));

/** The combinations as a trie over char codes, so a word's prefixes are found letter by letter. */
interface PrefixNode {
  kinds: number | undefined;
  next: Map<number, PrefixNode>;
}
const PREFIX_TRIE: PrefixNode = (() => {
  const root: PrefixNode = { kinds: undefined, next: new Map() };
  for (const [prefix, kinds] of PREFIX_KINDS) {
    let node = root;
    for (let i = 0; i < prefix.length; i++) {
      const c = prefix.charCodeAt(i);
      let child = node.next.get(c);
      if (child === undefined) node.next.set(c, (child = { kinds: undefined, next: new Map() }));
      node = child;
    }
    node.kinds = kinds;
  }
  return root;
})();

/** One way to read a Hebrew word: the prefix cut off it and the remainder to look up. */
export interface Stem {
  /** The remainder, normalized, to look up in the term index. */
  form: string;
  /** The normalized prefix letters cut off ('' for the whole word). */
  prefix: string;
  /** FORM_* kinds of word the remainder may be after this prefix. */
  kinds: number;
}

/**
 * The readings of a normalized Hebrew word: the whole word, and the remainder after each real prefix
 * combination that leaves at least two letters. A word in PREFIX_GUARDED_WORDS (מזין, לנשק, הזינו…)
 * is a word of its own, so no cut goes into it. After a prefix, a doubled ו is also read single
 * (הוורד → ורד), as full spelling doubles a word-initial ו behind a prefix.
 */
export function hebrewStems(word: string): Stem[] {
  const stems: Stem[] = [{ form: word, prefix: '', kinds: ANY_FORM }];
  if (PREFIX_GUARDED_WORDS.has(word)) return stems;
  let node: PrefixNode | undefined = PREFIX_TRIE;
  for (let cut = 1; cut <= word.length - 2; cut++) {
    node = node.next.get(word.charCodeAt(cut - 1));
    if (node === undefined) break;
    if (node.kinds === undefined) continue;
    const form = word.slice(cut);
    const prefix = word.slice(0, cut);
    stems.push({ form, prefix, kinds: node.kinds });
    if (form.length >= 4 && form.startsWith('וו')) stems.push({ form: form.slice(1), prefix, kinds: node.kinds });
    if (PREFIX_GUARDED_WORDS.has(form)) break;
  }
  return stems;
}
