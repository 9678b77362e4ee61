// The default rules a workspace or brand starts from, each with Hebrew and English in the same rule
// (drafts are often mixed). The word lists are deliberately moderate: words that are almost always a
// problem in a brand's voice, with exception phrases for their everyday meanings ("חיסול מלאי" is a
// clearance sale, "all the best" is a wish). A brand adds its own.
import type { Localized, Rule, RuleKind, Severity } from './types.ts';
import type { RuleConfigInput } from './rules.ts';

export interface RuleTemplate<K extends RuleKind = RuleKind> {
  templateKey: string;
  kind: K;
  name: Localized;
  severity: Severity;
  enabled: boolean;
  config: RuleConfigInput<K>;
}

type Entry = { term: string; reason?: Localized; suggestion?: Localized };

function template<K extends RuleKind>(t: RuleTemplate<K>): RuleTemplate<K> {
  return t;
}

const words = (...terms: string[]): Entry[] => terms.map((term) => ({ term }));

// ── Words ─────────────────────────────────────────────────────────────────────────────────────────

const BANNED: Entry[] = [
  ...words('grammar nazi', 'feminazi', 'heil hitler', 'final solution', 'white power', 'ethnic cleansing', 'kill yourself', 'gas them'),
  ...words('death to'),
  ...words('מוות לערבים', 'מוות ליהודים', 'מוות לבוגדים', 'יודונאצי', 'יודו-נאצים', 'הפתרון הסופי', 'טיהור אתני', 'תמותו', 'לך תתאבד'),
];

const RISKY: Entry[] = words(
  'lawsuit',
  'class action',
  'boycott',
  'scandal',
  'layoffs',
  'product recall',
  'data breach',
  'leaked',
  'fake news',
  'conspiracy',
  'תביעה',
  'תביעה ייצוגית',
  'חרם',
  'שערורייה',
  'פיטורים',
  'ריקול',
  'דליפת מידע',
  'פייק ניוז',
  'קונספירציה',
  'שביתה',
);

const MILITARY: Entry[] = [
  ...[
    'eliminate target',
    'eliminate the target',
    'eliminate a target',
    'eliminate the enemy',
    'eliminate the opponent',
    'eliminate the competition',
    'kill the competition',
    'crush the competition',
    'take out the target',
  ].map((term) => ({
    term,
    suggestion: { en: 'Say what happened in sporting or business words: “wins”, “beats”, “defeats”.', he: 'כתבו מה קרה במילים של ספורט או עסקים: "מנצחת", "גוברת על".' },
  })),
  // Single words only where they have no everyday meaning: "neutralize" alone is also acidity, "open
  // fire" also cooking, "headshot" also a portrait.
  ...words('neutralize the target', 'neutralize the threat', 'annihilate', 'obliterate', 'massacre', 'slaughter', 'ambush', 'carpet bombing', 'surgical strike', 'kill zone'),
  ...['לחסל', 'לחסל מטרה', 'לחסל את המטרה', 'חיסול ממוקד'].map((term) => ({
    term,
    suggestion: { en: 'Say “wins”, “beats”, “defeats”.', he: 'כתבו "מנצחת", "גוברת על", "מביסה".' },
  })),
  ...words('לנטרל', 'להשמיד', 'לטבוח', 'מארב', 'הפצצה שטיחית', 'לפתוח באש'),
];

const SENSITIVE_POLITICS = words(
  'election',
  'Knesset',
  'prime minister',
  'Netanyahu',
  'coalition',
  'judicial reform',
  'left-wing',
  'right-wing',
  'settlements',
  'political party',
  'הבחירות לכנסת',
  'יום הבחירות',
  'קלפי',
  'כנסת',
  'ראש הממשלה',
  'נתניהו',
  'ביבי',
  'קואליציה',
  'אופוזיציה',
  'הרפורמה המשפטית',
  'ההפיכה המשטרית',
  'שמאלנים',
  'התנחלויות',
  'מפלגה',
  'פוליטיקה',
);

