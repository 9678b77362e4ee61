// The publish area's words, shared by the server, the connectors and the app.

/** The networks Brandroom can publish to today (a subset of core/networks.ts NETWORKS). */
export const CHANNEL_NETWORKS = ['bluesky', 'mastodon', 'webhook'] as const;
export type ChannelNetwork = (typeof CHANNEL_NETWORKS)[number];

export const POST_STATUSES = ['draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'publishing', 'published', 'failed'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

export const VARIANT_STATES = ['pending', 'queued', 'publishing', 'retry', 'published', 'failed', 'cancelled'] as const;
export type VariantState = (typeof VARIANT_STATES)[number];

export const CAMPAIGN_LAYERS = ['preserve', 'image', 'service'] as const;
export type CampaignLayer = (typeof CAMPAIGN_LAYERS)[number];

/**
 * Why a publication failed or waits, as a stable code the app words in the reader's language
 * (core/publish/messages.ts). The network's own words travel beside it as untrusted detail.
 */
export const PUBLISH_ERROR_CODES = [
  'auth_failed',
  'rate_limited',
  'unreachable',
  'timeout',
  'server_error',
  'bad_response',
  'text_too_long',
  'too_many_images',
  'media_too_large',
  'media_type',
  'rejected',
  'not_found',
  'blocked_address',
  'receiver_error',
  'channel_needs_reconnect',
  'channel_removed',
  'demo_channel',
  'not_approved_in_time',
  'gave_up',
] as const;
export type PublishErrorCode = (typeof PUBLISH_ERROR_CODES)[number];

/** After this many authentication failures in a row a channel asks to be reconnected. */
export const AUTH_FAILURES_BEFORE_RECONNECT = 3;
