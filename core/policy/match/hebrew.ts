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
import { DERIVED_HOMOGRAPHS } from './hebrew-lexicon.ts';
import { emitNounForms } from './hebrew-nouns.ts';
import { analyzeInfinitive, analyzeRoot, emitVerbForms, type VerbAnalysis } from './hebrew-verbs.ts';

/** Normalized form → FORM_* kinds. */
export type FormKinds = Map<string, number>;

/** Words of at most this many letters are matched exactly: inflecting them would raise false alarms. */
const SHORT_WORD_MAX = 2;

/** A derived form that is, or is a prefix plus, an everyday word of another meaning (ללחם = ל+לחם). */
function isDerivedHomograph(form: string): boolean {
  if (DERIVED_HOMOGRAPHS.has(form)) return true;
  for (let cut = 1; cut <= Math.min(LONGEST_PREFIX, form.length - 3); cut++) {
    if (PREFIX_KINDS.has(form.slice(0, cut)) && DERIVED_HOMOGRAPHS.has(form.slice(cut))) return true;
  }
  return false;
}

function collector(term: string): { forms: FormKinds; add: (form: string, kind: number) => void } {
  const forms: FormKinds = new Map();
  const add = (form: string, kind: number): void => {
    const present = forms.get(form);
    if (present !== undefined) {
      if (form.length > SHORT_WORD_MAX) forms.set(form, present | kind);
      return;
    }
    if (form.length < SHORT_WORD_MAX || (form !== term && isDerivedHomograph(form))) return;
    forms.set(form, form.length <= SHORT_WORD_MAX ? FORM_SHORT : kind);
  };
  return { forms, add };
}

function addVerbs(analyses: readonly VerbAnalysis[], add: (form: string, kind: number) => void): void {
  const addNominal = (form: string) => add(form, FORM_NOMINAL);
  const bases = new Set<string>();
  for (const a of analyses) {
    emitVerbForms(a, {
      form: add,
      nounBase: (base) => {
        if (base.length <= SHORT_WORD_MAX || bases.has(base)) return;
        bases.add(base);
        emitNounForms(base, addNominal);
      },
    });
  }
}

/** A plain Hebrew word: itself with every prefix; when it reads as an infinitive (ל+root), the verb's
 *  forms in that binyan and its passive partner; otherwise its noun inflections (an infinitive's would
 *  be ל + a noun: לתקופה is not a form of לתקוף). Two-letter words are matched exactly, behind ו/ה only. */
export function hebrewWordForms(word: string): FormKinds {
  const { forms, add } = collector(word);
  if (word.length <= SHORT_WORD_MAX) {
    forms.set(word, FORM_SHORT);
    return forms;
  }
  add(word, FORM_NOMINAL | FORM_FINITE_VERB | FORM_INFINITIVE);
  const verbs = analyzeInfinitive(word);
  if (verbs.length > 0) addVerbs(verbs, add);
  else emitNounForms(word, (f) => add(f, FORM_NOMINAL));
  return forms;
}

/** `=word`: the word itself, with prefixes. */
export function hebrewExactForms(word: string): FormKinds {
  const kinds = word.length <= SHORT_WORD_MAX ? FORM_SHORT : FORM_NOMINAL | FORM_FINITE_VERB | FORM_INFINITIVE;
  return new Map([[word, kinds]]);
}

/** `root:חסל`: every binyan of the root, and the nouns made from its participles and action nouns. */
export function hebrewRootForms(root: string): FormKinds {
  const { forms, add } = collector(root);
  addVerbs(analyzeRoot(root), add);
  return forms;
}

/** True when one reading of a draft's word is one of the forms, with a prefix that form may carry. */
export function stemMatches(forms: FormKinds, stem: Stem): boolean {
  const kinds = forms.get(stem.form);
  return kinds !== undefined && (kinds & stem.kinds) !== 0;
}
