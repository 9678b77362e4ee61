import { describe, expect, it } from 'vitest';
import { fullSpelling, normalizeEmoji, normalizeWord, scriptOfWord } from './normalize.ts';

describe('normalizeWord', () => {
  it.each([
    ['מְחַסֶּלֶת', 'מחסלת', 'niqqud'],
    ['בְּרֵאשִׁ֖ית', 'בראשית', 'niqqud and cantillation'],
    ['שלום', 'שלומ', 'final mem'],
    ['ארץ', 'ארצ', 'final tsadi'],
    ['ךםןףץ', 'כמנפצ', 'every final letter'],
    ['צה"ל', 'צהל', 'ASCII double quote as gershayim'],
    ['צה״ל', 'צהל', 'gershayim'],
    ['צה”ל', 'צהל', 'typographic quote as gershayim'],
    ["ג'ירפה", 'גירפה', 'apostrophe as geresh'],
    ['ג׳ירפה', 'גירפה', 'geresh'],
    ['ELIMINATE', 'eliminate', 'English case'],
    ["Player's", 'players', 'possessive apostrophe'],
    ['don’t', 'dont', 'typographic apostrophe'],
    ['café', 'cafe', 'accent'],
    ['cafe\u0301', 'cafe', 'combining accent'],
    ['𝐤𝐢𝐥𝐥', 'kill', 'mathematical bold letters'],
    ['ＫＩＬＬ', 'kill', 'full-width letters'],
    ['ﬁght', 'fight', 'ligature'],
    ['שּׁלום', 'שלומ', 'Hebrew presentation form'],
    ['ki\u00adll', 'kill', 'soft hyphen'],
    ['ki\u200bll', 'kill', 'zero-width space'],
    ['Привет', 'привет', 'another script keeps its letters, in lower case'],
  ])('%s → %s (%s)', (word, expected) => {
    expect(normalizeWord(word)).toBe(expected);
  });

  it('returns a word that needs no change as it is', () => {
    const word = 'מחסלת';
    expect(normalizeWord(word)).toBe(word);
  });
});

describe('fullSpelling', () => {
  it.each([
    ['חִסֵּל', 'חיסל', "a hiriq gets its yod (the pi'el)"],
    ['חִסְּלוּ', 'חיסלו', 'also before a doubled letter with a sheva'],
    ['חֻסַּל', 'חוסל', 'a qubuts gets a vav'],
    ['יִכְתֹּב', 'יכתוב', 'a holam gets a vav, a hiriq before a silent sheva does not get a yod'],
  ])('%s → %s (%s)', (word, expected) => {
    expect(fullSpelling(word)).toBe(expected);
  });

  it('returns null for a word without vowel points, or one whose full spelling adds nothing', () => {
    expect(fullSpelling('חיסל')).toBeNull();
    expect(fullSpelling('מְחַסֶּלֶת')).toBeNull();
    expect(fullSpelling('שָׁלוֹם')).toBeNull(); // the holam is on the vav itself
    expect(fullSpelling('מִשְׁטָרָה')).toBeNull(); // no yod before a silent sheva
    expect(fullSpelling('לֹא')).toBeNull(); // no vav before an alef
  });
});

describe('normalizeEmoji', () => {
  it('drops skin tones, variation selectors and a trailing gender sign, keeps other sequences', () => {
    expect(normalizeEmoji('🔫🏽')).toBe('🔫');
    expect(normalizeEmoji('🔫\ufe0f')).toBe('🔫');
    expect(normalizeEmoji('🏃\u200d♀\ufe0f')).toBe('🏃');
    expect(normalizeEmoji('👨\u200d👩\u200d👧')).toBe('👨\u200d👩\u200d👧');
  });
});

describe('scriptOfWord', () => {
  it.each([
    ['מטרה', 'hebrew'],
    ['target', 'latin'],
    ['café', 'latin'],
    ['𝐤𝐢𝐥𝐥', 'latin'],
    ['2024', 'number'],
    ['Привет', 'other'],
  ] as const)('%s is %s', (word, script) => {
    expect(scriptOfWord(word)).toBe(script);
  });
});
