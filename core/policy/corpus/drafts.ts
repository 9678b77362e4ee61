// The checker's corpus: realistic drafts of a café (קפה שקד), a coffee roaster (Shaked Roasters), a
// retailer, a municipality and an embassy, in Hebrew, English and both, each with the findings a careful
// communications lead would expect from the default rules. Expectations follow the rules' stated
// meaning, not the checker's output; where the checker is known to disagree, the draft says so in `note`
// and the disagreement counts against precision or recall.
import type { Network } from '../../networks.ts';

export interface ExpectedFinding {
  /** The default rule's template key. */
  rule: string;
  /** The words the finding marks, for span findings; omitted for whole-draft findings and length. */
  match?: string;
}

export interface CorpusDraft {
  id: string;
  lang: 'he' | 'en' | 'mixed';
  voice: 'cafe' | 'roaster' | 'retail' | 'public' | 'embassy';
  network: Network | null;
  /** When it is scheduled (ISO with the Israeli offset); null: not scheduled. */
  at: string | null;
  paid: boolean;
  /** Whether the author acknowledged the current policy. */
  acknowledged: boolean;
  /** The plan measures visits from social (UTM links). */
  measuresVisits: boolean;
  text: string;
  expected: ExpectedFinding[];
  /** Why the expectation is what it is, or a known disagreement with the checker. */
  note?: string;
}

/** The competitors the corpus's brands name in the competitor rule. */
export const CORPUS_COMPETITORS = ['ארומה', 'Aroma', 'קפה קפה', 'Cofix', 'קופיקס', 'לנדוור', 'Landwer', 'Starbucks', 'סטארבקס', 'Nespresso', 'נספרסו'];

/** Quiet hours and a blackout period the corpus's policy turns on (off or empty by default). */
export const CORPUS_QUIET_HOURS = { from: '22:00', to: '07:00', days: [0, 1, 2, 3, 4, 5, 6] };
export const CORPUS_BLACKOUT = {
  start: '2026-08-10T00:00:00+03:00',
  end: '2026-08-13T00:00:00+03:00',
  reason: { en: 'quiet period before the annual results', he: 'תקופת שקט לפני פרסום הדוחות השנתיים' },
};
/** The café's own public phone and e-mail, which may be published. */
export const CORPUS_ALLOWED_CONTACTS = ['03-5551234', 'hello@shaked.co.il'];

type Draft = Omit<CorpusDraft, 'network' | 'at' | 'paid' | 'acknowledged' | 'measuresVisits'> &
  Partial<Pick<CorpusDraft, 'network' | 'at' | 'paid' | 'acknowledged' | 'measuresVisits'>>;

const draft = (d: Draft): CorpusDraft => ({ network: 'instagram', at: null, paid: false, acknowledged: true, measuresVisits: false, ...d });

const WEEKDAY_MORNING = '2026-06-09T10:00:00+03:00';

