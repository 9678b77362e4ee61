// Hebrew verbs from roots and binyan templates. A term "לחסל" is read as the pi'el infinitive of ח-ס-ל;
// its forms (חיסל, יחסלו, מחסלת, חוסל, מחוסל, חיסול…) are generated once, at compile time, from the
// templates below, and the draft's words are then looked up in a hash map. Generating instead of
// analysing keeps matching exact: a word is caught only if it is a real form of the term's root, so
// מחסן, חסה and לחם never are.
//
// Templates are written in unpointed full spelling (כתיב מלא), as drafts are (pointed drafts are read in
// full spelling too: see fullSpelling). Digits are the root letters (1, 2, 3; in a four-letter root 2
// stands for the middle pair), M is a hollow root's middle vowel letter (ו or י). Y and W are matres
// that full spelling writes for some words and not others: both spellings are generated (יכתוב and
// ירצח, ייהרג and יהרג), each a form of the same root. I (yod) and O (vav) are matres that full spelling
// always writes: the pi'el's hiriq (חיסל, שילום), the pa'al participles' holam and shuruk (רוצח, רצוח)
// and the hiriq of its action noun (רציחה). Without them a form is spelled like a word of another
// pattern or meaning — שלם and שלום of לשלם, פטור of לפטר, ספרים of לספור, בנים and בנות of לבנות,
// כתבה of לכתוב — so only `root:` terms, which ask for everything, also get the spelling without them.
//
// For the same reason a few finite forms are `lookalike`s, generated for `root:` only: the pi'el's
// imperatives (חסל, שלמי: a pa'al form, a noun with a possessive), the pa'al's feminine imperative
// (כתבי, בני: "writings of", "sons of"), the hif'il's masculine imperative (הזמן: the article and a
// noun, "the time") and the huf'al's future (יושבת: "she sits").
import { FORM_FINITE_VERB, FORM_INFINITIVE, FORM_NOMINAL } from './hebrew-prefixes.ts';

type Binyan = 'paal' | 'nifal' | 'piel' | 'pual' | 'hitpael' | 'hifil' | 'hufal';
const BINYANIM: readonly Binyan[] = ['paal', 'nifal', 'piel', 'pual', 'hitpael', 'hifil', 'hufal'];

interface TemplateSet {
  /** Past and future, and imperatives of a shape of their own. */
  finite?: readonly string[];
  /** Finite forms spelled like common words of other roots or patterns (see the header): `root:` only. */
  lookalike?: readonly string[];
  infinitive?: readonly string[];
  /** Participles and other noun-like forms that are given as they are. */
  nominal?: readonly string[];
  /** Participles and action nouns that take noun inflection (plural, construct, possessive). */
  nounBases?: readonly string[];
}

