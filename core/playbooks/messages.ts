// The playbooks API's own sentences (beyond the content's, in content.ts), and the Hebrew of every
// English message the area gives, for the server's table of Hebrew input messages.
import { NETWORKS, TEXT_LIMITS } from '../networks.ts';
import { NETWORK_NAMES, PLAYBOOK_MESSAGES, tooLongMessage, type PlaybookMessageKey } from './content.ts';
import { TEMPLATE_KEYS } from './library.ts';

export const PLAYBOOK_REQUEST_MESSAGES = {
  templateOrContent: 'Choose a playbook from the library (templateKey) or send the content of a new one',
  templateUnknown: `The library has these playbooks: ${TEMPLATE_KEYS.join(', ')}`,
  changeNoteTooLong: 'The change note is at most 500 characters',
  version: 'A playbook version is a whole number from 1',
  stepIndex: 'A step number is a whole number from 0',
  noteTooLong: 'A note is 1000 characters at most',
  drillNotesTooLong: 'The drill notes are 5000 characters at most',
  stale: 'Someone else saved a newer version of this playbook while you were editing. Reload it, then make your changes again.',
  brandArchived: 'This brand is archived, so its playbooks can no longer be changed.',
  drillFinished: 'This drill is finished; start a new one to practise again.',
  stepDone: 'This step is already done.',
} as const;

const R = PLAYBOOK_REQUEST_MESSAGES;

const CONTENT_HE: Record<PlaybookMessageKey, string> = {
  nameRequired: 'לתרחיש צריך שם',
  nameTooLong: 'שם התרחיש יכול להכיל עד 120 תווים',
  scenarioUnknown: 'התרחיש צריך להיות אחד מאלה: food_safety, offensive_post, service_outage, employee_misconduct, security_event, influencer_backlash, data_breach, custom',
  descriptionTooLong: 'התיאור יכול להכיל עד 2000 תווים',
  keywordEmpty: 'מילת מפתח לא יכולה להיות ריקה',
  keywordTooLong: 'מילת מפתח יכולה להכיל עד 100 תווים',
  keywordsMax: 'עד 50 מילות מפתח בכל שפה',
  tierInvalid: 'דרגה היא 1, 2 או 3',
  tierNameRequired: 'לדרגה צריך שם',
  tierNameTooLong: 'שם דרגה יכול להכיל עד 60 תווים',
  responseMinutes: 'זמן התגובה הוא מספר שלם של דקות, מ־1 עד 43200 (30 יום)',
  tiersMin: 'לתרחיש צריכה להיות לפחות דרגת חומרה אחת',
  tiersMax: 'לתרחיש יש לכל היותר שלוש דרגות',
  tierTwice: 'כל דרגה יכולה להופיע פעם אחת בלבד',
  roleKeyInvalid: 'מפתח תפקיד מורכב מאותיות לטיניות קטנות, ספרות ו־_',
  roleKeyTwice: 'לשני תפקידים יש אותו מפתח',
  roleKindUnknown: 'התפקיד צריך להיות אחד מאלה: incident_lead, spokesperson, legal, customer_care, social_media, custom',
  customRoleNameRequired: 'צריך לתת לתפקיד שם',
  customRoleNameTooLong: 'שם תפקיד יכול להכיל עד 60 תווים',
  rolesMax: 'לתרחיש יש לכל היותר 20 תפקידים',
  personRequired: 'צריך לבחור אדם מהרשימה',
  backupSameAsMember: 'הגיבוי צריך להיות מישהו אחר ולא האחראי/ת על התפקיד',
  respondersMin: 'לתרחיש צריך להיות לפחות אדם אחד שמורשה לדבר בשם המותג',
  respondersMax: 'לתרחיש יש לכל היותר 50 מורשים לדבר בשם המותג',
  responderTwice: 'האדם הזה כבר ברשימה',
  statementTitleRequired: 'צריך לתת להודעה כותרת קצרה, למשל "תגובה ראשונה"',
  statementTitleTooLong: 'כותרת של הודעה יכולה להכיל עד 80 תווים',
  languageInvalid: 'השפה צריכה להיות "he" או "en"',
  networkUnknown: 'הרשת צריכה להיות אחת מאלה: bluesky, mastodon, x, facebook, instagram, linkedin, threads, telegram, webhook',
  statementRequired: 'להודעת המתנה צריך נוסח',
  statementTooLong: 'הודעת המתנה יכולה להכיל עד 5000 תווים',
  statementsMax: 'לתרחיש יש לכל היותר 30 הודעות המתנה',
  stepTitleRequired: 'לצעד צריך כותרת',
  stepTitleTooLong: 'כותרת צעד יכולה להכיל עד 200 תווים',
  stepDetailsTooLong: 'פירוט צעד יכול להכיל עד 2000 תווים',
  stepRoleRequired: 'צריך לבחור את התפקיד שאחראי על הצעד',
  stepRoleUnknown: 'צריך לבחור אחד מהתפקידים של התרחיש',
  stepsMin: 'לתרחיש צריך להיות לפחות צעד אחד',
  stepsMax: 'לתרחיש יש לכל היותר 60 צעדים',
  autoOpenNeedsTrigger: 'כדי לפתוח אירועים בעצמו, התרחיש צריך מילות מפתח או דרגת התראה של הרדאר',
  notOnBrand: 'האדם הזה אינו חבר/ת צוות בסביבת העבודה שעובד/ת על המותג הזה',
  cannotSpeak: 'התפקיד של האדם הזה לא מאפשר לפרסם או להגיב בשם המותג',
};

/** English → Hebrew for every playbooks message; the server's Hebrew table (core/hebrew-messages.ts) includes these. */
export const PLAYBOOK_MESSAGES_HE: Readonly<Record<string, string>> = {
  ...Object.fromEntries((Object.keys(CONTENT_HE) as PlaybookMessageKey[]).map((key) => [PLAYBOOK_MESSAGES[key], CONTENT_HE[key]])),
  ...Object.fromEntries(
    NETWORKS.flatMap((network) => {
      const limit = TEXT_LIMITS[network];
      return limit === null ? [] : [[tooLongMessage(network, limit), `ארוך מדי עבור ${NETWORK_NAMES[network]} (עד ${limit} תווים)`]];
    }),
  ),
  [R.templateOrContent]: 'צריך לבחור תרחיש מהספרייה (templateKey) או לשלוח את התוכן של תרחיש חדש',
  [R.templateUnknown]: `בספרייה יש את התרחישים האלה: ${TEMPLATE_KEYS.join(', ')}`,
  [R.changeNoteTooLong]: 'הערת השינוי יכולה להכיל עד 500 תווים',
  [R.version]: 'גרסת תרחיש היא מספר שלם מ־1',
  [R.stepIndex]: 'מספר צעד הוא מספר שלם מ־0',
  [R.noteTooLong]: 'הערה יכולה להכיל עד 1000 תווים',
  [R.drillNotesTooLong]: 'הערות התרגול יכולות להכיל עד 5000 תווים',
  [R.stale]: 'מישהו אחר שמר גרסה חדשה יותר של התרחיש בזמן שערכת. יש לטעון אותה מחדש ולבצע שוב את השינויים.',
  [R.brandArchived]: 'המותג הזה בארכיון, ולכן אי אפשר לשנות עוד את התרחישים שלו.',
  [R.drillFinished]: 'התרגול הזה הסתיים; כדי לתרגל שוב יש להתחיל תרגול חדש.',
  [R.stepDone]: 'הצעד הזה כבר בוצע.',
};
