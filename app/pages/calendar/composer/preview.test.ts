import { describe, expect, it } from 'vitest';
import { isWebAddress, linkHost, previewTokens } from './preview.ts';

describe('a preview card’s text', () => {
  it('colours links, Hebrew hashtags and mentions, and leaves the rest as text', () => {
    expect(previewTokens('עוגת גבינה 🍰 #קפה_שקד עם @cafe.bsky.social https://shaked.example/menu')).toEqual([
      { text: 'עוגת גבינה 🍰 ', kind: 'text' },
      { text: '#קפה_שקד', kind: 'tag' },
      { text: ' עם ', kind: 'text' },
      { text: '@cafe.bsky.social', kind: 'mention' },
      { text: ' ', kind: 'text' },
      { text: 'https://shaked.example/menu', kind: 'link' },
    ]);
  });

  it('does not take an e-mail address for a mention, and keeps an empty line as one empty piece', () => {
    expect(previewTokens('write to hello@shaked.example')).toEqual([{ text: 'write to hello@shaked.example', kind: 'text' }]);
    expect(previewTokens('')).toEqual([{ text: '', kind: 'text' }]);
  });

  it('links only web addresses, and names a link card by its host', () => {
    expect(isWebAddress('https://bsky.app/profile/x/post/1')).toBe(true);
    expect(isWebAddress('javascript:alert(1)')).toBe(false);
    expect(isWebAddress(null)).toBe(false);
    expect(linkHost('https://shaked.example/menu?x=1')).toBe('shaked.example');
  });
});
