// The shape of each rule kind's config, and the rule a brand saves (kind, name, severity, enabled,
// config). The server validates with ruleInputSchema before writing; the checker parses a stored
// config with parseRuleConfig, so a rule that slipped past (an old row, a hand edit) is named, not run.
// Messages name what is wrong; the issue's path names the field (config.entries.2.term).
import { z } from 'zod';
import { hebrewIssueMessage } from '../input-messages.ts';
import { NETWORKS } from '../networks.ts';
import { CALENDAR_REGIONS, MEMORIAL_DAYS, isKnownCity } from './calendar.ts';
import { PERSONAL_DATA_KINDS } from './detectors/personal-data.ts';
import { compileBrandPattern } from './detectors/brand-pattern.ts';
import { TERM_ERRORS, termError } from './match/index.ts';
import { RULE_KINDS, SEVERITIES, type RuleKind } from './types.ts';

export const TERM_CATEGORIES = ['banned', 'risky', 'sensitive', 'profanity', 'legal_claim', 'competitor', 'custom'] as const;
export type TermCategory = (typeof TERM_CATEGORIES)[number];

export const SENSITIVE_TOPICS = ['politics', 'security', 'religion', 'tragedy', 'disaster'] as const;
export type SensitiveTopic = (typeof SENSITIVE_TOPICS)[number];

/** Link shorteners: the reader cannot see where the link leads. */
export const DEFAULT_SHORTENERS = [
  'bit.ly',
  'bitly.com',
  'tinyurl.com',
  't.co',
  'goo.gl',
  'ow.ly',
  'is.gd',
  'v.gd',
  'buff.ly',
  'cutt.ly',
  'rebrand.ly',
  'shorturl.at',
  'tiny.cc',
  't.ly',
  'rb.gy',
  'lnkd.in',
  'bl.ink',
  's.id',
  'shorte.st',
] as const;

/** Links to the networks themselves and to maps and messaging: UTM parameters measure nothing there. */
export const DEFAULT_UTM_EXEMPT_HOSTS = [
  'instagram.com',
  'facebook.com',
  'fb.me',
  'x.com',
  'twitter.com',
  'linkedin.com',
  'threads.net',
  'bsky.app',
  'tiktok.com',
  'youtube.com',
  'youtu.be',
  'wa.me',
  'whatsapp.com',
  't.me',
  'waze.com',
  'maps.google.com',
] as const;

export const UTM_PARAMS = ['utm_source', 'utm_medium', 'utm_campaign'] as const;

const TEXT_MAX = 500;
const LIST_MAX = 1000;

/** A text shown to people, in Hebrew, English or both; the checker falls back to the one written. */
export const localizedTextSchema = z
  .strictObject({
    he: z.string().trim().max(TEXT_MAX, 'At most 500 characters').default(''),
    en: z.string().trim().max(TEXT_MAX, 'At most 500 characters').default(''),
  })
  .refine((v) => v.he !== '' || v.en !== '', { message: 'Write it in Hebrew, English or both' });
export type LocalizedText = z.output<typeof localizedTextSchema>;

/** A word or phrase in the term syntax (core/policy/match): the same check the checker's compiler makes. */
const termSchema = z
  .string()
  .trim()
  .min(1, 'Enter a word or phrase')
  .max(200, 'A term is 200 characters at most')
  .superRefine((term, ctx) => {
    if (term === '' || term.length > 200) return; // already reported
    const error = termError(term);
    if (error) ctx.addIssue({ code: 'custom', message: error.en });
  });
const termListSchema = z.array(termSchema).max(LIST_MAX, 'A list has 1,000 entries at most');

export const termEntrySchema = z.strictObject({
  term: termSchema,
  /** Why this term in particular; the rule's reason otherwise. */
  reason: localizedTextSchema.optional(),
  suggestion: localizedTextSchema.optional(),
});
export type TermEntryConfig = z.output<typeof termEntrySchema>;
const termEntriesSchema = z.array(termEntrySchema).max(LIST_MAX, 'A list has 1,000 entries at most');

