// What became of each queued post when the freeze was lifted, split the way a person acts on it:
// the posts back on schedule (nothing to do) and those that need someone, most urgent first.
import type { ResumedPost } from './api.ts';

export type ResumeOutcome = ResumedPost['outcome'];

/** Most urgent first: a blocked post went back to draft, then approval, then a new time. */
const ATTENTION_ORDER: readonly ResumeOutcome[] = ['blocked', 'needs_approval', 'needs_new_time'];

export interface ResumeGroups {
  onSchedule: ResumedPost[];
  needAttention: ResumedPost[];
}

export function groupResumed(posts: readonly ResumedPost[]): ResumeGroups {
  const onSchedule = posts.filter((p) => p.outcome === 'still_scheduled');
  const needAttention = posts
    .filter((p) => p.outcome !== 'still_scheduled')
    // A stable sort keeps the server's order inside each outcome.
    .sort((a, b) => ATTENTION_ORDER.indexOf(a.outcome) - ATTENTION_ORDER.indexOf(b.outcome));
  return { onSchedule, needAttention };
}
