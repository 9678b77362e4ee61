import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BRANDS, DEMO_WORKSPACE_ID as WS, startTestServer, type Session, type TestServer } from '../testing/harness.ts';

let server: TestServer;
let admin: Session;
beforeAll(async () => {
  server = await startTestServer();
  admin = await server.login('avi@shaked.example');
});
afterAll(async () => server?.close());

const BRANDS = `/api/v1/workspaces/${WS}/brands`;

/** What a bad request must not have changed: the brands, the cafe brand's settings, and the audit log. */
async function snapshot() {
  const brands = await admin.as.get(`${BRANDS}?includeArchived=true`);
  const audit = await admin.as.get(`/api/v1/workspaces/${WS}/audit?limit=100`);
  expect(brands.status).toBe(200);
  expect(audit.status).toBe(200);
  return { brands: brands.body.items, audit: audit.body.items.map((e: { id: string }) => e.id) };
}

/** Sends a raw request with the admin's cookie and CSRF token. */
function raw(method: 'POST' | 'PATCH' | 'GET', url: string, payload?: string | Buffer, headers: Record<string, string> = {}) {
  return server.runtime.app!.inject({
    method,
    url,
    headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, ...headers },
    ...(payload !== undefined ? { payload } : {}),
  });
}

function errorOf(res: { body: string }) {
  return (JSON.parse(res.body) as { error: { code: string; message: string; details?: { issues?: { path: string; message: string }[] } } }).error;
}

