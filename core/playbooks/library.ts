// Starting playbooks to copy and adapt, written the way an experienced crisis-communications lead
// briefs a team: acknowledge fast, never speculate, say what we are doing and when we will update,
// and never answer "no comment". Every text is in Hebrew and English; a copy takes the brand's
// language for the team's words and keeps the holding statements in both languages.
import type { Locale } from '../validation.ts';
import type { Localized } from '../policy/types.ts';
import type { PlaybookContent, RoleKind, Scenario, TierLevel } from './content.ts';

export type TemplateKey = Exclude<Scenario, 'custom'>;

interface TemplateRole {
  key: string;
  kind: RoleKind;
  /** Only for custom roles. */
  name?: Localized;
}

interface TemplateStep {
  role: string;
  fromTier: TierLevel;
  title: Localized;
  details: Localized;
}

export interface PlaybookTemplate {
  key: TemplateKey;
  name: Localized;
  description: Localized;
  keywords: { he: string[]; en: string[] };
  radarSeverity: TierLevel | null;
  autoOpenIncident: boolean;
  pauseScheduledPosts: boolean;
  tiers: { level: TierLevel; name: Localized; responseMinutes: number }[];
  roles: TemplateRole[];
  steps: TemplateStep[];
  statements: { title: Localized; text: Localized }[];
}

const HOUR = 60;
const DAY = 24 * HOUR;

