import { describe, expect, it } from 'vitest';
import { PLAN_MESSAGES } from '../../../core/plan/plan.ts';
import { ApiError } from '../../api/client.ts';
import { planEn } from '../../i18n/plan.en.ts';
import { planHe } from '../../i18n/plan.he.ts';
import { translator as planT } from '../../i18n/testing.ts';
import { errorsUnder, planIssues, serverIssues } from './validation.ts';

const draft = {
  keyMessages: ['Fresh bread'],
  personas: [],
  channels: [{ network: 'instagram', postsPerWeek: 3, bestDays: [], bestHours: [] }],
  kpis: [{ metric: 'reach', target: null, period: 'month' }],
  timeBudget: { hoursPerWeek: 3, members: [] },
};

describe('the wizard\'s field errors', () => {
  it('has a translation in both languages for every message the plan schema can give', () => {
    for (const key of Object.keys(PLAN_MESSAGES)) {
      expect(planEn.validation).toHaveProperty(key);
      expect(planHe.validation).toHaveProperty(key);
    }
  });

  it('shows a missing KPI target beside its field, in the reader\'s language', async () => {
    expect(planIssues(draft, await planT('he'))).toEqual({ 'kpis.0.target': 'למדד צריך יעד.' });
    expect(planIssues(draft, await planT('en'))).toEqual({ 'kpis.0.target': 'A KPI needs a target.' });
    expect(planIssues({ ...draft, kpis: [] }, await planT('en'))).toEqual({});
  });

  it('keeps the first problem of each field and sorts them by step', async () => {
    const errors = planIssues({ ...draft, keyMessages: [], channels: [] }, await planT('en'));
    expect(errorsUnder(errors, 'keyMessages')).toEqual({ keyMessages: 'Add at least one key message.' });
    expect(errorsUnder(errors, 'channels')).toEqual({ channels: 'Choose at least one channel.' });
  });

  it('places the server\'s findings on the content\'s fields', () => {
    const error = new ApiError(400, 'validation_failed', 'x', {
      issues: [{ path: 'body.content.timeBudget.members.1.userId', message: 'Not on this brand' }],
    });
    expect(serverIssues(error)).toEqual({ 'timeBudget.members.1.userId': 'Not on this brand' });
    expect(serverIssues(new ApiError(409, 'stale_plan', 'x'))).toEqual({});
  });
});
