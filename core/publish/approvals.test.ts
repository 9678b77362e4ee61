import { describe, expect, it } from 'vitest';
import type { Role } from '../permissions.ts';
import { evaluateSteps, mayDecide, withManagerStep, type PostStep } from './approvals.ts';

const roles: Record<string, Role> = { ed: 'editor', noa: 'brand_manager', dana: 'owner', sam: 'client_reviewer', tal: 'editor' };
const roleOf = (id: string) => roles[id] ?? null;
const flow: PostStep[] = [
  { name: 'Editor', mode: 'any', roles: ['editor'], userIds: [], reason: 'flow' },
  { name: 'Manager', mode: 'any', roles: ['brand_manager'], userIds: [], reason: 'flow' },
  { name: 'Client', mode: 'all', roles: ['client_reviewer'], userIds: ['dana'], reason: 'flow' },
];

describe('approval steps', () => {
  it('walks the steps in order: the first unsatisfied one is current', () => {
    expect(evaluateSteps(flow, [], roleOf)).toMatchObject({ states: ['current', 'waiting', 'waiting'], current: 0, approved: false });
    const some = [
      { stepIndex: 0, userId: 'tal', decision: 'approved' as const },
      { stepIndex: 1, userId: 'noa', decision: 'approved' as const },
    ];
    expect(evaluateSteps(flow, some, roleOf)).toMatchObject({ states: ['approved', 'approved', 'current'], current: 2 });
  });

  it('a step of "all" needs every listed person and one holder of each role', () => {
    const base = [
      { stepIndex: 0, userId: 'tal', decision: 'approved' as const },
      { stepIndex: 1, userId: 'noa', decision: 'approved' as const },
      { stepIndex: 2, userId: 'sam', decision: 'approved' as const },
    ];
    expect(evaluateSteps(flow, base, roleOf).approved).toBe(false);
    expect(evaluateSteps(flow, [...base, { stepIndex: 2, userId: 'dana', decision: 'approved' }], roleOf)).toMatchObject({ approved: true, current: null });
  });

  it('a request for changes stops the walk', () => {
    const r = evaluateSteps(flow, [{ stepIndex: 0, userId: 'tal', decision: 'changes_requested' }], roleOf);
    expect(r).toMatchObject({ changesRequested: true, approved: false, current: null, states: ['changes_requested', 'waiting', 'waiting'] });
  });

  it('an approval by someone not listed does not count', () => {
    expect(evaluateSteps(flow, [{ stepIndex: 1, userId: 'tal', decision: 'approved' }], roleOf).current).toBe(0);
  });

  it('a finding adds a manager step only when no step already needs a manager', () => {
    expect(withManagerStep([], true).map((s) => [s.reason, s.roles])).toEqual([['finding', ['owner', 'admin', 'brand_manager']]]);
    expect(withManagerStep(flow, true)).toHaveLength(3);
    expect(withManagerStep([flow[0]!], false)).toHaveLength(1);
    expect(withManagerStep([flow[0]!], true)).toHaveLength(2);
  });

  it('the author may not approve a flow step of their own post, but a manager author may pass a finding step', () => {
    expect(mayDecide(flow[0]!, { userId: 'ed', role: 'editor' }, 'ed')).toBe(false);
    expect(mayDecide(flow[0]!, { userId: 'tal', role: 'editor' }, 'ed')).toBe(true);
    expect(mayDecide(flow[1]!, { userId: 'tal', role: 'editor' }, 'ed')).toBe(false);
    const finding = withManagerStep([], true)[0]!;
    expect(mayDecide(finding, { userId: 'noa', role: 'brand_manager' }, 'noa')).toBe(true);
  });
});
