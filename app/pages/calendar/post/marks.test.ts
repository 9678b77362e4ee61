import { describe, expect, it } from 'vitest';
import type { PostComment, PostFinding } from '../composer/api.ts';
import { linesOf, marksFor, spanOf } from './marks.ts';

const finding = (start: number | null, end: number | null, channelId: string | null = null): PostFinding => ({
  ruleId: 'r',
  ruleName: 'Rule',
  kind: 'personal_data',
  severity: 'block',
  start,
  end,
  match: '',
  message: { en: '', he: '' },
  suggestion: null,
  channelId,
});

const comment = (id: string, spanStart: number | null, spanEnd: number | null, quote: string | null, extra: Partial<PostComment> = {}): PostComment => ({
  id,
  author: null,
  body: 'note',
  channelId: null,
  spanStart,
  spanEnd,
  quote,
  resolvedAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  ...extra,
});

const TEXT = 'הזמינו שולחן: 050-1234567\nעוגת גבינה 🍰';

describe('the marks over a post’s text', () => {
  it('marks findings and open comments of that text only, and a comment only where its words still are', () => {
    const marks = marksFor(
      TEXT,
      null,
      [finding(14, 25), finding(0, 5, 'other-channel'), finding(null, null)],
      [
        comment('a', 0, 6, 'הזמינו'),
        comment('b', 0, 6, 'something else'),
        comment('c', 0, 6, 'הזמינו', { resolvedAt: '2026-01-02T00:00:00.000Z' }),
        comment('d', 0, 6, 'הזמינו', { channelId: 'other-channel' }),
        comment('e', null, null, null),
      ],
    );
    expect(marks.map((m) => [m.kind, m.start, m.end])).toEqual([
      ['finding', 14, 25],
      ['comment', 0, 6],
    ]);
  });

  it('cuts each line at every mark’s edges, overlapping marks included, keeping absolute offsets', () => {
    const lines = linesOf(TEXT, [
      { id: 'f', start: 7, end: 25, kind: 'finding', severity: 'block' },
      { id: 'c', start: 0, end: 12, kind: 'comment' },
    ]);
    expect(lines).toHaveLength(2);
    expect(lines[0]!.pieces.map((p) => [p.start, p.end, p.marks.map((m) => m.id).join('+')])).toEqual([
      [0, 7, 'c'],
      [7, 12, 'f+c'],
      [12, 25, 'f'],
    ]);
    expect(lines[1]).toMatchObject({ start: 26, end: TEXT.length, pieces: [{ start: 26, text: 'עוגת גבינה 🍰', marks: [] }] });
    // Every piece's text is the text at its offsets: a selection in a piece maps straight back.
    for (const line of lines) for (const p of line.pieces) expect(TEXT.slice(p.start, p.end)).toBe(p.text);
  });

  it('keeps an empty line as one empty piece', () => {
    expect(linesOf('a\n\nb', []).map((l) => [l.start, l.end, l.pieces.length])).toEqual([
      [0, 1, 1],
      [2, 2, 1],
      [3, 4, 1],
    ]);
  });
});

describe('a comment on a selection', () => {
  it('takes the selected words in either direction, without the spaces around them', () => {
    expect(spanOf(TEXT, 13, 6)).toEqual({ spanStart: 7, spanEnd: 13, quote: 'שולחן:' });
    expect(spanOf(TEXT, 7, 13)).toEqual({ spanStart: 7, spanEnd: 13, quote: 'שולחן:' });
  });

  it('refuses a selection of spaces only, and clamps one that runs past the text', () => {
    expect(spanOf(TEXT, 6, 7)).toBeNull();
    expect(spanOf('abc', 1, 99)).toEqual({ spanStart: 1, spanEnd: 3, quote: 'bc' });
  });

  it('never cuts an emoji in half', () => {
    const at = TEXT.indexOf('🍰');
    expect(spanOf(TEXT, at + 1, TEXT.length)).toEqual({ spanStart: at, spanEnd: TEXT.length, quote: '🍰' });
    expect(spanOf(TEXT, at - 6, at + 1)).toEqual({ spanStart: at - 6, spanEnd: at + 2, quote: 'גבינה 🍰' });
  });
});
