// Hebrew for the input messages our schemas write in English. The server answers in the reader's
// language (Accept-Language); zod's own messages are translated by zod's Hebrew locale.
import { z } from 'zod';
import { ROLES } from './permissions.ts';
import { PASSWORD_MAX, PASSWORD_MIN } from './validation.ts';

export const HEBREW_INPUT_MESSAGES: Readonly<Record<string, string>> = {
  'Email address is too long': 'כתובת האימייל ארוכה מדי',
  'Enter a valid email address, like name@example.com': 'יש להזין כתובת אימייל תקינה, למשל name@example.com',
  [`Password must be at least ${PASSWORD_MIN} characters`]: `הסיסמה צריכה להכיל לפחות ${PASSWORD_MIN} תווים`,
  [`Password must be at most ${PASSWORD_MAX} characters`]: `הסיסמה יכולה להכיל עד ${PASSWORD_MAX} תווים`,
  'Name is required': 'יש להזין שם',
  'Name is too long': 'השם ארוך מדי',
  [`Role must be one of: ${ROLES.join(', ')}`]: `התפקיד צריך להיות אחד מאלה: ${ROLES.join(', ')}`,
  'Language must be "he" or "en"': 'השפה צריכה להיות "he" או "en"',
  'Unknown time zone; use an IANA name such as Asia/Jerusalem': 'אזור זמן לא מוכר; יש להשתמש בשם IANA כמו Asia/Jerusalem',
  'Brand name is required': 'יש להזין שם מותג',
  'Brand name is too long': 'שם המותג ארוך מדי',
  'Workspace name is required': 'יש להזין שם לסביבת העבודה',
  'Workspace name is too long': 'שם סביבת העבודה ארוך מדי',
  'The current password is wrong.': 'הסיסמה הנוכחית שגויה.',
  'Password is required': 'יש להזין סיסמה',
  'Password is too long': 'הסיסמה ארוכה מדי',
  'Current password is required': 'יש להזין את הסיסמה הנוכחית',
  'Give the token a name, e.g. "reporting script"': 'יש לתת לאסימון שם, למשל "סקריפט דוחות"',
  'At least 1 day': 'לפחות יום אחד',
  'At most 3650 days': 'לכל היותר 3650 ימים',
  'The page cursor is not valid': 'סמן הדף אינו תקין',
  'Description is too long (2000 characters at most)': 'התיאור ארוך מדי (עד 2000 תווים)',
  'This invitation link is incomplete': 'קישור ההזמנה חסר',
  'Must be true or false': 'הערך צריך להיות true או false',
  'Must be "company" or "agency"': 'הערך צריך להיות "company" (חברה) או "agency" (סוכנות)',
  'Must be an ISO date-time, e.g. 2026-11-21T09:00:00Z': 'יש להזין תאריך ושעה בתבנית ISO, למשל 2026-11-21T09:00:00Z',
  'Must be at least 1': 'הערך צריך להיות לפחות 1',
  'Must be at most 100': 'הערך יכול להיות לכל היותר 100',
  'Must be an id (UUID)': 'הערך צריך להיות מזהה (UUID)',
  'Some of the chosen brands do not belong to this workspace.': 'חלק מהמותגים שנבחרו אינם שייכים לסביבת העבודה הזאת.',
};

export type IssueLike = { code: string; message: string } & Record<string, unknown>;

// A finished zod issue no longer carries its input; the English text names the type received.
const SAMPLE_OF_TYPE: Record<string, unknown> = { number: 0, string: '', boolean: false, null: null, array: [], object: {}, undefined };

/** The message of one input issue in Hebrew: ours from the table, zod's own through its Hebrew locale. */
export function hebrewIssueMessage(issue: IssueLike): string {
  const ours = HEBREW_INPUT_MESSAGES[issue.message];
  if (ours) return ours;
  const { message, ...raw } = issue;
  const received = /received (\w+)$/.exec(message)?.[1];
  const withInput = received && received in SAMPLE_OF_TYPE ? { ...raw, input: SAMPLE_OF_TYPE[received] } : raw;
  const asIssue = withInput as unknown as Parameters<ReturnType<typeof z.locales.en>['localeError']>[0];
  // Only zod's default wording is replaced; any other custom text stays as written.
  if (text(z.locales.en().localeError(asIssue)) !== message) return message;
  return text(z.locales.he().localeError(asIssue)) ?? message;
}

function text(result: string | { message: string } | undefined | null): string | undefined {
  return typeof result === 'string' ? result : (result?.message ?? undefined);
}

/** he when the reader's Accept-Language puts Hebrew before English, else en. */
export function localeFromAcceptLanguage(header: string | undefined): 'he' | 'en' {
  if (!header) return 'en';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.split('=')[1] ?? 1);
      return { lang: tag.toLowerCase().split('-')[0], q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((r) => r.lang === 'he' || r.lang === 'iw' || r.lang === 'en')
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0] && ranked[0].lang !== 'en' ? 'he' : 'en';
}
