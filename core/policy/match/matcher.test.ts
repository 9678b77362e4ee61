import { describe, expect, it } from 'vitest';
import { compileTerms, findTerms, prepareText, TermSyntaxError, termError, type TermEntry } from './index.ts';

function hitsOf(entries: TermEntry[], text: string): [string, string][] {
  return findTerms(compileTerms(entries), prepareText(text)).map((h) => [h.key, text.slice(h.start, h.end)]);
}

describe('the embassy tweet', () => {
  const entries: TermEntry[] = [
    { key: 'military#0', term: 'לחסל' },
    { key: 'military#1', term: 'מטרה' },
    { key: 'military#2', term: 'eliminate' },
    { key: 'military#3', term: 'target' },
  ];

  it('is caught in English', () => {
    expect(hitsOf(entries, 'Israeli tennis player eliminates target in Dubai')).toEqual([
      ['military#2', 'eliminates'],
      ['military#3', 'target'],
    ]);
  });

  it('is caught in Hebrew', () => {
    expect(hitsOf(entries, 'טניסאית ישראלית מחסלת מטרה בדובאי')).toEqual([
      ['military#0', 'מחסלת'],
      ['military#1', 'מטרה'],
    ]);
  });

  it('is caught in both languages in one draft, with niqqud and an emoji', () => {
    const text = '🎾 טֶנִיסָאִית מְחַסֶּלֶת מַטָּרָה — Israeli player ELIMINATED the target';
    expect(hitsOf(entries, text).map(([, word]) => word)).toEqual(['מְחַסֶּלֶת', 'מַטָּרָה', 'ELIMINATED', 'target']);
  });
});

describe('compileTerms and findTerms', () => {
  it('gives each hit the key of its entry, in text order, once per place', () => {
    const entries = [
      { key: 'a', term: 'target' },
      { key: 'b', term: 'targets' },
      { key: 'c', term: 'target*' },
    ];
    expect(hitsOf(entries, 'targets and more targets')).toEqual([
      ['a', 'targets'],
      ['b', 'targets'],
      ['c', 'targets'],
      ['a', 'targets'],
      ['b', 'targets'],
      ['c', 'targets'],
    ]);
  });

  it('matches emoji with any skin tone or variation selector, and only that emoji', () => {
    const entries = [{ key: 'gun', term: '🔫' }];
    expect(hitsOf(entries, 'bang 🔫🏽 🔫️ 🔫 🔪')).toEqual([
      ['gun', '🔫🏽'],
      ['gun', '🔫️'],
      ['gun', '🔫'],
    ]);
  });

  it('matches a hashtag term only as a hashtag, highlighting the #', () => {
    const entries = [
      { key: 'tag', term: '#ad' },
      { key: 'word', term: 'ad' },
      { key: 'one', term: '#1' },
    ];
    expect(hitsOf(entries, 'an ad, #ad, #1 and number 1')).toEqual([
      ['word', 'ad'],
      ['tag', '#ad'],
      ['word', 'ad'],
      ['one', '#1'],
    ]);
  });

  it('matches a Latin word with a Hebrew prefix attached or hyphenated', () => {
    const entries = [{ key: 'rival', term: 'Starbucks' }];
    expect(hitsOf(entries, 'טעים יותר מאשר שבStarbucks ומה-Starbucks')).toEqual([
      ['rival', 'שבStarbucks'],
      ['rival', 'Starbucks'],
    ]);
  });

  it('compiles thousands of entries into one matcher', () => {
    const entries = Array.from({ length: 3000 }, (_, i) => ({ key: `k${i}`, term: `word${i}` }));
    entries.push({ key: 'last', term: 'לחסל' });
    const matcher = compileTerms(entries);
    expect(matcher.size).toBe(3001);
    expect(findTerms(matcher, prepareText('word2999 חיסלו word3000')).map((h) => h.key)).toEqual(['k2999', 'last']);
  });

  it('finds nothing in an empty draft or one without words', () => {
    const matcher = compileTerms([{ key: 'k', term: 'target' }]);
    expect(findTerms(matcher, prepareText(''))).toEqual([]);
    expect(findTerms(matcher, prepareText('!!! ... ???'))).toEqual([]);
  });
});

describe('bad terms', () => {
  it.each([
    ['', 'The term is empty.'],
    ['   ', 'The term is empty.'],
    ['=', 'The term is empty.'],
    ['!!! ...', 'The term has no letters, digits or emoji to look for.'],
    ['root:abc', 'A root is 2 to 4 Hebrew letters, for example root:חסל.'],
    ['root:א', 'A root is 2 to 4 Hebrew letters, for example root:חסל.'],
    ['root:חסלחסל', 'A root is 2 to 4 Hebrew letters, for example root:חסל.'],
    ['root:', 'A root is 2 to 4 Hebrew letters, for example root:חסל.'],
    ['*', 'A * must follow at least two letters of a word, for example terror*.'],
    ['terror *', 'A * must follow at least two letters of a word, for example terror*.'],
    ['a*', 'A * must follow at least two letters of a word, for example terror*.'],
    ['ter*ror', 'A * can only end a word, for example terror*.'],
    ['*terror', 'A * must follow at least two letters of a word, for example terror*.'],
    ['🔫*', 'A * can only end a word, for example terror*.'],
  ])('%j is rejected: %s', (term, en) => {
    expect(termError(term)?.en).toBe(en);
    try {
      compileTerms([{ key: 'rule-1#0', term: 'fine' }, { key: 'rule-1#1', term }]);
      expect.unreachable('compileTerms should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(TermSyntaxError);
      const e = error as TermSyntaxError;
      expect(e.key).toBe('rule-1#1');
      expect(e.reason.en).toBe(en);
      expect(e.reason.he).toMatch(/[\u05d0-\u05ea]/);
    }
  });

  it.each(['root:חסל', 'שורש: חסל', 'root:מת', 'root:נטרל', '=זין', 'terror*', '#ad', '100%', '🔫', 'צה"ל'])(
    '%j is accepted',
    (term) => {
      expect(termError(term)).toBeNull();
    },
  );
});
