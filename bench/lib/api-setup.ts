// Prepares what the load needs from a running server: a personal API token for the demo owner and
// a brand to write to, and checks that the read and the write both succeed before measuring them.
import { DEMO_LOGINS, DEMO_PASSWORD, DEMO_WORKSPACE_ID } from '../../server/demo/seed.ts';

const DEMO_OWNER = DEMO_LOGINS.find((login) => login.role === 'owner')!.email;

export interface BenchTarget {
  bearer: string;
  readPath: string;
  writePath: string;
}

async function call(url: string, init: RequestInit, expected: number, what: string): Promise<Response> {
  const res = await fetch(url, init);
  if (res.status !== expected) {
    throw new Error(`${what}: expected ${expected}, got ${res.status}: ${(await res.text()).slice(0, 500)}`);
  }
  return res;
}

export async function prepareTarget(baseUrl: string): Promise<BenchTarget> {
  const json = { 'content-type': 'application/json' };
  const login = await call(
    `${baseUrl}/api/v1/auth/login`,
    { method: 'POST', headers: json, body: JSON.stringify({ email: DEMO_OWNER, password: DEMO_PASSWORD }) },
    200,
    'Log in as the demo owner',
  );
  const cookie = login.headers.getSetCookie()[0]?.split(';')[0];
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  if (!cookie) throw new Error('Log in as the demo owner: no session cookie in the answer.');

  // A bearer token, as scripts use: no cookie, no CSRF header, one token lookup per request.
  const created = await call(
    `${baseUrl}/api/v1/me/tokens`,
    { method: 'POST', headers: { ...json, cookie, 'x-csrf-token': csrfToken }, body: JSON.stringify({ name: 'http benchmark' }) },
    201,
    'Create an API token',
  );
  const { secret } = (await created.json()) as { secret: string };
  const auth = { authorization: `Bearer ${secret}` };

  const readPath = `/api/v1/workspaces/${DEMO_WORKSPACE_ID}/brands`;
  const list = await call(`${baseUrl}${readPath}`, { headers: auth }, 200, `GET ${readPath}`);
  const { items } = (await list.json()) as { items: { id: string }[] };
  const brandId = items[0]?.id;
  if (!brandId) throw new Error(`GET ${readPath}: the demo workspace has no brand to write to.`);

  const writePath = `${readPath}/${brandId}`;
  await call(
    `${baseUrl}${writePath}`,
    { method: 'PATCH', headers: { ...auth, ...json }, body: JSON.stringify({ description: 'http benchmark: check' }) },
    200,
    `PATCH ${writePath}`,
  );
  return { bearer: secret, readPath, writePath };
}
