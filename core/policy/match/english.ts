// English inflection for terms: a term's forms are generated once at compile time (eliminate →
// eliminates, eliminated, eliminating; target → targets; die → dying; stab → stabbed), and the draft's
// words are looked up as they are. Case and the possessive 's are already folded by normalizeWord.

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

function isConsonant(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'a' && ch <= 'z' && !VOWELS.has(ch);
}

/** Ends consonant-vowel-consonant (stab, admit, target): the last consonant may double before -ed/-ing.
 *  Both spellings are generated, since doubling depends on stress (admitted, but targeted). */
function endsCvc(w: string): boolean {
  const [a, b = '', c = ''] = w.slice(-3);
  return w.length >= 3 && isConsonant(a) && VOWELS.has(b) && isConsonant(c) && !'wxy'.includes(c);
}

/**
 * Irregular forms people write in violent, profane or sensitive terms, and common ones besides. Forms
 * that are mostly another everyday word are left out on purpose: shot (an espresso shot), left, found,
 * saw, bit, broke, rose.
 */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  fight: ['fought'], steal: ['stole', 'stolen'], strike: ['struck', 'stricken'], slay: ['slew', 'slain'],
  beat: ['beaten'], bite: ['bitten'], bleed: ['bled'], break: ['broken'], burn: ['burnt'], blow: ['blew', 'blown'],
  hang: ['hung'], shake: ['shook', 'shaken'], sting: ['stung'], swear: ['swore', 'sworn'], tear: ['tore', 'torn'],
  throw: ['threw', 'thrown'], take: ['took', 'taken'], win: ['won'], lose: ['lost'], run: ['ran'],
  buy: ['bought'], sell: ['sold'], bring: ['brought'], think: ['thought'], catch: ['caught'], teach: ['taught'],
  seek: ['sought'], fall: ['fell', 'fallen'], drive: ['drove', 'driven'], ride: ['rode', 'ridden'],
  write: ['wrote', 'written'], eat: ['ate', 'eaten'], drink: ['drank', 'drunk'], sink: ['sank', 'sunk'],
  swim: ['swam', 'swum'], begin: ['began', 'begun'], give: ['gave', 'given'], go: ['went', 'gone'],
  do: ['did', 'done'], make: ['made'], say: ['said'], know: ['knew', 'known'], grow: ['grew', 'grown'],
  fly: ['flew', 'flown'], freeze: ['froze', 'frozen'], choose: ['chose', 'chosen'], speak: ['spoke', 'spoken'],
  wear: ['wore', 'worn'], forget: ['forgot', 'forgotten'], hide: ['hid', 'hidden'], rise: ['risen'],
  feel: ['felt'], keep: ['kept'], meet: ['met'], pay: ['paid'], send: ['sent'], spend: ['spent'],
  build: ['built'], hold: ['held'], stand: ['stood'], tell: ['told'], lead: ['led'], feed: ['fed'],
  flee: ['fled'], dig: ['dug'], swing: ['swung'], stick: ['stuck'], spin: ['spun'], bear: ['bore', 'borne'],
  get: ['got', 'gotten'], sleep: ['slept'], weep: ['wept'], sweep: ['swept'], creep: ['crept'],
  hear: ['heard'], mean: ['meant'], lend: ['lent'], bend: ['bent'], wake: ['woke', 'woken'],
  man: ['men'], woman: ['women'], child: ['children'], person: ['people'], foot: ['feet'], tooth: ['teeth'],
  mouse: ['mice'], goose: ['geese'], crisis: ['crises'], criterion: ['criteria'], phenomenon: ['phenomena'],
};

const IRREGULAR_BASE: ReadonlyMap<string, string> = new Map(
  Object.entries(IRREGULAR).flatMap(([base, forms]) => forms.map((f) => [f, base] as const)),
);

/** The regular and irregular forms of an English base word (lower case), itself included. */
export function englishForms(base: string): Set<string> {
  const out = new Set<string>([base, base + 's']); // base + s also covers the possessive (boss's → bosss)
  const last = base.slice(-1);
  const consonantY = base.endsWith('y') && isConsonant(base.slice(-2, -1));
  // Plural and third person.
  if (/(s|x|z|ch|sh|o)$/.test(base)) out.add(base + 'es');
  if (consonantY) out.add(base.slice(0, -1) + 'ies');
  if (base.endsWith('fe')) out.add(base.slice(0, -2) + 'ves');
  else if (base.endsWith('f') && !base.endsWith('ff')) out.add(base.slice(0, -1) + 'ves');
  // Past.
  if (last === 'e') out.add(base + 'd');
  else if (consonantY) out.add(base.slice(0, -1) + 'ied');
  else {
    out.add(base + 'ed');
    if (endsCvc(base)) out.add(base + last + 'ed');
    if (last === 'c') out.add(base + 'ked'); // panic → panicked
  }
  // Present participle.
  if (base.endsWith('ie')) out.add(base.slice(0, -2) + 'ying');
  else if (last === 'e' && !/(ee|ye|oe)$/.test(base)) out.add(base.slice(0, -1) + 'ing');
  else {
    out.add(base + 'ing');
    if (endsCvc(base)) out.add(base + last + 'ing');
    if (last === 'c') out.add(base + 'king');
  }
  for (const f of IRREGULAR[base] ?? []) out.add(f);
  return out;
}

/** The base words an English term may be a form of: itself, and for "-ing", "-ed", "-ies" and a plain
 *  plural "-s" the words it can come from (shooting → shoot, killed → kill, casualties → casualty).
 *  Short and ambiguous endings are left alone (news is not new, arms is not arm). */
export function englishBases(term: string): string[] {
  const bases = new Set<string>([term]);
  const irregular = IRREGULAR_BASE.get(term);
  if (irregular !== undefined) bases.add(irregular);
  const undouble = (stem: string) => {
    bases.add(stem);
    const n = stem.length;
    if (n >= 4 && stem[n - 1] === stem[n - 2] && isConsonant(stem[n - 1])) bases.add(stem.slice(0, -1));
  };
  if (term.endsWith('ing') && term.length >= 6) {
    const stem = term.slice(0, -3);
    undouble(stem);
    bases.add(stem + 'e');
  } else if (term.endsWith('ied') && term.length >= 5) {
    bases.add(term.slice(0, -3) + 'y');
  } else if (term.endsWith('ed') && term.length >= 5) {
    undouble(term.slice(0, -2));
    bases.add(term.slice(0, -1));
  } else if (term.endsWith('ies') && term.length >= 5) {
    bases.add(term.slice(0, -3) + 'y');
  } else if (term.endsWith('s') && term.length >= 5 && !/(ss|us|is)$/.test(term)) {
    bases.add(term.slice(0, -1));
  }
  return [...bases];
}
