// Builds the HTTP server: API under /api/v1, its OpenAPI document, health checks, and the web app.
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { registerRequestAuth } from '../auth/request-auth.ts';
import { auditRoutes } from '../routes/audit/audit.ts';
import { authRoutes } from '../routes/auth/auth.ts';
import { brandRoutes } from '../routes/brands/brands.ts';
import { healthRoutes } from '../routes/health/health.ts';
import { invitationRoutes } from '../routes/invitations/invitations.ts';
import { jobRoutes } from '../routes/jobs/jobs.ts';
import { memberRoutes } from '../routes/members/members.ts';
import { workspaceRoutes } from '../routes/workspaces/workspaces.ts';
import type { AppContext } from './context.ts';
import { AppError, errorHandler } from './errors.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { planRoutes } from '../routes/plan/plan.ts';
import { policyRoutes } from '../routes/policy/policy.ts';
import { playbookRoutes } from '../routes/playbooks/playbooks.ts';
import { campaignRoutes } from '../routes/campaigns/campaigns.ts';
import { approvalFlowRoutes } from '../routes/approval-flow/approval-flow.ts';
import { noticeRoutes } from '../routes/notices/notices.ts';
import { channelRoutes } from '../routes/channels/channels.ts';
import { postRoutes } from '../routes/posts/posts.ts';
import { calendarRoutes } from '../routes/calendar/calendar.ts';
import { mediaRoutes } from '../routes/media/media.ts';

export const APP_DIST = path.resolve(import.meta.dirname, '../../dist/app');

export async function buildApp(ctx: AppContext, opts: { logger?: boolean; serveApp?: boolean } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger === false ? false : { level: ctx.config.logLevel },
    bodyLimit: ctx.config.bodyLimitBytes,
    // Trust exactly the configured number of proxy hops: a client cannot add forwarded addresses of its own.
    trustProxy: (_address: string, hop: number) => hop < ctx.config.trustProxy,
    // One line per request is noise at the default level; debug and trace show them.
    logController: new LogController({ disableRequestLogging: ctx.config.logLevel !== 'debug' && ctx.config.logLevel !== 'trace' }),
  });
  app.decorate('ctx', ctx);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  // The API takes JSON only; Fastify's built-in text/plain parser would turn a text body into a
  // confusing validation error instead of 415.
  app.removeContentTypeParser('text/plain');
  registerSecurityHeaders(app);
  await app.register(fastifyCookie);
  registerRequestAuth(app);

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Brandroom API',
        version: '1',
        description:
          'Everything the Brandroom app does goes through this API. Authenticate with a personal API token (Authorization: Bearer brt_…) created under Account → API tokens.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, cookie: { type: 'apiKey', in: 'cookie', name: 'brandroom_session' } } },
      security: [{ bearer: [] }, { cookie: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(healthRoutes);
  await app.register(
    async (api) => {
      await api.register(authRoutes);
      await api.register(workspaceRoutes);
      await api.register(brandRoutes);
      await api.register(memberRoutes);
      await api.register(invitationRoutes);
      await api.register(auditRoutes);
      await api.register(jobRoutes);
      await api.register(planRoutes);
      await api.register(policyRoutes);
      await api.register(playbookRoutes);
      await api.register(campaignRoutes);
      await api.register(approvalFlowRoutes);
      await api.register(noticeRoutes);
      await api.register(channelRoutes);
      await api.register(postRoutes);
      await api.register(calendarRoutes);
      await api.register(mediaRoutes);
    },
    { prefix: '/api/v1' },
  );

  const serveApp = (opts.serveApp ?? true) && existsSync(path.join(APP_DIST, 'index.html'));
  if (serveApp) {
    await app.register(fastifyStatic, {
      root: APP_DIST,
      index: 'index.html',
      // Built asset names carry a content hash: cache them for good; pages are always revalidated.
      cacheControl: false,
      setHeaders(reply, filePath) {
        reply.header('Cache-Control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !serveApp || (request.method !== 'GET' && request.method !== 'HEAD')) {
      throw new AppError(404, 'not_found', `There is no ${request.method} ${request.url.split('?')[0]} here.`);
    }
    // Any other page address belongs to the single-page app, which routes it in the browser.
    return reply.type('text/html').header('Cache-Control', 'no-cache').sendFile('index.html');
  });
  return app;
}
