import { describe, expect, it } from 'vitest';
import { calmDown, findShouting } from './shouting.ts';

const options = { maxCapsShare: 0.6, minLetters: 12, minRunLetters: 8, maxRepeatedMarks: 2 };
const shouted = (text: string) => findShouting(text, options).map((h) => text.slice(h.start, h.end));

describe('shouting', () => {
  it('flags a run of words in capitals', () => {
    expect(shouted('Come in today: HUGE SALE TODAY only')).toEqual(['HUGE SALE TODAY']);
  });

  it('does not take an acronym alone for shouting', () => {
    expect(shouted('Thank you, IDF, and congratulations to NASA and UNESCO')).toEqual([]);
    expect(shouted('קפה ל-IDF ולמשטרה')).toEqual([]);
  });

  it('flags a single long word in capitals', () => {
    expect(shouted('This is AMAZING')).toEqual(['AMAZING']);
  });

  it('flags a draft that is mostly capitals even when runs are short', () => {
    expect(shouted('BIG NEWS, HUGE sale, NEW MENU, ALL week')).toContain('BIG NEWS, HUGE sale, NEW MENU, ALL');
    expect(shouted('New menu, new hours, see you at the IDF memorial')).toEqual([]);
  });

  it('flags three or more ! or ? in a row, not one or two', () => {
    expect(shouted('מבצע!!! באמת?! ממש??? כן!!')).toEqual(['!!!', '???']);
  });

  it('suggests the same words in normal case', () => {
    expect(calmDown('HUGE SALE TODAY')).toBe('Huge sale today');
  });
});
