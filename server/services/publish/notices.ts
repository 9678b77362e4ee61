// In-app notices (the bell) with an e-mail copy when the server sends mail. Written in the same
// transaction as the change they tell of; the mails are handed to the email job after commit.
import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connect.ts';
import { notices } from '../../db/schema.ts';
import type { AppContext } from '../../http/context.ts';
import { queueEmail, SEND_EMAIL_JOB } from '../mail/outbox.ts';
import { noticeEmail, type NoticeKind } from './notice-email.ts';
import type { BrandMember } from './team.ts';

export interface NoticeInput {
  workspaceId: string;
  brandId: string | null;
  kind: NoticeKind;
  params: Record<string, unknown>;
  /** In-app path, e.g. /w/<ws>/posts/<id>?brand=<brand>. */
  link: string;
}

/** Mail ids queued by a transaction, to send once it has committed. */
export type Outbox = string[];

export async function notify(ctx: AppContext, tx: Tx | Db, people: readonly BrandMember[], notice: NoticeInput, outbox: Outbox) {
  const unique = [...new Map(people.map((p) => [p.userId, p])).values()];
  if (unique.length === 0) return;
  await tx.insert(notices).values(unique.map((p) => ({ workspaceId: notice.workspaceId, brandId: notice.brandId, userId: p.userId, kind: notice.kind, params: notice.params, link: notice.link })));
  // Mail only when the server can send it and say where the link goes.
  if (!ctx.mailer || !ctx.config.publicUrl) return;
  for (const p of unique) {
    outbox.push(await queueEmail(tx, { workspaceId: notice.workspaceId, ...noticeEmail(notice.kind, p.email, p.locale, notice.params, `${ctx.config.publicUrl}${notice.link}`) }));
  }
}

export async function sendOutbox(ctx: AppContext, workspaceId: string, outbox: Outbox) {
  for (const emailId of outbox) await ctx.jobs.send(SEND_EMAIL_JOB, { emailId, workspaceId });
}

export async function listNotices(db: Db, userId: string, options: { unreadOnly: boolean; limit: number }) {
  const where = options.unreadOnly ? and(eq(notices.userId, userId), isNull(notices.readAt)) : eq(notices.userId, userId);
  const [items, [unread]] = await Promise.all([
    db.select().from(notices).where(where).orderBy(desc(notices.createdAt)).limit(options.limit),
    db.select({ n: count() }).from(notices).where(and(eq(notices.userId, userId), isNull(notices.readAt))),
  ]);
  return {
    items: items.map((n) => ({ id: n.id, kind: n.kind as NoticeKind, brandId: n.brandId, params: n.params, link: n.link, readAt: n.readAt?.toISOString() ?? null, createdAt: n.createdAt.toISOString() })),
    unread: unread?.n ?? 0,
  };
}

export async function markNoticesRead(db: Db, userId: string, ids: string[] | 'all') {
  const mine = eq(notices.userId, userId);
  await db
    .update(notices)
    .set({ readAt: new Date() })
    .where(ids === 'all' ? and(mine, isNull(notices.readAt)) : and(mine, inArray(notices.id, ids), isNull(notices.readAt)));
}