/** Three-letter roots with no weak letter (and four-letter roots in the pi'el group). */
const STRONG: Readonly<Record<Binyan, TemplateSet>> = {
  paal: {
    finite: ['123', '123ה', '123ו', '123תי', '123ת', '123תם', '123תן', '123נו', 'א12W3', 'ת12W3', 'י12W3', 'נ12W3',
      'ת123ו', 'י123ו', 'ת123י', 'ת12W3נה', '12W3'],
    lookalike: ['123י'],
    infinitive: ['ל12W3', 'ל1W23ו', 'ל1W23ה', 'ל1W23ם', 'ל1W23ן', 'ל1W23ך', 'ל1W23נו'],
    nounBases: ['1O23', '12O3', '12I3ה'],
  },
  nifal: {
    finite: ['נ123', 'נ123ה', 'נ123ו', 'נ123תי', 'נ123ת', 'נ123תם', 'נ123נו', 'אY123', 'תY123', 'יY123', 'נY123',
      'תY123ו', 'יY123ו', 'תY123י', 'הי123'],
    infinitive: ['להY123'],
    nounBases: ['נ123'],
  },
  piel: {
    finite: ['1I23', '1I23ה', '1I23ו', '1I23תי', '1I23ת', '1I23תם', '1I23תן', '1I23נו', 'א123', 'ת123', 'י123', 'נ123',
      'ת123ו', 'י123ו', 'ת123י'],
    lookalike: ['123', '123ו', '123י'],
    infinitive: ['ל123', 'ל123ו', 'ל123ה', 'ל123ם', 'ל123ן', 'ל123ך', 'ל123נו', 'ל123ני', 'ל123כם'],
    nounBases: ['מ123', '1I2ו3'],
  },
  pual: {
    finite: ['1ו23', '1ו23ה', '1ו23ו', '1ו23תי', '1ו23ת', '1ו23נו', '1ו23תם', 'א1ו23', 'ת1ו23', 'י1ו23', 'נ1ו23',
      'ת1ו23ו', 'י1ו23ו', 'ת1ו23י'],
    nounBases: ['מ1ו23'],
  },
  hitpael: {
    finite: ['הת123', 'הת123ה', 'הת123ו', 'הת123תי', 'הת123ת', 'הת123נו', 'הת123תם', 'את123', 'תת123', 'ית123',
      'נת123', 'תת123ו', 'ית123ו', 'תת123י', 'הת123י'],
    infinitive: ['להת123'],
    nounBases: ['מת123', 'הת123ות'],
  },
  hifil: {
    finite: ['ה12י3', 'ה12י3ה', 'ה12י3ו', 'ה123תי', 'ה123ת', 'ה123תם', 'ה123תן', 'ה123נו', 'א12י3', 'ת12י3', 'י12י3',
      'נ12י3', 'ת12י3ו', 'י12י3ו', 'ת12י3י', 'ה12י3י'],
    lookalike: ['ה123'],
    infinitive: ['לה12י3', 'לה12י3ו', 'לה12י3ה', 'לה12י3ם', 'לה12י3ן', 'לה12י3ך', 'לה12י3נו'],
    nounBases: ['מ12י3', 'ה123ה'],
  },
  hufal: {
    finite: ['הו123', 'הו123ה', 'הו123ו', 'הו123תי', 'הו123ת', 'הו123נו', 'הו123תם'],
    lookalike: ['יו123', 'תו123', 'יו123ו', 'תו123ו'],
    nounBases: ['מו123'],
  },
};

/** Roots whose last letter is ה/י (ירה, בנה, כסה): the third letter is not written; 1 and 2 are the rest. */
const LAMED_HE: Readonly<Record<Binyan, TemplateSet>> = {
  paal: {
    finite: ['12ה', '12תה', '12ו', '12יתי', '12ית', '12יתם', '12ינו', 'א12ה', 'ת12ה', 'י12ה', 'נ12ה', 'ת12ו', 'י12ו',
      'ת12י'],
    lookalike: ['12י'],
    infinitive: ['ל12ות'],
    nominal: ['1O2ה', '1O2ים', '1O2ות', '1O2י'],
    nounBases: ['12וי', '12Yיה'],
  },
  nifal: {
    finite: ['נ12ה', 'נ12תה', 'נ12ו', 'נ12יתי', 'נ12ית', 'נ12ינו', 'יY12ה', 'תY12ה', 'אY12ה', 'יY12ו', 'תY12ו'],
    infinitive: ['להY12ות'],
    nominal: ['נ12ים', 'נ12ות'],
  },
  piel: {
    finite: ['1I2ה', '1I2תה', '1I2ו', '1I2יתי', '1I2ית', '1I2ינו', 'א12ה', 'ת12ה', 'י12ה', 'נ12ה', 'ת12ו', 'י12ו',
      'ת12י'],
    infinitive: ['ל12ות'],
    nominal: ['מ12ה', 'מ12ים', 'מ12ות', 'מ12ית'],
    nounBases: ['1I2וי'],
  },
  pual: {
    finite: ['1ו2ה', '1ו2תה', '1ו2ו', 'י1ו2ה', 'ת1ו2ה', 'י1ו2ו'],
    nominal: ['מ1ו2ה', 'מ1ו2ים', 'מ1ו2ות', 'מ1ו2ית'],
  },
  hitpael: {
    finite: ['הת12ה', 'הת12תה', 'הת12ו', 'הת12יתי', 'הת12ית', 'הת12ינו', 'את12ה', 'תת12ה', 'ית12ה', 'נת12ה',
      'תת12ו', 'ית12ו', 'תת12י'],
    infinitive: ['להת12ות'],
    nominal: ['מת12ה', 'מת12ים', 'מת12ות', 'מת12ית'],
    nounBases: ['הת12ות'],
  },
  hifil: {
    finite: ['ה12ה', 'ה12תה', 'ה12ו', 'ה12יתי', 'ה12ית', 'ה12ינו', 'א12ה', 'ת12ה', 'י12ה', 'נ12ה', 'ת12ו', 'י12ו',
      'ת12י'],
    infinitive: ['לה12ות'],
    nominal: ['מ12ה', 'מ12ים', 'מ12ות'],
  },
  hufal: {
    finite: ['הו12ה', 'הו12תה', 'הו12ו', 'יו12ה', 'תו12ה'],
    nominal: ['מו12ה', 'מו12ים', 'מו12ות', 'מו12ית'],
  },
};

