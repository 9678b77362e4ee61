// A brand's action plan as data: what we say, to whom, where and how often, how we know it works,
// and how much time we have. The server checks every saved version with this schema, the app's
// wizard checks each step with the same one, and later areas read the plan through the helpers below.
import { z } from 'zod';
import { NETWORKS, type Network } from '../networks.ts';
import { KPI_CATALOGUE, KPI_KEYS, KPI_PERIODS, UNIT_RANGE, type KpiKey } from './kpis.ts';

export const KEY_MESSAGES_MAX = 10;
export const KEY_MESSAGE_LENGTH = 280;
export const PERSONAS_MAX = 10;
export const POSTS_PER_WEEK_MAX = 70;
export const HOURS_PER_WEEK_MAX = 168;
export const DEFAULT_HOURS_PER_WEEK = 3;
/** 0 is Sunday: Israel's week starts on Sunday, and so does every week in a plan. */
export const WEEK_DAYS = [0, 1, 2, 3, 4, 5, 6] as const;

/**
 * Every message the plan's schema can give, in English; the app shows its own translation of each
 * (planArea.validation.<key>) and the server's Hebrew table has the same sentences.
 */
export const PLAN_MESSAGES = {
  messageRequired: 'Write the key message',
  messageTooLong: `A key message is at most ${KEY_MESSAGE_LENGTH} characters`,
  messagesMin: 'Add at least one key message',
  messagesMax: `A plan has at most ${KEY_MESSAGES_MAX} key messages`,
  personaNameRequired: 'Give the persona a name',
  personaNameTooLong: 'A persona name is at most 80 characters',
  textTooLong: 'This text is too long (500 characters at most)',
  personasMax: `A plan has at most ${PERSONAS_MAX} personas`,
  networkUnknown: `Choose a network: ${NETWORKS.join(', ')}`,
  networkTwice: 'Each network can appear only once',
  channelsMin: 'Choose at least one channel',
  postsPerWeek: `Posts per week must be a whole number from 1 to ${POSTS_PER_WEEK_MAX}`,
  dayInvalid: 'Days are numbers from 0 (Sunday) to 6 (Saturday), each once',
  hourInvalid: 'Hours are whole numbers from 0 to 23, each once',
  kpiUnknown: `Choose a KPI from the catalogue: ${KPI_KEYS.join(', ')}`,
  kpiTwice: 'Each KPI can appear only once',
  kpiTargetRequired: 'A KPI needs a target',
  kpiTargetNumber: 'The target must be a number',
  kpiTargetNegative: 'The target cannot be negative',
  kpiTargetPercent: 'A percentage target is between 0 and 100',
  kpiTargetScore: 'A sentiment score target is between -100 and 100',
  kpiTargetTooLarge: 'The target is too large',
  periodInvalid: 'The period must be week, month or quarter',
  hoursPerWeek: `Weekly hours must be more than 0 and at most ${HOURS_PER_WEEK_MAX}`,
  memberHours: `A member's hours must be more than 0 and at most ${HOURS_PER_WEEK_MAX}`,
  memberTwice: 'Each member can appear only once',
  membersOverTotal: "The members' hours add up to more than the weekly total",
} as const;
export type PlanMessageKey = keyof typeof PLAN_MESSAGES;
const M = PLAN_MESSAGES;

const longText = z.string().trim().max(500, M.textTooLong);
const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;

const networkSchema = z.enum(NETWORKS, { message: M.networkUnknown });

export const keyMessageSchema = z.string().trim().min(1, M.messageRequired).max(KEY_MESSAGE_LENGTH, M.messageTooLong);

export const personaSchema = z.strictObject({
  name: z.string().trim().min(1, M.personaNameRequired).max(80, M.personaNameTooLong),
  /** Who they are: age, life stage, what they do. */
  who: longText.default(''),
  /** Where they are: the networks they use… */
  networks: z.array(networkSchema).refine(unique, M.networkTwice).default([]),
  /** …and the places, groups or communities where they can be reached. */
  places: longText.default(''),
  /** What they care about: what makes them stop scrolling. */
  cares: longText.default(''),
});

const dayOfWeek = z.number({ message: M.dayInvalid }).int(M.dayInvalid).min(0, M.dayInvalid).max(6, M.dayInvalid);
const hourOfDay = z.number({ message: M.hourInvalid }).int(M.hourInvalid).min(0, M.hourInvalid).max(23, M.hourInvalid);

export const channelSchema = z.strictObject({
  network: networkSchema,
  postsPerWeek: z
    .number({ message: M.postsPerWeek })
    .int(M.postsPerWeek)
    .min(1, M.postsPerWeek)
    .max(POSTS_PER_WEEK_MAX, M.postsPerWeek),
  /** 0 = Sunday … 6 = Saturday, in the brand's time zone. */
  bestDays: z.array(dayOfWeek).refine(unique, M.dayInvalid).default([]),
  /** Hours of the day (0–23) that posts do best at, in the brand's time zone. */
  bestHours: z.array(hourOfDay).refine(unique, M.hourInvalid).default([]),
});

const missing = (input: unknown) => input === undefined || input === null || input === '';

