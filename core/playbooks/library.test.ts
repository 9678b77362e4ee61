import { describe, expect, it } from 'vitest';
import { countText } from '../networks.ts';
import { checkDraft, compilePolicy } from '../policy/checker.ts';
import { rulesFromTemplates } from '../policy/defaults.ts';
import { playbookContentSchema } from './content.ts';
import { PLAYBOOK_LIBRARY, findTemplate, templateContent } from './library.ts';

const RESPONDER = '11111111-1111-4111-8111-111111111111';
const HEBREW = /[\u05d0-\u05ea]/;

describe('the playbook library', () => {
  it('has the seven scenarios the issue asks for', () => {
    expect(PLAYBOOK_LIBRARY.map((t) => t.key).sort()).toEqual(
      ['data_breach', 'employee_misconduct', 'food_safety', 'influencer_backlash', 'offensive_post', 'security_event', 'service_outage'].sort(),
    );
  });

  for (const template of PLAYBOOK_LIBRARY) {
    describe(template.key, () => {
      it('becomes a valid playbook in Hebrew and in English once someone may speak for the brand', () => {
        for (const locale of ['he', 'en'] as const) {
          const parsed = playbookContentSchema.safeParse(templateContent(template, locale, [RESPONDER]));
          expect(parsed.error?.issues ?? []).toEqual([]);
        }
      });

      it('is written in both languages: Hebrew where Hebrew is, English where English is', () => {
        const texts = [template.name, template.description, ...template.steps.flatMap((s) => [s.title, s.details]), ...template.statements.flatMap((s) => [s.title, s.text]), ...template.tiers.map((t) => t.name)];
        for (const text of texts) {
          expect(text.he, text.en).toMatch(HEBREW);
          expect(text.en, text.he).not.toMatch(HEBREW);
          expect(text.en.trim().length).toBeGreaterThan(0);
        }
        expect(template.keywords.he.length).toBeGreaterThan(0);
        expect(template.keywords.en.length).toBeGreaterThan(0);
      });

      it('has holding statements short enough for X and Bluesky, in both languages, and never "no comment"', () => {
        expect(template.statements.length).toBeGreaterThanOrEqual(2);
        for (const statement of template.statements) {
          for (const text of [statement.text.he, statement.text.en]) {
            expect(countText('x', text), text).toBeLessThanOrEqual(280);
            expect(countText('bluesky', text), text).toBeLessThanOrEqual(300);
            expect(text).not.toMatch(/no comment|אין תגובה/i);
          }
        }
      });

      it('gives every step an owner among its roles, and most severe tiers the shortest targets', () => {
        const keys = new Set(template.roles.map((r) => r.key));
        for (const step of template.steps) expect(keys.has(step.role), step.title.en).toBe(true);
        const minutes = [...template.tiers].sort((a, b) => a.level - b.level).map((t) => t.responseMinutes);
        expect(minutes).toEqual([...minutes].sort((a, b) => a - b));
      });
    });
  }

  it('copies a template in the team’s language, with roles left for people and statements in both languages', () => {
    const content = templateContent(findTemplate('food_safety')!, 'he', [RESPONDER]);
    expect(content.name).toBe('בטיחות מזון או ריקול מוצר');
    expect(content.steps[0]!.title).toMatch(HEBREW);
    expect(content.roles.every((r) => r.userId === null && r.backupUserId === null)).toBe(true);
    expect(content.roles.find((r) => r.kind === 'custom')?.customName).toBe('אחראי/ת בטיחות מזון');
    expect(content.holdingStatements.map((s) => s.language)).toEqual(['he', 'en', 'he', 'en']);
    expect(content.authorizedResponders).toEqual([RESPONDER]);
    expect(templateContent(findTemplate('food_safety')!, 'en').holdingStatements[0]!.language).toBe('en');
  });

  it('has holding statements the default policy finds nothing in, in either language', () => {
    for (const locale of ['he', 'en'] as const) {
      const policy = compilePolicy(rulesFromTemplates(undefined, locale));
      const check = (text: string) => checkDraft(policy, { text, network: null, at: null, timeZone: 'Asia/Jerusalem' });
      for (const template of PLAYBOOK_LIBRARY) {
        for (const statement of template.statements) {
          expect(check(statement.text.he), statement.text.he).toEqual([]);
          expect(check(statement.text.en), statement.text.en).toEqual([]);
        }
      }
      // The same check does catch what a statement must never carry.
      expect(check('Write to dana.levi@example.com for a refund').map((f) => f.severity)).toContain('block');
    }
  });

  it('pauses promotional content for a security event in Israel', () => {
    expect(findTemplate('security_event')!.pauseScheduledPosts).toBe(true);
  });
});