/** ל"ה roots that also start with נ (נכה → הכה, מכה, הוכה) in the binyanim that drop the נ: one letter
 *  of the root is left; it is 1. */
const NUN_LAMED_HE: Readonly<Partial<Record<Binyan, TemplateSet>>> = {
  hifil: {
    finite: ['ה1ה', 'הי1ה', 'ה1תה', 'הי1תה', 'ה1ו', 'הי1ו', 'ה1יתי', 'הי1יתי', 'ה1ית', 'ה1ינו', 'א1ה', 'ת1ה', 'י1ה',
      'נ1ה', 'ת1ו', 'י1ו', 'ת1י'],
    infinitive: ['לה1ות'],
    nominal: ['מ1ה', 'מ1ים', 'מ1ות'],
  },
  hufal: {
    finite: ['הו1ה', 'הו1תה', 'הו1ו'],
    nominal: ['מו1ה', 'מו1ים', 'מו1ות', 'מו1ית'],
  },
};

/** Hollow roots (קום, מות, שים) — and, in hif'il and huf'al, roots starting with נ (נפל → הפיל, הופל),
 *  which are spelled the same way: 1 and 3 are the two letters left. */
const HOLLOW: Readonly<Partial<Record<Binyan, TemplateSet>>> = {
  paal: {
    finite: ['13', '13ה', '13ו', '13תי', '13ת', '13נו', '13תם', 'י1M3', 'ת1M3', 'א1M3', 'נ1M3', 'י1M3ו', 'ת1M3ו',
      'ת1M3י', '1M3', '1M3י', '1M3ו'],
    infinitive: ['ל1M3'],
    nominal: ['13ה', '13ים', '13ות'],
    nounBases: ['1Y3ה'],
  },
  hifil: {
    finite: ['ה1י3', 'ה1י3ה', 'ה1י3ו', 'ה13תי', 'ה13ת', 'ה13נו', 'ה13תם', 'א1י3', 'ת1י3', 'י1י3', 'נ1י3', 'ת1י3ו',
      'י1י3ו', 'ת1י3י'],
    lookalike: ['ה13'],
    infinitive: ['לה1י3', 'לה1י3ו', 'לה1י3ה', 'לה1י3ם'],
    nominal: ['מ1י3ה'],
    nounBases: ['מ1י3', 'ה13ה'],
  },
  hufal: {
    finite: ['הו13', 'הו13ה', 'הו13ו'],
    lookalike: ['יו13', 'תו13', 'יו13ו'],
    nounBases: ['מו13'],
  },
};