export const PLAYBOOK_LIBRARY: readonly PlaybookTemplate[] = [
  {
    key: 'food_safety',
    name: { he: 'בטיחות מזון או ריקול מוצר', en: 'Food safety or product recall' },
    description: {
      he: 'לקוח מדווח על הרעלה, על גוף זר או על אלרגן שלא סומן; ספק או משרד הבריאות מודיעים על ריקול. השעות הראשונות קובעות אם יאמינו למה שנגיד אחר כך: מתייחסים ברצינות בפומבי, מעבירים את הטיפול במקרה עצמו להודעה פרטית, ולא מנחשים מה הסיבה לפני שבדקנו.',
      en: 'A customer reports food poisoning, a foreign object or an undeclared allergen; a supplier or the health authorities announce a recall. The first hours decide whether people believe what we say next: take it seriously in public, move the individual case to a private conversation, and never guess at the cause before we have checked.',
    },
    keywords: {
      he: ['הרעלה', 'הרעלת מזון', 'ריקול', 'החזרת מוצר', 'גוף זר', 'חרק', 'עובש', 'תגובה אלרגית', 'סלמונלה', 'ליסטריה', 'משרד הבריאות'],
      en: ['food poisoning', 'recall', 'salmonella', 'listeria', 'allergic reaction', 'undeclared allergen', 'foreign object', 'mould', 'mold', 'made me sick'],
    },
    radarSeverity: 2,
    autoOpenIncident: true,
    // A cheerful food post next to a food-safety complaint reads as not caring.
    pauseScheduledPosts: true,
    tiers: [
      { level: 1, name: { he: 'סיכון בריאותי או ריקול', en: 'Health risk or recall' }, responseMinutes: 30 },
      { level: 2, name: { he: 'תלונה שמתפשטת', en: 'Complaint spreading' }, responseMinutes: 2 * HOUR },
      { level: 3, name: { he: 'תלונה בודדת', en: 'Single complaint' }, responseMinutes: 8 * HOUR },
    ],
    roles: [
      { key: 'incident_lead', kind: 'incident_lead' },
      { key: 'spokesperson', kind: 'spokesperson' },
      { key: 'food_safety_officer', kind: 'custom', name: { he: 'אחראי/ת בטיחות מזון', en: 'Food safety officer' } },
      { key: 'customer_care', kind: 'customer_care' },
      { key: 'social_media', kind: 'social_media' },
      { key: 'legal', kind: 'legal' },
    ],
    steps: [
      {
        role: 'incident_lead',
        fromTier: 3,
        title: { he: 'לפתוח אירוע ולתעד את הדיווח', en: 'Open the incident and record the report' },
        details: {
          he: 'מתי ואיפה דווח לראשונה, איזה מוצר, איזה סניף, איזו אצווה. השעון של זמן התגובה מתחיל לרוץ מעכשיו.',
          en: 'When and where it was first reported, which product, branch and batch. The response-time clock starts now.',
        },
      },
      {
        role: 'customer_care',
        fromTier: 3,
        title: { he: 'ליצור קשר פרטי עם הלקוח/ה', en: 'Reach the customer privately' },
        details: {
          he: 'לענות בפומבי בהודעת ההמתנה ולהזמין להודעה פרטית. בפרטי: לשאול לשלומם, להתנצל על החוויה, לבקש סניף, תאריך, שעה, קבלה ומספר אצווה. מציעים עזרה – לעולם לא פיצוי בתמורה לשתיקה.',
          en: 'Answer in public with the holding statement and invite a private message. In private: ask how they are, apologise for the experience, get the branch, date, time, receipt and batch number. Offer help, never compensation in exchange for silence.',
        },
      },
      {
        role: 'food_safety_officer',
        fromTier: 3,
        title: { he: 'לבדוק את המוצר ואת האצווה', en: 'Check the product and the batch' },
        details: {
          he: 'להוציא את המוצר מהמכירה ולשמור דגימות. לאסוף רישומי טמפרטורה, תעודות משלוח של הספק ויומן ניקיון. לא זורקים שום דבר.',
          en: 'Take the product off sale and keep samples. Collect temperature records, supplier delivery notes and the cleaning log. Throw nothing away.',
        },
      },
      {
        role: 'social_media',
        fromTier: 2,
        title: { he: 'לעצור פרסומים מתוזמנים ולעקוב אחרי השיח', en: 'Pause scheduled posts and watch the conversation' },
        details: {
          he: 'לעצור תוכן שיווקי בכל הערוצים. לבדוק כל חצי שעה: כמה מדברים, איפה זה מתפשט, מי משתף (עיתונאים, משפיענים).',
          en: 'Stop promotional content on every channel. Check every 30 minutes: how much people are talking, where it spreads, who is sharing it (journalists, opinion leaders).',
        },
      },
      {
        role: 'spokesperson',
        fromTier: 2,
        title: { he: 'לפרסם את הודעת ההמתנה', en: 'Publish the holding statement' },
        details: {
          he: 'הנוסח המאושר, כמו שהוא. להצמיד איפה שהתלונות נמצאות. לכתוב מתי יגיע העדכון הבא – ולעמוד בזה.',
          en: 'The approved text, as it is. Pin it where the complaints are. Say when the next update comes, and keep that promise.',
        },
      },
      {
        role: 'legal',
        fromTier: 1,
        title: { he: 'להחליט על דיווח לרשויות ועל ריקול', en: 'Decide on notifying the authorities and on a recall' },
        details: {
          he: 'עם המחלקה המשפטית ואחראי/ת בטיחות המזון: האם לדווח למשרד הבריאות והאם לבצע ריקול. הודעת ריקול נכתבת עם המחלקה המשפטית, לא מאולתרת ברשתות.',
          en: 'With legal and the food safety officer: whether to notify the health authorities and whether to recall. A recall notice is written with legal, never improvised on social media.',
        },
      },
      {
        role: 'incident_lead',
        fromTier: 1,
        title: { he: 'לעדכן את ההנהלה ואת הצוותים', en: 'Brief management and staff' },
        details: {
          he: 'הודעה פנימית קצרה: מה ידוע, מה עוד לא, מה אומרים. עובדים לא מגיבים ברשת בשמם הפרטי.',
          en: 'A short internal note: what we know, what we don’t yet, what we say. Staff do not comment online in their own name.',
        },
      },
      {
        role: 'spokesperson',
        fromTier: 3,
        title: { he: 'לעדכן ולסגור', en: 'Update and close' },
        details: {
          he: 'לפרסם מה נמצא ומה שינינו. להודות למי שדיווח. לסגור את האירוע עם תחקיר קצר.',
          en: 'Publish what we found and what we changed. Thank the people who reported it. Close the incident with a short review.',
        },
      },
    ],
    statements: [
      {
        title: { he: 'תגובה ראשונה', en: 'First response' },
        text: {
          he: 'אנחנו מצטערים לשמוע ומתייחסים לזה ברצינות רבה. הוצאנו את המוצר מהמכירה ואנחנו בודקים עכשיו את האצווה מול הספקים. נשמח שתשלחו לנו הודעה פרטית כדי שנוכל לעזור ישירות. נעדכן כאן עד סוף היום.',
          en: 'We’re sorry to hear this and we take it very seriously. We’ve taken the product off sale and are checking the batch with our suppliers now. Please send us a private message so we can help you directly. We’ll update here by the end of the day.',
        },
      },
      {
        title: { he: 'ריקול מתוך זהירות', en: 'Precautionary recall' },
        text: {
          he: 'מתוך זהירות אנחנו מחזירים מהמדפים את האצווה שמופיעה בהודעה המלאה באתר. אם קניתם אותה, אל תשתמשו בה: אפשר להחזיר לכל סניף ולקבל החזר מלא, גם בלי קבלה. אנחנו עובדים מול משרד הבריאות ונעדכן כאן.',
          en: 'As a precaution, we are recalling the batch listed in the full notice on our website. If you bought it, please don’t use it: bring it to any branch for a full refund, no receipt needed. We’re working with the health authorities and will update here.',
        },
      },
    ],
  },
  {
    key: 'offensive_post',
    name: { he: 'פוסט פוגע שפרסמנו', en: 'An offensive post by the brand' },
    description: {
      he: 'משהו שפרסמנו פגע באנשים: בדיחה לא רגישה, פוסט בתזמון גרוע, ניסוח שנקרא כפוגעני. המהירות חשובה יותר מניסוח מושלם: מורידים את הפוסט (ושומרים עותק), לוקחים אחריות במילים פשוטות – בלי "אם מישהו נפגע" – ואומרים מה אנחנו משנים.',
      en: 'Something we published hurt people: an insensitive joke, a badly timed post, words that read as offensive. Speed matters more than perfect wording: take the post down (keep a copy), own it in plain words, with no “if anyone was offended”, and say what we are changing.',
    },
    keywords: {
      he: ['פוגעני', 'גזעני', 'מעליב', 'חוסר רגישות', 'תמחקו', 'חרם', 'בושה', 'מזעזע'],
      en: ['offensive', 'racist', 'tone deaf', 'insensitive', 'delete this', 'boycott', 'disgusting', 'shame on you'],
    },
    radarSeverity: 2,
    autoOpenIncident: true,
    // A cheerful post an hour after an apology undoes the apology.
    pauseScheduledPosts: true,
    tiers: [
      { level: 1, name: { he: 'ויראלי או בתקשורת', en: 'Viral or in the press' }, responseMinutes: HOUR },
      { level: 2, name: { he: 'מתפשט', en: 'Spreading' }, responseMinutes: 2 * HOUR },
      { level: 3, name: { he: 'תגובות בודדות', en: 'A few complaints' }, responseMinutes: 8 * HOUR },
    ],
    roles: [
      { key: 'incident_lead', kind: 'incident_lead' },
      { key: 'spokesperson', kind: 'spokesperson' },
      { key: 'social_media', kind: 'social_media' },
      { key: 'customer_care', kind: 'customer_care' },
      { key: 'legal', kind: 'legal' },
    ],
    steps: [
      {
        role: 'social_media',
        fromTier: 3,
        title: { he: 'לצלם מסך, ואז להסתיר או למחוק', en: 'Take a screenshot, then hide or delete the post' },
        details: {
          he: 'לשמור עותק מלא (טקסט, תמונה, שעה, חשיפה) לתחקיר. להוריד מכל רשת שהפוסט עלה בה, כולל עותקים מתוזמנים.',
          en: 'Keep a full copy (text, image, time, reach) for the review. Take it down on every network it went out on, scheduled copies included.',
        },
      },
      {
        role: 'incident_lead',
        fromTier: 3,
        title: { he: 'להבין מה קרה', en: 'Find out what happened' },
        details: {
          he: 'מי כתב, מי אישר, איזו בדיקה דילגנו עליה. עובדות בלבד – זה לא הזמן לחפש אשמים.',
          en: 'Who wrote it, who approved it, which check was skipped. Facts only: this is not the time for blame.',
        },
      },
      {
        role: 'social_media',
        fromTier: 2,
        title: { he: 'לעצור את כל המתוזמנים', en: 'Pause everything scheduled' },
        details: {
          he: 'כל הערוצים, כולל מודעות. חוזרים רק אחרי שההתנצלות פורסמה והשיח נרגע.',
          en: 'Every channel, ads included. Resume only after the apology is out and the conversation has calmed down.',
        },
      },
      {
        role: 'spokesperson',
        fromTier: 3,
        title: { he: 'לפרסם התנצלות', en: 'Publish the apology' },
        details: {
          he: 'במילים פשוטות: מה פרסמנו, שזו הייתה טעות, שהפוסט הוסר ומה אנחנו משנים. בלי "אם מישהו נפגע" ובלי תירוצים.',
          en: 'In plain words: what we posted, that it was wrong, that it is down, and what we are changing. No “if anyone was offended”, no excuses.',
        },
      },
      {
        role: 'customer_care',
        fromTier: 3,
        title: { he: 'לענות למי שנפגע', en: 'Answer the people who were hurt' },
        details: {
          he: 'לכל פנייה ישירה – אותו מסר. לא מתווכחים ולא מוחקים ביקורת.',
          en: 'The same message to every direct complaint. Don’t argue, and don’t delete criticism.',
        },
      },
      {
        role: 'legal',
        fromTier: 1,
        title: { he: 'לבדוק חשיפה משפטית', en: 'Check legal exposure' },
        details: {
          he: 'לשון הרע, אפליה, זכויות יוצרים: לבדוק לפני שאומרים עוד משהו.',
          en: 'Defamation, discrimination, copyright: check before saying anything more.',
        },
      },
      {
        role: 'incident_lead',
        fromTier: 2,
        title: { he: 'לתקן את התהליך ולספר על זה', en: 'Fix the process and say so' },
        details: {
          he: 'להוסיף את הבדיקה שחסרה (כלל במדיניות, מאשר/ת נוסף/ת) ולעדכן את הצוות. לציין את השינוי בעדכון ההמשך.',
          en: 'Add the missing check (a policy rule, a second approver) and tell the team. Mention the change in the follow-up.',
        },
      },
    ],
    statements: [
      {
        title: { he: 'התנצלות', en: 'Apology' },
        text: {
          he: 'מוקדם יותר היום פרסמנו פוסט פוגע. זו הייתה טעות, והורדנו אותו. אנחנו מתנצלים. אנחנו בודקים איך הוא עבר את הבקרה שלנו, ומחר נשתף כאן מה אנחנו משנים.',
          en: 'Earlier today we published a post that was hurtful. It was wrong, and we have taken it down. We’re sorry. We are reviewing how it got past our checks and will share here tomorrow what we are changing.',
        },
      },
      {
        title: { he: 'עדכון המשך', en: 'Follow-up' },
        text: {
          he: 'עדכון בעניין הפוסט מאתמול: הוספנו בדיקה נוספת לכל מה שאנחנו מפרסמים, ואנחנו בשיחה עם מי שנפגע. תודה לכל מי שפנה אלינו ישירות. נמשיך להקשיב.',
          en: 'An update on yesterday’s post: we have added a second review to everything we publish, and we are talking with the people we hurt. Thank you to everyone who told us directly. We’ll keep listening.',
        },
      },
    ],
  },
  {
    key: 'service_outage',
    name: { he: 'תקלה בשירות', en: 'Service outage' },
    description: {
      he: 'ההזמנות אונליין, האפליקציה, האתר, התשלומים או סניף לא עובדים, ואנשים לא מקבלים את מה שבאו בשבילו. על תקלה סולחים; על שתיקה – לא. אומרים שיש תקלה לפני ששואלים, נותנים שעה לעדכון הבא, ומודיעים כשהכול חוזר לעבוד.',
      en: 'Online ordering, the app, the website, payments or a branch is down, and people can’t get what they came for. People forgive an outage; they don’t forgive silence. Say it’s down before they have to ask, give a time for the next update, and announce when it’s back.',
    },
    keywords: {
      he: ['לא עובד', 'האתר נפל', 'האפליקציה קרסה', 'תקלה', 'לא מצליח להזמין', 'לא מצליחה להזמין', 'התשלום נכשל', 'חויבתי פעמיים'],
      en: ['not working', 'site is down', 'app crashed', 'outage', 'can’t order', 'cannot order', 'payment failed', 'charged twice'],
    },
    radarSeverity: 2,
    // Outage words are common in ordinary complaints: a manager confirms before the incident opens.
    autoOpenIncident: false,
    pauseScheduledPosts: true,
    tiers: [
      { level: 1, name: { he: 'הכול מושבת', en: 'Everything is down' }, responseMinutes: 30 },
      { level: 2, name: { he: 'חלק מהשירות מושבת', en: 'Partly down' }, responseMinutes: HOUR },
      { level: 3, name: { he: 'איטיות או תקלות לסירוגין', en: 'Slow or intermittent' }, responseMinutes: 4 * HOUR },
    ],
    roles: [
      { key: 'incident_lead', kind: 'incident_lead' },
      { key: 'tech_lead', kind: 'custom', name: { he: 'אחראי/ת טכני/ת', en: 'Technical lead' } },
      { key: 'social_media', kind: 'social_media' },
      { key: 'customer_care', kind: 'customer_care' },
    ],
    steps: [
      {
        role: 'tech_lead',
        fromTier: 3,
        title: { he: 'לאשר את התקלה ואת היקפה', en: 'Confirm the outage and its scope' },
        details: {
          he: 'מה לא עובד, ממתי ולמי. לקבל מהצוות הטכני הערכת זמן, גם אם היא גסה.',
          en: 'What is down, since when, for whom. Get a time estimate from the technical team, even a rough one.',
        },
      },
      {
        role: 'social_media',
        fromTier: 3,
        title: { he: 'לפרסם הודעה על התקלה', en: 'Post the outage notice' },
        details: {
          he: 'לפני שהתלונות נערמות. להצמיד את ההודעה ולכתוב מתי יגיע העדכון הבא.',
          en: 'Before the complaints pile up. Pin it, and say when the next update comes.',
        },
      },
      {
        role: 'social_media',
        fromTier: 2,
        title: { he: 'לעצור פרסומים מתוזמנים', en: 'Pause scheduled posts' },
        details: {
          he: 'במיוחד כל מה ששולח אנשים לשירות שלא עובד.',
          en: 'Especially anything that sends people to the service that is down.',
        },
      },
      {
        role: 'customer_care',
        fromTier: 3,
        title: { he: 'לענות לכולם באותו מסר', en: 'Answer everyone with one message' },
        details: {
          he: 'להפנות להודעה המוצמדת. לאסוף מספרי הזמנה של מי שחויב או שהזמנה שלו אבדה.',
          en: 'Point to the pinned notice. Collect the order numbers of people who were charged or lost an order.',
        },
      },
      {
        role: 'incident_lead',
        fromTier: 2,
        title: { he: 'לעדכן בזמן, גם כשאין חדש', en: 'Update on time, even with no news' },
        details: {
          he: '"עדיין מטפלים, העדכון הבא בשעה…" שומר על האמון. שתיקה מאבדת אותו.',
          en: '“Still working on it, next update at…” keeps trust. Silence loses it.',
        },
      },
      {
        role: 'incident_lead',
        fromTier: 1,
        title: { he: 'להחליט על מחווה', en: 'Decide on a gesture' },
        details: {
          he: 'החזר, קופון, קפה על חשבוננו: מחליטים פעם אחת ומציעים לכל מי שנפגע, לא רק למי שצעק הכי חזק.',
          en: 'A refund, a coupon, a coffee on us: decide once and offer it to everyone affected, not only to the loudest.',
        },
      },
      {
        role: 'social_media',
        fromTier: 3,
        title: { he: 'להודיע שהתקלה נפתרה', en: 'Announce it’s fixed' },
        details: {
          he: 'לכתוב שהשירות חזר, להודות על הסבלנות ולחדש את הפרסומים המתוזמנים.',
          en: 'Say it’s back, thank people for their patience, and resume scheduled posts.',
        },
      },
    ],
    statements: [
      {
        title: { he: 'הודעה על תקלה', en: 'Outage notice' },
        text: {
          he: 'חלק מהשירותים המקוונים שלנו לא עובדים כרגע, ויכול להיות שלא תצליחו להזמין או לשלם. הצוות שלנו מטפל בזה. אם חויבתם על הזמנה שלא עברה, שלחו לנו הודעה פרטית ונסדר את זה. העדכון הבא כאן תוך שעה.',
          en: 'Some of our online services aren’t working right now, and you may not be able to order or pay. Our team is on it. If you were charged for an order that didn’t go through, send us a private message and we’ll sort it out. Next update here within the hour.',
        },
      },
      {
        title: { he: 'השירות חזר', en: 'Back to normal' },
        text: {
          he: 'הכול חזר לעבוד. תודה על הסבלנות, ומצטערים על אי הנוחות. אם משהו בהזמנה שלכם עדיין לא בסדר, שלחו לנו הודעה פרטית ונטפל בזה.',
          en: 'Everything is working again. Thank you for your patience, and sorry for the trouble. If something still isn’t right with your order, send us a private message and we’ll take care of it.',
        },
      },
    ],
  },
  {
    key: 'employee_misconduct',
    name: { he: 'התנהגות לא ראויה של עובד/ת', en: 'Employee misconduct' },
    description: {
      he: 'סרטון או סיפור מראים עובד/ת שלנו מתנהגים בגסות, מפלים או נוהגים שלא כראוי – בעבודה, או ברשת בשמם. פועלים לפי עובדות ולא לפי קטע וידאו: אומרים שאנחנו בודקים, מגינים על כל המעורבים (גם על פרטיות העובד/ת), ולא מודיעים על צעדים משמעתיים ברשתות.',
      en: 'A video or a story shows one of our employees being rude, discriminating or behaving badly, at work or online in their own name. Act on facts, not on a clip: say we are looking into it, protect everyone involved (the employee’s privacy too), and never announce disciplinary steps on social media.',
    },
    keywords: {
      he: ['עובד גזען', 'עובדת גזענית', 'התנהגות מבישה', 'השפלה', 'אפליה', 'צעק עליי', 'צעקה עליי', 'סרטון מהסניף'],
      en: ['rude staff', 'rude employee', 'discrimination', 'racist staff', 'fire him', 'fire her', 'yelled at me', 'video from your store'],
    },
    radarSeverity: 2,
    autoOpenIncident: false,
    pauseScheduledPosts: false,
    tiers: [
      { level: 1, name: { he: 'ויראלי או בתקשורת', en: 'Viral or in the press' }, responseMinutes: HOUR },
      { level: 2, name: { he: 'מתפשט', en: 'Spreading' }, responseMinutes: 4 * HOUR },
      { level: 3, name: { he: 'דיווח בודד', en: 'Single report' }, responseMinutes: DAY },
    ],
    roles: [
      { key: 'incident_lead', kind: 'incident_lead' },
      { key: 'spokesperson', kind: 'spokesperson' },
      { key: 'hr', kind: 'custom', name: { he: 'משאבי אנוש', en: 'Human resources' } },
      { key: 'customer_care', kind: 'customer_care' },
      { key: 'legal', kind: 'legal' },
    ],
    steps: [
      {
        role: 'incident_lead',
        fromTier: 3,
        title: { he: 'לשמור את הראיות', en: 'Keep the evidence' },
        details: {
          he: 'צילומי מסך, קישורים, שעות. לבקש בפרטי ממי שדיווח את הפרטים.',
          en: 'Screenshots, links, times. Ask the person who reported it for the details in private.',
        },
      },
      {
        role: 'hr',
        fromTier: 3,
        title: { he: 'לשמוע את העובד/ת ואת המנהל/ת', en: 'Hear the employee and their manager' },
        details: {
          he: 'לשמוע את הצד שלהם לפני שמחליטים משהו. פועלים לפי הנוהל הרגיל; הרשת לא קובעת אותו.',
          en: 'Hear their side before deciding anything. Follow the usual procedure; the internet does not set it.',
        },
      },
      {
        role: 'customer_care',
        fromTier: 3,
        title: { he: 'לפנות ללקוח/ה שנפגע/ה', en: 'Reach out to the customer who was hurt' },
        details: {
          he: 'להתנצל על החוויה בפרטי, לשאול מה קרה ולהציע שיחת טלפון.',
          en: 'Apologise for the experience in private, ask what happened, offer a phone call.',
        },
      },
      {
        role: 'spokesperson',
        fromTier: 2,
        title: { he: 'לפרסם את הודעת ההמתנה', en: 'Publish the holding statement' },
        details: {
          he: 'לא מזכירים את שם העובד/ת ולא מדברים בפומבי על צעדים כלפיו/ה.',
          en: 'We don’t name the employee and don’t discuss personnel steps in public.',
        },
      },
      {
        role: 'legal',
        fromTier: 1,
        title: { he: 'לבדוק חובות משפטיות', en: 'Check legal duties' },
        details: {
          he: 'חוק איסור הפליה, פרטיות העובד/ת, והאם מעורבת תלונה במשטרה או לרשות.',
          en: 'Anti-discrimination law, the employee’s privacy, and whether a complaint to the police or an authority is involved.',
        },
      },
      {
        role: 'incident_lead',
        fromTier: 2,
        title: { he: 'לתדרך את הצוות', en: 'Brief the team' },
        details: {
          he: 'עובדים לא מגיבים ברשת – לא מגינים ולא תוקפים את העמית/ה.',
          en: 'Staff do not comment online, neither defending nor attacking their colleague.',
        },
      },
      {
        role: 'spokesperson',
        fromTier: 3,
        title: { he: 'לסגור את המעגל', en: 'Close the loop' },
        details: {
          he: 'כשיש תוצאה – לספר מה שינינו (הדרכה, נוהל), לא מה קרה לאדם.',
          en: 'When there is an outcome, say what we changed (training, procedure), not what happened to the person.',
        },
      },
    ],
    statements: [
      {
        title: { he: 'תגובה ראשונה', en: 'First response' },
        text: {
          he: 'ראינו את הסרטון, ואנחנו לא מקבלים התנהגות כזאת כלפי אף אחד. אנחנו בודקים מה קרה מול כל המעורבים, ופנינו ללקוח/ה. לא נדבר על עובד/ת בפומבי, אבל נשתף כאן מה אנחנו משנים.',
          en: 'We’ve seen the video, and we don’t accept this behaviour toward anyone. We’re looking into what happened with everyone involved and have reached out to the customer. We won’t discuss an employee in public, but we’ll share here what we change.',
        },
      },
      {
        title: { he: 'מה שינינו', en: 'What we changed' },
        text: {
          he: 'בעקבות המקרה מהשבוע שעבר בדקנו מה קרה והתנצלנו בפני הלקוח/ה באופן אישי. כל צוותי הסניפים יעברו החודש הדרכת שירות וכבוד. תודה שאתם מציבים לנו רף גבוה.',
          en: 'After last week’s incident we looked into what happened and apologised to the customer in person. All our branch teams will take service and respect training this month. Thank you for holding us to a high standard.',
        },
      },
    ],
  },
  {
    key: 'security_event',
    name: { he: 'אירוע ביטחוני או פוליטי בישראל', en: 'Security or political event in Israel' },
    description: {
      he: 'אזעקות, פיגוע, מלחמה, אסון לאומי או רגע פוליטי טעון. אף אחד לא רוצה לראות מבצע בשעה כזאת. עוצרים מיד את כל התוכן השיווקי, לא נוקטים עמדה פוליטית, וחוזרים בזהירות: קודם מידע שעוזר (שעות פתיחה, מרחב מוגן, משלוחים), ותוכן שיווקי רק כשהמדינה מוכנה.',
      en: 'Sirens, a terror attack, a war, a national tragedy or a heated political moment. Nobody wants to see a promotion at that hour. Stop all promotional content at once, take no political position, and come back carefully: first information that helps (opening hours, shelters, deliveries), promotion only when the country is ready.',
    },
    keywords: {
      he: ['אזעקה', 'אזעקות', 'צבע אדום', 'פיקוד העורף', 'מרחב מוגן', 'ממ"ד', 'פיגוע', 'מלחמה'],
      en: ['sirens', 'rocket', 'home front command', 'bomb shelter', 'terror attack', 'war in israel'],
    },
    // A national event is not a spike in the brand's mentions: the keywords and a manager start it.
    radarSeverity: null,
    autoOpenIncident: false,
    pauseScheduledPosts: true,
    tiers: [
      { level: 1, name: { he: 'מלחמה או אירוע רב-נפגעים', en: 'War or mass-casualty event' }, responseMinutes: 15 },
      { level: 2, name: { he: 'פיגוע או אירוע מקומי', en: 'Attack or local event' }, responseMinutes: HOUR },
      { level: 3, name: { he: 'רגע פוליטי רגיש', en: 'Tense political moment' }, responseMinutes: 4 * HOUR },
    ],
    roles: [
      { key: 'incident_lead', kind: 'incident_lead' },
      { key: 'social_media', kind: 'social_media' },
      { key: 'spokesperson', kind: 'spokesperson' },
      { key: 'customer_care', kind: 'customer_care' },
    ],
    steps: [
      {
        role: 'social_media',
        fromTier: 3,
        title: { he: 'לעצור כל פרסום מתוזמן', en: 'Pause every scheduled post' },
        details: {
          he: 'כל הערוצים, כל הקמפיינים, כולל מודעות ממומנות. קודם עוצרים, אחר כך דנים.',
          en: 'Every channel, every campaign, paid ads included. Pause first, discuss later.',
        },
      },
      {
        role: 'incident_lead',
        fromTier: 2,
        title: { he: 'לוודא שהאנשים שלנו בסדר', en: 'Check on our people' },
        details: {
          he: 'עובדים וסניפים באזור: האם כולם בטוחים, אילו סניפים נסגרים.',
          en: 'Staff and branches in the area: is everyone safe, which branches close.',
        },
      },
      {
        role: 'social_media',
        fromTier: 3,
        title: { he: 'לעבור על מה שכבר פורסם', en: 'Review what is already out' },
        details: {
          he: 'פוסטים ומודעות מה-24 שעות האחרונות שעכשיו נקראים רע – להסתיר.',
          en: 'Posts and ads from the last 24 hours that now read badly: hide them.',
        },
      },
      {
        role: 'spokesperson',
        fromTier: 2,
        title: { he: 'לפרסם רק מידע מועיל', en: 'Post useful information only' },
        details: {
          he: 'שעות פתיחה, סגירות, משלוחים, מרחב מוגן ליד סניף. בלי סיסמאות ובלי לוגו על רקע של אסון.',
          en: 'Opening hours, closures, deliveries, the nearest shelter to a branch. No slogans, no logo on top of a tragedy.',
        },
      },
      {
        role: 'customer_care',
        fromTier: 3,
        title: { he: 'לא להיגרר לוויכוח פוליטי', en: 'Stay out of political arguments' },
        details: {
          he: 'לא עונים לוויכוחים פוליטיים בתגובות. מסירים הסתה ושיח שנאה לפי המדיניות.',
          en: 'Don’t answer political arguments in the comments. Remove incitement and hate speech according to the policy.',
        },
      },
      {
        role: 'incident_lead',
        fromTier: 3,
        title: { he: 'להחליט מתי חוזרים', en: 'Decide when to resume' },
        details: {
          he: 'חוזרים בהדרגה, אחרי ימי האבל הרשמיים, ומתחילים בתוכן שקט.',
          en: 'Resume gradually, after official days of mourning, starting with quiet content.',
        },
      },
    ],
    statements: [
      {
        title: { he: 'עצירת פרסומים', en: 'Pausing our posts' },
        text: {
          he: 'לאור המצב אנחנו עוצרים את הפרסומים הרגילים שלנו. הלב שלנו עם כל מי שנפגע. עדכונים על שעות הפתיחה של הסניפים יפורסמו כאן. שמרו על עצמכם והקפידו על הנחיות פיקוד העורף.',
          en: 'Given the situation, we are pausing our regular posts. Our hearts are with everyone affected. Updates on our branches’ opening hours will be posted here. Please stay safe and follow the Home Front Command’s instructions.',
        },
      },
      {
        title: { he: 'עדכון סניפים', en: 'Branch update' },
        text: {
          he: 'עדכון סניפים: חלק מהסניפים באזורים שנפגעו סגורים היום. לפני שאתם מגיעים, בדקו את שעות הפתיחה באתר. נעדכן כאן בכל בוקר כל עוד המצב נמשך.',
          en: 'Branch update: some of our branches in the affected areas are closed today. Before you come, please check the opening hours on our website. We’ll update here every morning while the situation lasts.',
        },
      },
    ],
  },
  {
    key: 'influencer_backlash',
    name: { he: 'סערה סביב משפיען/ית', en: 'Influencer backlash' },
    description: {
      he: 'משפיען/ית או ידוען/ית שעובדים איתנו אומרים או עושים משהו שמפנה את הכעס אלינו – או שמשפיען/ית עם קהל גדול יוצאים נגדנו. מחליטים מהר אם אנחנו עומדים מאחורי שיתוף הפעולה; לא תוקפים את האדם, ולא שותקים כשהתיוגים שלנו מתמלאים בכעס.',
      en: 'An influencer or a celebrity we work with says or does something that turns anger toward us, or an influencer with a large audience turns on us. Decide quickly whether we stand behind the collaboration; never attack the person, and don’t go silent while our tags fill with anger.',
    },
    keywords: {
      he: ['חרם', 'משפיענית', 'משפיען', 'שיתוף פעולה', 'תפסיקו לעבוד עם', 'מוחקת את האפליקציה'],
      en: ['boycott', 'influencer', 'drop them', 'cancel', 'collab', 'unfollow'],
    },
    radarSeverity: 2,
    autoOpenIncident: false,
    // Only the collaboration's posts are held (a step below); the rest of the calendar goes on.
    pauseScheduledPosts: false,
    tiers: [
      { level: 1, name: { he: 'סיקור ארצי', en: 'National coverage' }, responseMinutes: HOUR },
      { level: 2, name: { he: 'טרנד ברשת', en: 'Trending' }, responseMinutes: 4 * HOUR },
      { level: 3, name: { he: 'בשליטה', en: 'Contained' }, responseMinutes: DAY },
    ],
    roles: [
      { key: 'incident_lead', kind: 'incident_lead' },
      { key: 'spokesperson', kind: 'spokesperson' },
      { key: 'partnerships', kind: 'custom', name: { he: 'מנהל/ת שיתופי פעולה', en: 'Partnerships manager' } },
      { key: 'social_media', kind: 'social_media' },
      { key: 'legal', kind: 'legal' },
    ],
    steps: [
      {
        role: 'social_media',
        fromTier: 3,
        title: { he: 'לעצור את התוכן של שיתוף הפעולה', en: 'Hold the collaboration’s content' },
        details: {
          he: 'לעצור פוסטים מתוזמנים ומודעות עם המשפיען/ית עד שנחליט.',
          en: 'Pause scheduled posts and ads featuring the influencer until we decide.',
        },
      },
      {
        role: 'partnerships',
        fromTier: 3,
        title: { he: 'לדבר עם המשפיען/ית או עם הסוכן/ת', en: 'Talk to the influencer or their agent' },
        details: {
          he: 'לשמוע את הצד שלהם ומה הם מתכוונים לומר. לתאם תזמון כדי שלא נסתור זה את זה.',
          en: 'Hear their side and what they plan to say. Agree on timing so we don’t contradict each other.',
        },
      },
      {
        role: 'legal',
        fromTier: 2,
        title: { he: 'לבדוק את החוזה', en: 'Check the contract' },
        details: {
          he: 'סעיף התנהגות, תנאי סיום, תוכן שחובה להשאיר או להסיר.',
          en: 'Conduct clause, termination terms, content we must keep or remove.',
        },
      },
      {
        role: 'incident_lead',
        fromTier: 2,
        title: { he: 'להחליט: ממשיכים, עוצרים או מסיימים', en: 'Decide: continue, pause or end' },
        details: {
          he: 'לפי הערכים שלנו ולפי העובדות, לא לפי התגובות הכי רועשות.',
          en: 'By our values and the facts, not by the loudest comments.',
        },
      },
      {
        role: 'spokesperson',
        fromTier: 2,
        title: { he: 'לפרסם את העמדה שלנו', en: 'Publish our position' },
        details: {
          he: 'קצר, על הערכים שלנו ועל ההחלטה. בלי לתקוף את האדם.',
          en: 'Short, about our values and the decision. No attack on the person.',
        },
      },
      {
        role: 'social_media',
        fromTier: 3,
        title: { he: 'לנהל את התגובות לפי המדיניות', en: 'Moderate by the policy' },
        details: {
          he: 'להסיר שיח שנאה ואיומים בתגובות אצלנו – נגד כל אחד, גם נגד המשפיען/ית.',
          en: 'Remove hate speech and threats in our comments, against anyone, the influencer included.',
        },
      },
    ],
    statements: [
      {
        title: { he: 'אנחנו בודקים', en: 'Looking into it' },
        text: {
          he: 'ראינו את התגובות לשיתוף הפעולה האחרון שלנו, ואנחנו שומעים אתכם. עצרנו את הקמפיין עד שנבדוק את הנושא, ונשתף כאן את ההחלטה שלנו תוך 48 שעות.',
          en: 'We’ve seen the responses to our latest collaboration, and we hear you. We have paused the campaign while we look into it, and we will share our decision here within 48 hours.',
        },
      },
      {
        title: { he: 'ההחלטה שלנו', en: 'Our decision' },
        text: {
          he: 'החלטנו לסיים את שיתוף הפעולה. הדברים שנאמרו אינם משקפים את הערכים שלנו ואת הכבוד שאנחנו חייבים לכל אדם. תודה לכל מי שפנה אלינו ושיתף אותנו בדעתו.',
          en: 'We have decided to end the collaboration. What was said does not reflect our values or the respect we owe everyone. Thank you to everyone who reached out and shared their view with us.',
        },
      },
    ],
  },
  {
    key: 'data_breach',
    name: { he: 'דליפת מידע', en: 'Data breach' },
    description: {
      he: 'ייתכן שמידע של לקוחות דלף: חשבון שנפרץ, מאגר שנחשף, פריצה אצל ספק, או הודעות פישינג שנשלחות בשמנו. אומרים לאנשים מה לעשות כדי להגן על עצמם, מהר ובלי לנחש מי תקף וכמה נפגעו. לחוק הגנת הפרטיות ולרשות להגנת הפרטיות יש דרישות משלהם; את הניסוח מובילה המחלקה המשפטית.',
      en: 'Customer data may have leaked: a hacked account, an exposed database, a supplier’s breach, or phishing messages sent in our name. Tell people what to do to protect themselves, fast and without guessing who did it or how many were affected. Privacy law and the regulator set their own duties; legal leads the wording.',
    },
    keywords: {
      he: ['פריצה', 'דליפת מידע', 'דלף מידע', 'האקרים', 'נפרץ', 'פישינג', 'הודעה חשודה', 'פרטי אשראי'],
      en: ['data breach', 'hacked', 'leaked', 'phishing', 'scam message', 'card details', 'personal data'],
    },
    radarSeverity: 2,
    autoOpenIncident: true,
    pauseScheduledPosts: true,
    tiers: [
      { level: 1, name: { he: 'דליפת מידע אישי מאומתת', en: 'Confirmed leak of personal data' }, responseMinutes: HOUR },
      { level: 2, name: { he: 'חשד לדליפה', en: 'Suspected leak' }, responseMinutes: 4 * HOUR },
      { level: 3, name: { he: 'פישינג בשמנו', en: 'Phishing in our name' }, responseMinutes: 8 * HOUR },
    ],
    roles: [
      { key: 'incident_lead', kind: 'incident_lead' },
      { key: 'security_lead', kind: 'custom', name: { he: 'אחראי/ת אבטחת מידע', en: 'Information security lead' } },
      { key: 'legal', kind: 'legal' },
      { key: 'spokesperson', kind: 'spokesperson' },
      { key: 'customer_care', kind: 'customer_care' },
      { key: 'social_media', kind: 'social_media' },
    ],
    steps: [
      {
        role: 'security_lead',
        fromTier: 3,
        title: { he: 'לבלום ולשמר', en: 'Contain and preserve' },
        details: {
          he: 'לנעול חשבונות שנפגעו, להחליף סיסמאות ומפתחות גישה, לשמור לוגים. אם חשבון ברשת חברתית נפרץ – קודם משחזרים אותו.',
          en: 'Lock affected accounts, change passwords and access keys, keep the logs. If a social account was taken over, recover it before anything else.',
        },
      },
      {
        role: 'incident_lead',
        fromTier: 3,
        title: { he: 'לברר את העובדות', en: 'Establish the facts' },
        details: {
          he: 'איזה מידע, של מי, ממתי, והאם הוא עדיין חשוף. לכתוב מה ידוע ומה עדיין לא.',
          en: 'What data, whose, since when, and is it still exposed. Write down what is known and what is not yet.',
        },
      },
      {
        role: 'legal',
        fromTier: 2,
        title: { he: 'להחליט על דיווחים', en: 'Decide on notifications' },
        details: {
          he: 'הרשות להגנת הפרטיות, הלקוחות שנפגעו, שותפים: חובות ומועדים. כל מילה פומבית עוברת אישור משפטי.',
          en: 'The privacy regulator, affected customers, partners: duties and deadlines. Legal approves every public word.',
        },
      },
      {
        role: 'social_media',
        fromTier: 2,
        title: { he: 'לעצור פרסומים מתוזמנים', en: 'Pause scheduled posts' },
        details: {
          he: 'שיווק לצד הודעה על דליפה נקרא כאדישות.',
          en: 'Marketing next to a breach notice reads as indifference.',
        },
      },
      {
        role: 'spokesperson',
        fromTier: 2,
        title: { he: 'לפרסם הודעה', en: 'Publish the notice' },
        details: {
          he: 'מה קרה, איזה מידע, מה לעשות עכשיו, איפה לשאול. בלי ניחושים על התוקפים או על המספרים.',
          en: 'What happened, what data, what to do now, where to ask. No guesses about the attackers or the numbers.',
        },
      },
      {
        role: 'customer_care',
        fromTier: 3,
        title: { he: 'לענות לפי תסריט אחד', en: 'Answer from one script' },
        details: {
          he: 'להזהיר מפני פישינג: לעולם לא נבקש סיסמה או מספר כרטיס בהודעה.',
          en: 'Warn about phishing: we never ask for a password or a card number by message.',
        },
      },
      {
        role: 'incident_lead',
        fromTier: 1,
        title: { he: 'לעדכן את ההנהלה', en: 'Brief management' },
        details: {
          he: 'מה ידוע, מה נעשה, מה החשיפה, ומתי העדכון הבא.',
          en: 'What is known, what has been done, what the exposure is, and when the next update comes.',
        },
      },
      {
        role: 'spokesperson',
        fromTier: 3,
        title: { he: 'עדכון המשך', en: 'Follow up' },
        details: {
          he: 'מה מצאנו, מה תיקנו ומה אנחנו משנים.',
          en: 'What we found, what we fixed, and what we are changing.',
        },
      },
    ],
    statements: [
      {
        title: { he: 'הודעה ראשונה', en: 'First notice' },
        text: {
          he: 'אנחנו בודקים אירוע אבטחת מידע שייתכן שכולל מידע של חלק מהלקוחות, ועובדים עם מומחים כדי לבלום אותו. לעולם לא נבקש סיסמה או פרטי כרטיס אשראי בהודעה – התעלמו מבקשות כאלה. העדכון הבא כאן תוך 24 שעות.',
          en: 'We’re investigating a security incident that may involve some customer information, and we’re working with experts to contain it. We will never ask for your password or card details by message: please ignore such requests. Next update here within 24 hours.',
        },
      },
      {
        title: { he: 'אזהרת פישינג', en: 'Phishing warning' },
        text: {
          he: 'שימו לב: מסתובבות הודעות שמתחזות אלינו ומבקשות תשלום או פרטים אישיים. הן לא מאיתנו. אל תלחצו על קישורים בהן, ואם כבר מסרתם פרטים, פנו לחברת האשראי. נשמח שתדווחו לנו על הודעות כאלה בפרטי.',
          en: 'Heads up: messages pretending to be from us are going around, asking for payment or personal details. They are not from us. Don’t click their links, and if you already gave details, call your card company. Please report such messages to us privately.',
        },
      },
    ],
  },
];

