// A brand's channels: list, connect (Bluesky app password, Mastodon token or OAuth, webhook URL),
// reconnect, remove. Secrets never leave the server, except a webhook's signing secret, shown once.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { channelSchema, connectChannelBody, connectedChannelAnswer, mastodonOAuthAnswer, mastodonOAuthBody } from '../../../core/publish/contracts.ts';
import { finishMastodonOAuth, startMastodonOAuth } from '../../connectors/mastodon/index.ts';
import { NETWORK_TIMEOUT_MS } from '../../connectors/registry.ts';
import { ConnectorError } from '../../connectors/types.ts';
import { actorOf, authorizeBrand } from '../../http/guard.ts';
import { AppError } from '../../http/errors.ts';
import { createOutboundFetch } from '../../net/outbound.ts';
import { archiveChannel, CONNECT_FAILED, connectChannel, findChannel, listChannels } from '../../services/publish/channels.ts';
import { errors, id } from '../common.ts';

const brandParams = z.object({ brandId: id() });
const channelParams = brandParams.extend({ channelId: id() });
const OAUTH_STATE_CONTEXT = 'mastodon-oauth-state';
const OAUTH_STATE_TTL_MS = 15 * 60_000;

const oauthState = z.object({ brandId: z.string(), userId: z.string(), instanceUrl: z.string(), clientId: z.string(), clientSecret: z.string(), redirectUri: z.string(), exp: z.number() });

export async function channelRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  const outbound = createOutboundFetch({ allowPrivateNetwork: ctx.config.allowPrivateNetwork, timeoutMs: NETWORK_TIMEOUT_MS });

  const baseUrl = (request: FastifyRequest) => ctx.config.publicUrl ?? `${request.protocol}://${request.host}`;

  r.get('/brands/:brandId/channels', {
    schema: { tags: ['channels'], summary: 'The brand\'s connected channels, with their state and limits', params: brandParams, response: { 200: z.object({ items: z.array(channelSchema) }), ...errors(401, 404) } },
  }, async (request) => {
    const me = await authorizeBrand(request, request.params.brandId, 'post.view');
    return { items: await listChannels(ctx, me.brand.id) };
  });

  r.post('/brands/:brandId/channels', {
    schema: {
      tags: ['channels'],
      summary: 'Connect a channel: the account is checked against the network first. A webhook\'s signing secret is in the answer, this once',
      params: brandParams,
      body: connectChannelBody,
      response: { 201: connectedChannelAnswer, ...errors(400, 401, 403, 404, 503) },
    },
  }, async (request, reply) => {
    const me = await authorizeBrand(request, request.params.brandId, 'channel.manage');
    const answer = await connectChannel(ctx, { ...actorOf(request), userId: me.userId }, me.brand, request.body);
    return reply.status(201).send(answer);
  });

  r.post('/brands/:brandId/channels/:channelId/reconnect', {
    schema: { tags: ['channels'], summary: 'Connect the channel again with new credentials (after the network refused the old ones)', params: channelParams, body: connectChannelBody, response: { 200: connectedChannelAnswer, ...errors(400, 401, 403, 404, 503) } },
  }, async (request) => {
    const me = await authorizeBrand(request, request.params.brandId, 'channel.manage');
    const channel = await findChannel(ctx.db, me.brand.id, request.params.channelId);
    return connectChannel(ctx, { ...actorOf(request), userId: me.userId }, me.brand, request.body, channel);
  });

  r.delete('/brands/:brandId/channels/:channelId', {
    schema: { tags: ['channels'], summary: 'Remove a channel (its published posts stay in the history)', params: channelParams, response: { 204: z.null(), ...errors(401, 403, 404, 409) } },
  }, async (request, reply) => {
    const me = await authorizeBrand(request, request.params.brandId, 'channel.manage');
    await archiveChannel(ctx, actorOf(request), me.brand, await findChannel(ctx.db, me.brand.id, request.params.channelId));
    return reply.status(204).send(null);
  });

  r.post('/brands/:brandId/channels/mastodon/authorize', {
    schema: { tags: ['channels'], summary: 'Start connecting a Mastodon account by OAuth: registers Brandroom with the instance and answers the address to send the person to', params: brandParams, body: mastodonOAuthBody, response: { 200: mastodonOAuthAnswer, ...errors(400, 401, 403, 404, 503) } },
  }, async (request) => {
    const me = await authorizeBrand(request, request.params.brandId, 'channel.manage');
    if (!ctx.secrets) throw new AppError(503, 'no_secret_key', 'Channels cannot be connected until the server has a secret key: set BRANDROOM_SECRET_KEY (see the README).');
    const redirectUri = `${baseUrl(request)}/api/v1/oauth/mastodon/callback`;
    const started = await startMastodonOAuth({ instanceUrl: request.body.instanceUrl, redirectUri, appName: 'Brandroom', website: baseUrl(request) }, outbound).catch((err: unknown) => {
      if (err instanceof ConnectorError) throw new AppError(400, 'connect_failed', CONNECT_FAILED, { code: err.code, field: 'address', detail: err.detail });
      throw err;
    });
    // The state carries what the callback needs, sealed: nothing is kept in this process's memory.
    const state = ctx.secrets.seal(
      JSON.stringify({ brandId: me.brand.id, userId: me.userId, instanceUrl: request.body.instanceUrl, clientId: started.clientId, clientSecret: started.clientSecret, redirectUri, exp: Date.now() + OAUTH_STATE_TTL_MS }),
      OAUTH_STATE_CONTEXT,
    );
    const url = new URL(started.authorizeUrl);
    url.searchParams.set('state', state);
    return { authorizeUrl: url.toString() };
  });

  r.get('/oauth/mastodon/callback', {
    schema: { tags: ['channels'], summary: 'Where the Mastodon instance sends the person back; connects the channel and returns to the channels page', querystring: z.object({ code: z.string().optional(), state: z.string(), error: z.string().optional() }) },
  }, async (request, reply) => {
    let state: z.infer<typeof oauthState>;
    try {
      state = oauthState.parse(JSON.parse(ctx.secrets!.open(request.query.state, OAUTH_STATE_CONTEXT)));
    } catch {
      throw new AppError(400, 'invalid_state', 'This sign-in link is not valid. Start connecting the channel again.');
    }
    const me = await authorizeBrand(request, state.brandId, 'channel.manage');
    const back = (query: string) => reply.redirect(`/w/${me.brand.workspaceId}/settings/channels?brand=${me.brand.id}&${query}`);
    if (state.userId !== me.userId || state.exp < Date.now()) return back('error=expired');
    if (!request.query.code) return back(`error=${encodeURIComponent(request.query.error ?? 'denied')}`);
    try {
      const { accessToken } = await finishMastodonOAuth({ instanceUrl: state.instanceUrl, clientId: state.clientId, clientSecret: state.clientSecret, redirectUri: state.redirectUri, code: request.query.code }, outbound);
      const { channel } = await connectChannel(ctx, { ...actorOf(request), userId: me.userId }, me.brand, { network: 'mastodon', instanceUrl: state.instanceUrl, accessToken });
      return back(`connected=${channel.id}`);
    } catch (err) {
      const code = err instanceof AppError ? String(err.details?.code ?? err.code) : err instanceof ConnectorError ? err.code : 'connect_failed';
      return back(`error=${encodeURIComponent(code)}`);
    }
  });
}