const termsConfigSchema = z
  .strictObject({
    category: z.enum(TERM_CATEGORIES, { message: `Category must be one of: ${TERM_CATEGORIES.join(', ')}` }),
    /** For category sensitive: which topic, named in the message. */
    topic: z.enum(SENSITIVE_TOPICS, { message: `Topic must be one of: ${SENSITIVE_TOPICS.join(', ')}` }).optional(),
    entries: termEntriesSchema,
    /** Phrases that contain a term and make it harmless ("all the best" for "the best"). */
    except: termListSchema.default([]),
    /** Why these terms matter; without it, the category's (or the topic's) own words. */
    reason: localizedTextSchema.optional(),
    suggestion: localizedTextSchema.optional(),
  })
  .superRefine((config, ctx) => {
    if (config.category === 'sensitive' && !config.topic) {
      ctx.addIssue({ code: 'custom', path: ['topic'], message: 'Choose the topic of a sensitive-topics rule' });
    }
  });

const contextConfigSchema = z.strictObject({
  /** The language that reads badly out of its context ("eliminate a target", "לחסל"). */
  entries: termEntriesSchema.min(1, 'Add at least one term'),
  /** Phrases that contain a term and mean something else ("חיסול מלאי", a clearance sale). */
  except: termListSchema.default([]),
  /** Words that give the draft the right context, so the terms are fine ("army", "צה״ל", "memorial"). */
  contexts: termListSchema.min(1, 'Add at least one word that gives the right context'),
  /** Topics where the terms read worst, named in the message ("a sports result"). */
  topics: z
    .array(z.strictObject({ name: localizedTextSchema, terms: termListSchema.min(1, 'Add at least one word for the topic') }))
    .max(50, 'A rule has 50 topics at most')
    .default([]),
  /** What the language is: "military language". */
  language: localizedTextSchema,
  /** Where it belongs: "a military context". */
  context: localizedTextSchema,
  /** What it reads as elsewhere: "violence". */
  readsAs: localizedTextSchema,
  suggestion: localizedTextSchema.optional(),
});

const REGEX_FLAGS = /^(?!.*(.).*\1)[imsu]*$/;

const patternConfigSchema = z
  .strictObject({
    pattern: z.string().min(1, 'Enter a regular expression').max(500, 'A regular expression is 500 characters at most'),
    // Case-insensitive by default. Hebrew needs no u; V8 runs \b and \w many times slower under i+u,
    // so u is for patterns that need \p{…} or whole emoji.
    flags: z.string().regex(REGEX_FLAGS, 'Flags may be i, m, s and u, each at most once').default('i'),
    reason: localizedTextSchema,
    suggestion: localizedTextSchema.optional(),
  })
  .superRefine((config, ctx) => {
    const problem = patternProblem(config.pattern, config.flags);
    if (problem) ctx.addIssue({ code: 'custom', path: ['pattern'], message: problem });
  });

/** Why a brand's regular expression cannot be used, or null. */
export function patternProblem(pattern: string, flags: string): string | null {
  if (!REGEX_FLAGS.test(flags)) return null; // reported on the flags field
  const compiled = compileBrandPattern(pattern, flags);
  if (compiled === 'invalid') return 'This regular expression does not compile';
  if (compiled === 'unsupported') {
    return 'This regular expression uses look-around or back-references, which are not supported: they can make a check run for minutes';
  }
  if (compiled.matches('')) return 'This regular expression matches empty text, so it would flag every draft';
  return null;
}

const disclosureConfigSchema = z.strictObject({
  /** Any of these marks the post as paid: "#ad", "#פרסומת", "שיתוף פעולה בתשלום". */
  markers: termListSchema.min(1, 'Add at least one disclosure marker, like #ad'),
  /** Words that say the post is a paid collaboration even when the author did not mark it paid. */
  signals: termListSchema.default([]),
  /** Words that say so only next to an @mention of someone else ("promo code" in an influencer's post). */
  weakSignals: termListSchema.default([]),
  suggestion: localizedTextSchema.optional(),
});

