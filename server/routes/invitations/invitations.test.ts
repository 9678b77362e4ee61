import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitations } from '../../db/schema.ts';
import { DEMO_BRANDS, DEMO_PASSWORD, DEMO_WORKSPACE_ID as WS, startTestServer, type Session, type TestServer } from '../../testing/harness.ts';
import { waitFor } from '../../testing/process.ts';
import { decodedText, startSmtpServer } from '../../testing/smtp.ts';

let server: TestServer;
let owner: Session;
let admin: Session;
beforeAll(async () => {
  server = await startTestServer();
  [owner, admin] = await Promise.all([server.login('dana@shaked.example'), server.login('avi@shaked.example')]);
});
afterAll(async () => server?.close());

const INVITATIONS = `/api/v1/workspaces/${WS}/invitations`;
const tokenOf = (link: string) => link.split('/invite/')[1]!;
const setCookie = (headers: Record<string, unknown>) => ([] as string[]).concat(headers['set-cookie'] as string | string[])[0]!.split(';')[0]!;

async function invite(by: Session, body: { email: string; role: string; brandIds?: string[] | null }, workspaceId = WS) {
  const res = await by.as.post(`/api/v1/workspaces/${workspaceId}/invitations`, body);
  expect(res.status, res.raw).toBe(201);
  return { invitation: res.body.invitation, link: res.body.link as string, token: tokenOf(res.body.link) };
}

async function listed(id: string) {
  const res = await admin.as.get(INVITATIONS);
  return res.body.items.find((i: { id: string }) => i.id === id);
}

