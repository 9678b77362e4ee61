// How playbook values read in the user's language: roles, scenarios, networks, durations, counts.
import type { TFunction } from 'i18next';
import type { PlaybookContentInput, RoleKind, Scenario } from '../../../core/playbooks/content.ts';
import { isolate } from '../../i18n/isolate.ts';

export const scenarioLabel = (t: TFunction, scenario: Scenario) => t(`playbooksArea.scenarios.${scenario}`);
export { networkLabel } from '../../components/networkLabel.ts';
export const languageLabel = (t: TFunction, language: 'he' | 'en') => t(`playbooksArea.languages.${language}`);

type RoleLike = { key: string; kind: RoleKind; customName: string };

/** A role's name: the team's own for a custom role, the app's for the built-in kinds. */
export function roleLabel(t: TFunction, role: RoleLike): string {
  return role.kind === 'custom' ? role.customName.trim() || t('playbooksArea.roles.custom') : t(`playbooksArea.roles.${role.kind}`);
}

/** The name of the role a step names by its key, or the key itself if the role is gone. */
export function roleByKey(t: TFunction, content: Pick<PlaybookContentInput, 'roles'>, key: string): string {
  const role = content.roles.find((r) => r.key === key);
  return role ? roleLabel(t, role) : key;
}

/** Both languages here have two forms: one, and everything else (the digits carry the number in Hebrew). */
export function counted(t: TFunction, key: string, n: number, values: Record<string, unknown> = {}): string {
  return t(`${key}.${n === 1 ? 'one' : 'other'}`, { n, ...values });
}

/** "30 minutes", "4 hours", "1 h 30 min", "1 day". */
export function formatMinutes(t: TFunction, minutes: number): string {
  if (minutes >= 1440 && minutes % 1440 === 0) return counted(t, 'playbooksArea.duration.days', minutes / 1440);
  if (minutes >= 60 && minutes % 60 === 0) return counted(t, 'playbooksArea.duration.hours', minutes / 60);
  if (minutes > 60) return t('playbooksArea.duration.hoursMinutes', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
  return counted(t, 'playbooksArea.duration.minutes', minutes);
}

/** A stopwatch reading: "4:05", "1:02:09". Digits read left to right in both languages. */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

export function tierLabel(t: TFunction, tier: { level: number; name: string }): string {
  return tier.name ? t('playbooksArea.tierNamed', { level: tier.level, name: isolate(tier.name) }) : t('playbooksArea.tier', { level: tier.level });
}

const FIRST_STRONG = /[A-Za-z\u00C0-\u024F\u0590-\u05FF\u0600-\u06FF]/;

/**
 * The direction of typed text by its first letter (Hebrew or Latin), or the page's direction while it
 * is empty. A textarea with dir="auto" keeps the page's alignment in Chromium, so it is set explicitly.
 */
export function textDir(text: string, fallback: 'rtl' | 'ltr'): 'rtl' | 'ltr' {
  const first = FIRST_STRONG.exec(text)?.[0];
  if (!first) return fallback;
  return /[\u0590-\u05FF\u0600-\u06FF]/.test(first) ? 'rtl' : 'ltr';
}
