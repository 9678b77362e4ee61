import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanContentInput } from '../../../core/plan/plan.ts';
import { DEMO_BRANDS, DEMO_WORKSPACE_ID as WS, startTestServer, type Session, type TestServer } from '../../testing/harness.ts';
import { currentPlan, planAt } from '../../services/plan/plan.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

/** PUT with the session's cookie and CSRF token. */
async function put(session: Session, url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await server.runtime.app!.inject({
    method: 'PUT',
    url,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json', ...headers },
    payload: JSON.stringify(body),
  });
  return { status: res.statusCode, body: res.json() };
}

const plan: PlanContentInput = {
  keyMessages: ['לחם טרי כל בוקר, מקמח מקומי'],
  personas: [{ name: 'שכנים', who: 'משפחות בשכונה', networks: ['facebook'], places: 'קבוצת השכונה', cares: 'טריות' }],
  channels: [{ network: 'instagram', postsPerWeek: 3, bestDays: [0, 2, 4], bestHours: [8] }],
  kpis: [{ metric: 'posts_per_week', target: 3, period: 'week' }],
  timeBudget: { hoursPerWeek: 3, members: [] },
};

async function newBrand(name: string) {
  const admin = await server.login('avi@shaked.example');
  const res = await admin.as.post(`/api/v1/workspaces/${WS}/brands`, { name, primaryLanguage: 'he' });
  expect(res.status).toBe(201);
  return res.body.brand.id as string;
}

