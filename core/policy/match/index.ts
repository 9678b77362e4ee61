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
//     ישראלי → ישראלית, ישראלים). A word that reads as an infinitive (ל + root) instead gets the verb's
//     forms in its binyan and the binyan's partner (pa'al+nif'al, pi'el+pu'al, hif'il+huf'al,
//     hitpa'el), with and without matres lectionis, with the participles and action nouns inflected:
//     "לחסל" catches חיסל, חסלת, חיסלה, שחיסלו, יחסלו, מחסלת, לחסלם, חוסל, מחוסל, חיסול, בחיסולו.
//     Words of one or two letters are matched exactly, behind ו/ה/וה only ("חם" is not in "לחם").
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
// - `root:חסל` (or `שורש:חסל`) — every form of a Hebrew root of 2–4 letters in every binyan, with the
//   nouns made from its participles and action nouns.
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
// only ו/ה). Two small lexicons (hebrew-lexicon.ts) keep this honest: everyday words that start with a
// prefix letter are never cut (מזינה is not מ+זינה, הזינו is not ה+זינו, בירה is not ב+ירה), and
// inflected forms that are mostly another everyday word are never derived (לחם from להילחם, תקופה from
// לתקוף, הכינו from להכות, אנסה from לאנוס). The cost of matching is a few lookups per word of the
// draft, whatever the number of terms.
//
// ## What is deliberately not caught
//
// Hebrew forms with a vowel change inside the word (בית → בתים), irregular verbs (לתת, ללכת, לשבת),
// verbs written as a finite form rather than an infinitive ("רצח" is a noun-like word: write "לרצוח" or
// root:רצח for all its forms), nouns of the מִקְטָל/מִקְטָלָה kind made from a root (מתקפה is not derived
// from לתקוף: write it), and the derived homographs above. In English: -er and -ion nouns (killer,
// elimination) and irregular forms that are mostly other words (shot, left, found, saw).
//
// Offsets: a hit's start/end are UTF-16 indices into the original draft and cover whole words as typed,
// with their niqqud and any attached prefix ("ומחסלת" is highlighted whole).
export { normalizeWord, normalizeEmoji, scriptOfWord, type Script } from './normalize.ts';
export { hebrewStems, type Stem } from './hebrew-prefixes.ts';
export { prepareText, type PreparedText, type Token } from './tokenize.ts';
export { TermSyntaxError, TERM_ERRORS, termError } from './terms.ts';
export { compileTerms, findTerms, TermMatcher, type TermEntry, type TermHit } from './matcher.ts';
