// The app.bsky.feed.post record for one publication: its text (with the link on its own line), the
// facets that make links, hashtags and mentions live (by UTF-8 byte offsets, as the lexicon says), and
// the checks Bluesky would fail it on, made before anything is sent.
import { AppBskyRichtextFacet, RichText } from '@atproto/api';
import { countText, TEXT_LIMITS } from '../../../core/networks.ts';
import { ConnectorError, type OutgoingPost } from '../types.ts';

export const BLUESKY_TEXT_LIMIT = TEXT_LIMITS.bluesky ?? 300;
/** The lexicon's other bound on a post's text, in UTF-8 bytes (a long run of emoji reaches it first). */
const TEXT_MAX_BYTES = 3000;
export const BLUESKY_MAX_IMAGES = 4;
/** What the Bluesky app accepts per image; larger images are refused, not resized. */
export const BLUESKY_IMAGE_MAX_BYTES = 1_000_000;
export const BLUESKY_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;
/** The Bluesky app's limit on alt text, in graphemes (the lexicon sets none). */
export const BLUESKY_ALT_TEXT_MAX = 2000;

const utf8 = new TextEncoder();

/** The text as posted: the link goes on a line of its own unless the text already carries it. */
export function postText(post: Pick<OutgoingPost, 'text' | 'link'>): string {
  if (!post.link || post.text.includes(post.link)) return post.text;
  const body = post.text.trimEnd();
  return body ? `${body}\n${post.link}` : post.link;
}

/** Refuses what Bluesky would refuse, before a single request. */
export function assertPublishable(post: OutgoingPost): void {
  const text = postText(post);
  if (countText('bluesky', text) > BLUESKY_TEXT_LIMIT || utf8.encode(text).length > TEXT_MAX_BYTES) {
    throw new ConnectorError('rejected', 'text_too_long');
  }
  if (post.images.length > BLUESKY_MAX_IMAGES) throw new ConnectorError('rejected', 'too_many_images');
  for (const image of post.images) {
    if (!(BLUESKY_IMAGE_TYPES as readonly string[]).includes(image.mimeType.toLowerCase())) throw new ConnectorError('rejected', 'media_type', { detail: image.mimeType });
    if (image.bytes.byteLength > BLUESKY_IMAGE_MAX_BYTES) throw new ConnectorError('rejected', 'media_too_large');
  }
}

/**
 * Links and hashtags as Bluesky's own client finds them; mentions kept only when the handle resolves
 * to an account (an unresolved one stays plain text). The post's link is always a link facet over its
 * exact text, even where detection would trim it.
 */
export async function buildFacets(
  text: string,
  link: string | null,
  resolveHandle: (handle: string) => Promise<string | null>,
): Promise<AppBskyRichtextFacet.Main[]> {
  const rich = new RichText({ text });
  rich.detectFacetsWithoutResolution();
  const facets: AppBskyRichtextFacet.Main[] = [];
  for (const facet of rich.facets ?? []) {
    const features: AppBskyRichtextFacet.Main['features'] = [];
    for (const feature of facet.features) {
      if (AppBskyRichtextFacet.isMention(feature)) {
        // Before resolution the mention's did holds the handle as written.
        const did = await resolveHandle(feature.did);
        if (did) features.push({ ...feature, did });
      } else {
        features.push(feature);
      }
    }
    if (features.length) facets.push({ ...facet, features });
  }
  if (!link) return facets;
  const at = text.lastIndexOf(link);
  const byteStart = utf8.encode(text.slice(0, at)).length;
  const byteEnd = byteStart + utf8.encode(link).length;
  const others = facets.filter((f) => f.index.byteEnd <= byteStart || f.index.byteStart >= byteEnd);
  const own: AppBskyRichtextFacet.Main = {
    $type: 'app.bsky.richtext.facet',
    index: { byteStart, byteEnd },
    features: [{ $type: 'app.bsky.richtext.facet#link', uri: link }],
  };
  return [...others, own].sort((a, b) => a.index.byteStart - b.index.byteStart);
}
