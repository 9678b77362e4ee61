// The wizard's steps in order, and the part of the plan each one fills in.
import type { PlanDraft } from '../../../core/plan/wizard.ts';
import type { FieldErrors } from './validation.ts';

export const STEP_KEYS = ['messages', 'personas', 'channels', 'kpis', 'time', 'review'] as const;
export type StepKey = (typeof STEP_KEYS)[number];

export const SECTION_OF_STEP = {
  messages: 'keyMessages',
  personas: 'personas',
  channels: 'channels',
  kpis: 'kpis',
  time: 'timeBudget',
  review: null,
} as const satisfies Record<StepKey, string | null>;

export function stepOfPath(path: string): StepKey {
  const section = path.split('.')[0];
  return STEP_KEYS.find((step) => SECTION_OF_STEP[step] === section) ?? 'review';
}

export function isStepKey(value: string | null): value is StepKey {
  return (STEP_KEYS as readonly (string | null)[]).includes(value);
}

/** What every step of the wizard is given: the draft, a way to change it, and its fields' errors. */
export interface StepProps {
  draft: PlanDraft;
  update: (change: (draft: PlanDraft) => PlanDraft) => void;
  /** Errors to show now, by path in the plan (`kpis.0.target`). */
  errors: FieldErrors;
}

/** Moves the keyboard focus to a field that is about to appear (a persona or message just added). */
export function focusSoon(testId: string) {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-testid="${testId}"]`)?.focus());
}