const allowEntrySchema = z.string().trim().min(1, 'Enter a phone number or an e-mail address').max(254, 'At most 254 characters');

const personalDataConfigSchema = z.strictObject({
  kinds: z
    .array(z.enum(PERSONAL_DATA_KINDS, { message: `Kind must be one of: ${PERSONAL_DATA_KINDS.join(', ')}` }))
    .min(1, 'Choose at least one kind of personal data')
    .default([...PERSONAL_DATA_KINDS]),
  /** The brand's own public phone numbers and e-mail addresses, which may be published. */
  allow: z.array(allowEntrySchema).max(100, 'A list has 100 entries at most').default([]),
});

const shoutingConfigSchema = z.strictObject({
  maxCapsShare: z.number().min(0.3, 'Must be at least 0.3').max(1, 'Must be at most 1').default(0.6),
  minLetters: z.int().min(4, 'Must be at least 4').max(1000, 'Must be at most 1000').default(12),
  minRunLetters: z.int().min(4, 'Must be at least 4').max(200, 'Must be at most 200').default(8),
  maxRepeatedMarks: z.int().min(1, 'Must be at least 1').max(10, 'Must be at most 10').default(2),
});

const toneConfigSchema = z.strictObject({
  entries: termEntriesSchema,
  except: termListSchema.default([]),
  reason: localizedTextSchema.optional(),
  suggestion: localizedTextSchema.optional(),
});

const hostSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/, 'Enter a domain such as bit.ly');
const hostListSchema = z.array(hostSchema).max(500, 'A list has 500 entries at most');

const linksConfigSchema = z.strictObject({
  flagMalformed: z.boolean().default(true),
  flagShortened: z.boolean().default(true),
  shorteners: hostListSchema.default([...DEFAULT_SHORTENERS]),
  /** Ask for UTM parameters when the plan measures visits from social. */
  requireUtm: z.boolean().default(true),
  utmParams: z
    .array(z.string().regex(/^[a-z0-9_]+$/, 'A parameter name has lower-case letters, digits and _ only'))
    .min(1, 'Add at least one parameter, like utm_source')
    .max(20, 'A list has 20 entries at most')
    .default([...UTM_PARAMS]),
  utmExemptHosts: hostListSchema.default([...DEFAULT_UTM_EXEMPT_HOSTS]),
});

const citySchema = z
  .string()
  .trim()
  .refine(isKnownCity, { message: 'Unknown city; use a city such as Jerusalem, Tel Aviv, Haifa, New York or London' });

const shabbatConfigSchema = z.strictObject({
  region: z.enum(CALENDAR_REGIONS, { message: 'Region must be "israel" or "diaspora"' }).default('israel'),
  /** Candle lighting and havdalah of this city; Jerusalem in Israel and New York in the diaspora by default. */
  city: citySchema.optional(),
  includeYomTov: z.boolean().default(true),
});

const memorialConfigSchema = z.strictObject({
  days: z
    .array(z.enum(MEMORIAL_DAYS, { message: `Day must be one of: ${MEMORIAL_DAYS.join(', ')}` }))
    .min(1, 'Choose at least one memorial day')
    .default(['yom_hashoah', 'yom_hazikaron']),
  city: citySchema.optional(),
  /** Words that make a post promotional: flagged at the rule's severity on a memorial day. */
  promotional: termListSchema.min(1, 'Add at least one promotional word, like "sale"'),
  /** Phrases that contain a promotional word and are not promotion ("fell in Operation…" for מבצע). */
  except: termListSchema.default([]),
});

const clockSchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time such as 22:00');

