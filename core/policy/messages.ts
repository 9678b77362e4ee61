// Hebrew for the English sentences the policy API answers bad input with (document, check, rules).
export const POLICY_MESSAGES_HE: Readonly<Record<string, string>> = {
  'A section needs a title': 'לפרק צריכה להיות כותרת',
  'A section title is 200 characters at most': 'כותרת פרק יכולה להכיל עד 200 תווים',
  'A section needs some text': 'לפרק צריך להיות תוכן',
  'A section is 20,000 characters at most': 'פרק יכול להכיל עד 20,000 תווים',
  'A policy needs at least one section': 'במדיניות צריך להיות לפחות פרק אחד',
  'A policy has 40 sections at most': 'במדיניות יכולים להיות עד 40 פרקים',
  'The change note is 500 characters at most': 'הערת השינוי יכולה להכיל עד 500 תווים',
  'The draft is 70,000 characters at most': 'טיוטה יכולה להכיל עד 70,000 תווים',
  'Must be a date and time (ISO 8601)': 'יש להזין תאריך ושעה (ISO 8601)',
  'Must be a version number': 'יש להזין מספר גרסה',
  'There is no default rule with this key': 'אין כלל מומלץ בשם הזה',
  'This brand is archived, so it can no longer be changed.': 'המותג הזה בארכיון, ולכן אי אפשר לשנות אותו יותר.',
  'Only an owner or an admin can turn off or soften a rule the whole workspace follows. You can make it stricter or change its lists.':
    'רק בעלים או מנהל/ת מערכת יכולים לכבות או להקל כלל שכל סביבת העבודה פועלת לפיו. אפשר להחמיר אותו או לשנות את הרשימות שלו.',
  'Someone saved a newer version of this policy meanwhile. Reload it and apply your changes again.':
    'מישהו שמר בינתיים גרסה חדשה יותר של המדיניות. יש לטעון אותה מחדש ולהחיל את השינויים שוב.',
  'The policy changed since you opened it. Read the current version and acknowledge that one.':
    'המדיניות השתנתה מאז שפתחת אותה. יש לקרוא את הגרסה העדכנית ולאשר אותה.',
};
