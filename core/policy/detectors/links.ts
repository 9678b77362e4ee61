// Links in a draft: with a scheme (https://…), starting with www., or bare (shaked.co.il/menu, bit.ly/x).
// Each is classified as malformed (a typo in the scheme, a host that cannot exist), shortened (the
// reader cannot see where it leads) or fine, and its UTM parameters are read for the plan's
// measurement of visits from social.

export interface LinkHit {
  start: number;
  end: number;
  /** As written, without trailing punctuation. */
  text: string;
  /** Why the link is broken; null when it parses. */
  malformed: 'scheme' | 'host' | null;
  /** Lower-case host without "www.", '' when malformed. */
  host: string;
  /** Query parameter names present (lower case). */
  params: Set<string>;
}

// Scheme-like starts (with the usual typos), www., or a bare domain with a path or a common ending.
const LINK =
  /(?<![\p{L}\p{N}@._/])(?:(?<scheme>h+t+p+s?(?::\/\/+|:\/|\/\/|;\/\/|:\\\\))\S+|www\.\S+|(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|net|org|info|biz|io|co|ly|gl|gd|at|cc|me|app|shop|store|site|online|link|to|il|uk|de|fr|us)(?![\p{L}\p{N}\-])(?:[/?#]\S*)?)/giu;
const TRAILING = /[.,;:!?'"׳״”’“‘…\]}>]+$/u;
const LABEL = /^(?!-)[\p{L}\p{N}-]{1,63}(?<!-)$/u;

function trimTrailing(raw: string): string {
  let s = raw.replace(TRAILING, '');
  // A closing bracket belongs to the link only if the link opened one: "(see shaked.co.il)".
  while (s.endsWith(')') && (s.match(/\(/g)?.length ?? 0) < (s.match(/\)/g)?.length ?? 0)) s = s.slice(0, -1).replace(TRAILING, '');
  return s;
}

function hostIsValid(host: string): boolean {
  if (host.length > 253 || !host.includes('.')) return false;
  const labels = host.split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (!/^(?:[a-z]{2,63}|xn--[a-z0-9-]{2,59})$/.test(tld)) return false;
  return labels.every((l) => LABEL.test(l));
}

/** What \s matches. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A character without which a chunk holds no link: . : / or \. */
function mayHoldLink(c: number): boolean {
  return c === 46 || c === 58 || c === 47 || c === 92;
}

export function findLinks(text: string): LinkHit[] {
  const hits: LinkHit[] = [];
  // A link has no spaces and has a dot, colon or slash: the big expression runs only on such chunks,
  // found in one pass over the characters.
  let start = -1;
  let candidate = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (isSpace(c)) {
      if (start !== -1 && candidate) {
        LINK.lastIndex = 0;
        const chunk = text.slice(start, i);
        for (let m = LINK.exec(chunk); m; m = LINK.exec(chunk)) addLink(hits, m, start + m.index);
      }
      start = -1;
      candidate = false;
    } else {
      if (start === -1) start = i;
      if (mayHoldLink(c)) candidate = true;
    }
  }
  return hits;
}

/** Classifies one match of LINK found at `start` in the draft. */
function addLink(hits: LinkHit[], m: RegExpExecArray, start: number): void {
  const written = trimTrailing(m[0]);
  if (!written) return;
  const scheme = m.groups?.scheme;
  const span = { start, end: start + written.length, text: written };
  if (scheme && !/^https?:\/\/$/i.test(scheme)) {
    hits.push({ ...span, malformed: 'scheme', host: '', params: new Set() });
    return;
  }
  let url: URL | null = null;
  try {
    url = new URL(scheme ? written : `https://${written}`);
  } catch {
    url = null;
  }
  // new URL() accepts "https://shaked" and "https://shaked..co.il"; a real post's link needs a real domain.
  const rawHost = (scheme ? written.slice(scheme.length) : written).split(/[/?#:]/)[0] ?? '';
  if (!url || !hostIsValid(url.hostname.toLowerCase()) || rawHost.includes('..')) {
    hits.push({ ...span, malformed: 'host', host: '', params: new Set() });
    return;
  }
  const params = new Set<string>();
  for (const key of url.searchParams.keys()) params.add(key.toLowerCase());
  hits.push({ ...span, malformed: null, host: url.hostname.toLowerCase().replace(/^www\./, ''), params });
}

/** Whether host is one of the listed hosts or a subdomain of one. */
export function hostMatches(host: string, hosts: ReadonlySet<string>): boolean {
  if (hosts.has(host)) return true;
  for (let dot = host.indexOf('.'); dot !== -1; dot = host.indexOf('.', dot + 1)) {
    if (hosts.has(host.slice(dot + 1))) return true;
  }
  return false;
}

/** The link with the missing UTM parameters added, e.g. for the suggestion. */
export function withUtm(link: string, missing: readonly string[], values: Readonly<Record<string, string>>): string {
  const hashAt = link.indexOf('#');
  const base = hashAt === -1 ? link : link.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : link.slice(hashAt);
  const separator = base.includes('?') ? (base.endsWith('?') || base.endsWith('&') ? '' : '&') : '?';
  return `${base}${separator}${missing.map((p) => `${p}=${values[p] ?? 'value'}`).join('&')}${hash}`;
}
