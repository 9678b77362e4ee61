// Dates are stored in UTC and shown in a zone: the brand's, or Israel time by default.
export const DEFAULT_TIME_ZONE = 'Asia/Jerusalem';

function intlLocale(locale: string): string {
  return locale === 'he' ? 'he-IL' : 'en-GB';
}

export function formatDateTime(iso: string | null | undefined, locale: string, timeZone = DEFAULT_TIME_ZONE): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

export function formatDate(iso: string | null | undefined, locale: string, timeZone = DEFAULT_TIME_ZONE): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeZone }).format(date);
}

export function formatList(items: string[], locale: string): string {
  return new Intl.ListFormat(intlLocale(locale), { style: 'long', type: 'conjunction' }).format(items);
}

/** Minutes east of UTC that `timeZone` is at `at`. */
function offsetMinutes(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - at.getTime()) / 60000);
}

/** "UTC+02:00" style label for a zone, at a moment (now by default: the offset changes with DST). */
export function utcOffsetLabel(timeZone: string, at: Date = new Date()): string {
  const minutes = offsetMinutes(timeZone, at);
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The UTC instant at which the calendar day `yyyy-mm-dd` starts in `timeZone` (DST-aware). */
export function startOfDayIso(day: string, timeZone = DEFAULT_TIME_ZONE, addDays = 0): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const localMidnightAsUtc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + addDays);
  // Two passes settle the offset even when midnight falls next to a DST change.
  let guess = localMidnightAsUtc - offsetMinutes(timeZone, new Date(localMidnightAsUtc)) * 60000;
  guess = localMidnightAsUtc - offsetMinutes(timeZone, new Date(guess)) * 60000;
  return new Date(guess).toISOString();
}

/** The UTC instant of a wall-clock time `yyyy-mm-ddThh:mm` (a datetime-local input) in `timeZone`. */
export function zonedLocalToIso(local: string, timeZone = DEFAULT_TIME_ZONE): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const wallAsUtc = Date.UTC(y, mo - 1, d, h, mi);
  let guess = wallAsUtc - offsetMinutes(timeZone, new Date(wallAsUtc)) * 60000;
  guess = wallAsUtc - offsetMinutes(timeZone, new Date(guess)) * 60000;
  return new Date(guess).toISOString();
}
