import { describe, expect, it } from 'vitest';
import { findLinks, hostMatches, withUtm } from './links.ts';

describe('finding links', () => {
  it('finds links with a scheme, with www. and bare domains, without trailing punctuation', () => {
    const text = 'התפריט ב-https://shaked.co.il/menu?x=1. Also www.shaked.co.il, (see shaked.co.il/about) and bit.ly/3xYz!';
    expect(findLinks(text).map((l) => [l.text, l.host, l.malformed])).toEqual([
      ['https://shaked.co.il/menu?x=1', 'shaked.co.il', null],
      ['www.shaked.co.il', 'shaked.co.il', null],
      ['shaked.co.il/about', 'shaked.co.il', null],
      ['bit.ly/3xYz', 'bit.ly', null],
    ]);
  });

  it('calls typos in the scheme and impossible hosts malformed', () => {
    const text = 'htps://shaked.co.il and http//shaked.co.il and https:/shaked.co.il and https://shaked and https://shaked..co.il';
    expect(findLinks(text).map((l) => [l.text, l.malformed])).toEqual([
      ['htps://shaked.co.il', 'scheme'],
      ['http//shaked.co.il', 'scheme'],
      ['https:/shaked.co.il', 'scheme'],
      ['https://shaked', 'host'],
      ['https://shaked..co.il', 'host'],
    ]);
  });

  it('does not take e-mail addresses, decimals or abbreviations for links', () => {
    expect(findLinks('mail hello@shaked.co.il, price 12.50, e.g. this, Node.js, 3.5 stars')).toEqual([]);
  });

  it('reads the query parameters', () => {
    const [link] = findLinks('https://shaked.co.il/?utm_source=x&UTM_Medium=social');
    expect([...link!.params]).toEqual(['utm_source', 'utm_medium']);
  });
});

describe('hosts and UTM', () => {
  it('matches a host and its subdomains', () => {
    const hosts = new Set(['instagram.com']);
    expect(hostMatches('instagram.com', hosts)).toBe(true);
    expect(hostMatches('m.instagram.com', hosts)).toBe(true);
    expect(hostMatches('notinstagram.com', hosts)).toBe(false);
  });

  it('adds the missing parameters before the fragment', () => {
    const values = { utm_source: 'instagram', utm_medium: 'social', utm_campaign: 'spring' };
    expect(withUtm('https://shaked.co.il/menu#drinks', ['utm_source', 'utm_medium'], values)).toBe('https://shaked.co.il/menu?utm_source=instagram&utm_medium=social#drinks');
    expect(withUtm('https://shaked.co.il/?a=1', ['utm_campaign'], values)).toBe('https://shaked.co.il/?a=1&utm_campaign=spring');
  });
});