describe('bad input gets a clear 4xx and changes nothing', () => {
  let before: Awaited<ReturnType<typeof snapshot>>;
  beforeAll(async () => {
    before = await snapshot();
  });

  it('answers malformed JSON with 400 invalid_json', async () => {
    const res = await raw('POST', BRANDS, '{"name": "Broken", "primaryLanguage": ', { 'content-type': 'application/json' });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res)).toEqual({ code: 'invalid_json', message: 'The request body is not valid JSON.' });
    const empty = await raw('PATCH', `${BRANDS}/${DEMO_BRANDS.cafe}`, '', { 'content-type': 'application/json' });
    expect(empty.statusCode).toBe(400);
    expect(errorOf(empty).code).toBe('invalid_json');
    expect(await snapshot()).toEqual(before);
  });

  it('answers unknown fields with 400 validation_failed naming the field', async () => {
    const res = await admin.as.post(BRANDS, { name: 'Extra', primaryLanguage: 'he', color: 'red' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.message).toContain('"color"');
    expect(res.body.error.details.issues).toEqual([{ path: 'body', message: 'Unrecognized key: "color"' }]);
    const patch = await admin.as.patch(`${BRANDS}/${DEMO_BRANDS.cafe}`, { name: 'קפה שקד 2', archived: true });
    expect(patch.status).toBe(400);
    expect(patch.body.error.message).toContain('"archived"');
    expect(await snapshot()).toEqual(before);
  });

  it('answers wrong types and missing fields with the path of each', async () => {
    const res = await admin.as.post(BRANDS, { name: 42, primaryLanguage: 'he' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues[0].path).toBe('body.name');
    expect(res.body.error.message).toMatch(/^body\.name: /);
    const missing = await admin.as.post(BRANDS, { name: 'No language' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.issues[0]).toEqual({ path: 'body.primaryLanguage', message: 'Language must be "he" or "en"' });
    const array = await admin.as.post(BRANDS, [{ name: 'In an array', primaryLanguage: 'he' }]);
    expect(array.status).toBe(400);
    expect(array.body.error.code).toBe('validation_failed');
    const member = await admin.as.patch(`/api/v1/workspaces/${WS}/members/00000000-0000-4000-8000-000000000000`, { brandIds: 'all' });
    expect(member.status).toBe(400);
    expect(member.body.error.details.issues[0].path).toBe('body.brandIds');
    const badParam = await admin.as.get(`${BRANDS}/not-a-uuid`);
    expect(badParam.status).toBe(400);
    expect(badParam.body.error.details.issues[0]).toEqual({ path: 'params.brandId', message: 'Must be an id (UUID)' });
    expect(await snapshot()).toEqual(before);
  });

  it('answers a body over the limit with 413 body_too_large', async () => {
    const big = JSON.stringify({ name: 'Big', primaryLanguage: 'he', description: 'א'.repeat(600_000) });
    expect(Buffer.byteLength(big)).toBeGreaterThan(1024 * 1024);
    const res = await raw('POST', BRANDS, big, { 'content-type': 'application/json' });
    expect(res.statusCode).toBe(413);
    expect(errorOf(res)).toEqual({ code: 'body_too_large', message: 'The request body is too large.' });
    expect(await snapshot()).toEqual(before);
  });

  it('answers a body that is not JSON with 415 unsupported_media_type', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      const res = await raw('POST', BRANDS, 'name=Form&primaryLanguage=he', { 'content-type': contentType });
      expect(res.statusCode, contentType).toBe(415);
      expect(errorOf(res), contentType).toEqual({ code: 'unsupported_media_type', message: 'Send the request body as JSON (Content-Type: application/json).' });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('answers a bad page cursor with 400 invalid_cursor, and a bad limit with validation_failed', async () => {
    const forged = Buffer.from(JSON.stringify(['2025-01-01T00:00:00.000Z', "x' or 1=1"])).toString('base64url');
    for (const cursor of ['garbage', forged, Buffer.from('[1,2]').toString('base64url')]) {
      for (const path of ['members', 'brands', 'jobs/failed']) {
        const res = await admin.as.get(`/api/v1/workspaces/${WS}/${path}?cursor=${encodeURIComponent(cursor)}`);
        expect(res.status, `${path} ${cursor}`).toBe(400);
        expect(res.body.error, `${path} ${cursor}`).toEqual({ code: 'invalid_cursor', message: 'The page cursor is not valid; start again from the first page.' });
      }
    }
    for (const limit of ['0', '101', 'ten']) {
      const res = await admin.as.get(`${BRANDS}?limit=${limit}`);
      expect(res.status, limit).toBe(400);
      expect(res.body.error.details.issues[0].path, limit).toBe('querystring.limit');
    }
    const unknownParam = await admin.as.get(`${BRANDS}?sort=name`);
    expect(unknownParam.status).toBe(400);
    expect(unknownParam.body.error.message).toContain('"sort"');
  });

  it('answers an unknown API route with 404 in the error shape', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/nope'],
      ['POST', '/api/v1/workspaces/x/y/z'],
      ['GET', '/api/v2/workspaces'],
    ] as const) {
      const res = await raw(method, url, method === 'POST' ? '{}' : undefined, method === 'POST' ? { 'content-type': 'application/json' } : {});
      expect(res.statusCode, url).toBe(404);
      expect(errorOf(res), url).toEqual({ code: 'not_found', message: `There is no ${method} ${url} here.` });
      expect(res.headers['content-type']).toMatch(/^application\/json/);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('answers in Hebrew to a Hebrew reader, for our messages and zod\'s', async () => {
    const he = { 'content-type': 'application/json', 'accept-language': 'he-IL,he;q=0.9,en;q=0.8' };
    const res = await raw('POST', BRANDS, JSON.stringify({ name: '', primaryLanguage: 'fr', extra: 1 }), he);
    expect(res.statusCode).toBe(400);
    const messages = Object.fromEntries(errorOf(res).details!.issues!.map((i) => [i.path, i.message]));
    expect(messages['body.name']).toBe('יש להזין שם מותג');
    expect(messages['body.primaryLanguage']).toBe('השפה צריכה להיות "he" או "en"');
    expect(messages['body']).toBe('מפתח לא מזוהה: "extra"');
    const en = await raw('POST', BRANDS, JSON.stringify({ name: '', primaryLanguage: 'he' }), { 'content-type': 'application/json', 'accept-language': 'en-US' });
    expect(errorOf(en).details!.issues![0]!.message).toBe('Brand name is required');
  });

  it('still accepts a good request after all that', async () => {
    const res = await admin.as.post(BRANDS, { name: 'Good Brand', primaryLanguage: 'en', timeZone: 'Europe/London' });
    expect(res.status).toBe(201);
    const after = await snapshot();
    expect(after.brands).toHaveLength(before.brands.length + 1);
    expect(after.audit).toHaveLength(before.audit.length + 1);
  });
});

describe('service endpoints', () => {
  it('answers /healthz and /readyz', async () => {
    const health = await server.request.get('/healthz');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok' });
    const ready = await server.request.get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', database: server.databaseKind });
  });

  it('publishes the OpenAPI document with the API routes and their schemas', async () => {
    const res = await server.request.get('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.body;
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info.title).toBe('Brandroom API');
    for (const path of [
      '/api/v1/auth/login',
      '/api/v1/workspaces',
      '/api/v1/workspaces/{workspaceId}',
      '/api/v1/workspaces/{workspaceId}/brands',
      '/api/v1/workspaces/{workspaceId}/brands/{brandId}',
      '/api/v1/workspaces/{workspaceId}/members/{memberId}',
      '/api/v1/workspaces/{workspaceId}/invitations',
      '/api/v1/invitations/{token}/accept',
      '/api/v1/workspaces/{workspaceId}/audit',
      '/api/v1/workspaces/{workspaceId}/jobs/failed',
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
    const create = doc.paths['/api/v1/workspaces/{workspaceId}/brands'].post;
    expect(create.requestBody.content['application/json'].schema.required).toEqual(expect.arrayContaining(['name', 'primaryLanguage']));
    expect(Object.keys(create.responses)).toEqual(expect.arrayContaining(['201', '400', '403']));
    expect(doc.components.securitySchemes).toHaveProperty('bearer');
    // Hidden helper routes stay out of the document.
    expect(doc.paths).not.toHaveProperty(['/healthz']);
  });

  it('serves the API reference page as HTML', async () => {
    const res = await server.runtime.app!.inject({ method: 'GET', url: '/api/docs' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toMatch(/<html/i);
    expect(res.body).toMatch(/swagger/i);
  });

  it('sends protective headers on API answers', async () => {
    const res = await admin.as.get(BRANDS);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-frame-options']).toBe('DENY');
  });
});
