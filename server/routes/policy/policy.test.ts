import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BRANDS, DEMO_WORKSPACE_ID as WS, startTestServer, type Session, type TestServer } from '../../testing/harness.ts';
import { waitFor } from '../../testing/process.ts';
import { decodedText, startSmtpServer } from '../../testing/smtp.ts';

const CAFE = `/api/v1/brands/${DEMO_BRANDS.cafe}/policy`;
const ROASTERS = `/api/v1/brands/${DEMO_BRANDS.roasters}/policy`;

let server: TestServer;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let manager: Session;
let agency: Session;
let responder: Session;

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startTestServer({ smtpUrl: smtp.url, publicUrl: 'https://brandroom.example.test' });
  [manager, agency, responder] = await Promise.all([
    server.login('noa@shaked.example'),
    server.login('tal@pixel-agency.example'),
    server.login('yossi@shaked.example'),
  ]);
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

const sections = (extra: string) => [
  { key: 'voice_tone', title: 'קול וטון', body: `חמים וישירים. ${extra}` },
  { key: 'when_we_post', title: 'מתי מפרסמים', body: 'לא בשבת ולא בחגים.' },
];

describe('the policy document and acknowledgements', () => {
  it('asks the agency editor to acknowledge the café’s current version, and records it', async () => {
    const before = await agency.as.get(CAFE);
    expect(before.status).toBe(200);
    expect(before.body.policy).toMatchObject({ version: 2, scope: 'brand', author: { name: expect.any(String) } });
    expect(before.body.mine).toMatchObject({ required: true, acknowledgedAt: null });

    const ack = await agency.as.post(`${CAFE}/acknowledgements`, { policyVersionId: before.body.policy.id });
    expect(ack.status).toBe(200);
    expect((await agency.as.get(CAFE)).body.mine.acknowledgedAt).not.toBeNull();

    const status = await manager.as.get(`${CAFE}/acknowledgements`);
    const tal = status.body.members.find((m: { email: string }) => m.email === 'tal@pixel-agency.example');
    expect(tal.acknowledgedAt).not.toBeNull();
    // An analyst does not speak for the brand, so is not asked.
    expect(status.body.members.map((m: { email: string }) => m.email)).not.toContain('maya@shaked.example');
    expect((await agency.as.get(`${CAFE}/acknowledgements`)).status).toBe(403);
  });

  it('makes a new version ask everyone again, e-mails them, and keeps the old one in the history', async () => {
    const current = (await manager.as.get(CAFE)).body.policy;
    const saved = await manager.as.put(CAFE, { sections: sections('בלי ציניות.'), changeNote: 'קיצור', baseVersion: current.version });
    expect(saved.status).toBe(201);
    expect(saved.body.policy).toMatchObject({ version: current.version + 1, changeNote: 'קיצור' });

    expect((await responder.as.get(CAFE)).body.mine).toMatchObject({ required: true, acknowledgedAt: null });
    const status = await manager.as.get(`${CAFE}/acknowledgements`);
    expect(status.body.version).toBe(current.version + 1);
    expect(status.body.members.find((m: { email: string }) => m.email === 'yossi@shaked.example').acknowledgedAt).toBeNull();

    // Yossi's Hebrew account gets the request in Hebrew, with a link to the brand's policy page.
    const mail = await waitFor('the policy mail to Yossi', () => smtp.received.find((m) => m.to.includes('yossi@shaked.example')), 20_000);
    const text = decodedText(mail.raw);
    expect(text).toContain(`גרסה ${current.version + 1}`);
    expect(text).toContain(`https://brandroom.example.test/w/${WS}/policy?brand=${DEMO_BRANDS.cafe}`);
    // The author is not asked to read what they just wrote.
    expect(smtp.received.some((m) => m.to.includes('noa@shaked.example'))).toBe(false);

    const history = await manager.as.get(`${CAFE}/versions`);
    expect(history.body.items.map((v: { version: number }) => v.version)).toEqual([current.version + 1, current.version, current.version - 1]);
    // The author wrote it, so has read it: not asked again, and not blocked by the check.
    expect((await manager.as.get(CAFE)).body.mine.acknowledgedAt).not.toBeNull();
    const old = await manager.as.get(`${CAFE}/versions/${current.version}`);
    expect(old.body.policy.sections).toEqual(current.sections);
  });

  it('refuses to acknowledge a version that is no longer current', async () => {
    const history = (await responder.as.get(`${CAFE}/versions`)).body.items;
    const res = await responder.as.post(`${CAFE}/acknowledgements`, { policyVersionId: history[1].id });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('policy_changed');
  });

  it('refuses a stale save and an empty section, naming the field, and saves nothing', async () => {
    const current = (await manager.as.get(CAFE)).body.policy.version;
    const stale = await manager.as.put(CAFE, { sections: sections('x'), changeNote: '', baseVersion: current - 1 });
    expect(stale.status).toBe(409);
    const empty = await manager.as.put(CAFE, { sections: [{ key: 'custom', title: 'ריק', body: '  ' }], changeNote: '', baseVersion: current });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details.issues[0].path).toBe('body.sections.0.body');
    const none = await manager.as.put(CAFE, { sections: [], changeNote: '', baseVersion: current });
    expect(none.body.error.details.issues[0].path).toBe('body.sections');
    expect((await manager.as.get(CAFE)).body.policy.version).toBe(current);
  });

  it('lets only managers change a brand’s policy, and only admins the workspace default', async () => {
    const current = (await agency.as.get(CAFE)).body.policy.version;
    expect((await agency.as.put(CAFE, { sections: sections('x'), changeNote: '', baseVersion: current })).status).toBe(403);
    const def = await manager.as.get(`/api/v1/workspaces/${WS}/policy`);
    expect(def.body.policy.scope).toBe('workspace');
    expect((await manager.as.put(`/api/v1/workspaces/${WS}/policy`, { sections: sections('x'), changeNote: '', baseVersion: def.body.policy.version })).status).toBe(403);
  });

  it('hides a brand outside an agency member’s scope', async () => {
    expect((await agency.as.get(ROASTERS)).status).toBe(404);
    expect((await agency.as.post(`${ROASTERS}/check`, { text: 'hello' })).status).toBe(404);
  });
});

