// A brand's own regular expression, run by RE2 (re2js, pure JavaScript): matching takes time linear in
// the draft's length whatever the pattern, so no saved rule can stall the checks of a whole server the
// way a backtracking pattern ((a|a)+b, \w*\w*\w*!) does in JavaScript's own engine. RE2 has no
// look-around and no back-references; a pattern that needs them is refused when it is saved. Instead,
// a pattern may put what it is about in a group: the first group that took part in a match is what is
// marked in the draft (`(?:^|\s)(#1)(?:\D|$)` marks "#1"), otherwise the whole match.
import { RE2JS } from 're2js';
import { DEFAULT_RULES } from '../defaults.ts';

export interface BrandPattern {
  /** Every match's marked span (its first group that matched, or all of it), as JavaScript string offsets. */
  spans(text: string): { start: number; end: number }[];
  matches(text: string): boolean;
}

/** What a draft must contain for a pattern to match: text, all of, one of; true when nothing is known. */
export type Requirement = true | { text: string } | { all: Requirement[] } | { any: Requirement[] };

const all = (parts: Requirement[]): Requirement => {
  const known = parts.filter((r): r is Exclude<Requirement, true> => r !== true);
  return known.length === 0 ? true : known.length === 1 ? known[0]! : { all: known };
};
const any = (parts: Requirement[]): Requirement => (parts.length === 0 || parts.some((r) => r === true) ? true : parts.length === 1 ? parts[0]! : { any: parts });

/**
 * Reads from the pattern the text every match must contain: runs of literal characters, and for a group
 * of alternatives, what one of them needs. RE2 in JavaScript is slow on some patterns (\b costs tens of
 * microseconds a draft); a draft that lacks the required text cannot match and skips the pattern. Only
 * what is certain is kept: anything optional, repeated from zero, or not understood requires nothing.
 */
