// Good starting points for the first-run wizard, so a small business can finish its plan in minutes:
// a typical cadence per network, KPIs that fit the chosen channels, and targets only where the plan
// itself already says what they are.
import type { Network } from '../networks.ts';
import { KPI_CATALOGUE, KPI_KEYS, type KpiKey, type KpiPeriod } from './kpis.ts';
import { DEFAULT_HOURS_PER_WEEK, weeklyPostsTotal, type Channel, type PlanContent } from './plan.ts';

/** A steady, sustainable rhythm for one person with a few hours a week. */
export const TYPICAL_POSTS_PER_WEEK: Readonly<Record<Network, number>> = {
  instagram: 3,
  facebook: 3,
  threads: 3,
  x: 5,
  bluesky: 3,
  mastodon: 3,
  linkedin: 2,
  telegram: 3,
  webhook: 1,
};

/** Where people talk back in public, so mentions are worth counting. */
const CONVERSATION_NETWORKS: readonly Network[] = ['x', 'bluesky', 'mastodon', 'threads'];
/** Where a post can carry a link, so visits from social can be measured. */
const LINK_NETWORKS: readonly Network[] = ['facebook', 'linkedin', 'x', 'bluesky', 'mastodon', 'telegram', 'webhook'];
/** Feeds whose platforms report reach (people who saw a post). */
const REACH_NETWORKS: readonly Network[] = ['instagram', 'facebook', 'threads', 'linkedin'];

export function newChannel(network: Network): Channel {
  return { network, postsPerWeek: TYPICAL_POSTS_PER_WEEK[network], bestDays: [], bestHours: [] };
}

/** KPIs that suit the chosen channels, in catalogue order: cadence, engagement and service always. */
export function suggestedKpis(networks: readonly Network[]): KpiKey[] {
  const has = (list: readonly Network[]) => networks.some((n) => list.includes(n));
  const wanted = new Set<KpiKey>(['posts_per_week', 'engagement_rate', 'response_rate']);
  if (has(REACH_NETWORKS)) wanted.add('reach');
  if (has(CONVERSATION_NETWORKS)) wanted.add('mentions');
  if (has(LINK_NETWORKS)) wanted.add('social_visits');
  return KPI_KEYS.filter((key) => wanted.has(key));
}

/** A KPI as the wizard holds it: the target stays empty until the user types one. */
export interface KpiDraft {
  metric: KpiKey;
  target: number | null;
  period: KpiPeriod;
}

/**
 * A new KPI with its usual period. Only targets the plan already states are filled in (posts a
 * week from the channels, hours from the time budget); the others are the user's to choose.
 */
export function newKpi(metric: KpiKey, plan: Pick<PlanContent, 'channels'> & { timeBudget?: { hoursPerWeek: number } }): KpiDraft {
  const period = KPI_CATALOGUE[metric].defaultPeriod;
  if (metric === 'posts_per_week') return { metric, target: plan.channels.length ? weeklyPostsTotal(plan) : null, period };
  if (metric === 'hours_spent') return { metric, target: plan.timeBudget?.hoursPerWeek ?? DEFAULT_HOURS_PER_WEEK, period };
  return { metric, target: null, period };
}

/** The plan a brand starts the wizard with: empty where only the brand can answer. */
export function emptyPlanDraft() {
  return {
    keyMessages: [''],
    personas: [] as PlanContent['personas'],
    channels: [] as Channel[],
    kpis: [] as KpiDraft[],
    timeBudget: { hoursPerWeek: DEFAULT_HOURS_PER_WEEK, members: [] } as PlanContent['timeBudget'],
  };
}
export type PlanDraft = ReturnType<typeof emptyPlanDraft>;
