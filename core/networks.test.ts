import { describe, expect, it } from 'vitest';
import { countGraphemes, countText, textLimit } from './networks.ts';

describe('post length per network', () => {
  it('counts what a person sees as one character once: a letter with its niqqud, an emoji with its modifiers', () => {
    expect(countGraphemes('שָׁלוֹם')).toBe(4);
    expect(countGraphemes('👍🏽')).toBe(1);
    expect(countGraphemes('👨‍👩‍👧‍👦')).toBe(1);
    expect(countGraphemes('🇮🇱')).toBe(1);
    expect(countGraphemes('a\r\nb')).toBe(3);
    expect(countGraphemes('קפה ומאפה')).toBe(9);
  });

  it('counts a link as 23 on X and Mastodon, and weighs emoji as 2 on X', () => {
    const link = 'https://shaked.example/menu/autumn-2026?utm_source=x';
    expect(countText('mastodon', `Menu: ${link}`)).toBe(6 + 23);
    expect(countText('x', `Menu: ${link}`)).toBe(6 + 23);
    expect(countText('x', 'קפה ☕')).toBe(4 + 2);
    expect(countText('bluesky', `Menu: ${link}`)).toBe(6 + link.length);
  });

  it('takes a configured limit over the network’s default, and has none for the webhook', () => {
    expect(textLimit('mastodon')).toBe(500);
    expect(textLimit('mastodon', 1000)).toBe(1000);
    expect(textLimit('webhook')).toBeNull();
    expect(textLimit(null)).toBeNull();
  });
});
