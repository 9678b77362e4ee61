import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../defaults.ts';
import { compileBrandPattern, meets, requirementOf, type BrandPattern } from './brand-pattern.ts';

const compiled = (pattern: string, flags = 'i') => compileBrandPattern(pattern, flags) as BrandPattern;

describe('brand patterns', () => {
  it('reads the text every match must contain, from runs, groups and alternatives', () => {
    expect(requirementOf(String.raw`\bproject\s+Falcon\b`)).toEqual({ all: [{ text: 'project' }, { text: 'Falcon' }] });
    expect(requirementOf(String.raw`colou?r`)).toEqual({ all: [{ text: 'colo' }, { text: 'r' }] });
    expect(requirementOf(String.raw`(?:lowest|cheapest)\s+price`)).toEqual({ all: [{ any: [{ text: 'lowest' }, { text: 'cheapest' }] }, { text: 'price' }] });
    expect(requirementOf(String.raw`sale|discount`)).toEqual({ any: [{ text: 'sale' }, { text: 'discount' }] });
    expect(requirementOf(String.raw`(?:sale)?\d+%`)).toEqual({ text: '%' });
    expect(requirementOf(String.raw`[abc]+\.xyz\p{L}+`)).toEqual({ text: '.xyz' });
    expect(requirementOf(String.raw`(?:sale|\d+)x`)).toEqual({ text: 'x' });
    expect(requirementOf(String.raw`\w+`)).toBe(true);
  });

  it('never skips a draft that matches (the requirement is only what is certain)', () => {
    const cases: [string, string][] = [
      [String.raw`colou?r`, 'color'],
      [String.raw`a{0,3}bc`, 'bc'],
      [String.raw`(?:x|y)+z`, 'yyz'],
      [String.raw`(?<name>ab)+c`, 'ababc'],
      [String.raw`\bv\d+\.\d+\s+beta`, 'v1.2 beta'],
      [String.raw`(?:^|\s)(#1)(?:\D|$)`, '#1'],
    ];
    for (const [pattern, text] of cases) {
      expect(meets(requirementOf(pattern), text), pattern).toBe(true);
      expect(compiled(pattern, '').matches(text), pattern).toBe(true);
    }
  });

  it('finds matches whatever the case, and none when the text lacks the required words', () => {
    const p = compiled(String.raw`\bproject\s+falcon\b`);
    const text = 'Big news about PROJECT Falcon today';
    expect(p.spans(text).map(({ start, end }) => text.slice(start, end))).toEqual(['PROJECT Falcon']);
    expect(p.spans('Nothing to see')).toEqual([]);
    expect(compiled('Falcon', '').spans('falcon')).toEqual([]);
  });

  it('refuses what JavaScript cannot compile and what RE2 cannot run', () => {
    expect(compileBrandPattern('(unclosed', 'i')).toBe('invalid');
    expect(compileBrandPattern('(?<=₪)\\d+', 'i')).toBe('unsupported');
    expect(compileBrandPattern('(a)\\1', 'i')).toBe('unsupported');
  });
});

describe('the patterns shipped with the recommended rules', () => {
  it('mark the claim itself, not the character before it', () => {
    const shipped = DEFAULT_RULES.find((t) => t.templateKey === 'legal_claims_numbers')!.config as { pattern: string; flags: string };
    const text = 'We are #1 in town, number one in Haifa, and 100% natural. Table 1, bus #12.';
    const spans = compiled(shipped.pattern, shipped.flags).spans(text).map(({ start, end }) => text.slice(start, end));
    expect(spans).toEqual(['#1', 'number one', '100%']);
  });
});
