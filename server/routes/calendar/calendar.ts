// The calendar's data for a range, and the brand's crisis freeze (pause-all and resume).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { brandSchema } from '../../../core/contracts.ts';
import { calendarAnswer, calendarQuery, pauseBody, resumeAnswer } from '../../../core/publish/contracts.ts';
import { actorOf, authorizeBrand } from '../../http/guard.ts';
import { calendarFor } from '../../services/publish/calendar.ts';
import { pauseBrand, resumeBrand } from '../../services/publish/pause.ts';
import { toBrand } from '../../services/workspace/brands.ts';
import { errors, id } from '../common.ts';

const brandParams = z.object({ brandId: id() });

export async function calendarRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;

  r.get('/brands/:brandId/calendar', {
    schema: { tags: ['calendar'], summary: 'Posts, shaded windows (Shabbat, holidays, memorial days, blackouts), weekly cadence and silent channels for a range of at most 62 days', params: brandParams, querystring: calendarQuery, response: { 200: calendarAnswer, ...errors(400, 401, 404) } },
  }, async (request) => {
    const me = await authorizeBrand(request, request.params.brandId, 'post.view');
    return calendarFor(ctx, me.brand, request.query);
  });

  r.post('/brands/:brandId/pause', {
    schema: { tags: ['calendar'], summary: 'Pause everything the brand has scheduled (the crisis freeze), with a reason', params: brandParams, body: pauseBody, response: { 200: z.object({ brand: brandSchema }), ...errors(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const me = await authorizeBrand(request, request.params.brandId, 'brand.pause');
    const brand = await pauseBrand(ctx, { actor: { ...actorOf(request), userId: me.userId }, role: me.role }, me.brand, request.body.reason);
    return { brand: toBrand(brand) };
  });

  r.post('/brands/:brandId/resume', {
    schema: { tags: ['calendar'], summary: 'Lift the freeze; every queued post is checked again, and what became of each is answered', params: brandParams, response: { 200: resumeAnswer, ...errors(401, 403, 404, 409) } },
  }, async (request) => {
    const me = await authorizeBrand(request, request.params.brandId, 'brand.pause');
    return { posts: await resumeBrand(ctx, { actor: { ...actorOf(request), userId: me.userId }, role: me.role }, me.brand) };
  });
}
