import { describe, expect, it } from 'vitest';
import { groupResumed } from './resume.ts';

describe('what resuming did to each queued post', () => {
  it('separates the posts back on schedule from those that need someone, the most urgent first', () => {
    const groups = groupResumed([
      { postId: 'a', title: 'Morning', outcome: 'still_scheduled' },
      { postId: 'b', title: 'Missed', outcome: 'needs_new_time' },
      { postId: 'c', title: 'Memorial day', outcome: 'needs_approval' },
      { postId: 'd', title: 'Evening', outcome: 'still_scheduled' },
      { postId: 'e', title: 'Blocked', outcome: 'blocked' },
      { postId: 'f', title: 'Also missed', outcome: 'needs_new_time' },
    ]);
    expect(groups.onSchedule.map((p) => p.postId)).toEqual(['a', 'd']);
    expect(groups.needAttention.map((p) => p.postId)).toEqual(['e', 'c', 'b', 'f']);
  });

  it('has nothing in either group when no post was waiting', () => {
    expect(groupResumed([])).toEqual({ onSchedule: [], needAttention: [] });
  });
});
