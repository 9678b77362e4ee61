import { describe, expect, it } from 'vitest';
import { markedRead, type NoticeItem, type NoticesAnswer } from './api.ts';

const notice = (id: string, readAt: string | null): NoticeItem => ({ id, kind: 'post_published', brandId: null, params: {}, link: null, readAt, createdAt: '2026-11-20T09:00:00.000Z' });
const AT = '2026-11-22T10:00:00.000Z';

describe('the bell right after marking read', () => {
  // Three listed (two unread), and more unread beyond the listed ones.
  const answer: NoticesAnswer = { items: [notice('a', null), notice('b', '2026-11-21T08:00:00.000Z'), notice('c', null)], unread: 7 };

  it('lowers the count only for notices that were still unread', () => {
    const after = markedRead(answer, { ids: ['a', 'b'] }, AT);
    expect(after.unread).toBe(6);
    expect(after.items.map((n) => n.readAt)).toEqual([AT, '2026-11-21T08:00:00.000Z', null]);
  });

  it('clears the count, unlisted notices included, when all are marked read', () => {
    const after = markedRead(answer, { all: true }, AT);
    expect(after.unread).toBe(0);
    expect(after.items.every((n) => n.readAt !== null)).toBe(true);
  });

  it('never shows a negative count', () => {
    expect(markedRead({ items: [notice('a', null)], unread: 0 }, { ids: ['a'] }, AT).unread).toBe(0);
  });
});
