import { describe, expect, it } from 'vitest';
import { PLAYBOOK_MESSAGES, tooLongMessage } from '../../../core/playbooks/content.ts';
import { playbooksEn } from '../../i18n/playbooks.en.ts';
import { playbooksHe } from '../../i18n/playbooks.he.ts';
import { translator } from '../../i18n/testing.ts';
import { translateMessage } from './validation.ts';

describe('playbook messages in the app', () => {
  it('has a translation of every message the schema and the server give, in both languages', () => {
    for (const key of Object.keys(PLAYBOOK_MESSAGES)) {
      expect(playbooksEn.validation, key).toHaveProperty(key);
      expect(playbooksHe.validation, key).toHaveProperty(key);
    }
  });

  it('tells a statement that is too long in the reader’s language, naming the network and its limit', async () => {
    const he = await translator('he');
    expect(translateMessage(he, tooLongMessage('bluesky', 300))).toBe('ארוך מדי עבור Bluesky (עד 300 תווים).');
    expect(translateMessage(he, PLAYBOOK_MESSAGES.respondersMin)).toBe('לתרחיש צריך להיות לפחות אדם אחד שמורשה לדבר בשם המותג.');
    // A message the server already wrote in the reader's language (a policy finding) is shown as it came.
    expect(translateMessage(he, 'הודעה מהמדיניות')).toBe('הודעה מהמדיניות');
  });
});
