// The networks Brandroom knows and how each counts a post's length. Lengths are in grapheme clusters
// (what a person sees as one character: a letter with its niqqud, an emoji with its modifiers)
// unless a network documents otherwise.

export const NETWORKS = ['bluesky', 'mastodon', 'x', 'facebook', 'instagram', 'linkedin', 'threads', 'telegram', 'webhook'] as const;
export type Network = (typeof NETWORKS)[number];

/** Networks go by their own names in every language. */
export const NETWORK_NAMES: Record<Network, string> = {
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

// Characters that can join their neighbours into one grapheme (marks such as niqqud, joiners, variation
// selectors, flags, CR LF, Hangul jamo, astral characters such as emoji). Text without any of them has
// one grapheme per code unit, and segmenting (about a microsecond per character) can be skipped.
const MAY_JOIN = /[\p{M}\u200c\u200d\ufe0e\ufe0f\r\u1100-\u11ff\u{10000}-\u{10ffff}]/u;

export function countGraphemes(text: string): number {
  if (!MAY_JOIN.test(text)) return text.length;
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
  return count;
}

/** A link as X and Mastodon find it in a post: each counts as 23 characters, whatever its length. */
export const URL_RE = /\bhttps?:\/\/[^\s<>"]+/giu;

/** X counts characters in these ranges (Latin to Georgian, some punctuation) as 1, all others as 2. */
export function isXLight(codePoint: number): boolean {
  return codePoint <= 0x10ff || (codePoint >= 0x2000 && codePoint <= 0x200d) || (codePoint >= 0x2010 && codePoint <= 0x201f) || (codePoint >= 0x2032 && codePoint <= 0x2037);
}

/** Mastodon counts every link as 23 characters, whatever its length. */
export function countText(network: Network | null | undefined, text: string): number {
  if (network === 'x') {
    let count = 0;
    const withoutUrls = text.replace(URL_RE, () => {
      count += 23;
      return '';
    });
    for (const { segment } of graphemes.segment(withoutUrls)) count += isXLight(segment.codePointAt(0)!) ? 1 : 2;
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
