import type { Network } from '../../core/networks.ts';

/** Networks go by their own names in every language. */
export const NETWORK_LABELS: Record<Network, string> = {
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  threads: 'Threads',
  telegram: 'Telegram',
  webhook: 'Webhook',
};
