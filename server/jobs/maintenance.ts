import { z } from 'zod';
import { defineJob } from './queue.ts';
import { deleteExpiredSessions } from '../services/auth/sessions.ts';
import { deleteOldLoginAttempts } from '../services/auth/login.ts';

export const cleanupJob = defineJob({
  name: 'maintenance.cleanup',
  data: z.object({}).passthrough(),
  retryLimit: 0,
  schedule: { cron: '17 * * * *' },
  handler: async (_data, ctx) => {
    await deleteExpiredSessions(ctx.db);
    await deleteOldLoginAttempts(ctx.db);
  },
});
