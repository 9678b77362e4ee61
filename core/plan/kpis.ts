// The KPI catalogue: what a plan can measure, in which unit, and which way is better. Reports show
// each KPI against its target with these, so the meaning of a number is defined once, here.

export const KPI_KEYS = [
  'posts_per_week',
  'engagement_rate',
  'reach',
  'mentions',
  'net_sentiment',
  'share_of_voice',
  'response_rate',
  'median_first_response',
  'sla_compliance',
  'social_visits',
  'hours_spent',
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

export const KPI_UNITS = ['count', 'percent', 'minutes', 'hours', 'score'] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

/** higher: the target is a floor to reach; lower: a ceiling to stay under (response time, hours). */
export type KpiDirection = 'higher' | 'lower';

export const KPI_PERIODS = ['week', 'month', 'quarter'] as const;
export type KpiPeriod = (typeof KPI_PERIODS)[number];

export interface KpiDefinition {
  key: KpiKey;
  unit: KpiUnit;
  direction: KpiDirection;
  /** The period a new KPI of this kind starts with in the wizard. */
  defaultPeriod: KpiPeriod;
  /** A typical target for a small brand, shown as the placeholder (never filled in for the user). */
  example: number;
}

export const KPI_CATALOGUE: Readonly<Record<KpiKey, KpiDefinition>> = {
  posts_per_week: { key: 'posts_per_week', unit: 'count', direction: 'higher', defaultPeriod: 'week', example: 5 },
  engagement_rate: { key: 'engagement_rate', unit: 'percent', direction: 'higher', defaultPeriod: 'month', example: 3 },
  reach: { key: 'reach', unit: 'count', direction: 'higher', defaultPeriod: 'month', example: 5000 },
  mentions: { key: 'mentions', unit: 'count', direction: 'higher', defaultPeriod: 'month', example: 50 },
  // Positive minus negative mentions, as a share of all mentions: -100 (all negative) to 100.
  net_sentiment: { key: 'net_sentiment', unit: 'score', direction: 'higher', defaultPeriod: 'month', example: 20 },
  share_of_voice: { key: 'share_of_voice', unit: 'percent', direction: 'higher', defaultPeriod: 'quarter', example: 20 },
  response_rate: { key: 'response_rate', unit: 'percent', direction: 'higher', defaultPeriod: 'month', example: 90 },
  median_first_response: { key: 'median_first_response', unit: 'minutes', direction: 'lower', defaultPeriod: 'month', example: 60 },
  sla_compliance: { key: 'sla_compliance', unit: 'percent', direction: 'higher', defaultPeriod: 'month', example: 90 },
  // Visits to the brand's site that came from social posts, counted by UTM-tagged links.
  social_visits: { key: 'social_visits', unit: 'count', direction: 'higher', defaultPeriod: 'month', example: 300 },
  hours_spent: { key: 'hours_spent', unit: 'hours', direction: 'lower', defaultPeriod: 'week', example: 3 },
};

/** The values a target may take in a unit; anything outside cannot be measured. */
export const UNIT_RANGE: Readonly<Record<KpiUnit, { min: number; max: number }>> = {
  count: { min: 0, max: 1_000_000_000 },
  percent: { min: 0, max: 100 },
  minutes: { min: 0, max: 60 * 24 * 30 },
  hours: { min: 0, max: 168 },
  score: { min: -100, max: 100 },
};

/** Whether an actual value meets the target, reading the KPI's direction. */
export function kpiMet(key: KpiKey, target: number, actual: number): boolean {
  return KPI_CATALOGUE[key].direction === 'higher' ? actual >= target : actual <= target;
}
