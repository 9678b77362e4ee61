import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalFlowOf } from '../../services/publish/approval-flow.ts';
import { DEMO_BRANDS, DEMO_WORKSPACE_ID as WS, startTestServer, type TestServer } from '../../testing/harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const roasters = `/api/v1/brands/${DEMO_BRANDS.roasters}/approval-flow`;
const cafe = `/api/v1/brands/${DEMO_BRANDS.cafe}/approval-flow`;

async function threeSteps() {
  const sam = await server.login('sam@roasters-client.example');
  return [
    { name: 'Editor', mode: 'any', roles: ['editor'], userIds: [] },
    { name: 'Brand manager', mode: 'any', roles: ['brand_manager'], userIds: [] },
    { name: 'Client sign-off', mode: 'all', roles: [], userIds: [sam.userId] },
  ];
}

describe('the approval flow', () => {
  it('is empty for a brand that never had one', async () => {
    const admin = await server.login('avi@shaked.example');
    const brand = await admin.as.post(`/api/v1/workspaces/${WS}/brands`, { name: 'מאפיית הגליל', primaryLanguage: 'he' });
    expect(brand.status).toBe(201);
    const res = await admin.as.get(`/api/v1/brands/${brand.body.brand.id}/approval-flow`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ steps: [], updatedAt: null, updatedBy: null });
    expect(await approvalFlowOf(server.runtime.ctx.db, brand.body.brand.id)).toEqual([]);
  });

  it('saves editor → brand manager → client reviewer, shows it to the client, and audits the change', async () => {
    const manager = await server.login('noa@shaked.example');
    const steps = await threeSteps();
    const saved = await manager.as.put(roasters, { steps });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ steps, updatedBy: { id: manager.userId, name: 'נועה מזרחי' } });
    expect(saved.body.updatedAt).toEqual(expect.any(String));

    // The client reviewer sees who approves the brand's posts (the step waiting for them included).
    const client = await server.login('sam@roasters-client.example');
    const seen = await client.as.get(roasters);
    expect(seen.status).toBe(200);
    expect(seen.body.steps).toEqual(steps);
    expect(await approvalFlowOf(server.runtime.ctx.db, DEMO_BRANDS.roasters)).toEqual(steps);

    const admin = await server.login('avi@shaked.example');
    const audit = await admin.as.get(`/api/v1/workspaces/${WS}/audit?action=approval_flow.update&brandId=${DEMO_BRANDS.roasters}`);
    expect(audit.body.items[0]).toMatchObject({ targetType: 'approval_flow', targetId: DEMO_BRANDS.roasters, summary: { after: { steps } } });
    expect(audit.body.items[0].summary.before).toEqual({ steps: expect.any(Array) });

    // Saving the same flow again changes nothing: no new audit entry.
    await manager.as.put(roasters, { steps });
    const again = await admin.as.get(`/api/v1/workspaces/${WS}/audit?action=approval_flow.update&brandId=${DEMO_BRANDS.roasters}`);
    expect(again.body.items).toHaveLength(audit.body.items.length);
  });

  it('refuses a step with nobody in it, naming the step', async () => {
    const manager = await server.login('noa@shaked.example');
    const res = await manager.as.put(cafe, { steps: [{ name: 'Editor', mode: 'any', roles: ['editor'], userIds: [] }, { name: 'Nobody', mode: 'any', roles: [], userIds: [] }] });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues).toEqual([{ path: 'body.steps.1.roles', message: 'each step needs at least one person or role' }]);
  });

  it('refuses a person who does not work on the brand, and saves nothing', async () => {
    const manager = await server.login('noa@shaked.example');
    const steps = await threeSteps();
    await manager.as.put(roasters, { steps });

    // Tal edits only the café, not the roasters.
    const tal = await server.login('tal@pixel-agency.example');
    const withTal = [steps[0], { ...steps[1], userIds: [tal.userId] }, steps[2]];
    const res = await manager.as.put(roasters, { steps: withTal }, { 'accept-language': 'he' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues).toEqual([{ path: 'body.steps.1.userIds', message: 'האדם הזה אינו חבר/ת צוות בסביבת העבודה שעובד/ת על המותג הזה' }]);

    const stranger = await manager.as.put(roasters, { steps: [{ ...steps[2], userIds: ['00000000-0000-4000-8000-000000000000'] }] });
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.message).toBe('body.steps.0.userIds: This person is not a member of the workspace who works on this brand');

    expect((await manager.as.get(roasters)).body.steps).toEqual(steps);
  });

  it('lets only managers change it', async () => {
    const tal = await server.login('tal@pixel-agency.example');
    const res = await tal.as.put(cafe, { steps: [{ name: 'Me', mode: 'any', roles: [], userIds: [tal.userId] }] });
    expect(res.status).toBe(403);
    expect((await tal.as.get(cafe)).status).toBe(200);
    const client = await server.login('sam@roasters-client.example');
    expect((await client.as.put(roasters, { steps: [] })).status).toBe(403);
    expect((await client.as.get(cafe)).status).toBe(404);
  });

  it('counts a person or role named twice in a step once, so "all" does not wait for them twice', async () => {
    const manager = await server.login('noa@shaked.example');
    const tal = await server.login('tal@pixel-agency.example');
    const saved = await manager.as.put(cafe, { steps: [{ name: 'Tal and editors', mode: 'all', roles: ['editor', 'editor'], userIds: [tal.userId, tal.userId] }] });
    expect(saved.status).toBe(200);
    expect(saved.body.steps).toEqual([{ name: 'Tal and editors', mode: 'all', roles: ['editor'], userIds: [tal.userId] }]);
  });

  it('can be emptied, so posts go straight to their schedule', async () => {
    const manager = await server.login('noa@shaked.example');
    await manager.as.put(cafe, { steps: [{ name: 'Manager', mode: 'any', roles: ['brand_manager'], userIds: [] }] });
    const emptied = await manager.as.put(cafe, { steps: [] });
    expect(emptied.status).toBe(200);
    expect(emptied.body).toMatchObject({ steps: [], updatedBy: { id: manager.userId } });
    expect(await approvalFlowOf(server.runtime.ctx.db, DEMO_BRANDS.cafe)).toEqual([]);
  });
});
