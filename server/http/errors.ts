// One error shape for the whole API: {error: {code, message, details}}; the message is for a person.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { HEBREW_MESSAGES, hebrewOfIssue } from '../../core/hebrew-messages.ts';
import { localeFromAcceptLanguage } from '../../core/input-messages.ts';

export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const notFound = (what = 'This item') => new AppError(404, 'not_found', `${what} was not found, or you do not have access to it.`);
export const forbidden = (message = 'Your role does not allow this action. Ask a workspace owner or admin.') =>
  new AppError(403, 'forbidden', message);
export const unauthenticated = (message = 'Please log in.') => new AppError(401, 'unauthenticated', message);
export const conflict = (code: string, message: string, details?: Record<string, unknown>) =>
  new AppError(409, code, message, details);

/** A problem with one field; `he` carries a Hebrew message written with the English one (e.g. a rule's). */
export interface InputIssue {
  path: string;
  message: string;
  he?: string;
}

/** Input the schemas accepted but a service found wrong: the same shape as a schema's validation error. */
export function invalidInput(issues: InputIssue[]): AppError {
  const first = issues[0]!;
  return new AppError(400, 'validation_failed', `${first.path}: ${first.message}`, { issues });
}

export interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

const FASTIFY_CODES: Record<string, { status: number; code: string; message: (e: FastifyError) => string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'invalid_json', message: () => 'The request body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'invalid_json',
    message: () => 'The request body is empty; send a JSON object (at least {}).',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'body_too_large', message: () => 'The request body is too large.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'unsupported_media_type',
    message: () => 'Send the request body as JSON (Content-Type: application/json).',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'invalid_request',
    message: () => 'The Content-Length header does not match the body.',
  },
};

function issuePath(instancePath: string, where: string): string {
  return [where, ...instancePath.split('/')].filter(Boolean).join('.');
}

export function errorHandler(err: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const hebrew = localeFromAcceptLanguage(request.headers['accept-language']) === 'he';
  const send = (status: number, body: ErrorBody) => reply.status(status).send(body);
  if (err instanceof AppError) {
    const issues = Array.isArray(err.details?.issues) ? (err.details.issues as InputIssue[]) : null;
    // Input problems found by services (not by the schemas) are told in the reader's language too.
    const shown = issues?.map(({ he, ...i }) => ({ ...i, message: hebrew ? (he ?? HEBREW_MESSAGES[i.message] ?? i.message) : i.message }));
    const details = shown ? { ...err.details, issues: shown } : err.details;
    // invalidInput's message is its first issue: say that one in the reader's language as well.
    const first = issues?.[0];
    const message =
      first && shown && err.message === `${first.path}: ${first.message}`
        ? `${shown[0]!.path}: ${shown[0]!.message}`
        : hebrew
          ? (HEBREW_MESSAGES[err.message] ?? err.message)
          : err.message;
    return send(err.statusCode, { error: { code: err.code, message, ...(details ? { details } : {}) } });
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = err.validationContext ?? 'body';
    const issues = err.validation.map((v) => {
      const message = v.message ?? 'Invalid value';
      return {
        path: issuePath(v.instancePath, where),
        message: hebrew ? hebrewOfIssue({ ...(v.params as Record<string, unknown>), code: v.keyword, message }) : message,
      };
    });
    const first = issues[0];
    return send(400, {
      error: {
        code: 'validation_failed',
        message: first ? `${first.path}: ${first.message}` : 'The request is not valid.',
        details: { issues },
      },
    });
  }
  // A unique constraint caught what a check-then-insert race let through: the same answer as the check.
  if (err.cause && (err.cause as { code?: string }).code === '23505') {
    return send(409, { error: { code: 'conflict', message: 'This already exists: it was created at the same moment. Reload and try again.' } });
  }
  const known = err.code ? FASTIFY_CODES[err.code] : undefined;
  if (known) return send(known.status, { error: { code: known.code, message: known.message(err) } });
  if (err.statusCode === 429) {
    return send(429, { error: { code: 'too_many_requests', message: 'Too many requests; wait a moment and try again.' } });
  }
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    return send(err.statusCode, { error: { code: 'invalid_request', message: err.message } });
  }
  request.log.error({ err: loggable(err) }, 'unhandled error');
  return send(500, { error: { code: 'internal', message: 'Something went wrong on our side. It was logged; please try again.' } });
}

/**
 * Database errors carry the query's parameters in their message (emails, invitation tokens): the
 * log gets the query, the database's reason and the stack frames, never the values.
 */
function loggable(err: Error): unknown {
  const query = (err as { query?: unknown }).query;
  if (typeof query !== 'string') return err;
  const frames = (err.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at '));
  return { type: err.name, query, reason: err.cause instanceof Error ? err.cause.message : undefined, stack: frames.join('\n') };
}
