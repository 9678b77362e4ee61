// How a preview card splits a post's text: lines (each its own paragraph, with its own direction) and,
// in each, the links, hashtags and mentions a network shows in colour. Text stays text: the card
// renders these pieces as plain strings.

export interface PreviewToken {
  text: string;
  kind: 'text' | 'link' | 'tag' | 'mention';
}

// Links as core/networks.ts URL_RE finds them; a hashtag is letters in any script (#קפה_שקד); a mention is a handle.
const TOKEN = /(\bhttps?:\/\/[^\s<>"]+)|(#[\p{L}\p{M}\p{N}_]+)|(@[\p{L}\p{N}_.-]*[\p{L}\p{N}_])/gu;

export function previewTokens(line: string): PreviewToken[] {
  const tokens: PreviewToken[] = [];
  let at = 0;
  for (const m of line.matchAll(TOKEN)) {
    const start = m.index;
    // A hashtag or mention glued to a word (an e-mail address, "a#b") is not one.
    if (!m[1] && start > 0 && /[\p{L}\p{N}_]/u.test(line[start - 1]!)) continue;
    if (start > at) tokens.push({ text: line.slice(at, start), kind: 'text' });
    tokens.push({ text: m[0], kind: m[1] ? 'link' : m[2] ? 'tag' : 'mention' });
    at = start + m[0].length;
  }
  if (at < line.length || tokens.length === 0) tokens.push({ text: line.slice(at), kind: 'text' });
  return tokens;
}

/** The host of a link, for a link card ("shaked.example"); the link itself when it cannot be read. */
export function linkHost(link: string): string {
  try {
    return new URL(link).host;
  } catch {
    return link;
  }
}

/** Only web addresses become links: an address from a network or a webhook receiver is not trusted. */
export const isWebAddress = (value: string | null | undefined): value is string => !!value && /^https?:\/\//i.test(value);
