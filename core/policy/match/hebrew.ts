// The forms a Hebrew term stands for, each with the kinds of word it is (which decide the prefixes it
// may carry in a draft). Built once when a matcher is compiled.
import {
  FORM_FINITE_VERB,
  FORM_INFINITIVE,
  FORM_NOMINAL,
  FORM_SHORT,
  LONGEST_PREFIX,
  PREFIX_KINDS,
  type Stem,
} from './hebrew-prefixes.ts';
import { DERIVED_HOMOGRAPHS, SHORT_EVERYDAY_WORDS } from './hebrew-lexicon.ts';
import { emitNounForms } from './hebrew-nouns.ts';
import { analyzeInfinitive, analyzeRoot, emitVerbForms, type VerbAnalysis } from './hebrew-verbs.ts';

/** Normalized form → FORM_* kinds. */
export type FormKinds = Map<string, number>;

/** Words of at most this many letters are matched exactly: inflecting them would raise false alarms. */
const SHORT_WORD_MAX = 2;

/** A verb form that is an everyday word of another meaning, or reads as a prefix plus one: ללחם =
 *  ל+לחם and לחומה = ל+חומה, whether the ל is the infinitive's or the root's own; בזה = ב+זה. */
function isDerivedHomograph(form: string): boolean {
  if (DERIVED_HOMOGRAPHS.has(form)) return true;
  for (let cut = 1; cut <= Math.min(LONGEST_PREFIX, form.length - 2); cut++) {
    if (!PREFIX_KINDS.has(form.slice(0, cut))) continue;
    const rest = form.slice(cut);
    if (rest.length === 2 ? SHORT_EVERYDAY_WORDS.has(rest) : DERIVED_HOMOGRAPHS.has(rest)) return true;
  }
  return false;
}

/** Which derived forms a term keeps. */
type Keep = (form: string) => boolean;
const notVerbHomograph: Keep = (form) => !isDerivedHomograph(form);
const notHomograph: Keep = (form) => !DERIVED_HOMOGRAPHS.has(form);
const everyForm: Keep = () => true;

function collector(keep: Keep): { forms: FormKinds; add: (form: string, kind: number) => void } {
  const forms: FormKinds = new Map();
  const add = (form: string, kind: number): void => {
    const present = forms.get(form);
    if (present !== undefined) {
      if (form.length > SHORT_WORD_MAX) forms.set(form, present | kind);
      return;
    }
    if (form.length < SHORT_WORD_MAX || !keep(form)) return;
    forms.set(form, form.length <= SHORT_WORD_MAX ? FORM_SHORT : kind);
  };
  return { forms, add };
}

/** The verbs' forms; `broad` (root:) adds the spellings without the pi'el's yod and the imperatives
 *  spelled like other words. */
function addVerbs(analyses: readonly VerbAnalysis[], broad: boolean, add: (form: string, kind: number) => void): void {
  const addNominal = (form: string) => add(form, FORM_NOMINAL);
  const bases = new Set<string>();
  for (const a of analyses) {
    emitVerbForms(a, {
      broad,
      form: add,
      nounBase: (base) => {
        if (base.length <= SHORT_WORD_MAX || bases.has(base)) return;
        bases.add(base);
        emitNounForms(base, addNominal);
      },
    });
  }
}

/**
 * A plain Hebrew word: itself with every prefix; when it reads as an infinitive (ל+root), the verb's
 * forms in that binyan and its passive partner; otherwise its noun inflections (an infinitive's would
 * be ל + a noun: לתקופה is not a form of לתקוף). Two-letter words are matched exactly, behind ו/ה only.
 *
 * A noun's inflections keep the word's own letters, so none of them is cut as a prefix: מלחמות and
 * מלחמת are forms of מלחמה, never מ + a form of לחם. Only its inflections that are themselves another
 * everyday word are left out (שכולנו of שכול), unless the term is one of those words itself: whoever
 * writes תורה means its plural too.
 */
export function hebrewWordForms(word: string): FormKinds {
  if (word.length <= SHORT_WORD_MAX) return new Map([[word, FORM_SHORT]]);
  const verbs = analyzeInfinitive(word);
  const keep = verbs.length > 0 ? notVerbHomograph : DERIVED_HOMOGRAPHS.has(word) ? everyForm : notHomograph;
  const { forms, add } = collector(keep);
  forms.set(word, FORM_NOMINAL | FORM_FINITE_VERB | FORM_INFINITIVE);
  if (verbs.length > 0) addVerbs(verbs, false, add);
  else emitNounForms(word, (f) => add(f, FORM_NOMINAL));
  return forms;
}

/** `=word`: the word itself, with prefixes. */
export function hebrewExactForms(word: string): FormKinds {
  const kinds = word.length <= SHORT_WORD_MAX ? FORM_SHORT : FORM_NOMINAL | FORM_FINITE_VERB | FORM_INFINITIVE;
  return new Map([[word, kinds]]);
}

/** `root:חסל`: every binyan of the root, in every spelling, and the nouns made from its participles
 *  and action nouns. */
export function hebrewRootForms(root: string): FormKinds {
  const { forms, add } = collector(notVerbHomograph);
  addVerbs(analyzeRoot(root), true, add);
  return forms;
}

/** True when one reading of a draft's word is one of the forms, with a prefix that form may carry. */
export function stemMatches(forms: FormKinds, stem: Stem): boolean {
  const kinds = forms.get(stem.form);
  return kinds !== undefined && (kinds & stem.kinds) !== 0;
}
