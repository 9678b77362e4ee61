// The permission matrix walked over HTTP: every role (as its demo user) × every action that has a
// route today, on a brand inside and outside the member's scope. The expected answer comes from
// decide() in core/permissions.ts, so this test follows the matrix; the hard-written cases at the
// end catch a matrix that is itself wrong.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS, decide, ROLES, type Action, type MemberGrant, type Role } from '../core/permissions.ts';
import { DEMO_LOGINS } from './demo/seed.ts';
import { DEMO_BRANDS, DEMO_WORKSPACE_ID as WS, startTestServer, type Session, type TestServer } from './testing/harness.ts';

type Res = { status: number; body: any; raw: string };
type DemoBrand = keyof typeof DEMO_BRANDS;

const BRAND_NAMES: Record<DemoBrand, string> = { cafe: 'קפה שקד', roasters: 'Shaked Roasters' };
const WS_NAME = 'קבוצת שקד · Shaked Group';
const API = `/api/v1/workspaces/${WS}`;

let server: TestServer;
const sessions = new Map<Role, Session>();
let ownerSession: Session;
const memberIds = new Map<Role, string>();
let serial = 0;
const unique = () => `${Date.now().toString(36)}-${++serial}`;

beforeAll(async () => {
  server = await startTestServer();
  const logged = await Promise.all(ROLES.map((role) => server.login(loginOf(role).email)));
  ROLES.forEach((role, i) => sessions.set(role, logged[i]!));
  ownerSession = sessions.get('owner')!;
  const members = await ownerSession.as.get(`${API}/members?limit=100`);
  for (const m of members.body.items as { id: string; email: string }[]) {
    const login = DEMO_LOGINS.find((l) => l.email === m.email);
    if (login) memberIds.set(login.role, m.id);
  }
});
afterAll(async () => server?.close());

function loginOf(role: Role) {
  const login = DEMO_LOGINS.find((l) => l.role === role);
  if (!login) throw new Error(`no demo user for ${role}`);
  return login;
}

function grantOf(role: Role, extraBrands: string[] = []): MemberGrant {
  const brands = loginOf(role).brands;
  return { role, brandIds: brands === 'all' ? null : [...brands, ...extraBrands] };
}

type Expected = 'allowed' | 403 | 404;
function expectedBy(grant: MemberGrant, action: Action, brandId?: string): Expected {
  const decision = decide(grant, action, brandId);
  if (decision.allowed) return 'allowed';
  return decision.reason === 'role' ? 403 : 404;
}

function check(res: Res, expected: Expected, what: string) {
  if (expected === 'allowed') {
    expect(res.status, `${what}: ${res.raw}`).toBeGreaterThanOrEqual(200);
    expect(res.status, `${what}: ${res.raw}`).toBeLessThan(300);
  } else {
    expect(res.status, `${what}: ${res.raw}`).toBe(expected);
    expect(res.body.error.code, what).toBe(expected === 403 ? 'forbidden' : 'not_found');
  }
}

/** Workspace actions and the calls that exercise them; each call is harmless when allowed. */
const WORKSPACE_ROUTES = {
  'workspace.view': [{ label: 'GET workspace', call: (s: Session) => s.as.get(API) }],
  'workspace.update': [{ label: 'PATCH workspace (same name)', call: (s: Session) => s.as.patch(API, { name: WS_NAME }) }],
  'brand.create': [
    { label: 'POST brands', call: (s: Session) => s.as.post(`${API}/brands`, { name: `Matrix ${unique()}`, primaryLanguage: 'he' }) },
  ],
  'member.view': [{ label: 'GET members', call: (s: Session) => s.as.get(`${API}/members`) }],
  'member.manage': [
    { label: 'POST invitations', call: (s: Session) => s.as.post(`${API}/invitations`, { email: `matrix-${unique()}@example.com`, role: 'analyst' }) },
    { label: 'PATCH member (same role)', call: (s: Session) => s.as.patch(`${API}/members/${memberIds.get('analyst')}`, { role: 'analyst' }) },
  ],
  'audit.view': [{ label: 'GET audit', call: (s: Session) => s.as.get(`${API}/audit`) }],
  'jobs.view': [{ label: 'GET jobs/failed', call: (s: Session) => s.as.get(`${API}/jobs/failed`) }],
} satisfies Partial<Record<Action, { label: string; call: (s: Session) => Promise<Res> }[]>>;