// Phrases where the single word is also an everyday one: a Rocket espresso machine, עזה (strong),
// מטילים (laying, casting).
const SENSITIVE_SECURITY = words(
  'rocket fire',
  'rocket attack',
  'rockets',
  'missile',
  'siren',
  'terror attack',
  'terrorist',
  'hostages',
  'Hamas',
  'Hezbollah',
  'Gaza',
  'war',
  'air strike',
  'Iron Dome',
  'bomb shelter',
  'ירי טילים',
  'מטח טילים',
  'ירי רקטות',
  'רקטה',
  'אזעקה',
  'צבע אדום',
  'פיגוע',
  'מחבל',
  'חטופים',
  'חמאס',
  'חיזבאללה',
  'רצועת עזה',
  'עוטף עזה',
  'מלחמה',
  'כיפת ברזל',
  'מרחב מוגן',
  'ממ״ד',
);

const SENSITIVE_RELIGION = words(
  'haredi',
  'ultra-orthodox',
  'religious coercion',
  'secular versus religious',
  'mosque',
  'Temple Mount',
  'Al-Aqsa',
  'חרדים',
  'חילונים',
  'כפייה דתית',
  'הדתה',
  'מסגד',
  'הר הבית',
  'אל-אקצא',
  'גיוס חרדים',
);

// Exact forms: "kill" is also abuse (banned) and an idiom, "murder" also a mystery evening.
const SENSITIVE_TRAGEDY = words(
  '=killed',
  '=murdered',
  'death toll',
  'victims',
  'funeral',
  'tragedy',
  'condolences',
  'rest in peace',
  'נהרג',
  'נרצח',
  'הלוויה',
  'טרגדיה',
  'תנחומים',
  'משתתפים בצער',
  'יהי זכרו ברוך',
  'הי״ד',
  'ז״ל',
);

const SENSITIVE_DISASTER = words(
  'earthquake',
  'flood',
  'wildfire',
  'hurricane',
  'tsunami',
  'pandemic',
  'evacuation',
  'רעידת אדמה',
  'שיטפון',
  'שריפה',
  'מגפה',
  'הצפה',
  'צונאמי',
  'פינוי תושבים',
);

const PROFANITY = words(
  'fuck',
  'fucking',
  'motherfucker',
  'shit',
  'bullshit',
  'bitch',
  'asshole',
  'bastard',
  'wtf',
  'piss off',
  'slut',
  'whore',
  'retard',
  'retarded',
  // Exact forms in Hebrew: with a prefix letter these words are everyday ones (מזין is "nourishing").
  '=זין',
  '=זונה',
  'בן זונה',
  'כוס אמק',
  'כוסאמק',
  'כוס אמא שלך',
  'שרמוטה',
  'חרא',
  'מניאק',
  'לך תזדיין',
  'ערבוש',
  'כושי',
  'קוקסינל',
  'פרענק',
);

const LEGAL_CLAIMS = words(
  'the best',
  'best in town',
  'best in the world',
  'guaranteed',
  'guarantee',
  // Exact: "cured" is salmon and ham.
  '=cures',
  '=cure',
  '=heals',
  'clinically proven',
  'scientifically proven',
  'proven to',
  'risk-free',
  'no side effects',
  'lowest price',
  'cheapest',
  'הכי טוב',
  'הכי טובה',
  'הטוב ביותר',
  'הטובה ביותר',
  'הטובים ביותר',
  'מובטח',
  'מובטחת',
  // Exact: "מרפאה" is a clinic.
  '=מרפא',
  'מוכח קלינית',
  'מוכח מדעית',
  'בדוק קלינית',
  'ללא תופעות לוואי',
  'הכי זול',
  'המחיר הנמוך ביותר',
);

const TONE: Entry[] = [
  ...words('idiot', 'idiots', 'stupid', 'pathetic', 'moron', 'clueless', 'loser', 'dumb'),
  ...[
    'yeah right',
    'thanks for nothing',
    'good luck with that',
    'nice try',
    'who cares',
    'not our problem',
    'get a life',
    'shut up',
    'כל הכבוד באמת',
    'תודה על כלום',
    'נו באמת',
    'יאללה באמת',
    'בטח בטח',
    'לא הבעיה שלנו',
    'תתבגרו',
  ].map((term) => ({ term, reason: { en: 'Sounds sarcastic in the brand’s voice.', he: 'נשמע ציני בקול של המותג.' } })),
  ...words('מטומטם', 'אידיוט', 'טיפש', 'דביל', 'פתטי', 'סתום'),
  ...['🙄', '😒', '🖕', '🤬', '🤡'].map((term) => ({ term, reason: { en: 'This emoji reads as contempt in the brand’s voice.', he: 'האימוג׳י הזה נקרא כמו זלזול בקול של המותג.' } })),
];