const quietHoursConfigSchema = z
  .strictObject({
    from: clockSchema,
    to: clockSchema,
    /** Days the window starts on, 0 = Sunday … 6 = Saturday. */
    days: z
      .array(z.int().min(0, 'A day is 0 (Sunday) to 6 (Saturday)').max(6, 'A day is 0 (Sunday) to 6 (Saturday)'))
      .min(1, 'Choose at least one day')
      .max(7, 'A week has 7 days')
      .default([0, 1, 2, 3, 4, 5, 6]),
  })
  .refine((c) => c.from !== c.to, { path: ['to'], message: 'Quiet hours must end at a different time than they start' });

const instantSchema = z.iso.datetime({ offset: true, message: 'Must be an ISO date-time, e.g. 2026-11-21T09:00:00Z' });

const blackoutConfigSchema = z.strictObject({
  periods: z
    .array(
      z
        .strictObject({ start: instantSchema, end: instantSchema, reason: localizedTextSchema })
        .refine((p) => Date.parse(p.end) > Date.parse(p.start), { path: ['end'], message: 'A period must end after it starts' }),
    )
    .max(200, 'A rule has 200 periods at most')
    .default([]),
});

const acknowledgementConfigSchema = z.strictObject({});

const lengthConfigSchema = z.strictObject({
  /** A network's own limit where it differs from the default (a Mastodon instance that allows 1,000). */
  limits: z.partialRecord(z.enum(NETWORKS), z.int().min(1, 'Must be at least 1').max(100_000, 'Must be at most 100000')).default({}),
});

export const RULE_CONFIG_SCHEMAS = {
  terms: termsConfigSchema,
  context: contextConfigSchema,
  pattern: patternConfigSchema,
  disclosure: disclosureConfigSchema,
  personal_data: personalDataConfigSchema,
  shouting: shoutingConfigSchema,
  tone: toneConfigSchema,
  links: linksConfigSchema,
  shabbat_holidays: shabbatConfigSchema,
  memorial_days: memorialConfigSchema,
  quiet_hours: quietHoursConfigSchema,
  blackout: blackoutConfigSchema,
  acknowledgement: acknowledgementConfigSchema,
  length: lengthConfigSchema,
} as const satisfies Record<RuleKind, z.ZodType>;

export type RuleConfig<K extends RuleKind> = z.output<(typeof RULE_CONFIG_SCHEMAS)[K]>;
export type RuleConfigInput<K extends RuleKind> = z.input<(typeof RULE_CONFIG_SCHEMAS)[K]>;

export const ruleNameSchema = z.string().trim().min(1, 'Name is required').max(120, 'Name is too long');
export const severitySchema = z.enum(SEVERITIES, { message: `Severity must be one of: ${SEVERITIES.join(', ')}` });

/** Kinds whose rule is its list of terms: switched on, it needs at least one. */
const NEEDS_ENTRIES: ReadonlySet<RuleKind> = new Set(['terms', 'tone']);

function ruleVariant<K extends RuleKind>(kind: K) {
  return z
    .strictObject({
      kind: z.literal(kind),
      name: ruleNameSchema,
      severity: severitySchema,
      enabled: z.boolean().default(true),
      config: RULE_CONFIG_SCHEMAS[kind],
    })
    .superRefine((parsed, ctx) => {
      const rule = parsed as unknown as { enabled: boolean; config: { entries?: unknown[] } };
      if (rule.enabled && NEEDS_ENTRIES.has(kind) && rule.config.entries?.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['config', 'entries'], message: 'Add at least one term, or turn the rule off' });
      }
    });
}

const variants = RULE_KINDS.map((kind) => ruleVariant(kind)) as unknown as [ReturnType<typeof ruleVariant<RuleKind>>, ...ReturnType<typeof ruleVariant<RuleKind>>[]];

/** A rule as the brand writes it (create or replace). */
export const ruleInputSchema = z.discriminatedUnion('kind', variants, { error: `Kind must be one of: ${RULE_KINDS.join(', ')}` });
export type RuleInput = { [K in RuleKind]: { kind: K; name: string; severity: (typeof SEVERITIES)[number]; enabled: boolean; config: RuleConfig<K> } }[RuleKind];