/** Pa'al future of roots starting with נ, whose נ is not written (נפל → יפול, ייפול). */
const PE_NUN_PAAL: TemplateSet = {
  finite: ['יY2W3', 'תY2W3', 'אY2W3', 'נY2W3', 'יY23ו', 'תY23ו', 'תY23י'],
};

/** Pa'al future, imperative and infinitive of roots starting with י that drop it (ירד → תרד, לרדת). */
const PE_YOD_PAAL: TemplateSet = {
  finite: ['ת23', 'א23', 'נ23', 'ת23ו', 'י23ו', 'ת23י', '23י', '23ו', '23'],
  infinitive: ['ל23ת'],
};

/** The shape of a root as far as spelling goes. */
type RootShape = 'strong' | 'lamedHe' | 'hollow';

export interface VerbAnalysis {
  shape: RootShape;
  /** strong: [1, 2, 3] (2 may be two letters in a four-letter root); lamedHe: [1, 2], 1 empty for a
   *  נ that is never written; hollow: [1, M, 3]. */
  letters: readonly string[];
  binyanim: readonly Binyan[];
}

interface Letters {
  c1: string;
  c2: string;
  c3: string;
  mid: string;
}

/** Templates are written with final letters where Hebrew has them; forms are compared without. */
const REGULAR_LETTER: Readonly<Record<string, string>> = { ך: 'כ', ם: 'מ', ן: 'נ', ף: 'פ', ץ: 'צ' };

/** Adds every spelling of one template: Y and W present and absent, I and O present (and absent too
 *  when `broad`, or in a four-letter root, whose closed first syllable full spelling writes without the
 *  yod: נטרל and ניטרל are both in use, and neither reads as another word). */
function render(template: string, r: Letters, broad: boolean, emit: (form: string) => void): void {
  const optional = broad || r.c2.length > 1;
  const walk = (i: number, acc: string): void => {
    if (i === template.length) {
      emit(acc);
      return;
    }
    const ch = template[i] as string;
    switch (ch) {
      case '1':
        return walk(i + 1, acc + r.c1);
      case '2':
        return walk(i + 1, acc + r.c2);
      case '3':
        return walk(i + 1, acc + r.c3);
      case 'M':
        return walk(i + 1, acc + r.mid);
      case 'Y':
      case 'W':
      case 'I':
      case 'O': {
        // A mater before the same consonant is not written twice (זיין, not זייין).
        const mater = ch === 'W' || ch === 'O' ? 'ו' : 'י';
        const doubled = template[i + 1] === '2' && r.c2[0] === mater;
        if (ch === 'Y' || ch === 'W' || optional || doubled) walk(i + 1, acc);
        if (!doubled) walk(i + 1, acc + mater);
        return;
      }
      default:
        return walk(i + 1, acc + (REGULAR_LETTER[ch] ?? ch));
    }
  };
  walk(0, '');
}

interface FormSink {
  /** Every spelling and imperative (`root:`), or only full spelling and imperatives of their own shape. */
  broad: boolean;
  /** A surface form of the verb, without prefixes, normalized (given root letters that are); kind is a
   *  FORM_* bit. */
  form(form: string, kind: number): void;
  /** A participle or action noun: its noun inflections are added by the caller. */
  nounBase(base: string): void;
}

function emitSet(set: TemplateSet | undefined, r: Letters, sink: FormSink): void {
  if (set === undefined) return;
  const out = (kind: number) => (form: string) => sink.form(form, kind);
  for (const t of set.finite ?? []) render(t, r, sink.broad, out(FORM_FINITE_VERB));
  if (sink.broad) for (const t of set.lookalike ?? []) render(t, r, true, out(FORM_FINITE_VERB));
  for (const t of set.infinitive ?? []) render(t, r, sink.broad, out(FORM_INFINITIVE));
  for (const t of set.nominal ?? []) render(t, r, sink.broad, out(FORM_NOMINAL));
  for (const t of set.nounBases ?? []) {
    render(t, r, sink.broad, (base) => {
      sink.form(base, FORM_NOMINAL);
      sink.nounBase(base);
    });
  }
}

