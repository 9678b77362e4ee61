// English matching: case, plural, possessive, verb forms, and words that only contain a term.
import { describe, expect, it } from 'vitest';
import { compileTerms, findTerms, prepareText } from './index.ts';

function highlighted(term: string, text: string): string[] {
  const matcher = compileTerms([{ key: 'k', term }]);
  return findTerms(matcher, prepareText(text)).map((h) => text.slice(h.start, h.end));
}

const CASES: { term: string; catches: string[]; ignores: string[] }[] = [
  {
    term: 'eliminate',
    catches: ['eliminate', 'Eliminated', 'eliminating', 'eliminates', 'ELIMINATE', '𝐞𝐥𝐢𝐦𝐢𝐧𝐚𝐭𝐞𝐝'],
    ignores: ['elimination', 'eliminator', 'elite'],
  },
  { term: 'target', catches: ['target', 'targets', "target's", 'targeted', 'Targeting'], ignores: ['Targetti', 'tar'] },
  { term: 'kill', catches: ['kill', 'killed', 'killing', 'kills', 'KILL'], ignores: ['skill', 'skills', 'killer', 'kiln'] },
  { term: 'stab', catches: ['stab', 'stabbed', 'stabbing', 'stabs'], ignores: ['stable', 'stabilize'] },
  { term: 'die', catches: ['die', 'died', 'dying', 'dies'], ignores: ['diet', 'diesel'] },
  { term: 'bury', catches: ['bury', 'buried', 'buries', 'burying'], ignores: ['burly', 'burial'] },
  { term: 'fight', catches: ['fight', 'fought', 'fighting', 'fights'], ignores: ['firefighter', 'fig'] },
  { term: 'bomb', catches: ['bomb', 'bombs', 'bombed', 'bombing'], ignores: ['bombastic', 'tomb'] },
  { term: 'shoot', catches: ['shoot', 'shooting', 'shoots'], ignores: ['shot', 'shoe'] },
  { term: 'knife', catches: ['knife', 'knives', 'knifes'], ignores: ['knit'] },
  { term: 'panic', catches: ['panic', 'panicked', 'panicking', 'panics'], ignores: ['pan'] },
  { term: 'shooting', catches: ['shooting', 'shoot', 'shoots'], ignores: ['shot', 'shoe'] },
  { term: 'killed', catches: ['killed', 'kill', 'killing'], ignores: ['skilled'] },
  { term: 'casualties', catches: ['casualties', 'casualty'], ignores: ['casual'] },
  { term: 'weapons', catches: ['weapons', 'weapon'], ignores: ['weaponry'] },
  { term: 'ass', catches: ['ass', 'asses', 'ASS'], ignores: ['class', 'pass', 'assess', 'Sussex', 'assassin', 'bass'] },
  { term: 'man', catches: ['man', 'men', 'mans'], ignores: ['manner', 'woman'] },
  { term: 'ad', catches: ['ad', 'AD'], ignores: ['ads', 'add', 'bad'] },
  { term: '=kill', catches: ['kill', 'Kill'], ignores: ['killed', 'kills'] },
  { term: 'terror*', catches: ['terror', 'terrorist', 'Terrorists', 'terrorism'], ignores: ['error', 'terrific', 'terra'] },
];

describe('English matching', () => {
  describe.each(CASES)('$term', ({ term, catches, ignores }) => {
    it.each(catches)('catches %s', (word) => {
      expect(highlighted(term, `a ${word} b`)).toEqual([word]);
    });
    it.each(ignores)('does not catch %s', (word) => {
      expect(highlighted(term, `a ${word} b`)).toEqual([]);
    });
  });

  it('leaves a plural possessive apostrophe out of the highlight', () => {
    expect(highlighted('target', 'the targets’ owners')).toEqual(['targets']);
  });

  it('matches a phrase with exactly the small words written in it', () => {
    expect(highlighted('son of a bitch', 'What a Son of a BITCH!')).toEqual(['Son of a BITCH']);
    expect(highlighted('son of a bitch', 'son of bitch')).toEqual([]);
    expect(highlighted('best in the world', 'the best coffee in the world')).toEqual([]);
    expect(highlighted('best in the world', 'Simply the best in the world.')).toEqual(['best in the world']);
    expect(highlighted('eliminated a target', 'Israeli player eliminates a target')).toEqual(['eliminates a target']);
    expect(highlighted('eliminated a target', 'we eliminated. A target audience')).toEqual([]);
  });

  it('matches hyphenated terms and percent signs token by token', () => {
    expect(highlighted('risk-free', 'A risk free trial, risk-free!')).toEqual(['risk free', 'risk-free']);
    expect(highlighted('100%', 'Made with 100% arabica, 100 beans')).toEqual(['100%']);
  });
});
