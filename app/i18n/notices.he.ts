// Hebrew strings of the notices bell and of a paused brand; the type makes the compiler list any key English has and this lacks.
import type { Strings } from './en.ts';
import type { noticesEn } from './notices.en.ts';

export const noticesHe: Strings<typeof noticesEn> = {
  bell: {
    label: {
      none: 'התראות, אין חדשות',
      one: 'התראות, אחת חדשה',
      other: 'התראות, {{n}} חדשות',
    },
    title: 'התראות',
    readAll: 'סימון הכול כנקרא',
    empty: 'אין חדשות. כאן יופיע עדכון כשפוסט מחכה לאישורך, כשהוא מתפרסם או כשהפרסום שלו נכשל.',
    loadFailed: 'לא הצלחנו לטעון את ההתראות. כדאי לבדוק את החיבור ולנסות שוב.',
    unreadMark: 'עוד לא נקראה',
  },
  someone: 'מישהו',
  untitledPost: 'פוסט ללא כותרת',
  // {{inNetwork}} is the network's name with ב before it, joined the Hebrew way.
  kinds: {
    approval_requested: {
      title: '"{{post}}" מחכה לאישורך',
      detail: 'נשלח על ידי {{by}} · שלב: {{step}}',
      detailNoStep: 'נשלח על ידי {{by}}',
    },
    post_approved: {
      title: '"{{post}}" אושר',
      detail: 'הפוסט עבר את כל שלבי האישור.',
    },
    changes_requested: {
      title: 'התבקשו שינויים בפוסט "{{post}}"',
      detail: '{{by}}: "{{note}}"',
    },
    post_commented: {
      title: 'הערה חדשה על "{{post}}"',
      detail: '{{by}}: "{{note}}"',
    },
    post_published: {
      title: '"{{post}}" פורסם',
    },
    post_failed: {
      title: 'הפוסט "{{post}}" לא פורסם {{inNetwork}}',
      titleNoChannel: 'הפוסט "{{post}}" לא פורסם',
    },
    not_approved_in_time: {
      title: '"{{post}}" לא פורסם, כי לא אושר בזמן',
      detail: 'אחרי שיאושר, צריך לקבוע לו מועד חדש.',
    },
    channel_needs_reconnect: {
      title: 'צריך לחבר מחדש את {{account}} {{inNetwork}}',
      titleNoNetwork: 'צריך לחבר מחדש את הערוץ {{account}}',
      detail: 'ההתחברות שלו נכשלה כמה פעמים ברצף. פוסטים לא יעלו בו עד שיחובר מחדש בהגדרות ← ערוצים.',
    },
    brand_paused: {
      title: 'כל הפרסומים של {{brand}} הוקפאו',
      detail: '{{by}}: "{{reason}}"',
    },
    brand_resumed: {
      title: 'הפרסומים של {{brand}} חודשו',
      detail: 'חודשו על ידי {{by}}, וכל פוסט שחיכה בתור נבדק מחדש.',
    },
    silence: {
      title: 'המותג {{brand}} שותק {{inNetwork}}',
      detail: {
        one: 'כבר יום שלם לא עלה שם פוסט, יותר ממה שהתוכנית מרשה. שתיקה פוגעת במותג.',
        other: 'כבר {{n}} ימים לא עלה שם פוסט, יותר ממה שהתוכנית מרשה. שתיקה פוגעת במותג.',
      },
    },
  },
  paused: {
    badge: 'מוקפא',
    tooltip: 'הפרסומים מוקפאים: {{reason}}',
    tooltipNoReason: 'הפרסומים מוקפאים',
    strip: 'הפרסומים של {{brand}} מוקפאים: {{reason}}',
    stripNoReason: 'הפרסומים של {{brand}} מוקפאים.',
    toCalendar: 'מעבר ליומן לחידוש הפרסומים',
  },
};
