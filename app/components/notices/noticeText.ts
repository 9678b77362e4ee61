// How a notice reads in the bell: a headline and a line under it, in the reader's language, built from
// the facts the server stored with the notice. Those facts are partly people's words (a post's title,
// a reviewer's note, a pause reason), so they are only ever put into text, each in its own bidi
// isolate so a Hebrew title cannot reorder an English sentence (or the reverse).
import type { TFunction } from 'i18next';
import type { Notice } from '../../../core/publish/contracts.ts';
import { publishMessage, type Language } from '../../../core/publish/messages.ts';
import { PUBLISH_ERROR_CODES, type PublishErrorCode } from '../../../core/publish/types.ts';
import { DEFAULT_TIME_ZONE } from '../../i18n/format.ts';
import { isolate } from '../../i18n/isolate.ts';

export interface NoticeWords {
  title: string;
  /** What to do next, or the words behind the notice (a note, a reason); null when the title says it all. */
  detail: string | null;
}

/** A stored value as one line of text: strings and finite numbers only, whitespace runs folded. */
export function paramText(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return '';
  return value.replace(/\s+/g, ' ').trim();
}

const isErrorCode = (value: string): value is PublishErrorCode => (PUBLISH_ERROR_CODES as readonly string[]).includes(value);

/** Why a post failed, in plain words: the app's own sentence for a known code, else what the server wrote. */
function failureReason(params: Notice['params'], lang: Language): string {
  const code = paramText(params.reasonCode);
  if (isErrorCode(code)) return publishMessage(code, lang);
  const own = paramText(lang === 'he' ? params.reasonHe : params.reason);
  return own || paramText(lang === 'he' ? params.reason : params.reasonHe);
}

/**
 * A channel as the server names it in a notice, "<account> (<network>)", split so the network can be
 * said in the reader's language; anything else is taken as the account alone.
 */
export function channelParts(text: string): { account: string; network: string | null } {
  const m = /^(.+) \(([a-z_]+)\)$/.exec(text);
  return m ? { account: m[1]!, network: m[2]! } : { account: text, network: null };
}

/**
 * The brand a notice is about: the name it was written with, else the name the brand has now (a
 * comment notice carries no name), else nothing.
 */
export function noticeBrand(notice: Pick<Notice, 'brandId' | 'params'>, brandNames: ReadonlyMap<string, string>): string {
  return paramText(notice.params.brand) || (notice.brandId ? (brandNames.get(notice.brandId) ?? '') : '');
}

/** The headline and detail of a notice. */
export function noticeWords(t: TFunction, notice: Pick<Notice, 'kind' | 'params'>, lang: Language): NoticeWords {
  const p = notice.params;
  const quoted = (value: unknown, fallback = '') => {
    const text = paramText(value) || fallback;
    return text ? isolate(text) : '';
  };
  const post = quoted(p.post, t('noticesArea.untitledPost'));
  const brand = quoted(p.brand);
  const by = quoted(p.by, t('noticesArea.someone'));
  const channel = channelParts(paramText(p.channel));
  // A network's name, and (for Hebrew sentences) the name with "in" before it: ב joins a Hebrew word
  // directly ("במסטודון") and takes a maqaf before a Latin one ("ב־Bluesky").
  const network = (code: string) => {
    const name = t(`networks.${code}`, { defaultValue: code });
    return { network: isolate(name), inNetwork: `${/^[\u0590-\u05FF]/.test(name) ? 'ב' : 'ב־'}${isolate(name)}` };
  };
  const k = (key: string, values: Record<string, string> = {}) => t(`noticesArea.kinds.${notice.kind}.${key}`, values);

  switch (notice.kind) {
    case 'approval_requested': {
      const step = quoted(p.step);
      return { title: k('title', { post }), detail: step ? k('detail', { by, step }) : k('detailNoStep', { by }) };
    }
    case 'post_approved':
      return { title: k('title', { post }), detail: k('detail') };
    case 'changes_requested':
    case 'post_commented': {
      const note = quoted(p.note);
      return { title: k('title', { post }), detail: note ? k('detail', { by, note }) : null };
    }
    case 'post_published':
      return { title: k('title', { post }), detail: null };
    case 'post_failed': {
      const where = channel.network ? network(channel.network) : channel.account ? { network: isolate(channel.account), inNetwork: `ב־${isolate(channel.account)}` } : null;
      return { title: where ? k('title', { post, ...where }) : k('titleNoChannel', { post }), detail: failureReason(p, lang) || null };
    }
    case 'not_approved_in_time':
      return { title: k('title', { post }), detail: k('detail') };
    case 'channel_needs_reconnect': {
      const account = isolate(channel.account);
      return { title: channel.network ? k('title', { account, ...network(channel.network) }) : k('titleNoNetwork', { account }), detail: k('detail') };
    }
    case 'brand_paused': {
      const reason = quoted(p.reason);
      return { title: k('title', { brand }), detail: reason ? k('detail', { by, reason }) : null };
    }
    case 'brand_resumed':
      return { title: k('title', { brand }), detail: k('detail', { by }) };
    case 'silence': {
      const code = paramText(p.network);
      const days = Number(paramText(p.days));
      const detail = Number.isFinite(days) && days > 0 ? k(days === 1 ? 'detail.one' : 'detail.other', { n: String(days) }) : null;
      return { title: k('title', { brand, ...(code ? network(code) : { network: '', inNetwork: '' }) }), detail };
    }
  }
}

// Parsed against a made-up origin: a link that would leave it (//host, /\host, an absolute URL, tabs
// and newlines browsers drop) is not a path of this app.
const HERE = 'https://brandroom.invalid';

/** The in-app path a notice links to, or null when its link is not a path inside this app. */
export function inAppPath(link: unknown): string | null {
  if (typeof link !== 'string' || !link.startsWith('/') || link.startsWith('//')) return null;
  if (/[\\\u0000-\u001f\u007f]/.test(link)) return null;
  let url: URL;
  try {
    url = new URL(link, HERE);
  } catch {
    return null;
  }
  if (url.origin !== HERE) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

const intlLocale = (lang: string) => (lang === 'he' ? 'he-IL' : 'en-GB');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Days since 1970 of the calendar day `at` falls on in `timeZone`. */
function dayNumber(at: number, timeZone: string): number {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at).split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!) / (24 * HOUR);
}

/**
 * When a notice came, the way people say it: "now", "5 minutes ago", "3 hours ago"; from a day on,
 * by calendar days in the zone ("yesterday" is the day before today, not 24 hours back); older than a
 * week, the date itself. A time slightly ahead of this clock reads as now.
 */
export function relativeTime(iso: string, lang: string, now: number = Date.now(), timeZone = DEFAULT_TIME_ZONE): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  const ago = now - at;
  const say = new Intl.RelativeTimeFormat(intlLocale(lang), { numeric: 'auto' });
  if (ago < MINUTE) return say.format(0, 'second');
  if (ago < HOUR) return say.format(-Math.floor(ago / MINUTE), 'minute');
  const days = dayNumber(now, timeZone) - dayNumber(at, timeZone);
  if (days < 1 || ago < 6 * HOUR) return say.format(-Math.floor(ago / HOUR), 'hour');
  if (days < 7) return say.format(-days, 'day');
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'medium', timeZone }).format(at);
}
