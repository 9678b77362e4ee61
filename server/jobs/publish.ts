// The publishing jobs: one attempt at a variant (woken at its due time), and the sweep that catches
// what a crash or a restart left behind.
import { hostname } from 'node:os';
import { z } from 'zod';
import { PUBLISH_JOB } from '../services/publish/dispatch.ts';
import { publishVariant } from '../services/publish/publisher.ts';
import { alertSilentChannels } from '../services/publish/silence.ts';
import { reportMissedApprovals, requeueStranded } from '../services/publish/sweep.ts';
import { defineJob } from './queue.ts';

const worker = { name: `${hostname()}:${process.pid}` };

export const publishVariantJob = defineJob({
  name: PUBLISH_JOB,
  data: z.object({ variantId: z.uuid() }),
  // The attempt handles its own retries (with the status check first); a job that throws is a bug,
  // and the sweep picks its variant up again.
  retryLimit: 0,
  // Network calls wait on I/O: many at once per worker keeps a busy minute on time.
  concurrency: 16,
  handler: async ({ variantId }, ctx) => {
    await publishVariant(ctx, variantId, worker);
  },
});

export const publishSweepJob = defineJob({
  name: 'publish.sweep',
  data: z.object({}).passthrough(),
  retryLimit: 0,
  schedule: { cron: '* * * * *' },
  handler: async (_data, ctx) => {
    await requeueStranded(ctx);
    await reportMissedApprovals(ctx);
  },
});

/** Once an hour: channels silent for longer than the plan allows. */
export const silenceAlertJob = defineJob({
  name: 'publish.silence',
  data: z.object({}).passthrough(),
  retryLimit: 0,
  schedule: { cron: '17 * * * *' },
  handler: async (_data, ctx) => {
    await alertSilentChannels(ctx);
  },
});
