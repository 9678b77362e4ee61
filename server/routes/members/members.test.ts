import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BRANDS, DEMO_WORKSPACE_ID as WS, startTestServer, type Session, type TestServer } from '../../testing/harness.ts';

let server: TestServer;
let owner: Session;
let admin: Session;
beforeAll(async () => {
  server = await startTestServer();
  [owner, admin] = await Promise.all([server.login('dana@shaked.example'), server.login('avi@shaked.example')]);
});
afterAll(async () => server?.close());

interface Member {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: string;
  brandIds: string[] | null;
  joinedAt: string;
}

const MEMBERS = `/api/v1/workspaces/${WS}/members`;

async function allMembers(): Promise<Member[]> {
  const res = await owner.as.get(`${MEMBERS}?limit=100`);
  expect(res.status).toBe(200);
  return res.body.items;
}
async function memberByEmail(email: string): Promise<Member> {
  const found = (await allMembers()).find((m) => m.email === email);
  if (!found) throw new Error(`no member ${email}`);
  return found;
}

describe('members', () => {
  it('lists every member with their role and brand scope', async () => {
    const res = await admin.as.get(MEMBERS);
    expect(res.status).toBe(200);
    expect(res.body.nextCursor).toBeNull();
    const byEmail = Object.fromEntries(res.body.items.map((m: Member) => [m.email, m]));
    expect(Object.keys(byEmail).sort()).toEqual([
      'avi@shaked.example',
      'dana@shaked.example',
      'maya@shaked.example',
      'noa@shaked.example',
      'sam@roasters-client.example',
      'tal@pixel-agency.example',
      'yossi@shaked.example',
    ]);
    expect(byEmail['dana@shaked.example']).toMatchObject({ role: 'owner', brandIds: null, name: 'דנה לוי', userId: owner.userId });
    expect(byEmail['tal@pixel-agency.example']).toMatchObject({ role: 'editor', brandIds: [DEMO_BRANDS.cafe] });
    expect(byEmail['sam@roasters-client.example']).toMatchObject({ role: 'client_reviewer', brandIds: [DEMO_BRANDS.roasters] });
    expect(byEmail['maya@shaked.example']).toMatchObject({ role: 'analyst', brandIds: null });
  });

  it('shows a member limited to some brands only the part of others\' scopes they can see', async () => {
    const agency = await server.login('tal@pixel-agency.example');
    const res = await agency.as.get(`${MEMBERS}?limit=100`);
    expect(res.status).toBe(200);
    const sam = res.body.items.find((m: { email: string }) => m.email === 'sam@roasters-client.example');
    expect(sam.brandIds).toEqual([]);
    expect(res.raw).not.toContain(DEMO_BRANDS.roasters);
  });

  it('walks all members exactly once with limit=2 and the cursor', async () => {
    const everyone = (await allMembers()).map((m) => m.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: { status: number; body: { items: Member[]; nextCursor: string | null } } = await admin.as.get(
        `${MEMBERS}?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((m) => m.id));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toEqual(everyone);
    expect(new Set(seen).size).toBe(everyone.length);
    expect(pages).toBe(Math.ceil(everyone.length / 2));
  });

  it('changes a role and limits the member to brands; the audit log and the member\'s own view show it', async () => {
    const yossi = await memberByEmail('yossi@shaked.example');
    const res = await admin.as.patch(`${MEMBERS}/${yossi.id}`, { role: 'editor', brandIds: [DEMO_BRANDS.roasters] });
    expect(res.status).toBe(200);
    expect(res.body.member).toMatchObject({ id: yossi.id, role: 'editor', brandIds: [DEMO_BRANDS.roasters], email: 'yossi@shaked.example' });
    expect(await memberByEmail('yossi@shaked.example')).toMatchObject({ role: 'editor', brandIds: [DEMO_BRANDS.roasters] });

    const audit = await owner.as.get(`/api/v1/workspaces/${WS}/audit?action=member.update`);
    expect(audit.body.items[0]).toMatchObject({
      actor: { email: 'avi@shaked.example' },
      targetType: 'member',
      targetId: yossi.id,
      summary: {
        before: { userId: yossi.userId, role: 'responder', brandIds: null },
        after: { role: 'editor', brandIds: [DEMO_BRANDS.roasters] },
      },
    });

    const self = await server.login('yossi@shaked.example');
    const brands = await self.as.get(`/api/v1/workspaces/${WS}/brands`);
    expect(brands.body.items.map((b: { id: string }) => b.id)).toEqual([DEMO_BRANDS.roasters]);
    expect((await self.as.get(`/api/v1/workspaces/${WS}/brands/${DEMO_BRANDS.cafe}`)).status).toBe(404);
  });

  it('ignores a brand limit for admins: they always see every brand', async () => {
    const maya = await memberByEmail('maya@shaked.example');
    const res = await owner.as.patch(`${MEMBERS}/${maya.id}`, { role: 'admin', brandIds: [DEMO_BRANDS.cafe] });
    expect(res.status).toBe(200);
    expect(res.body.member).toMatchObject({ role: 'admin', brandIds: null });
    const back = await owner.as.patch(`${MEMBERS}/${maya.id}`, { role: 'analyst' });
    expect(back.body.member).toMatchObject({ role: 'analyst', brandIds: null });
  });

  it('refuses brand ids of another workspace with a clear message, and changes nothing', async () => {
    const other = await owner.as.post('/api/v1/workspaces', { name: 'Dana Side Project', kind: 'company' });
    const foreignBrand = await owner.as.post(`/api/v1/workspaces/${other.body.workspace.id}/brands`, { name: 'Side Brand', primaryLanguage: 'en' });
    expect(foreignBrand.status).toBe(201);
    const tal = await memberByEmail('tal@pixel-agency.example');
    const auditBefore = (await owner.as.get(`/api/v1/workspaces/${WS}/audit?action=member.update`)).body.items.length;

    const res = await admin.as.patch(`${MEMBERS}/${tal.id}`, { brandIds: [DEMO_BRANDS.cafe, foreignBrand.body.brand.id] });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', message: 'Some of the chosen brands do not belong to this workspace.' });
    expect(res.body.error.details.issues[0]).toMatchObject({ path: 'body.brandIds', message: expect.stringContaining(foreignBrand.body.brand.id) });
    const notUuid = await admin.as.patch(`${MEMBERS}/${tal.id}`, { brandIds: ['cafe'] });
    expect(notUuid.status).toBe(400);
    expect(notUuid.body.error.details.issues[0].path).toBe('body.brandIds.0');

    expect(await memberByEmail('tal@pixel-agency.example')).toMatchObject({ role: 'editor', brandIds: [DEMO_BRANDS.cafe] });
    expect((await owner.as.get(`/api/v1/workspaces/${WS}/audit?action=member.update`)).body.items).toHaveLength(auditBefore);
  });

  it('keeps the last owner: demoting or removing them is a 409 last_owner and nothing changes', async () => {
    const dana = await memberByEmail('dana@shaked.example');
    const demote = await owner.as.patch(`${MEMBERS}/${dana.id}`, { role: 'admin' });
    expect(demote.status).toBe(409);
    expect(demote.body.error).toMatchObject({ code: 'last_owner', message: expect.stringContaining('at least one owner') });
    const leave = await owner.as.delete(`${MEMBERS}/${dana.id}`);
    expect(leave.status).toBe(409);
    expect(leave.body.error.code).toBe('last_owner');
    expect(await memberByEmail('dana@shaked.example')).toMatchObject({ role: 'owner' });
    expect((await owner.as.get(`/api/v1/workspaces/${WS}`)).status).toBe(200);
  });

  it('does not let an admin make an owner, demote an owner or remove one (403)', async () => {
    const dana = await memberByEmail('dana@shaked.example');
    const noa = await memberByEmail('noa@shaked.example');
    const promote = await admin.as.patch(`${MEMBERS}/${noa.id}`, { role: 'owner' });
    expect(promote.status).toBe(403);
    expect(promote.body.error).toMatchObject({ code: 'forbidden', message: expect.stringContaining('Only an owner') });
    const demote = await admin.as.patch(`${MEMBERS}/${dana.id}`, { role: 'analyst' });
    expect(demote.status).toBe(403);
    const remove = await admin.as.delete(`${MEMBERS}/${dana.id}`);
    expect(remove.status).toBe(403);
    expect(remove.body.error.message).toBe('Only an owner can remove an owner.');
    const invite = await admin.as.post(`/api/v1/workspaces/${WS}/invitations`, { email: 'new.owner@example.com', role: 'owner' });
    expect(invite.status).toBe(403);

    expect(await memberByEmail('noa@shaked.example')).toMatchObject({ role: 'brand_manager' });
    expect(await memberByEmail('dana@shaked.example')).toMatchObject({ role: 'owner' });
  });

  it('lets an owner hand over ownership, after which the former owner may step down', async () => {
    const dana = await memberByEmail('dana@shaked.example');
    const avi = await memberByEmail('avi@shaked.example');
    expect((await owner.as.patch(`${MEMBERS}/${avi.id}`, { role: 'owner' })).status).toBe(200);
    const stepDown = await owner.as.patch(`${MEMBERS}/${dana.id}`, { role: 'admin' });
    expect(stepDown.status).toBe(200);
    // Now Avi is the only owner and the same rule protects him; Dana, as admin, cannot touch him.
    expect((await admin.as.patch(`${MEMBERS}/${avi.id}`, { role: 'admin' })).status).toBe(409);
    expect((await owner.as.patch(`${MEMBERS}/${avi.id}`, { role: 'admin' })).status).toBe(403);
    // Restore the demo roles for the tests that follow.
    expect((await admin.as.patch(`${MEMBERS}/${dana.id}`, { role: 'owner' })).status).toBe(200);
    expect((await owner.as.patch(`${MEMBERS}/${avi.id}`, { role: 'admin' })).status).toBe(200);
    expect((await allMembers()).filter((m) => m.role === 'owner').map((m) => m.email)).toEqual(['dana@shaked.example']);
  });

  it('does not let a non-admin change or remove others (403)', async () => {
    const editor = await server.login('tal@pixel-agency.example');
    const maya = await memberByEmail('maya@shaked.example');
    expect((await editor.as.patch(`${MEMBERS}/${maya.id}`, { role: 'admin' })).status).toBe(403);
    const remove = await editor.as.delete(`${MEMBERS}/${maya.id}`);
    expect(remove.status).toBe(403);
    expect(remove.body.error.code).toBe('forbidden');
    expect(await memberByEmail('maya@shaked.example')).toMatchObject({ role: 'analyst' });
  });

  it('lets a member leave: the workspace disappears for them and the audit log records it', async () => {
    const analyst = await server.login('maya@shaked.example');
    const me = (await analyst.as.get(`/api/v1/workspaces/${WS}`)).body.me;
    const res = await analyst.as.delete(`${MEMBERS}/${me.memberId}`);
    expect(res.status).toBe(204);
    expect((await analyst.as.get(`/api/v1/workspaces/${WS}`)).status).toBe(404);
    expect((await analyst.as.get('/api/v1/workspaces')).body.items).toEqual([]);
    expect((await allMembers()).map((m) => m.email)).not.toContain('maya@shaked.example');
    const audit = await owner.as.get(`/api/v1/workspaces/${WS}/audit?action=member.leave`);
    expect(audit.body.items).toEqual([
      expect.objectContaining({ targetId: me.memberId, actor: expect.objectContaining({ email: 'maya@shaked.example' }), summary: { before: { userId: analyst.userId, role: 'analyst' } } }),
    ]);
  });

  it('lets an admin remove a member, and answers 404 for a member that is not there', async () => {
    const yossi = await memberByEmail('yossi@shaked.example');
    expect((await admin.as.delete(`${MEMBERS}/${yossi.id}`)).status).toBe(204);
    const again = await admin.as.delete(`${MEMBERS}/${yossi.id}`);
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe('not_found');
    const audit = await owner.as.get(`/api/v1/workspaces/${WS}/audit?action=member.remove`);
    expect(audit.body.items[0]).toMatchObject({ targetId: yossi.id, actor: { email: 'avi@shaked.example' } });
    expect((await allMembers()).map((m) => m.email)).not.toContain('yossi@shaked.example');
  });
});
