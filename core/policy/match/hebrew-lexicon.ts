// Small word lists that keep the generated Hebrew matching from raising false alarms. They were found
// by generating every form of a realistic term list (realistic-terms.fixture.ts), of the default rules
// and of verbs brands list for their own reasons (false-alarms.test.ts), and checking the forms, and
// the forms behind each prefix, against a full Hebrew lexicon (Hspell) and the 2,300 most frequent
// words of Hebrew subtitles, keeping the words that are real but mean something else.
// A brand's own terms may need more: the tests in false-alarms.test.ts are the place to prove them.
import { nounForms } from './hebrew-nouns.ts';
import { normalizeWord } from './normalize.ts';

/**
 * Everyday words that start with a prefix letter but are words of their own: no prefix is cut off
 * them, so "ארוחה מזינה" is not מ+זינה, "הזינו את הקוד" is not ה+זינו, "לנשק" (to kiss) is not ל+נשק.
 */
export const PREFIX_GUARDED_WORDS: ReadonlySet<string> = new Set(
  [
    // not ב/כ/ש/ל/מ + forms of לירות (ירה, ירי, יורים…)
    'בירה', 'בירות', 'כירה', 'כיריים', 'כיורים', 'לירה', 'לירי', 'מירה', 'מירי', 'שירה', 'שירו', 'שירי',
    'שירות', 'שירית', 'שיירה', 'שיורים', 'שיורי',
    // not מ/ה + זין, זונה, כוס, נשק, טיל, רובה, מטרה, שואה, עזה, סתום
    'מזין', 'מזינה', 'מזינים', 'מזינות', 'הזין', 'הזינה', 'הזינו', 'הזיני', 'מזונות', 'מזונה', 'מכוסה',
    'מכוסים', 'מכוסות', 'לנשק', 'מנשק', 'מנשקת', 'מנשקים', 'מנשקות', 'מטיל', 'מטילה', 'מטילים', 'מטילות',
    'מרובה', 'מרובים', 'מרובות', 'ממטרה', 'ממטרות', 'משואה', 'משואות', 'מעזה', 'שסתום', 'שסתומים',
    'מלחימה',
    // income (הכנסה), not ה + the plural and possessives of כנסת; הכנסת itself stays both readings
    ...[...nounForms('הכנסה')].filter((form) => form !== 'הכנסת'),
    // not כש/מש/מ/ה + forms of לירות, לתקוף, להכות, לגנוב, להציע, עזה (a name takes no article), שבי
    'כשיר', 'כשירה', 'כשירים', 'כשירות', 'כשירויות', 'משתקפת', 'משיכה', 'משיכות', 'משיכת', 'מגניבה', 'מגניבות',
    'ממוצע', 'ממוצעת', 'ממוצעים', 'ממוצעות', 'העזה', 'העזות', 'העזת', 'השבית', 'משבית',
  ].map(normalizeWord),
);

/** Nouns whose whole paradigm the inflection of some term would produce with another meaning:
 *  לחם (bread) from להילחם, תקופה (a period) from לתקוף, כבש (lamb) and כבוש (pickled) from לכבוש,
 *  מרפאה (a clinic) from מרפא, מגרש (a plot, a pitch) from root:גרש, תקנה (a regulation) and תקני
 *  (up to standard) from לקנות. */
const HOMOGRAPH_NOUNS = [
  'לחם', 'תקופה', 'כבש', 'כבשה', 'כבוש', 'כבישה', 'מרפאה', 'מגרש', 'עורף', 'טבח', 'לירה', 'נורה', 'תורה',
  'מורה', 'הורה', 'הורות', 'חנקן', 'כבשן', 'חומה', 'חום', 'תקנה', 'תקני',
];

/** Single forms with another, everyday meaning: תוקף and תקף (valid) from לתקוף, יורו (euro) and נורית
 *  from לירות, הכינו (prepare!) and נכה from להכות, שבים (returning) from שבי, הפיל (the elephant),
 *  אנסה (I will try) from לאנוס, שכולנו (that all of us) from שכול, אחרים (others) from להחרים, אצלם
 *  (at their place) from לצלם, תשעה (nine) from להשעות, קלפים (cards) from קלפי. */
const HOMOGRAPH_FORMS = [
  'תוקף', 'תוקפו', 'תוקפה', 'תוקפם', 'תקף', 'תקפה', 'תקפים', 'תקפות', 'יורו', 'ירים', 'אורה', 'נורית',
  'הכינו', 'נכה', 'שבים', 'עזות', 'טבחים', 'טבחית', 'הפיל', 'אנסה', 'שכולם', 'שכולו', 'שכולנו', 'שכולכם',
  'שכולכן', 'שכולן', 'שכולך', 'אחרים', 'אצלם', 'תשעה', 'קלפים',
];

/** Forms that inflection never derives from a term (a term written exactly so still matches itself,
 *  and a noun term that is one of these words keeps its own inflections). */
export const DERIVED_HOMOGRAPHS: ReadonlySet<string> = new Set([
  ...HOMOGRAPH_NOUNS.flatMap((noun) => [...nounForms(normalizeWord(noun))]),
  ...HOMOGRAPH_FORMS.map(normalizeWord),
]);

/** Two-letter words of everyday use: a verb's form that reads as a prefix plus one of them (בזה = ב+זה,
 *  in this; שמה = ש+מה) is not derived. */
export const SHORT_EVERYDAY_WORDS: ReadonlySet<string> = new Set([
  'זה', 'זו', 'לא', 'כן', 'של', 'את', 'עם', 'גם', 'רק', 'אם', 'מה', 'מי', 'כל', 'אל', 'על', 'אף', 'כך', 'שם',
  'פה', 'הם', 'הן', 'אז', 'יש', 'לו', 'לי', 'לה', 'לך', 'בו', 'בה', 'בי',
].map(normalizeWord));
