// One connector per network, sharing the outbound-request guard: no connector reaches a private or
// loopback address unless the operator allows it (BRANDROOM_ALLOW_PRIVATE_NETWORK).
import type { ChannelNetwork } from '../../core/publish/types.ts';
import type { Config } from '../config.ts';
import { createOutboundFetch } from '../net/outbound.ts';
import { createBlueskyConnector } from './bluesky/index.ts';
import { createMastodonConnector } from './mastodon/index.ts';
import type { Connector } from './types.ts';
import { createWebhookConnector } from './webhook/index.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each network has its own settings and secrets, parsed by its schemas
export type AnyConnector = Connector<any, any, any>;
export type ConnectorRegistry = Record<ChannelNetwork, AnyConnector>;

/** How long one call to a network may take; past it, an outcome is unknown and checked before a retry. */
export const NETWORK_TIMEOUT_MS = 30_000;

export function createConnectors(config: Pick<Config, 'allowPrivateNetwork'>, timeoutMs = NETWORK_TIMEOUT_MS): ConnectorRegistry {
  const fetch = createOutboundFetch({ allowPrivateNetwork: config.allowPrivateNetwork, timeoutMs });
  return {
    bluesky: createBlueskyConnector({ fetch, timeoutMs }),
    mastodon: createMastodonConnector({ fetch, timeoutMs }),
    webhook: createWebhookConnector({ fetch, timeoutMs, allowPrivateNetwork: config.allowPrivateNetwork }),
  };
}
