// The networks Brandroom knows and how each counts a post's length. Lengths are in grapheme clusters
// (what a person sees as one character: a letter with its niqqud, an emoji with its modifiers)
// unless a network documents otherwise.

export const NETWORKS = ['bluesky', 'mastodon', 'x', 'facebook', 'instagram', 'linkedin', 'threads', 'telegram', 'webhook'] as const;
export type Network = (typeof NETWORKS)[number];

/** Longest text a post may have; null: no limit of its own (the webhook takes what it is given). */
export const TEXT_LIMITS: Record<Network, number | null> = {
  bluesky: 300, // graphemes (app.bsky.feed.post)
  mastodon: 500, // the default; an instance may allow more (publish reads the instance's own limit)
  x: 280, // weighted, see countText
  facebook: 63_206,
  instagram: 2_200,
  linkedin: 3_000,
  threads: 500,
  telegram: 4_096,
  webhook: null,
};

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function countGraphemes(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
  return count;
}

const URL_RE = /\bhttps?:\/\/[^\s<>"]+/giu;
/** X counts every link as 23 and, per its counting rules, characters outside Latin-1 and a few punctuation ranges as 2. */
const X_LIGHT = /[\u0000-\u10FF\u2000-\u200D\u2010-\u201F\u2032-\u2037]/u;

/** Mastodon counts every link as 23 characters, whatever its length. */
export function countText(network: Network | null | undefined, text: string): number {
  if (network === 'x') {
    let count = 0;
    const withoutUrls = text.replace(URL_RE, () => {
      count += 23;
      return '';
    });
    for (const { segment } of graphemes.segment(withoutUrls)) count += X_LIGHT.test(segment) ? 1 : 2;
    return count;
  }
  if (network === 'mastodon') {
    let count = 0;
    const withoutUrls = text.replace(URL_RE, () => {
      count += 23;
      return '';
    });
    return count + countGraphemes(withoutUrls);
  }
  return countGraphemes(text);
}

/** The limit that applies, taking a network's configured limit (a Mastodon instance's) over the default. */
export function textLimit(network: Network | null | undefined, configured?: number | null): number | null {
  if (!network) return null;
  return configured ?? TEXT_LIMITS[network];
}