/** Brand actions; archiving works on a throwaway brand made for the case. */
const BRAND_ROUTES = {
  'brand.view': (s: Session, brand: DemoBrand) => s.as.get(`${API}/brands/${DEMO_BRANDS[brand]}`),
  'brand.update': (s: Session, brand: DemoBrand) => s.as.patch(`${API}/brands/${DEMO_BRANDS[brand]}`, { name: BRAND_NAMES[brand] }),
} satisfies Partial<Record<Action, (s: Session, brand: DemoBrand) => Promise<Res>>>;

/** The demo brands inside and outside a member's scope (members who see every brand have no outside). */
function brandCases(role: Role): { label: string; brand: DemoBrand; inScope: boolean }[] {
  const brands = loginOf(role).brands;
  if (brands === 'all') return [{ label: 'a brand (all in scope)', brand: 'cafe', inScope: true }];
  const inside = (Object.keys(DEMO_BRANDS) as DemoBrand[]).find((b) => brands.includes(DEMO_BRANDS[b]))!;
  const outside = (Object.keys(DEMO_BRANDS) as DemoBrand[]).find((b) => !brands.includes(DEMO_BRANDS[b]))!;
  return [
    { label: 'a brand in scope', brand: inside, inScope: true },
    { label: 'a brand outside scope', brand: outside, inScope: false },
  ];
}

describe('the route table covers the matrix', () => {
  it('names only actions of the matrix, and every route-backed action of today', () => {
    const routed = [...Object.keys(WORKSPACE_ROUTES), ...Object.keys(BRAND_ROUTES), 'brand.archive'];
    for (const action of routed) expect(ACTIONS, action).toHaveProperty([action]);
    expect(routed.sort()).toEqual(
      ['workspace.view', 'workspace.update', 'brand.create', 'member.view', 'member.manage', 'audit.view', 'jobs.view', 'brand.view', 'brand.update', 'brand.archive'].sort(),
    );
  });
});

const outcome = (e: Expected) => (e === 'allowed' ? 'allowed' : `${e}`);

describe.each(ROLES)('as %s', (role) => {
  const grant = grantOf(role);

  for (const [action, calls] of Object.entries(WORKSPACE_ROUTES) as [Action, { label: string; call: (s: Session) => Promise<Res> }[]][]) {
    const expected = expectedBy(grant, action);
    it(`${action} → ${outcome(expected)}`, async () => {
      for (const { label, call } of calls) check(await call(sessions.get(role)!), expected, `${role} ${label}`);
    });
  }

  for (const scope of brandCases(role)) {
    for (const action of Object.keys(BRAND_ROUTES) as (keyof typeof BRAND_ROUTES)[]) {
      const expected = expectedBy(grant, action, DEMO_BRANDS[scope.brand]);
      it(`${action} on ${scope.label} → ${outcome(expected)}`, async () => {
        check(await BRAND_ROUTES[action](sessions.get(role)!, scope.brand), expected, `${role} ${action} ${scope.brand}`);
      });
    }

    // The throwaway brand's id is not known yet; any id decides the same way here.
    const widens = grant.brandIds !== null && scope.inScope;
    const archiveExpected = expectedBy(grantOf(role, widens ? ['throwaway'] : []), 'brand.archive', 'throwaway');
    it(`brand.archive on ${scope.label} → ${outcome(archiveExpected)} (a throwaway brand)`, async () => {
      const made = await ownerSession.as.post(`${API}/brands`, { name: `Throwaway ${unique()}`, primaryLanguage: 'en' });
      expect(made.status).toBe(201);
      const throwaway: string = made.body.brand.id;
      const memberId = memberIds.get(role)!;
      const original = grant.brandIds;
      // A limited member gets the throwaway brand into their scope for the in-scope case.
      const widen = widens && original !== null;
      if (widen) expect((await ownerSession.as.patch(`${API}/members/${memberId}`, { brandIds: [...original, throwaway] })).status).toBe(200);
      try {
        const expected = expectedBy(grantOf(role, widen ? [throwaway] : []), 'brand.archive', throwaway);
        const res = await sessions.get(role)!.as.delete(`${API}/brands/${throwaway}`);
        check(res, expected, `${role} archive`);
        const after = await ownerSession.as.get(`${API}/brands/${throwaway}`);
        expect(after.body.brand.archivedAt === null, 'archived only when allowed').toBe(expected !== 'allowed');
      } finally {
        if (widen) expect((await ownerSession.as.patch(`${API}/members/${memberId}`, { brandIds: original })).status).toBe(200);
      }
    });
  }
});

