// How plan values read in the user's language: networks, days, hours, KPI targets, counts.
import type { TFunction } from 'i18next';
import { KPI_CATALOGUE, type KpiKey, type KpiPeriod } from '../../../core/plan/kpis.ts';

const intlLocale = (locale: string) => (locale === 'he' ? 'he-IL' : 'en-GB');

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(value);
}

export { networkLabel } from '../../components/networkLabel.ts';
export const dayShort = (t: TFunction, day: number) => t(`planArea.days.short.d${day}`);
export const dayLong = (t: TFunction, day: number) => t(`planArea.days.long.d${day}`);
export const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
export const kpiName = (t: TFunction, key: KpiKey) => t(`planArea.kpiNames.${key}.name`);
export const kpiHint = (t: TFunction, key: KpiKey) => t(`planArea.kpiNames.${key}.hint`);

/** Both languages here have two forms: one, and everything else (digits carry the number in Hebrew). */
export function counted(t: TFunction, key: string, n: number, locale: string): string {
  return t(`${key}.${n === 1 ? 'one' : 'other'}`, { n: formatNumber(n, locale) });
}

/** A value in its KPI's unit: "3%", "60 min", "5 h", "+20". */
export function kpiValue(t: TFunction, key: KpiKey, value: number, locale: string): string {
  const unit = KPI_CATALOGUE[key].unit;
  const number = formatNumber(value, locale);
  if (unit !== 'score') return t(`planArea.units.${unit}`, { value: number });
  // A signed number kept left-to-right, so "+20" does not turn into "20+" in a Hebrew sentence.
  return t('planArea.units.score', { value: `\u2066${value > 0 ? '+' : ''}${number}\u2069` });
}

/** The whole target as a sentence part: "at least 3% a month", "at most 60 min a month". */
export function kpiTarget(t: TFunction, key: KpiKey, target: number, period: KpiPeriod, locale: string): string {
  const value = kpiValue(t, key, target, locale);
  return t(`planArea.kpis.${KPI_CATALOGUE[key].direction}`, { value, period: t(`planArea.kpis.per.${period}`) });
}
