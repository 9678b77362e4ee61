// What a compiled rule looks like to the checker, and the small helpers every kind uses to word its
// findings in Hebrew and English.
import type { CheckInput, Localized, Rule, Severity } from '../types.ts';
import type { LocalizedText } from '../rules.ts';
import type { LexiconHit } from './lexicon.ts';

/** One thing a rule found, before same-rule overlaps are merged and the words are filled in. */
export interface RawFinding {
  start: number | null;
  end: number | null;
  /** The rule's own severity unless the kind says otherwise (a memorial day without promotion: info). */
  severity?: Severity;
  /** Words the message and suggestion, given the final (possibly merged) matched text. */
  describe: (match: string) => { message: Localized; suggestion: Localized | null };
}

export interface CheckContext {
  readonly input: CheckInput;
  readonly text: string;
  /** Term hits of a lexicon list (empty when none). */
  hits(list: number): readonly LexiconHit[];
}

export interface Detector {
  rule: Rule;
  /** Lexicon lists whose hits this detector reads; it runs only when one of them has a hit… */
  lists: readonly number[];
  /** …unless it must run on every draft (time, length, patterns, a paid flag). */
  always: boolean;
  run: (ctx: CheckContext) => RawFinding[];
}

/** Text in both languages, falling back to the one the brand wrote. */
export function localized(text: LocalizedText | Localized | undefined | null): Localized | null {
  if (!text || (!text.he && !text.en)) return null;
  return { he: text.he || text.en, en: text.en || text.he };
}

export function quoteEn(s: string): string {
  return `“${s}”`;
}

export function quoteHe(s: string): string {
  return `"${s}"`;
}
