// The invitation mail. Its reader's language is unknown, so it is written in Hebrew and in English.
import type { Role } from '../../../core/permissions.ts';

const ROLE_NAMES: Record<Role, { he: string; en: string }> = {
  owner: { he: 'בעלים', en: 'Owner' },
  admin: { he: 'מנהל/ת מערכת', en: 'Admin' },
  brand_manager: { he: 'מנהל/ת מותג', en: 'Brand manager' },
  editor: { he: 'עורך/ת תוכן', en: 'Editor' },
  responder: { he: 'נציג/ת מענה', en: 'Responder' },
  analyst: { he: 'אנליסט/ית', en: 'Analyst' },
  client_reviewer: { he: 'מאשר/ת מטעם הלקוח', en: 'Client reviewer' },
};

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function invitationEmail(i: { to: string; link: string; workspaceName: string; inviterName: string; role: Role }) {
  const role = ROLE_NAMES[i.role];
  const he = `${i.inviterName} הזמין/ה אותך להצטרף ל־${i.workspaceName} ב־Brandroom בתפקיד ${role.he}.\nלהצטרפות: ${i.link}\nההזמנה בתוקף 7 ימים.`;
  const en = `${i.inviterName} invited you to join ${i.workspaceName} on Brandroom as ${role.en}.\nJoin: ${i.link}\nThe invitation is valid for 7 days.`;
  const html = `<div dir="rtl" lang="he"><p>${escape(he.split('\n')[0]!)}</p><p><a href="${escape(i.link)}">להצטרפות</a></p><p>ההזמנה בתוקף 7 ימים.</p></div><hr><div dir="ltr" lang="en"><p>${escape(en.split('\n')[0]!)}</p><p><a href="${escape(i.link)}">Join the workspace</a></p><p>The invitation is valid for 7 days.</p></div>`;
  return {
    to: i.to,
    subject: `הזמנה ל־${i.workspaceName} · Invitation to ${i.workspaceName}`,
    text: `${he}\n\n---\n\n${en}\n`,
    html,
  };
}
