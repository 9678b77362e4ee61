// The publish area's words for people, in English and Hebrew: why a publication failed or waits and
// what to do next, the schedule's answers on the nights the clocks change, the silence alert, and the
// names of post statuses and variant states. The server words notices and e-mails with these; the app
// shows the same sentences. Every entry has both languages (the type insists), and the Hebrew is
// written for a Hebrew reader, not translated word for word.
import type { PostStatus, PublishErrorCode, VariantState } from './types.ts';
import type { ScheduleCode } from './schedule.ts';

export type Language = 'en' | 'he';
interface Words {
  en: string;
  he: string;
}

export type PublishMessageKey =
  | PublishErrorCode
  | ScheduleCode
  | 'silent_channel'
  | 'cadence_week'
  | `status.${PostStatus}`
  | `variant.${VariantState}`;

export const PUBLISH_MESSAGES = {
  // Why a publication failed or waits (core/publish/types.ts PUBLISH_ERROR_CODES).
  auth_failed: {
    en: "The network refused this channel's login. Reconnect the channel in Settings → Channels.",
    he: 'הרשת לא קיבלה את פרטי ההתחברות של הערוץ. צריך לחבר אותו מחדש בהגדרות ← ערוצים.',
  },
  rate_limited: {
    en: 'The network asked us to slow down. The post will be sent as soon as the network allows; there is nothing you need to do.',
    he: 'הרשת ביקשה להאט את הקצב. הפוסט יישלח ברגע שהרשת תאפשר, ואין צורך לעשות דבר.',
  },
  unreachable: {
    en: 'Brandroom could not reach the network. It will try again shortly; if this keeps happening, check the channel’s address in Settings → Channels.',
    he: 'לא הצלחנו להגיע לרשת. ננסה שוב בעוד כמה רגעים; אם זה חוזר על עצמו, כדאי לבדוק את כתובת הערוץ בהגדרות ← ערוצים.',
  },
  timeout: {
    en: 'The network did not answer in time. Before trying again, Brandroom checks whether the post went out, so it will not appear twice.',
    he: 'הרשת לא ענתה בזמן. לפני שננסה שוב נבדוק אם הפוסט כבר עלה, כדי שלא יופיע פעמיים.',
  },
  server_error: {
    en: 'The network had a problem on its side. Brandroom will try again automatically.',
    he: 'הייתה תקלה בצד של הרשת. ננסה שוב אוטומטית.',
  },
  bad_response: {
    en: 'The network gave an answer Brandroom could not understand. Check on the network whether the post appeared; if it did not, publish it again.',
    he: 'התשובה של הרשת לא הייתה ברורה לנו. כדאי לבדוק ברשת אם הפוסט עלה, ואם לא – לפרסם אותו שוב.',
  },
  text_too_long: {
    en: 'The text is longer than this network allows. Shorten the version for this channel and schedule it again.',
    he: 'הטקסט ארוך ממה שהרשת מרשה. צריך לקצר את הגרסה של הערוץ הזה ולתזמן אותה שוב.',
  },
  too_many_images: {
    en: 'This network takes fewer images in one post. Remove some images from the version for this channel.',
    he: 'הרשת הזאת מקבלת פחות תמונות בפוסט אחד. צריך להסיר חלק מהתמונות מהגרסה של הערוץ הזה.',
  },
  media_too_large: {
    en: 'An image or video is larger than the network accepts. Use a smaller file.',
    he: 'אחד הקבצים גדול ממה שהרשת מקבלת. צריך להעלות קובץ קטן יותר.',
  },
  media_type: {
    en: 'The network does not accept this kind of file. Use a JPEG or PNG image instead.',
    he: 'הרשת לא מקבלת קבצים מהסוג הזה. אפשר להעלות במקומו תמונת JPEG או PNG.',
  },
  rejected: {
    en: 'The network refused the post. Read the reason it gave, change the post and try again.',
    he: 'הרשת דחתה את הפוסט. כדאי לקרוא את הסיבה שהיא נתנה, לתקן את הפוסט ולנסות שוב.',
  },
  not_found: {
    en: 'The network could not find the post this refers to. It may have been deleted there.',
    he: 'הרשת לא מצאה את הפוסט שזה מתייחס אליו. ייתכן שהוא נמחק שם.',
  },
  blocked_address: {
    en: 'This address points to a private or local network, which Brandroom does not send to. Use a public address, or ask your administrator to allow private addresses.',
    he: 'הכתובת מובילה לרשת פרטית או מקומית, ולשם איננו שולחים. צריך כתובת ציבורית, או לבקש ממנהל המערכת לאפשר כתובות פרטיות.',
  },
  receiver_error: {
    en: 'The service at the webhook’s address answered with an error. Check that service; Brandroom will try again.',
    he: 'השירות בכתובת של ה־webhook החזיר שגיאה. כדאי לבדוק אותו; אנחנו ננסה שוב.',
  },
  channel_needs_reconnect: {
    en: 'This channel needs to be reconnected: its login failed several times in a row. Reconnect it in Settings → Channels, then schedule the post again.',
    he: 'צריך לחבר את הערוץ מחדש: ההתחברות שלו נכשלה כמה פעמים ברצף. אחרי החיבור בהגדרות ← ערוצים, אפשר לתזמן את הפוסט שוב.',
  },
  channel_removed: {
    en: 'The channel was removed, so the post cannot go out there. Choose another channel, or connect this one again.',
    he: 'הערוץ הוסר, ולכן הפוסט לא יכול לעלות בו. אפשר לבחור ערוץ אחר או לחבר את הערוץ הזה שוב.',
  },
  demo_channel: {
    en: 'This is a demo channel: nothing is sent to a real network. Connect a real channel to publish.',
    he: 'זה ערוץ הדגמה, ושום דבר לא נשלח ממנו לרשת אמיתית. כדי לפרסם, צריך לחבר ערוץ אמיתי.',
  },
  not_approved_in_time: {
    en: 'The post was not approved by its scheduled time, so it was not published. Once it is approved, choose a new time.',
    he: 'הפוסט לא אושר עד המועד שנקבע לו, ולכן לא פורסם. אחרי שיאושר, צריך לבחור לו מועד חדש.',
  },
  gave_up: {
    en: 'Publishing failed after several tries. Read the last error, fix what it points to and publish again.',
    he: 'הפרסום נכשל אחרי כמה ניסיונות. כדאי לקרוא את השגיאה האחרונה, לתקן את מה שהיא מצביעה עליו ולפרסם שוב.',
  },

  // The schedule's answers (core/publish/schedule.ts). Dates are written out in the reader's language.
  nonexistent_time: {
    en: '{time} on {date} does not exist: that night the clocks jump from {from} to {to}. Choose another time, such as {suggested}.',
    he: 'השעה {time} ב{date} לא קיימת: באותו לילה מזיזים את השעון מ־{from} ל־{to}. צריך לבחור שעה אחרת, למשל {suggested}.',
  },
  shifted_for_dst: {
    en: '{time} on {date} does not exist, because the clocks jump from {from} to {to}, so the post is scheduled for {shiftedTo}.',
    he: 'השעה {time} ב{date} לא קיימת, כי באותו לילה מזיזים את השעון מ־{from} ל־{to}, ולכן הפוסט תוזמן ל־{shiftedTo}.',
  },
  ambiguous_earlier: {
    en: '{time} on {date} comes twice, because the clocks go back from {from} to {to}. The post goes out at the first {time}, before the clocks go back.',
    he: 'השעה {time} ב{date} מגיעה פעמיים, כי מחזירים את השעון מ־{from} ל־{to}. הפוסט יעלה כשהשעה {time} מגיעה בפעם הראשונה, לפני שמחזירים את השעון.',
  },
  time_in_past: {
    en: '{time} on {date} has already passed. Choose a later time.',
    he: 'השעה {time} ב{date} כבר עברה. צריך לבחור מועד מאוחר יותר.',
  },
  invalid_time: {
    en: 'This date or time is not valid. Enter a date such as 2026-03-27 and a 24-hour time such as 14:30.',
    he: 'התאריך או השעה אינם תקינים. צריך להזין תאריך כמו 2026-03-27 ושעה בשעון של 24 שעות, כמו 14:30.',
  },

  // The plan's cadence on the calendar and the silence alert (core/publish/cadence.ts).
  silent_channel: {
    en: '{network} has gone {silentDays} days without a post, and the plan calls for {postsPerWeek} a week. Schedule a post to get back on track.',
    he: '{network}: לא עלה פוסט כבר {silentDays} ימים, והתוכנית קובעת {postsPerWeek} בשבוע. כדאי לתזמן פוסט כדי לחזור לקצב.',
  },
  cadence_week: {
    en: '{network}: {planned} of {goal} planned this week',
    he: '{network}: {planned} מתוך {goal} מתוכננים השבוע',
  },

  // Post statuses (core/publish/types.ts POST_STATUSES).
  'status.draft': { en: 'Draft', he: 'טיוטה' },
  'status.in_review': { en: 'In review', he: 'ממתין לאישור' },
  'status.changes_requested': { en: 'Changes requested', he: 'התבקשו שינויים' },
  'status.approved': { en: 'Approved', he: 'אושר' },
  'status.scheduled': { en: 'Scheduled', he: 'מתוזמן' },
  'status.publishing': { en: 'Publishing', he: 'בפרסום' },
  'status.published': { en: 'Published', he: 'פורסם' },
  'status.failed': { en: 'Failed', he: 'נכשל' },

  // The state of a post on one channel (core/publish/types.ts VARIANT_STATES).
  'variant.pending': { en: 'Waiting', he: 'ממתין' },
  'variant.queued': { en: 'Queued', he: 'בתור לפרסום' },
  'variant.publishing': { en: 'Publishing', he: 'בפרסום' },
  'variant.retry': { en: 'Will try again', he: 'ננסה שוב' },
  'variant.published': { en: 'Published', he: 'פורסם' },
  'variant.failed': { en: 'Failed', he: 'נכשל' },
  'variant.cancelled': { en: 'Cancelled', he: 'בוטל' },
} as const satisfies Record<PublishMessageKey, Words>;

