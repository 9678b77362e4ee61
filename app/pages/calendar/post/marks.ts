// The post page shows a post's text with two kinds of marks over it: the policy's findings and the
// reviewers' comments on a span. This splits a text into lines and pieces by every mark's edges
// (marks may overlap), and turns a selection in the shown text into the span a comment is made on.
// Offsets are JavaScript string offsets, as the server slices the quote with them.
import type { Severity } from '../../../../core/policy/types.ts';
import type { PostComment, PostFinding } from '../composer/api.ts';

export interface TextMark {
  id: string;
  start: number;
  end: number;
  kind: 'finding' | 'comment';
  severity?: Severity;
}

export interface Piece {
  start: number;
  end: number;
  text: string;
  marks: TextMark[];
}

export interface Line {
  start: number;
  end: number;
  pieces: Piece[];
}

/** The marks over one text: the post's own (channelId null) or one channel's own version. */
export function marksFor(text: string, channelId: string | null, findings: readonly PostFinding[], comments: readonly PostComment[]): TextMark[] {
  const marks: TextMark[] = [];
  findings.forEach((f, i) => {
    if (f.channelId !== channelId || f.start === null || f.end === null || f.end <= f.start || f.end > text.length) return;
    marks.push({ id: `finding-${i}`, start: f.start, end: f.end, kind: 'finding', severity: f.severity });
  });
  for (const c of comments) {
    if (c.channelId !== channelId || c.resolvedAt || c.spanStart === null || c.spanEnd === null) continue;
    // The text may have changed since the comment: its words are marked only where they still are.
    if (text.slice(c.spanStart, c.spanEnd) !== c.quote) continue;
    marks.push({ id: `comment-${c.id}`, start: c.spanStart, end: c.spanEnd, kind: 'comment' });
  }
  return marks;
}

/** The text's lines (without their line breaks), each cut into pieces wherever a mark starts or ends. */
export function linesOf(text: string, marks: readonly TextMark[]): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    const end = start + part.length;
    const cuts = new Set([start, end]);
    for (const m of marks) {
      if (m.start > start && m.start < end) cuts.add(m.start);
      if (m.end > start && m.end < end) cuts.add(m.end);
    }
    const edges = [...cuts].sort((a, b) => a - b);
    const pieces: Piece[] = [];
    for (let i = 0; i + 1 < edges.length; i++) {
      const [from, to] = [edges[i]!, edges[i + 1]!];
      pieces.push({ start: from, end: to, text: text.slice(from, to), marks: marks.filter((m) => m.start < to && m.end > from) });
    }
    if (pieces.length === 0) pieces.push({ start, end, text: '', marks: [] });
    lines.push({ start, end, pieces });
    start = end + 1;
  }
  return lines;
}

export interface SelectedSpan {
  spanStart: number;
  spanEnd: number;
  quote: string;
}

/**
 * The span a comment is made on, from the two ends of a selection in the text (in either order):
 * clamped to the text and without the spaces at its edges. Null when nothing but space is selected.
 */
export function spanOf(text: string, anchor: number, focus: number): SelectedSpan | null {
  let start = Math.max(0, Math.min(anchor, focus, text.length));
  let end = Math.min(text.length, Math.max(anchor, focus, 0));
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  // A surrogate pair is never cut in half: the quote must be the characters the reader chose.
  if (start > 0 && start < text.length && isLowSurrogate(text.charCodeAt(start))) start--;
  if (end < text.length && end > 0 && isLowSurrogate(text.charCodeAt(end))) end++;
  if (end <= start) return null;
  return { spanStart: start, spanEnd: end, quote: text.slice(start, end) };
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
