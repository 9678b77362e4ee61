import { describe, expect, it } from 'vitest';
import { NETWORKS, TEXT_LIMITS } from '../networks.ts';
import { PLAYBOOK_MESSAGES, tooLongMessage } from './content.ts';
import { PLAYBOOK_MESSAGES_HE, PLAYBOOK_REQUEST_MESSAGES } from './messages.ts';

describe('the playbooks area’s messages in Hebrew', () => {
  it('has Hebrew for every English message the area can give', () => {
    const english = [
      ...Object.values(PLAYBOOK_MESSAGES),
      ...Object.values(PLAYBOOK_REQUEST_MESSAGES),
      ...NETWORKS.flatMap((n) => (TEXT_LIMITS[n] === null ? [] : [tooLongMessage(n, TEXT_LIMITS[n]!)])),
    ];
    for (const message of english) {
      expect(PLAYBOOK_MESSAGES_HE[message], message).toMatch(/[א-ת]/);
    }
    expect(Object.keys(PLAYBOOK_MESSAGES_HE)).toHaveLength(english.length);
  });

  it('names the network and its limit in the Hebrew of a statement too long', () => {
    expect(PLAYBOOK_MESSAGES_HE[tooLongMessage('bluesky', 300)]).toBe('ארוך מדי עבור Bluesky (עד 300 תווים)');
  });
});
