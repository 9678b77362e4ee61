import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../../core/policy/defaults.ts';
import { DEMO_BRANDS, DEMO_WORKSPACE_ID as WS, startTestServer, type Session, type TestServer } from '../../testing/harness.ts';

const CAFE = `/api/v1/brands/${DEMO_BRANDS.cafe}/policy`;
const ROASTERS = `/api/v1/brands/${DEMO_BRANDS.roasters}/policy`;
const WS_RULES = `/api/v1/workspaces/${WS}/policy/rules`;

let server: TestServer;
let admin: Session;
let manager: Session;
let agency: Session;

beforeAll(async () => {
  server = await startTestServer();
  [admin, manager, agency] = await Promise.all([
    server.login('avi@shaked.example'),
    server.login('noa@shaked.example'),
    server.login('tal@pixel-agency.example'),
  ]);
});
afterAll(async () => server?.close());

type Rule = { id: string; templateKey: string | null; scope: string; overridden: boolean; kind: string; enabled: boolean; name: string; severity: string; config: Record<string, unknown> };
type Finding = { kind: string; match: string; ruleId: string };
const kinds = (findings: Finding[]) => findings.map((f) => f.kind);

describe('policy rules', () => {
  it('gives the demo brands the recommended rules, and the café its competitors', async () => {
    const rules: Rule[] = (await manager.as.get(`${CAFE}/rules`)).body.items;
    const fromWorkspace = rules.filter((r) => r.scope === 'workspace').map((r) => r.templateKey);
    expect(new Set(fromWorkspace)).toEqual(new Set(DEFAULT_RULES.map((t) => t.templateKey)));
    const competitors = rules.find((r) => r.scope === 'brand' && r.templateKey === 'competitors')!;
    expect(competitors.config.entries).toContainEqual({ term: 'ארומה' });
    // The café's own competitors list replaces the workspace's empty one.
    expect(rules.find((r) => r.scope === 'workspace' && r.templateKey === 'competitors')!.overridden).toBe(true);
  });

  it('lets a manager add a word list that the checker uses at once, and audits it', async () => {
    const before = await manager.as.post(`${CAFE}/check`, { text: 'הגלידה החדשה שלנו כבר בסניפים' });
    expect(before.body.findings.map((f: Finding) => f.match)).not.toContain('הגלידה');
    const res = await manager.as.post(`${CAFE}/rules`, {
      kind: 'terms',
      name: 'מוצרים שעוד לא הושקו',
      severity: 'block',
      enabled: true,
      config: { category: 'custom', entries: [{ term: 'גלידה' }], reason: { he: 'הגלידה תושק רק בקיץ', en: 'Ice cream launches only in summer' } },
    });
    expect(res.status).toBe(201);
    const after = await manager.as.post(`${CAFE}/check`, { text: 'הגלידה החדשה שלנו כבר בסניפים' });
    const finding = after.body.findings.find((f: Finding) => f.ruleId === res.body.rule.id);
    expect(finding).toMatchObject({ severity: 'block', match: 'הגלידה', message: { he: expect.stringContaining('בקיץ') } });
    // The other brand does not have the rule.
    const other = await manager.as.post(`${ROASTERS}/check`, { text: 'הגלידה החדשה שלנו כבר בסניפים' });
    expect(other.body.findings.find((f: Finding) => f.ruleId === res.body.rule.id)).toBeUndefined();
    const audit = await admin.as.get(`/api/v1/workspaces/${WS}/audit?action=policy.rule.create`);
    expect(audit.body.items[0]).toMatchObject({ brandId: DEMO_BRANDS.cafe, targetId: res.body.rule.id });
  });

  it('refuses a pattern that does not compile, naming the field in the reader’s language, and saves nothing', async () => {
    const count = (await manager.as.get(`${CAFE}/rules`)).body.items.length;
    const bad = { kind: 'pattern', name: 'מחירים', severity: 'warn', enabled: true, config: { pattern: '(₪\\d+', reason: { he: 'מחיר', en: 'Price' } } };
    const en = await manager.as.post(`${CAFE}/rules`, bad);
    expect(en.status).toBe(400);
    expect(en.body.error.details.issues[0]).toMatchObject({ path: 'body.config.pattern', message: 'This regular expression does not compile' });
    const he = await manager.as.post(`${CAFE}/rules`, bad, { 'accept-language': 'he' });
    expect(he.body.error.details.issues[0].message).toMatch(/[\u0590-\u05ff]/);
    // Look-behind could be written to backtrack for minutes; brand patterns run on RE2, which has none.
    const lookBehind = await manager.as.post(`${CAFE}/rules`, { ...bad, config: { ...bad.config, pattern: '(?<=₪)\\d+' } });
    expect(lookBehind.body.error.details.issues[0]).toMatchObject({ path: 'body.config.pattern', message: expect.stringContaining('look-around') });
    expect((await manager.as.get(`${CAFE}/rules`)).body.items.length).toBe(count);
  });

  it('lets a brand replace a workspace rule with a stricter copy, and brings the workspace rule back when the copy goes', async () => {
    const shouting = (await manager.as.get(`${CAFE}/rules`)).body.items.find((r: Rule) => r.templateKey === 'shouting' && r.scope === 'workspace');
    const loud = { text: 'Fresh croissants are out of the oven now!!!!' };
    expect(kinds((await manager.as.post(`${CAFE}/check`, loud)).body.findings)).toContain('shouting');

    const copy = await manager.as.post(`${CAFE}/rules`, { copyOf: shouting.id });
    expect(copy.status).toBe(201);
    const edit = (patch: Partial<Rule>) => ({ kind: 'shouting', name: copy.body.rule.name, severity: 'warn', enabled: true, config: copy.body.rule.config, ...patch });
    // The café allows up to five exclamation marks, and makes capitals block.
    const changed = await manager.as.put(`${CAFE}/rules/${copy.body.rule.id}`, edit({ severity: 'block', config: { ...copy.body.rule.config, maxRepeatedMarks: 5 } }));
    expect(changed.status).toBe(200);
    const rules: Rule[] = (await manager.as.get(`${CAFE}/rules`)).body.items;
    expect(rules.find((r) => r.id === shouting.id)!.overridden).toBe(true);
    expect(kinds((await manager.as.post(`${CAFE}/check`, loud)).body.findings)).not.toContain('shouting');
    // The other brand still follows the workspace rule.
    expect(kinds((await manager.as.post(`${ROASTERS}/check`, loud)).body.findings)).toContain('shouting');

    // Turning a company-wide rule off for one brand, or softening it, is for owners and admins.
    const off = await manager.as.put(`${CAFE}/rules/${copy.body.rule.id}`, edit({ enabled: false }));
    expect(off.status).toBe(403);
    expect((await manager.as.put(`${CAFE}/rules/${copy.body.rule.id}`, edit({ severity: 'info' }))).status).toBe(403);
    expect((await admin.as.put(`${CAFE}/rules/${copy.body.rule.id}`, edit({ enabled: false }))).status).toBe(200);

    expect((await manager.as.delete(`${CAFE}/rules/${copy.body.rule.id}`)).status).toBe(204);
    expect(kinds((await manager.as.post(`${CAFE}/check`, loud)).body.findings)).toContain('shouting');
  });

  it('keeps one copy of a template per brand, however often it is added', async () => {
    const first = await manager.as.post(`${ROASTERS}/rules`, { templateKey: 'tone', locale: 'en' });
    expect(first.status).toBe(201);
    const again = await manager.as.post(`${ROASTERS}/rules`, { templateKey: 'tone', locale: 'en' });
    expect(again.status).toBe(409);
    const copies = (await manager.as.get(`${ROASTERS}/rules`)).body.items.filter((r: Rule) => r.scope === 'brand' && r.templateKey === 'tone');
    expect(copies).toHaveLength(1);
  });

  it('lets only managers change a brand’s rules and only admins the workspace’s', async () => {
    const rule = { kind: 'terms', name: 'x', severity: 'warn', enabled: true, config: { category: 'custom', entries: [{ term: 'x' }], reason: { en: 'x' } } };
    expect((await agency.as.post(`${CAFE}/rules`, rule)).status).toBe(403);
    const workspaceRule: Rule = (await manager.as.get(WS_RULES)).body.items.find((r: Rule) => r.templateKey === 'tone');
    const edit = { kind: workspaceRule.kind, name: workspaceRule.name, severity: 'info', enabled: true, config: workspaceRule.config };
    expect((await manager.as.put(`${WS_RULES}/${workspaceRule.id}`, edit)).status).toBe(403);
    // A brand route cannot reach a workspace rule either.
    expect((await manager.as.put(`${CAFE}/rules/${workspaceRule.id}`, edit)).status).toBe(404);
    const byAdmin = await admin.as.put(`${WS_RULES}/${workspaceRule.id}`, edit);
    expect(byAdmin.body.rule).toMatchObject({ severity: 'info', scope: 'workspace' });
  });

  it('keeps an archived brand’s policy readable and unchangeable', async () => {
    const brand = (await admin.as.post(`/api/v1/workspaces/${WS}/brands`, { name: 'Pop-up kiosk', primaryLanguage: 'en' })).body.brand;
    expect((await admin.as.delete(`/api/v1/workspaces/${WS}/brands/${brand.id}`)).status).toBe(204);
    const rule = { kind: 'terms', name: 'x', severity: 'warn', enabled: true, config: { category: 'custom', entries: [{ term: 'kiosk' }], reason: { en: 'x' } } };
    const res = await admin.as.post(`/api/v1/brands/${brand.id}/policy/rules`, rule);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('brand_archived');
    expect((await admin.as.get(`/api/v1/brands/${brand.id}/policy/rules`)).status).toBe(200);
  });

  it('starts a new workspace with the recommended rules, named in its creator’s language', async () => {
    const ws = await manager.as.post('/api/v1/workspaces', { name: 'Noa Consulting', kind: 'agency' });
    const rules: Rule[] = (await manager.as.get(`/api/v1/workspaces/${ws.body.workspace.id}/policy/rules`)).body.items;
    expect(rules.length).toBe(DEFAULT_RULES.length);
    expect(rules.find((r) => r.templateKey === 'military_language')!.name).toMatch(/[\u0590-\u05ff]/);
    // Adding the defaults again adds nothing.
    const again = await manager.as.post(`/api/v1/workspaces/${ws.body.workspace.id}/policy/rules/defaults`, { locale: 'en' });
    expect(again.body.items).toEqual([]);
  });

  it('counts Shabbat in London for the UK brand and in Jerusalem for the café', async () => {
    // Friday 5 December 2025, 14:50 UTC: 16:50 in Jerusalem, after candle lighting (about 15:57);
    // 14:50 in London, before it (about 15:35).
    const at = '2025-12-05T14:50:00Z';
    const cafe = await manager.as.post(`${CAFE}/check`, { text: 'Fresh beans are in.', at });
    const roasters = await manager.as.post(`${ROASTERS}/check`, { text: 'Fresh beans are in.', at });
    expect(kinds(cafe.body.findings)).toContain('shabbat_holidays');
    expect(kinds(roasters.body.findings)).not.toContain('shabbat_holidays');
  });
});
