// Every sentence the plan API can answer a bad input with, in English and in Hebrew. The server
// translates by the English text (core/input-messages.ts), so both live here, side by side and
// complete: a new message without its Hebrew does not compile.
import { NETWORKS } from '../networks.ts';
import { KPI_KEYS } from './kpis.ts';
import { HOURS_PER_WEEK_MAX, KEY_MESSAGE_LENGTH, KEY_MESSAGES_MAX, PERSONAS_MAX, PLAN_MESSAGES, POSTS_PER_WEEK_MAX, type PlanMessageKey } from './plan.ts';

/** What the server itself finds (it knows the team and the versions), beyond the content's schema. */
export const PLAN_API_MESSAGES = {
  notOnBrand: 'This person is not a member of the workspace who works on this brand',
  stalePlan: 'Someone else saved a newer version of the plan while you were editing. Reload it, then make your changes again.',
  archivedBrand: 'This brand is archived, so its plan can no longer be changed.',
  changeNoteTooLong: 'The change note is at most 500 characters',
  baseVersion: 'baseVersion must be the version you started from, or null for the first plan',
  version: 'A plan version is a whole number from 1',
} as const;
type ApiMessageKey = keyof typeof PLAN_API_MESSAGES;

const HEBREW: Record<PlanMessageKey | ApiMessageKey, string> = {
  messageRequired: 'יש לכתוב את המסר המרכזי',
  messageTooLong: `מסר מרכזי יכול להכיל עד ${KEY_MESSAGE_LENGTH} תווים`,
  messagesMin: 'יש להוסיף לפחות מסר מרכזי אחד',
  messagesMax: `בתוכנית יש לכל היותר ${KEY_MESSAGES_MAX} מסרים מרכזיים`,
  personaNameRequired: 'יש לתת לפרסונה שם',
  personaNameTooLong: 'שם של פרסונה יכול להכיל עד 80 תווים',
  textTooLong: 'הטקסט ארוך מדי (עד 500 תווים)',
  personasMax: `בתוכנית יש לכל היותר ${PERSONAS_MAX} פרסונות`,
  networkUnknown: `יש לבחור רשת: ${NETWORKS.join(', ')}`,
  networkTwice: 'כל רשת יכולה להופיע רק פעם אחת',
  channelsMin: 'יש לבחור לפחות ערוץ אחד',
  postsPerWeek: `מספר הפוסטים בשבוע צריך להיות מספר שלם בין 1 ל־${POSTS_PER_WEEK_MAX}`,
  dayInvalid: 'ימים הם מספרים מ־0 (ראשון) עד 6 (שבת), כל יום פעם אחת',
  hourInvalid: 'שעות הן מספרים שלמים מ־0 עד 23, כל שעה פעם אחת',
  kpiUnknown: `יש לבחור מדד מהרשימה: ${KPI_KEYS.join(', ')}`,
  kpiTwice: 'כל מדד יכול להופיע רק פעם אחת',
  kpiTargetRequired: 'למדד צריך יעד',
  kpiTargetNumber: 'היעד צריך להיות מספר',
  kpiTargetNegative: 'היעד לא יכול להיות שלילי',
  kpiTargetPercent: 'יעד באחוזים הוא בין 0 ל־100',
  kpiTargetScore: 'יעד של ציון סנטימנט הוא בין מינוס 100 ל־100',
  kpiTargetTooLarge: 'היעד גדול מדי',
  periodInvalid: 'התקופה צריכה להיות week (שבוע), month (חודש) או quarter (רבעון)',
  hoursPerWeek: `מספר השעות בשבוע צריך להיות גדול מ־0 ועד ${HOURS_PER_WEEK_MAX}`,
  memberHours: `מספר השעות של חבר/ת צוות צריך להיות גדול מ־0 ועד ${HOURS_PER_WEEK_MAX}`,
  memberTwice: 'כל חבר/ת צוות יכול/ה להופיע רק פעם אחת',
  membersOverTotal: 'סך השעות של חברי הצוות גדול מהסך השבועי',
  notOnBrand: 'האדם הזה אינו חבר/ת צוות בסביבת העבודה שעובד/ת על המותג הזה',
  stalePlan: 'מישהו אחר שמר גרסה חדשה יותר של התוכנית בזמן שערכת. יש לטעון אותה מחדש ולהכניס את השינויים שוב.',
  archivedBrand: 'המותג הזה בארכיון, ולכן אי אפשר לשנות את התוכנית שלו.',
  changeNoteTooLong: 'הערת השינוי יכולה להכיל עד 500 תווים',
  baseVersion: 'baseVersion צריך להיות הגרסה שממנה התחלת, או null לתוכנית הראשונה',
  version: 'גרסת תוכנית היא מספר שלם מ־1 ומעלה',
};

const ENGLISH: Record<PlanMessageKey | ApiMessageKey, string> = { ...PLAN_MESSAGES, ...PLAN_API_MESSAGES };

/** English → Hebrew for every plan message; the server's Hebrew table includes these. */
export const PLAN_MESSAGES_HE: Readonly<Record<string, string>> = Object.fromEntries(
  (Object.keys(ENGLISH) as (PlanMessageKey | ApiMessageKey)[]).map((key) => [ENGLISH[key], HEBREW[key]]),
);
