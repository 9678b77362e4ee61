// A brand's own regular expressions run on every draft, so one that can backtrack for minutes would
// stall every check. The classic cause is repetition inside repetition: (a+)+, (\w*)*, (x?){20}.
// This is a conservative structural test: a group that holds a repetition may itself repeat only a few
// times ((\d[ -]?){9} is fine; (\d[ -]?)+ is refused).

/** More repetitions of a group that holds a repetition than this is refused: 2^10 paths stay fast. */
const HEAVY_REPEAT = 10;

/** Whether the pattern nests a repetition inside a repeated group. */
export function hasNestedRepetition(pattern: string): boolean {
  // One frame per open group: whether something inside it repeats a variable number of times.
  const stack: boolean[] = [];
  let lastGroupRepeats = false;
  let lastWasGroup = false;
  let i = 0;
  const markRepeat = () => {
    if (stack.length) stack[stack.length - 1] = true;
  };
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      i += 2;
      lastWasGroup = false;
      continue;
    }
    if (ch === '[') {
      // Skip a character class; inside it quantifier characters are literal.
      i++;
      if (pattern[i] === '^') i++;
      if (pattern[i] === ']') i++;
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
      i++;
      lastWasGroup = false;
      continue;
    }
    if (ch === '(') {
      stack.push(false);
      i++;
      // Group syntax is not a quantifier: (?:…), (?=…), (?!…), (?<=…), (?<!…), (?<name>…).
      const prefix = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(pattern.slice(i));
      if (prefix) i += prefix[0].length;
      lastWasGroup = false;
      continue;
    }
    if (ch === ')') {
      lastGroupRepeats = stack.pop() ?? false;
      // A group that contains a repetition makes its parent contain one too.
      if (lastGroupRepeats) markRepeat();
      lastWasGroup = true;
      i++;
      continue;
    }
    const quantifier = readQuantifier(pattern, i);
    if (quantifier) {
      // Repeating, many times, a group that already holds a repetition (even an optional x?) is the blow-up.
      if (lastWasGroup && lastGroupRepeats && quantifier.max > HEAVY_REPEAT) return true;
      // A fixed count (\d{3}) matches one way only; a variable one makes the enclosing group ambiguous.
      if (quantifier.min !== quantifier.max) markRepeat();
      i += quantifier.length;
      if (pattern[i] === '?' || pattern[i] === '+') i++; // lazy or possessive marker
      lastWasGroup = false;
      continue;
    }
    lastWasGroup = false;
    i++;
  }
  return false;
}

/** *, +, ? and {n}, {n,}, {n,m}, with the fewest and most times each may match. */
function readQuantifier(pattern: string, i: number): { length: number; min: number; max: number } | null {
  const ch = pattern[i];
  if (ch === '*') return { length: 1, min: 0, max: Infinity };
  if (ch === '+') return { length: 1, min: 1, max: Infinity };
  if (ch === '?') return { length: 1, min: 0, max: 1 };
  if (ch === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
    if (!m) return null;
    const min = Number(m[1]);
    return { length: m[0].length, min, max: m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]) };
  }
  return null;
}
