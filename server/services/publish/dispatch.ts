// Putting a post's variants in line for publishing, and taking them out again. The database row is
// the truth (state, due time); the pg-boss job only wakes a worker at the due time. A job that finds
// its variant no longer due does nothing, and the sweep re-sends jobs a crash or a restart lost.
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/connect.ts';
import { postVariants } from '../../db/schema.ts';
import type { AppContext } from '../../http/context.ts';

export const PUBLISH_JOB = 'publish.variant';

export interface Dispatch {
  variantId: string;
  dueAt: Date;
}

/** Queues every unpublished variant of the post for `at`; returns the jobs to send after commit. */
export async function queueVariants(tx: Tx, postId: string, at: Date): Promise<Dispatch[]> {
  const rows = await tx
    .update(postVariants)
    .set({ state: 'queued', dueAt: at, leaseUntil: null, errorCode: null, errorDetail: null, updatedAt: new Date() })
    .where(and(eq(postVariants.postId, postId), inArray(postVariants.state, ['pending', 'queued', 'retry', 'cancelled'])))
    .returning({ id: postVariants.id, dueAt: postVariants.dueAt });
  return rows.map((r) => ({ variantId: r.id, dueAt: r.dueAt! }));
}

/** Takes the post's waiting variants out of line (a job that still fires finds nothing to do). */
export async function unqueueVariants(tx: Tx, postId: string) {
  await tx
    .update(postVariants)
    .set({ state: 'pending', dueAt: null, updatedAt: new Date() })
    .where(and(eq(postVariants.postId, postId), inArray(postVariants.state, ['queued', 'retry'])));
}

export async function sendDispatches(ctx: AppContext, dispatches: Dispatch[]) {
  for (const d of dispatches) await ctx.jobs.send(PUBLISH_JOB, { variantId: d.variantId }, { startAfter: d.dueAt });
}
