// A drill walks the team through a playbook's checklist and records when each step was done. The
// time a step took is counted from the step done before it (or from the start), in the order the
// team really finished them, so parallel work is not counted twice.
import { z } from 'zod';

/** One checklist entry as stored with the drill: a copy of the step, so later versions do not change it. */
export const drillStepRecordSchema = z.object({
  /** The step's index in the playbook version the drill ran. */
  step: z.number().int().min(0),
  title: z.string(),
  role: z.string(),
  doneAt: z.string().nullable(),
  doneBy: z.string().nullable(),
  note: z.string(),
});
export type DrillStepRecord = z.infer<typeof drillStepRecordSchema>;

export interface DrillStepTiming extends DrillStepRecord {
  /** How long the step took; null while it is not done. */
  seconds: number | null;
  /** Time from the drill's start to the step being done; null while it is not done. */
  elapsedSeconds: number | null;
  /** Done after the tier's response-time target had passed. */
  late: boolean;
}

export interface DrillTimings {
  steps: DrillStepTiming[];
  doneCount: number;
  /** From start to finish; null while the drill runs. */
  totalSeconds: number | null;
  /** Whether every step was done within the target; null while the drill runs. */
  withinTarget: boolean | null;
}

const seconds = (from: number, to: number) => Math.max(0, Math.round((to - from) / 1000));

export function drillTimings(
  startedAt: string | Date,
  finishedAt: string | Date | null,
  records: readonly DrillStepRecord[],
  targetMinutes: number,
): DrillTimings {
  const start = new Date(startedAt).getTime();
  const targetSeconds = targetMinutes * 60;
  const done = records
    .map((record, position) => ({ position, at: record.doneAt ? new Date(record.doneAt).getTime() : null }))
    .filter((r): r is { position: number; at: number } => r.at !== null)
    .sort((a, b) => a.at - b.at || a.position - b.position);
  const took = new Map<number, number>();
  let previous = start;
  for (const r of done) {
    took.set(r.position, seconds(previous, r.at));
    previous = Math.max(previous, r.at);
  }
  const steps = records.map((record, position): DrillStepTiming => {
    const elapsed = record.doneAt ? seconds(start, new Date(record.doneAt).getTime()) : null;
    return { ...record, seconds: took.get(position) ?? null, elapsedSeconds: elapsed, late: elapsed !== null && elapsed > targetSeconds };
  });
  const totalSeconds = finishedAt ? seconds(start, new Date(finishedAt).getTime()) : null;
  return {
    steps,
    doneCount: done.length,
    totalSeconds,
    withinTarget: totalSeconds === null ? null : done.length === records.length && steps.every((s) => !s.late),
  };
}
