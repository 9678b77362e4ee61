// Rules: a brand's (managers) and the workspace's (owners and admins), and the default templates.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ruleSchema } from '../../../core/policy/contracts.ts';
import { DEFAULT_RULES } from '../../../core/policy/defaults.ts';
import { ruleInputSchema } from '../../../core/policy/rules.ts';
import { RULE_KINDS, SEVERITIES } from '../../../core/policy/types.ts';
import { roleAllows } from '../../../core/permissions.ts';
import { requireAuth } from '../../auth/request-auth.ts';
import { actorOf, authorize, authorizeBrand } from '../../http/guard.ts';
import { addDefaultRules, createRule, customizeForBrand, deleteRule, rulesForBrand, ruleFromTemplate, toRule, updateRule, workspaceRules } from '../../services/policy/rules.ts';
import { errors, id, localeEnum } from '../common.ts';

const brandParams = z.object({ brandId: id() });
const brandRuleParams = brandParams.extend({ ruleId: id() });
const wsParams = z.object({ workspaceId: id() });
const wsRuleParams = wsParams.extend({ ruleId: id() });
const list = z.object({ items: z.array(ruleSchema) });
const one = z.object({ rule: ruleSchema });
/** A new rule: written out in full, or copied from a default template (named in `locale`). */
const newRuleBody = z.union([ruleInputSchema, z.strictObject({ templateKey: z.string().min(1), locale: localeEnum.default('he') })]);
/** For a brand, also: its own copy of a workspace rule, which then replaces that rule for the brand. */
const newBrandRuleBody = z.union([newRuleBody, z.strictObject({ copyOf: id() })]);

const templateSchema = z.object({
  templateKey: z.string(),
  kind: z.enum(RULE_KINDS),
  name: z.object({ he: z.string(), en: z.string() }),
  severity: z.enum(SEVERITIES),
  enabled: z.boolean(),
  config: z.record(z.string(), z.unknown()),
});