/** Hebrew for the English messages above (the server's table of input messages includes these). */
export const RULE_MESSAGES_HE: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.values(TERM_ERRORS).map((e) => [e.en, e.he])),
  'At most 500 characters': 'עד 500 תווים',
  'At most 254 characters': 'עד 254 תווים',
  'Write it in Hebrew, English or both': 'יש לכתוב בעברית, באנגלית או בשתיהן',
  'Enter a word or phrase': 'יש להזין מילה או ביטוי',
  'A term is 200 characters at most': 'מונח יכול להכיל עד 200 תווים',
  'A list has 1,000 entries at most': 'רשימה יכולה להכיל עד 1,000 פריטים',
  'A list has 500 entries at most': 'רשימה יכולה להכיל עד 500 פריטים',
  'A list has 100 entries at most': 'רשימה יכולה להכיל עד 100 פריטים',
  'A list has 20 entries at most': 'רשימה יכולה להכיל עד 20 פריטים',
  [`Category must be one of: ${TERM_CATEGORIES.join(', ')}`]: `הקטגוריה צריכה להיות אחת מאלה: ${TERM_CATEGORIES.join(', ')}`,
  [`Topic must be one of: ${SENSITIVE_TOPICS.join(', ')}`]: `הנושא צריך להיות אחד מאלה: ${SENSITIVE_TOPICS.join(', ')}`,
  'Choose the topic of a sensitive-topics rule': 'יש לבחור את הנושא של כלל הנושאים הרגישים',
  'Add at least one term': 'יש להוסיף לפחות מונח אחד',
  'Add at least one term, or turn the rule off': 'יש להוסיף לפחות מונח אחד, או לכבות את הכלל',
  'Add at least one word that gives the right context': 'יש להוסיף לפחות מילה אחת שנותנת את ההקשר הנכון',
  'Add at least one word for the topic': 'יש להוסיף לפחות מילה אחת לנושא',
  'A rule has 50 topics at most': 'כלל יכול להכיל עד 50 נושאים',
  'Enter a regular expression': 'יש להזין ביטוי רגולרי',
  'A regular expression is 500 characters at most': 'ביטוי רגולרי יכול להכיל עד 500 תווים',
  'Flags may be i, m, s and u, each at most once': 'הדגלים האפשריים הם i,‏ m,‏ s ו-u, כל אחד פעם אחת לכל היותר',
  'This regular expression does not compile': 'הביטוי הרגולרי הזה אינו תקין',
  'This regular expression uses look-around or back-references, which are not supported: they can make a check run for minutes':
    'הביטוי הרגולרי הזה משתמש בהסתכלות קדימה/אחורה או בהפניה לאחור, שאינן נתמכות: הן עלולות לגרום לבדיקה לרוץ דקות ארוכות',
  'This regular expression matches empty text, so it would flag every draft': 'הביטוי הרגולרי הזה מתאים גם לטקסט ריק, ולכן יסמן כל טיוטה',
  'Add at least one disclosure marker, like #ad': 'יש להוסיף לפחות סימון אחד של תוכן ממומן, כמו #פרסומת',
  'Enter a phone number or an e-mail address': 'יש להזין מספר טלפון או כתובת אימייל',
  [`Kind must be one of: ${PERSONAL_DATA_KINDS.join(', ')}`]: `הסוג צריך להיות אחד מאלה: ${PERSONAL_DATA_KINDS.join(', ')}`,
  'Choose at least one kind of personal data': 'יש לבחור לפחות סוג אחד של מידע אישי',
  'Must be at least 0.3': 'הערך צריך להיות לפחות 0.3',
  'Must be at least 4': 'הערך צריך להיות לפחות 4',
  'Must be at most 1': 'הערך יכול להיות לכל היותר 1',
  'Must be at most 10': 'הערך יכול להיות לכל היותר 10',
  'Must be at most 200': 'הערך יכול להיות לכל היותר 200',
  'Must be at most 1000': 'הערך יכול להיות לכל היותר 1000',
  'Must be at most 100000': 'הערך יכול להיות לכל היותר 100000',
  'Enter a domain such as bit.ly': 'יש להזין שם אתר, למשל bit.ly',
  'A parameter name has lower-case letters, digits and _ only': 'שם פרמטר יכול להכיל רק אותיות לטיניות קטנות, ספרות ו-_',
  'Add at least one parameter, like utm_source': 'יש להוסיף לפחות פרמטר אחד, כמו utm_source',
  'Unknown city; use a city such as Jerusalem, Tel Aviv, Haifa, New York or London':
    'עיר לא מוכרת; יש לבחור עיר כמו Jerusalem,‏ Tel Aviv,‏ Haifa,‏ New York או London',
  'Region must be "israel" or "diaspora"': 'האזור צריך להיות "israel" (ישראל) או "diaspora" (תפוצות)',
  [`Day must be one of: ${MEMORIAL_DAYS.join(', ')}`]: `היום צריך להיות אחד מאלה: ${MEMORIAL_DAYS.join(', ')}`,
  'Choose at least one memorial day': 'יש לבחור לפחות יום זיכרון אחד',
  'Add at least one promotional word, like "sale"': 'יש להוסיף לפחות מילה שיווקית אחת, כמו "מבצע"',
  'Use a 24-hour time such as 22:00': 'יש להזין שעה בשעון 24 שעות, למשל 22:00',
  'A day is 0 (Sunday) to 6 (Saturday)': 'יום הוא מספר מ-0 (ראשון) עד 6 (שבת)',
  'Choose at least one day': 'יש לבחור לפחות יום אחד',
  'A week has 7 days': 'בשבוע יש 7 ימים',
  'Quiet hours must end at a different time than they start': 'שעות השקט צריכות להסתיים בשעה אחרת משעת ההתחלה',
  'A period must end after it starts': 'תקופה צריכה להסתיים אחרי שהיא מתחילה',
  'A rule has 200 periods at most': 'כלל יכול להכיל עד 200 תקופות',
  [`Severity must be one of: ${SEVERITIES.join(', ')}`]: `החומרה צריכה להיות אחת מאלה: ${SEVERITIES.join(', ')}`,
  [`Kind must be one of: ${RULE_KINDS.join(', ')}`]: `סוג הכלל צריך להיות אחד מאלה: ${RULE_KINDS.join(', ')}`,
};

