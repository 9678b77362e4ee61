// Saving a policy version and asking everyone concerned to read it, as one unit of work.
import type { AppContext } from '../../http/context.ts';
import { SEND_EMAIL_JOB } from '../mail/outbox.ts';
import type { Actor } from '../audit/audit.ts';
import { savePolicyVersion, withAuthor, type PolicyScope, type SavePolicyInput } from './documents.ts';
import { queuePolicyNotices } from './notify.ts';

export async function savePolicy(ctx: AppContext, actor: Actor & { userId: string }, scope: PolicyScope, input: SavePolicyInput) {
  const { row, emailIds } = await ctx.db.transaction(async (tx) => {
    const row = await savePolicyVersion(tx, actor, scope, input);
    // Mail is queued in the same transaction only when the server can send it (SMTP_URL and PUBLIC_URL).
    const emailIds = ctx.mailer && ctx.config.publicUrl ? await queuePolicyNotices(tx, scope, row, ctx.config.publicUrl) : [];
    return { row, emailIds };
  });
  for (const emailId of emailIds) await ctx.jobs.send(SEND_EMAIL_JOB, { emailId, workspaceId: scope.workspaceId });
  return withAuthor(ctx.db, row);
}
