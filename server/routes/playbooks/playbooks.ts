// What-if playbooks of a brand: the library to copy from, the brand's playbooks and their versions,
// and drills. Everyone who sees the brand reads them; managers (policy.edit) change and drill them.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  drillSchema,
  playbookSchema,
  playbookSummarySchema,
  playbookTemplateSchema,
  playbookVersionSummarySchema,
  savedPlaybookSchema,
} from '../../../core/playbooks/contracts.ts';
import { PLAYBOOK_LIBRARY, templateContent, type TemplateKey } from '../../../core/playbooks/library.ts';
import { requireAuth } from '../../auth/request-auth.ts';
import { actorOf, authorizeBrand } from '../../http/guard.ts';
import { finishDrill, getDrill, listDrills, markDrillStep, startDrill } from '../../services/playbooks/drills.ts';
import {
  archivePlaybook,
  createPlaybook,
  getPlaybook,
  listPlaybooks,
  listPlaybookVersions,
  updatePlaybook,
} from '../../services/playbooks/playbooks.ts';
import { errors, id } from '../common.ts';
import {
  createPlaybookBody,
  finishDrillBody,
  libraryQuery,
  listDrillsQuery,
  markStepBody,
  stepParam,
  updatePlaybookBody,
  versionParam,
} from './schema.ts';

const brandParams = z.object({ brandId: id() });
const playbookParams = brandParams.extend({ playbookId: id() });
const drillParams = playbookParams.extend({ drillId: id() });
const one = z.object({ playbook: playbookSchema });
const oneDrill = z.object({ drill: drillSchema });
const tags = ['playbooks'];

