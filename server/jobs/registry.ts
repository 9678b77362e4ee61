// Every background job of the product. Each area adds its jobs here.
import type { JobDefinition } from './queue.ts';
import { sendEmailJob, sweepEmailJob } from './email.ts';
import { cleanupJob } from './maintenance.ts';
import { publishSweepJob, publishVariantJob, silenceAlertJob } from './publish.ts';

export const JOBS: JobDefinition[] = [sendEmailJob, sweepEmailJob, cleanupJob, publishVariantJob, publishSweepJob, silenceAlertJob] as JobDefinition[];
