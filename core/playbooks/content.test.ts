import { describe, expect, it } from 'vitest';
import { PLAYBOOK_MESSAGES as M, playbookContentSchema, playbookGaps, stepsForTier, type PlaybookContentInput } from './content.ts';
import { findTemplate, templateContent } from './library.ts';

const NOA = '11111111-1111-4111-8111-111111111111';
const YOSSI = '22222222-2222-4222-8222-222222222222';

function base(): PlaybookContentInput {
  return templateContent(findTemplate('service_outage')!, 'en', [NOA]);
}

function issues(content: unknown) {
  const result = playbookContentSchema.safeParse(content);
  return (result.error?.issues ?? []).map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('playbook content', () => {
  it('refuses a playbook nobody may speak for, naming the field', () => {
    expect(issues({ ...base(), authorizedResponders: [] })).toEqual([{ path: 'authorizedResponders', message: M.respondersMin }]);
  });

  it('refuses a backup who is the person in the role', () => {
    const content = base();
    content.roles[0] = { ...content.roles[0]!, userId: NOA, backupUserId: NOA };
    expect(issues(content)).toEqual([{ path: 'roles.0.backupUserId', message: M.backupSameAsMember }]);
    content.roles[0] = { ...content.roles[0]!, backupUserId: YOSSI };
    expect(issues(content)).toEqual([]);
  });

  it('refuses a step owned by a role the playbook does not have', () => {
    const content = base();
    content.steps[1] = { ...content.steps[1]!, role: 'legal' };
    expect(issues(content)).toEqual([{ path: 'steps.1.role', message: M.stepRoleUnknown }]);
  });

  it('refuses a tier twice, an unnamed custom role and a responder listed twice', () => {
    const content = base();
    content.tiers = [content.tiers[0]!, content.tiers[1]!, { level: 1, name: 'Again', responseMinutes: 10 }];
    content.roles = [...content.roles, { key: 'pr_agency', kind: 'custom', customName: ' ', userId: null, backupUserId: null }];
    content.authorizedResponders = [NOA, NOA];
    expect(issues(content)).toEqual([
      { path: 'tiers.2.level', message: M.tierTwice },
      { path: 'roles.4.customName', message: M.customRoleNameRequired },
      { path: 'authorizedResponders.1', message: M.responderTwice },
    ]);
  });

  it('will not open incidents by itself with nothing to notice them by', () => {
    const content = base();
    content.triggers = { keywords: { he: [], en: [] }, radarSeverity: null, autoOpenIncident: true };
    expect(issues(content)).toEqual([{ path: 'triggers.autoOpenIncident', message: M.autoOpenNeedsTrigger }]);
  });

  it('refuses a response time that is not whole minutes', () => {
    const content = base();
    content.tiers[0] = { ...content.tiers[0]!, responseMinutes: 0.5 };
    expect(issues(content)).toEqual([{ path: 'tiers.0.responseMinutes', message: M.responseMinutes }]);
  });

  it('keeps tiers most severe first and trims what people typed', () => {
    const content = base();
    content.tiers = [...content.tiers].reverse();
    content.name = '  Outage  ';
    const parsed = playbookContentSchema.parse(content);
    expect(parsed.tiers.map((t) => t.level)).toEqual([1, 2, 3]);
    expect(parsed.name).toBe('Outage');
  });

  it('lists the steps a tier needs: all of them in the most severe, fewer in milder ones', () => {
    const content = playbookContentSchema.parse(base());
    expect(stepsForTier(content, 1)).toHaveLength(content.steps.length);
    const mild = stepsForTier(content, 3);
    expect(mild.length).toBeLessThan(content.steps.length);
    expect(mild.every(({ step }) => step.fromTier === 3)).toBe(true);
  });

  it('names what is missing for a real incident without refusing it', () => {
    const content = playbookContentSchema.parse(base());
    const gaps = playbookGaps(content);
    expect(gaps).toContainEqual({ kind: 'role_unassigned', roleKey: 'incident_lead' });
    content.roles = content.roles.map((r) => ({ ...r, userId: NOA, backupUserId: YOSSI }));
    expect(playbookGaps(content)).toEqual([]);
  });
});
