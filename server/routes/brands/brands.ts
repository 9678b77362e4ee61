import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, authorize } from '../../http/guard.ts';
import { decodeCursor } from '../../http/pagination.ts';
import { archiveBrand, createBrand, getBrand, listBrands, toBrand, updateBrand } from '../../services/workspace/brands.ts';
import { brandSchema, errors, id, page } from '../common.ts';
import { createBrandBody, listBrandsQuery, updateBrandBody } from './schema.ts';

const wsParams = z.object({ workspaceId: id() });
const brandParams = z.object({ workspaceId: id(), brandId: id() });
const one = z.object({ brand: brandSchema });

export async function brandRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.ctx.db;

  r.get('/workspaces/:workspaceId/brands', {
    schema: { tags: ['brands'], summary: 'Brands I can see in a workspace', params: wsParams, querystring: listBrandsQuery, response: { 200: page(brandSchema), ...errors(400, 401, 404) } },
  }, async (request) => {
    const me = await authorize(request, request.params.workspaceId, 'workspace.view');
    const { limit, cursor, includeArchived } = request.query;
    const result = await listBrands(db, me, { includeArchived, limit, after: decodeCursor(cursor) });
    return { items: result.items.map(toBrand), nextCursor: result.nextCursor };
  });

  r.post('/workspaces/:workspaceId/brands', {
    schema: { tags: ['brands'], summary: 'Add a brand', params: wsParams, body: createBrandBody, response: { 201: one, ...errors(400, 401, 403, 404, 409) } },
  }, async (request, reply) => {
    const me = await authorize(request, request.params.workspaceId, 'brand.create');
    const brand = await createBrand(db, actorOf(request), me.workspaceId, request.body);
    return reply.status(201).send({ brand: toBrand(brand) });
  });

  r.get('/workspaces/:workspaceId/brands/:brandId', {
    schema: { tags: ['brands'], summary: 'One brand', params: brandParams, response: { 200: one, ...errors(401, 404) } },
  }, async (request) => {
    const { workspaceId, brandId } = request.params;
    await authorize(request, workspaceId, 'brand.view', brandId);
    return { brand: toBrand(await getBrand(db, workspaceId, brandId)) };
  });

  r.patch('/workspaces/:workspaceId/brands/:brandId', {
    schema: { tags: ['brands'], summary: 'Change a brand\'s settings', params: brandParams, body: updateBrandBody, response: { 200: one, ...errors(400, 401, 403, 404) } },
  }, async (request) => {
    const { workspaceId, brandId } = request.params;
    await authorize(request, workspaceId, 'brand.update', brandId);
    return { brand: toBrand(await updateBrand(db, actorOf(request), workspaceId, brandId, request.body)) };
  });

  r.delete('/workspaces/:workspaceId/brands/:brandId', {
    schema: { tags: ['brands'], summary: 'Archive a brand (its history is kept)', params: brandParams, response: { 204: z.null(), ...errors(401, 403, 404) } },
  }, async (request, reply) => {
    const { workspaceId, brandId } = request.params;
    await authorize(request, workspaceId, 'brand.archive', brandId);
    await archiveBrand(db, actorOf(request), workspaceId, brandId);
    return reply.status(204).send(null);
  });
}