/** The nif'al of a root starting with י reads it ו only where the binyan's נ is written (נולד, נורה);
 *  elsewhere it is a consonant again (ייוולד), which these templates do not spell. */
function pastAndPresent(set: TemplateSet): TemplateSet {
  const keep = (list: readonly string[] | undefined) => list?.filter((t) => t.startsWith('נ'));
  return { finite: keep(set.finite), nominal: keep(set.nominal), nounBases: keep(set.nounBases) };
}

const PIEL_GROUP: ReadonlySet<Binyan> = new Set(['piel', 'pual', 'hitpael']);

/** The hitpa'el's ת changes places with a first letter ס/ש/צ/ז (השתלט, הצטלם, הזדקן) and becomes ט/ד. */
function hitpaelTemplates(set: TemplateSet, c1: string): TemplateSet {
  const swap = c1 === 'ס' || c1 === 'ש' ? '1ת' : c1 === 'צ' ? '1ט' : c1 === 'ז' ? '1ד' : null;
  if (swap === null) return set;
  const fix = (list: readonly string[] | undefined) => list?.map((t) => t.replace('ת1', swap));
  return {
    finite: fix(set.finite),
    lookalike: fix(set.lookalike),
    infinitive: fix(set.infinitive),
    nominal: fix(set.nominal),
    nounBases: fix(set.nounBases),
  };
}

function emitStrong(a: VerbAnalysis, sink: FormSink): void {
  const [c1 = '', c2 = '', c3 = ''] = a.letters;
  for (const binyan of a.binyanim) {
    const group = PIEL_GROUP.has(binyan);
    // In the pi'el group a consonantal ו/י in the middle is doubled in full spelling (זיין, ציווה).
    const middle = group && (c2 === 'ו' || c2 === 'י') ? c2 + c2 : c2;
    const set = binyan === 'hitpael' ? hitpaelTemplates(STRONG.hitpael, c1) : STRONG[binyan];
    // A first י is read ו in the nif'al and hif'il (נולד, הוריד) and is silent in the huf'al (הורד).
    const first = c1 !== 'י' ? c1 : binyan === 'nifal' || binyan === 'hifil' ? 'ו' : binyan === 'hufal' ? '' : c1;
    emitSet(c1 === 'י' && binyan === 'nifal' ? pastAndPresent(set) : set, { c1: first, c2: middle, c3, mid: '' }, sink);
    // Roots whose last two letters are the same have po'el forms in the pi'el group (פוצץ, התפוצץ).
    if (c2 === c3 && (binyan === 'piel' || binyan === 'hitpael')) {
      emitSet(set, { c1: c1 + 'ו', c2, c3, mid: '' }, sink);
      if (binyan === 'piel') emitSet({ infinitive: ['ל1ו23'] }, { c1, c2, c3, mid: '' }, sink);
    }
    if (c1 === 'נ' && (binyan === 'hifil' || binyan === 'hufal')) {
      emitSet(HOLLOW[binyan], { c1: c2, c2: '', c3, mid: '' }, sink);
    }
    if (c1 === 'נ' && binyan === 'paal') emitSet(PE_NUN_PAAL, { c1: '', c2, c3, mid: '' }, sink);
    if (c1 === 'י' && binyan === 'paal') emitSet(PE_YOD_PAAL, { c1: '', c2, c3, mid: '' }, sink);
  }
}

/** The few ל"ה roots with a noun of the ירי pattern. It is not made from other roots: their shape is
 *  a common word of its own (בני, שני, חצי, שתי, פני of לבנות, לשנות, לחצות, לשתות, לפנות). */
const LAMED_HE_SEGOLATES: ReadonlyMap<string, string> = new Map([
  ['יר', 'ירי'],
  ['בכ', 'בכי'],
  ['שב', 'שבי'],
]);