export async function playbookRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  r.get('/playbook-library', {
    schema: { tags, summary: 'Starting playbooks to copy and adapt, in one language', querystring: libraryQuery, response: { 200: z.object({ items: z.array(playbookTemplateSchema) }), ...errors(400, 401) } },
  }, async (request) => {
    requireAuth(request);
    const locale = request.query.locale ?? 'en';
    return {
      items: PLAYBOOK_LIBRARY.map((template) => ({
        key: template.key,
        name: template.name[locale],
        description: template.description[locale],
        content: templateContent(template, locale),
      })),
    };
  });

  r.get('/brands/:brandId/playbooks', {
    schema: { tags, summary: 'The brand\'s playbooks, with their current version, tiers and last drill', params: brandParams, response: { 200: z.object({ items: z.array(playbookSummarySchema) }), ...errors(401, 404) } },
  }, async (request) => {
    const me = await authorizeBrand(request, request.params.brandId, 'policy.view');
    return { items: await listPlaybooks(db, me.brand.id) };
  });

  r.post('/brands/:brandId/playbooks', {
    schema: { tags, summary: 'Copy a library playbook in the brand\'s language, or create one from content', params: brandParams, body: createPlaybookBody, response: { 201: savedPlaybookSchema, ...errors(400, 401, 403, 404, 409) } },
  }, async (request, reply) => {
    const me = await authorizeBrand(request, request.params.brandId, 'policy.edit');
    const { templateKey, locale, content } = request.body;
    const saved = await createPlaybook(db, actorOf(request), me.brand, { templateKey: templateKey as TemplateKey | undefined, locale, content });
    return reply.status(201).send(saved);
  });

  r.get('/brands/:brandId/playbooks/:playbookId', {
    schema: { tags, summary: 'A playbook\'s current version', params: playbookParams, response: { 200: one, ...errors(401, 404) } },
  }, async (request) => {
    const me = await authorizeBrand(request, request.params.brandId, 'policy.view');
    return { playbook: await getPlaybook(db, me.brand.id, request.params.playbookId) };
  });

  r.put('/brands/:brandId/playbooks/:playbookId', {
    schema: { tags, summary: 'Save a new version of a playbook', params: playbookParams, body: updatePlaybookBody, response: { 200: savedPlaybookSchema, ...errors(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const me = await authorizeBrand(request, request.params.brandId, 'policy.edit');
    return updatePlaybook(db, actorOf(request), me.brand, request.params.playbookId, request.body);
  });

  r.delete('/brands/:brandId/playbooks/:playbookId', {
    schema: { tags, summary: 'Archive a playbook (its versions and drills are kept)', params: playbookParams, response: { 204: z.null(), ...errors(401, 403, 404) } },
  }, async (request, reply) => {
    const me = await authorizeBrand(request, request.params.brandId, 'policy.edit');
    await archivePlaybook(db, actorOf(request), me.brand, request.params.playbookId);
    return reply.status(204).send(null);
  });

  r.get('/brands/:brandId/playbooks/:playbookId/versions', {
    schema: { tags, summary: 'A playbook\'s versions, newest first, with author and note', params: playbookParams, response: { 200: z.object({ items: z.array(playbookVersionSummarySchema) }), ...errors(401, 404) } },
  }, async (request) => {
    const me = await authorizeBrand(request, request.params.brandId, 'policy.view');
    return { items: await listPlaybookVersions(db, me.brand.id, request.params.playbookId) };
  });

  r.get('/brands/:brandId/playbooks/:playbookId/versions/:version', {
    schema: { tags, summary: 'One version of a playbook, as it was saved', params: playbookParams.extend({ version: versionParam }), response: { 200: one, ...errors(400, 401, 404) } },
  }, async (request) => {
    const me = await authorizeBrand(request, request.params.brandId, 'policy.view');
    return { playbook: await getPlaybook(db, me.brand.id, request.params.playbookId, request.params.version) };
  });

  r.get('/brands/:brandId/playbooks/:playbookId/drills', {
    schema: { tags, summary: 'Drills of a playbook, newest first, with the time each step took', params: playbookParams, querystring: listDrillsQuery, response: { 200: z.object({ items: z.array(drillSchema) }), ...errors(400, 401, 404) } },
  }, async (request) => {
    const me = await authorizeBrand(request, request.params.brandId, 'policy.view');
    return { items: await listDrills(db, me.brand.id, request.params.playbookId, request.query.limit) };
  });

  r.post('/brands/:brandId/playbooks/:playbookId/drills', {
    schema: { tags, summary: 'Start a drill of the playbook\'s current version', params: playbookParams, response: { 201: oneDrill, ...errors(401, 403, 404) } },
  }, async (request, reply) => {
    const me = await authorizeBrand(request, request.params.brandId, 'policy.edit');
    return reply.status(201).send({ drill: await startDrill(db, actorOf(request), me.brand, request.params.playbookId) });
  });

  r.get('/brands/:brandId/playbooks/:playbookId/drills/:drillId', {
    schema: { tags, summary: 'One drill, with the time each step took', params: drillParams, response: { 200: oneDrill, ...errors(401, 404) } },
  }, async (request) => {
    const { brandId, playbookId, drillId } = request.params;
    const me = await authorizeBrand(request, brandId, 'policy.view');
    return { drill: await getDrill(db, me.brand.id, playbookId, drillId) };
  });

  r.post('/brands/:brandId/playbooks/:playbookId/drills/:drillId/steps/:index', {
    schema: { tags, summary: 'Mark a step of a drill done (its index in the checklist, from 0)', params: drillParams.extend({ index: stepParam }), body: markStepBody, response: { 200: oneDrill, ...errors(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const { brandId, playbookId, drillId, index } = request.params;
    const me = await authorizeBrand(request, brandId, 'policy.edit');
    return { drill: await markDrillStep(db, actorOf(request), me.brand, playbookId, drillId, index, request.body.note) };
  });

  r.post('/brands/:brandId/playbooks/:playbookId/drills/:drillId/finish', {
    schema: { tags, summary: 'Finish a drill (steps not done are recorded as skipped)', params: drillParams, body: finishDrillBody, response: { 200: oneDrill, ...errors(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const { brandId, playbookId, drillId } = request.params;
    const me = await authorizeBrand(request, brandId, 'policy.edit');
    return { drill: await finishDrill(db, actorOf(request), me.brand, playbookId, drillId, request.body.notes) };
  });
}
