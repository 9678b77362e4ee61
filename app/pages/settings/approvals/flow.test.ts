import { describe, expect, it } from 'vitest';
import { approvalFlowBody } from '../../../../core/publish/contracts.ts';
import { ApiError } from '../../../api/client.ts';
import { draftOf, draftProblems, flowBody, isDirty, moveStep, newStep, presetFlow, removeStep, serverStepErrors, updateStep } from './flow.ts';

const saved = [
  { name: 'Editor', mode: 'any' as const, roles: ['editor' as const], userIds: [] },
  { name: 'Brand manager', mode: 'any' as const, roles: ['brand_manager' as const], userIds: [] },
  { name: 'Client', mode: 'all' as const, roles: [], userIds: ['00000000-0000-4000-8000-000000000001'] },
];
const names = (steps: { name: string }[]) => steps.map((s) => s.name);

describe('editing the approval flow', () => {
  it('moves a step up and down, and a move past either end changes nothing', () => {
    const draft = draftOf(saved);
    expect(names(moveStep(draft, 2, -1))).toEqual(['Editor', 'Client', 'Brand manager']);
    expect(names(moveStep(draft, 0, 1))).toEqual(['Brand manager', 'Editor', 'Client']);
    expect(names(moveStep(draft, 0, -1))).toEqual(['Editor', 'Brand manager', 'Client']);
    expect(names(moveStep(draft, 2, 1))).toEqual(['Editor', 'Brand manager', 'Client']);
    // A step keeps its key when it moves, so its row keeps its input and focus.
    expect(moveStep(draft, 2, -1)[1]!.key).toBe(draft[2]!.key);
  });

  it('gives every step its own key, even two made from the same saved step', () => {
    const keys = [...draftOf(saved), ...draftOf(saved), newStep()].map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('sends the steps in their order, names trimmed, each person and role once, without the keys', () => {
    let draft = draftOf(saved);
    draft = updateStep(draft, 0, { name: '  Legal  ', roles: ['editor', 'editor', 'admin'] });
    draft = removeStep(draft, 1);
    const body = flowBody(draft);
    expect(body).toEqual({
      steps: [
        { name: 'Legal', mode: 'any', roles: ['editor', 'admin'], userIds: [] },
        { name: 'Client', mode: 'all', roles: [], userIds: ['00000000-0000-4000-8000-000000000001'] },
      ],
    });
    expect(approvalFlowBody.safeParse(body).success).toBe(true);
  });

  it('knows when the draft differs from what is saved', () => {
    const draft = draftOf(saved);
    expect(isDirty(draft, saved)).toBe(false);
    expect(isDirty(updateStep(draft, 0, { name: 'Editor ' }), saved)).toBe(false);
    expect(isDirty(moveStep(draft, 0, 1), saved)).toBe(true);
    expect(isDirty(updateStep(draft, 2, { mode: 'any' }), saved)).toBe(true);
    expect(isDirty([], saved)).toBe(true);
    expect(isDirty([], [])).toBe(false);
  });

  it('finds a step without a name or without anyone to approve it before sending', () => {
    const problems = draftProblems([...draftOf(saved), newStep('  '), newStep('Someone')]);
    expect([...problems]).toEqual([
      [3, ['name', 'approvers']],
      [4, ['approvers']],
    ]);
  });

  it('puts the server’s messages on the step they name', () => {
    const error = new ApiError(400, 'validation_failed', '', {
      issues: [
        { path: 'body.steps.1.roles', message: 'בכל שלב צריך לפחות אדם אחד או תפקיד אחד' },
        { path: 'body.steps.2.userIds', message: 'האדם הזה אינו חבר/ת צוות' },
        { path: 'body.steps.2.name', message: 'יש לתת שם לכל שלב' },
        { path: 'body.steps', message: 'Too many steps' },
      ],
    });
    const { steps, other } = serverStepErrors(error);
    expect(steps.get(1)).toEqual({ approvers: 'בכל שלב צריך לפחות אדם אחד או תפקיד אחד' });
    expect(steps.get(2)).toEqual({ approvers: 'האדם הזה אינו חבר/ת צוות', name: 'יש לתת שם לכל שלב' });
    expect(other).toEqual(['Too many steps']);
    expect(serverStepErrors(new ApiError(409, 'brand_archived', 'archived')).steps.size).toBe(0);
  });

  it('offers common flows whose manager step any manager can pass', () => {
    const stepNames = { manager: 'Brand manager', client: 'Client approval', editor: 'Editor review' };
    expect(flowBody(presetFlow('manager', stepNames)).steps).toEqual([{ name: 'Brand manager', mode: 'any', roles: ['owner', 'admin', 'brand_manager'], userIds: [] }]);
    expect(flowBody(presetFlow('client', stepNames)).steps.map((s) => s.roles)).toEqual([['owner', 'admin', 'brand_manager'], ['client_reviewer']]);
    expect(names(presetFlow('editor', stepNames))).toEqual(['Editor review', 'Brand manager']);
    expect(approvalFlowBody.safeParse(flowBody(presetFlow('client', stepNames))).success).toBe(true);
  });
});
