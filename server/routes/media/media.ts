// Uploading images for posts and reading them back. An upload's body is the file itself, whatever
// Content-Type the browser gives it: the bytes decide what it is (core/publish/media.ts), and the
// file is served back only as that, with sniffing off.
import type { FastifyError, FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IMAGE_EXTENSIONS, MEDIA_MESSAGES, isImageType, mediaSchema } from '../../../core/publish/media.ts';
import { invalidInput } from '../../http/errors.ts';
import { actorOf, authorizeBrand } from '../../http/guard.ts';
import { mediaTooLarge, readMedia, saveUpload, type MediaRow } from '../../services/publish/media.ts';
import { errors } from '../common.ts';
import { brandParams, mediaParams } from './schema.ts';

// An id's bytes never change, so a browser may keep them; private, as they are only for the brand's team.
const CACHE_FOREVER = 'private, max-age=31536000, immutable';

export async function mediaRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  const limit = ctx.config.mediaMaxBytes;

  // In this plugin only: any body is taken as raw bytes, up to the media limit.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: limit }, (_request, body, done) => done(null, body));
  // Fastify's own "body too large" does not say the limit; the parent handler answers this one instead.
  app.setErrorHandler((err: FastifyError) => {
    throw err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? mediaTooLarge(limit) : err;
  });

  r.post('/brands/:brandId/media', {
    schema: {
      tags: ['media'],
      summary: 'Upload an image (JPEG, PNG, GIF or WebP) for the brand\'s posts',
      description:
        'The request body is the file itself, with any Content-Type: the type is read from the bytes. Name the file in an X-Filename header, encoded with encodeURIComponent.',
      params: brandParams,
      response: { 201: mediaSchema, ...errors(400, 401, 403, 404, 409, 413) },
    },
  }, async (request, reply) => {
    const me = await authorizeBrand(request, request.params.brandId, 'post.create');
    const originalName = fileNameOf(request.headers['x-filename']);
    const bytes = request.body instanceof Buffer ? request.body : new Uint8Array();
    const uploaded = await saveUpload(ctx, actorOf(request), { brand: me.brand, bytes, originalName });
    return reply.status(201).send(uploaded);
  });

  r.get('/brands/:brandId/media/:mediaId', {
    schema: {
      tags: ['media'],
      summary: 'An uploaded file\'s bytes, as the type sniffed at upload',
      params: mediaParams,
      response: {
        200: z.unknown().describe('The file, with the Content-Type sniffed at upload'),
        304: z.unknown().describe('Not modified: the copy named by If-None-Match is this file'),
        ...errors(401, 404),
      },
    },
    // The API answers "no-store" by default (server/http/security-headers.ts); a route's own onSend runs after that.
    onSend: async (_request, reply) => {
      if (reply.statusCode === 200 || reply.statusCode === 304) reply.header('Cache-Control', CACHE_FOREVER);
    },
  }, async (request, reply) => {
    const me = await authorizeBrand(request, request.params.brandId, 'post.view');
    const file = await readMedia(ctx, me.brand.id, request.params.mediaId, { ifNoneMatch: request.headers['if-none-match'] });
    reply.header('ETag', file.etag);
    if (!file.bytes) return reply.status(304).send(null);
    return reply
      .type(file.media.mimeType)
      .header('X-Content-Type-Options', 'nosniff')
      .header('Content-Disposition', disposition(file.media))
      .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
  });
}

function fileNameOf(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return '';
  try {
    return decodeURIComponent(value);
  } catch {
    throw invalidInput([{ path: 'headers.x-filename', message: MEDIA_MESSAGES.fileName.en, he: MEDIA_MESSAGES.fileName.he }]);
  }
}

/** Shown in the browser (images only), saved under the uploader's name: RFC 6266 with an ASCII fallback. */
function disposition(row: MediaRow): string {
  const name = row.originalName || `${row.id}.${isImageType(row.mimeType) ? IMAGE_EXTENSIONS[row.mimeType] : 'bin'}`;
  const ascii = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${isImageType(row.mimeType) ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
