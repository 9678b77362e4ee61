// Rules about the words of a draft: term lists (banned, risky, sensitive, profanity, legal claims,
// competitors), language out of its context, tone, undisclosed paid content, and the brand's own
// regular expressions.
import { SEVERITY_RANK, type Localized, type Rule, type Severity } from '../types.ts';
import type { RuleConfig, SensitiveTopic, TermCategory, TermEntryConfig } from '../rules.ts';
import { compileBrandPattern } from './brand-pattern.ts';
import { localized, quoteEn, quoteHe, type Detector, type RawFinding } from './detector.ts';
import { withoutExceptions, type EntryOrigin, type LexiconBuilder, type LexiconHit } from './lexicon.ts';

const origin = (rule: Rule, field: string) => (index: number): EntryOrigin => ({ ruleId: rule.id, path: `config.${field}.${index}` });
const originOfTerm = (rule: Rule, field: string) => (index: number): EntryOrigin => ({ ruleId: rule.id, path: `config.${field}.${index}.term` });

/** What a term of each category is, when the rule gives no reason of its own. */
const CATEGORY_REASON: Record<TermCategory, Localized> = {
  banned: { en: 'On the brand’s list of banned words.', he: 'ברשימת המילים האסורות של המותג.' },
  risky: { en: 'A risky word for the brand; have someone look at the post first.', he: 'מילה רגישה למותג; כדאי שמישהו יעבור על הפוסט לפני הפרסום.' },
  sensitive: { en: 'Touches a sensitive topic.', he: 'נוגע בנושא רגיש.' },
  profanity: { en: 'Profanity or a slur; it has no place in the brand’s voice.', he: 'גידוף או עלבון; אין לזה מקום בקול של המותג.' },
  legal_claim: { en: 'A claim that needs legal review before it is published.', he: 'טענה שצריכה בדיקה משפטית לפני הפרסום.' },
  competitor: { en: 'A competitor’s name.', he: 'שם של מתחרה.' },
  custom: { en: 'On the brand’s list.', he: 'ברשימה של המותג.' },
};

const TOPIC_NAMES: Record<SensitiveTopic, Localized> = {
  politics: { en: 'politics', he: 'בפוליטיקה' },
  security: { en: 'security events', he: 'באירועים ביטחוניים' },
  religion: { en: 'religion', he: 'בדת' },
  tragedy: { en: 'a tragedy', he: 'בטרגדיה' },
  disaster: { en: 'a disaster', he: 'באסון' },
};

/** "“the best”: A claim that needs legal review…" in each language. */
function termMessage(match: string, reason: Localized): Localized {
  return { en: `${quoteEn(match)}: ${reason.en}`, he: `${quoteHe(match)}: ${reason.he}` };
}

/** Entry hits as findings, each worded with its entry's reason and suggestion (or the rule's). */
function entryFindings(
  hits: readonly LexiconHit[],
  entries: readonly TermEntryConfig[],
  reason: Localized,
  suggestion: Localized | null,
): RawFinding[] {
  return hits.map((hit) => {
    const entry = entries[hit.index];
    const why = localized(entry?.reason) ?? reason;
    const instead = localized(entry?.suggestion) ?? suggestion;
    return { start: hit.start, end: hit.end, describe: (match) => ({ message: termMessage(match, why), suggestion: instead }) };
  });
}

/** A rule that is a word list with exceptions: each hit is a finding with its entry's reason, or the rule's. */
function wordListDetector(
  rule: Rule,
  config: { entries: readonly TermEntryConfig[]; except: readonly string[]; suggestion?: Localized | undefined },
  reason: Localized,
  lexicon: LexiconBuilder,
): Detector {
  const list = lexicon.addList(
    config.entries.map((t) => t.term),
    originOfTerm(rule, 'entries'),
  );
  const except = lexicon.addList(config.except, origin(rule, 'except'));
  const suggestion = localized(config.suggestion);
  return {
    rule,
    lists: [list],
    always: false,
    run: (ctx) => entryFindings(withoutExceptions(ctx.hits(list), ctx.hits(except)), config.entries, reason, suggestion),
  };
}

export function termsDetector(rule: Rule, config: RuleConfig<'terms'>, lexicon: LexiconBuilder): Detector {
  let reason = localized(config.reason) ?? CATEGORY_REASON[config.category];
  if (config.category === 'sensitive' && config.topic && !localized(config.reason)) {
    const topic = TOPIC_NAMES[config.topic];
    reason = { en: `Touches on ${topic.en}, a sensitive topic for a brand; read the post again with that in mind.`, he: `נוגע ${topic.he}, נושא רגיש למותג; כדאי לקרוא את הפוסט שוב מהזווית הזאת.` };
  }
  return wordListDetector(rule, config, reason, lexicon);
}

export function toneDetector(rule: Rule, config: RuleConfig<'tone'>, lexicon: LexiconBuilder): Detector {
  const reason = localized(config.reason) ?? { en: 'Reads as negative or sarcastic in the brand’s own voice.', he: 'נשמע שלילי או ציני בקול של המותג.' };
  return wordListDetector(rule, config, reason, lexicon);
}

/**
 * Language that is fine in its own context and reads badly elsewhere: military words in a post about
 * a tennis match. Any context word anywhere in the draft makes the whole draft fine.
 */
