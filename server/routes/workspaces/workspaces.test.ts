import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BRANDS, DEMO_WORKSPACE_ID as WS, startTestServer, type Session, type TestServer } from '../../testing/harness.ts';

let server: TestServer;
let owner: Session;
let admin: Session;
let manager: Session;
beforeAll(async () => {
  server = await startTestServer();
  [owner, admin, manager] = await Promise.all([
    server.login('dana@shaked.example'),
    server.login('avi@shaked.example'),
    server.login('noa@shaked.example'),
  ]);
});
afterAll(async () => server?.close());

const DEMO_NAME = 'קבוצת שקד · Shaked Group';

describe('workspaces', () => {
  let studioId: string;

  it('lets a user create a second workspace, of which they become the owner', async () => {
    const res = await manager.as.post('/api/v1/workspaces', { name: '  Noa Studio ', kind: 'agency' });
    expect(res.status).toBe(201);
    expect(res.body.workspace).toMatchObject({ name: 'Noa Studio', kind: 'agency' });
    studioId = res.body.workspace.id;

    const one = await manager.as.get(`/api/v1/workspaces/${studioId}`);
    expect(one.status).toBe(200);
    expect(one.body.me).toMatchObject({ role: 'owner', brandIds: null });
    const audit = await manager.as.get(`/api/v1/workspaces/${studioId}/audit`);
    expect(audit.status).toBe(200);
    expect(audit.body.items).toEqual([
      expect.objectContaining({ action: 'workspace.create', actor: expect.objectContaining({ email: 'noa@shaked.example' }), summary: { after: { name: 'Noa Studio', kind: 'agency' } } }),
    ]);
    // The new workspace starts empty: no brands, one member.
    expect((await manager.as.get(`/api/v1/workspaces/${studioId}/brands`)).body.items).toEqual([]);
    const members = await manager.as.get(`/api/v1/workspaces/${studioId}/members`);
    expect(members.body.items.map((m: { email: string; role: string }) => [m.email, m.role])).toEqual([['noa@shaked.example', 'owner']]);
  });

  it('lists both workspaces with my role in each, for switching', async () => {
    const list = await manager.as.get('/api/v1/workspaces');
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual(
      expect.arrayContaining([
        { id: WS, name: DEMO_NAME, kind: 'company', role: 'brand_manager' },
        { id: studioId, name: 'Noa Studio', kind: 'agency', role: 'owner' },
      ]),
    );
    expect(list.body.items).toHaveLength(2);
    const session = await manager.as.get('/api/v1/auth/session');
    expect(session.body.workspaces.map((w: { id: string }) => w.id).sort()).toEqual([WS, studioId].sort());
    // In the demo workspace the same person is still a brand manager.
    expect((await manager.as.get(`/api/v1/workspaces/${WS}`)).body.me.role).toBe('brand_manager');
  });

  it('hides another workspace from a non-member: the same 404 as a workspace that does not exist', async () => {
    const foreign = await owner.as.get(`/api/v1/workspaces/${studioId}`);
    const missing = await owner.as.get('/api/v1/workspaces/00000000-0000-4000-8000-000000000000');
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe('not_found');
    expect(missing.status).toBe(404);
    expect(foreign.body).toEqual(missing.body);
    expect(foreign.raw).not.toContain('Noa Studio');
    for (const path of ['brands', 'members', 'audit', 'invitations']) {
      const res = await owner.as.get(`/api/v1/workspaces/${studioId}/${path}`);
      expect(res.status, path).toBe(404);
    }
    const rename = await owner.as.patch(`/api/v1/workspaces/${studioId}`, { name: 'Taken over' });
    expect(rename.status).toBe(404);
    expect((await manager.as.get(`/api/v1/workspaces/${studioId}`)).body.workspace.name).toBe('Noa Studio');
    expect((await owner.as.get('/api/v1/workspaces')).body.items.map((w: { id: string }) => w.id)).toEqual([WS]);
  });

  it('lets an admin rename the workspace, recording the old and new name in the audit log', async () => {
    const res = await admin.as.patch(`/api/v1/workspaces/${WS}`, { name: 'Shaked Holdings' });
    expect(res.status).toBe(200);
    expect(res.body.workspace).toMatchObject({ id: WS, name: 'Shaked Holdings', kind: 'company' });
    expect((await manager.as.get('/api/v1/workspaces')).body.items).toContainEqual({ id: WS, name: 'Shaked Holdings', kind: 'company', role: 'brand_manager' });

    const audit = await owner.as.get(`/api/v1/workspaces/${WS}/audit?action=workspace.update`);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({
      action: 'workspace.update',
      targetType: 'workspace',
      targetId: WS,
      via: 'session',
      actor: { id: admin.userId, email: 'avi@shaked.example', name: 'אבי כהן' },
      summary: { before: { name: DEMO_NAME }, after: { name: 'Shaked Holdings' } },
    });

    // Saving the same name again is not a change and adds nothing to the log.
    const same = await admin.as.patch(`/api/v1/workspaces/${WS}`, { name: 'Shaked Holdings' });
    expect(same.status).toBe(200);
    expect((await owner.as.get(`/api/v1/workspaces/${WS}/audit?action=workspace.update`)).body.items).toHaveLength(1);
  });

  it('refuses a rename by an editor with 403, and keeps the name', async () => {
    const editor = await server.login('tal@pixel-agency.example');
    const res = await editor.as.patch(`/api/v1/workspaces/${WS}`, { name: 'Pixel took over' });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/role/i) });
    // The editor still sees the workspace itself, with their brand scope.
    const view = await editor.as.get(`/api/v1/workspaces/${WS}`);
    expect(view.body.workspace.name).toBe('Shaked Holdings');
    expect(view.body.me).toMatchObject({ role: 'editor', brandIds: [DEMO_BRANDS.cafe] });
    expect((await owner.as.get(`/api/v1/workspaces/${WS}/audit?action=workspace.update`)).body.items).toHaveLength(1);
  });

  it('rejects an empty name or an unknown kind with messages naming the fields', async () => {
    const empty = await admin.as.patch(`/api/v1/workspaces/${WS}`, { name: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details.issues[0]).toMatchObject({ path: 'body.name', message: 'Workspace name is required' });
    const kind = await manager.as.post('/api/v1/workspaces', { name: 'Another', kind: 'nonprofit' });
    expect(kind.status).toBe(400);
    expect(kind.body.error.details.issues[0]).toMatchObject({ path: 'body.kind', message: 'Must be "company" or "agency"' });
    const badId = await admin.as.get('/api/v1/workspaces/not-a-uuid');
    expect(badId.status).toBe(400);
    expect(badId.body.error.details.issues[0].path).toBe('params.workspaceId');
    expect((await manager.as.get('/api/v1/workspaces')).body.items).toHaveLength(2);
    expect((await admin.as.get(`/api/v1/workspaces/${WS}`)).body.workspace.name).toBe('Shaked Holdings');
  });
});
