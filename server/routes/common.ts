// Schema pieces shared by the routes: ids, the error shape, brand scopes; the answers' shapes are
// the contracts in core/, shared with the app.
import { z } from 'zod';

export * from '../../core/contracts.ts';

export const id = () => z.uuid({ message: 'Must be an id (UUID)' });

export const errorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.record(z.string(), z.unknown()).optional() }),
});

export const errors = (...statuses: (400 | 401 | 403 | 404 | 409 | 410 | 413 | 422 | 429 | 503)[]) =>
  Object.fromEntries(statuses.map((s) => [s, errorSchema])) as Record<number, typeof errorSchema>;

export const brandScopeInput = z
  .array(id())
  .max(500)
  .nullable()
  .describe('null: every brand of the workspace; a list: only these brands');