export function requirementOf(pattern: string): Requirement {
  let i = 0;
  const alternatives = (): Requirement => {
    const alts = [sequence()];
    while (pattern[i] === '|') {
      i++;
      alts.push(sequence());
    }
    return any(alts);
  };
  const sequence = (): Requirement => {
    const parts: Requirement[] = [];
    let run = '';
    const endRun = () => {
      if (run) parts.push({ text: run });
      run = '';
    };
    while (i < pattern.length && pattern[i] !== '|' && pattern[i] !== ')') {
      const ch = pattern[i]!;
      let atom: Requirement = true;
      let literal: string | null = null;
      if (ch === '\\') {
        const next = pattern[i + 1] ?? '';
        i += 2;
        if (/[^\p{L}\p{N}\s]/u.test(next)) literal = next;
        else if ('pPxu'.includes(next) && pattern[i] === '{') i = pattern.indexOf('}', i) + 1;
      } else if (ch === '[') {
        i++;
        if (pattern[i] === '^') i++;
        if (pattern[i] === ']') i++;
        while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
        i++;
      } else if (ch === '(') {
        i++;
        const look = /^\?(?:<?[=!])/.exec(pattern.slice(i));
        const named = /^\?(?:P?<[A-Za-z_]\w*>|:|[imsU-]+:)/.exec(pattern.slice(i));
        i += (look ?? named)?.[0].length ?? 0;
        const inner = alternatives();
        i++; // the closing parenthesis
        atom = look ? true : inner;
      } else {
        i++;
        if (!'.^$'.includes(ch)) literal = ch;
      }
      // A quantifier that allows zero makes the atom require nothing; + keeps it, but ends a run of text.
      const q = pattern[i];
      const optional = q === '?' || q === '*' || (q === '{' && /^\{0*(?:,|\})|^\{0,/.test(pattern.slice(i)));
      if (q === '?' || q === '*' || q === '+' || q === '{') {
        i += q === '{' ? pattern.indexOf('}', i) - i + 1 : 1;
        if (pattern[i] === '?' || pattern[i] === '+') i++; // lazy or possessive
        endRun();
        if (!optional) parts.push(literal !== null ? { text: literal } : atom);
        continue;
      }
      if (literal !== null) {
        run += literal;
        continue;
      }
      endRun();
      parts.push(atom);
    }
    endRun();
    return all(parts);
  };
  try {
    const requirement = alternatives();
    return i >= pattern.length ? requirement : true;
  } catch {
    return true;
  }
}

export function meets(requirement: Requirement, text: string): boolean {
  if (requirement === true) return true;
  if ('text' in requirement) return text.includes(requirement.text);
  if ('all' in requirement) return requirement.all.every((r) => meets(r, text));
  return requirement.any.some((r) => meets(r, text));
}

const lowerRequirement = (r: Requirement): Requirement =>
  r === true ? r : 'text' in r ? { text: r.text.toLowerCase() } : 'all' in r ? { all: r.all.map(lowerRequirement) } : { any: r.any.map(lowerRequirement) };

const FLAG_BITS: Record<string, number> = { i: RE2JS.CASE_INSENSITIVE, m: RE2JS.MULTILINE, s: RE2JS.DOTALL, u: 0 };

// The patterns Brandroom ships with its recommended rules were reviewed for backtracking, so they run on
// JavaScript's own engine, which is many times faster; anything else a brand writes runs on RE2.
const SHIPPED = new Set(DEFAULT_RULES.flatMap((t) => (t.kind === 'pattern' ? [(t.config as { pattern: string }).pattern] : [])));

function javascriptPattern(re: RegExp): BrandPattern {
  const global = new RegExp(re.source, `${re.flags}g`);
  return {
    matches: (text) => re.test(text),
    spans: (text) => {
      const spans: { start: number; end: number }[] = [];
      global.lastIndex = 0;
      for (let m = global.exec(text); m; m = global.exec(text)) {
        if (m[0] === '') {
          global.lastIndex++;
          continue;
        }
        // The first group that took part, as with RE2 below (the d flag gives the groups' offsets).
        const group = m.indices?.findIndex((span, g) => g > 0 && span !== undefined) ?? -1;
        const [start, end] = group > 0 ? m.indices![group]! : [m.index, m.index + m[0].length];
        if (end > start) spans.push({ start, end });
      }
      return spans;
    },
  };
}

/** The compiled pattern; 'invalid' when JavaScript itself rejects it, 'unsupported' when only RE2 does. */
export function compileBrandPattern(pattern: string, flags: string): BrandPattern | 'invalid' | 'unsupported' {
  let js: RegExp;
  try {
    js = new RegExp(pattern, `${flags.replace(/[^imsu]/g, '')}d`);
  } catch {
    return 'invalid';
  }
  if (SHIPPED.has(pattern)) return javascriptPattern(js);
  let re: RE2JS;
  try {
    re = RE2JS.compile(pattern, [...flags].reduce((bits, f) => bits | (FLAG_BITS[f] ?? 0), 0));
  } catch {
    return 'unsupported';
  }
  const ignoreCase = flags.includes('i');
  const requirement = ignoreCase ? lowerRequirement(requirementOf(pattern)) : requirementOf(pattern);
  let lastText = '';
  let lastLower = '';
  const mayMatch = (text: string) => {
    if (requirement === true) return true;
    if (ignoreCase && text !== lastText) {
      lastText = text;
      lastLower = text.toLowerCase();
    }
    const haystack = ignoreCase ? lastLower : text;
    return meets(requirement, haystack);
  };
  return {
    matches: (text) => mayMatch(text) && re.matcher(text).find(),
    spans: (text) => {
      const spans: { start: number; end: number }[] = [];
      if (!mayMatch(text)) return spans;
      const m = re.matcher(text);
      while (m.find()) {
        let group = 0;
        for (let g = 1; g <= m.groupCount(); g++) {
          if (m.start(g) >= 0) {
            group = g;
            break;
          }
        }
        if (m.end(group) > m.start(group)) spans.push({ start: m.start(group), end: m.end(group) });
      }
      return spans;
    },
  };
}
