import { describe, expect, it } from 'vitest';
import { hasNestedRepetition } from './regex-safety.ts';

describe('regular expressions that could backtrack for ever', () => {
  it('refuses a repeated group that itself repeats', () => {
    for (const p of ['(a+)+', '(\\w*)*', '(x?){20}', '(\\d[ -]?)+', '((a+))*', '(?<n>a+)+', '(?:\\s*,\\s*)+$']) expect(hasNestedRepetition(p), p).toBe(true);
  });

  it('accepts ordinary patterns, bounded repetition and quantifier characters in a class', () => {
    for (const p of ['\\bsale\\b', '(\\d[ -]?){9}', '(?:https?://)?\\S+', '[(a+)+]', '(a|b)+', '(?:ab)+', '(\\s+)?x', 'a{2,}(b)+', '\\(a+\\)+', '\\d{1,3}(?:,\\d{3})+']) {
      expect(hasNestedRepetition(p), p).toBe(false);
    }
  });
});
