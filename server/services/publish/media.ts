// Uploaded images: what they are is read from their bytes (core/publish/media.ts), the bytes go to
// the media store, the row and its audit event to the database. The store is written first: a row
// never points at a file that is not there, and a failed insert removes the file it had written.
import { createHash, randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { IMAGE_TYPES, MEDIA_MESSAGES, mediaTooLargeMessage, sniffMedia, type Media, type MediaMessage } from '../../../core/publish/media.ts';
import { media } from '../../db/schema.ts';
import type { AppContext } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import type { BrandRow } from '../../http/guard.ts';
import { mediaKey } from '../../media/keys.ts';
import { mediaStoreFor } from '../../media/store.ts';
import { recordAudit, type Actor } from '../audit/audit.ts';

export type MediaRow = typeof media.$inferSelect;

/** An upload refused for what it is: the same shape as a validation error on the field `file`. */
function refusedFile(status: number, code: string, message: MediaMessage, details: Record<string, unknown> = {}): AppError {
  return new AppError(status, code, `file: ${message.en}`, { ...details, issues: [{ path: 'file', message: message.en, he: message.he }] });
}

export function mediaTooLarge(limitBytes: number): AppError {
  return refusedFile(413, 'media_too_large', mediaTooLargeMessage(limitBytes), { limitBytes });
}

/** The file's name as shown to people: no folders, no control characters, not endless. */
function cleanFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  return [...base.replace(/\p{Cc}/gu, '').trim()].slice(0, 200).join('');
}

function mediaView(row: MediaRow): Media {
  return {
    id: row.id,
    mimeType: row.mimeType,
    byteSize: row.byteSize,
    width: row.width,
    height: row.height,
    originalName: row.originalName,
    url: `/api/v1/brands/${row.brandId}/media/${row.id}`,
  };
}

export interface UploadInput {
  brand: BrandRow;
  bytes: Uint8Array;
  /** As the uploader named it; kept for people, never used to decide anything. */
  originalName: string;
}

export async function saveUpload(ctx: AppContext, actor: Actor, input: UploadInput): Promise<Media> {
  const { brand, bytes } = input;
  if (bytes.length > ctx.config.mediaMaxBytes) throw mediaTooLarge(ctx.config.mediaMaxBytes);
  if (bytes.length === 0) throw refusedFile(400, 'media_empty', MEDIA_MESSAGES.empty);
  const sniffed = sniffMedia(bytes);
  if (!sniffed) throw refusedFile(400, 'media_type', MEDIA_MESSAGES.notAnImage, { acceptedTypes: IMAGE_TYPES });

  const id = randomUUID();
  const now = new Date();
  const storageKey = mediaKey(brand.id, id, sniffed.mimeType, now);
  const store = mediaStoreFor(ctx.config);
  await store.put(storageKey, bytes, sniffed.mimeType);
  const values = {
    id,
    workspaceId: brand.workspaceId,
    brandId: brand.id,
    storageKey,
    mimeType: sniffed.mimeType,
    byteSize: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    width: sniffed.width,
    height: sniffed.height,
    originalName: cleanFileName(input.originalName),
    uploadedBy: actor.userId,
    createdAt: now,
  };
  try {
    const row = await ctx.db.transaction(async (tx) => {
      const [inserted] = await tx.insert(media).values(values).returning();
      await recordAudit(tx, actor, {
        workspaceId: brand.workspaceId,
        brandId: brand.id,
        action: 'media.upload',
        targetType: 'media',
        targetId: id,
        after: { originalName: values.originalName, mimeType: values.mimeType, byteSize: values.byteSize, width: values.width, height: values.height, sha256: values.sha256 },
      });
      return inserted!;
    });
    return mediaView(row);
  } catch (err) {
    await store.delete(storageKey).catch(() => {});
    throw err;
  }
}

export interface MediaRead {
  media: MediaRow;
  /** Strong validator for HTTP caching: the content's SHA-256, which never changes for an id. */
  etag: string;
  /** null when the caller's copy (If-None-Match) is already this file. */
  bytes: Uint8Array | null;
}

/** One of the brand's files with its bytes; 404 for an id that is not the brand's. */
export async function readMedia(ctx: AppContext, brandId: string, mediaId: string, opts: { ifNoneMatch?: string | undefined } = {}): Promise<MediaRead> {
  const [row] = await ctx.db
    .select()
    .from(media)
    .where(and(eq(media.id, mediaId), eq(media.brandId, brandId)));
  if (!row) throw notFound('This media file');
  const etag = `"${row.sha256}"`;
  if (opts.ifNoneMatch && opts.ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) {
    return { media: row, etag, bytes: null };
  }
  const bytes = await mediaStoreFor(ctx.config).get(row.storageKey);
  // The row exists, so the file must: its absence is the operator's to fix, not the reader's.
  if (!bytes) throw new Error(`Media ${row.id} has no file in the media store under ${row.storageKey}.`);
  return { media: row, etag, bytes };
}

export interface LoadedMedia {
  bytes: Uint8Array;
  mimeType: string;
  width: number | null;
  height: number | null;
}

/**
 * The files a publication sends, by id. An id with no row, or whose file is missing from the
 * store, is left out: the publisher tells the author which image is gone.
 */
export async function loadMediaBytes(ctx: AppContext, mediaIds: string[]): Promise<Map<string, LoadedMedia>> {
  const loaded = new Map<string, LoadedMedia>();
  const ids = [...new Set(mediaIds)];
  if (!ids.length) return loaded;
  const rows = await ctx.db.select().from(media).where(inArray(media.id, ids));
  const store = mediaStoreFor(ctx.config);
  for (const row of rows) {
    const bytes = await store.get(row.storageKey);
    if (bytes) loaded.set(row.id, { bytes, mimeType: row.mimeType, width: row.width, height: row.height });
  }
  return loaded;
}
