import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { posts } from '../../db/schema.ts';
import { DEMO_BRANDS, DEMO_WORKSPACE_ID as WS, startTestServer, type TestServer } from '../../testing/harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const cafe = `/api/v1/brands/${DEMO_BRANDS.cafe}/campaigns`;

const passover = {
  name: 'פסח בשקד',
  layer: 'preserve',
  startsOn: '2027-04-10',
  endsOn: '2027-04-29',
  goal: 'להזכיר לשכונה שאנחנו פתוחים בחג, עם מאפים כשרים לפסח',
  offlineEvents: [
    { name: 'סדנת אפייה לילדים', date: '2027-04-20', place: 'הסניף ברחוב הרצל' },
    { name: 'טעימות בשוק', date: '2027-04-25' },
  ],
  color: 'teal',
};

type Item = { id: string; name: string; postCount: number };
const ids = (body: { items: Item[] }) => body.items.map((c) => c.id);

async function auditOf(action: string, targetBrand = DEMO_BRANDS.cafe) {
  const admin = await server.login('avi@shaked.example');
  const res = await admin.as.get(`/api/v1/workspaces/${WS}/audit?action=${action}&brandId=${targetBrand}`);
  return res.body.items as { targetId: string; summary: { before?: Record<string, unknown>; after?: Record<string, unknown> } }[];
}

