// The written policy: a document in sections, versioned. The sections a good social-media policy has
// are offered as a starting point in Hebrew and English; a brand may add its own.
import { z } from 'zod';
import type { Localized } from './types.ts';

export const SECTION_KEYS = ['voice_tone', 'say_dont_say', 'when_we_post', 'who_answers', 'escalation', 'personal_use', 'custom'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export const POLICY_BODY_MAX = 20_000;

export const policySectionSchema = z.strictObject({
  key: z.enum(SECTION_KEYS),
  title: z.string().trim().min(1, 'A section needs a title').max(200, 'A section title is 200 characters at most'),
  body: z.string().trim().min(1, 'A section needs some text').max(POLICY_BODY_MAX, 'A section is 20,000 characters at most'),
});
export type PolicySection = z.infer<typeof policySectionSchema>;

export const policySectionsSchema = z
  .array(policySectionSchema)
  .min(1, 'A policy needs at least one section')
  .max(40, 'A policy has 40 sections at most');

interface StarterSection {
  key: Exclude<SectionKey, 'custom'>;
  title: Localized;
  body: Localized;
}

/** A starting text to adapt, written the way a careful communications lead would brief a team. */
export const STARTER_SECTIONS: readonly StarterSection[] = [
  {
    key: 'voice_tone',
    title: { he: 'קול וטון', en: 'Voice and tone' },
    body: {
      he: 'אנחנו מדברים כמו שכנים טובים: חמים, ישירים ומכבדים. כותבים בגובה העיניים, בלי סלנג פוגעני ובלי ציניות. הומור – כן, על חשבון אחרים – לא. לא כותבים באותיות גדולות ולא צועקים בסימני קריאה.',
      en: 'We speak like good neighbours: warm, direct and respectful. Plain words, no offensive slang, no sarcasm. Humour yes, at someone else’s expense never. No shouting in capitals or rows of exclamation marks.',
    },
  },
  {
    key: 'say_dont_say',
    title: { he: 'מה אומרים ומה לא', en: 'What we say and what we don’t' },
    body: {
      he: 'מדברים על המוצרים, על האנשים שלנו ועל הקהילה. לא מביעים עמדה פוליטית, לא מגיבים לאירועי ביטחון ולא משתמשים בשפה צבאית או אלימה מחוץ להקשרה. לא מבטיחים הבטחות שאיננו יכולים לקיים ("הכי טוב", "מובטח") בלי אישור משפטי. תוכן ממומן מסומן תמיד (#פרסומת). לא מפרסמים פרטים אישיים של אף אחד.',
      en: 'We talk about our products, our people and our community. We take no political positions, do not comment on security events, and never use military or violent language out of its context. No claims we cannot stand behind (“the best”, “guaranteed”) without legal review. Paid content is always marked (#ad). We never publish anyone’s personal details.',
    },
  },
  {
    key: 'when_we_post',
    title: { he: 'מתי מפרסמים', en: 'When we post' },
    body: {
      he: 'לא מפרסמים בשבת ובחגים. ביום השואה וביום הזיכרון לא מפרסמים תוכן שיווקי; אם מפרסמים – רק תוכן מכבד. בזמן אירוע ביטחוני או אסון עוצרים את כל הפרסומים המתוזמנים עד להחלטת מנהל/ת המותג.',
      en: 'No posts on Shabbat and Jewish holidays. On Yom HaShoah and Yom HaZikaron no promotional content; if we post, only respectful content. During a security event or a disaster every scheduled post is paused until the brand manager decides.',
    },
  },
  {
    key: 'who_answers',
    title: { he: 'מי עונה על מה', en: 'Who may answer what' },
    body: {
      he: 'שאלות שירות ותלונות רגילות – צוות המענה, בתוך שעתיים בשעות הפעילות. תלונות על בטיחות מזון, בריאות או אפליה – רק מנהל/ת המותג. פניות עיתונאים – דוברות בלבד. אף אחד לא מתווכח עם לקוח בפומבי; מזמינים להמשיך בהודעה פרטית.',
      en: 'Service questions and ordinary complaints: the responders, within two hours in opening hours. Complaints about food safety, health or discrimination: the brand manager only. Journalists: the spokesperson only. Nobody argues with a customer in public; we invite them to continue in a private message.',
    },
  },
  {
    key: 'escalation',
    title: { he: 'הסלמה', en: 'Escalation' },
    body: {
      he: 'כשמשהו נראה כמו תחילתה של סערה – הרבה תגובות שליליות בזמן קצר, עיתונאי שפונה, או נושא רגיש – מעדכנים מיד את מנהל/ת המותג ופותחים את התרחיש המתאים. עד להחלטה מפרסמים רק את הודעת ההמתנה המאושרת.',
      en: 'When something looks like the start of a storm – many negative replies in a short time, a journalist asking, or a sensitive subject – tell the brand manager at once and open the matching playbook. Until a decision, only the approved holding statement is posted.',
    },
  },
  {
    key: 'personal_use',
    title: { he: 'שימוש אישי של עובדים', en: 'Personal use by employees' },
    body: {
      he: 'עובדים רשאים לספר שהם עובדים אצלנו, אבל מדברים בשם עצמם בלבד ("הדעות שלי"). לא משתפים מידע פנימי, לא מגיבים בשם החברה ולא נכנסים לוויכוחים עם לקוחות. אם ראיתם משהו מדאיג – שלחו לצוות הדיגיטל.',
      en: 'Employees may say they work here, but speak only for themselves (“my views”). No internal information, no answering on the company’s behalf, no arguments with customers. If you see something worrying, send it to the digital team.',
    },
  },
];

export function starterSections(locale: 'he' | 'en'): PolicySection[] {
  return STARTER_SECTIONS.map((s) => ({ key: s.key, title: s.title[locale], body: s.body[locale] }));
}
