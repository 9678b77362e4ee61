import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAYBOOK_MESSAGES as M, type PlaybookContentInput } from '../../../core/playbooks/content.ts';
import { DEMO_BRANDS, DEMO_WORKSPACE_ID as WS, startTestServer, type Session, type TestServer } from '../../testing/harness.ts';

let server: TestServer;
let manager: Session;
let admin: Session;
let responder: Session;
const people: Record<string, string> = {};

const CAFE = `/api/v1/brands/${DEMO_BRANDS.cafe}/playbooks`;

beforeAll(async () => {
  server = await startTestServer();
  [manager, admin, responder] = await Promise.all([
    server.login('noa@shaked.example'),
    server.login('avi@shaked.example'),
    server.login('yossi@shaked.example'),
  ]);
  const members = await admin.as.get(`/api/v1/workspaces/${WS}/members?limit=100`);
  for (const m of members.body.items as { userId: string; email: string }[]) people[m.email.split('@')[0]!] = m.userId;
});
afterAll(async () => server?.close());

const paths = (res: { body: any }) => (res.body.error.details.issues as { path: string; message: string }[]).map((i) => [i.path, i.message]);

async function copy(templateKey: string, session = manager, url = CAFE) {
  const res = await session.as.post(url, { templateKey });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.playbook as { id: string; version: number; content: PlaybookContentInput };
}

