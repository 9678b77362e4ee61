// A realistic list of violent, military, profane, sensitive and legally risky terms in Hebrew and
// English, as a brand's policy would hold them. The tests use it to prove both sides: the embassy's
// tweet is caught, and everyday drafts raise no alarm.
export const REALISTIC_TERMS: readonly string[] = [
  // Violent and military language (Hebrew verbs as infinitives, so all their forms count)
  'לחסל', 'לרצוח', 'להרוג', 'לירות', 'להשמיד', 'לפוצץ', 'להפציץ', 'לטבוח', 'לשחוט', 'לדקור', 'לחטוף',
  'לתקוף', 'להכות', 'להילחם', 'להתנקש', 'לנטרל', 'לכבוש', 'לשרוף', 'לערוף', 'לחנוק', 'לאנוס',
  'להתפוצץ', 'להפיל', 'מטרה', 'פיגוע', 'מחבל', 'טרור', 'טרוריסט', 'מלחמה', 'חיסול', 'רקטה', 'טיל',
  'פצצה', 'נשק', 'אקדח', 'רובה', 'מקלע', 'צלף', 'חייל', 'צה"ל', 'חטוף', 'שבי', 'הרוג', 'פצוע', 'אזעקה',
  'צבע אדום', 'מנהרה', 'גופה', 'דם', 'מוות',
  // Sensitive topics
  'עזה', 'חמאס', 'חיזבאללה', 'דאע"ש', 'שואה', 'נאצי', 'היטלר', 'אסון', 'רעידת אדמה', 'הלוויה',
  'יום הזיכרון', 'שכול', 'בחירות', 'נתניהו', 'ממשלה', 'קואליציה', 'הפגנה', 'כיבוש', 'root:שחט',
  // Profanity and slurs
  'זין', 'כוס אמק', 'שרמוטה', 'זונה', 'בן זונה', 'חרא', 'לזיין', 'מזדיין', 'מניאק', 'אידיוט',
  'מטומטם', 'דביל', 'סתום את הפה', 'ערבוש', 'פרענק',
  // Claims that need legal review; competitors
  'הכי טוב', 'הטוב ביותר', 'מובטח', 'ללא סיכון', 'מרפא', 'מספר 1', 'ארומה', 'קופיקס',
  // English
  'kill', 'murder', 'shoot', 'eliminate', 'target', 'terrorist', 'terror*', 'bomb', 'assassinate',
  'massacre', 'slaughter', 'execute', 'destroy', 'annihilate', 'stab', 'explode', 'war', 'weapon', 'gun',
  'rifle', 'missile', 'rocket', 'hostage', 'nazi', 'hitler', 'holocaust', 'genocide', 'fight',
  'fuck', 'shit', 'bitch', 'asshole', 'bastard', 'crap', 'dick', 'whore', 'slut', 'retard', 'ass',
  'son of a bitch', 'best in the world', 'guaranteed', '#1', 'number one', 'cure', 'risk-free', '100%',
  'Starbucks',
  // Emoji
  '🔫', '💣', '🔪', '🖕',
];
