import { describe, expect, it } from 'vitest';
import type { Channel } from '../../../../core/publish/contracts.ts';
import { connectChannelBody } from '../../../../core/publish/contracts.ts';
import { DEFAULT_PDS_URL as SERVER_DEFAULT_PDS_URL } from '../../../../server/connectors/bluesky/index.ts';
import { ApiError } from '../../../api/client.ts';
import { DEFAULT_PDS_URL, EMPTY_FORM, connectBody, connectProblems, formForChannel, missingFields, withScheme } from './connectForm.ts';

const form = (fields: Partial<typeof EMPTY_FORM>) => ({ ...EMPTY_FORM, ...fields });

describe('the connect form', () => {
  it('sends a Bluesky handle without its @ and leaves the PDS to the server when empty', () => {
    const body = connectBody('bluesky', form({ handle: ' @cafe.bsky.social ', appPassword: ' abcd-efgh-ijkl-mnop ' }));
    expect(body).toEqual({ network: 'bluesky', handle: 'cafe.bsky.social', appPassword: 'abcd-efgh-ijkl-mnop' });
    expect(connectChannelBody.safeParse(body).success).toBe(true);
  });

  it('assumes https for an address typed without one, as people type them', () => {
    expect(withScheme('mastodon.social')).toBe('https://mastodon.social');
    expect(withScheme(' http://127.0.0.1:8080/hook ')).toBe('http://127.0.0.1:8080/hook');
    expect(withScheme('')).toBe('');
    const body = connectBody('mastodon', form({ instanceUrl: 'mastodon.social', accessToken: ' tok ' }));
    expect(body).toEqual({ network: 'mastodon', instanceUrl: 'https://mastodon.social', accessToken: 'tok' });
    expect(connectChannelBody.safeParse(body).success).toBe(true);
    expect(connectBody('bluesky', form({ handle: 'a.test', appPassword: 'p', pdsUrl: 'pds.example.org' }))).toMatchObject({ pdsUrl: 'https://pds.example.org' });
  });

  it('sends a webhook’s name only when one is given', () => {
    expect(connectBody('webhook', form({ url: 'https://example.com/hook', name: '  ' }))).toEqual({ network: 'webhook', url: 'https://example.com/hook' });
    expect(connectBody('webhook', form({ url: 'https://example.com/hook', name: ' Our site ' }))).toEqual({ network: 'webhook', url: 'https://example.com/hook', name: 'Our site' });
  });

  it('asks for the fields each way of connecting needs before sending', () => {
    expect(missingFields('bluesky', form({ handle: 'a' }))).toEqual(['appPassword']);
    expect(missingFields('mastodon', form({ instanceUrl: 'x' }), 'oauth')).toEqual([]);
    expect(missingFields('mastodon', form({ instanceUrl: 'x' }), 'token')).toEqual(['accessToken']);
    expect(missingFields('webhook', form({ name: 'n' }))).toEqual(['url']);
  });

  it('uses the server’s default PDS', () => {
    expect(DEFAULT_PDS_URL).toBe(SERVER_DEFAULT_PDS_URL);
  });
});

describe('the server’s answer to a connection', () => {
  it('puts validation messages beside their fields', () => {
    const error = new ApiError(400, 'validation_failed', '', {
      issues: [
        { path: 'body.instanceUrl', message: 'יש להזין כתובת מלאה' },
        { path: 'body.accessToken', message: 'יש להזין אסימון גישה' },
      ],
    });
    expect(connectProblems('mastodon', error)).toEqual({ fields: { instanceUrl: 'יש להזין כתובת מלאה', accessToken: 'יש להזין אסימון גישה' }, refusal: null });
  });

  it('marks the address or the login the network refused, with its code and its words', () => {
    const refused = (field: string, code?: string) => new ApiError(400, 'connect_failed', 'The network did not accept the connection.', { field, code, detail: 'ECONNREFUSED' });
    expect(connectProblems('bluesky', refused('credentials', 'auth_failed')).refusal).toEqual({ field: 'appPassword', where: 'credentials', code: 'auth_failed', detail: 'ECONNREFUSED' });
    expect(connectProblems('bluesky', refused('address', 'unreachable')).refusal).toMatchObject({ field: 'pdsUrl', code: 'unreachable' });
    expect(connectProblems('mastodon', refused('credentials')).refusal).toMatchObject({ field: 'accessToken', code: 'credentials' });
    expect(connectProblems('webhook', refused('address', 'blocked_address')).refusal).toMatchObject({ field: 'url', code: 'blocked_address' });
  });

  it('finds nothing to mark in other errors', () => {
    expect(connectProblems('webhook', new ApiError(403, 'forbidden', 'no'))).toEqual({ fields: {}, refusal: null });
    expect(connectProblems('webhook', null)).toEqual({ fields: {}, refusal: null });
  });
});

describe('reconnecting', () => {
  const channel = (fields: Partial<Channel>) => ({ account: '', displayName: '', endpoint: '', ...fields }) as Channel;

  it('starts from the channel’s account and address, never a secret', () => {
    expect(formForChannel(channel({ network: 'bluesky', account: '@cafe.test', endpoint: DEFAULT_PDS_URL }))).toEqual(form({ handle: 'cafe.test' }));
    expect(formForChannel(channel({ network: 'bluesky', account: '@cafe.test', endpoint: 'https://pds.example.org' }))).toEqual(form({ handle: 'cafe.test', pdsUrl: 'https://pds.example.org' }));
    expect(formForChannel(channel({ network: 'mastodon', account: '@cafe@m.example', endpoint: 'https://m.example' }))).toEqual(form({ instanceUrl: 'https://m.example' }));
    expect(formForChannel(channel({ network: 'webhook', account: 'hooks.example', displayName: 'Our site', endpoint: 'https://hooks.example/x' }))).toEqual(form({ url: 'https://hooks.example/x', name: 'Our site' }));
    expect(formForChannel(channel({ network: 'webhook', account: 'hooks.example', displayName: 'hooks.example', endpoint: 'https://hooks.example/x' }))).toEqual(form({ url: 'https://hooks.example/x' }));
  });
});
