import { describe, expect, it } from 'vitest';
import { blocks, checkDraft, compilePolicy, needsApproval, RuleCompileError } from './checker.ts';
import { rulesFromTemplates } from './defaults.ts';
import type { CheckInput, Rule } from './types.ts';

const defaults = compilePolicy(rulesFromTemplates());
const check = (text: string, extra: Partial<CheckInput> = {}, policy = defaults) => checkDraft(policy, { text, timeZone: 'Asia/Jerusalem', ...extra });
const summary = (text: string, extra: Partial<CheckInput> = {}, policy = defaults) =>
  check(text, extra, policy).map((f) => `${f.severity} ${f.ruleId} ${f.match}`);

const rule = (r: Partial<Rule> & Pick<Rule, 'kind' | 'config'>): Rule => ({ id: r.kind, name: r.kind, severity: 'warn', enabled: true, ...r });

describe('the embassy’s tweet', () => {
  it('is stopped for approval with an explanation a person understands, in English and Hebrew', () => {
    const [en] = check('Israeli tennis player eliminates target in Dubai 🎾🇮🇱', { network: 'x' });
    expect(en).toMatchObject({ ruleId: 'military_language', severity: 'approval', match: 'eliminates target', start: 22, end: 39 });
    expect(en!.message.en).toBe('“eliminates target” is military language; in a post about sport it reads as violence.');
    expect(en!.suggestion!.en).toContain('“wins”, “beats”');
    const text = 'טניסאית ישראלית מחסלת מטרה בדובאי';
    const [he] = check(text, { network: 'x' });
    expect(text.slice(he!.start!, he!.end!)).toBe('מחסלת מטרה');
    expect(he!.message.he).toBe('"מחסלת מטרה" – שפה צבאית; בפוסט על ספורט זה נקרא כמו אלימות.');
    expect(needsApproval([he!])).toBe(true);
  });

  it('the same words about the army are fine', () => {
    expect(check('The IDF unit managed to eliminate the target before dawn, the army said.')).toEqual([]);
    expect(check('צה״ל: הכוח הצליח לחסל את המטרה')).toEqual([]);
  });
});

describe('compiling', () => {
  it('skips rules that are off', () => {
    const off = compilePolicy([rule({ kind: 'terms', enabled: false, config: { category: 'custom', entries: [{ term: 'latte' }], reason: { en: 'no' } } })]);
    expect(check('A latte, please', {}, off)).toEqual([]);
  });

  it('names the rule and the field that cannot be used', () => {
    const bad = rule({ id: 'r-7', name: 'House style', kind: 'pattern', config: { pattern: '(unclosed', reason: { en: 'x' } } });
    try {
      compilePolicy([bad]);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(RuleCompileError);
      const e = err as RuleCompileError;
      expect([e.ruleId, e.path]).toEqual(['r-7', 'config.pattern']);
      expect(e.message.en).toBe('Rule “House style”, config.pattern: This regular expression does not compile');
      expect(e.message.he).toContain('בכלל "House style"');
    }
  });

  it('reports a term the matcher refuses with its place in the rule', () => {
    const bad = rule({ id: 'ctx', name: 'Context', kind: 'context', config: { entries: [{ term: 'ok' }], contexts: ['army', 'a*'], language: { en: 'x' }, context: { en: 'y' }, readsAs: { en: 'z' } } });
    expect(() => compilePolicy([bad])).toThrow(RuleCompileError);
    try {
      compilePolicy([bad]);
    } catch (err) {
      expect((err as RuleCompileError).path).toBe('config.contexts.1');
    }
  });
});

describe('findings', () => {
  it('come most severe first, then in reading order', () => {
    const found = summary('The best coffee!!! Call 050-1234567', { authorAcknowledged: false });
    expect(found).toEqual(['block acknowledgement ', 'block personal_data 050-1234567', 'approval legal_claims The best', 'warn shouting !!!']);
    expect(blocks(check('Call 050-1234567'))).toBe(true);
    expect(blocks(check('The best coffee'))).toBe(false);
  });

  it('merge overlapping words of one rule into one finding', () => {
    const policy = compilePolicy([rule({ kind: 'terms', config: { category: 'custom', entries: [{ term: 'cold brew' }, { term: 'brew' }, { term: 'brew bar' }], reason: { en: 'Say it our way.' } } })]);
    const found = check('Visit our cold brew bar today', {}, policy);
    expect(found.map((f) => f.match)).toEqual(['cold brew bar']);
    expect(found[0]!.message.en).toBe('“cold brew bar”: Say it our way.');
  });

  it('leave out phrases the rule excepts', () => {
    expect(summary('Wishing you all the best')).toEqual([]);
    expect(summary('Simply the best')).toEqual(['approval legal_claims the best']);
  });

  it('the author’s acknowledgement is checked only when known', () => {
    expect(summary('Hello', { authorAcknowledged: undefined })).toEqual([]);
    expect(summary('Hello', { authorAcknowledged: true })).toEqual([]);
    expect(summary('Hello', { authorAcknowledged: false })).toEqual(['block acknowledgement ']);
  });
});

