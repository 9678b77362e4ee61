import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BRANDS, DEMO_WORKSPACE_ID as WS, startTestServer, type TestServer } from '../../testing/harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

describe('brands', () => {
  it('lets an admin add a brand, and records it in the audit log', async () => {
    const admin = await server.login('avi@shaked.example');
    const res = await admin.as.post(`/api/v1/workspaces/${WS}/brands`, { name: 'שקד קייטרינג', primaryLanguage: 'he' });
    expect(res.status).toBe(201);
    expect(res.body.brand).toMatchObject({ name: 'שקד קייטרינג', timeZone: 'Asia/Jerusalem', archivedAt: null });
    const audit = await admin.as.get(`/api/v1/workspaces/${WS}/audit?action=brand.create`);
    expect(audit.body.items[0]).toMatchObject({ action: 'brand.create', brandId: res.body.brand.id, actor: { email: 'avi@shaked.example' } });
  });

  it('shows an agency editor only the brand they serve, and hides the other as not found', async () => {
    const agency = await server.login('tal@pixel-agency.example');
    const list = await agency.as.get(`/api/v1/workspaces/${WS}/brands`);
    expect(list.body.items.map((b: { id: string }) => b.id)).toEqual([DEMO_BRANDS.cafe]);
    const other = await agency.as.get(`/api/v1/workspaces/${WS}/brands/${DEMO_BRANDS.roasters}`);
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe('not_found');
  });

  it('rejects an unknown time zone with a message naming the field, and changes nothing', async () => {
    const manager = await server.login('noa@shaked.example');
    const res = await manager.as.patch(`/api/v1/workspaces/${WS}/brands/${DEMO_BRANDS.cafe}`, { timeZone: 'Mars/Olympus', name: 'X' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details.issues[0].path).toBe('body.timeZone');
    const brand = await manager.as.get(`/api/v1/workspaces/${WS}/brands/${DEMO_BRANDS.cafe}`);
    expect(brand.body.brand.name).toBe('קפה שקד');
  });
});
