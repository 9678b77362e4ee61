import { z } from 'zod';
import { defineJob } from './queue.ts';
import { deliverEmail, findStrandedEmails, SEND_EMAIL_JOB } from '../services/mail/outbox.ts';

export const sendEmailJob = defineJob({
  name: SEND_EMAIL_JOB,
  data: z.object({ emailId: z.uuid(), workspaceId: z.uuid().optional() }),
  retryLimit: 8,
  retryDelaySeconds: 30,
  concurrency: 2,
  handler: async ({ emailId }, ctx) => {
    await deliverEmail(ctx, emailId);
  },
});

/** Re-queues mail whose job was lost (a crash between the commit and the send). */
export const sweepEmailJob = defineJob({
  name: 'email.sweep',
  data: z.object({}).passthrough(),
  retryLimit: 0,
  schedule: { cron: '*/5 * * * *' },
  handler: async (_data, ctx) => {
    if (!ctx.mailer) return;
    // A mail whose earlier job is still retrying gets one more job: harmless, since delivery
    // claims the outbox row, and bounded by the row's attempt limit.
    for (const { emailId, workspaceId } of await findStrandedEmails(ctx.db, 2 * 60 * 1000)) {
      await ctx.jobs.send(SEND_EMAIL_JOB, { emailId, ...(workspaceId ? { workspaceId } : {}) });
    }
  },
});
