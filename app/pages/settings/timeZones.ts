import { utcOffsetLabel } from '../../i18n/format.ts';
import { DEFAULT_TIME_ZONE } from '../../i18n/format.ts';

// Zones a brand run from Israel is most likely to need; any other IANA zone a brand already has is added.
const COMMON_TIME_ZONES = [
  DEFAULT_TIME_ZONE,
  'UTC',
  'Europe/London',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Athens',
  'Europe/Kyiv',
  'Europe/Moscow',
  'Asia/Dubai',
  'Asia/Kolkata',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Australia/Sydney',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Toronto',
  'America/Mexico_City',
  'America/Sao_Paulo',
  'America/Argentina/Buenos_Aires',
  'Africa/Johannesburg',
];

export function timeZoneOptions(extra?: string): { value: string; label: string }[] {
  const zones = extra && !COMMON_TIME_ZONES.includes(extra) ? [extra, ...COMMON_TIME_ZONES] : COMMON_TIME_ZONES;
  // Isolated as left-to-right so the parentheses stay in place inside Hebrew text.
  return zones.map((zone) => ({ value: zone, label: `\u2066${zone.replace(/_/g, ' ')} (${utcOffsetLabel(zone)})\u2069` }));
}
