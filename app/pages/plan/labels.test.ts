import { describe, expect, it } from 'vitest';
import { counted, kpiTarget } from './labels.ts';
import { translator as planT } from '../../i18n/testing.ts';

describe('how plan values read', () => {
  it('says a KPI target with its unit, direction and period', async () => {
    const en = await planT('en');
    const he = await planT('he');
    expect(kpiTarget(en, 'engagement_rate', 3.5, 'month', 'en')).toBe('at least 3.5% a month');
    expect(kpiTarget(en, 'reach', 12000, 'month', 'en')).toBe('at least 12,000 a month');
    expect(kpiTarget(he, 'median_first_response', 60, 'month', 'he')).toBe('לכל היותר 60 דק׳ בחודש');
    // The sign stays before the number in a right-to-left sentence.
    expect(kpiTarget(he, 'net_sentiment', 30, 'quarter', 'he')).toBe('לפחות \u2066+30\u2069 ברבעון');
  });

  it('counts in words where one differs from many', async () => {
    const he = await planT('he');
    expect(counted(he, 'planArea.channels.perWeek', 1, 'he')).toBe('פוסט אחד בשבוע');
    expect(counted(he, 'planArea.channels.perWeek', 2, 'he')).toBe('2 פוסטים בשבוע');
    expect(counted(await planT('en'), 'planArea.time.hoursPerWeek', 2.5, 'en')).toBe('2.5 hours a week');
  });
});