export const kpiSchema = z
  .strictObject({
    metric: z.enum(KPI_KEYS, { message: M.kpiUnknown }),
    target: z.number({ error: (issue) => (missing(issue.input) ? M.kpiTargetRequired : M.kpiTargetNumber) }),
    period: z.enum(KPI_PERIODS, { message: M.periodInvalid }),
  })
  .superRefine((kpi, ctx) => {
    const message = targetProblem(kpi.metric, kpi.target);
    if (message) ctx.addIssue({ code: 'custom', path: ['target'], message });
  });

/** Why a target cannot be measured in the KPI's unit, or null when it can. */
function targetProblem(metric: KpiKey, target: number): string | null {
  const unit = KPI_CATALOGUE[metric].unit;
  const { min, max } = UNIT_RANGE[unit];
  if (unit === 'percent' && (target < min || target > max)) return M.kpiTargetPercent;
  if (unit === 'score' && (target < min || target > max)) return M.kpiTargetScore;
  if (target < min) return M.kpiTargetNegative;
  if (target > max) return M.kpiTargetTooLarge;
  return null;
}

const hours = (message: string) =>
  z.number({ message }).gt(0, message).max(HOURS_PER_WEEK_MAX, message);

export const memberBudgetSchema = z.strictObject({
  userId: z.uuid({ message: 'Must be an id (UUID)' }),
  hours: hours(M.memberHours),
});

export const timeBudgetSchema = z
  .strictObject({
    hoursPerWeek: hours(M.hoursPerWeek).default(DEFAULT_HOURS_PER_WEEK),
    /** Optional split of the weekly hours between members; what is left is anyone's. */
    members: z.array(memberBudgetSchema).max(100).default([]),
  })
  .superRefine((budget, ctx) => {
    const seen = new Set<string>();
    budget.members.forEach((member, index) => {
      if (seen.has(member.userId)) ctx.addIssue({ code: 'custom', path: ['members', index, 'userId'], message: M.memberTwice });
      seen.add(member.userId);
    });
    if (memberHoursTotal(budget) > budget.hoursPerWeek + 1e-9) {
      ctx.addIssue({ code: 'custom', path: ['members'], message: M.membersOverTotal });
    }
  });

export const planContentSchema = z.strictObject({
  keyMessages: z.array(keyMessageSchema).min(1, M.messagesMin).max(KEY_MESSAGES_MAX, M.messagesMax),
  personas: z.array(personaSchema).max(PERSONAS_MAX, M.personasMax).default([]),
  channels: z
    .array(channelSchema)
    .min(1, M.channelsMin)
    .max(NETWORKS.length)
    .superRefine((channels, ctx) => {
      duplicates(channels.map((c) => c.network)).forEach((index) =>
        ctx.addIssue({ code: 'custom', path: [index, 'network'], message: M.networkTwice }),
      );
    }),
  kpis: z
    .array(kpiSchema)
    .max(KPI_KEYS.length)
    .default([])
    .superRefine((kpis, ctx) => {
      duplicates(kpis.map((k) => k.metric)).forEach((index) =>
        ctx.addIssue({ code: 'custom', path: [index, 'metric'], message: M.kpiTwice }),
      );
    }),
  timeBudget: timeBudgetSchema.default({ hoursPerWeek: DEFAULT_HOURS_PER_WEEK, members: [] }),
});

export type PlanContent = z.output<typeof planContentSchema>;
/** What a client may send: the defaults fill in what it leaves out. */
export type PlanContentInput = z.input<typeof planContentSchema>;
export type Persona = PlanContent['personas'][number];
export type Channel = PlanContent['channels'][number];
export type Kpi = PlanContent['kpis'][number];
export type TimeBudget = PlanContent['timeBudget'];

/** Indexes of the entries that repeat an earlier one (the first stays valid). */
function duplicates<T>(values: readonly T[]): number[] {
  const seen = new Set<T>();
  const repeated: number[] = [];
  values.forEach((value, index) => {
    if (seen.has(value)) repeated.push(index);
    seen.add(value);
  });
  return repeated;
}

export function memberHoursTotal(budget: Pick<TimeBudget, 'members'>): number {
  return budget.members.reduce((sum, member) => sum + member.hours, 0);
}

/** True when the plan measures visits from social: then every link needs UTM parameters. */
export function planMeasuresVisits(content: Pick<PlanContent, 'kpis'> | null | undefined): boolean {
  return content?.kpis.some((kpi) => kpi.metric === 'social_visits') ?? false;
}

/** The posts a week the plan asks for on a network, or null when the network is not in the plan. */
export function cadenceGoal(content: Pick<PlanContent, 'channels'> | null | undefined, network: Network): number | null {
  return content?.channels.find((channel) => channel.network === network)?.postsPerWeek ?? null;
}

/** Posts a week per network in the plan, e.g. { instagram: 4, facebook: 3 }. */
export function cadenceGoals(content: Pick<PlanContent, 'channels'>): Partial<Record<Network, number>> {
  return Object.fromEntries(content.channels.map((channel) => [channel.network, channel.postsPerWeek]));
}

/** Progress against a channel's weekly goal: what the calendar shows as "1 of 3 planned this week". */
export function cadenceProgress(goal: number, planned: number) {
  return { planned, goal, remaining: Math.max(0, goal - planned), met: planned >= goal };
}

export function weeklyPostsTotal(content: Pick<PlanContent, 'channels'>): number {
  return content.channels.reduce((sum, channel) => sum + channel.postsPerWeek, 0);
}
