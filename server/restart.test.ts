// Start Brandroom as a user would (a real process on the embedded database), write, stop it with
// SIGTERM while background work runs, start it again: nothing written or queued is lost.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startBrandroom, waitFor } from './testing/process.ts';
import { startSmtpServer } from './testing/smtp.ts';

const WS = '00000000-0000-4000-8000-00000000d3e0';

async function login(base: string) {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'avi@shaked.example', password: 'brandroom-demo' }),
  });
  const body = (await res.json()) as { csrfToken: string };
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  return (method: string, url: string, data?: unknown) =>
    fetch(`${base}${url}`, {
      method,
      headers: { cookie, 'x-csrf-token': body.csrfToken, ...(data ? { 'content-type': 'application/json' } : {}) },
      ...(data ? { body: JSON.stringify(data) } : {}),
    }).then(async (r) => ({ status: r.status, body: await r.json() }));
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'brandroom-restart-'));
let running: { stop(signal?: NodeJS.Signals): Promise<unknown> } | null = null;
afterAll(async () => {
  await running?.stop('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('stopping and starting again', () => {
  it('keeps every write and finishes or resumes the mail that was being sent', async () => {
    const smtp = await startSmtpServer({ delayMs: 1500 });
    const port = await freePort();
    const env = { PORT: String(port), BRANDROOM_DATA_DIR: dataDir, SMTP_URL: smtp.url, PUBLIC_URL: `http://127.0.0.1:${port}` };

    const first = await startBrandroom(env);
    running = first;
    const base = first.base;
    expect(first.output()).toContain("Demo logins");
    const api = await login(base);
    const brand = await api('POST', `/api/v1/workspaces/${WS}/brands`, { name: 'Restart Bakery', primaryLanguage: 'en' });
    expect(brand.status).toBe(201);
    const invited = ['r1@example.com', 'r2@example.com', 'r3@example.com', 'r4@example.com', 'r5@example.com'];
    for (const email of invited) {
      const res = await api('POST', `/api/v1/workspaces/${WS}/invitations`, { email, role: 'editor' });
      expect(res.status, `${JSON.stringify(res.body)}\n${first.output()}`).toBe(201);
      expect(res.body.emailed).toBe(true);
    }
    // Stop while the slow SMTP server is still taking the first mails.
    await waitFor('a mail being sent', () => (smtp.connections() > 0 ? true : undefined), 30_000);
    expect(smtp.received.length).toBeLessThan(invited.length);
    expect(await first.stop('SIGTERM')).toBe(0);
    expect(first.output()).toContain('Stopped cleanly');

    const second = await startBrandroom(env);
    running = second;
    const api2 = await login(base);
    const brands = await api2('GET', `/api/v1/workspaces/${WS}/brands`);
    expect(brands.body.items.map((b: { name: string }) => b.name)).toContain('Restart Bakery');
    const invitations = await api2('GET', `/api/v1/workspaces/${WS}/invitations`);
    expect(invitations.body.items.map((i: { email: string }) => i.email).sort()).toEqual(invited);
    const audit = await api2('GET', `/api/v1/workspaces/${WS}/audit?action=invitation.create`);
    expect(audit.body.items).toHaveLength(invited.length);

    // Every invited person gets their mail exactly once, across the restart.
    await waitFor('all mails', () => (smtp.received.length >= invited.length ? true : undefined), 90_000);
    await new Promise((r) => setTimeout(r, 3000));
    const recipients = smtp.received.flatMap((m) => m.to).sort();
    expect(recipients).toEqual(invited);

    expect(await second.stop('SIGTERM')).toBe(0);
    running = null;
    await smtp.close();
  }, 180_000);
});