describe('invitations', () => {
  it('invites by email: 201 with a link to pass on, not emailed when SMTP is not set up', async () => {
    const res = await admin.as.post(INVITATIONS, { email: 'Shira@Example.com', role: 'editor', brandIds: [DEMO_BRANDS.cafe] });
    expect(res.status).toBe(201);
    expect(res.body.emailed).toBe(false);
    expect(res.body.link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(res.body.invitation).toMatchObject({
      email: 'shira@example.com',
      role: 'editor',
      brandIds: [DEMO_BRANDS.cafe],
      invitedBy: { id: admin.userId, name: 'אבי כהן' },
      status: 'pending',
    });
    const days = (new Date(res.body.invitation.expiresAt).getTime() - Date.now()) / 86400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    expect(await listed(res.body.invitation.id)).toMatchObject({ status: 'pending', email: 'shira@example.com' });
    const audit = await owner.as.get(`/api/v1/workspaces/${WS}/audit?action=invitation.create`);
    expect(audit.body.items[0]).toMatchObject({ targetId: res.body.invitation.id, summary: { after: { email: 'shira@example.com', role: 'editor', brandIds: [DEMO_BRANDS.cafe] } } });
  });

  it('lets a new person preview and accept: account created, logged in, right role and brands, audited', async () => {
    const { invitation, token } = await invite(admin, { email: 'ronit@example.com', role: 'client_reviewer', brandIds: [DEMO_BRANDS.roasters] });

    const preview = await server.request.get(`/api/v1/invitations/${token}`);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      workspaceId: WS,
      workspaceName: 'קבוצת שקד · Shaked Group',
      email: 'ronit@example.com',
      role: 'client_reviewer',
      brandNames: ['Shaked Roasters'],
      invitedByName: 'אבי כהן',
      userExists: false,
    });

    const missing = await server.request.post(`/api/v1/invitations/${token}/accept`, {});
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.issues.map((i: { path: string }) => i.path)).toEqual(['body.name', 'body.password']);
    const weak = await server.request.post(`/api/v1/invitations/${token}/accept`, { name: 'Ronit', password: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.details.issues[0].path).toBe('body.password');

    const accepted = await server.request.post(`/api/v1/invitations/${token}/accept`, { name: 'רונית אלון', password: 'ronit-password-1' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      workspaceId: WS,
      user: { email: 'ronit@example.com', name: 'רונית אלון' },
      workspaces: [{ id: WS, role: 'client_reviewer' }],
    });
    const cookie = setCookie(accepted.headers);
    const me = await server.request.get(`/api/v1/workspaces/${WS}`, { cookie });
    expect(me.status).toBe(200);
    expect(me.body.me).toMatchObject({ role: 'client_reviewer', brandIds: [DEMO_BRANDS.roasters] });
    const brands = await server.request.get(`/api/v1/workspaces/${WS}/brands`, { cookie });
    expect(brands.body.items.map((b: { name: string }) => b.name)).toEqual(['Shaked Roasters']);

    expect(await listed(invitation.id)).toMatchObject({ status: 'accepted' });
    const audit = await owner.as.get(`/api/v1/workspaces/${WS}/audit?action=invitation.accept`);
    expect(audit.body.items[0]).toMatchObject({
      action: 'invitation.accept',
      actor: { email: 'ronit@example.com' },
      targetId: me.body.me.memberId,
      summary: { after: { email: 'ronit@example.com', role: 'client_reviewer', brandIds: [DEMO_BRANDS.roasters], newAccount: true } },
    });
    // The chosen password works for later logins.
    expect((await server.request.post('/api/v1/auth/login', { email: 'ronit@example.com', password: 'ronit-password-1' })).status).toBe(200);

    const again = await server.request.post(`/api/v1/invitations/${token}/accept`, { name: 'Someone else', password: 'another-password-1' });
    expect(again.status).toBe(410);
    expect(again.body.error.code).toBe('invitation_used');
    expect((await server.request.get(`/api/v1/invitations/${token}`)).body.error.code).toBe('invitation_used');
  });

  it('refuses an expired invitation with 410 invitation_expired', async () => {
    const { invitation, token } = await invite(admin, { email: 'late@example.com', role: 'analyst' });
    await server.runtime.ctx.db.update(invitations).set({ expiresAt: new Date(Date.now() - 60_000) }).where(eq(invitations.id, invitation.id));

    const preview = await server.request.get(`/api/v1/invitations/${token}`);
    expect(preview.status).toBe(410);
    expect(preview.body.error).toMatchObject({ code: 'invitation_expired', message: expect.stringContaining('expired') });
    const accept = await server.request.post(`/api/v1/invitations/${token}/accept`, { name: 'Late', password: 'late-password-1' });
    expect(accept.status).toBe(410);
    expect(accept.body.error.code).toBe('invitation_expired');
    expect(await listed(invitation.id)).toMatchObject({ status: 'expired' });
    expect((await server.request.post('/api/v1/auth/login', { email: 'late@example.com', password: 'late-password-1' })).status).toBe(401);
  });

  it('answers 404 for a revoked invitation, and records the revocation', async () => {
    const { invitation, token } = await invite(admin, { email: 'changed-mind@example.com', role: 'responder' });
    const revoke = await admin.as.delete(`${INVITATIONS}/${invitation.id}`);
    expect(revoke.status).toBe(204);
    const preview = await server.request.get(`/api/v1/invitations/${token}`);
    expect(preview.status).toBe(404);
    expect(preview.body.error.code).toBe('not_found');
    const accept = await server.request.post(`/api/v1/invitations/${token}/accept`, { name: 'Nope', password: 'nope-password-1' });
    expect(accept.status).toBe(404);
    expect(await listed(invitation.id)).toMatchObject({ status: 'revoked' });
    const audit = await owner.as.get(`/api/v1/workspaces/${WS}/audit?action=invitation.revoke`);
    expect(audit.body.items[0]).toMatchObject({ targetId: invitation.id, summary: { before: { email: 'changed-mind@example.com', role: 'responder' } } });
    // An unknown token is the same 404.
    const unknown = await server.request.get(`/api/v1/invitations/${'x'.repeat(43)}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual(preview.body);
  });

  it('refuses to invite someone who is already a member (409), or an invalid address (400)', async () => {
    const before = (await admin.as.get(INVITATIONS)).body.items.length;
    const dup = await admin.as.post(INVITATIONS, { email: 'NOA@shaked.example', role: 'analyst' });
    expect(dup.status).toBe(409);
    expect(dup.body.error).toMatchObject({ code: 'already_member', message: 'noa@shaked.example is already a member of this workspace.' });
    const bad = await admin.as.post(INVITATIONS, { email: 'not-an-email', role: 'analyst' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues[0]).toMatchObject({ path: 'body.email', message: 'Enter a valid email address, like name@example.com' });
    const role = await admin.as.post(INVITATIONS, { email: 'x@example.com', role: 'superuser' });
    expect(role.status).toBe(400);
    expect(role.body.error.details.issues[0].path).toBe('body.role');
    expect((await admin.as.get(INVITATIONS)).body.items).toHaveLength(before);
  });

  it('does not let roles other than owner and admin invite (403)', async () => {
    const manager = await server.login('noa@shaked.example');
    const res = await manager.as.post(INVITATIONS, { email: 'friend@example.com', role: 'editor' });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    expect((await manager.as.get(INVITATIONS)).status).toBe(403);
    expect((await admin.as.get(INVITATIONS)).body.items.map((i: { email: string }) => i.email)).not.toContain('friend@example.com');
  });

  it('asks an existing user to log in first (401), refuses another logged-in user (403), and accepts for the right one', async () => {
    const side = await owner.as.post('/api/v1/workspaces', { name: 'Dana Side Project', kind: 'agency' });
    const sideId = side.body.workspace.id;
    const { token } = await invite(owner, { email: 'avi@shaked.example', role: 'editor' }, sideId);

    expect((await server.request.get(`/api/v1/invitations/${token}`)).body).toMatchObject({ userExists: true, workspaceName: 'Dana Side Project' });
    const anonymous = await server.request.post(`/api/v1/invitations/${token}/accept`, { name: 'Mallory', password: 'mallory-password-1' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error).toMatchObject({ code: 'unauthenticated', message: expect.stringContaining('log in first') });
    // Nobody took over the account with a new password.
    expect((await server.request.post('/api/v1/auth/login', { email: 'avi@shaked.example', password: 'mallory-password-1' })).status).toBe(401);

    const stranger = await server.login('maya@shaked.example');
    const wrongUser = await stranger.as.post(`/api/v1/invitations/${token}/accept`, {});
    expect(wrongUser.status).toBe(403);
    expect(wrongUser.body.error.message).toContain('avi@shaked.example');
    expect((await stranger.as.get(`/api/v1/workspaces/${sideId}`)).status).toBe(404);

    const right = await admin.as.post(`/api/v1/invitations/${token}/accept`, {});
    expect(right.status).toBe(200);
    expect(right.body.workspaceId).toBe(sideId);
    expect(right.body.workspaces).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: sideId, role: 'editor' }), expect.objectContaining({ id: WS, role: 'admin' })]),
    );
    expect((await admin.as.get(`/api/v1/workspaces/${sideId}`)).body.me).toMatchObject({ role: 'editor', brandIds: null });
    expect((await server.request.post('/api/v1/auth/login', { email: 'avi@shaked.example', password: DEMO_PASSWORD })).status).toBe(200);
  });

  it('makes the older link stop working when the same address is invited again', async () => {
    const first = await invite(admin, { email: 'twice@example.com', role: 'analyst' });
    const second = await invite(admin, { email: 'twice@example.com', role: 'editor', brandIds: [DEMO_BRANDS.cafe] });
    expect((await server.request.get(`/api/v1/invitations/${first.token}`)).status).toBe(404);
    const preview = await server.request.get(`/api/v1/invitations/${second.token}`);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ role: 'editor', brandNames: ['קפה שקד'] });
    expect(await listed(first.invitation.id)).toMatchObject({ status: 'revoked' });
    expect(await listed(second.invitation.id)).toMatchObject({ status: 'pending' });
    const oldAccept = await server.request.post(`/api/v1/invitations/${first.token}/accept`, { name: 'Twice', password: 'twice-password-1' });
    expect(oldAccept.status).toBe(404);
  });

  it('refuses brands of another workspace, and never widens a scope whose brand was archived meanwhile', async () => {
    const otherWs = await owner.as.post('/api/v1/workspaces', { name: 'Elsewhere', kind: 'company' });
    const otherBrand = await owner.as.post(`/api/v1/workspaces/${otherWs.body.workspace.id}/brands`, { name: 'Elsewhere Brand', primaryLanguage: 'en' });
    const bad = await admin.as.post(INVITATIONS, { email: 'scoped@example.com', role: 'editor', brandIds: [otherBrand.body.brand.id] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues[0].path).toBe('body.brandIds');

    const temp = await admin.as.post(`/api/v1/workspaces/${WS}/brands`, { name: 'Pop-up Stand', primaryLanguage: 'he' });
    const { token } = await invite(admin, { email: 'popup@example.com', role: 'editor', brandIds: [temp.body.brand.id] });
    expect((await admin.as.delete(`/api/v1/workspaces/${WS}/brands/${temp.body.brand.id}`)).status).toBe(204);
    const accepted = await server.request.post(`/api/v1/invitations/${token}/accept`, { name: 'Popup', password: 'popup-password-1' });
    expect(accepted.status).toBe(200);
    const cookie = setCookie(accepted.headers);
    expect((await server.request.get(`/api/v1/workspaces/${WS}`, { cookie })).body.me.brandIds).toEqual([]);
    expect((await server.request.get(`/api/v1/workspaces/${WS}/brands`, { cookie })).body.items).toEqual([]);
  });
});

// --- email over SMTP, to an in-process SMTP server -------------------------------------------

describe('invitation email', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let mailServer: TestServer;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    mailServer = await startTestServer({ smtpUrl: smtp.url, publicUrl: 'https://brandroom.example.test' });
  });
  afterAll(async () => {
    await mailServer?.close();
    await smtp?.close();
  });

  it('emails the invitation link to the invited address when SMTP is set up', async () => {
    const inviter = await mailServer.login('avi@shaked.example');
    const res = await inviter.as.post(INVITATIONS, { email: 'mail.person@example.com', role: 'responder' });
    expect(res.status).toBe(201);
    expect(res.body.emailed).toBe(true);
    // The link goes only to the invited address: the inviter cannot accept in their place.
    expect(res.body.link).toBeNull();

    const mail = await waitFor(
      'the mail to reach the SMTP server',
      () => smtp.received.find((m) => m.to.includes('mail.person@example.com')),
      20_000,
    );
    const text = decodedText(mail.raw);
    const link = /https:\/\/brandroom\.example\.test\/invite\/[A-Za-z0-9_-]{43}/.exec(text)?.[0];
    expect(link, 'the mail holds a link on PUBLIC_URL').toBeDefined();
    expect(text).toContain('אבי כהן invited you to join קבוצת שקד · Shaked Group on Brandroom as Responder.');
    expect(mail.raw).toMatch(/^To: mail\.person@example\.com/im);
    // The emailed link is the one that works.
    const preview = await mailServer.request.get(`/api/v1/invitations/${tokenOf(link!)}`);
    expect(preview.status).toBe(200);
    expect(preview.body.email).toBe('mail.person@example.com');
  });
});
