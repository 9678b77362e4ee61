// Every word list of every rule (terms, context words, tone, disclosure markers, promotional words…)
// goes into one lexicon, compiled into one term matcher, so a draft is tokenized and scanned once
// however many rules there are.
import { compileTerms, findTerms, prepareText, TermSyntaxError, type TermEntry, type TermMatcher } from '../match/index.ts';

export interface LexiconHit {
  /** Index of the entry in its list. */
  index: number;
  start: number;
  end: number;
}

/** Where an entry came from, to name it when it does not compile. */
export interface EntryOrigin {
  ruleId: string;
  path: string;
}

export class LexiconEntryError extends Error {
  constructor(
    readonly origin: EntryOrigin,
    readonly reason: { he: string; en: string },
  ) {
    super(reason.en);
  }
}

function keyOf(list: number, index: number): string {
  return `${list}:${index}`;
}

export class LexiconBuilder {
  private lists = 0;
  private readonly entries: TermEntry[] = [];
  private readonly origins = new Map<string, EntryOrigin>();

  /** Registers a list of terms; returns its id, under which checkDraft reports the hits. */
  addList(terms: readonly string[], origin: (index: number) => EntryOrigin): number {
    const list = this.lists++;
    terms.forEach((term, index) => {
      const key = keyOf(list, index);
      this.origins.set(key, origin(index));
      this.entries.push({ key, term });
    });
    return list;
  }

  compile(): Lexicon {
    let matcher: TermMatcher | null = null;
    if (this.entries.length) {
      try {
        matcher = compileTerms(this.entries);
      } catch (err) {
        if (err instanceof TermSyntaxError) {
          const origin = this.origins.get(err.key) ?? { ruleId: '', path: '' };
          throw new LexiconEntryError(origin, err.reason);
        }
        throw err;
      }
    }
    return new Lexicon(matcher);
  }
}

export class Lexicon {
  constructor(private readonly matcher: TermMatcher | null) {}

  /** All hits in the draft, by list. */
  scan(text: string): Map<number, LexiconHit[]> {
    const byList = new Map<number, LexiconHit[]>();
    if (!this.matcher) return byList;
    for (const { key, start, end } of findTerms(this.matcher, prepareText(text))) {
      const colon = key.indexOf(':');
      const list = Number(key.slice(0, colon));
      const hit = { index: Number(key.slice(colon + 1)), start, end };
      const hits = byList.get(list);
      if (hits) hits.push(hit);
      else byList.set(list, [hit]);
    }
    return byList;
  }
}

/** Hits of a list that no exception phrase covers ("all the best" covers "the best"). */
export function withoutExceptions(hits: readonly LexiconHit[], exceptions: readonly LexiconHit[]): readonly LexiconHit[] {
  if (!exceptions.length) return hits;
  return hits.filter((h) => !exceptions.some((x) => x.start <= h.start && h.end <= x.end));
}
