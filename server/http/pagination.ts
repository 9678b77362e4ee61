// Cursor pagination: opaque cursors that encode the last row's sort key, stable under inserts.
import { asc, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from './errors.ts';

export const pageQuery = {
  limit: z.coerce.number().int().min(1, 'Must be at least 1').max(100, 'Must be at most 100').default(50),
  cursor: z.string().max(200).optional(),
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TimeCursor {
  at: Date;
  id: string;
}

export function encodeCursor(c: TimeCursor): string {
  return Buffer.from(JSON.stringify([c.at.toISOString(), c.id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): TimeCursor | null {
  if (!cursor) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const date = new Date(at);
    // Every list sorts on a UUID id; anything else would reach the database as a bad value.
    if (typeof id !== 'string' || !UUID.test(id) || Number.isNaN(date.getTime())) throw new Error('bad cursor');
    return { at: date, id };
  } catch {
    throw new AppError(400, 'invalid_cursor', 'The page cursor is not valid; start again from the first page.');
  }
}

export function pageOf<T>(rows: T[], limit: number, key: (row: T) => TimeCursor) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(key(last)) : null };
}

// Timestamps are stored with millisecond precision (db/schema.ts), as a cursor carries them, so
// (time, id) compares exactly and the (…, created_at, id) indexes serve the order.

/** Oldest first by (time, id): the order a time cursor walks. */
export function cursorOrder(time: AnyColumn, id: AnyColumn): SQL[] {
  return [asc(time), asc(id)];
}

/** The rows after the cursor in cursorOrder, or no condition on the first page. */
export function afterCursor(time: AnyColumn, id: AnyColumn, after: TimeCursor | null): SQL | undefined {
  if (!after) return undefined;
  return sql`(${time}, ${id}) > (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)`;
}
