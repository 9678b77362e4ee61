import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../db/schema.ts';
import { DEMO_BRANDS, DEMO_WORKSPACE_ID as WS, startTestServer, type Session, type TestServer } from '../../testing/harness.ts';

let server: TestServer;
let owner: Session;
let admin: Session;
let manager: Session;

interface Event {
  id: string;
  at: string;
  action: string;
  brandId: string | null;
  brandName: string | null;
  actor: { id: string; name: string; email: string } | null;
  summary: { before?: Record<string, unknown>; after?: Record<string, unknown> };
}

const AUDIT = `/api/v1/workspaces/${WS}/audit`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function events(query = ''): Promise<Event[]> {
  const res = await owner.as.get(`${AUDIT}?limit=100${query ? `&${query}` : ''}`);
  expect(res.status, res.raw).toBe(200);
  return res.body.items;
}

// A small history, made before the tests read it: a brand created by the admin, a brand edited by
// the brand manager, and the workspace renamed by the admin, with a clear time gap in between.
let createdBrandId: string;
let gapStart: Date;
let gapEnd: Date;
beforeAll(async () => {
  server = await startTestServer();
  [owner, admin, manager] = await Promise.all([
    server.login('dana@shaked.example'),
    server.login('avi@shaked.example'),
    server.login('noa@shaked.example'),
  ]);
  const created = await admin.as.post(`/api/v1/workspaces/${WS}/brands`, { name: 'שקד מאפייה', primaryLanguage: 'he' });
  createdBrandId = created.body.brand.id;
  await sleep(20);
  gapStart = new Date();
  await sleep(20);
  gapEnd = new Date();
  await sleep(20);
  await manager.as.patch(`/api/v1/workspaces/${WS}/brands/${DEMO_BRANDS.cafe}`, { description: 'רשת בתי קפה שכונתיים.' });
  await admin.as.patch(`/api/v1/workspaces/${WS}`, { name: 'Shaked Holdings' });
});
afterAll(async () => server?.close());

