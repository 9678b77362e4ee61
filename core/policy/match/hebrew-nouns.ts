// Noun and adjective inflection: plural, feminine, construct state and possessive suffixes, in full
// spelling, on normalized words (no final letters). פיגוע → פיגועים, פיגועי, פיגועו; מטרה → מטרות,
// מטרת, מטרתנו; מחבל → מחבלת, מחבלים, מחבלות; ישראלי → ישראלית, ישראלים, ישראליות; ביטחון →
// ביטחוני, ביטחונית, ביטחוניים.
// Changes of vowel inside the word (בית → בתים) are not modelled: such forms are written as terms. A
// term written in the plural is not taken back to a singular: בחירות (elections) is not בחירה (a choice).

/** Possessive suffixes on a singular noun (his, her, their…). */
const SINGULAR_POSSESSIVE = ['י', 'כ', 'ו', 'ה', 'נו', 'כמ', 'כנ', 'מ', 'נ'];
/** Possessive suffixes after a masculine plural stem (פיגועיו, פיגועיהם). */
const PLURAL_POSSESSIVE = ['יי', 'יכ', 'יו', 'יה', 'ינו', 'יכמ', 'יהמ', 'יהנ'];
/** Possessive suffixes after a feminine plural ות (מטרותיו, מטרותינו). */
const FEMININE_PLURAL_POSSESSIVE = ['י', 'יכ', 'יו', 'יה', 'ינו', 'יכמ', 'יהמ', 'יהנ'];

type Emit = (form: string) => void;

function emitAll(emit: Emit, stem: string, suffixes: readonly string[]): void {
  for (const s of suffixes) emit(stem + s);
}

/** Emits the inflected forms of a normalized Hebrew noun or adjective (at least three letters), itself
 *  included; a form may be emitted more than once. */
export function emitNounForms(base: string, emit: Emit): void {
  emit(base);
  const last = base.slice(-1);
  if (last === 'ה') {
    // Feminine in ה (מטרה): plural, construct, possessives.
    const stem = base.slice(0, -1);
    emit(stem + 'ות');
    emit(stem + 'ת');
    emitAll(emit, stem + 'ת', SINGULAR_POSSESSIVE);
    emitAll(emit, stem + 'ות', FEMININE_PLURAL_POSSESSIVE);
  } else if (base.endsWith('ות') && base.length >= 4) {
    emit(base.slice(0, -1) + 'יות'); // התנקשות → התנקשויות
    emitAll(emit, base, SINGULAR_POSSESSIVE);
  } else if (base.endsWith('ית')) {
    emit(base.slice(0, -1) + 'ות'); // ישראלית → ישראליות
    emitAll(emit, base, SINGULAR_POSSESSIVE);
  } else if (last === 'ת') {
    emit(base.slice(0, -1) + 'ות'); // מחבלת → מחבלות
    emitAll(emit, base, SINGULAR_POSSESSIVE);
  } else if (last === 'י') {
    emit(base + 'ת'); // ישראלי → ישראלית
    emit(base + 'מ'); // ישראלים
    emit(base + 'ימ'); // ישראליים
    emit(base + 'ות'); // ישראליות, יריות
    emit(base + 'ה'); // בנויה
    emit(base + 'יה'); // ירייה
  } else {
    emit(base + 'ימ');
    emit(base + 'ות');
    emit(base + 'ת'); // feminine: מחבל → מחבלת
    emit(base + 'ית'); // feminine: טרוריסט → טרוריסטית
    // The adjective in -י is spelled like the possessive "my …" (ביטחוני), so it is caught anyway; its
    // feminine is above and its plurals are these: ביטחוניים, ביטחוניות.
    emit(base + 'יימ');
    emit(base + 'יות');
    emitAll(emit, base, SINGULAR_POSSESSIVE);
    emitAll(emit, base, PLURAL_POSSESSIVE);
    emitAll(emit, base + 'ות', FEMININE_PLURAL_POSSESSIVE);
  }
}

/** The inflected forms of a normalized Hebrew noun or adjective, itself included. */
export function nounForms(base: string): Set<string> {
  const out = new Set<string>();
  emitNounForms(base, (f) => out.add(f));
  return out;
}