describe('campaigns', () => {
  it('creates a campaign with its offline events in Hebrew, lists it with the posts tagged, and reads it back', async () => {
    const manager = await server.login('noa@shaked.example');
    const created = await manager.as.post(cafe, passover);
    expect(created.status).toBe(201);
    const campaign = created.body.campaign;
    expect(campaign).toMatchObject({
      brandId: DEMO_BRANDS.cafe,
      name: 'פסח בשקד',
      layer: 'preserve',
      startsOn: '2027-04-10',
      endsOn: '2027-04-29',
      color: 'teal',
      postCount: 0,
      archivedAt: null,
      offlineEvents: [
        { name: 'סדנת אפייה לילדים', date: '2027-04-20', place: 'הסניף ברחוב הרצל' },
        { name: 'טעימות בשוק', date: '2027-04-25', place: '' },
      ],
    });

    // Two posts tagged with the campaign count; one of another campaign does not.
    const db = server.runtime.ctx.db;
    const tagged = { workspaceId: WS, brandId: DEMO_BRANDS.cafe, campaignId: campaign.id, title: 'חמץ? לא אצלנו' };
    await db.insert(posts).values([tagged, { ...tagged, title: 'סדנת אפייה' }, { ...tagged, campaignId: null, title: 'בלי קמפיין' }]);

    const list = await manager.as.get(cafe);
    expect(list.status).toBe(200);
    expect(list.body.items.find((c: Item) => c.id === campaign.id)).toMatchObject({ name: 'פסח בשקד', postCount: 2 });

    const one = await manager.as.get(`${cafe}/${campaign.id}`);
    expect(one.body.campaign).toMatchObject({ id: campaign.id, postCount: 2, goal: passover.goal });

    // Everyone on the brand can see campaigns: the client-side analyst too.
    const analyst = await server.login('maya@shaked.example');
    expect((await analyst.as.get(`${cafe}/${campaign.id}`)).status).toBe(200);

    const [event] = (await auditOf('campaign.create')).filter((e) => e.targetId === campaign.id);
    expect(event?.summary.after).toMatchObject({ name: 'פסח בשקד', startsOn: '2027-04-10', endsOn: '2027-04-29' });
  });

  it('lists the latest start first', async () => {
    const editor = await server.login('tal@pixel-agency.example');
    const early = await editor.as.post(cafe, { ...passover, name: 'חורף', startsOn: '2026-01-01', endsOn: '2026-01-31', offlineEvents: [] });
    const late = await editor.as.post(cafe, { ...passover, name: 'סתיו', startsOn: '2028-10-01', endsOn: '2028-10-31', offlineEvents: [] });
    expect([early.status, late.status]).toEqual([201, 201]);
    const order = ids((await editor.as.get(cafe)).body);
    expect(order.indexOf(late.body.campaign.id)).toBeLessThan(order.indexOf(early.body.campaign.id));
  });

  it('refuses an end before the start, naming endsOn, in English and in Hebrew', async () => {
    const manager = await server.login('noa@shaked.example');
    const backwards = { ...passover, startsOn: '2027-04-29', endsOn: '2027-04-10' };

    const en = await manager.as.post(cafe, backwards);
    expect(en.status).toBe(400);
    expect(en.body.error.details.issues).toEqual([{ path: 'body.endsOn', message: 'the end date must not be before the start date' }]);

    const he = await manager.as.post(cafe, backwards, { 'accept-language': 'he' });
    expect(he.status).toBe(400);
    expect(he.body.error.details.issues).toEqual([{ path: 'body.endsOn', message: 'תאריך הסיום לא יכול להיות לפני תאריך ההתחלה' }]);
  });

  it('refuses a date that is not on the calendar, naming the field, instead of failing in the database', async () => {
    const manager = await server.login('noa@shaked.example');
    const res = await manager.as.post(cafe, { ...passover, startsOn: '2027-02-30', endsOn: '2027-03-05' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues[0]).toMatchObject({ path: 'body.startsOn', message: 'must be a date like 2026-12-01' });
  });

  it('changes only the fields sent, keeps end ≥ start on the merged dates, and audits what changed', async () => {
    const manager = await server.login('noa@shaked.example');
    const { campaign } = (await manager.as.post(cafe, passover)).body;
    const url = `${cafe}/${campaign.id}`;

    const changed = await manager.as.patch(url, { goal: 'יותר לקוחות בשבוע החג', endsOn: '2027-05-02' });
    expect(changed.status).toBe(200);
    expect(changed.body.campaign).toMatchObject({ name: 'פסח בשקד', goal: 'יותר לקוחות בשבוע החג', startsOn: '2027-04-10', endsOn: '2027-05-02', color: 'teal' });
    expect(changed.body.campaign.offlineEvents).toHaveLength(2);

    // Only the start is sent, and it falls after the saved end: the start is what is wrong.
    const late = await manager.as.patch(url, { startsOn: '2027-06-01' });
    expect(late.status).toBe(400);
    expect(late.body.error.details.issues).toEqual([{ path: 'body.startsOn', message: 'the end date must not be before the start date' }]);
    const early = await manager.as.patch(url, { endsOn: '2027-04-01' });
    expect(early.body.error.details.issues[0].path).toBe('body.endsOn');
    expect((await manager.as.get(url)).body.campaign).toMatchObject({ startsOn: '2027-04-10', endsOn: '2027-05-02' });

    // Sending the same events again changes nothing and writes no audit entry.
    await manager.as.patch(url, { offlineEvents: passover.offlineEvents });
    const updates = (await auditOf('campaign.update')).filter((e) => e.targetId === campaign.id);
    expect(updates.map((e) => e.summary)).toEqual([
      { before: { goal: passover.goal, endsOn: '2027-04-29' }, after: { goal: 'יותר לקוחות בשבוע החג', endsOn: '2027-05-02' } },
    ]);
  });

  it('lets only the roles that edit campaigns create them', async () => {
    const analyst = await server.login('maya@shaked.example');
    const res = await analyst.as.post(cafe, passover);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
  });

  it('keeps another brand\'s campaigns out of sight of a member limited to their own brand', async () => {
    const manager = await server.login('noa@shaked.example');
    const { campaign } = (await manager.as.post(cafe, passover)).body;
    const client = await server.login('sam@roasters-client.example');
    expect((await client.as.get(cafe)).status).toBe(404);
    expect((await client.as.get(`${cafe}/${campaign.id}`)).status).toBe(404);
    // Nor can a campaign be reached through a brand the member does see.
    expect((await client.as.get(`/api/v1/brands/${DEMO_BRANDS.roasters}/campaigns/${campaign.id}`)).status).toBe(404);
  });

  it('archives a campaign out of the default list, keeps it read-only there, and restores it', async () => {
    const manager = await server.login('noa@shaked.example');
    const { campaign } = (await manager.as.post(cafe, { ...passover, name: 'ראש השנה' })).body;
    const url = `${cafe}/${campaign.id}`;

    const archived = await manager.as.post(`${url}/archive`);
    expect(archived.status).toBe(200);
    expect(archived.body.campaign.archivedAt).not.toBeNull();
    expect(ids((await manager.as.get(cafe)).body)).not.toContain(campaign.id);
    expect(ids((await manager.as.get(`${cafe}?archived=false`)).body)).not.toContain(campaign.id);
    const archivedList = (await manager.as.get(`${cafe}?archived=true`)).body;
    expect(ids(archivedList)).toContain(campaign.id);
    expect(archivedList.items.every((c: { archivedAt: string | null }) => c.archivedAt !== null)).toBe(true);

    const edit = await manager.as.patch(url, { name: 'ראש השנה תשפ"ח' });
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe('campaign_archived');
    const inHebrew = await manager.as.patch(url, { name: 'ראש השנה תשפ"ח' }, { 'accept-language': 'he-IL,he;q=0.9' });
    expect(inHebrew.body.error.message).toBe('הקמפיין הזה בארכיון. כדי לשנות אותו צריך קודם להחזיר אותו מהארכיון.');
    // Archiving again is harmless and not audited twice.
    expect((await manager.as.post(`${url}/archive`)).status).toBe(200);

    const restored = await manager.as.post(`${url}/restore`);
    expect(restored.body.campaign.archivedAt).toBeNull();
    expect(ids((await manager.as.get(cafe)).body)).toContain(campaign.id);
    expect((await manager.as.patch(url, { name: 'ראש השנה תשפ"ח' })).body.campaign.name).toBe('ראש השנה תשפ"ח');

    expect((await auditOf('campaign.archive')).filter((e) => e.targetId === campaign.id)).toHaveLength(1);
    const [restore] = (await auditOf('campaign.restore')).filter((e) => e.targetId === campaign.id);
    expect(restore?.summary.after).toEqual({ archivedAt: null });

    const analyst = await server.login('maya@shaked.example');
    expect((await analyst.as.post(`${url}/archive`)).status).toBe(403);
  });

  it('answers 404 for a campaign that does not exist and 400 for a malformed filter', async () => {
    const manager = await server.login('noa@shaked.example');
    expect((await manager.as.get(`${cafe}/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    const bad = await manager.as.get(`${cafe}?archived=yes`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('querystring.archived');
  });
});