describe('paid content', () => {
  it('blocks a paid post without a disclosure and accepts one with #ad or #פרסומת', () => {
    expect(summary('Our new collab with @dana', { paid: true })).toEqual(['block disclosure ']);
    expect(summary('#ad Our new collab with @dana', { paid: true })).toEqual([]);
    expect(summary('#פרסומת שיתוף פעולה עם דנה', { paid: true })).toEqual([]);
  });

  it('warns when the words say “paid partnership” and the post is not marked', () => {
    expect(summary('Made in collaboration with @dana.bakes')).toEqual(['warn disclosure in collaboration with']);
    expect(summary('Made in collaboration with the city library')).toEqual([]);
    expect(summary('קיבלנו במתנה מכונה חדשה')).toEqual(['warn disclosure קיבלנו במתנה']);
  });
});

describe('personal data', () => {
  it('lets the brand publish its own contact details', () => {
    const policy = compilePolicy([rule({ kind: 'personal_data', config: { allow: ['+972-3-555-1234', 'Hello@Shaked.co.il'] } })]);
    expect(summary('Call 03-5551234 or write to hello@shaked.co.il', {}, policy)).toEqual([]);
    expect(summary('Call 03-5551235', {}, policy)).toEqual(['warn personal_data 03-5551235']);
  });
});

describe('links', () => {
  it('asks for UTM parameters only when the plan measures visits, and suggests the link with them', () => {
    expect(summary('Menu: https://shaked.co.il/menu')).toEqual([]);
    const [f] = check('Menu: https://shaked.co.il/menu', { measuresVisits: true, network: 'instagram' });
    expect(f!.match).toBe('https://shaked.co.il/menu');
    expect(f!.suggestion!.en).toBe('Add them, e.g. https://shaked.co.il/menu?utm_source=instagram&utm_medium=social&utm_campaign=campaign-name');
    expect(summary('See instagram.com/shakedcafe', { measuresVisits: true })).toEqual([]);
  });
});

describe('length', () => {
  it('marks the part that does not fit', () => {
    const text = `${'a'.repeat(275)} bcdefghij`;
    const [f] = check(text, { network: 'x' });
    expect(f).toMatchObject({ ruleId: 'length', severity: 'block', start: 280, end: 285, match: 'fghij' });
    expect(f!.message.en).toBe('The post is 285 characters long; X allows 280. The highlighted end does not fit.');
    expect(check(text, { network: 'instagram' })).toEqual([]);
    expect(check(text, { network: null })).toEqual([]);
  });

  it('uses a network limit the rule sets', () => {
    const policy = compilePolicy([rule({ kind: 'length', config: { limits: { mastodon: 10 } } })]);
    expect(summary('Hello there, world', { network: 'mastodon' }, policy)).toEqual(['warn length e, world']);
  });
});

describe('time rules', () => {
  it('a Friday-evening post in Jerusalem is on Shabbat, a Friday-morning one is not', () => {
    expect(summary('Fresh bread', { at: new Date('2026-04-10T21:00:00+03:00') })).toEqual(['warn shabbat_holidays ']);
    expect(summary('Fresh bread', { at: new Date('2026-04-10T09:00:00+03:00') })).toEqual([]);
    expect(summary('Fresh bread', { at: null })).toEqual([]);
  });

  it('on Yom HaZikaron eve, blocks promotion and only informs otherwise, with the exact hours', () => {
    const at = new Date('2026-04-20T21:00:00+03:00');
    const [promo] = check('Spring sale on all shirts', { at });
    expect(promo).toMatchObject({ ruleId: 'memorial_days', severity: 'block', match: 'sale' });
    expect(promo!.message.en).toContain('runs from 19:11 on Monday 20 April to 19:50 on Tuesday 21 April, Israel time');
    expect(promo!.message.he).toContain('מ-19:11 ביום שני, 20 באפריל עד 19:50 ביום שלישי, 21 באפריל, שעון ישראל');
    expect(summary('We remember the fallen', { at })).toEqual(['info memorial_days ']);
    expect(summary('Spring sale on all shirts', { at: new Date('2026-04-20T18:00:00+03:00') })).toEqual([]);
  });

  it('quiet hours that cross midnight belong to the day they start on', () => {
    const policy = compilePolicy([rule({ kind: 'quiet_hours', config: { from: '22:00', to: '07:00', days: [0, 1, 2, 3, 4] } })]);
    const at = (iso: string) => summary('Hi', { at: new Date(iso) }, policy);
    expect(at('2026-06-09T23:30:00+03:00')).toEqual(['warn quiet_hours ']); // Tuesday night
    expect(at('2026-06-10T06:59:00+03:00')).toEqual(['warn quiet_hours ']); // the same night, Wednesday morning
    expect(at('2026-06-10T07:00:00+03:00')).toEqual([]);
    expect(at('2026-06-12T23:30:00+03:00')).toEqual([]); // Friday night is not in the days
    expect(at('2026-06-13T02:00:00+03:00')).toEqual([]); // nor its small hours
    expect(at('2026-06-14T02:00:00+03:00')).toEqual([]); // Saturday night either
    expect(at('2026-06-15T02:00:00+03:00')).toEqual(['warn quiet_hours ']); // Sunday night
  });

  it('reads quiet hours in the brand’s time zone', () => {
    const policy = compilePolicy([rule({ kind: 'quiet_hours', config: { from: '22:00', to: '07:00' } })]);
    const at = new Date('2026-06-09T23:30:00+03:00'); // 16:30 in New York
    expect(summary('Hi', { at }, policy)).toHaveLength(1);
    expect(summary('Hi', { at, timeZone: 'America/New_York' }, policy)).toEqual([]);
  });

  it('blocks a post inside a blackout period', () => {
    const policy = compilePolicy([
      rule({ kind: 'blackout', severity: 'block', config: { periods: [{ start: '2026-08-10T00:00:00+03:00', end: '2026-08-13T00:00:00+03:00', reason: { en: 'results' } }] } }),
    ]);
    const [f] = check('News', { at: new Date('2026-08-11T10:00:00+03:00') }, policy);
    expect(f!.message.en).toBe(
      'Scheduled for 10:00 on Tuesday 11 August, inside a blackout period (results), from 00:00 on Monday 10 August to 00:00 on Thursday 13 August, Israel time.',
    );
    expect(check('News', { at: new Date('2026-08-13T00:00:00+03:00') }, policy)).toEqual([]);
  });
});

