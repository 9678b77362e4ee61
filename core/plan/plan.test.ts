import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { KPI_CATALOGUE, KPI_KEYS, kpiMet } from './kpis.ts';
import {
  cadenceGoal,
  cadenceGoals,
  cadenceProgress,
  PLAN_MESSAGES,
  planContentSchema,
  planMeasuresVisits,
  type PlanContentInput,
} from './plan.ts';
import { emptyPlanDraft, newChannel, newKpi, suggestedKpis } from './wizard.ts';

const minimal: PlanContentInput = {
  keyMessages: ['Fresh bread every morning'],
  channels: [{ network: 'instagram', postsPerWeek: 3 }],
};

function issues(content: unknown) {
  const result = planContentSchema.safeParse(content);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('plan content', () => {
  it('fills in what a small business leaves out: three hours a week, no personas or KPIs yet', () => {
    const plan = planContentSchema.parse(minimal);
    expect(plan.timeBudget).toEqual({ hoursPerWeek: 3, members: [] });
    expect(plan.personas).toEqual([]);
    expect(plan.kpis).toEqual([]);
    expect(plan.channels[0]).toEqual({ network: 'instagram', postsPerWeek: 3, bestDays: [], bestHours: [] });
  });

  it('names the field of a KPI without a target', () => {
    for (const target of [undefined, null, '']) {
      expect(issues({ ...minimal, kpis: [{ metric: 'reach', target, period: 'month' }] })).toEqual([
        { path: 'kpis.0.target', message: PLAN_MESSAGES.kpiTargetRequired },
      ]);
    }
    expect(issues({ ...minimal, kpis: [{ metric: 'reach', target: 'lots', period: 'month' }] })[0]?.message).toBe(PLAN_MESSAGES.kpiTargetNumber);
  });

  it('checks targets against the KPI\'s unit', () => {
    const kpi = (metric: string, target: number) => issues({ ...minimal, kpis: [{ metric, target, period: 'month' }] })[0]?.message;
    expect(kpi('engagement_rate', 101)).toBe(PLAN_MESSAGES.kpiTargetPercent);
    expect(kpi('net_sentiment', -101)).toBe(PLAN_MESSAGES.kpiTargetScore);
    expect(kpi('net_sentiment', -20)).toBeUndefined();
    expect(kpi('reach', -1)).toBe(PLAN_MESSAGES.kpiTargetNegative);
    expect(kpi('hours_spent', 200)).toBe(PLAN_MESSAGES.kpiTargetTooLarge);
  });

  it('refuses what cannot be planned: no message, no channel, a network twice, a day 7, an hour 24', () => {
    expect(issues({ ...minimal, keyMessages: [] })).toEqual([{ path: 'keyMessages', message: PLAN_MESSAGES.messagesMin }]);
    expect(issues({ ...minimal, keyMessages: ['  '] })).toEqual([{ path: 'keyMessages.0', message: PLAN_MESSAGES.messageRequired }]);
    expect(issues({ ...minimal, keyMessages: Array(11).fill('x') })[0]?.message).toBe(PLAN_MESSAGES.messagesMax);
    expect(issues({ ...minimal, channels: [] })).toEqual([{ path: 'channels', message: PLAN_MESSAGES.channelsMin }]);
    expect(issues({ ...minimal, channels: [minimal.channels[0], { network: 'instagram', postsPerWeek: 1 }] })).toEqual([
      { path: 'channels.1.network', message: PLAN_MESSAGES.networkTwice },
    ]);
    expect(issues({ ...minimal, channels: [{ network: 'instagram', postsPerWeek: 3, bestDays: [7] }] })[0]).toEqual({
      path: 'channels.0.bestDays.0',
      message: PLAN_MESSAGES.dayInvalid,
    });
    expect(issues({ ...minimal, channels: [{ network: 'instagram', postsPerWeek: 3, bestHours: [24] }] })[0]?.path).toBe('channels.0.bestHours.0');
    expect(issues({ ...minimal, channels: [{ network: 'myspace', postsPerWeek: 3 }] })[0]?.message).toBe(PLAN_MESSAGES.networkUnknown);
    expect(issues({ ...minimal, channels: [{ network: 'instagram', postsPerWeek: 0 }] })[0]?.message).toBe(PLAN_MESSAGES.postsPerWeek);
    expect(issues({ ...minimal, personas: [{ name: '' }] })).toEqual([{ path: 'personas.0.name', message: PLAN_MESSAGES.personaNameRequired }]);
    expect(issues({ ...minimal, kpis: [{ metric: 'reach', target: 1, period: 'month' }, { metric: 'reach', target: 2, period: 'week' }] })).toEqual([
      { path: 'kpis.1.metric', message: PLAN_MESSAGES.kpiTwice },
    ]);
  });

  it('keeps the members\' hours within the weekly total', () => {
    const a = '7b0c6a4e-1f1a-4c55-9a39-2a8f7b0c6a4e';
    const b = '8c1d7b5f-2a2b-4d66-8b4a-3b9a8c1d7b5f';
    expect(issues({ ...minimal, timeBudget: { hoursPerWeek: 3, members: [{ userId: a, hours: 2 }, { userId: b, hours: 1 }] } })).toEqual([]);
    expect(issues({ ...minimal, timeBudget: { hoursPerWeek: 3, members: [{ userId: a, hours: 2 }, { userId: b, hours: 1.5 }] } })).toEqual([
      { path: 'timeBudget.members', message: PLAN_MESSAGES.membersOverTotal },
    ]);
    expect(issues({ ...minimal, timeBudget: { hoursPerWeek: 3, members: [{ userId: a, hours: 1 }, { userId: a, hours: 1 }] } })).toEqual([
      { path: 'timeBudget.members.1.userId', message: PLAN_MESSAGES.memberTwice },
    ]);
    expect(issues({ ...minimal, timeBudget: { hoursPerWeek: 0 } })[0]?.message).toBe(PLAN_MESSAGES.hoursPerWeek);
  });

  it('is a valid answer too: a parsed plan encodes back unchanged (the API serializes with it)', () => {
    const plan = planContentSchema.parse({ ...minimal, kpis: [{ metric: 'social_visits', target: 300, period: 'month' }] });
    expect(z.encode(planContentSchema, plan)).toEqual(plan);
  });
});

describe('what other areas read from a plan', () => {
  const plan = planContentSchema.parse({
    ...minimal,
    channels: [
      { network: 'instagram', postsPerWeek: 4 },
      { network: 'facebook', postsPerWeek: 3 },
    ],
    kpis: [{ metric: 'social_visits', target: 300, period: 'month' }],
  });

  it('says whether links need UTM parameters', () => {
    expect(planMeasuresVisits(plan)).toBe(true);
    expect(planMeasuresVisits({ ...plan, kpis: [] })).toBe(false);
    expect(planMeasuresVisits(null)).toBe(false);
  });

  it('gives the cadence goal per channel, and progress as the calendar shows it', () => {
    expect(cadenceGoal(plan, 'instagram')).toBe(4);
    expect(cadenceGoal(plan, 'linkedin')).toBeNull();
    expect(cadenceGoals(plan)).toEqual({ instagram: 4, facebook: 3 });
    expect(cadenceProgress(3, 1)).toEqual({ planned: 1, goal: 3, remaining: 2, met: false });
    expect(cadenceProgress(3, 4)).toMatchObject({ remaining: 0, met: true });
  });

  it('reads a KPI\'s direction: response time and hours are better lower', () => {
    expect(kpiMet('median_first_response', 60, 45)).toBe(true);
    expect(kpiMet('median_first_response', 60, 90)).toBe(false);
    expect(kpiMet('engagement_rate', 3, 3.2)).toBe(true);
    expect(KPI_KEYS.every((key) => KPI_CATALOGUE[key].key === key)).toBe(true);
  });
});

describe('wizard defaults', () => {
  it('starts with one empty message and three hours a week', () => {
    expect(emptyPlanDraft()).toMatchObject({ keyMessages: [''], timeBudget: { hoursPerWeek: 3 } });
  });

  it('suggests KPIs that fit the channels', () => {
    expect(suggestedKpis(['instagram'])).toEqual(['posts_per_week', 'engagement_rate', 'reach', 'response_rate']);
    expect(suggestedKpis(['linkedin', 'x'])).toEqual(['posts_per_week', 'engagement_rate', 'reach', 'mentions', 'response_rate', 'social_visits']);
    expect(suggestedKpis([])).toEqual(['posts_per_week', 'engagement_rate', 'response_rate']);
  });

  it('fills only the targets the plan already states', () => {
    const plan = { channels: [newChannel('instagram'), newChannel('linkedin')], timeBudget: { hoursPerWeek: 5 } };
    expect(newKpi('posts_per_week', plan)).toEqual({ metric: 'posts_per_week', target: 5, period: 'week' });
    expect(newKpi('hours_spent', plan)).toEqual({ metric: 'hours_spent', target: 5, period: 'week' });
    expect(newKpi('reach', plan)).toEqual({ metric: 'reach', target: null, period: 'month' });
  });
});
