// Hebrew matching, term by term: what each term must catch and what it must leave alone.
import { describe, expect, it } from 'vitest';
import { compileTerms, findTerms, prepareText } from './index.ts';

/** The words a single term highlights in the text. */
function highlighted(term: string, text: string): string[] {
  const matcher = compileTerms([{ key: 'k', term }]);
  return findTerms(matcher, prepareText(text)).map((h) => text.slice(h.start, h.end));
}

interface Case {
  term: string;
  catches: string[];
  ignores: string[];
  why: string;
}

const CASES: Case[] = [
  {
    term: 'לחסל',
    why: "pi'el infinitive: the pi'el and pu'al of ח-ס-ל, with and without matres, and prefixes",
    catches: ['לחסל', 'מחסלת', 'שחיסלו', 'חיסל', 'חיסלה', 'חיסלנו', 'חיסלת', 'יחסלו', 'נחסל', 'לחסלם', 'חוסל',
      'מחוסל', 'המחוסלים', 'חיסול', 'בחיסול', 'חיסולו', 'בחיסולו', 'וכשחיסלו', 'חִסֵּל', 'חִסְּלוּ', 'חֻסַּל',
      'ומחסלים'],
    // Without the pi'el's yod (חסל, חסלת, חסלו) a word is spelled like a pa'al form; in pi'el verbs
    // such as לשלם and לפטר that is another word (שלם, פטר), so it is not caught here either: root:חסל
    // catches it. Pointed text (חִסֵּל) is read in full spelling and is caught.
    ignores: ['מחסן', 'חסה', 'לחם', 'חסר', 'החיסלו', 'בחיסל', 'חסלים', 'חסל', 'חסלת'],
  },
  {
    term: 'לרצוח',
    why: "pa'al infinitive with its nif'al",
    catches: ['רצח', 'רצחו', 'רוצח', 'הרוצחים', 'רוצחת', 'נרצחה', 'רציחה', 'רציחות', 'ירצחו', 'לרצוח', 'שנרצחו'],
    // הרצח is the noun רֶצַח, which a list writes as its own term (as מתקפה beside לתקוף): reading every
    // pa'al past as a noun would also read הספר (the book) as לספור and השלט (the sign) as לשלוט.
    ignores: ['רצה', 'רצון', 'מרוצה', 'ריצה', 'הרצח'],
  },
  {
    term: 'להרוג',
    why: "pa'al of ה-ר-ג (the ה is the root's, not the article)",
    catches: ['הרג', 'הרגו', 'הורג', 'נהרג', 'הרוגים', 'ההרוגים', 'הריגה', 'להורגו', 'ייהרג', 'שנהרגו'],
    ignores: ['הרגע', 'הרגל', 'הרגשה', 'רגע'],
  },
  {
    term: 'לירות',
    why: "ל\"ה root י-ר-ה: ירה, ירו, יורה, ירי, and not the words that contain ירה by chance",
    catches: ['ירה', 'ירו', 'יורה', 'יורים', 'ירי', 'יריות', 'ירייה', 'נורו', 'וירו'],
    ignores: ['בירה', 'שירה', 'שירות', 'מורה', 'תורה', 'יורו', 'לירה', 'כיריים', 'נורה', 'שיירה', 'ירים'],
  },
  {
    term: 'להשמיד',
    why: "hif'il and huf'al",
    catches: ['השמיד', 'השמידו', 'משמיד', 'השמדה', 'השמדת', 'הושמד', 'ישמידו', 'מושמדים'],
    ignores: ['שמד', 'שמיד', 'משמר'],
  },
  {
    term: 'לפוצץ',
    why: "po'el of a root whose last two letters repeat, and its noun",
    catches: ['פוצץ', 'פוצצו', 'מפוצץ', 'יפוצצו', 'פיצוץ', 'פיצוצים', 'הפיצוץ'],
    ignores: ['פצע', 'פיצה'],
  },
  {
    term: 'להתפוצץ',
    why: "hitpa'el",
    catches: ['התפוצץ', 'מתפוצצת', 'התפוצצות', 'יתפוצצו'],
    ignores: ['פוצץ', 'התפצל'],
  },
  {
    term: 'להשתלט',
    why: "hitpa'el with the ת moved after a first ש",
    catches: ['השתלט', 'משתלטים', 'השתלטות', 'ישתלטו'],
    ignores: ['שלט', 'שולט', 'שלטון'],
  },
  {
    term: 'להתנקש',
    why: "hitpa'el and its action noun",
    catches: ['התנקש', 'מתנקש', 'התנקשות', 'התנקשויות', 'בהתנקשות'],
    ignores: ['נקש', 'מקש'],
  },
  {
    term: 'להפציץ',
    why: "hif'il of a root ending in two equal letters",
    catches: ['הפציץ', 'מפציץ', 'מפציצים', 'הפצצה', 'הפצצות', 'הופצץ'],
    ignores: ['הפצה', 'מפיץ'],
  },
  {
    term: 'להפיל',
    why: "hif'il of נ-פ-ל, whose נ is not written",
    catches: ['הפילו', 'מפיל', 'הופל', 'הפלתי', 'יפילו'],
    // הפיל is far more often "the elephant".
    ignores: ['הפיל', 'פיל', 'פילים', 'תפילה'],
  },
  {
    term: 'להכות',
    why: "hif'il of נ-כ-ה: one root letter is left",
    catches: ['הכה', 'היכה', 'הכו', 'מכה', 'מכות', 'הוכה', 'מוכה', 'יכו'],
    ignores: ['הכינו', 'נכה', 'מכינים', 'הכנה'],
  },
  {
    term: 'להילחם',
    why: "nif'al with its pa'al, but not bread",
    catches: ['נלחם', 'נלחמים', 'לוחם', 'לוחמים', 'הלוחמת', 'לחימה', 'ילחמו'],
    ignores: ['לחם', 'לחמים', 'בלחם', 'ללחם', 'לחומה', 'מלחים'],
  },
  {
    term: 'למות',
    why: 'hollow root: a two-letter form is matched only bare or behind ו/ה',
    catches: ['מת', 'ומת', 'המת', 'מתה', 'מתו', 'מתים', 'ימות', 'מיתה'],
    ignores: ['שמת', 'מתי', 'למתוח', 'מתנה', 'אמת'],
  },
  {
    term: 'לנטרל',
    why: 'four-letter root',
    catches: ['נטרל', 'ניטרל', 'מנטרל', 'נוטרל', 'ניטרול', 'ינטרלו'],
    ignores: ['נטר', 'ניטרלי'],
  },
  {
    term: 'לזיין',
    why: "pi'el with a doubled consonantal yod",
    catches: ['זיין', 'מזיין', 'יזיינו', 'זיינו'],
    ignores: ['זית', 'מזינה'],
  },
  {
    term: 'לתקוף',
    why: 'attack, but not a period of time nor "valid"',
    catches: ['תקיפה', 'תוקפים', 'נתקף', 'תקפו', 'יתקפו', 'לתקוף'],
    ignores: ['תקופה', 'בתוקף', 'תוקף', 'תקף', 'לתקופה', 'תקופות'],
  },
  {
    term: 'לאנוס',
    why: 'rape, but not "I will try"',
    catches: ['אנס', 'אונס', 'נאנסה', 'אנסו', 'האונס'],
    // האנס (the rapist) is a noun of its own pattern, like מתקפה: the term "אנס" catches it.
    ignores: ['אנסה', 'ננסה', 'נסה', 'האנס'],
  },
  {
    term: 'לכבוש',
    why: 'conquer, but not lamb nor pickled',
    catches: ['כובשים', 'נכבשה', 'יכבשו', 'לכבוש'],
    ignores: ['כבש', 'כבשים', 'כבוש', 'כבושים', 'כבשה'],
  },
  {
    term: 'פיגוע',
    why: 'a noun: plural, construct, possessive, with prefixes',
    catches: ['פיגוע', 'פיגועים', 'הפיגוע', 'בפיגועי', 'פיגועו', 'ובפיגועים', 'שבפיגוע'],
    ignores: ['פגע', 'פוגע', 'פגיעה'],
  },
  {
    term: 'מחבל',
    why: 'a noun with a feminine form',
    catches: ['מחבל', 'מחבלים', 'המחבלת', 'מחבלות', 'והמחבלים', 'מחבלי'],
    ignores: ['חבל', 'חבלה', 'מחבת'],
  },
  {
    term: 'מטרה',
    why: 'a feminine noun in ה',
    catches: ['מטרה', 'מטרות', 'המטרה', 'למטרה', 'מטרתנו', 'מטרת', 'מטרותיהם'],
    ignores: ['מטר', 'מטרים', 'ממטרה', 'מטרייה', 'מטריה'],
  },
  {
    term: 'ישראלי',
    why: 'an adjective in י',
    catches: ['ישראלי', 'ישראלית', 'ישראלים', 'ישראליות', 'הישראלים'],
    ignores: ['ישראל', 'ישר'],
  },
  {
    term: 'בחירות',
    why: 'a term in the plural is not taken back to its singular (elections, not a choice)',
    catches: ['בחירות', 'הבחירות', 'לבחירות'],
    ignores: ['בחירה', 'הבחירה'],
  },
  {
    term: 'שכול',
    why: 'bereaved, but not ש+כול (that all of…)',
    catches: ['שכול', 'השכול', 'שכולים', 'שכולה'],
    ignores: ['שכולנו', 'שכולם', 'שכולו'],
  },
  {
    term: 'צה"ל',
    why: 'an acronym: any quote mark or none, with prefixes, never inflected',
    catches: ['צה"ל', 'צה״ל', 'צהל', 'בצה"ל', 'לצה”ל'],
    ignores: ['צהלות', 'צהלה'],
  },
  {
    term: 'דם',
    why: 'a two-letter word is matched exactly, behind ו/ה only',
    catches: ['דם', 'הדם', 'ודם'],
    ignores: ['אדם', 'דמים', 'אדום', 'בדם'],
  },
  {
    term: 'זין',
    why: 'a profanity that hides inside everyday words',
    catches: ['זין', 'וזין', 'זינים'],
    ignores: ['מזין', 'מזינה', 'הזינו', 'הזין', 'להזין', 'זינוק'],
  },
  {
    term: 'זונה',
    why: 'not alimony',
    catches: ['זונה', 'זונות', 'הזונה'],
    ignores: ['מזונות', 'מזון'],
  },
  {
    term: 'root:חסל',
    why: 'a root in every binyan, in every spelling, imperatives included',
    catches: ['חיסל', 'חוסל', 'מחסלים', 'התחסל', 'חיסולים', 'לחסל', 'חסל', 'חסלו', 'חסלת'],
    ignores: ['מחסן', 'חסה'],
  },
  {
    term: 'מלחמה',
    why: "a noun whose first letter looks like a prefix: its own letters are never cut as one (מלחמות is not מ+לחמות)",
    catches: ['מלחמה', 'מלחמות', 'מלחמת', 'המלחמה', 'במלחמות', 'המלחמות', 'מלחמתנו', 'מלחמותיהם', 'ובמלחמת'],
    ignores: ['לחם', 'לחמים', 'לחימה', 'נלחם'],
  },
  {
    term: 'ממשלה',
    why: 'a noun starting with מ',
    catches: ['ממשלות', 'ממשלת', 'הממשלה', 'בממשלת', 'לממשלות'],
    ignores: ['משל', 'ממשל', 'מושל'],
  },
  {
    term: 'הפגנה',
    why: 'a noun starting with ה',
    catches: ['הפגנות', 'ההפגנה', 'בהפגנות', 'הפגנת', 'להפגנות'],
    ignores: ['פגנה', 'הפגזה'],
  },
  {
    term: 'שריפה',
    why: 'a noun starting with ש',
    catches: ['שריפות', 'השריפות', 'שריפת', 'בשריפה'],
    ignores: ['שרף', 'ריפה'],
  },
  {
    term: 'כנסת',
    why: 'a noun starting with כ, but not income (הכנסה), which only looks like ה+כנסות',
    catches: ['הכנסת', 'בכנסת', 'לכנסת', 'שבכנסת'],
    ignores: ['הכנסות', 'בהכנסות', 'הכנסה', 'ההכנסה', 'כנס'],
  },
  {
    term: 'לחימה',
    why: 'a noun starting with ל is not read as an infinitive: infinitives do not end in ה',
    catches: ['לחימה', 'לחימת', 'הלחימה', 'לחימות', 'בלחימה'],
    ignores: ['לחם', 'נלחם', 'לחמה'],
  },
  {
    term: 'מחבל',
    why: 'plural and construct of a noun starting with מ',
    catches: ['מחבלים', 'מחבלי', 'למחבלים', 'שהמחבלים'],
    ignores: ['חבלים', 'חבלי'],
  },
  {
    term: 'ביטחון',
    why: 'the adjective in -י is spelled like "my security", so it is caught, with its feminine and plurals',
    catches: ['הביטחון', 'ביטחוני', 'ביטחונית', 'ביטחוניים', 'ביטחוניות', 'הביטחוניים'],
    ignores: ['בטוח', 'בטחון'],
  },
  {
    term: 'תורה',
    why: 'a term that is itself an everyday word kept out of derivations still has its own plural',
    catches: ['תורה', 'תורות', 'תורת', 'התורה'],
    ignores: ['תור', 'ירה'],
  },
  {
    term: 'קלפי',
    why: 'a ballot box, not playing cards',
    catches: ['קלפי', 'הקלפי', 'בקלפיות'],
    ignores: ['קלפים', 'קלף'],
  },
  {
    term: 'רצח',
    why: 'the noun, written as its own term',
    catches: ['רצח', 'הרצח', 'ברצח', 'מהרצח'],
    ignores: ['רצה', 'רוצה'],
  },
  {
    term: 'שורש:שחט',
    why: 'the Hebrew spelling of root:',
    catches: ['שחיטה', 'שוחט', 'נשחט', 'שחטו'],
    ignores: ['שחת', 'שחקן'],
  },
  {
    term: '=מחבל',
    why: 'exact: the word itself with prefixes, no inflection',
    catches: ['מחבל', 'המחבל', 'ומחבל'],
    ignores: ['מחבלים', 'מחבלת'],
  },
  {
    term: 'מחבל*',
    why: 'any word that begins with it, behind prefixes too',
    catches: ['מחבלים', 'והמחבלות', 'מחבל'],
    ignores: ['חבל', 'מחבת'],
  },
];