function emitLamedHe(a: VerbAnalysis, sink: FormSink): void {
  const [c1 = '', c2 = ''] = a.letters;
  const segolate = a.binyanim.includes('paal') ? LAMED_HE_SEGOLATES.get(c1 + c2) : undefined;
  if (segolate !== undefined) {
    sink.form(segolate, FORM_NOMINAL);
    sink.nounBase(segolate);
  }
  for (const binyan of a.binyanim) {
    const set = binyan === 'hitpael' ? hitpaelTemplates(LAMED_HE.hitpael, c1) : LAMED_HE[binyan];
    // An empty first letter is a נ that is never written (להכות): only the נ-less forms exist.
    if (c1 === '' || c1 === 'נ') emitSet(NUN_LAMED_HE[binyan], { c1: c2, c2: '', c3: '', mid: '' }, sink);
    if (c1 === '') continue;
    const first = c1 === 'י' && (binyan === 'nifal' || binyan === 'hifil') ? 'ו' : c1;
    emitSet(c1 === 'י' && binyan === 'nifal' ? pastAndPresent(set) : set, { c1: first, c2, c3: '', mid: '' }, sink);
  }
}

function emitHollow(a: VerbAnalysis, sink: FormSink): void {
  const [c1 = '', mid = 'ו', c3 = ''] = a.letters;
  for (const binyan of a.binyanim) emitSet(HOLLOW[binyan], { c1, c2: '', c3, mid }, sink);
}

/** Every form of the analysed verb in the analysis' binyanim (every spelling and imperative when the
 *  sink is broad). */
export function emitVerbForms(a: VerbAnalysis, sink: FormSink): void {
  if (a.shape === 'strong') emitStrong(a, sink);
  else if (a.shape === 'lamedHe') emitLamedHe(a, sink);
  else emitHollow(a, sink);
}

/** The binyan of an infinitive and the ones that are its usual passive (or active) partner. */
const WITH_PARTNER: Readonly<Record<Binyan, readonly Binyan[]>> = {
  paal: ['paal', 'nifal'],
  nifal: ['nifal', 'paal'],
  piel: ['piel', 'pual'],
  pual: ['pual', 'piel'],
  hitpael: ['hitpael'],
  hifil: ['hifil', 'hufal'],
  hufal: ['hufal', 'hifil'],
};

const WEAK_MIDDLE = new Set(['ו', 'י']);

/** Undoes the hitpa'el metathesis of the stem after ה: שת → ש…, צט → צ…, זד → ז…. */
function hitpaelStem(afterHe: string): string | null {
  if (afterHe.startsWith('ת')) return afterHe.slice(1);
  const swapped = /^([סש]ת|צט|זד)/.exec(afterHe);
  return swapped ? (afterHe[0] as string) + afterHe.slice(2) : null;
}

const strong = (c1: string, c2: string, c3: string, binyanim: readonly Binyan[]): VerbAnalysis[] => [
  { shape: 'strong', letters: [c1, c2, c3], binyanim },
];
const lamedHe = (c1: string, c2: string, binyanim: readonly Binyan[]): VerbAnalysis[] => [
  { shape: 'lamedHe', letters: [c1, c2], binyanim },
];
const hollow = (c1: string, mid: string, c3: string, binyanim: readonly Binyan[]): VerbAnalysis[] => [
  { shape: 'hollow', letters: [c1, mid, c3], binyanim },
];

/** A hitpa'el stem (after הת): three letters, four (a four-letter root, or a po'el with ו), or ל"ה. */
function hitpaelAnalyses(stem: string): VerbAnalysis[] {
  const [a = '', b = '', c = '', d = ''] = stem;
  const binyanim = WITH_PARTNER.hitpael;
  if (stem.length === 3) return strong(a, b, c, binyanim);
  if (stem.length !== 4) return [];
  if (stem.endsWith('ות')) return lamedHe(a, b, binyanim);
  return b === 'ו' ? strong(a, c, d, binyanim) : strong(a, b + c, d, binyanim);
}