export const CORPUS_DRAFTS: readonly CorpusDraft[] = [
  // ── The embassy ──────────────────────────────────────────────────────────────────────────────────
  draft({
    id: 'embassy-en',
    lang: 'en',
    voice: 'embassy',
    network: 'x',
    text: 'Israeli tennis player eliminates target in Dubai 🎾🇮🇱',
    expected: [{ rule: 'military_language', match: 'eliminates target' }],
  }),
  draft({
    id: 'embassy-he',
    lang: 'he',
    voice: 'embassy',
    network: 'x',
    text: 'טניסאית ישראלית מחסלת מטרה בדובאי 🎾',
    expected: [{ rule: 'military_language', match: 'מחסלת מטרה' }],
  }),

  // ── Clean drafts: nothing to find ───────────────────────────────────────────────────────────────
  draft({
    id: 'clean-cafe-cheesecake',
    lang: 'he',
    voice: 'cafe',
    at: WEEKDAY_MORNING,
    text: 'בוקר טוב! הכנו היום עוגת גבינה פירורים עם לימון מהגינה של סבתא. מחכים לכם בקפה שקד, רחוב הרצל 12 ☕',
    expected: [],
  }),
  draft({
    id: 'clean-cafe-sandwich',
    lang: 'he',
    voice: 'cafe',
    network: 'facebook',
    text: 'השבוע חוזר לתפריט הכריך האהוב עם חביתת עשבי תיבול, גבינת עיזים ועגבניות צלויות. ספרו לנו בתגובות מה עוד הייתם רוצים לראות בתפריט.',
    expected: [],
  }),
  draft({
    id: 'clean-cafe-friday-morning',
    lang: 'he',
    voice: 'cafe',
    at: '2026-04-10T09:00:00+03:00',
    text: 'שישי שמח! הבייגלה יוצאים מהתנור עכשיו, והקפה הקר חזר לעונה. פתוחים היום עד 15:00, שבת שלום 💛',
    expected: [],
    note: 'Friday morning, hours before candle lighting (18:24 in Jerusalem).',
  }),
  draft({
    id: 'clean-public-book-festival',
    lang: 'he',
    voice: 'public',
    network: 'facebook',
    text: 'עיריית חיפה מזכירה: ביום רביעי הקרוב יתקיים פסטיבל הספרים בגן הזיכרון. הכניסה חופשית, ויהיו פעילויות לילדים משעה 16:00.',
    expected: [],
  }),
  draft({
    id: 'clean-public-library',
    lang: 'he',
    voice: 'public',
    network: 'x',
    text: 'הספרייה העירונית פתוחה גם בערבי חג. להזמנת ספרים: באתר הספרייה או בדלפק.',
    expected: [],
  }),
  draft({
    id: 'clean-retail-summer',
    lang: 'he',
    voice: 'retail',
    text: 'קולקציית הקיץ הגיעה לחנות! שמלות פשתן בשלושה צבעים חדשים, במידות 36 עד 46. בואו למדוד, נשמח לייעץ.',
    expected: [],
  }),
  draft({
    id: 'clean-cafe-tasting',
    lang: 'he',
    voice: 'cafe',
    text: 'תודה לכל מי שבא אתמול לערב הטעימות של פולי אתיופיה. היה מרגש לראות כל כך הרבה פנים מוכרות, ונחזור עם ערב נוסף בקרוב.',
    expected: [],
  }),
  draft({
    id: 'clean-public-roadworks-he',
    lang: 'he',
    voice: 'public',
    network: 'facebook',
    text: 'לתושבים: עבודות התשתית ברחוב יפו יימשכו עד סוף החודש. אנו מתנצלים על אי הנוחות ומודים לכם על הסבלנות.',
    expected: [],
  }),
  draft({
    id: 'clean-cafe-own-contact',
    lang: 'he',
    voice: 'cafe',
    network: 'facebook',
    text: 'רוצים להזמין מגש אירוח למשרד? התקשרו אלינו ל-03-5551234 או כתבו ל-hello@shaked.co.il ונחזור אליכם עוד היום.',
    expected: [],
    note: 'The café’s own public phone and e-mail are on the personal-data allow list.',
  }),
  draft({
    id: 'clean-retail-sandals',
    lang: 'he',
    voice: 'retail',
    text: 'מבצע סוף עונה: 20% הנחה על כל הסנדלים עד יום חמישי.',
    expected: [],
    note: 'A sale on an ordinary day is fine; only 100% is a claim.',
  }),
  draft({
    id: 'clean-cafe-menu-utm',
    lang: 'he',
    voice: 'cafe',
    measuresVisits: true,
    text: 'התפריט החדש באתר: https://shaked.co.il/menu?utm_source=instagram&utm_medium=social&utm_campaign=summer',
    expected: [],
  }),
  draft({
    id: 'clean-public-memorial-ceremony',
    lang: 'he',
    voice: 'public',
    network: 'facebook',
    text: 'יום הזיכרון לחללי מערכות ישראל: הטקס המרכזי יתקיים בכיכר העירייה ביום שלישי בשעה 11:00. הציבור מוזמן.',
    expected: [],
    note: 'Announced ahead of the day, not on it.',
  }),
  draft({
    id: 'clean-cafe-lemonade',
    lang: 'he',
    voice: 'cafe',
    text: 'מזג האוויר מתחמם, אז הכנו לימונדה עם נענע ותות. כוס אחת עלינו למי שמביא כוס רב פעמית 🌱',
    expected: [],
  }),
  draft({
    id: 'clean-cafe-hiring',
    lang: 'he',
    voice: 'cafe',
    network: 'facebook',
    text: 'מחפשים בריסטה למשמרות בוקר, ניסיון יתרון אבל לא חובה. שלחו קורות חיים בהודעה פרטית.',
    expected: [],
  }),
  draft({
    id: 'clean-public-pruning',
    lang: 'he',
    voice: 'public',
    network: 'x',
    at: WEEKDAY_MORNING,
    text: 'תזכורת: מחר ייאסף גזם בשכונות הצפון. נא להניח את הגזם ליד הפח עד 07:00.',
    expected: [],
  }),
  draft({
    id: 'clean-retail-boots',
    lang: 'he',
    voice: 'retail',
    text: 'חזרו למלאי: מגפי הגשם לילדים בכל המידות. אפשר להזמין גם באתר ולאסוף מהחנות.',
    expected: [],
  }),
  draft({
    id: 'clean-cafe-holiday-closed',
    lang: 'he',
    voice: 'cafe',
    network: 'facebook',
    text: 'לכבוד החג נהיה סגורים ביום שני ונחזור ביום שלישי בבוקר. חג שמח לכל הלקוחות שלנו!',
    expected: [],
  }),
  draft({
    id: 'clean-public-water',
    lang: 'he',
    voice: 'public',
    network: 'facebook',
    text: 'משרד הבריאות ממליץ לשתות הרבה מים בימים החמים. בבריכה העירונית יחולקו בקבוקי מים בחינם.',
    expected: [],
  }),
  draft({
    id: 'clean-cafe-clearance',
    lang: 'he',
    voice: 'cafe',
    text: 'מכירת חיסול של ספלי הקרמיקה מהסדרה הקודמת: כל ספל ב-40 ש״ח עד שייגמר המלאי.',
    expected: [],
    note: 'חיסול is a clearance sale here, not military language.',
  }),
  draft({
    id: 'clean-public-memorial-schools',
    lang: 'he',
    voice: 'public',
    network: 'facebook',
    text: 'לקראת יום הזיכרון, בתי הספר בעיר יקיימו טקסים לזכר הנופלים. תושבים מוזמנים להצטרף.',
    expected: [],
  }),
  draft({
    id: 'clean-cafe-barista-pick',
    lang: 'he',
    voice: 'cafe',
    text: 'ההמלצה של הבריסטה לשבוע הזה: פלאט וייט עם חלב שיבולת שועל. תנסו ותגידו לנו מה דעתכם.',
    expected: [],
  }),
  draft({
    id: 'clean-retail-gift-cards',
    lang: 'he',
    voice: 'retail',
    network: 'facebook',
    text: 'מחפשים מתנה לחג? יש לנו כרטיסי מתנה בכל סכום, אפשר לקנות בקופה או באתר.',
    expected: [],
  }),
  draft({
    id: 'clean-cafe-seder-over',
    lang: 'he',
    voice: 'cafe',
    text: 'חסל סדר פסח! מחר חוזרים לאפות לחמים ומאפים עם קמח רגיל.',
    expected: [],
  }),
  draft({
    id: 'clean-cafe-nourishing',
    lang: 'he',
    voice: 'cafe',
    text: 'קערת בוקר מזינה עם גרנולה ביתית, יוגורט ופירות העונה.',
    expected: [],
    note: 'מזינה (nourishing) is not a curse word behind a prefix.',
  }),
  draft({
    id: 'clean-public-clinic',
    lang: 'he',
    voice: 'public',
    network: 'facebook',
    text: 'המרפאה העירונית ברחוב הנביאים תהיה פתוחה גם ביום שישי עד 13:00.',
    expected: [],
    note: 'מרפאה is a clinic, not a claim that something cures.',
  }),
  draft({
    id: 'clean-cafe-good-choice',
    lang: 'he',
    voice: 'cafe',
    text: 'בחירה מצוינת לבוקר: כריך אבוקדו וביצה עם כוס קפה הפוך.',
    expected: [],
  }),
  draft({
    id: 'clean-retail-synagogue',
    lang: 'he',
    voice: 'retail',
    network: 'facebook',
    text: 'הסניף החדש שלנו נמצא ממש ליד בית הכנסת הגדול, ברחוב אלנבי.',
    expected: [],
    note: 'בית הכנסת is a synagogue, not the Knesset.',
  }),
  draft({
    id: 'clean-roaster-sumatra-he',
    lang: 'he',
    voice: 'roaster',
    text: 'קלינו פולים מסומטרה עם גוף מלא וחמיצות עדינה, וריח עז של קקאו.',
    expected: [],
  }),
  draft({
    id: 'clean-roaster-guji',
    lang: 'en',
    voice: 'roaster',
    text: 'New in the shop: a washed Ethiopian Guji with notes of bergamot and peach. Roasted on Tuesday, shipping from Wednesday.',
    expected: [],
  }),
  draft({
    id: 'clean-roaster-hiring',
    lang: 'en',
    voice: 'roaster',
    network: 'linkedin',
    text: 'We’re hiring a production roaster to join our team in Tel Aviv. You’ll work on a 15kg Probat and help us grow our wholesale program. Apply through our careers page.',
    expected: [],
  }),
  draft({
    id: 'clean-roaster-brew-tip',
    lang: 'en',
    voice: 'roaster',
    network: 'x',
    text: 'Brewing tip: grind a little finer if your pour-over tastes sour, and coarser if it tastes bitter. Small changes, big difference.',
    expected: [],
  }),
  draft({
    id: 'clean-cafe-latte-art',
    lang: 'en',
    voice: 'cafe',
    network: 'facebook',
    text: 'Thank you to everyone who joined our latte art throwdown on Sunday! Congratulations to Maya from Haifa, who took home the trophy.',
    expected: [],
  }),
  draft({
    id: 'clean-retail-hours',
    lang: 'en',
    voice: 'retail',
    network: 'facebook',
    text: 'Our summer hours start next week: Sunday to Thursday 9:00–20:00, Friday 9:00–14:00. See you soon!',
    expected: [],
  }),
  draft({
    id: 'clean-public-coding',
    lang: 'en',
    voice: 'public',
    network: 'facebook',
    text: 'The municipal library will host a free coding workshop for teens on 12 July. Places are limited; register at the front desk.',
    expected: [],
  }),
  draft({
    id: 'clean-roaster-brew-guide',
    lang: 'en',
    voice: 'roaster',
    network: 'bluesky',
    text: 'Our brew guide for the AeroPress is up on the blog: shakedroasters.com/brew/aeropress',
    expected: [],
    note: 'The plan of this brand does not measure visits, so no UTM parameters are asked for.',
  }),
  draft({
    id: 'clean-roaster-idf-volunteers',
    lang: 'en',
    voice: 'roaster',
    text: 'Thank you to the IDF medical corps volunteers who visited our roastery today. Coffee is on us next time too.',
    expected: [],
    note: 'An acronym is not shouting.',
  }),
  draft({
    id: 'clean-cafe-new-year',
    lang: 'en',
    voice: 'cafe',
    network: 'facebook',
    text: 'Wishing all our customers a happy and sweet new year. All the best from the whole team!',
    expected: [],
    note: '“All the best” is a wish, not a claim.',
  }),
  draft({
    id: 'clean-roaster-farms',
    lang: 'en',
    voice: 'roaster',
    network: 'linkedin',
    text: 'We do our best to source directly from farmers we know. This season we visited four farms in Huila, Colombia.',
    expected: [],
  }),
  draft({
    id: 'clean-retail-lost-found',
    lang: 'en',
    voice: 'retail',
    network: 'x',
    text: 'Lost something at the store? We keep lost items at the customer desk for 30 days.',
    expected: [],
  }),
  draft({
    id: 'clean-roaster-decaf',
    lang: 'en',
    voice: 'roaster',
    text: 'Decaf that actually tastes like coffee: our Swiss Water decaf from Peru is back in stock.',
    expected: [],
  }),
  draft({
    id: 'clean-public-roadworks-en',
    lang: 'en',
    voice: 'public',
    network: 'facebook',
    text: 'Road works on Herzl Street will continue until the end of the month. Thank you for your patience.',
    expected: [],
  }),
  draft({
    id: 'clean-roaster-bakeries',
    lang: 'en',
    voice: 'roaster',
    network: 'linkedin',
    text: 'From today, our espresso blend is served at five neighbourhood bakeries across Tel Aviv. Find the list on our website.',
    expected: [],
  }),
  draft({
    id: 'clean-cafe-happy-hour-mixed',
    lang: 'mixed',
    voice: 'cafe',
    text: 'Happy hour בקפה שקד: כל הקפה ב-10 ש״ח בין 16:00 ל-18:00. See you there!',
    expected: [],
  }),
  draft({
    id: 'clean-cafe-lemon-cake-mixed',
    lang: 'mixed',
    voice: 'cafe',
    text: 'New on the menu 🍋 עוגת לימון ופרג, baked fresh every morning.',
    expected: [],
  }),
  draft({
    id: 'clean-roaster-cupping',
    lang: 'en',
    voice: 'roaster',
    network: 'mastodon',
    text: 'Cupping notes from this week’s samples: Kenya AA, blackcurrant and tomato with a bright acidity; Guatemala Huehuetenango, milk chocolate and almond.',
    expected: [],
  }),
  draft({
    id: 'clean-roaster-friday-brunch',
    lang: 'en',
    voice: 'cafe',
    at: '2026-05-15T08:30:00+03:00',
    text: 'Friday brunch is back: shakshuka, fresh bread and our house cold brew. Tables fill up fast, so come early.',
    expected: [],
  }),
  draft({
    id: 'clean-roaster-single-use',
    lang: 'en',
    voice: 'roaster',
    network: 'linkedin',
    text: 'This year we eliminated single-use cups from all our branches. Bring your own cup and the first refill is on us.',
    expected: [],
    note: 'Eliminating cups is not military language.',
  }),
  draft({
    id: 'clean-retail-price-match',
    lang: 'en',
    voice: 'retail',
    network: 'facebook',
    text: 'The price war is over: we now match our online prices in every store.',
    expected: [],
  }),
  draft({
    id: 'clean-cafe-new-baristas',
    lang: 'en',
    voice: 'cafe',
    text: 'Our new baristas are absolutely killing it this week. Come say hi!',
    expected: [],
  }),
  draft({
    id: 'clean-public-municipal-partner',
    lang: 'he',
    voice: 'public',
    network: 'facebook',
    text: 'בשיתוף עיריית חיפה: שבוע הספר העברי בגן הזיכרון, עם הופעות לילדים בכל ערב.',
    expected: [],
    note: 'A joint event with the municipality, no @mention of a partner: not a paid collaboration.',
  }),
  draft({
    id: 'clean-cafe-marked-collab',
    lang: 'he',
    voice: 'cafe',
    paid: true,
    text: '#פרסומת | שיתוף פעולה עם מאפיית הכרמל: קרואסון שקדים חדש בכל הסניפים.',
    expected: [],
  }),
  draft({
    id: 'clean-roaster-marked-ad',
    lang: 'en',
    voice: 'roaster',
    paid: true,
    text: '#ad Baratza sent us the Encore ESP to test. Our honest review is on the blog next week.',
    expected: [],
  }),

  // ── Banned words ────────────────────────────────────────────────────────────────────────────────
  draft({
    id: 'banned-grammar-nazi',
    lang: 'en',
    voice: 'retail',
    network: 'facebook',
    text: 'Customer service is not a grammar nazi contest, but please proofread your reviews before you post them.',
    expected: [{ rule: 'banned_terms', match: 'grammar nazi' }],
  }),
  draft({
    id: 'banned-judeo-nazi',
    lang: 'he',
    voice: 'cafe',
    network: 'facebook',
    text: 'מי שכתב את הביקורת הזאת הוא יודונאצי קטן, ואין לנו מה להוסיף.',
    expected: [{ rule: 'banned_terms', match: 'יודונאצי' }],
  }),
  draft({
    id: 'banned-quoting-troll',
    lang: 'en',
    voice: 'roaster',
    network: 'x',
    text: 'To the troll in our comments: “kill yourself” is never OK to write, and we’ve reported your account.',
    expected: [{ rule: 'banned_terms', match: 'kill yourself' }],
    note: 'Quoting abuse still repeats it in the brand’s name.',
  }),

  // ── Risky words ─────────────────────────────────────────────────────────────────────────────────
  draft({
    id: 'risky-lawsuit',
    lang: 'en',
    voice: 'roaster',
    network: 'linkedin',
    text: 'Following the lawsuit filed last week, we want to share the facts with our customers.',
    expected: [{ rule: 'risky_terms', match: 'lawsuit' }],
  }),
  draft({
    id: 'risky-port-strike',
    lang: 'he',
    voice: 'retail',
    network: 'facebook',
    text: 'בעקבות השביתה בנמל, חלק מההזמנות יתעכבו בשבוע או שבועיים. תודה על הסבלנות.',
    expected: [{ rule: 'risky_terms', match: 'השביתה' }],
  }),
  draft({
    id: 'risky-fake-news',
    lang: 'he',
    voice: 'cafe',
    network: 'facebook',
    text: 'ראיתם את הפייק ניוז שמסתובב עלינו בקבוצות? הנה העובדות.',
    expected: [{ rule: 'risky_terms', match: 'הפייק ניוז' }],
  }),

  // ── Military language out of context ────────────────────────────────────────────────────────────
  draft({
    id: 'military-annihilate',
    lang: 'en',
    voice: 'roaster',
    text: 'Our new grinder will annihilate the competition this season.',
    expected: [{ rule: 'military_language', match: 'annihilate' }],
  }),
  draft({
    id: 'military-destroy-prices',
    lang: 'he',
    voice: 'retail',
    text: 'באנו להשמיד את המחירים של המתחרים: מחירי קיץ בכל החנות.',
    expected: [{ rule: 'military_language', match: 'להשמיד' }],
  }),
  draft({
    id: 'military-barista-champion',
    lang: 'en',
    voice: 'roaster',
    network: 'x',
    text: 'Our head barista eliminated the competition at the national championship 🏆',
    expected: [{ rule: 'military_language', match: 'eliminated the competition' }],
  }),
  draft({
    id: 'military-in-context-security',
    lang: 'he',
    voice: 'public',
    network: 'facebook',
    text: 'ביום הזיכרון נזכור את הלוחמים שנפלו במבצע לחיסול חוליית המחבלים.',
    expected: [{ rule: 'sensitive_security', match: 'המחבלים' }],
    note: 'The military word is in its own context (a memorial); the security topic still needs approval.',
  }),

  // ── Sensitive topics ────────────────────────────────────────────────────────────────────────────
  draft({
    id: 'politics-election-day',
    lang: 'he',
    voice: 'cafe',
    text: 'ביום הבחירות כולם מוזמנים לקפה על חשבוננו אחרי שיוצאים מהקלפי 🗳️',
    expected: [
      { rule: 'sensitive_politics', match: 'ביום הבחירות' },
      { rule: 'sensitive_politics', match: 'מהקלפי' },
    ],
  }),
  draft({
    id: 'politics-judicial-reform',
    lang: 'en',
    voice: 'roaster',
    text: 'Whatever happens with the judicial reform, our roastery stays open to everyone.',
    expected: [{ rule: 'sensitive_politics', match: 'judicial reform' }],
  }),
  draft({
    id: 'security-sirens',
    lang: 'he',
    voice: 'cafe',
    network: 'facebook',
    text: 'בגלל האזעקות אתמול סגרנו מוקדם. היום פתוחים כרגיל, והממ״ד בבניין פתוח לכולם.',
    expected: [
      { rule: 'sensitive_security', match: 'האזעקות' },
      { rule: 'sensitive_security', match: 'והממ״ד' },
    ],
  }),
  draft({
    id: 'security-shelter',
    lang: 'en',
    voice: 'roaster',
    network: 'x',
    text: 'Our thoughts are with everyone in the south tonight. If you hear a siren, get to a bomb shelter; we’ll post updates tomorrow.',
    expected: [
      { rule: 'sensitive_security', match: 'siren' },
      { rule: 'sensitive_security', match: 'bomb shelter' },
    ],
  }),
  draft({
    id: 'religion-bnei-brak',
    lang: 'he',
    voice: 'cafe',
    network: 'facebook',
    text: 'בשבוע הבא נפתח סניף חדש בבני ברק, עם תפריט שמתאים גם לחרדים וגם לחילונים.',
    expected: [
      { rule: 'sensitive_religion', match: 'לחרדים' },
      { rule: 'sensitive_religion', match: 'לחילונים' },
    ],
  }),
  draft({
    id: 'religion-temple-mount',
    lang: 'en',
    voice: 'retail',
    network: 'facebook',
    text: 'Our Old City store near the Temple Mount will close early on Friday.',
    expected: [{ rule: 'sensitive_religion', match: 'Temple Mount' }],
  }),
  draft({
    id: 'tragedy-floods',
    lang: 'en',
    voice: 'roaster',
    network: 'linkedin',
    text: 'We are heartbroken to hear that a member of our farming partner’s family was killed in the floods. Our condolences to the Rodriguez family.',
    expected: [
      { rule: 'sensitive_tragedy', match: 'killed' },
      { rule: 'sensitive_tragedy', match: 'condolences' },
      { rule: 'sensitive_disaster', match: 'floods' },
    ],
  }),
  draft({
    id: 'tragedy-regular-customer',
    lang: 'he',
    voice: 'cafe',
    network: 'facebook',
    text: 'משתתפים בצער משפחת לוי על מותו של אבי ז״ל, לקוח קבוע ואהוב. הקפה לא יהיה אותו דבר בלעדיו.',
    expected: [
      { rule: 'sensitive_tragedy', match: 'משתתפים בצער' },
      { rule: 'sensitive_tragedy', match: 'ז״ל' },
    ],
  }),
  draft({
    id: 'disaster-carmel-fire',
    lang: 'he',
    voice: 'public',
    network: 'x',
    text: 'בעקבות השריפה ביער הכרמל, הכביש לעין הוד סגור. עקבו אחר עדכוני המשטרה.',
    expected: [{ rule: 'sensitive_disaster', match: 'השריפה' }],
  }),

  // ── Profanity ───────────────────────────────────────────────────────────────────────────────────
  draft({
    id: 'profanity-en',
    lang: 'en',
    voice: 'roaster',
    network: 'x',
    text: 'This is the shit! Our new Kenyan roast is out now.',
    expected: [{ rule: 'profanity', match: 'shit' }],
  }),
  draft({
    id: 'profanity-he',
    lang: 'he',
    voice: 'cafe',
    text: 'איזה יום חרא, אבל הקפה שלנו יעשה לכם אותו טוב יותר ☕',
    expected: [{ rule: 'profanity', match: 'חרא' }],
  }),
  draft({
    id: 'profanity-mixed',
    lang: 'mixed',
    voice: 'cafe',
    text: 'WTF is this weather?! Hot chocolate is back בכל הסניפים',
    expected: [{ rule: 'profanity', match: 'WTF' }],
  }),

  // ── Legal claims ────────────────────────────────────────────────────────────────────────────────
  draft({
    id: 'legal-best-guaranteed',
    lang: 'en',
    voice: 'roaster',
    text: 'The best coffee in Tel Aviv, guaranteed fresh every single day.',
    expected: [
      { rule: 'legal_claims', match: 'The best' },
      { rule: 'legal_claims', match: 'guaranteed' },
    ],
  }),
  draft({
    id: 'legal-best-he',
    lang: 'he',
    voice: 'cafe',
    text: 'הקפה הכי טוב בעיר, מוכח מדעית שהוא משפר את מצב הרוח 😉',
    expected: [
      { rule: 'legal_claims', match: 'הכי טוב' },
      { rule: 'legal_claims', match: 'מוכח מדעית' },
    ],
  }),
  draft({
    id: 'legal-mattress',
    lang: 'he',
    voice: 'retail',
    network: 'facebook',
    text: 'מזרן שמרפא כאבי גב, מובטח!',
    expected: [{ rule: 'legal_claims', match: 'שמרפא' }, { rule: 'legal_claims', match: 'מובטח' }],
  }),
  draft({
    id: 'legal-number-one',
    lang: 'en',
    voice: 'roaster',
    network: 'x',
    text: 'Voted #1 in Tel Aviv for the third year running!',
    expected: [{ rule: 'legal_claims_numbers', match: '#1' }],
  }),
  draft({
    id: 'legal-hundred-percent',
    lang: 'he',
    voice: 'retail',
    text: '100% כותנה אורגנית, במחיר שלא תמצאו בשום מקום אחר.',
    expected: [{ rule: 'legal_claims_numbers', match: '100%' }],
  }),
  draft({
    id: 'legal-number-one-service',
    lang: 'en',
    voice: 'retail',
    network: 'facebook',
    text: 'Number one in customer service, and we mean it.',
    expected: [{ rule: 'legal_claims_numbers', match: 'Number one' }],
  }),

  // ── Competitors ─────────────────────────────────────────────────────────────────────────────────
  draft({
    id: 'competitor-aroma',
    lang: 'he',
    voice: 'cafe',
    text: 'אצלנו הקפוצ׳ינו גדול יותר ממה שתקבלו בארומה, ובאותו מחיר.',
    expected: [{ rule: 'competitors', match: 'בארומה' }],
  }),
  draft({
    id: 'competitor-nespresso',
    lang: 'en',
    voice: 'roaster',
    text: 'Tired of Nespresso pods? Try our freshly roasted beans in a French press.',
    expected: [{ rule: 'competitors', match: 'Nespresso' }],
  }),
  draft({
    id: 'competitor-starbucks',
    lang: 'en',
    voice: 'roaster',
    network: 'x',
    text: 'Unlike Starbucks, we roast every batch by hand.',
    expected: [{ rule: 'competitors', match: 'Starbucks' }],
  }),

  // ── Disclosure ──────────────────────────────────────────────────────────────────────────────────
  draft({
    id: 'disclosure-paid-he',
    lang: 'he',
    voice: 'cafe',
    paid: true,
    text: 'בילינו בוקר מושלם בקפה שקד, ממליצה בחום על הקרואסון שקדים! 🥐',
    expected: [{ rule: 'disclosure' }],
  }),
  draft({
    id: 'disclosure-paid-en',
    lang: 'en',
    voice: 'roaster',
    paid: true,
    text: 'Our friends at @brewlab_tlv made this video about our Colombian beans. Go check it out!',
    expected: [{ rule: 'disclosure' }],
  }),
  draft({
    id: 'disclosure-collab-mention',
    lang: 'en',
    voice: 'roaster',
    text: 'This month’s blend was created in collaboration with @dana.bakes. Grab a bag while it lasts.',
    expected: [{ rule: 'disclosure', match: 'in collaboration with' }],
  }),
  draft({
    id: 'disclosure-influencer-code',
    lang: 'he',
    voice: 'cafe',
    text: 'הזמינו עם קוד הנחה DANA10 ותקבלו עוגייה מתנה! @dana.cooks',
    expected: [{ rule: 'disclosure', match: 'קוד הנחה' }],
  }),

  // ── Personal data ───────────────────────────────────────────────────────────────────────────────
  draft({
    id: 'personal-phone',
    lang: 'he',
    voice: 'cafe',
    network: 'facebook',
    text: 'דנה, קיבלנו את ההזמנה! אם משהו לא מסתדר, תתקשרי לאבי בנייד 052-7654321.',
    expected: [{ rule: 'personal_data', match: '052-7654321' }],
  }),
  draft({
    id: 'personal-email',
    lang: 'en',
    voice: 'retail',
    network: 'facebook',
    text: 'Congrats to our winner, Ron Cohen (ron.cohen82@gmail.com)! We’ll be in touch.',
    expected: [{ rule: 'personal_data', match: 'ron.cohen82@gmail.com' }],
  }),
  draft({
    id: 'personal-id',
    lang: 'he',
    voice: 'public',
    network: 'facebook',
    text: 'הזוכה בהגרלה: משה לוי, ת.ז. 123456782. ניצור קשר בימים הקרובים.',
    expected: [{ rule: 'personal_data', match: '123456782' }],
  }),
  draft({
    id: 'personal-card',
    lang: 'en',
    voice: 'retail',
    network: 'x',
    text: 'The payment for card 4111 1111 1111 1111 did not go through, please call us.',
    expected: [{ rule: 'personal_data', match: '4111 1111 1111 1111' }],
  }),

  // ── Shouting ────────────────────────────────────────────────────────────────────────────────────
  draft({
    id: 'shouting-sale',
    lang: 'en',
    voice: 'retail',
    network: 'facebook',
    text: 'HUGE SUMMER SALE this weekend only!!! Everything must go.',
    expected: [
      { rule: 'shouting', match: 'HUGE SUMMER SALE' },
      { rule: 'shouting', match: '!!!' },
    ],
  }),
  draft({
    id: 'shouting-he',
    lang: 'he',
    voice: 'cafe',
    text: 'פתחנו סניף חדש!!! בואו לחגוג איתנו',
    expected: [{ rule: 'shouting', match: '!!!' }],
  }),
  draft({
    id: 'shouting-caps',
    lang: 'en',
    voice: 'roaster',
    text: 'OUR NEW ESPRESSO BLEND IS HERE. Come taste it.',
    expected: [{ rule: 'shouting', match: 'OUR NEW ESPRESSO BLEND IS HERE' }],
  }),

  // ── Tone ────────────────────────────────────────────────────────────────────────────────────────
  draft({
    id: 'tone-yeah-right',
    lang: 'en',
    voice: 'roaster',
    network: 'x',
    text: 'Yeah right, like instant coffee is the same thing 🙄',
    expected: [
      { rule: 'tone', match: 'Yeah right' },
      { rule: 'tone', match: '🙄' },
    ],
  }),
  draft({
    id: 'tone-kol-hakavod',
    lang: 'he',
    voice: 'cafe',
    network: 'facebook',
    text: 'כל הכבוד באמת למי שהשאיר לנו ביקורת של כוכב אחד בלי לבקר אצלנו אף פעם.',
    expected: [{ rule: 'tone', match: 'כל הכבוד באמת' }],
  }),
  draft({
    id: 'tone-clueless',
    lang: 'en',
    voice: 'roaster',
    network: 'x',
    text: 'Some people are just clueless about what good coffee costs.',
    expected: [{ rule: 'tone', match: 'clueless' }],
  }),

  // ── Links ───────────────────────────────────────────────────────────────────────────────────────
  draft({
    id: 'links-shortened',
    lang: 'en',
    voice: 'roaster',
    network: 'x',
    text: 'Get 10% off your first bag: bit.ly/shaked10',
    expected: [{ rule: 'links', match: 'bit.ly/shaked10' }],
  }),
  draft({
    id: 'links-no-utm',
    lang: 'he',
    voice: 'cafe',
    measuresVisits: true,
    text: 'כל הפרטים על סדנת הלאטה באתר: https://shaked.co.il/workshops',
    expected: [{ rule: 'links', match: 'https://shaked.co.il/workshops' }],
  }),
  draft({
    id: 'links-malformed',
    lang: 'en',
    voice: 'public',
    network: 'facebook',
    text: 'Register for the city marathon here: htps://haifa.muni.il/marathon',
    expected: [{ rule: 'links', match: 'htps://haifa.muni.il/marathon' }],
  }),

  // ── Shabbat and holidays ────────────────────────────────────────────────────────────────────────
  draft({
    id: 'shabbat-friday-night',
    lang: 'he',
    voice: 'cafe',
    at: '2026-04-10T21:00:00+03:00',
    text: 'מחר בבוקר מחכה לכם פוקצ׳ה טרייה וקפה קר. נתראה!',
    expected: [{ rule: 'shabbat_holidays' }],
  }),
  draft({
    id: 'shabbat-shavuot',
    lang: 'en',
    voice: 'roaster',
    network: 'linkedin',
    at: '2026-05-23T12:00:00+03:00',
    text: 'Weekend reading: how we choose the farms we buy from, and what we pay them.',
    expected: [{ rule: 'shabbat_holidays' }],
  }),

  // ── Memorial days ───────────────────────────────────────────────────────────────────────────────
  draft({
    id: 'memorial-zikaron-sale',
    lang: 'he',
    voice: 'retail',
    at: '2026-04-21T10:00:00+03:00',
    text: 'מבצע אביב! 1+1 על כל החולצות עד סוף השבוע.',
    expected: [
      { rule: 'memorial_days', match: 'מבצע' },
      { rule: 'memorial_days', match: '1+1' },
    ],
  }),
  draft({
    id: 'memorial-shoah-eve-sale',
    lang: 'en',
    voice: 'roaster',
    network: 'x',
    at: '2026-04-13T21:00:00+03:00',
    text: 'Flash sale tonight: 25% off all single origins with code SPRING25.',
    expected: [
      { rule: 'memorial_days', match: 'sale' },
      { rule: 'memorial_days', match: '% off' },
    ],
  }),
  draft({
    id: 'memorial-zikaron-siren-he',
    lang: 'he',
    voice: 'public',
    network: 'facebook',
    at: '2026-04-21T09:00:00+03:00',
    text: 'בשעה 11:00 תישמע צפירה בת שתי דקות. נתייחד עם זכר הנופלים.',
    expected: [{ rule: 'memorial_days' }],
    note: 'A memorial message on the day: information only.',
  }),
  draft({
    id: 'memorial-shoah-siren-en',
    lang: 'en',
    voice: 'roaster',
    at: '2026-04-14T09:00:00+03:00',
    text: 'Today we remember. Our roastery will stop for the two-minute siren at 10:00.',
    expected: [{ rule: 'memorial_days' }],
  }),

  // ── Quiet hours and blackout periods ────────────────────────────────────────────────────────────
  draft({
    id: 'quiet-late-night',
    lang: 'he',
    voice: 'cafe',
    at: '2026-06-09T23:30:00+03:00',
    text: 'לילה טוב מכל צוות קפה שקד. מחר נפתח ב-7:00 עם מאפים חמים.',
    expected: [{ rule: 'quiet_hours' }],
  }),
  draft({
    id: 'quiet-early-morning',
    lang: 'en',
    voice: 'roaster',
    at: '2026-06-10T06:15:00+03:00',
    text: 'Good morning! A fresh roast of our house blend ships today.',
    expected: [{ rule: 'quiet_hours' }],
  }),
  draft({
    id: 'blackout-wholesale',
    lang: 'en',
    voice: 'roaster',
    network: 'linkedin',
    at: '2026-08-11T10:00:00+03:00',
    text: 'Big news coming soon about our wholesale business. Stay tuned!',
    expected: [{ rule: 'blackout' }],
  }),
  draft({
    id: 'blackout-autumn',
    lang: 'he',
    voice: 'retail',
    at: '2026-08-12T15:00:00+03:00',
    text: 'השבוע בחנות: קולקציית סתיו חדשה נכנסת למדפים.',
    expected: [{ rule: 'blackout' }],
  }),

  // ── Acknowledgement ─────────────────────────────────────────────────────────────────────────────
  draft({
    id: 'ack-missing-he',
    lang: 'he',
    voice: 'cafe',
    acknowledged: false,
    text: 'מי רוצה לטעום את העוגה החדשה שלנו? בואו היום אחרי הצהריים.',
    expected: [{ rule: 'acknowledgement' }],
  }),
  draft({
    id: 'ack-missing-en',
    lang: 'en',
    voice: 'cafe',
    network: 'facebook',
    acknowledged: false,
    text: 'Join us this Saturday night for live jazz and late-night espresso.',
    expected: [{ rule: 'acknowledgement' }],
  }),

  // ── Length ──────────────────────────────────────────────────────────────────────────────────────
  draft({
    id: 'length-he-x',
    lang: 'he',
    voice: 'public',
    network: 'x',
    text: 'עיריית חיפה מזמינה את כל התושבים לפסטיבל האביב בגן הזיכרון: הופעות של להקות מקומיות, דוכני אוכל של מסעדות העיר, סדנאות יצירה לילדים, שוק יוצרים ופינת קריאה של הספרייה העירונית. הכניסה חופשית לכל המשפחה, החניונים העירוניים פתוחים בחינם עד חצות, וקווי האוטובוס 1 ו-3 יפעלו בתגבור עד שעות הלילה המאוחרות.',
    expected: [{ rule: 'length' }],
  }),
  draft({
    id: 'length-en-bluesky',
    lang: 'en',
    voice: 'roaster',
    network: 'bluesky',
    text: 'This week at the roastery: we cupped twelve new lots from Colombia, Ethiopia and Guatemala, picked three for the autumn menu, and spent a long afternoon dialling in the new Kenyan for espresso. Tasting notes, brew recipes and the story of each farm are coming to the blog over the next few weeks, so keep an eye out.',
    expected: [{ rule: 'length' }],
  }),
  draft({
    id: 'length-en-x',
    lang: 'en',
    voice: 'retail',
    network: 'x',
    text: 'Our autumn collection lands in stores on Sunday: wool coats in four colours, knitted scarves made in a small mill in the north, leather boots for the whole family, and a new line of home textiles. Come early for the best choice of sizes, and bring a friend: there will be coffee and pastries all day.',
    expected: [{ rule: 'length' }, { rule: 'legal_claims', match: 'the best' }],
    note: '“The best choice of sizes” is a superlative; the rule asks for a second look.',
  }),

  // ── More than one finding ───────────────────────────────────────────────────────────────────────
  draft({
    id: 'mixed-angry-reply',
    lang: 'en',
    voice: 'retail',
    network: 'facebook',
    text: 'Thanks for nothing, Ron. Call me at +44 7700 900123 and I’ll explain why you’re wrong!!!',
    expected: [
      { rule: 'tone', match: 'Thanks for nothing' },
      { rule: 'personal_data', match: '+44 7700 900123' },
      { rule: 'shouting', match: '!!!' },
    ],
  }),
  draft({
    id: 'mixed-memorial-coupon',
    lang: 'he',
    voice: 'retail',
    at: '2026-04-21T12:00:00+03:00',
    text: 'ביום הזיכרון אנחנו זוכרים את כל מי שנפל במלחמה. החנות פתוחה כרגיל, קופון 10% ממשיך עד יום חמישי.',
    expected: [
      { rule: 'sensitive_security', match: 'במלחמה' },
      { rule: 'memorial_days', match: 'קופון' },
      { rule: 'memorial_days', match: '%' },
    ],
  }),

  // ── Times at the edges ──────────────────────────────────────────────────────────────────────────
  draft({
    id: 'clean-after-havdalah',
    lang: 'he',
    voice: 'cafe',
    at: '2026-04-11T19:50:00+03:00',
    text: 'שבוע טוב! מחר בבוקר חוזרים עם לחמי מחמצת טריים.',
    expected: [],
    note: 'Havdalah in Jerusalem was at 19:42.',
  }),
  draft({
    id: 'clean-friday-before-candles',
    lang: 'en',
    voice: 'roaster',
    at: '2026-04-10T18:00:00+03:00',
    text: 'Last orders for the weekend are in. Thank you for a busy week!',
    expected: [],
    note: 'Candle lighting in Jerusalem is at 18:24.',
  }),
  draft({
    id: 'shabbat-winter-evening',
    lang: 'en',
    voice: 'roaster',
    network: 'facebook',
    at: '2026-11-20T17:00:00+02:00',
    text: 'Our winter blend is back: dark chocolate, dates and a long, sweet finish.',
    expected: [{ rule: 'shabbat_holidays' }],
    note: 'In November candle lighting in Jerusalem is before 16:10.',
  }),
  draft({
    id: 'clean-independence-day-eve',
    lang: 'he',
    voice: 'cafe',
    at: '2026-04-21T20:30:00+03:00',
    text: 'חג עצמאות שמח! הערב מבצע 1+1 על כל הבירות בבר, עד חצות.',
    expected: [],
    note: 'Yom HaZikaron ended at nightfall (19:50); Independence Day has begun.',
  }),
  draft({
    id: 'clean-zikaron-eve-before-sunset',
    lang: 'en',
    voice: 'retail',
    at: '2026-04-20T18:30:00+03:00',
    text: 'Spring sale: 20% off all linen until Thursday.',
    expected: [],
    note: 'Yom HaZikaron begins at sunset (19:11); before it, an ordinary sale.',
  }),

  // ── Mixed Hebrew and English ────────────────────────────────────────────────────────────────────
  draft({
    id: 'clean-popup-mixed',
    lang: 'mixed',
    voice: 'roaster',
    text: 'Pop-up בשוק הכרמל this Friday, 9:00–14:00. בואו להגיד שלום!',
    expected: [],
  }),
  draft({
    id: 'shouting-mixed',
    lang: 'mixed',
    voice: 'retail',
    text: 'SALE SALE SALE על כל הקולקציה, רק השבוע',
    expected: [{ rule: 'shouting', match: 'SALE SALE SALE' }],
  }),
  draft({
    id: 'legal-mixed',
    lang: 'mixed',
    voice: 'cafe',
    text: 'הקפה שלנו is simply the best ☕',
    expected: [{ rule: 'legal_claims', match: 'the best' }],
  }),
  draft({
    id: 'military-killing-competition',
    lang: 'en',
    voice: 'roaster',
    text: 'Our cold brew is killing the competition this summer.',
    expected: [{ rule: 'military_language', match: 'killing the competition' }],
  }),

  // ── Known disagreements ─────────────────────────────────────────────────────────────────────────
  draft({
    id: 'known-aroma-homograph',
    lang: 'he',
    voice: 'roaster',
    text: 'קלינו הבוקר פולים מקולומביה עם ארומה עזה של שוקולד מריר.',
    expected: [],
    note: 'Known false alarm: ארומה is both a competitor (the Aroma chain) and the word "aroma"; the competitor rule cannot tell them apart.',
  }),
  draft({
    id: 'known-sarcasm-without-markers',
    lang: 'he',
    voice: 'cafe',
    network: 'facebook',
    text: 'וואו, איזו ביקורת מקצועית. ממש חיכינו לה.',
    expected: [{ rule: 'tone', match: 'ממש חיכינו לה' }],
    note: 'Known miss: sarcasm without any marker word or emoji; the tone rule reads words, not intent.',
  }),
];
