// Email + password login with throttling kept in the database, so it holds across processes.
import { and, count, eq, gt, lt, min } from 'drizzle-orm';
import type { Db } from '../../db/connect.ts';
import { loginAttempts, users } from '../../db/schema.ts';
import { AppError } from '../../http/errors.ts';
import { DUMMY_HASH, verifyPassword } from '../../auth/passwords.ts';

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/** Failed attempts on one email within the window before it is locked for the rest of the window. */
export const MAX_FAILURES_PER_EMAIL = 5;
/** Failed attempts from one address within the window, against any emails (credential stuffing). */
export const MAX_FAILURES_PER_IP = 30;

export async function checkCredentials(db: Db, email: string, password: string, ip: string | null) {
  // The attempt is written (as a failure) before the password is checked and counts against the
  // limit itself, so many requests sent at once cannot all slip under it.
  await db.insert(loginAttempts).values({ email, ip, succeeded: false });
  await refuseIfThrottled(db, email, ip);
  const [user] = await db.select().from(users).where(eq(users.email, email));
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!ok || !user) {
    throw new AppError(401, 'invalid_credentials', 'The email or password is wrong.');
  }
  // A success clears the email's failures so a person who finally remembers is not locked later.
  await db.transaction(async (tx) => {
    await tx.delete(loginAttempts).where(and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, false)));
    await tx.insert(loginAttempts).values({ email, ip, succeeded: true });
  });
  return user;
}

async function refuseIfThrottled(db: Db, email: string, ip: string | null) {
  const since = new Date(Date.now() - THROTTLE_WINDOW_MS);
  const failed = (where: ReturnType<typeof eq>) =>
    db
      .select({ n: count(), first: min(loginAttempts.createdAt) })
      .from(loginAttempts)
      .where(and(where, eq(loginAttempts.succeeded, false), gt(loginAttempts.createdAt, since)));
  const [byEmail] = await failed(eq(loginAttempts.email, email));
  const [byIp] = ip ? await failed(eq(loginAttempts.ip, ip)) : [undefined];
  // Counts include the attempt being made, hence "more than" the allowed failures.
  const locked = [
    byEmail && byEmail.n > MAX_FAILURES_PER_EMAIL ? byEmail.first : null,
    byIp && byIp.n > MAX_FAILURES_PER_IP ? byIp.first : null,
  ].filter((d): d is Date => d instanceof Date);
  if (locked.length === 0) return;
  const until = Math.max(...locked.map((d) => d.getTime() + THROTTLE_WINDOW_MS));
  const retryAfterSeconds = Math.max(1, Math.ceil((until - Date.now()) / 1000));
  throw new AppError(
    429,
    'too_many_attempts',
    `Too many failed logins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
    { retryAfterSeconds },
  );
}

export async function deleteOldLoginAttempts(db: Db): Promise<number> {
  const gone = await db
    .delete(loginAttempts)
    .where(lt(loginAttempts.createdAt, new Date(Date.now() - 24 * 3600_000)))
    .returning({ id: loginAttempts.id });
  return gone.length;
}