export interface InputIssue {
  /** Dotted path of the field, e.g. config.entries.2.term; '' for the whole input. */
  path: string;
  message: string;
  /** The message in Hebrew. */
  he: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: InputIssue[] };

function issuesOf(error: z.ZodError, prefix: readonly PropertyKey[] = []): InputIssue[] {
  return error.issues.map((i) => ({
    path: [...prefix, ...i.path].map(String).join('.'),
    message: i.message,
    he: RULE_MESSAGES_HE[i.message] ?? hebrewIssueMessage(i as unknown as Parameters<typeof hebrewIssueMessage>[0]),
  }));
}

/** Validates a rule before it is saved; the issues name each field that is wrong. */
export function parseRule(input: unknown): Parsed<RuleInput> {
  const result = ruleInputSchema.safeParse(input);
  return result.success ? { ok: true, value: result.data as RuleInput } : { ok: false, issues: issuesOf(result.error) };
}

/** A stored rule's config, with its defaults filled in; issue paths start with "config". */
export function parseRuleConfig<K extends RuleKind>(kind: K, config: unknown): Parsed<RuleConfig<K>> {
  const schema = RULE_CONFIG_SCHEMAS[kind] as unknown as z.ZodType<RuleConfig<K>>;
  const result = schema.safeParse(config);
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: issuesOf(result.error, ['config']) };
}
