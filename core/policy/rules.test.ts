import { describe, expect, it } from 'vitest';
import { HEBREW_INPUT_MESSAGES } from '../input-messages.ts';
import { DEFAULT_RULES } from './defaults.ts';
import { parseRule, parseRuleConfig, RULE_MESSAGES_HE } from './rules.ts';

const issues = (input: unknown) => {
  const parsed = parseRule(input);
  if (parsed.ok) throw new Error('expected the rule to be refused');
  return parsed.issues.map((i) => [i.path, i.message]);
};

const terms = (entries: unknown[], extra: Record<string, unknown> = {}) => ({
  kind: 'terms',
  name: 'Our words',
  severity: 'warn',
  config: { category: 'custom', entries, reason: { en: 'Not our style.' }, ...extra },
});

describe('rule input', () => {
  it('accepts every default rule as it is', () => {
    for (const t of DEFAULT_RULES) {
      const parsed = parseRule({ kind: t.kind, name: t.name.en, severity: t.severity, enabled: t.enabled, config: t.config });
      expect(parsed.ok, `${t.templateKey}: ${JSON.stringify(parsed.ok ? null : parsed.issues)}`).toBe(true);
    }
  });

  it('names the field of an empty term', () => {
    expect(issues(terms([{ term: 'a' }, { term: 'b' }, { term: '  ' }]))).toEqual([['config.entries.2.term', 'Enter a word or phrase']]);
  });

  it('needs a topic for a sensitive-topics rule, and terms when it is on', () => {
    expect(issues(terms([{ term: 'x' }], { category: 'sensitive' }))).toEqual([['config.topic', 'Choose the topic of a sensitive-topics rule']]);
    expect(issues(terms([]))).toEqual([['config.entries', 'Add at least one term, or turn the rule off']]);
    expect(parseRule({ ...terms([]), enabled: false }).ok).toBe(true);
  });

  it('refuses a pattern that does not compile, needs look-around or back-references, or matches empty text', () => {
    const pattern = (p: string) => ({ kind: 'pattern', name: 'P', severity: 'warn', config: { pattern: p, reason: { he: 'לא' } } });
    expect(issues(pattern('(unclosed'))).toEqual([['config.pattern', 'This regular expression does not compile']]);
    const unsupported = [['config.pattern', 'This regular expression uses look-around or back-references, which are not supported: they can make a check run for minutes']];
    expect(issues(pattern('(?<=₪)\\d+'))).toEqual(unsupported);
    expect(issues(pattern('(sale)\\s+\\1'))).toEqual(unsupported);
    expect(issues(pattern('x*'))).toEqual([['config.pattern', 'This regular expression matches empty text, so it would flag every draft']]);
    expect(issues({ ...pattern('sale'), config: { pattern: 'sale', flags: 'gg', reason: { en: 'x' } } })).toEqual([
      ['config.flags', 'Flags may be i, m, s and u, each at most once'],
    ]);
  });

  it('refuses unknown kinds, severities, fields and cities', () => {
    expect(issues({ kind: 'vibes', name: 'x', severity: 'warn', config: {} })[0]).toEqual([
      'kind',
      'Kind must be one of: terms, context, pattern, disclosure, personal_data, shouting, tone, links, shabbat_holidays, memorial_days, quiet_hours, blackout, acknowledgement, length',
    ]);
    expect(issues({ kind: 'acknowledgement', name: 'x', severity: 'loud', config: {} })).toEqual([['severity', 'Severity must be one of: block, approval, warn, info']]);
    expect(issues({ kind: 'acknowledgement', name: 'x', severity: 'warn', config: { extra: 1 } })[0]![0]).toBe('config');
    expect(issues({ kind: 'shabbat_holidays', name: 'x', severity: 'warn', config: { city: 'Atlantis' } })).toEqual([
      ['config.city', 'Unknown city; use a city such as Jerusalem, Tel Aviv, Haifa, New York or London'],
    ]);
  });

  it('checks times and periods', () => {
    expect(issues({ kind: 'quiet_hours', name: 'q', severity: 'warn', config: { from: '25:00', to: '07:00' } })).toEqual([
      ['config.from', 'Use a 24-hour time such as 22:00'],
    ]);
    const period = { start: '2026-05-02T00:00:00Z', end: '2026-05-01T00:00:00Z', reason: { en: 'Audit' } };
    expect(issues({ kind: 'blackout', name: 'b', severity: 'block', config: { periods: [period] } })).toEqual([
      ['config.periods.0.end', 'A period must end after it starts'],
    ]);
  });

  it('fills in defaults of a stored config', () => {
    const parsed = parseRuleConfig('links', {});
    expect(parsed.ok && parsed.value.shorteners).toContain('bit.ly');
    expect(parsed.ok && parsed.value.utmParams).toEqual(['utm_source', 'utm_medium', 'utm_campaign']);
  });

  it('has Hebrew for every message it writes, in its own table or the shared one', () => {
    const bad: unknown[] = [
      terms([{ term: '' }]),
      terms([{ term: 'x'.repeat(201) }]),
      terms([{ term: 'x' }], { reason: { he: '', en: '' } }),
      terms([{ term: 'x' }], { category: 'sensitive' }),
      terms([]),
      { kind: 'context', name: 'c', severity: 'warn', config: { entries: [], contexts: [], language: { en: 'a' }, context: { en: 'b' }, readsAs: { en: 'c' } } },
      { kind: 'disclosure', name: 'd', severity: 'block', config: { markers: [] } },
      { kind: 'personal_data', name: 'p', severity: 'block', config: { kinds: [] } },
      { kind: 'links', name: 'l', severity: 'warn', config: { shorteners: ['not a host'], utmParams: ['UTM'] } },
      { kind: 'memorial_days', name: 'm', severity: 'block', config: { days: [], promotional: [] } },
      { kind: 'quiet_hours', name: 'q', severity: 'warn', config: { from: '22:00', to: '22:00', days: [] } },
      { kind: 'shouting', name: 's', severity: 'warn', config: { maxCapsShare: 0.1, maxRepeatedMarks: 20 } },
      { kind: 'acknowledgement', name: '', severity: 'warn', config: {} },
    ];
    const messages = bad.flatMap((input) => {
      const parsed = parseRule(input);
      return parsed.ok ? [] : parsed.issues;
    });
    expect(messages.length).toBeGreaterThan(15);
    for (const issue of messages) {
      expect(RULE_MESSAGES_HE[issue.message] ?? HEBREW_INPUT_MESSAGES[issue.message], issue.message).toBeDefined();
      expect(issue.he).toMatch(/[\u05d0-\u05ea]/);
    }
  });
});

describe('terms in the term syntax', () => {
  it('refuses a term the matcher cannot use, naming it and saying why', () => {
    const parsed = parseRule(terms([{ term: 'ok' }, { term: 'a*' }, { term: 'root:abc' }]));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => [i.path, i.message, i.he])).toEqual([
      ['config.entries.1.term', 'A * must follow at least two letters of a word, for example terror*.', 'כוכבית צריכה לבוא אחרי שתי אותיות לפחות של מילה, למשל מחבל*.'],
      ['config.entries.2.term', 'A root is 2 to 4 Hebrew letters, for example root:חסל.', 'שורש הוא 2 עד 4 אותיות עבריות, למשל root:חסל.'],
    ]);
  });
});