describe('written-out expectations (a wrong matrix fails these)', () => {
  const cases: [Role, string, number, () => Promise<Res>][] = [
    ['client_reviewer', 'cannot list members', 403, () => sessions.get('client_reviewer')!.as.get(`${API}/members`)],
    ['client_reviewer', 'does not see קפה שקד', 404, () => sessions.get('client_reviewer')!.as.get(`${API}/brands/${DEMO_BRANDS.cafe}`)],
    ['client_reviewer', 'sees Shaked Roasters', 200, () => sessions.get('client_reviewer')!.as.get(`${API}/brands/${DEMO_BRANDS.roasters}`)],
    ['editor', 'gets 404 on the other brand', 404, () => sessions.get('editor')!.as.get(`${API}/brands/${DEMO_BRANDS.roasters}`)],
    ['editor', 'gets 404 editing the other brand', 404, () => sessions.get('editor')!.as.patch(`${API}/brands/${DEMO_BRANDS.roasters}`, { name: 'Shaked Roasters' })],
    ['editor', 'sees its own brand', 200, () => sessions.get('editor')!.as.get(`${API}/brands/${DEMO_BRANDS.cafe}`)],
    ['editor', 'cannot change brand settings', 403, () => sessions.get('editor')!.as.patch(`${API}/brands/${DEMO_BRANDS.cafe}`, { name: 'קפה שקד' })],
    ['editor', 'lists members', 200, () => sessions.get('editor')!.as.get(`${API}/members`)],
    ['brand_manager', 'changes brand settings', 200, () => sessions.get('brand_manager')!.as.patch(`${API}/brands/${DEMO_BRANDS.roasters}`, { name: 'Shaked Roasters' })],
    ['brand_manager', 'cannot add a brand', 403, () => sessions.get('brand_manager')!.as.post(`${API}/brands`, { name: 'Not mine to add', primaryLanguage: 'he' })],
    ['brand_manager', 'cannot read the audit log', 403, () => sessions.get('brand_manager')!.as.get(`${API}/audit`)],
    ['analyst', 'cannot see failed jobs', 403, () => sessions.get('analyst')!.as.get(`${API}/jobs/failed`)],
    ['responder', 'cannot rename the workspace', 403, () => sessions.get('responder')!.as.patch(API, { name: WS_NAME })],
    ['admin', 'reads the audit log', 200, () => sessions.get('admin')!.as.get(`${API}/audit`)],
    ['admin', 'sees failed jobs', 200, () => sessions.get('admin')!.as.get(`${API}/jobs/failed`)],
    ['owner', 'adds a brand', 201, () => sessions.get('owner')!.as.post(`${API}/brands`, { name: `Owner's ${unique()}`, primaryLanguage: 'en' })],
  ];

  it.each(cases)('%s %s → %i', async (_role, _what, status, call) => {
    const res = await call();
    expect(res.status, res.raw).toBe(status);
  });

  it('agrees with decide() on the same cases', () => {
    const g = (role: Role) => grantOf(role);
    expect(decide(g('client_reviewer'), 'member.view')).toEqual({ allowed: false, reason: 'role' });
    expect(decide(g('editor'), 'brand.view', DEMO_BRANDS.roasters)).toEqual({ allowed: false, reason: 'brand_scope' });
    // Outside the scope the answer is "absent", even for an action the role may never do.
    expect(decide(g('editor'), 'brand.archive', DEMO_BRANDS.roasters)).toEqual({ allowed: false, reason: 'brand_scope' });
    expect(decide(g('brand_manager'), 'brand.update', DEMO_BRANDS.roasters)).toEqual({ allowed: true });
    expect(decide(g('admin'), 'audit.view')).toEqual({ allowed: true });
  });
});
