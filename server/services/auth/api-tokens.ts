// Personal API tokens: "brt_" + 43 random characters; only the hash is stored.
import { and, desc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connect.ts';
import { apiTokens } from '../../db/schema.ts';
import { hashSecret, newSecret } from '../../auth/secrets.ts';
import { preparedPer } from '../../db/prepared.ts';

export const TOKEN_PREFIX = 'brt_';
const TOUCH_EVERY_MS = 5 * 60 * 1000;

export type ApiTokenRow = typeof apiTokens.$inferSelect;

export function toApiToken(t: ApiTokenRow) {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    expiresAt: t.expiresAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  };
}

export async function createApiToken(db: Db | Tx, userId: string, name: string, expiresInDays: number | null) {
  const secret = newSecret(TOKEN_PREFIX);
  const [row] = await db
    .insert(apiTokens)
    .values({
      userId,
      name,
      prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
      tokenHash: hashSecret(secret),
      expiresAt: expiresInDays ? new Date(Date.now() + expiresInDays * 86400_000) : null,
    })
    .returning();
  return { token: row!, secret };
}

export async function listApiTokens(db: Db, userId: string) {
  return db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.createdAt));
}

// Runs on every request that sends a bearer token.
const tokenByHash = preparedPer((db) =>
  db
    .select({ id: apiTokens.id, userId: apiTokens.userId, name: apiTokens.name, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .where(
      and(
        eq(apiTokens.tokenHash, sql.placeholder('hash')),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, sql.placeholder('now'))),
      ),
    )
    .prepare('brandroom_token_by_hash'),
);

export async function findTokenUser(db: Db, secret: string) {
  if (!secret.startsWith(TOKEN_PREFIX)) return null;
  const now = new Date();
  const [row] = await tokenByHash(db).execute({ hash: hashSecret(secret), now: now.toISOString() });
  if (!row) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id));
  }
  return row;
}
