// Mail goes through an outbox: written in the same transaction as the change that causes it, then
// delivered by a job. A sweep re-queues anything a crash left behind, so no mail is lost.
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connect.ts';
import { outboundEmails } from '../../db/schema.ts';
import type { AppContext } from '../../http/context.ts';

export const SEND_EMAIL_JOB = 'email.send';
const CLAIM_MS = 2 * 60 * 1000;

export async function queueEmail(
  tx: Db | Tx,
  mail: { workspaceId: string | null; to: string; subject: string; text: string; html?: string },
) {
  const [row] = await tx
    .insert(outboundEmails)
    .values({ workspaceId: mail.workspaceId, toAddress: mail.to, subject: mail.subject, textBody: mail.text, htmlBody: mail.html ?? null })
    .returning({ id: outboundEmails.id });
  return row!.id;
}

/** Sends one outbox mail unless it was sent already or another worker is sending it. */
export async function deliverEmail(ctx: AppContext, emailId: string): Promise<'sent' | 'skipped'> {
  if (!ctx.mailer) return 'skipped';
  const now = new Date();
  const [mail] = await ctx.db
    .update(outboundEmails)
    .set({ claimedUntil: new Date(now.getTime() + CLAIM_MS), attempts: sql`${outboundEmails.attempts} + 1` })
    .where(
      and(
        eq(outboundEmails.id, emailId),
        isNull(outboundEmails.sentAt),
        or(isNull(outboundEmails.claimedUntil), lt(outboundEmails.claimedUntil, now)),
      ),
    )
    .returning();
  if (!mail) return 'skipped';
  const host = ctx.config.publicUrl ? new URL(ctx.config.publicUrl).hostname : 'brandroom.local';
  try {
    await ctx.mailer.send({
      to: mail.toAddress,
      subject: mail.subject,
      text: mail.textBody,
      html: mail.htmlBody,
      messageId: `<${mail.id}@${host}>`,
    });
  } catch (err) {
    await ctx.db
      .update(outboundEmails)
      .set({ claimedUntil: null, lastError: err instanceof Error ? err.message : String(err) })
      .where(eq(outboundEmails.id, emailId));
    throw err;
  }
  // A sent mail's body is dropped: it may hold a secret link (an invitation) that must not stay
  // readable in the database or its backups.
  await ctx.db
    .update(outboundEmails)
    .set({ sentAt: new Date(), claimedUntil: null, lastError: null, textBody: '', htmlBody: null })
    .where(eq(outboundEmails.id, emailId));
  return 'sent';
}

/** Mails still unsent a while after they were written: their job was lost (crash) or failed for good. */
export async function findStrandedEmails(db: Db, olderThanMs: number) {
  return db
    .select({ emailId: outboundEmails.id, workspaceId: outboundEmails.workspaceId })
    .from(outboundEmails)
    .where(
      and(
        isNull(outboundEmails.sentAt),
        lt(outboundEmails.createdAt, new Date(Date.now() - olderThanMs)),
        lt(outboundEmails.attempts, 20),
      ),
    )
    .limit(500);
}
