// Failed background jobs of one workspace, for its admins.
import type { AppContext } from '../../http/context.ts';
import { conflict, notFound } from '../../http/errors.ts';
import type { TimeCursor } from '../../http/pagination.ts';

// created_on cut to milliseconds, as the page cursor carries it (see http/pagination.ts).
const COLUMNS = `id, name, data, output, date_trunc('milliseconds', created_on) as created_on, completed_on, retry_count`;
// Only the workspace's own jobs: system jobs (no workspace) concern the operator, who reads the logs.
const belongs = `data->>'workspaceId' = $1`;

interface JobRow {
  id: string;
  name: string;
  data: Record<string, unknown> | null;
  output: { message?: string } | null;
  created_on: Date;
  completed_on: Date | null;
  retry_count: number;
}

function toFailedJob(row: JobRow) {
  return {
    id: row.id,
    name: row.name,
    error: row.output?.message ?? 'The job failed without a message.',
    data: row.data ?? {},
    createdOn: new Date(row.created_on).toISOString(),
    failedOn: row.completed_on ? new Date(row.completed_on).toISOString() : null,
    retryCount: row.retry_count,
  };
}

export async function listFailedJobs(ctx: AppContext, workspaceId: string, limit: number, before: TimeCursor | null) {
  const s = ctx.jobs.schema;
  const values: unknown[] = [workspaceId, limit + 1];
  let cursor = '';
  if (before) {
    values.push(before.at, before.id);
    cursor = `and (created_on, id) < ($3::timestamptz, $4::uuid)`;
  }
  const { rows } = await ctx.database.executeSql(
    `select * from (
       select ${COLUMNS} from ${s}.job where state = 'failed' and ${belongs}
       union all
       select ${COLUMNS} from ${s}.archive where state = 'failed' and ${belongs}
     ) failed where true ${cursor}
     order by created_on desc, id desc limit $2`,
    values,
  );
  return (rows as JobRow[]).map(toFailedJob);
}

export async function retryFailedJob(ctx: AppContext, workspaceId: string, jobId: string) {
  const s = ctx.jobs.schema;
  const { rows } = await ctx.database.executeSql(
    `select name, 'job' as place from ${s}.job where id = $2 and state = 'failed' and ${belongs}
     union all
     select name, 'archive' as place from ${s}.archive where id = $2 and state = 'failed' and ${belongs}`,
    [workspaceId, jobId],
  );
  const found = rows[0] as { name: string; place: string } | undefined;
  if (!found) throw notFound('This failed job');
  if (found.place === 'archive') throw conflict('conflict', 'This job failed too long ago to be retried; run the action again instead.');
  await ctx.jobs.retry(found.name, jobId);
}
