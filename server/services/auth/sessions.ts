// Server-side sessions: the browser holds a random cookie, the database holds its hash.
import { and, eq, gt, lt, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connect.ts';
import { sessions } from '../../db/schema.ts';
import { hashSecret, newSecret } from '../../auth/secrets.ts';
import { preparedPer } from '../../db/prepared.ts';

/** Touch a session (and push its expiry) at most this often, so reads stay reads. */
const TOUCH_EVERY_MS = 10 * 60 * 1000;

export interface NewSession {
  cookie: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(
  db: Db,
  input: { userId: string; ttlHours: number; userAgent?: string | undefined; ip?: string | undefined },
): Promise<NewSession> {
  const cookie = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(Date.now() + input.ttlHours * 3600_000);
  await db.insert(sessions).values({
    id: hashSecret(cookie),
    userId: input.userId,
    csrfToken,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
    ip: input.ip ?? null,
    expiresAt,
  });
  return { cookie, csrfToken, expiresAt };
}

// Runs on every request a browser makes.
const sessionById = preparedPer((db) =>
  db
    .select({ id: sessions.id, userId: sessions.userId, csrfToken: sessions.csrfToken, lastSeenAt: sessions.lastSeenAt, expiresAt: sessions.expiresAt, createdAt: sessions.createdAt })
    .from(sessions)
    .where(and(eq(sessions.id, sql.placeholder('id')), gt(sessions.expiresAt, sql.placeholder('now'))))
    .prepare('brandroom_session_by_id'),
);

export async function findSessionUser(db: Db, cookie: string) {
  const id = hashSecret(cookie);
  const [row] = await sessionById(db).execute({ id, now: new Date().toISOString() });
  if (!row) return null;
  const now = Date.now();
  if (now - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    const lifetime = row.expiresAt.getTime() - row.lastSeenAt.getTime();
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(now), expiresAt: new Date(now + lifetime) })
      .where(eq(sessions.id, id));
  }
  return row;
}

export async function deleteSession(db: Db, sessionId: string) {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** After a password change every other browser is logged out. */
export async function deleteOtherSessions(db: Db | Tx, userId: string, keepSessionId: string | null) {
  await db
    .delete(sessions)
    .where(keepSessionId ? and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)) : eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(db: Db): Promise<number> {
  const gone = await db.delete(sessions).where(lt(sessions.expiresAt, new Date())).returning({ id: sessions.id });
  return gone.length;
}
