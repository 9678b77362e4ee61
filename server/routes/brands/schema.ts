import { z } from 'zod';
import { brandNameSchema, localeSchema, timeZoneSchema } from '../../../core/validation.ts';
import { pageQuery } from '../../http/pagination.ts';

const description = z.string().trim().max(2000, 'Description is too long (2000 characters at most)');

export const createBrandBody = z.strictObject({
  name: brandNameSchema,
  primaryLanguage: localeSchema,
  timeZone: timeZoneSchema.default('Asia/Jerusalem'),
  description: description.default(''),
});

export const updateBrandBody = z.strictObject({
  name: brandNameSchema.optional(),
  primaryLanguage: localeSchema.optional(),
  timeZone: timeZoneSchema.optional(),
  description: description.optional(),
});

export const listBrandsQuery = z.strictObject({
  ...pageQuery,
  includeArchived: z
    .enum(['true', 'false'], { message: 'Must be true or false' })
    .optional()
    .transform((v) => v === 'true'),
});
