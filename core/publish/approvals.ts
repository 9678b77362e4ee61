// Where a post stands in its approval steps: which step is current, which are done, and who may
// decide now. Pure: the server feeds it the post's steps, the decisions made on the current
// revision (an edit starts a new revision, so older decisions no longer count) and members' roles.
import type { Role } from '../permissions.ts';
import type { ApprovalStep } from './contracts.ts';

export interface PostStep extends ApprovalStep {
  /** flow: the brand's approval flow; finding: added because a policy finding asked for a manager. */
  reason: 'flow' | 'finding';
}

export interface Decision {
  stepIndex: number;
  userId: string;
  decision: 'approved' | 'changes_requested';
}

export type StepState = 'waiting' | 'current' | 'approved' | 'changes_requested';

export const MANAGER_ROLES: readonly Role[] = ['owner', 'admin', 'brand_manager'];

/** The step a policy finding of severity `approval` adds when no step of the flow already needs a manager. */
export function withManagerStep(flow: readonly ApprovalStep[], needsManager: boolean): PostStep[] {
  const steps: PostStep[] = flow.map((s) => ({ ...s, reason: 'flow' }));
  const hasManagerStep = flow.some((s) => s.roles.length > 0 && s.roles.every((r) => MANAGER_ROLES.includes(r)));
  if (needsManager && !hasManagerStep) steps.push({ name: 'Brand manager', mode: 'any', roles: [...MANAGER_ROLES], userIds: [], reason: 'finding' });
  return steps;
}

/** Whether a person may decide a step: listed by name or by role, and not the post's own author
 * (someone else reviews a flow step), except on the manager step a finding added, which a manager
 * who wrote the post may pass: that step asks for a manager's judgement, and they are one. */
export function mayDecide(step: PostStep, user: { userId: string; role: Role }, authorId: string | null): boolean {
  const listed = step.userIds.includes(user.userId) || step.roles.includes(user.role);
  if (!listed) return false;
  return user.userId !== authorId || step.reason === 'finding';
}

function satisfied(step: PostStep, approvers: { userId: string; role: Role | null }[]): boolean {
  if (step.mode === 'any') return approvers.some((a) => step.userIds.includes(a.userId) || (a.role !== null && step.roles.includes(a.role)));
  const everyPerson = step.userIds.every((id) => approvers.some((a) => a.userId === id));
  const everyRole = step.roles.every((r) => approvers.some((a) => a.role === r));
  return everyPerson && everyRole;
}

export interface StepsEvaluation {
  states: StepState[];
  /** The step waiting for decisions; null when none is (all approved, or changes were requested). */
  current: number | null;
  approved: boolean;
  changesRequested: boolean;
}

export function evaluateSteps(steps: readonly PostStep[], decisions: readonly Decision[], roleOf: (userId: string) => Role | null): StepsEvaluation {
  const states: StepState[] = steps.map(() => 'waiting');
  for (let i = 0; i < steps.length; i++) {
    const mine = decisions.filter((d) => d.stepIndex === i);
    if (mine.some((d) => d.decision === 'changes_requested')) {
      states[i] = 'changes_requested';
      return { states, current: null, approved: false, changesRequested: true };
    }
    const approvers = mine.filter((d) => d.decision === 'approved').map((d) => ({ userId: d.userId, role: roleOf(d.userId) }));
    if (!satisfied(steps[i]!, approvers)) {
      states[i] = 'current';
      return { states, current: i, approved: false, changesRequested: false };
    }
    states[i] = 'approved';
  }
  return { states, current: null, approved: true, changesRequested: false };
}