/** Words that make a post promotional; on a memorial day they are flagged. */
const PROMOTIONAL = [
  'sale',
  'discount',
  'deal',
  'promo',
  'promo code',
  'coupon',
  'buy now',
  'order now',
  'shop now',
  'limited time',
  'special offer',
  'free shipping',
  '% off',
  '%',
  '1+1',
  'מבצע',
  'הנחה',
  'קופון',
  'קוד הנחה',
  'סייל',
  'במחיר מיוחד',
  'רק היום',
  'קנו עכשיו',
  'הזמינו עכשיו',
  'משלוח חינם',
];

// ── Templates ──────────────────────────────────────────────────────────────────────────────────────

export const DEFAULT_RULES: readonly RuleTemplate[] = [
  template({
    templateKey: 'banned_terms',
    kind: 'terms',
    name: { he: 'מילים וביטויים אסורים', en: 'Banned words and phrases' },
    severity: 'block',
    enabled: true,
    config: {
      category: 'banned',
      entries: BANNED,
      reason: { en: 'Hateful or extremist language: never in the brand’s name.', he: 'שפה של שנאה או קיצוניות: אף פעם לא בשם המותג.' },
      suggestion: { en: 'Remove it.', he: 'הסירו את זה.' },
    },
  }),
  template({
    templateKey: 'risky_terms',
    kind: 'terms',
    name: { he: 'מילים רגישות', en: 'Risky words' },
    severity: 'warn',
    enabled: true,
    config: {
      category: 'risky',
      entries: RISKY,
      reason: {
        en: 'A word that can start a storm or a legal problem; make sure the post says exactly what the brand means.',
        he: 'מילה שעלולה להצית סערה או בעיה משפטית; ודאו שהפוסט אומר בדיוק את מה שהמותג מתכוון.',
      },
    },
  }),
  template({
    templateKey: 'military_language',
    kind: 'context',
    name: { he: 'שפה צבאית או אלימה מחוץ להקשר', en: 'Military or violent language out of context' },
    severity: 'approval',
    enabled: true,
    config: {
      entries: MILITARY,
      // A clearance sale (חיסול מלאי), the end of the Pesach Seder (חסל סידור פסח).
      except: ['חיסול מלאי', 'מכירת חיסול', 'לחסל את המלאי', 'לחסל מלאי', 'חיסול עונה', 'חסל סדר פסח', 'חסל סידור פסח', 'לנטרל ריחות'],
      contexts: [
        'army',
        'military',
        'soldier',
        'soldiers',
        'IDF',
        'troops',
        'veterans',
        'fallen',
        'memorial',
        'reservists',
        'צבא',
        'צה״ל',
        'חייל',
        'חיילת',
        'לוחם',
        'מילואים',
        'נופלים',
        'חללי',
        'יום הזיכרון',
        'פיקוד העורף',
      ],
      topics: [
        {
          name: { en: 'sport', he: 'ספורט' },
          terms: [
            'tennis',
            'football',
            'soccer',
            'basketball',
            'match',
            'tournament',
            'championship',
            'athlete',
            'player',
            'Olympics',
            'medal',
            'semi-final',
            'טניס',
            'טניסאית',
            'טניסאי',
            'כדורגל',
            'כדורסל',
            'משחק',
            'טורניר',
            'אליפות',
            'ספורטאי',
            'ספורטאית',
            'שחקנית',
            'אולימפיאדה',
            'מדליה',
            'חצי הגמר',
          ],
        },
        {
          name: { en: 'business', he: 'עסקים' },
          terms: ['sale', 'discount', 'price', 'customers', 'competition', 'competitor', 'market', 'מבצע', 'הנחה', 'מחיר', 'לקוחות', 'מתחרה'],
        },
      ],
      language: { en: 'military language', he: 'שפה צבאית' },
      context: { en: 'a military context', he: 'הקשר צבאי' },
      readsAs: { en: 'violence', he: 'אלימות' },
      suggestion: { en: 'Use plain words for what happened.', he: 'כתבו במילים פשוטות מה קרה.' },
    },
  }),
  template({
    templateKey: 'sensitive_politics',
    kind: 'terms',
    name: { he: 'נושא רגיש: פוליטיקה', en: 'Sensitive topic: politics' },
    severity: 'approval',
    enabled: true,
    config: {
      category: 'sensitive',
      topic: 'politics',
      entries: SENSITIVE_POLITICS,
      // A synagogue is a בית כנסת.
      except: ['בית כנסת', 'בית הכנסת', 'בתי כנסת', 'בתי הכנסת'],
      reason: { en: 'Politics: the brand takes no political positions; a manager approves any post that touches it.', he: 'פוליטיקה: המותג לא מביע עמדה פוליטית; פוסט שנוגע בזה עובר אישור של מנהל.' },
    },
  }),
  template({
    templateKey: 'sensitive_security',
    kind: 'terms',
    name: { he: 'נושא רגיש: ביטחון', en: 'Sensitive topic: security events' },
    severity: 'approval',
    enabled: true,
    config: {
      category: 'sensitive',
      topic: 'security',
      entries: SENSITIVE_SECURITY,
      // A price war, and the memorial siren of Yom HaShoah and Yom HaZikaron.
      except: ['price war', 'מלחמת מחירים', 'war on waste', 'star wars', 'two-minute siren', 'one-minute siren', 'memorial siren'],
      reason: {
        en: 'A security event: the brand does not comment on them without a manager’s approval, and never next to a promotion.',
        he: 'אירוע ביטחוני: המותג לא מתייחס לאירועים כאלה בלי אישור מנהל, ואף פעם לא לצד מבצע.',
      },
    },
  }),
  template({
    templateKey: 'sensitive_religion',
    kind: 'terms',
    name: { he: 'נושא רגיש: דת', en: 'Sensitive topic: religion' },
    severity: 'warn',
    enabled: true,
    config: {
      category: 'sensitive',
      topic: 'religion',
      entries: SENSITIVE_RELIGION,
      reason: { en: 'Religion: easy to offend; read the post again with every audience in mind.', he: 'דת: קל לפגוע; קראו את הפוסט שוב עם כל הקהלים בראש.' },
    },
  }),
  template({
    templateKey: 'sensitive_tragedy',
    kind: 'terms',
    name: { he: 'נושא רגיש: טרגדיה ואבל', en: 'Sensitive topic: tragedy and loss' },
    severity: 'approval',
    enabled: true,
    config: {
      category: 'sensitive',
      topic: 'tragedy',
      entries: SENSITIVE_TRAGEDY,
      except: ['killed it'],
      reason: { en: 'Death and loss: a manager approves the wording, and nothing promotional goes next to it.', he: 'מוות ואבל: מנהל מאשר את הניסוח, ושום דבר שיווקי לא מופיע לצדו.' },
    },
  }),
  template({
    templateKey: 'sensitive_disaster',
    kind: 'terms',
    name: { he: 'נושא רגיש: אסונות', en: 'Sensitive topic: disasters' },
    severity: 'warn',
    enabled: true,
    config: {
      category: 'sensitive',
      topic: 'disaster',
      entries: SENSITIVE_DISASTER,
      except: ['שריפת קלוריות', 'flood of orders', 'flooded with love'],
      reason: { en: 'A disaster: make sure the post is helpful and not promotional.', he: 'אסון: ודאו שהפוסט עוזר ולא שיווקי.' },
    },
  }),
  template({
    templateKey: 'profanity',
    kind: 'terms',
    name: { he: 'גידופים ועלבונות', en: 'Profanity and slurs' },
    severity: 'block',
    enabled: true,
    config: {
      category: 'profanity',
      entries: PROFANITY,
      reason: { en: 'Profanity or a slur; it has no place in the brand’s voice.', he: 'גידוף או עלבון; אין לזה מקום בקול של המותג.' },
      suggestion: { en: 'Remove it.', he: 'הסירו את זה.' },
    },
  }),
  template({
    templateKey: 'legal_claims',
    kind: 'terms',
    name: { he: 'טענות שדורשות בדיקה משפטית', en: 'Claims that need legal review' },
    severity: 'approval',
    enabled: true,
    config: {
      category: 'legal_claim',
      entries: LEGAL_CLAIMS,
      except: ['all the best', 'the best of luck', 'the best wishes', 'do our best', 'try our best', 'עשינו את הכי טוב', 'הכי טוב שאפשר'],
      reason: {
        en: 'A superlative, a guarantee or a health claim: it must be provable, so legal reviews it first.',
        he: 'טענת עליונות, הבטחה או טענה בריאותית: צריך להוכיח אותה, ולכן היא עוברת בדיקה משפטית.',
      },
      suggestion: { en: 'Describe what is special instead (“roasted this morning”).', he: 'תארו מה מיוחד במקום זה ("נקלה הבוקר").' },
    },
  }),
  template({
    templateKey: 'legal_claims_numbers',
    kind: 'pattern',
    name: { he: 'טענות "מספר 1" ו-"100%"', en: '“#1” and “100%” claims' },
    severity: 'approval',
    enabled: true,
    config: {
      // "#1", "No. 1 in", "number one in", "מספר 1 ב…", "100%"; a table or bus number 1 is not a claim.
      // The first group that matched is what gets marked; what is around it only has to be there.
      pattern: String.raw`(?:^|[^A-Za-z0-9א-ת])(?:(#\s?1)(?:[^0-9]|$)|(no\.?\s?1)\s+in\b|(number\s+(?:one|1))\s+in\b|(מספר\s?(?:1|אחת|אחד))\s+ב|(מס['׳]\s?1)\s+ב|(100\s?%))`,
      flags: 'i',
      reason: { en: 'A ranking or a 100% claim: it must be provable, so legal reviews it first.', he: 'טענת דירוג או 100%: צריך להוכיח אותה, ולכן היא עוברת בדיקה משפטית.' },
      suggestion: { en: 'Say what you can show (“roasted in Tel Aviv since 1998”).', he: 'כתבו את מה שאפשר להראות ("קולים בתל אביב מאז 1998").' },
    },
  }),
  template({
    templateKey: 'competitors',
    kind: 'terms',
    name: { he: 'שמות מתחרים', en: 'Competitor names' },
    severity: 'warn',
    // Off until the brand lists its competitors.
    enabled: false,
    config: {
      category: 'competitor',
      entries: [],
      reason: { en: 'Names a competitor: comparisons and mentions need care (and sometimes legal review).', he: 'שם של מתחרה: השוואות ואזכורים דורשים זהירות (ולפעמים בדיקה משפטית).' },
      suggestion: { en: 'Talk about the brand’s own strengths instead.', he: 'דברו על החוזקות של המותג עצמו.' },
    },
  }),
  template({
    templateKey: 'disclosure',
    kind: 'disclosure',
    name: { he: 'תוכן ממומן בלי סימון', en: 'Paid content without disclosure' },
    severity: 'block',
    enabled: true,
    config: {
      markers: [
        '#ad',
        '#ads',
        '#advertisement',
        '#sponsored',
        '#paidpartnership',
        '#פרסומת',
        '#ממומן',
        '#תוכן_ממומן',
        '#שת״פ',
        '#שתפ',
        '#שיתוף_פעולה_בתשלום',
        'שיתוף פעולה בתשלום',
        'תוכן ממומן',
        'פרסומת',
        'שת״פ',
        'paid partnership',
        'sponsored post',
        'sponsored by',
        'בחסות',
      ],
      // Gifts say payment on their own; a collaboration or a code only next to an @mention of someone
      // else (a joint event with the municipality is not a paid post).
      signals: ['gifted by', 'קיבלתי במתנה', 'קיבלנו במתנה', '#gifted', '#collab'],
      weakSignals: [
        'in collaboration with',
        'in partnership with',
        'promo code',
        'discount code',
        'use my code',
        'use code',
        'בשיתוף',
        'בשיתוף פעולה עם',
        'קוד הנחה',
        'קוד קופון',
      ],
    },
  }),
  template({
    templateKey: 'personal_data',
    kind: 'personal_data',
    name: { he: 'מידע אישי', en: 'Personal data' },
    severity: 'block',
    enabled: true,
    config: { kinds: ['phone', 'email', 'israeli_id', 'credit_card'], allow: [] },
  }),
  template({
    templateKey: 'shouting',
    kind: 'shouting',
    name: { he: 'צעקות: אותיות גדולות וסימני קריאה', en: 'Shouting: capitals and !!!' },
    severity: 'warn',
    enabled: true,
    config: { maxCapsShare: 0.6, minLetters: 12, minRunLetters: 8, maxRepeatedMarks: 2 },
  }),
  template({
    templateKey: 'tone',
    kind: 'tone',
    name: { he: 'טון שלילי או ציני', en: 'Negative or sarcastic tone' },
    severity: 'warn',
    enabled: true,
    config: {
      entries: TONE,
      reason: { en: 'Reads as negative or insulting in the brand’s own voice.', he: 'נשמע שלילי או מעליב בקול של המותג.' },
      suggestion: { en: 'Say what you mean plainly and kindly; answer criticism with facts.', he: 'כתבו את מה שאתם מתכוונים בפשטות ובאדיבות; על ביקורת עונים בעובדות.' },
    },
  }),
  template({
    templateKey: 'links',
    kind: 'links',
    name: { he: 'קישורים', en: 'Links' },
    severity: 'warn',
    enabled: true,
    config: { flagMalformed: true, flagShortened: true, requireUtm: true },
  }),
  template({
    templateKey: 'shabbat_holidays',
    kind: 'shabbat_holidays',
    name: { he: 'שבת וחגים', en: 'Shabbat and holidays' },
    severity: 'warn',
    enabled: true,
    config: { region: 'israel', city: 'Jerusalem', includeYomTov: true },
  }),
  template({
    templateKey: 'memorial_days',
    kind: 'memorial_days',
    name: { he: 'ימי זיכרון', en: 'Memorial days' },
    severity: 'block',
    enabled: true,
    config: {
      days: ['yom_hashoah', 'yom_hazikaron'],
      city: 'Jerusalem',
      promotional: PROMOTIONAL,
      // Soldiers fell "in Operation …" (במבצע): a memorial post, not a sale.
      except: ['נפל במבצע', 'נפלה במבצע', 'נפלו במבצע', 'במבצע צבאי', 'במבצע צוק איתן', 'במבצע עופרת יצוקה', 'במבצע שומר החומות', 'במבצע חרבות ברזל'],
    },
  }),
  template({
    templateKey: 'quiet_hours',
    kind: 'quiet_hours',
    name: { he: 'שעות שקט', en: 'Quiet hours' },
    severity: 'warn',
    // Off until the brand decides on its hours.
    enabled: false,
    config: { from: '22:00', to: '07:00', days: [0, 1, 2, 3, 4, 5, 6] },
  }),
  template({
    templateKey: 'blackout',
    kind: 'blackout',
    name: { he: 'תקופות בלי פרסום', en: 'Blackout periods' },
    severity: 'block',
    enabled: true,
    config: { periods: [] },
  }),
  template({
    templateKey: 'acknowledgement',
    kind: 'acknowledgement',
    name: { he: 'אישור המדיניות', en: 'Policy acknowledged' },
    severity: 'block',
    enabled: true,
    config: {},
  }),
  template({
    templateKey: 'length',
    kind: 'length',
    name: { he: 'אורך הפוסט', en: 'Post length' },
    severity: 'block',
    enabled: true,
    config: { limits: {} },
  }),
];

/** The templates as rules (id = template key), named in one language; for the CLI, tests and benchmarks. */
export function rulesFromTemplates(templates: readonly RuleTemplate[] = DEFAULT_RULES, locale: 'he' | 'en' = 'en'): Rule[] {
  return templates.map((t) => ({ id: t.templateKey, kind: t.kind, name: t.name[locale], severity: t.severity, enabled: t.enabled, config: t.config as Record<string, unknown> }));
}