describe('the action plan', () => {
  it('saves a first plan and a second version, lists both, and knows which one held at an earlier time', async () => {
    const brandId = await newBrand('מאפיית שקד');
    const manager = await server.login('noa@shaked.example');
    const url = `/api/v1/brands/${brandId}/plan`;

    expect((await manager.as.get(url)).body).toEqual({ plan: null });

    const first = await put(manager, url, { content: plan, changeNote: 'התוכנית הראשונה', baseVersion: null });
    expect(first.status).toBe(201);
    expect(first.body.plan).toMatchObject({ version: 1, changeNote: 'התוכנית הראשונה', author: { id: manager.userId } });
    const betweenVersions = new Date();
    await new Promise((r) => setTimeout(r, 5));

    const changed = { ...plan, channels: [{ ...plan.channels[0], postsPerWeek: 5 }], timeBudget: { hoursPerWeek: 4, members: [{ userId: manager.userId, hours: 2 }] } };
    const second = await put(manager, url, { content: changed, changeNote: 'more posts', baseVersion: 1 });
    expect(second.status).toBe(201);
    expect(second.body.plan.version).toBe(2);
    expect(second.body.plan.people).toEqual([{ id: manager.userId, name: 'נועה מזרחי' }]);

    const current = await manager.as.get(url);
    expect(current.body.plan).toMatchObject({ version: 2, content: { channels: [{ network: 'instagram', postsPerWeek: 5 }] } });

    const history = await manager.as.get(`${url}/versions`);
    expect(history.body.items.map((v: { version: number; changeNote: string }) => [v.version, v.changeNote])).toEqual([
      [2, 'more posts'],
      [1, 'התוכנית הראשונה'],
    ]);
    expect(history.body.items[1].author.name).toBe('נועה מזרחי');

    const old = await manager.as.get(`${url}/versions/1`);
    expect(old.body.plan.content.channels[0].postsPerWeek).toBe(3);
    expect((await manager.as.get(`${url}/versions/9`)).status).toBe(404);

    const db = server.runtime.ctx.db;
    expect((await planAt(db, brandId, betweenVersions))?.version).toBe(1);
    expect((await planAt(db, brandId, new Date()))?.version).toBe(2);
    expect(await planAt(db, brandId, new Date(Date.now() - 3_600_000))).toBeNull();
    expect((await currentPlan(db, brandId))?.content.channels[0]?.postsPerWeek).toBe(5);

    const audit = await (await server.login('avi@shaked.example')).as.get(`/api/v1/workspaces/${WS}/audit?action=plan.update&brandId=${brandId}`);
    expect(audit.body.items.map((e: { summary: unknown }) => e.summary)).toEqual([
      { before: { version: 1 }, after: { version: 2, changeNote: 'more posts' } },
      { before: { version: null }, after: { version: 1, changeNote: 'התוכנית הראשונה' } },
    ]);
  });

  it('pages through the history with a cursor', async () => {
    const brandId = await newBrand('שקד קייטרינג');
    const manager = await server.login('noa@shaked.example');
    for (let base = null as number | null, i = 0; i < 3; i++, base = i) {
      expect((await put(manager, `/api/v1/brands/${brandId}/plan`, { content: plan, changeNote: `v${i + 1}`, baseVersion: base })).status).toBe(201);
    }
    const first = await manager.as.get(`/api/v1/brands/${brandId}/plan/versions?limit=2`);
    expect(first.body.items.map((v: { version: number }) => v.version)).toEqual([3, 2]);
    const rest = await manager.as.get(`/api/v1/brands/${brandId}/plan/versions?limit=2&cursor=${first.body.nextCursor}`);
    expect(rest.body).toMatchObject({ items: [{ version: 1 }], nextCursor: null });
  });

  it('lets an editor read the plan but not change it', async () => {
    const editor = await server.login('tal@pixel-agency.example');
    const read = await editor.as.get(`/api/v1/brands/${DEMO_BRANDS.cafe}/plan`);
    expect(read.status).toBe(200);
    expect(read.body.plan.version).toBe(2);
    const write = await put(editor, `/api/v1/brands/${DEMO_BRANDS.cafe}/plan`, { content: plan, changeNote: '', baseVersion: 2 });
    expect(write.status).toBe(403);
    expect((await editor.as.get(`/api/v1/brands/${DEMO_BRANDS.cafe}/plan`)).body.plan.version).toBe(2);
  });

  it('hides the other brand from an agency member', async () => {
    const editor = await server.login('tal@pixel-agency.example');
    for (const url of ['plan', 'plan/versions', 'plan/versions/1']) {
      const res = await editor.as.get(`/api/v1/brands/${DEMO_BRANDS.roasters}/${url}`);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
  });

  it('refuses a KPI without a target, naming the field, and saves nothing', async () => {
    const manager = await server.login('noa@shaked.example');
    const url = `/api/v1/brands/${DEMO_BRANDS.roasters}/plan`;
    const content = { ...plan, kpis: [{ metric: 'reach', period: 'month' }] };
    const res = await put(manager, url, { content, changeNote: '', baseVersion: 1 });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues).toContainEqual({ path: 'body.content.kpis.0.target', message: 'A KPI needs a target' });
    expect(res.body.error.message).toBe('body.content.kpis.0.target: A KPI needs a target');
    expect((await manager.as.get(url)).body.plan.version).toBe(1);
  });

  it('refuses members\' hours beyond the total, a percentage over 100, and a person who does not work on the brand', async () => {
    const manager = await server.login('noa@shaked.example');
    const url = `/api/v1/brands/${DEMO_BRANDS.roasters}/plan`;
    const over = await put(manager, url, {
      content: { ...plan, timeBudget: { hoursPerWeek: 3, members: [{ userId: manager.userId, hours: 4 }] } },
      changeNote: '',
      baseVersion: 1,
    });
    expect(over.status).toBe(400);
    expect(over.body.error.details.issues[0]).toEqual({ path: 'body.content.timeBudget.members', message: "The members' hours add up to more than the weekly total" });

    const percent = await put(manager, url, { content: { ...plan, kpis: [{ metric: 'engagement_rate', target: 140, period: 'month' }] }, changeNote: '', baseVersion: 1 });
    expect(percent.body.error.details.issues[0].path).toBe('body.content.kpis.0.target');

    // Tal serves only the café: hours on the roasters' plan cannot be theirs.
    const tal = await server.login('tal@pixel-agency.example');
    const outsider = await put(manager, url, {
      content: { ...plan, timeBudget: { hoursPerWeek: 3, members: [{ userId: manager.userId, hours: 1 }, { userId: tal.userId, hours: 1 }] } },
      changeNote: '',
      baseVersion: 1,
    });
    expect(outsider.status).toBe(400);
    expect(outsider.body.error.details.issues).toEqual([
      { path: 'body.content.timeBudget.members.1.userId', message: 'This person is not a member of the workspace who works on this brand' },
    ]);
    expect((await manager.as.get(url)).body.plan.version).toBe(1);
  });

  it('answers 409 when someone else saved meanwhile, and keeps their version', async () => {
    const manager = await server.login('noa@shaked.example');
    const owner = await server.login('dana@shaked.example');
    const url = `/api/v1/brands/${DEMO_BRANDS.roasters}/plan`;
    const theirs = await put(owner, url, { content: plan, changeNote: 'owner edit', baseVersion: 1 });
    expect(theirs.status).toBe(201);
    const stale = await put(manager, url, { content: plan, changeNote: 'my edit', baseVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'stale_plan', details: { currentVersion: 2, baseVersion: 1 } });
    const first = await put(manager, `/api/v1/brands/${DEMO_BRANDS.cafe}/plan`, { content: plan, changeNote: '', baseVersion: null });
    expect(first.status).toBe(409);
    const now = await manager.as.get(url);
    expect(now.body.plan).toMatchObject({ version: 2, changeNote: 'owner edit' });
  });

  it('shows the demo plans: the café in Hebrew with history, the roasters measuring visits', async () => {
    const analyst = await server.login('maya@shaked.example');
    const history = await analyst.as.get(`/api/v1/brands/${DEMO_BRANDS.cafe}/plan/versions`);
    expect(history.body.items.map((v: { version: number; author: { name: string } }) => [v.version, v.author.name])).toEqual([
      [2, 'נועה מזרחי'],
      [1, 'נועה מזרחי'],
    ]);
    const cafe = (await analyst.as.get(`/api/v1/brands/${DEMO_BRANDS.cafe}/plan`)).body.plan;
    expect(cafe.content.personas.map((p: { name: string }) => p.name)).toEqual(['סטודנטים', 'משפחות בשכונה']);
    expect(cafe.content.channels.slice(0, 2)).toMatchObject([{ network: 'instagram', postsPerWeek: 4 }, { network: 'facebook', postsPerWeek: 3 }]);
    const client = await server.login('sam@roasters-client.example');
    const roasters = (await client.as.get(`/api/v1/brands/${DEMO_BRANDS.roasters}/plan/versions/1`)).body.plan;
    expect(roasters.content.kpis.map((k: { metric: string }) => k.metric)).toContain('social_visits');
  });

  it('keeps an archived brand\'s plan as it was', async () => {
    const brandId = await newBrand('שקד אירועים');
    const manager = await server.login('noa@shaked.example');
    expect((await put(manager, `/api/v1/brands/${brandId}/plan`, { content: plan, changeNote: '', baseVersion: null })).status).toBe(201);
    const admin = await server.login('avi@shaked.example');
    expect((await admin.as.delete(`/api/v1/workspaces/${WS}/brands/${brandId}`)).status).toBe(204);
    const res = await put(manager, `/api/v1/brands/${brandId}/plan`, { content: plan, changeNote: '', baseVersion: 1 });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('brand_archived');
    expect((await manager.as.get(`/api/v1/brands/${brandId}/plan/versions`)).body.items).toHaveLength(1);
  });

  it('tells a Hebrew reader what is wrong in Hebrew', async () => {
    const manager = await server.login('noa@shaked.example');
    const content = { ...plan, kpis: [{ metric: 'reach', period: 'month' }] };
    const res = await put(manager, `/api/v1/brands/${DEMO_BRANDS.cafe}/plan`, { content, changeNote: '', baseVersion: 2 }, { 'accept-language': 'he' });
    expect(res.body.error.details.issues).toEqual([{ path: 'body.content.kpis.0.target', message: 'למדד צריך יעד' }]);
    const stale = await put(manager, `/api/v1/brands/${DEMO_BRANDS.cafe}/plan`, { content: plan, changeNote: '', baseVersion: 1 }, { 'accept-language': 'he' });
    expect(stale.body.error.message).toMatch(/^מישהו אחר שמר/);
  });
});