/** The names in a message's {placeholders}. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/**
 * What follows the language in publishMessage: the values for the message's placeholders, or nothing
 * for a message without any. Spread over a union of keys, so a refusal's or a note's own facts fit the
 * message of its code.
 */
export type PublishMessageParams<K extends PublishMessageKey> = K extends PublishMessageKey
  ? [Placeholders<(typeof PUBLISH_MESSAGES)[K]['en']>] extends [never]
    ? [params?: Record<string, string | number>]
    : [params: Record<Placeholders<(typeof PUBLISH_MESSAGES)[K]['en']>, string | number>]
  : never;

const LOCALES: Record<Language, string> = { en: 'en-GB', he: 'he-IL' };
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateFormats = new Map<Language, Intl.DateTimeFormat>();

/** 'YYYY-MM-DD' the way a reader says it: "Friday, 27 March 2026" / "יום שישי, 27 במרץ 2026". */
function writtenDate(value: string, lang: Language): string {
  const m = LOCAL_DATE.exec(value);
  if (!m) return value;
  let f = dateFormats.get(lang);
  if (!f) {
    // The date is a calendar date already, so it is written in UTC, where it cannot move.
    f = new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    dateFormats.set(lang, f);
  }
  return f.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/**
 * A message in `lang` with its placeholders filled. A value written 'YYYY-MM-DD' (a local date) is
 * written out in the reader's language; others go in as given. A placeholder left without a value
 * stays visible, as a notice with a gap is better than no notice.
 */
export function publishMessage<K extends PublishMessageKey>(key: K, lang: Language, ...[params]: PublishMessageParams<K>): string {
  const values: Record<string, string | number | undefined> = params ?? {};
  return PUBLISH_MESSAGES[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'string' ? writtenDate(value, lang) : String(value);
  });
}