describe('Hebrew matching', () => {
  describe.each(CASES)('$term ($why)', ({ term, catches, ignores }) => {
    it.each(catches)(`catches %s`, (word) => {
      expect(highlighted(term, `טקסט ${word} טקסט`)).toEqual([word]);
    });
    it.each(ignores)(`does not catch %s`, (word) => {
      expect(highlighted(term, `טקסט ${word} טקסט`)).toEqual([]);
    });
  });

  it('highlights the whole word as typed, with its prefixes and niqqud', () => {
    const text = 'הטֶנִיסָאִית וּמְחַסֶּלֶת אֶת הַמַּטָּרָה';
    expect(highlighted('לחסל', text)).toEqual(['וּמְחַסֶּלֶת']);
    expect(highlighted('מטרה', text)).toEqual(['הַמַּטָּרָה']);
  });

  it('catches a noun whose first letter looks like a prefix in its construct form, inside a sentence', () => {
    expect(highlighted('מלחמה', 'מלחמת לבנון השנייה')).toEqual(['מלחמת']);
    expect(highlighted('מלחמה', 'בזמן מלחמת חרבות ברזל נשארנו פתוחים')).toEqual(['מלחמת']);
    expect(highlighted('מלחמה', 'אחרי שתי מלחמות')).toEqual(['מלחמות']);
  });

  it('matches a Hebrew phrase word by word, later words with the article only', () => {
    expect(highlighted('צבע אדום', 'נשמעה אזעקת צבע אדום בדרום')).toEqual(['צבע אדום']);
    expect(highlighted('שיתוף פעולה בתשלום', 'זה שיתוף הפעולה בתשלום שלנו')).toEqual(['שיתוף הפעולה בתשלום']);
    expect(highlighted('צבע אדום', 'צבע ואדום')).toEqual([]);
    expect(highlighted('צבע אדום', 'צבע. אדום')).toEqual([]);
    expect(highlighted('בית ספר', 'ליד בית־ספר היסודי')).toEqual(['בית־ספר']);
  });
});