describe('the checker over HTTP', () => {
  it('flags the embassy’s tweet with an explanation and the exact words, in English and in Hebrew', async () => {
    const en = await manager.as.post(`${ROASTERS}/check`, { text: 'Israeli tennis player eliminates target in Dubai' });
    expect(en.status).toBe(200);
    const finding = en.body.findings.find((f: { kind: string }) => f.kind === 'context');
    expect(finding).toBeDefined();
    expect(['block', 'approval']).toContain(finding.severity);
    expect('Israeli tennis player eliminates target in Dubai'.slice(finding.start, finding.end)).toMatch(/eliminates/);
    expect(finding.message.en.length).toBeGreaterThan(20);

    const heText = 'טניסאית ישראלית מחסלת מטרה בדובאי';
    const he = await manager.as.post(`${CAFE}/check`, { text: heText });
    const heFinding = he.body.findings.find((f: { kind: string }) => f.kind === 'context');
    expect(heText.slice(heFinding.start, heFinding.end)).toContain('מחסלת');
    expect(heFinding.message.he).toMatch(/[\u0590-\u05ff]/);
  });

  it('blocks the author who has not acknowledged the current policy, and stops once they do', async () => {
    const draft = { text: 'בוקר טוב! הקפה של היום: אתיופיה, פירותי ועדין.' };
    const before = await responder.as.post(`${CAFE}/check`, draft);
    expect(before.body.findings.map((f: { kind: string }) => f.kind)).toContain('acknowledgement');
    expect(before.body.blocked).toBe(true);
    const policy = (await responder.as.get(CAFE)).body.policy;
    await responder.as.post(`${CAFE}/acknowledgements`, { policyVersionId: policy.id });
    const after = await responder.as.post(`${CAFE}/check`, draft);
    expect(after.body).toMatchObject({ findings: [], blocked: false, needsApproval: false });
  });

  it('counts length by the network’s rules and blocks a post over the limit', async () => {
    const text = 'קפה '.repeat(80).trim();
    const res = await responder.as.post(`${CAFE}/check`, { text, network: 'bluesky' });
    expect(res.body.length).toEqual({ count: text.length, limit: 300 });
    expect(res.body.findings.find((f: { kind: string }) => f.kind === 'length')).toMatchObject({ severity: 'block', start: expect.any(Number) });
  });

  it('checks the brand’s competitors (a brand rule) and not the other brand’s', async () => {
    const cafe = await responder.as.post(`${CAFE}/check`, { text: 'הלאטה שלנו טוב יותר משל ארומה' });
    expect(cafe.body.findings.map((f: { match: string }) => f.match)).toContain('ארומה');
    const roasters = await manager.as.post(`${ROASTERS}/check`, { text: 'Better than Aroma, honestly.' });
    expect(roasters.body.findings.filter((f: { kind: string; match: string }) => f.match === 'Aroma')).toEqual([]);
  });

  it('rejects a bad time or network with a message naming the field', async () => {
    const res = await manager.as.post(`${CAFE}/check`, { text: 'x', at: 'tomorrow', network: 'myspace' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues.map((i: { path: string }) => i.path).sort()).toEqual(['body.at', 'body.network']);
  });
});
