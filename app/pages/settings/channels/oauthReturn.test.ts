import { describe, expect, it } from 'vitest';
import { channelsEn } from '../../../i18n/channels.en.ts';
import { channelsHe } from '../../../i18n/channels.he.ts';
import { OAUTH_ERROR_REASONS, readOAuthReturn, withoutOAuthReturn } from './oauthReturn.ts';

const params = (query: string) => new URLSearchParams(query);

describe('coming back from signing in with Mastodon', () => {
  it('reads the connected channel the server sent the browser back with', () => {
    expect(readOAuthReturn(params('brand=b1&connected=c-42'))).toEqual({ kind: 'connected', channelId: 'c-42' });
  });

  it('words each error the callback sends: its own, OAuth’s and the connector’s', () => {
    const reason = (query: string) => {
      const answer = readOAuthReturn(params(query));
      return answer?.kind === 'error' ? answer.reason : null;
    };
    expect(reason('error=expired')).toBe('expired');
    expect(reason('error=denied')).toBe('denied');
    expect(reason('error=access_denied')).toBe('denied');
    expect(reason('error=auth_failed')).toBe('refused');
    expect(reason('error=unreachable')).toBe('unreachable');
    expect(reason('error=timeout')).toBe('unreachable');
    expect(reason('error=blocked_address')).toBe('blocked_address');
    expect(reason('error=no_secret_key')).toBe('no_secret_key');
    expect(reason('error=connect_failed')).toBe('other');
  });

  it('shows back only a short plain code, whatever the address carries', () => {
    expect(readOAuthReturn(params(`error=${encodeURIComponent('<img src=x onerror=alert(1)>')}`))).toEqual({ kind: 'error', reason: 'other', code: 'imgsrcxonerroralert1' });
    expect(readOAuthReturn(params('error='))).toEqual({ kind: 'error', reason: 'other', code: 'unknown' });
    const long = readOAuthReturn(params(`error=${'x'.repeat(500)}`));
    expect(long?.kind === 'error' && long.code.length).toBe(60);
  });

  it('finds nothing on an ordinary visit', () => {
    expect(readOAuthReturn(params('brand=b1'))).toBeNull();
    expect(readOAuthReturn(params('connected='))).toBeNull();
  });

  it('takes the answer out of the address and keeps the brand', () => {
    expect(withoutOAuthReturn(params('brand=b1&connected=c-42')).toString()).toBe('brand=b1');
    expect(withoutOAuthReturn(params('error=denied&brand=b2&tab=x')).toString()).toBe('brand=b2&tab=x');
  });

  it('has a sentence for every reason in both languages', () => {
    for (const reason of OAUTH_ERROR_REASONS) {
      expect(channelsEn.channels.oauth.errors[reason]).toBeTruthy();
      expect(channelsHe.channels.oauth.errors[reason]).toBeTruthy();
    }
  });
});