describe('audit log', () => {
  it('lists every change newest first, with who, what and a before/after', async () => {
    const all = await events();
    expect(all.map((e) => e.action)).toEqual(['workspace.update', 'brand.update', 'brand.create', 'workspace.create']);
    const ids = all.map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(all[1]).toMatchObject({
      brandId: DEMO_BRANDS.cafe,
      brandName: 'קפה שקד',
      actor: { id: manager.userId, email: 'noa@shaked.example', name: 'נועה מזרחי' },
      summary: { after: { description: 'רשת בתי קפה שכונתיים.' } },
    });
    // The demo seed is the system's doing, not a person's.
    expect(all[3]).toMatchObject({ action: 'workspace.create', actor: null });
  });

  it('filters by action', async () => {
    const created = await events('action=brand.create');
    expect(created.map((e) => [e.action, e.brandId])).toEqual([['brand.create', createdBrandId]]);
    expect(await events('action=no.such.action')).toEqual([]);
  });

  it('filters by brand', async () => {
    const cafe = await events(`brandId=${DEMO_BRANDS.cafe}`);
    expect(cafe.map((e) => e.action)).toEqual(['brand.update']);
    expect(cafe.every((e) => e.brandId === DEMO_BRANDS.cafe)).toBe(true);
    expect((await events(`brandId=${createdBrandId}`)).map((e) => e.action)).toEqual(['brand.create']);
    const bad = await owner.as.get(`${AUDIT}?brandId=cafe`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues[0].path).toBe('querystring.brandId');
  });

  it('filters by actor', async () => {
    const byAdmin = await events(`actorId=${admin.userId}`);
    expect(byAdmin.map((e) => e.action)).toEqual(['workspace.update', 'brand.create']);
    expect(byAdmin.every((e) => e.actor?.email === 'avi@shaked.example')).toBe(true);
    expect((await events(`actorId=${manager.userId}`)).map((e) => e.action)).toEqual(['brand.update']);
  });

  it('filters by time with from and to, and combines filters', async () => {
    const before = await events(`to=${encodeURIComponent(gapStart.toISOString())}`);
    expect(before.map((e) => e.action)).toEqual(['brand.create', 'workspace.create']);
    const after = await events(`from=${encodeURIComponent(gapEnd.toISOString())}`);
    expect(after.map((e) => e.action)).toEqual(['workspace.update', 'brand.update']);
    const inGap = await events(`from=${encodeURIComponent(gapStart.toISOString())}&to=${encodeURIComponent(gapEnd.toISOString())}`);
    expect(inGap).toEqual([]);
    const combined = await events(`from=${encodeURIComponent(gapEnd.toISOString())}&actorId=${admin.userId}`);
    expect(combined.map((e) => e.action)).toEqual(['workspace.update']);
    // A time given in Israel summer time (+03:00) means the same instant.
    const israel = new Date(gapEnd.getTime() + 3 * 3600_000).toISOString().replace('Z', '+03:00');
    expect((await events(`from=${encodeURIComponent(israel)}`)).map((e) => e.action)).toEqual(['workspace.update', 'brand.update']);

    const reversed = await owner.as.get(`${AUDIT}?from=${encodeURIComponent(gapEnd.toISOString())}&to=${encodeURIComponent(gapStart.toISOString())}`);
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.message).toBe('"from" must be before "to".');
    const notADate = await owner.as.get(`${AUDIT}?from=yesterday`);
    expect(notADate.status).toBe(400);
    expect(notADate.body.error.details.issues[0]).toMatchObject({ path: 'querystring.from', message: 'Must be an ISO date-time, e.g. 2026-11-21T09:00:00Z' });
  });

  it('pages with a cursor: limit=1 walks every event once, newest first', async () => {
    const all = (await events()).map((e) => e.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: { status: number; body: { items: Event[]; nextCursor: string | null } } = await admin.as.get(
        `${AUDIT}?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.status).toBe(200);
      expect(res.body.items).toHaveLength(1);
      seen.push(res.body.items[0]!.id);
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 20);
    expect(seen).toEqual(all);
    // The cursor combines with a filter.
    const first = await admin.as.get(`${AUDIT}?limit=1&actorId=${admin.userId}`);
    const second = await admin.as.get(`${AUDIT}?limit=1&actorId=${admin.userId}&cursor=${first.body.nextCursor}`);
    expect([first.body.items[0].action, second.body.items[0].action]).toEqual(['workspace.update', 'brand.create']);
    expect(second.body.nextCursor).toBeNull();
    const bad = await admin.as.get(`${AUDIT}?cursor=not-a-cursor`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues[0].path).toBe('querystring.cursor');
  });

  it('is readable by owners and admins only (403 for every other role)', async () => {
    expect((await admin.as.get(AUDIT)).status).toBe(200);
    for (const email of ['noa@shaked.example', 'tal@pixel-agency.example', 'yossi@shaked.example', 'maya@shaked.example', 'sam@roasters-client.example']) {
      const s = email === 'noa@shaked.example' ? manager : await server.login(email);
      const res = await s.as.get(AUDIT);
      expect(res.status, email).toBe(403);
      expect(res.body.error.code, email).toBe('forbidden');
    }
  });

  it('is append-only: the database refuses to update or delete an event', async () => {
    const db = server.runtime.ctx.db;
    const [target] = await events('action=brand.create');
    const id = Number(target!.id);
    const failure = async (p: Promise<unknown>) => {
      const err = await p.then(
        () => null,
        (e: unknown) => e,
      );
      expect(err, 'the statement should have been refused').toBeInstanceOf(Error);
      const e = err as Error & { cause?: Error };
      return `${e.message} ${e.cause?.message ?? ''}`;
    };
    expect(await failure(db.update(auditEvents).set({ action: 'brand.rename' }).where(eq(auditEvents.id, id)))).toContain('audit_events is append-only');
    expect(await failure(db.delete(auditEvents).where(eq(auditEvents.id, id)))).toContain('audit_events is append-only');
    expect(await failure(db.delete(auditEvents))).toContain('audit_events is append-only');

    const after = await events();
    expect(after).toHaveLength(4);
    expect(after.find((e) => e.id === target!.id)).toEqual(target);
  });
});