export const TEMPLATE_KEYS = PLAYBOOK_LIBRARY.map((t) => t.key);

export function findTemplate(key: string): PlaybookTemplate | undefined {
  return PLAYBOOK_LIBRARY.find((t) => t.key === key);
}

/**
 * A template as playbook content in the team's language: roles without people, both languages'
 * holding statements (a Hebrew brand also answers in English), the given authorized responders.
 */
export function templateContent(template: PlaybookTemplate, locale: Locale, authorizedResponders: string[] = []): PlaybookContent {
  return {
    name: template.name[locale],
    scenario: template.key,
    description: template.description[locale],
    triggers: {
      keywords: { he: [...template.keywords.he], en: [...template.keywords.en] },
      radarSeverity: template.radarSeverity,
      autoOpenIncident: template.autoOpenIncident,
    },
    tiers: template.tiers.map((tier) => ({ level: tier.level, name: tier.name[locale], responseMinutes: tier.responseMinutes })),
    roles: template.roles.map((role) => ({
      key: role.key,
      kind: role.kind,
      customName: role.name?.[locale] ?? '',
      userId: null,
      backupUserId: null,
    })),
    authorizedResponders,
    holdingStatements: template.statements.flatMap((statement) =>
      (locale === 'he' ? (['he', 'en'] as const) : (['en', 'he'] as const)).map((language) => ({
        title: statement.title[locale],
        language,
        network: null,
        text: statement.text[language],
      })),
    ),
    steps: template.steps.map((step) => ({
      title: step.title[locale],
      details: step.details[locale],
      role: step.role,
      fromTier: step.fromTier,
    })),
    pauseScheduledPosts: template.pauseScheduledPosts,
  };
}