export async function policyRuleRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  r.get('/policy/rule-templates', {
    schema: { tags: ['policy'], summary: 'The default rules, to add to a brand or workspace', response: { 200: z.object({ items: z.array(templateSchema) }), ...errors(401) } },
  }, async (request) => {
    requireAuth(request);
    return { items: DEFAULT_RULES.map((t) => ({ ...t })) };
  });

  r.get('/brands/:brandId/policy/rules', {
    schema: { tags: ['policy'], summary: 'The rules a brand\'s drafts are checked against: the workspace\'s and its own', params: brandParams, response: { 200: list, ...errors(401, 404) } },
  }, async (request) => {
    const me = await authorizeBrand(request, request.params.brandId, 'policy.view');
    return { items: (await rulesForBrand(db, me.workspaceId, me.brand.id)).map(({ row, overridden }) => toRule(row, overridden)) };
  });

  r.post('/brands/:brandId/policy/rules', {
    schema: { tags: ['policy'], summary: 'Add a rule to the brand (its own copy of a default or workspace rule replaces that rule for the brand)', params: brandParams, body: newBrandRuleBody, response: { 201: one, ...errors(400, 401, 403, 404) } },
  }, async (request, reply) => {
    const me = await authorizeBrand(request, request.params.brandId, 'policy.edit');
    const body = request.body;
    const scope = { workspaceId: me.workspaceId, brandId: me.brand.id };
    const mayWeaken = roleAllows(me.role, 'workspace.update');
    const row = 'copyOf' in body
      ? await customizeForBrand(db, actorOf(request), me.workspaceId, me.brand.id, body.copyOf, mayWeaken)
      : 'templateKey' in body
      ? await createRule(db, actorOf(request), scope, ruleFromTemplate(body.templateKey, body.locale), body.templateKey, mayWeaken)
      : await createRule(db, actorOf(request), scope, body);
    return reply.status(201).send({ rule: toRule(row) });
  });

  r.put('/brands/:brandId/policy/rules/:ruleId', {
    schema: { tags: ['policy'], summary: 'Change one of the brand\'s rules', params: brandRuleParams, body: ruleInputSchema, response: { 200: one, ...errors(400, 401, 403, 404) } },
  }, async (request) => {
    const me = await authorizeBrand(request, request.params.brandId, 'policy.edit');
    const scope = { workspaceId: me.workspaceId, brandId: me.brand.id };
    const row = await updateRule(db, actorOf(request), scope, request.params.ruleId, request.body, roleAllows(me.role, 'workspace.update'));
    return { rule: toRule(row) };
  });

  r.delete('/brands/:brandId/policy/rules/:ruleId', {
    schema: { tags: ['policy'], summary: 'Remove one of the brand\'s rules (a workspace rule it replaced applies again)', params: brandRuleParams, response: { 204: z.null(), ...errors(401, 403, 404) } },
  }, async (request, reply) => {
    const me = await authorizeBrand(request, request.params.brandId, 'policy.edit');
    await deleteRule(db, actorOf(request), { workspaceId: me.workspaceId, brandId: me.brand.id }, request.params.ruleId);
    return reply.status(204).send(null);
  });

  r.get('/workspaces/:workspaceId/policy/rules', {
    schema: { tags: ['policy'], summary: 'The workspace\'s rules (they apply to every brand)', params: wsParams, response: { 200: list, ...errors(401, 404) } },
  }, async (request) => {
    const me = await authorize(request, request.params.workspaceId, 'workspace.view');
    return { items: (await workspaceRules(db, me.workspaceId)).map((row) => toRule(row)) };
  });

  r.post('/workspaces/:workspaceId/policy/rules', {
    schema: { tags: ['policy'], summary: 'Add a workspace rule', params: wsParams, body: newRuleBody, response: { 201: one, ...errors(400, 401, 403, 404) } },
  }, async (request, reply) => {
    const me = await authorize(request, request.params.workspaceId, 'workspace.update');
    const body = request.body;
    const scope = { workspaceId: me.workspaceId, brandId: null };
    const row = 'templateKey' in body
      ? await createRule(db, actorOf(request), scope, ruleFromTemplate(body.templateKey, body.locale), body.templateKey)
      : await createRule(db, actorOf(request), scope, body);
    return reply.status(201).send({ rule: toRule(row) });
  });

  r.post('/workspaces/:workspaceId/policy/rules/defaults', {
    schema: { tags: ['policy'], summary: 'Add every default rule the workspace does not have yet', params: wsParams, body: z.strictObject({ locale: localeEnum.default('he') }), response: { 200: list, ...errors(400, 401, 403, 404) } },
  }, async (request) => {
    const me = await authorize(request, request.params.workspaceId, 'workspace.update');
    const rows = await db.transaction((tx) => addDefaultRules(tx, actorOf(request), { workspaceId: me.workspaceId, brandId: null }, request.body.locale));
    return { items: rows.map((row) => toRule(row)) };
  });

  r.put('/workspaces/:workspaceId/policy/rules/:ruleId', {
    schema: { tags: ['policy'], summary: 'Change a workspace rule', params: wsRuleParams, body: ruleInputSchema, response: { 200: one, ...errors(400, 401, 403, 404) } },
  }, async (request) => {
    const me = await authorize(request, request.params.workspaceId, 'workspace.update');
    const row = await updateRule(db, actorOf(request), { workspaceId: me.workspaceId, brandId: null }, request.params.ruleId, request.body);
    return { rule: toRule(row) };
  });

  r.delete('/workspaces/:workspaceId/policy/rules/:ruleId', {
    schema: { tags: ['policy'], summary: 'Remove a workspace rule', params: wsRuleParams, response: { 204: z.null(), ...errors(401, 403, 404) } },
  }, async (request, reply) => {
    const me = await authorize(request, request.params.workspaceId, 'workspace.update');
    await deleteRule(db, actorOf(request), { workspaceId: me.workspaceId, brandId: null }, request.params.ruleId);
    return reply.status(204).send(null);
  });
}
