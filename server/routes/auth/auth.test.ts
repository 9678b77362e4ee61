import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_WORKSPACE_ID as WS, startTestServer, type Session, type TestServer } from '../../testing/harness.ts';

let server: TestServer;
let owner: Session;
beforeAll(async () => {
  server = await startTestServer();
  owner = await server.login('dana@shaked.example');
});
afterAll(async () => server?.close());

const setCookies = (headers: Record<string, unknown>) => ([] as string[]).concat((headers['set-cookie'] as string | string[] | undefined) ?? []);
const cookieOf = (headers: Record<string, unknown>) => setCookies(headers)[0]!.split(';')[0]!;

describe('login and session', () => {
  it('logs in with a httpOnly, SameSite=Lax cookie and returns the user, a CSRF token and the workspaces', async () => {
    const res = await server.request.post('/api/v1/auth/login', { email: 'avi@shaked.example', password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
    const [cookie] = setCookies(res.headers);
    expect(cookie).toMatch(/^brandroom_session=[^;]+;/);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
    expect(res.body).toMatchObject({
      user: { email: 'avi@shaked.example', name: 'אבי כהן', locale: 'he' },
      workspaces: [{ id: WS, name: 'קבוצת שקד · Shaked Group', kind: 'company', role: 'admin' }],
    });
    expect(res.body.csrfToken).toEqual(expect.any(String));
    expect(res.body.csrfToken.length).toBeGreaterThan(20);

    const session = await server.request.get('/api/v1/auth/session', { cookie: cookieOf(res.headers) });
    expect(session.status).toBe(200);
    expect(session.body.user.id).toBe(res.body.user.id);
    expect(session.body.csrfToken).toBe(res.body.csrfToken);
  });

  it('accepts the email in any letter case', async () => {
    const res = await server.request.post('/api/v1/auth/login', { email: '  Noa@Shaked.Example ', password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.user.email).toBe('noa@shaked.example');
  });

  it('answers a wrong password and an unknown email the same way, without a cookie', async () => {
    const wrong = await server.request.post('/api/v1/auth/login', { email: 'avi@shaked.example', password: 'not-the-password' });
    const unknown = await server.request.post('/api/v1/auth/login', { email: 'nobody@shaked.example', password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('invalid_credentials');
    expect(unknown.status).toBe(wrong.status);
    expect(unknown.body).toEqual(wrong.body);
    expect(setCookies(wrong.headers)).toEqual([]);
    expect(setCookies(unknown.headers)).toEqual([]);
  });

  it('rejects a login without a password with a validation error naming the field', async () => {
    const res = await server.request.post('/api/v1/auth/login', { email: 'avi@shaked.example', password: '' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details.issues[0].path).toBe('body.password');
  });

  it('locks an email after 5 failed logins, even against the right password, and says when to retry', async () => {
    // A dedicated account: no other test in this file logs in as the responder.
    const email = 'yossi@shaked.example';
    for (let i = 0; i < 5; i++) {
      const res = await server.request.post('/api/v1/auth/login', { email, password: `wrong-${i}` });
      expect(res.status).toBe(401);
    }
    const locked = await server.request.post('/api/v1/auth/login', { email, password: DEMO_PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('too_many_attempts');
    expect(locked.body.error.details.retryAfterSeconds).toBeGreaterThan(0);
    expect(locked.body.error.details.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expect(setCookies(locked.headers)).toEqual([]);
    // Other people are not locked out by it.
    const other = await server.request.post('/api/v1/auth/login', { email: 'maya@shaked.example', password: DEMO_PASSWORD });
    expect(other.status).toBe(200);
  });

  it('holds the limit when many wrong passwords arrive at once', async () => {
    const email = 'someone.unknown@example.com';
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => server.request.post('/api/v1/auth/login', { email, password: `guess-${i}` })),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(7);
  });

  it('ends the session on logout: the cookie is cleared and the next session read is 401', async () => {
    const s = await server.login('noa@shaked.example');
    const out = await s.as.post('/api/v1/auth/logout');
    expect(out.status).toBe(204);
    expect(setCookies(out.headers).join('\n')).toMatch(/brandroom_session=;/);
    const after = await server.request.get('/api/v1/auth/session', { cookie: s.cookie });
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('unauthenticated');
    const ws = await server.request.get('/api/v1/workspaces', { cookie: s.cookie });
    expect(ws.status).toBe(401);
  });

  it('answers 401 to a request without any credentials', async () => {
    const res = await server.request.get('/api/v1/workspaces');
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: { code: 'unauthenticated', message: expect.any(String) } });
  });
});

describe('CSRF protection', () => {
  it('refuses a cookie-authenticated change without the x-csrf-token header, and changes nothing', async () => {
    const s = await server.login('maya@shaked.example');
    const missing = await server.request.patch('/api/v1/me', { name: 'Hacked' }, { cookie: s.cookie });
    expect(missing.status).toBe(403);
    expect(missing.body.error.code).toBe('csrf_failed');
    const wrong = await server.request.patch('/api/v1/me', { name: 'Hacked' }, { cookie: s.cookie, 'x-csrf-token': 'x'.repeat(43) });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.code).toBe('csrf_failed');
    // Another session's token does not fit this session either.
    const foreign = await server.request.patch('/api/v1/me', { name: 'Hacked' }, { cookie: s.cookie, 'x-csrf-token': owner.csrf });
    expect(foreign.status).toBe(403);
    const rename = await server.request.patch(`/api/v1/workspaces/${WS}`, { name: 'Hacked' }, { cookie: owner.cookie });
    expect(rename.status).toBe(403);
    expect(rename.body.error.code).toBe('csrf_failed');

    const me = await s.as.get('/api/v1/auth/session');
    expect(me.body.user.name).toBe('Maya Green');
    const ws = await owner.as.get(`/api/v1/workspaces/${WS}`);
    expect(ws.body.workspace.name).toBe('קבוצת שקד · Shaked Group');
  });
});

describe('my account', () => {
  it('changes my language with PATCH /me, and the next session read shows it', async () => {
    const s = await server.login('noa@shaked.example');
    const res = await s.as.patch('/api/v1/me', { locale: 'en' });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ email: 'noa@shaked.example', locale: 'en', name: 'נועה מזרחי' });
    const session = await s.as.get('/api/v1/auth/session');
    expect(session.body.user.locale).toBe('en');

    const bad = await s.as.patch('/api/v1/me', { locale: 'fr' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues[0]).toMatchObject({ path: 'body.locale', message: 'Language must be "he" or "en"' });
    expect((await s.as.get('/api/v1/auth/session')).body.user.locale).toBe('en');
  });

  it('changes the password: a wrong current password is refused; success ends my other sessions', async () => {
    const email = 'tal@pixel-agency.example';
    const here = await server.login(email);
    const elsewhere = await server.login(email);
    const newPassword = 'a-new-long-password-2025';

    const wrong = await here.as.post('/api/v1/auth/password', { currentPassword: 'not-my-password', newPassword });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('validation_failed');
    expect(wrong.body.error.details.issues[0].path).toBe('body.currentPassword');
    const short = await here.as.post('/api/v1/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.error.details.issues[0]).toMatchObject({ path: 'body.newPassword', message: 'Password must be at least 10 characters' });
    // Neither failure changed anything: the other session still works.
    expect((await elsewhere.as.get('/api/v1/auth/session')).status).toBe(200);

    const ok = await here.as.post('/api/v1/auth/password', { currentPassword: DEMO_PASSWORD, newPassword });
    expect(ok.status).toBe(204);
    expect((await here.as.get('/api/v1/auth/session')).status).toBe(200);
    const ended = await elsewhere.as.get('/api/v1/auth/session');
    expect(ended.status).toBe(401);

    const old = await server.request.post('/api/v1/auth/login', { email, password: DEMO_PASSWORD });
    expect(old.status).toBe(401);
    expect(old.body.error.code).toBe('invalid_credentials');
    const fresh = await server.request.post('/api/v1/auth/login', { email, password: newPassword });
    expect(fresh.status).toBe(200);
  });
});

describe('personal API tokens', () => {
  it('creates a token whose secret is shown once, works as a Bearer token without CSRF, and stops working when revoked', async () => {
    const admin = await server.login('avi@shaked.example');
    const created = await admin.as.post('/api/v1/me/tokens', { name: 'reporting script', expiresInDays: 30 });
    expect(created.status).toBe(201);
    const { token, secret } = created.body;
    expect(secret).toMatch(/^brt_[A-Za-z0-9_-]{43}$/);
    expect(token).toMatchObject({ name: 'reporting script', prefix: secret.slice(0, 10), lastUsedAt: null, revokedAt: null });
    expect(new Date(token.expiresAt).getTime()).toBeGreaterThan(Date.now() + 29 * 86400_000);

    const bearer = server.request.withBearer(secret);
    const list = await bearer.get('/api/v1/workspaces');
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([expect.objectContaining({ id: WS, role: 'admin' })]);

    // A token needs no CSRF header for changes, and the audit log names the token.
    const rename = await bearer.patch(`/api/v1/workspaces/${WS}`, { kind: 'agency' });
    expect(rename.status).toBe(200);
    expect(rename.body.workspace.kind).toBe('agency');
    const audit = await admin.as.get(`/api/v1/workspaces/${WS}/audit?action=workspace.update`);
    expect(audit.body.items[0]).toMatchObject({
      via: 'token:reporting script',
      actor: { email: 'avi@shaked.example' },
      summary: { before: { kind: 'company' }, after: { kind: 'agency' } },
    });
    expect((await bearer.patch(`/api/v1/workspaces/${WS}`, { kind: 'company' })).status).toBe(200);

    const tokens = await admin.as.get('/api/v1/me/tokens');
    expect(tokens.status).toBe(200);
    const listed = tokens.body.items.find((t: { id: string }) => t.id === token.id);
    expect(listed).toMatchObject({ prefix: secret.slice(0, 10), revokedAt: null });
    expect(listed.lastUsedAt).not.toBeNull();
    expect(tokens.raw).not.toContain(secret);
    expect(tokens.raw).not.toContain(secret.slice(10));

    // A token cannot mint a longer-lived token, revoke tokens, or change the password.
    const minted = await bearer.post('/api/v1/me/tokens', { name: 'forever' });
    expect(minted.status).toBe(403);
    expect((await bearer.delete(`/api/v1/me/tokens/${token.id}`)).status).toBe(403);
    expect((await bearer.post('/api/v1/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: 'a new long password' })).status).toBe(403);
    expect((await admin.as.get('/api/v1/me/tokens')).body.items.map((t: { name: string }) => t.name)).not.toContain('forever');

    // Someone else's list does not show it, and they cannot revoke it.
    const others = await owner.as.get('/api/v1/me/tokens');
    expect(others.body.items.map((t: { id: string }) => t.id)).not.toContain(token.id);
    const steal = await owner.as.delete(`/api/v1/me/tokens/${token.id}`);
    expect(steal.status).toBe(404);
    expect((await bearer.get('/api/v1/workspaces')).status).toBe(200);

    const revoked = await admin.as.delete(`/api/v1/me/tokens/${token.id}`);
    expect(revoked.status).toBe(204);
    const refused = await bearer.get('/api/v1/workspaces');
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('unauthenticated');
    const after = await admin.as.get('/api/v1/me/tokens');
    expect(after.body.items.find((t: { id: string }) => t.id === token.id).revokedAt).not.toBeNull();
  });

  it('rejects a token name that is empty, naming the field', async () => {
    const res = await owner.as.post('/api/v1/me/tokens', { name: '   ' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues[0].path).toBe('body.name');
    expect((await owner.as.get('/api/v1/me/tokens')).body.items).toEqual([]);
  });

  it('answers 401 to a malformed Authorization header or an unknown token, even with a valid cookie', async () => {
    for (const authorization of ['Basic YXZpOnBhc3N3b3Jk', 'Bearer', 'brt_abc', 'Bearer brt_not-a-real-token', 'Bearer not-even-prefixed']) {
      const res = await server.request.get('/api/v1/workspaces', { authorization, cookie: owner.cookie });
      expect(res.status, authorization).toBe(401);
      expect(res.body.error.code, authorization).toBe('unauthenticated');
    }
  });
});
