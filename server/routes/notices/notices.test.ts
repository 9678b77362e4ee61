import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notices } from '../../db/schema.ts';
import { DEMO_BRANDS, DEMO_WORKSPACE_ID as WS, startTestServer, type Session, type TestServer } from '../../testing/harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

type NoticeItem = { id: string; kind: string; readAt: string | null; params: Record<string, unknown> };

/** Writes notices for a person straight into the database, a minute apart, the last one newest. */
async function give(userId: string, kinds: string[]) {
  const start = Date.now() - kinds.length * 60_000;
  const rows = await server.runtime.ctx.db
    .insert(notices)
    .values(
      kinds.map((kind, i) => ({
        workspaceId: WS,
        brandId: DEMO_BRANDS.cafe,
        userId,
        kind,
        params: { postTitle: `פוסט ${i + 1}` },
        link: `/w/${WS}/posts/${i}`,
        createdAt: new Date(start + i * 60_000),
      })),
    )
    .returning({ id: notices.id });
  return rows.map((r) => r.id);
}

const mine = async (session: Session, query = '') => (await session.as.get(`/api/v1/notices${query}`)).body as { items: NoticeItem[]; unread: number };

describe('notices', () => {
  it('shows each person only their own, newest first, and marking read lowers the unread count', async () => {
    const noa = await server.login('noa@shaked.example');
    const tal = await server.login('tal@pixel-agency.example');
    const noaIds = await give(noa.userId, ['approval_requested', 'post_published', 'post_failed']);
    const talIds = await give(tal.userId, ['changes_requested']);

    const before = await mine(noa);
    const seen = before.items.map((n) => n.id);
    expect(seen).toEqual(expect.arrayContaining(noaIds));
    expect(seen).not.toContain(talIds[0]);
    // Newest first: the failure was written last.
    expect(seen.indexOf(noaIds[2]!)).toBeLessThan(seen.indexOf(noaIds[0]!));
    expect(before.items.find((n) => n.id === noaIds[2])).toMatchObject({ kind: 'post_failed', readAt: null, params: { postTitle: 'פוסט 3' } });
    expect((await mine(tal)).items.map((n) => n.id)).toEqual(expect.arrayContaining(talIds));
    expect((await mine(tal)).items.map((n) => n.id)).not.toContain(noaIds[0]);

    const read = await noa.as.post('/api/v1/notices/read', { ids: [noaIds[0]] });
    expect(read.status).toBe(204);
    const after = await mine(noa);
    expect(after.unread).toBe(before.unread - 1);
    expect(after.items.find((n) => n.id === noaIds[0])?.readAt).toEqual(expect.any(String));
    expect((await mine(noa, '?unread=true')).items.map((n) => n.id)).not.toContain(noaIds[0]);

    // Someone else's notice cannot be marked read by me.
    const talUnread = (await mine(tal)).unread;
    await noa.as.post('/api/v1/notices/read', { ids: talIds });
    expect((await mine(tal)).unread).toBe(talUnread);

    await noa.as.post('/api/v1/notices/read', { all: true });
    expect((await mine(noa)).unread).toBe(0);
    expect((await mine(noa, '?unread=true')).items).toEqual([]);
    expect((await mine(tal)).unread).toBe(talUnread);
  });

  it('gives as many as asked for', async () => {
    const yossi = await server.login('yossi@shaked.example');
    await give(yossi.userId, ['silence', 'silence', 'silence']);
    const res = await yossi.as.get('/api/v1/notices?limit=2');
    expect(res.body.items).toHaveLength(2);
    expect(res.body.unread).toBeGreaterThanOrEqual(3);
  });

  it('asks for ids or all, and for a login', async () => {
    const noa = await server.login('noa@shaked.example');
    const neither = await noa.as.post('/api/v1/notices/read', {});
    expect(neither.status).toBe(400);
    expect(neither.body.error.details.issues[0]).toEqual({ path: 'body.ids', message: 'Send either ids (the notices to mark read) or all: true' });
    expect((await noa.as.post('/api/v1/notices/read', { ids: ['not-an-id'] })).status).toBe(400);
    expect((await noa.as.get('/api/v1/notices?limit=0')).status).toBe(400);

    expect((await server.request.get('/api/v1/notices')).status).toBe(401);
  });
});