describe('tone and shouting', () => {
  it('flags sarcasm markers and contemptuous emoji in the brand’s voice', () => {
    expect(summary('Yeah right, as if 🙄')).toEqual(['warn tone Yeah right', 'warn tone 🙄']);
    // Words of one rule only a space apart are one finding.
    expect(summary('Yeah right 🙄')).toEqual(['warn tone Yeah right 🙄']);
    expect(summary('כל הכבוד באמת למי שכתב את זה')).toEqual(['warn tone כל הכבוד באמת']);
    expect(summary('כל הכבוד לצוות שלנו!')).toEqual([]);
  });

  it('an acronym alone is not shouting', () => {
    expect(summary('Thanks to the IDF and NASA')).toEqual([]);
    expect(summary('HUGE SALE TODAY')).toEqual(['warn shouting HUGE SALE TODAY']);
  });
});

describe('words of a rule without its own reason', () => {
  it('explain themselves by the rule’s category or topic', () => {
    const policy = compilePolicy([
      rule({ id: 'c', kind: 'terms', config: { category: 'competitor', entries: [{ term: 'Cofix' }] } }),
      rule({ id: 's', kind: 'terms', config: { category: 'sensitive', topic: 'politics', entries: [{ term: 'Knesset' }] } }),
    ]);
    const [a, b] = check('Cofix near the Knesset', {}, policy);
    expect(a!.message).toEqual({ en: '“Cofix”: A competitor’s name.', he: '"Cofix": שם של מתחרה.' });
    expect(b!.message.en).toBe('“Knesset”: Touches on politics, a sensitive topic for a brand; read the post again with that in mind.');
    expect(b!.message.he).toBe('"Knesset": נוגע בפוליטיקה, נושא רגיש למותג; כדאי לקרוא את הפוסט שוב מהזווית הזאת.');
  });
});

describe('a brand’s own patterns', () => {
  // Patterns that backtrack for minutes in JavaScript's engine; RE2 runs them in linear time.
  it.each(['(a|a)+b', '(\\w|\\d)+!', '\\w*\\w*\\w*\\w*!', '(a+)+$'])('checks a long draft against %s at once', (pattern) => {
    const policy = compilePolicy([rule({ id: 'slow', name: 'Slow', kind: 'pattern', config: { pattern, reason: { en: 'x' } } })]);
    const started = performance.now();
    const findings = checkDraft(policy, { text: `${'a'.repeat(5_000)}x`, timeZone: 'Asia/Jerusalem' });
    // A second would already be a stall a person notices; backtracking takes minutes here.
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(findings.filter((f) => f.ruleId === 'slow')).toEqual([]);
  });

  it('marks every match with offsets into the text as typed, after emoji and niqqud', () => {
    const policy = compilePolicy([rule({ id: 'price', name: 'Prices', kind: 'pattern', config: { pattern: 'מחיר\\s*\\d+', reason: { he: 'מחירים באישור', en: 'Prices need approval' } } })]);
    const text = '🎉 קָפֶה 👍🏽 מחיר 12, ואחר כך מחיר 9';
    const spans = checkDraft(policy, { text, timeZone: 'Asia/Jerusalem' }).map((f) => text.slice(f.start!, f.end!));
    expect(spans).toEqual(['מחיר 12', 'מחיר 9']);
  });
});
