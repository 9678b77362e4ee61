// The approval flow editor's draft: steps with a stable key each (so React keeps a row's focus and
// input when it moves), the edits the page makes, the body one PUT sends, and where the server's
// validation issues (`steps.<i>.<field>`) belong.
import { MANAGER_ROLES } from '../../../../core/publish/approvals.ts';
import type { ApprovalStep } from '../../../../core/publish/contracts.ts';
import type { Role } from '../../../../core/permissions.ts';
import { ApiError } from '../../../api/client.ts';

/** The most steps a flow may have (core/publish/contracts.ts approvalFlowBody). */
export const MAX_STEPS = 10;

export interface DraftStep extends ApprovalStep {
  key: string;
}

let nextKey = 0;
const newKey = () => `step-${++nextKey}`;

export function draftOf(steps: readonly ApprovalStep[]): DraftStep[] {
  return steps.map((s) => ({ key: newKey(), name: s.name, mode: s.mode, roles: [...s.roles], userIds: [...s.userIds] }));
}

export function newStep(name = '', roles: Role[] = []): DraftStep {
  return { key: newKey(), name, mode: 'any', roles, userIds: [] };
}

export function updateStep(steps: readonly DraftStep[], index: number, patch: Partial<ApprovalStep>): DraftStep[] {
  return steps.map((s, i) => (i === index ? { ...s, ...patch } : s));
}

export function removeStep(steps: readonly DraftStep[], index: number): DraftStep[] {
  return steps.filter((_, i) => i !== index);
}

/** The list with one step moved a place up (-1) or down (1); a move past either end changes nothing. */
export function moveStep(steps: readonly DraftStep[], index: number, by: -1 | 1): DraftStep[] {
  const to = index + by;
  if (index < 0 || index >= steps.length || to < 0 || to >= steps.length) return [...steps];
  const next = [...steps];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/** What one PUT sends: names trimmed, each person and role once per step (as the server stores them). */
export function flowBody(steps: readonly DraftStep[]): { steps: ApprovalStep[] } {
  return {
    steps: steps.map((s) => ({ name: s.name.trim(), mode: s.mode, roles: [...new Set(s.roles)], userIds: [...new Set(s.userIds)] })),
  };
}

/** Whether the draft says something other than the saved flow. */
export function isDirty(draft: readonly DraftStep[], saved: readonly ApprovalStep[]): boolean {
  return JSON.stringify(flowBody(draft).steps) !== JSON.stringify(flowBody(draftOf(saved)).steps);
}

export type StepProblem = 'name' | 'approvers';

/** What the page can tell before sending: a step without a name, or without anyone to approve it. */
export function draftProblems(steps: readonly DraftStep[]): Map<number, StepProblem[]> {
  const problems = new Map<number, StepProblem[]>();
  steps.forEach((s, i) => {
    const found: StepProblem[] = [];
    if (!s.name.trim()) found.push('name');
    if (s.roles.length + s.userIds.length === 0) found.push('approvers');
    if (found.length) problems.set(i, found);
  });
  return problems;
}

export interface StepErrors {
  name?: string;
  /** About the roles or the people chosen (the server files "nobody in it" under roles). */
  approvers?: string;
}

/** The server's validation issues by step, in the reader's language already; other issues apart. */
export function serverStepErrors(error: unknown): { steps: Map<number, StepErrors>; other: string[] } {
  const steps = new Map<number, StepErrors>();
  const other: string[] = [];
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return { steps, other };
  for (const issue of error.issues) {
    const match = /^steps\.(\d+)\.(\w+)/.exec(issue.path);
    if (!match) {
      other.push(issue.message);
      continue;
    }
    const index = Number(match[1]);
    const field = match[2] === 'name' ? 'name' : match[2] === 'roles' || match[2] === 'userIds' ? 'approvers' : null;
    if (!field) {
      other.push(issue.message);
      continue;
    }
    const errors = steps.get(index) ?? {};
    errors[field] ??= issue.message;
    steps.set(index, errors);
  }
  return { steps, other };
}

export type PresetKind = 'manager' | 'client' | 'editor';

/**
 * Common flows offered on an empty page, one click each. The manager step lists every manager role,
 * so a small business whose owner is the only manager is not left waiting for a role nobody holds.
 */
export function presetFlow(kind: PresetKind, names: Record<'manager' | 'client' | 'editor', string>): DraftStep[] {
  const manager = newStep(names.manager, [...MANAGER_ROLES]);
  switch (kind) {
    case 'manager':
      return [manager];
    case 'client':
      return [manager, newStep(names.client, ['client_reviewer'])];
    case 'editor':
      return [newStep(names.editor, ['editor']), manager];
  }
}
