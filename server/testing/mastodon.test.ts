// The Mastodon stand-in answers as Mastodon's API documentation says; these check the documented
// behaviours the connector's own tests do not reach.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMastodonStandIn, type MastodonStandIn } from './mastodon.ts';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

describe('Mastodon stand-in (written from Mastodon’s API documentation)', () => {
  let mastodon: MastodonStandIn;
  beforeAll(async () => {
    mastodon = await startMastodonStandIn({ mediaProcessingPolls: 1, requestsPerWindow: 5 });
  });
  afterAll(() => mastodon.close());

  const api = (path: string, token: string | null, init: RequestInit = {}) =>
    fetch(`${mastodon.url}${path}`, { ...init, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.headers as Record<string, string>) } });
  const postStatus = (token: string, params: Record<string, string>, key?: string) =>
    api('/api/v1/statuses', token, { method: 'POST', body: new URLSearchParams(params), headers: key ? { 'idempotency-key': key } : {} });

  it('scopes an Idempotency-Key to its account', async () => {
    const a = mastodon.createAccount('a');
    const b = mastodon.createAccount('b');
    const first = await (await postStatus(a.token, { status: 'one' }, 'same-key')).json();
    const again = await (await postStatus(a.token, { status: 'changed text' }, 'same-key')).json();
    const other = await (await postStatus(b.token, { status: 'one' }, 'same-key')).json();
    expect(again.id).toBe(first.id);
    expect(other.id).not.toBe(first.id);
    expect(mastodon.statuses(a.id)).toHaveLength(1);
  });

  it('answers 401 with WWW-Authenticate for a bad token and 403 for a token without the scope', async () => {
    const missing = await postStatus('nope', { status: 'x' });
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toContain('error="invalid_token"');
    expect(await missing.json()).toEqual({ error: 'The access token is invalid' });
    const reader = mastodon.createAccount('reader', { scopes: 'read' });
    const denied = await postStatus(reader.token, { status: 'x' });
    expect(denied.status).toBe(403);
    expect(await denied.json()).toEqual({ error: 'This action is outside the authorized scopes' });
  });

  it('processes uploads in the background: 202, then 206 until done, and no status before that', async () => {
    const c = mastodon.createAccount('c');
    const form = new FormData();
    form.set('file', new Blob([PNG], { type: 'image/png' }), 'a.png');
    form.set('description', 'alt');
    const upload = await api('/api/v2/media', c.token, { method: 'POST', body: form });
    expect(upload.status).toBe(202);
    const media = await upload.json();
    expect(media).toMatchObject({ type: 'image', url: null, description: 'alt', meta: { original: { width: 1, height: 1 } } });
    const early = await postStatus(c.token, { 'media_ids[]': media.id });
    expect(early.status).toBe(422);
    expect((await api(`/api/v1/media/${media.id}`, c.token)).status).toBe(206);
    const ready = await api(`/api/v1/media/${media.id}`, c.token);
    expect(ready.status).toBe(200);
    expect((await ready.json()).url).toMatch(/^http/);
    const made = await postStatus(c.token, { 'media_ids[]': media.id });
    expect(made.status).toBe(200);
    expect((await made.json()).media_attachments).toHaveLength(1);
  });

  it('checks an upload’s bytes, not its declared type', async () => {
    const d = mastodon.createAccount('d');
    const form = new FormData();
    form.set('file', new Blob([Buffer.from('<svg/>')], { type: 'image/png' }), 'a.png');
    const upload = await api('/api/v2/media', d.token, { method: 'POST', body: form });
    expect(upload.status).toBe(422);
    expect(await upload.json()).toEqual({ error: 'Validation failed: File content type is invalid, File is invalid' });
  });

  it('counts requests per account and answers 429 once the window’s budget is spent', async () => {
    const e = mastodon.createAccount('e');
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await api('/api/v1/accounts/verify_credentials', e.token));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 429]);
    expect(answers[0]!.headers.get('x-ratelimit-limit')).toBe('5');
    expect(answers[0]!.headers.get('x-ratelimit-remaining')).toBe('4');
    expect(Date.parse(answers[5]!.headers.get('x-ratelimit-reset')!)).toBeGreaterThan(Date.now());
    expect(await answers[5]!.json()).toEqual({ error: 'Too many requests' });
  });

  it('pages an account’s statuses newest first, with a Link header', async () => {
    const f = mastodon.createAccount('f');
    for (const text of ['1', '2', '3']) await postStatus(f.token, { status: text });
    const page = await api(`/api/v1/accounts/${f.id}/statuses?limit=2`, null);
    const statuses = await page.json();
    expect(statuses.map((s: { content: string }) => s.content)).toEqual(['<p>3</p>', '<p>2</p>']);
    const next = /<([^>]+)>; rel="next"/.exec(page.headers.get('link')!)![1]!;
    expect((await (await fetch(next)).json()).map((s: { content: string }) => s.content)).toEqual(['<p>1</p>']);
    expect((await api('/api/v1/accounts/999/statuses', null)).status).toBe(404);
  });
});
