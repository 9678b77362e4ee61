import { describe, expect, it } from 'vitest';
import { drillTimings, type DrillStepRecord } from './drill.ts';

const START = '2026-03-01T10:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(START) + minutes * 60_000).toISOString();
const step = (index: number, doneAtMinutes: number | null): DrillStepRecord => ({
  step: index,
  title: `Step ${index}`,
  role: 'incident_lead',
  doneAt: doneAtMinutes === null ? null : at(doneAtMinutes),
  doneBy: doneAtMinutes === null ? null : 'someone',
  note: '',
});

describe('drill timings', () => {
  it('counts each step from the one done before it, and the total from start to finish', () => {
    const timings = drillTimings(START, at(20), [step(0, 4), step(1, 10), step(2, 19)], 30);
    expect(timings.steps.map((s) => s.seconds)).toEqual([240, 360, 540]);
    expect(timings.totalSeconds).toBe(1200);
    expect(timings.withinTarget).toBe(true);
  });

  it('follows the order steps were really done in, not the checklist order', () => {
    const timings = drillTimings(START, null, [step(0, 12), step(1, 5), step(2, null)], 60);
    expect(timings.steps.map((s) => s.seconds)).toEqual([420, 300, null]);
    expect(timings.doneCount).toBe(2);
    expect(timings.totalSeconds).toBeNull();
    expect(timings.withinTarget).toBeNull();
  });

  it('marks steps done after the response-time target, and a finished drill with skipped steps as missing it', () => {
    const late = drillTimings(START, at(50), [step(0, 10), step(1, 45)], 30);
    expect(late.steps.map((s) => s.late)).toEqual([false, true]);
    expect(late.withinTarget).toBe(false);
    const skipped = drillTimings(START, at(10), [step(0, 5), step(1, null)], 30);
    expect(skipped.withinTarget).toBe(false);
  });
});
