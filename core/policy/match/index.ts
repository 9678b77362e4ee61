// Term matching for the policy checker (and listening queries): Hebrew-aware, fast, and with offsets
// that point at the words exactly as typed.
//
// ## Term syntax
//
// One entry is one term: a word or a phrase.
//
// - `word`, `a phrase` — smart matching, decided for each word by its script:
//   - Hebrew: the word behind any prefix (ו ה ב כ ל מ ש and their real combinations: וה, וב, ול, ומ, וש,
//     שה, שב, של, שמ, מה, כש, וכש, ושה, לכש, מש…) and its noun inflections: plural, feminine, construct
//     and possessive (פיגוע → פיגועים, בפיגועי, פיגועו; מחבל → המחבלת, מחבלות; מטרה → מטרות, מטרתנו;
//     ישראלי → ישראלית, ישראלים; ביטחון → ביטחוני, ביטחוניים). The word's own letters are never taken
//     for a prefix: מלחמה catches מלחמות and מלחמת. A word that reads as an infinitive (ל + root, not
//     ending in ה: לחימה is a noun) instead gets the verb's forms in its binyan and the binyan's partner
//     (pa'al+nif'al, pi'el+pu'al, hif'il+huf'al, hitpa'el) in full spelling, the spelling drafts use,
//     with the participles and action nouns inflected: "לחסל" catches חיסל, חיסלה, שחיסלו, יחסלו,
//     מחסלת, לחסלם, חוסל, מחוסל, חיסול, בחיסולו. Spellings and forms that read as other everyday words
//     are left to `root:` (see "How Hebrew is matched"). Pointed text is also read in full spelling
//     (חִסֵּל = חיסל). Words of one or two letters are matched exactly, behind ו/ה/וה only ("חם" is not
//     in "לחם").
//     Acronyms and words with a geresh (צה"ל, דאע"ש) are matched exactly, with prefixes.
//     Write terms without prefixes; a plural term is not taken back to its singular (בחירות, not
//     בחירה), so write the singular to get both.
//   - English: any case; plural and possessive (target → targets, target's); verb forms (eliminate →
//     eliminates, eliminated, eliminating; stab → stabbed; die → dying; panic → panicked) and common
//     irregular forms (fight → fought). A term written with -ing, -ed, -ies or a plural -s also
//     matches its base (shooting → shoot, casualties → casualty). One- and two-letter words: exactly.
//   - Other scripts, numbers, emoji (🔫 also with a skin tone or a variation selector), % and currency
//     signs: exactly.
//   Niqqud and cantillation, final letters, geresh and gershayim and the quotes typed for them (צה"ל =
//   צה״ל = צהל), accents, styled letters (𝐤𝐢𝐥𝐥, ＫＩＬＬ), soft hyphens and zero-width characters never
//   matter. A Hebrew prefix written straight onto a Latin word (בNike) is read as a prefix.
// - `root:חסל` (or `שורש:חסל`) — every form of a Hebrew root of 2–4 letters in every binyan, in every
//   spelling (חסל and חסלו too), imperatives included, with the nouns made from its participles and
//   action nouns.
// - `=word` — this word only: still behind Hebrew prefixes and in any English case, never inflected.
//   `=two words` applies to every word of the phrase.
// - `word*` — any word that begins with it (at least two letters before the *), behind Hebrew prefixes
//   too: terror* catches terrorist, terrorism; מחבל* catches והמחבלים.
// - `#word` — only as a hashtag (#ad, #1), and the highlight includes the #; a term without # matches
//   the word with or without one.
// - A phrase matches its words in order, next to each other, each with its own matching; punctuation
//   between them (. , ! ? ; : …, a line break) breaks it. Small words such as "a" or "the" count only
//   when written in the phrase ("eliminated a target" does not match "eliminated target"). After the
//   first word, a Hebrew word may carry only the article ה (שיתוף הפעולה בתשלום).
//
// An entry that cannot work is rejected by compileTerms with a TermSyntaxError (and termError gives the
// reason without throwing, for validating a rule before it is saved), in Hebrew and English: an empty
// term, one with nothing to look for, a root that is not 2–4 Hebrew letters, a lone * or one that does
// not end a word.
//
// ## How Hebrew is matched
//
// All morphology happens once, when the terms are compiled: each term is expanded into its surface
// forms (generated from binyan templates for verbs and from suffix rules for nouns) and every form goes
// into one hash map, form → terms, with the kinds of word it is. A draft's word is then looked up as it
// is and once for each real prefix combination cut off its start; a cut counts only if the prefix fits
// the kind of word left (a finite verb takes ו/ש/כש/מש/לכש but never ה/ב/כ/ל/מ; two-letter words take
// only ו/ה).
//
// A verb's forms are generated the way full spelling writes them, and that is what keeps a brand's
// everyday verbs from catching unrelated words: the pi'el writes its yod (שילם, שילום — not שלם, whole,
// or שלום, hello; פיטור, not פטור, exempt), the pa'al participles their vav (סופרים, not ספרים; בונים,
// not בנים), the pa'al action noun its yod (כתיבה, not כתבה, an article). Finite forms spelled like
// common words of another pattern are not generated from a plain infinitive: the pi'el's imperatives
// (שלם!, שלמי), the pa'al's feminine imperative (כתבי = writings of), the hif'il's masculine imperative
// (הזמן = the time) and the huf'al's future (יושבת = she sits). `root:` terms, which ask for everything, get all of these too.
//
// Small word lists (hebrew-lexicon.ts) handle what shape cannot: everyday words that start with a
// prefix letter are never cut (מזינה is not מ+זינה, הזינו is not ה+זינו, בירה is not ב+ירה, הכנסות is not
// ה+כנסות), and derived forms that are mostly another everyday word, or a prefix plus one, are never
// derived (לחם from להילחם, תקופה from לתקוף, תקנה from לקנות, אחרים from להחרים, בזה = ב+זה from
// לבזות). A noun term keeps its own letters and its own inflections: מלחמות is not cut into מ+לחמות, and
// a term that is itself one of those everyday words (תורה) keeps its plural. The cost of matching is a
// few lookups per word of the draft, whatever the number of terms.
//
// ## What is deliberately not caught
//
// Hebrew forms with a vowel change inside the word (בית → בתים), irregular verbs (לתת, ללכת, לשבת),
// verbs written as a finite form rather than an infinitive ("רצח" is a noun-like word: write "לרצוח" or
// root:רצח for all its forms), nouns of a pattern of their own made from a root (מתקפה is not derived
// from לתקוף, תשלום not from לשלם, and the nouns רֶצַח and אַנָּס of הרצח and האנס not from לרצוח and
// לאנוס: write them), a pi'el written without its yod (חסלו: root:חסל catches it), the imperatives and
// huf'al futures above, pi'el verbs of a ל"ה root, whose infinitive is spelled like a pa'al one and is
// read as one (לנסות, לרמות: write root:נסה), and the derived homographs above. In English: -er and -ion
// nouns (killer, elimination) and irregular forms that are mostly other words (shot, left, found, saw).
//
// Offsets: a hit's start/end are UTF-16 indices into the original draft and cover whole words as typed,
// with their niqqud and any attached prefix ("ומחסלת" is highlighted whole).
export { normalizeWord, normalizeEmoji, scriptOfWord, type Script } from './normalize.ts';
export { hebrewStems, type Stem } from './hebrew-prefixes.ts';
export { prepareText, type PreparedText, type Token } from './tokenize.ts';
export { TermSyntaxError, TERM_ERRORS, termError } from './terms.ts';
export { compileTerms, findTerms, TermMatcher, type TermEntry, type TermHit } from './matcher.ts';