/**
 * Reads a normalized word that starts with ל as an infinitive, if its shape is one: לחסל (pi'el),
 * לרצוח (pa'al), לירות (pa'al ל"ה), למות (pa'al, hollow), להשמיד (hif'il), להפיל (hif'il of נפל),
 * להכות (hif'il of נכה), להתנקש / להשתלט (hitpa'el), להיהרג (nif'al), לנטרל (four-letter pi'el),
 * לפוצץ (po'el). Returns no analysis for words that only look like one (לוחם, לחם, לחימה).
 */
export function analyzeInfinitive(word: string): VerbAnalysis[] {
  // An infinitive does not end in ה (ל"ה verbs end in ות): לחימה, לשכה, להקה and לילה are nouns.
  if (!word.startsWith('ל') || word.length < 4 || word.endsWith('ה')) return [];
  const w = word.slice(1);
  const [a = '', b = '', c = '', d = '', e = ''] = w;
  // Roots starting with ו are rare; ל+ו begins nouns (לוחם, לווייתן) far more often than verbs.
  if (a === 'ו') return [];
  if (a === 'ה' && w.length >= 5) {
    // Hif'il first: להתחיל and להשתיק are hif'il of ת-/ש- roots, not hitpa'el.
    if (w.length === 5 && d === 'י') return strong(b, c, e, WITH_PARTNER.hifil); // להשמיד
    if (w.length === 5 && w.endsWith('ות')) return lamedHe(b, c, WITH_PARTNER.hifil); // להראות
    const stem = hitpaelStem(w.slice(1));
    const hitpael = stem === null ? [] : hitpaelAnalyses(stem);
    if (hitpael.length > 0) return hitpael;
    if (b === 'י' && w.length === 5) return strong(c, d, e, WITH_PARTNER.nifal); // להיהרג
    if (b === 'י' && w.length === 6 && w.endsWith('ות')) return lamedHe(c, d, WITH_PARTNER.nifal); // להיבנות
    return [];
  }
  if (a === 'ה' && w.length === 4 && !WEAK_MIDDLE.has(b)) {
    // להפיל / להקים: the נ-first and the hollow hif'il are spelled alike.
    if (c === 'י') return hollow(b, 'ו', d, ['hifil', 'hufal']);
    if (w.endsWith('ות')) return lamedHe('', b, ['hifil', 'hufal']); // להכות
  }
  if (w.length === 4) {
    if (w.endsWith('ות')) return lamedHe(a, b, WITH_PARTNER.paal); // לירות
    if (c === 'ו') return strong(a, b, d, WITH_PARTNER.paal); // לרצוח
    if (b === 'ו') return strong(a, c, d, WITH_PARTNER.piel); // לפוצץ
    if (b === 'י' && c === 'י') return strong(a, 'י', d, WITH_PARTNER.piel); // לזיין
    return strong(a, b + c, d, WITH_PARTNER.piel); // לנטרל
  }
  if (w.length === 3) return WEAK_MIDDLE.has(b) ? hollow(a, b, c, ['paal']) : strong(a, b, c, WITH_PARTNER.piel);
  return [];
}

/** All binyanim of an explicit root (root:חסל): 2 letters hollow, ל"ה, hollow, strong, or four letters. */
export function analyzeRoot(root: string): VerbAnalysis[] {
  const [c1 = '', c2 = '', c3 = '', c4 = ''] = root;
  if (root.length === 2) return [...hollow(c1, 'ו', c2, BINYANIM), ...hollow(c1, 'י', c2, ['paal'])];
  if (root.length === 4) return strong(c1, c2 + c3, c4, ['piel', 'pual', 'hitpael']);
  if (c3 === 'ה' || (c3 === 'י' && !WEAK_MIDDLE.has(c2))) return lamedHe(c1, c2, BINYANIM);
  if (WEAK_MIDDLE.has(c2)) return hollow(c1, c2, c3, BINYANIM);
  return strong(c1, c2, c3, BINYANIM);
}
