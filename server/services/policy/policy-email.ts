// The mail that asks a member to read a new policy version, in their own language when we know it.
const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export interface PolicyEmailInput {
  to: string;
  locale: 'he' | 'en' | null;
  /** The brand's name, or the workspace's for its default policy. */
  subjectName: string;
  version: number;
  authorName: string;
  changeNote: string;
  link: string;
}

export function policyChangedEmail(i: PolicyEmailInput) {
  const he = {
    subject: `מדיניות חדשה ל־${i.subjectName} (גרסה ${i.version}) – נא לקרוא ולאשר`,
    lines: [
      `${i.authorName} עדכן/ה את מדיניות הרשתות החברתיות של ${i.subjectName} (גרסה ${i.version}).`,
      ...(i.changeNote ? [`מה השתנה: ${i.changeNote}`] : []),
      'לפני הפוסט או התגובה הבאים בשם המותג, יש לקרוא את הגרסה החדשה ולאשר אותה:',
    ],
    action: 'לקריאה ואישור',
  };
  const en = {
    subject: `New policy for ${i.subjectName} (version ${i.version}) – please read and acknowledge`,
    lines: [
      `${i.authorName} updated the social-media policy of ${i.subjectName} (version ${i.version}).`,
      ...(i.changeNote ? [`What changed: ${i.changeNote}`] : []),
      'Before your next post or reply in the brand’s name, read the new version and acknowledge it:',
    ],
    action: 'Read and acknowledge',
  };
  const text = (m: typeof he) => `${m.lines.join('\n')}\n${i.link}\n`;
  const html = (m: typeof he, dir: 'rtl' | 'ltr', lang: string) =>
    `<div dir="${dir}" lang="${lang}">${m.lines.map((l) => `<p>${escape(l)}</p>`).join('')}<p><a href="${escape(i.link)}">${escape(m.action)}</a></p></div>`;
  if (i.locale === 'he') return { to: i.to, subject: he.subject, text: text(he), html: html(he, 'rtl', 'he') };
  if (i.locale === 'en') return { to: i.to, subject: en.subject, text: text(en), html: html(en, 'ltr', 'en') };
  return {
    to: i.to,
    subject: `${he.subject} · ${en.subject}`,
    text: `${text(he)}\n---\n\n${text(en)}`,
    html: `${html(he, 'rtl', 'he')}<hr>${html(en, 'ltr', 'en')}`,
  };
}
