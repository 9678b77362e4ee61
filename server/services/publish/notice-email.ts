// The e-mail copy of an in-app notice, in the reader's language when we know it (both otherwise).
import type { NOTICE_KINDS } from '../../../core/publish/contracts.ts';

export type NoticeKind = (typeof NOTICE_KINDS)[number];

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

// {post} the post's title, {brand}, {by} a person, {channel}, {reason}, {note}, {network}, {days}.
const WORDS: Record<NoticeKind, { he: [string, string]; en: [string, string] }> = {
  approval_requested: {
    he: ['פוסט מחכה לאישורך: {post}', '{by} מבקש/ת את אישורך לפוסט "{post}" של {brand} (שלב: {step}).'],
    en: ['A post awaits your approval: {post}', '{by} asks for your approval of "{post}" for {brand} (step: {step}).'],
  },
  post_approved: {
    he: ['הפוסט אושר: {post}', 'הפוסט "{post}" של {brand} עבר את כל שלבי האישור.'],
    en: ['Post approved: {post}', '"{post}" for {brand} passed every approval step.'],
  },
  changes_requested: {
    he: ['התבקשו שינויים: {post}', '{by} ביקש/ה שינויים בפוסט "{post}" של {brand}: {note}'],
    en: ['Changes requested: {post}', '{by} asked for changes to "{post}" for {brand}: {note}'],
  },
  post_commented: {
    he: ['הערה חדשה על {post}', '{by} העיר/ה על "{post}": {note}'],
    en: ['New comment on {post}', '{by} commented on "{post}": {note}'],
  },
  post_published: {
    he: ['פורסם: {post}', 'הפוסט "{post}" של {brand} פורסם.'],
    en: ['Published: {post}', '"{post}" for {brand} was published.'],
  },
  post_failed: {
    he: ['הפרסום נכשל: {post}', 'הפוסט "{post}" של {brand} לא פורסם ב־{channel}: {reason}'],
    en: ['Publishing failed: {post}', '"{post}" for {brand} was not published on {channel}: {reason}'],
  },
  not_approved_in_time: {
    he: ['לא אושר בזמן: {post}', 'הפוסט "{post}" של {brand} לא אושר עד המועד שנקבע לו, ולכן לא פורסם. אחרי האישור יש לקבוע לו מועד חדש.'],
    en: ['Not approved in time: {post}', '"{post}" for {brand} was not approved by its time, so it was not published. Once approved, give it a new time.'],
  },
  channel_needs_reconnect: {
    he: ['יש לחבר מחדש את הערוץ {channel}', 'הרשת דחתה שוב ושוב את ההתחברות של הערוץ {channel} של {brand}. הפוסטים אליו לא יפורסמו עד שיחובר מחדש (הגדרות ← ערוצים).'],
    en: ['Reconnect the channel {channel}', 'The network kept refusing the login of {brand}\'s channel {channel}. Posts to it will not publish until it is reconnected (Settings → Channels).'],
  },
  brand_paused: {
    he: ['כל הפרסומים של {brand} הוקפאו', '{by} הקפיא/ה את כל הפרסומים המתוזמנים של {brand}: {reason}'],
    en: ['Everything for {brand} is paused', '{by} paused every scheduled post of {brand}: {reason}'],
  },
  brand_resumed: {
    he: ['הפרסומים של {brand} חודשו', '{by} חידש/ה את הפרסומים של {brand}. כל פוסט בתור נבדק מחדש.'],
    en: ['Publishing resumed for {brand}', '{by} resumed publishing for {brand}. Every queued post was checked again.'],
  },
  silence: {
    he: ['{brand} שותק ב־{network}', 'לא פורסם דבר ב־{network} כבר {days} ימים, יותר ממה שהתוכנית מרשה. שתיקה פוגעת במותג.'],
    en: ['{brand} has gone quiet on {network}', 'Nothing was published on {network} for {days} days, longer than the plan allows. Silence hurts a brand.'],
  },
};

function fill(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

export function noticeWords(kind: NoticeKind, lang: 'he' | 'en', params: Record<string, unknown>) {
  const [subject, line] = WORDS[kind][lang];
  // A reason given in both languages (a publishing failure) is said in the reader's.
  const values = lang === 'he' && params.reasonHe ? { ...params, reason: params.reasonHe } : params;
  return { subject: fill(subject, values), line: fill(line, values) };
}

export function noticeEmail(kind: NoticeKind, to: string, locale: 'he' | 'en' | null, params: Record<string, unknown>, link: string) {
  const part = (lang: 'he' | 'en') => {
    const w = noticeWords(kind, lang, params);
    const action = lang === 'he' ? 'לפתיחה בברנדרום' : 'Open in Brandroom';
    return {
      subject: w.subject,
      text: `${w.line}\n${link}\n`,
      html: `<div dir="${lang === 'he' ? 'rtl' : 'ltr'}" lang="${lang}"><p>${escape(w.line)}</p><p><a href="${escape(link)}">${action}</a></p></div>`,
    };
  };
  if (locale) return { to, ...part(locale) };
  const he = part('he');
  const en = part('en');
  return { to, subject: `${he.subject} · ${en.subject}`, text: `${he.text}\n---\n\n${en.text}`, html: `${he.html}<hr>${en.html}` };
}