describe('playbooks', () => {
  it('shows a newcomer the demo brands’ playbooks, staffed, one of them drilled', async () => {
    const cafe = (await responder.as.get(CAFE)).body.items as { name: string; version: number; gaps: unknown[]; lastDrill: any }[];
    expect(cafe.map((p) => p.name)).toEqual(['בטיחות מזון או ריקול מוצר', 'תקלה בשירות', 'אירוע ביטחוני או פוליטי בישראל']);
    expect(cafe.every((p) => p.version === 2 && p.gaps.length === 0)).toBe(true);
    expect(cafe[0]!.lastDrill).toMatchObject({ totalSeconds: 43 * 60, withinTarget: false });
    const roasters = (await responder.as.get(`/api/v1/brands/${DEMO_BRANDS.roasters}/playbooks`)).body.items as { name: string }[];
    expect(roasters.map((p) => p.name)).toEqual(['Product recall', 'Data breach']);
  });

  it('copies a library playbook in the brand’s language, and an edit becomes version 2', async () => {
    const created = await copy('food_safety');
    expect(created.version).toBe(1);
    expect(created.content.name).toBe('בטיחות מזון או ריקול מוצר');
    expect(created.content.steps[0]!.title).toMatch(/[א-ת]/);
    // The one copying it is its authorized responder until the team chooses others.
    expect(created.content.authorizedResponders).toEqual([manager.userId]);

    const content = structuredClone(created.content);
    content.roles = content.roles.map((role) => ({ ...role, userId: people.noa!, backupUserId: people.avi! }));
    content.authorizedResponders = [people.noa!, people.yossi!];
    content.tiers[0]!.responseMinutes = 20;
    const saved = await manager.as.put(`${CAFE}/${created.id}`, { content, changeNote: 'שיבוץ אנשים לתפקידים', baseVersion: 1 });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.playbook).toMatchObject({ version: 2, changeNote: 'שיבוץ אנשים לתפקידים', author: { id: manager.userId } });
    expect(saved.body.playbook.people.map((p: { email: string }) => p.email).sort()).toEqual(
      ['avi@shaked.example', 'noa@shaked.example', 'yossi@shaked.example'],
    );

    const list = await manager.as.get(CAFE);
    const summary = list.body.items.find((p: { id: string }) => p.id === created.id);
    expect(summary).toMatchObject({ version: 2, scenario: 'food_safety', pauseScheduledPosts: true, authorizedResponderCount: 2 });
    expect(summary.tiers[0]).toMatchObject({ level: 1, responseMinutes: 20 });

    const versions = await manager.as.get(`${CAFE}/${created.id}/versions`);
    expect(versions.body.items.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const first = await manager.as.get(`${CAFE}/${created.id}/versions/1`);
    expect(first.body.playbook.content.tiers[0].responseMinutes).toBe(30);

    // Someone editing from version 1 meanwhile gets a conflict, not a silent overwrite.
    const stale = await manager.as.put(`${CAFE}/${created.id}`, { content, changeNote: '', baseVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
  });

  it('copies a template in the language asked for', async () => {
    const res = await manager.as.post(CAFE, { templateKey: 'service_outage', locale: 'en' });
    expect(res.status).toBe(201);
    expect(res.body.playbook.content.name).toBe('Service outage');
  });

  it('refuses a playbook without an authorized responder, naming the field, and saves nothing', async () => {
    const before = (await manager.as.get(CAFE)).body.items.length;
    const library = await manager.as.get('/api/v1/playbook-library?locale=he');
    const content = library.body.items.find((t: { key: string }) => t.key === 'data_breach').content;
    const res = await manager.as.post(CAFE, { content: { ...content, authorizedResponders: [] } });
    expect(res.status).toBe(400);
    expect(paths(res)).toEqual([['body.content.authorizedResponders', M.respondersMin]]);
    expect((await manager.as.get(CAFE)).body.items.length).toBe(before);
  });

  it('refuses a holding statement too long for Bluesky, naming the statement', async () => {
    const created = await copy('offensive_post');
    const content = structuredClone(created.content);
    content.holdingStatements.push({ title: 'ארוך', language: 'he', network: 'bluesky', text: 'א'.repeat(301) });
    const res = await manager.as.put(`${CAFE}/${created.id}`, { content, changeNote: '', baseVersion: 1 });
    expect(res.status).toBe(400);
    const index = content.holdingStatements.length - 1;
    expect(paths(res)).toEqual([[`body.content.holdingStatements.${index}.text`, 'Too long for Bluesky (300 characters at most)']]);
    expect((await manager.as.get(`${CAFE}/${created.id}`)).body.playbook.version).toBe(1);
  });

  it('makes a statement for any network fit X and Bluesky when the brand has no plan yet', async () => {
    const brand = await admin.as.post(`/api/v1/workspaces/${WS}/brands`, { name: 'שקד מאפייה', primaryLanguage: 'he' });
    const url = `/api/v1/brands/${brand.body.brand.id}/playbooks`;
    const created = await copy('service_outage', admin, url);
    const content = structuredClone(created.content);
    content.holdingStatements[0]!.text = 'ב'.repeat(290);
    const res = await admin.as.put(`${url}/${created.id}`, { content, changeNote: '', baseVersion: 1 });
    expect(paths(res)).toEqual([['body.content.holdingStatements.0.text', 'Too long for X (280 characters at most)']]);
  });

  it('checks holding statements against the brand’s policy: a blocking finding refuses the save, others come back as notes', async () => {
    const created = await copy('service_outage');
    const content = structuredClone(created.content);
    const blocked = content.holdingStatements.length;
    content.holdingStatements.push({ title: 'פרטים', language: 'he', network: null, text: 'לפרטים כתבו לדנה: dana.levi@example.com' });
    const refused = await manager.as.put(`${CAFE}/${created.id}`, { content, changeNote: '', baseVersion: 1 }, { 'accept-language': 'he' });
    expect(refused.status).toBe(400);
    const [path, message] = paths(refused)[0]!;
    expect(path).toBe(`body.content.holdingStatements.${blocked}.text`);
    expect(message).toMatch(/[א-ת]/); // the finding's own explanation, in the reader's language
    expect((await manager.as.get(`${CAFE}/${created.id}`)).body.playbook.version).toBe(1);

    content.holdingStatements[blocked] = { title: 'Promise', language: 'en', network: null, text: 'We guarantee the best coffee in town, back on the shelves today.' };
    const saved = await manager.as.put(`${CAFE}/${created.id}`, { content, changeNote: '', baseVersion: 1 });
    expect(saved.status).toBe(200);
    expect(saved.body.playbook.version).toBe(2);
    expect(saved.body.warnings.length).toBeGreaterThan(0);
    expect(saved.body.warnings[0]).toMatchObject({ path: `content.holdingStatements.${blocked}.text`, finding: { severity: 'approval' } });
  });

  it('accepts only people who work on the brand, and only those who may speak for it as responders', async () => {
    const created = await copy('employee_misconduct');
    const content = structuredClone(created.content);
    content.roles[0] = { ...content.roles[0]!, userId: people.sam! }; // a client reviewer of the other brand
    content.authorizedResponders = [people.noa!, people.maya!]; // an analyst cannot publish or reply
    const res = await manager.as.put(`${CAFE}/${created.id}`, { content, changeNote: '', baseVersion: 1 }, { 'accept-language': 'en' });
    expect(res.status).toBe(400);
    expect(paths(res)).toEqual([
      ['body.content.roles.0.userId', M.notOnBrand],
      ['body.content.authorizedResponders.1', M.cannotSpeak],
    ]);
  });

  it('lets a responder read playbooks but not change or drill them', async () => {
    const created = await copy('influencer_backlash');
    expect((await responder.as.get(CAFE)).status).toBe(200);
    const read = await responder.as.get(`${CAFE}/${created.id}`);
    expect(read.status).toBe(200);
    expect((await responder.as.put(`${CAFE}/${created.id}`, { content: read.body.playbook.content, changeNote: '', baseVersion: 1 })).status).toBe(403);
    expect((await responder.as.post(CAFE, { templateKey: 'data_breach' })).status).toBe(403);
    expect((await responder.as.post(`${CAFE}/${created.id}/drills`)).status).toBe(403);
    expect((await responder.as.delete(`${CAFE}/${created.id}`)).status).toBe(403);
  });

  it('hides a brand’s playbooks from someone outside the brand', async () => {
    const agency = await server.login('tal@pixel-agency.example');
    expect((await agency.as.get(`/api/v1/brands/${DEMO_BRANDS.roasters}/playbooks`)).status).toBe(404);
  });

  it('runs a drill: each step’s time, the total, and the steps kept after the playbook changes', async () => {
    const created = await copy('security_event');
    const started = await manager.as.post(`${CAFE}/${created.id}/drills`);
    expect(started.status).toBe(201);
    const drill = started.body.drill;
    expect(drill.steps).toHaveLength(created.content.steps.length);
    expect(drill.tier).toMatchObject({ level: 1, responseMinutes: 15 });

    const first = await manager.as.post(`${CAFE}/${created.id}/drills/${drill.id}/steps/0`, { note: 'הכול נעצר' });
    expect(first.status).toBe(200);
    expect(first.body.drill.steps[0]).toMatchObject({ note: 'הכול נעצר', doneBy: { id: manager.userId } });
    expect((await manager.as.post(`${CAFE}/${created.id}/drills/${drill.id}/steps/0`)).status).toBe(409);
    expect((await manager.as.post(`${CAFE}/${created.id}/drills/${drill.id}/steps/99`)).status).toBe(404);
    await manager.as.post(`${CAFE}/${created.id}/drills/${drill.id}/steps/2`);

    const content = structuredClone(created.content);
    content.steps = [{ title: 'צעד חדש', details: '', role: 'incident_lead', fromTier: 3 }];
    expect((await manager.as.put(`${CAFE}/${created.id}`, { content, changeNote: 'צמצום', baseVersion: 1 })).status).toBe(200);

    const finished = await manager.as.post(`${CAFE}/${created.id}/drills/${drill.id}/finish`, { notes: 'תרגול קצר' });
    expect(finished.status).toBe(200);
    const result = finished.body.drill;
    expect(result.totalSeconds).toBeGreaterThanOrEqual(0);
    expect(result.doneCount).toBe(2);
    expect(result.withinTarget).toBe(false); // steps were skipped
    expect(result.steps[0].seconds).toBeGreaterThanOrEqual(0);
    expect(result.steps[1].seconds).toBeNull();
    expect((await manager.as.post(`${CAFE}/${created.id}/drills/${drill.id}/steps/1`)).status).toBe(409);

    const drills = await manager.as.get(`${CAFE}/${created.id}/drills`);
    expect(drills.body.items[0]).toMatchObject({ id: drill.id, version: 1, notes: 'תרגול קצר' });
    expect(drills.body.items[0].steps.map((s: { title: string }) => s.title)).toEqual(created.content.steps.map((s) => s.title));
    const list = await manager.as.get(CAFE);
    expect(list.body.items.find((p: { id: string }) => p.id === created.id).lastDrill).toMatchObject({ id: drill.id, withinTarget: false });
  });

  it('records every change in the audit log, and an archived playbook leaves the list', async () => {
    const created = await copy('data_breach');
    const content = structuredClone(created.content);
    content.pauseScheduledPosts = false;
    await manager.as.put(`${CAFE}/${created.id}`, { content, changeNote: 'לא עוצרים הכול', baseVersion: 1 });
    const drill = await manager.as.post(`${CAFE}/${created.id}/drills`);
    await manager.as.post(`${CAFE}/${created.id}/drills/${drill.body.drill.id}/finish`);
    expect((await manager.as.delete(`${CAFE}/${created.id}`)).status).toBe(204);

    const audit = await admin.as.get(`/api/v1/workspaces/${WS}/audit?brandId=${DEMO_BRANDS.cafe}&limit=100`);
    const mine = (audit.body.items as { action: string; targetId: string; summary: any; actor: { email: string } }[])
      .filter((e) => e.targetId === created.id)
      .reverse();
    expect(mine.map((e) => e.action)).toEqual(['playbook.create', 'playbook.update', 'playbook.drill', 'playbook.drill', 'playbook.archive']);
    expect(mine.every((e) => e.actor.email === 'noa@shaked.example')).toBe(true);
    expect(mine[1]!.summary).toEqual({ before: { version: 1 }, after: { version: 2, changeNote: 'לא עוצרים הכול' } });

    expect((await manager.as.get(CAFE)).body.items.some((p: { id: string }) => p.id === created.id)).toBe(false);
    expect((await manager.as.get(`${CAFE}/${created.id}`)).status).toBe(404);
  });

  it('refuses a body with neither a template nor content, and an unknown template', async () => {
    const empty = await manager.as.post(CAFE, {});
    expect(empty.status).toBe(400);
    expect(paths(empty)[0]![0]).toBe('body.templateKey');
    expect((await manager.as.post(CAFE, { templateKey: 'alien_invasion' })).status).toBe(400);
  });
});