export function contextDetector(rule: Rule, config: RuleConfig<'context'>, lexicon: LexiconBuilder): Detector {
  const list = lexicon.addList(
    config.entries.map((t) => t.term),
    originOfTerm(rule, 'entries'),
  );
  const except = lexicon.addList(config.except, origin(rule, 'except'));
  const contexts = lexicon.addList(config.contexts, origin(rule, 'contexts'));
  const topics = config.topics.map((topic, i) => ({
    name: localized(topic.name)!,
    list: lexicon.addList(topic.terms, origin(rule, `topics.${i}.terms`)),
  }));
  const language = localized(config.language)!;
  const context = localized(config.context)!;
  const readsAs = localized(config.readsAs)!;
  const suggestion = localized(config.suggestion);
  return {
    rule,
    lists: [list],
    always: false,
    run: (ctx) => {
      const hits = withoutExceptions(ctx.hits(list), ctx.hits(except));
      if (!hits.length || ctx.hits(contexts).length) return [];
      const topic = topics.find((t) => ctx.hits(t.list).length)?.name ?? null;
      const where: Localized = topic
        ? { en: `in a post about ${topic.en}`, he: `בפוסט על ${topic.he}` }
        : { en: `outside ${context.en}`, he: `מחוץ ל${context.he}` };
      return hits.map((hit) => {
        const instead = localized(config.entries[hit.index]?.suggestion) ?? suggestion;
        return {
          start: hit.start,
          end: hit.end,
          describe: (match) => ({
            message: {
              en: `${quoteEn(match)} is ${language.en}; ${where.en} it reads as ${readsAs.en}.`,
              he: `${quoteHe(match)} – ${language.he}; ${where.he} זה נקרא כמו ${readsAs.he}.`,
            },
            suggestion: instead,
          }),
        };
      });
    },
  };
}

const DISCLOSURE_SUGGESTION: Localized = {
  en: 'Add #ad (or #פרסומת, “paid partnership”) at the start of the post, or use the network’s paid-partnership label.',
  he: 'הוסיפו #פרסומת (או "שיתוף פעולה בתשלום", #ad) בתחילת הפוסט, או השתמשו בתווית שיתוף הפעולה בתשלום של הרשת.',
};

// An @mention of someone else makes a promo code read as an influencer's paid post.
const MENTION = /(?<![\p{L}\p{N}._])@[A-Za-z0-9_.]{2,}/u;

/** Paid content (marked paid, or with words that say so) without a disclosure marker. */
export function disclosureDetector(rule: Rule, config: RuleConfig<'disclosure'>, lexicon: LexiconBuilder): Detector {
  const markers = lexicon.addList(config.markers, origin(rule, 'markers'));
  const signals = lexicon.addList(config.signals, origin(rule, 'signals'));
  const weak = lexicon.addList(config.weakSignals, origin(rule, 'weakSignals'));
  const suggestion = localized(config.suggestion) ?? DISCLOSURE_SUGGESTION;
  // Words alone only suggest payment: a warning for the author to confirm, not a block.
  const signalSeverity: Severity = SEVERITY_RANK[rule.severity] > SEVERITY_RANK.warn ? rule.severity : 'warn';
  return {
    rule,
    lists: [],
    always: true,
    run: (ctx) => {
      if (ctx.hits(markers).length) return [];
      if (ctx.input.paid) {
        return [
          {
            start: null,
            end: null,
            describe: () => ({
              message: {
                en: 'The post is marked as paid content but does not say so. Israeli consumer law and the networks require paid posts and collaborations to be marked.',
                he: 'הפוסט מסומן כתוכן ממומן אבל לא כתוב בו שזו פרסומת. החוק בישראל והרשתות מחייבים לסמן פרסומות ושיתופי פעולה בתשלום.',
              },
              suggestion,
            }),
          },
        ];
      }
      const strong = ctx.hits(signals);
      const found = strong.length ? strong : MENTION.test(ctx.text) ? ctx.hits(weak) : [];
      return found.map((hit) => ({
        start: hit.start,
        end: hit.end,
        severity: signalSeverity,
        describe: (match: string) => ({
          message: {
            en: `${quoteEn(match)} suggests a paid collaboration, and the post has no disclosure. If it is paid, it must be marked.`,
            he: `${quoteHe(match)} – נשמע כמו שיתוף פעולה בתשלום, ואין בפוסט סימון. אם זה בתשלום, חובה לסמן.`,
          },
          suggestion,
        }),
      }));
    },
  };
}

/** The brand's own regular expression, compiled once (by RE2: linear time, see brand-pattern.ts). */
export function patternDetector(rule: Rule, config: RuleConfig<'pattern'>): Detector {
  const pattern = compileBrandPattern(config.pattern, config.flags);
  // The schema refused anything else when the rule was saved.
  if (typeof pattern === 'string') throw new Error(`Pattern of rule ${rule.id} is ${pattern}`);
  const reason = localized(config.reason)!;
  const suggestion = localized(config.suggestion);
  return {
    rule,
    lists: [],
    always: true,
    run: (ctx) =>
      pattern.spans(ctx.text).map(({ start, end }) => ({ start, end, describe: (match: string) => ({ message: termMessage(match, reason), suggestion }) })),
  };
}
